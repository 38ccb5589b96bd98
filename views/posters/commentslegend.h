#pragma once

#include "posters/postercontent.h"

#include <QCoreApplication>

#include <vector>

namespace Parcours {

class JourneyLayout;

// Comments on a journey poster, when asked for (issue 23, "Print comments", `export
// --comments`): each commented item the map shows gets a number in a bubble, in map order
// (stages left to right, each stage's header, step names, then cells top to bottom), and its
// open threads are listed under the map in the legend, numbered the same, with author, date
// and text (wrapped; replies below). Resolved threads and items the poster leaves out are not
// printed.
class CommentsLegend
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::CommentsLegend)

public:
    static CommentsLegend of(const JourneyLayout &layout);

    bool isEmpty() const { return mMarks.empty(); }
    int itemCount() const { return int(mMarks.size()); }
    // The numbered bubbles, in the layout's coordinates.
    void paintMarks(QPainter *painter, const QFont &font) const;
    // Where they are, for the map's text to keep out of (JourneyRenderer::setOverlaidBadges).
    QList<QRectF> markRects() const;
    // The "Comments" section of the legend: one entry per open thread.
    PosterLegendSection section() const { return mSection; }

    // What a printed comment may hold: no control characters, at most `maxLength` characters.
    static QString printable(const QString &text, int maxLength = 1000);

private:
    struct Mark
    {
        QRectF badge;
        int number;
    };
    std::vector<Mark> mMarks;
    PosterLegendSection mSection;
};

} // namespace Parcours
