#pragma once

#include <QList>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

class QPainter;
class QTextLayout;

namespace Parcours {

class TextBox;

// A text box drawn beside a badge rather than under it: a comment badge (issue 23), an
// opportunity badge (issue 20), both (the band they make together, JourneyRenderer::badgeBand)
// or a poster's numbered comment. Each line that reaches into the badge's rows, from the
// badge's left edge (less a gap) to the right, is elided before it ("Long cell te…"); the
// other lines, and every line of an item without a badge, are drawn as TextBox::draw() draws
// them, where they were: nothing else moves.
class CommentTextBeside
{
public:
    // `topLeft` and `badge` in the painter's coordinates; an empty badge: no badge.
    CommentTextBeside(const TextBox &text, const QPointF &topLeft, const QRectF &badge);

    CommentTextBeside(const CommentTextBeside &) = delete;
    CommentTextBeside &operator=(const CommentTextBeside &) = delete;
    ~CommentTextBeside();

    // The extent of each line as drawn, in the painter's coordinates.
    QList<QRectF> lineRects() const;
    // In the painter's pen.
    void draw(QPainter *painter) const;

    // The room left between a line's text and the badge.
    static constexpr qreal gap = 4;

private:
    struct Line
    {
        QRectF rect; // relative to the text's top left
        bool elided = false; // reaches into the badge's band
        QString text; // what is drawn of it then: elided, maybe empty
    };
    const TextBox &mText;
    QPointF mTopLeft;
    QRectF mClear; // the badge's band, relative to the top left; empty: no badge
    std::vector<Line> mLines;
    std::unique_ptr<QTextLayout> mRelaid; // the lines one by one, when one is elided
};

} // namespace Parcours
