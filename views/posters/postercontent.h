#pragma once

#include "layout/posterlayout.h"
#include "layout/posterrows.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace Parcours {

// What the title block of a poster says. The renderer adds the date and notes line.
struct PosterHeading
{
    QString kind; // "Customer journey", "Use-case map": a small line above the title
    QString title;
    QString description;
    QString summary; // one line of figures
    QList<std::pair<QString, QString>> fields; // label, value: "Workspace", "Persona"…
    QString documentTitle; // PDF and SVG title, default file name; empty: the title
};

// One mark explained in the legend: an icon painted in a square (or a rectangle `iconWidth`
// times as wide as high) and its meaning.
struct PosterLegendEntry
{
    QString label;
    std::function<void(QPainter *painter, const QRectF &rect)> paintIcon;
    qreal iconWidth = 1;
    // The widest the label may be before it wraps, in the legend's unit (a 13 px text); 0: the
    // legend's width. Long entries (printed comments) then flow side by side in columns.
    qreal labelWidth = 0;
};

struct PosterLegendSection
{
    QString title;
    QList<PosterLegendEntry> entries;
};

// How a kind of poster starts in the print dialog, and where the dialog remembers the
// choices made for it.
struct PosterDefaults
{
    QString settingsGroup = QStringLiteral("poster/"); // a QSettings group, ending in "/"
    PosterSettings settings; // before any choice was remembered
};

// Something printed as a poster: a journey map (JourneyPosterContent), a persona's use-case
// map, the retention dashboard. It paints itself in its own unit from (0, 0); the poster renderer
// adds the title block and the legend around it, scales it to the sheet, tiles it, and writes every
// format.
class PosterContent
{
public:
    virtual ~PosterContent() = default;

    // Natural size, in the content's own unit (logical pixels for a journey map, points for a
    // printed table): tight, without a margin around it.
    virtual QSizeF size() const = 0;
    // The size of the content's ordinary text in its unit (13 for a journey map in pixels):
    // the title block and legend are sized from it, so they match the content at any scale.
    virtual qreal bodyTextSize() const = 0;
    // The size of its smallest text in its unit, for the legibility check.
    virtual qreal smallestTextSize() const = 0;
    // Paints what intersects `exposed` (an empty rect: everything).
    virtual void paint(QPainter *painter, const QRectF &exposed) const = 0;

    virtual PosterHeading heading() const = 0;
    virtual QList<PosterLegendSection> legend() const = 0;

    // Journey posters and use-case maps share the default: A3 landscape, remembered under
    // "poster/".
    virtual PosterDefaults defaults() const { return {}; }

    // What legibility advice may suggest for this content: tiling it (not for what is meant
    // for one sheet), and its own way to print less ("Hide lanes or filter stages…", for the
    // window; the command line has no such option).
    virtual bool suggestsTiling() const { return true; }
    virtual QString shrinkAdvice() const { return {}; }

    // How the content wraps into rows on a poster (a journey: its stages, under its lane
    // headers repeated on every row); no unit widths: it is printed as one band.
    virtual PosterWrapGeometry wrapGeometry() const { return {}; }
    // The marker at the start of a row beginning with unit `unit`: "▸ from stage 12".
    virtual QString continuedFrom(int unit) const
    {
        Q_UNUSED(unit)
        return {};
    }

    // Content that flows into columns side by side instead of rows (a long use-case table, its
    // header row repeated at the top of every column, no row ever cut): the most columns it
    // can take (1: it cannot), and its size and painting in `columns` columns (1: size(),
    // paint()). PosterSettings::rows counts its columns.
    virtual int maxColumns() const { return 1; }
    virtual QSizeF columnsSize(int columns) const
    {
        Q_UNUSED(columns)
        return size();
    }
    virtual void paintColumns(QPainter *painter, int columns, const QRectF &exposed) const
    {
        Q_UNUSED(columns)
        paint(painter, exposed);
    }

    // Content with parts hidden from the customer (a service blueprint's backstage): whether
    // the audience choice changes anything, and applying it.
    virtual bool offersAudience() const { return false; }
    virtual void setAudience(PosterSettings::Audience audience) { Q_UNUSED(audience) }

    // Draft quality for small previews: text too small to read may be drawn as grey bars.
    virtual void setDraft(bool draft) { Q_UNUSED(draft) }
};

} // namespace Parcours
