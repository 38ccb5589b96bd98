#include "layout/posterrows.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr qreal relativeTolerance = 1e-9;

// Rows needed when none may be wider than `limit` (greedy, left to right).
int rowsWithin(const std::vector<qreal> &widths, qreal limit)
{
    int rows = 1;
    qreal row = 0;
    for (qreal w : widths) {
        if (row > 0 && row + w > limit) {
            ++rows;
            row = 0;
        }
        row += w;
    }
    return rows;
}

int clampedRows(const std::vector<qreal> &widths, int rows)
{
    return std::clamp(rows, 1, std::max(1, int(widths.size())));
}

} // namespace

qreal PosterRows::narrowestWidth(const std::vector<qreal> &widths, int rows)
{
    if (widths.empty())
        return 0;
    rows = clampedRows(widths, rows);
    qreal total = 0;
    qreal widest = 0;
    for (qreal w : widths) {
        total += w;
        widest = std::max(widest, w);
    }
    // Bisection on the limit, then the exact width of the widest row that limit gives.
    qreal low = std::max(widest, total / rows);
    qreal high = total;
    if (rowsWithin(widths, low * (1 + relativeTolerance)) <= rows)
        high = low;
    for (int i = 0; i < 100 && high - low > total * relativeTolerance; ++i) {
        const qreal middle = (low + high) / 2;
        if (rowsWithin(widths, middle) <= rows)
            high = middle;
        else
            low = middle;
    }
    const qreal limit = high * (1 + relativeTolerance);
    qreal row = 0;
    qreal result = 0;
    for (qreal w : widths) {
        if (row > 0 && row + w > limit) {
            result = std::max(result, row);
            row = 0;
        }
        row += w;
    }
    return std::max(result, row);
}

std::vector<PosterRowCut> PosterRows::cut(const std::vector<qreal> &widths, int rows)
{
    std::vector<PosterRowCut> cuts;
    const int n = int(widths.size());
    if (n == 0)
        return cuts;
    rows = clampedRows(widths, rows);
    const qreal limit = narrowestWidth(widths, rows) * (1 + relativeTolerance) + 1e-9;
    std::vector<qreal> prefix(size_t(n) + 1, 0);
    for (int i = 0; i < n; ++i)
        prefix[size_t(i) + 1] = prefix[size_t(i)] + widths[size_t(i)];

    // Least sum of squared row widths over cuts of the first i units into r rows, none wider
    // than the limit: the most even rows among the narrowest.
    constexpr qreal none = std::numeric_limits<qreal>::infinity();
    const size_t stride = size_t(n) + 1;
    std::vector<qreal> cost((size_t(rows) + 1) * stride, none);
    std::vector<int> from((size_t(rows) + 1) * stride, -1);
    cost[0] = 0;
    for (int r = 1; r <= rows; ++r) {
        for (int i = r; i <= n - (rows - r); ++i) {
            for (int j = i - 1; j >= r - 1; --j) {
                const qreal width = prefix[size_t(i)] - prefix[size_t(j)];
                if (width > limit)
                    break;
                const qreal previous = cost[size_t(r - 1) * stride + size_t(j)];
                if (previous == none)
                    continue;
                const qreal c = previous + width * width;
                if (c < cost[size_t(r) * stride + size_t(i)]) {
                    cost[size_t(r) * stride + size_t(i)] = c;
                    from[size_t(r) * stride + size_t(i)] = j;
                }
            }
        }
    }
    cuts.resize(size_t(rows));
    int end = n;
    for (int r = rows; r >= 1; --r) {
        const int start = from[size_t(r) * stride + size_t(end)];
        Q_ASSERT(start >= 0);
        cuts[size_t(r) - 1] = {start, end - start, prefix[size_t(end)] - prefix[size_t(start)]};
        end = start;
    }
    return cuts;
}

QSizeF PosterRows::wrappedSize(const PosterWrapGeometry &geometry, int rows)
{
    rows = clampedRows(geometry.unitWidths, rows);
    return {geometry.headerWidth + narrowestWidth(geometry.unitWidths, rows),
            rows * geometry.rowHeight + (rows - 1) * geometry.gap};
}

PosterRows::Choice PosterRows::choose(const PosterSettings &settings,
                                      const PosterWrapGeometry &geometry, qreal smallestText,
                                      qreal extraHeight, qreal minimumWidth)
{
    PosterSettings sheet = settings;
    sheet.tiled = false; // the poster's scale does not depend on its tiles
    Choice best;
    const int most = geometry.canWrap() ? int(geometry.unitWidths.size()) : 1;
    for (int rows = 1; rows <= most; ++rows) {
        const QSizeF content = wrappedSize(geometry, rows);
        const QSizeF poster(std::max(content.width(), minimumWidth),
                            content.height() + extraHeight);
        const PosterLayout layout(sheet, poster, smallestText);
        if (!layout.isValid())
            return best;
        if (layout.scale() > best.scale * (1 + relativeTolerance))
            best = {rows, layout.scale(), layout.smallestTextPt()};
    }
    return best;
}

QString PosterRows::describe(const std::vector<PosterRowCut> &cuts)
{
    if (cuts.empty())
        return {};
    int fewest = cuts.front().count;
    int most = fewest;
    for (const PosterRowCut &c : cuts) {
        fewest = std::min(fewest, c.count);
        most = std::max(most, c.count);
    }
    const QString count = fewest == most
        ? QLocale().toString(most)
        : tr("%1–%2").arg(QLocale().toString(fewest), QLocale().toString(most));
    if (cuts.size() == 1)
        return most == 1 ? tr("1 row of 1 stage") : tr("1 row of %1 stages").arg(count);
    return most == 1 ? tr("%1 rows of 1 stage").arg(cuts.size())
                     : tr("%1 rows of %2 stages").arg(cuts.size()).arg(count);
}

} // namespace Parcours
