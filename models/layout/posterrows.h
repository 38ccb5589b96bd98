#pragma once

#include "layout/posterlayout.h"

#include <QCoreApplication>
#include <QSizeF>

#include <vector>

// A wide poster wrapped into rows, like text into lines: the stages of a journey cut into
// consecutive rows (never inside a stage), stacked top to bottom, each row repeating the
// header at its left. Pure geometry in the content's unit; the renderer paints it.
namespace Parcours {

// What a content offers for wrapping.
struct PosterWrapGeometry
{
    std::vector<qreal> unitWidths; // the parts a row never cuts (stages), left to right
    qreal headerWidth = 0; // repeated at the left of every row (the lane headers)
    qreal rowHeight = 0; // the height of the content, which every row has
    qreal gap = 0; // between two rows

    bool canWrap() const { return unitWidths.size() > 1 && rowHeight > 0; }
};

// One row of a wrapped poster: units [first, first + count).
struct PosterRowCut
{
    int first = 0;
    int count = 0;
    qreal width = 0; // the units' widths, without the header

    bool operator==(const PosterRowCut &other) const
    {
        return first == other.first && count == other.count;
    }
};

class PosterRows
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::PosterRows)

public:
    // The least width the widest of `rows` rows can have (rows clamped to 1 … units).
    static qreal narrowestWidth(const std::vector<qreal> &widths, int rows);
    // `widths` cut into `rows` consecutive rows (clamped to 1 … units), none wider than
    // narrowestWidth(), their widths as equal as that allows: 50 equal stages in 4 rows are
    // 12, 12, 13, 13 (or in another order), never 13, 13, 13, 11.
    static std::vector<PosterRowCut> cut(const std::vector<qreal> &widths, int rows);
    // The wrapped content's size with `rows` rows at their narrowest.
    static QSizeF wrappedSize(const PosterWrapGeometry &geometry, int rows);

    struct Choice
    {
        int rows = 1;
        qreal scale = 0; // mm per content unit
        qreal smallestTextPt = 0;
    };
    // The row count giving the smallest text its largest size on the sheet of `settings`
    // (its size and orientation; the fewest rows on a tie), trying every count. The poster
    // around the content adds `extraHeight` (title block, legend) and is at least
    // `minimumWidth` wide, in the content's unit; `smallestText` is in that unit too.
    static Choice choose(const PosterSettings &settings, const PosterWrapGeometry &geometry,
                         qreal smallestText, qreal extraHeight, qreal minimumWidth);

    // "4 rows of 12–13 stages", "2 rows of 25 stages", "1 row of 50 stages".
    static QString describe(const std::vector<PosterRowCut> &cuts);
};

} // namespace Parcours
