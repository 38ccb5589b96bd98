#include "opportunities/valueeffortlayer.h"

#include <QChart>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// Qt Charts' layers: the series at 4, the legend at 5 (ChartPresenter::ZValues).
constexpr qreal layerZValue = 4.5;
// The axes' ranges: half a step beyond the ratings, so that a bubble at 1 or 5 is whole.
constexpr qreal minEffort = 0.5;
constexpr qreal maxEffort = 5.5;
constexpr qreal minValue = 1.5;
constexpr qreal maxValue = 10.5;
constexpr qreal labelGap = 2;
constexpr qreal gridStep = 32; // pixels: the obstacle grid's cell for label placement

// Where opportunityQuadrant() draws its lines: the first effort that is "high" and the first
// value that is "high", found from the rule itself so that the two never disagree.
int firstHighEffort()
{
    Opportunity o;
    o.customerValue = o.businessValue = Opportunity::maxRating;
    for (o.effort = Opportunity::minRating; o.effort <= Opportunity::maxRating; ++o.effort) {
        if (opportunityQuadrant(o) == OpportunityQuadrant::BigBet)
            return o.effort;
    }
    return Opportunity::maxRating + 1;
}

int firstHighValue()
{
    Opportunity o;
    o.effort = Opportunity::minRating;
    o.businessValue = Opportunity::minRating;
    for (o.customerValue = Opportunity::minRating; o.customerValue <= Opportunity::maxRating;
         ++o.customerValue) {
        if (opportunityQuadrant(o) == OpportunityQuadrant::QuickWin)
            return o.value();
    }
    // Past what one rating can reach alone: raise the business value too.
    for (o.businessValue = Opportunity::minRating; o.businessValue <= Opportunity::maxRating;
         ++o.businessValue) {
        if (opportunityQuadrant(o) == OpportunityQuadrant::QuickWin)
            return o.value();
    }
    return 2 * Opportunity::maxRating + 1;
}

// Rectangles already taken, by cells of a coarse grid: placing 2,000 labels asks each
// candidate only of its neighbours.
class ObstacleGrid
{
public:
    explicit ObstacleGrid(const QRectF &area)
        : mArea(area)
        , mColumns(std::max(1, int(std::ceil(area.width() / gridStep))))
        , mRows(std::max(1, int(std::ceil(area.height() / gridStep))))
        , mCells(size_t(mColumns) * size_t(mRows))
    { }

    void add(const QRectF &rect)
    {
        forCells(rect, [&](std::vector<QRectF> &cell) {
            cell.push_back(rect);
            return true;
        });
    }

    bool isFree(const QRectF &rect)
    {
        return forCells(rect, [&](std::vector<QRectF> &cell) {
            return std::none_of(cell.begin(), cell.end(),
                                [&](const QRectF &taken) { return taken.intersects(rect); });
        });
    }

private:
    template<typename F>
    bool forCells(const QRectF &rect, F &&visit)
    {
        const auto column = [this](qreal x) {
            return std::clamp(int((x - mArea.left()) / gridStep), 0, mColumns - 1);
        };
        const auto row = [this](qreal y) {
            return std::clamp(int((y - mArea.top()) / gridStep), 0, mRows - 1);
        };
        for (int r = row(rect.top()); r <= row(rect.bottom()); ++r) {
            for (int c = column(rect.left()); c <= column(rect.right()); ++c) {
                if (!visit(mCells[size_t(r) * size_t(mColumns) + size_t(c)]))
                    return false;
            }
        }
        return true;
    }

    QRectF mArea;
    int mColumns;
    int mRows;
    std::vector<std::vector<QRectF>> mCells;
};

} // namespace

ValueEffortLayer::ValueEffortLayer(QChart *chart)
    : QGraphicsObject(chart)
    , mChart(chart)
{
    setZValue(layerZValue);
    setFlag(ItemClipsToShape); // as Qt Charts clips a series to the plot area
    setPlotArea(chart->plotArea());
    connect(chart, &QChart::plotAreaChanged, this, &ValueEffortLayer::setPlotArea);
}

ValueEffortLayer *ValueEffortLayer::of(QChart *chart)
{
    const QList<QGraphicsItem *> children = chart->childItems();
    for (QGraphicsItem *child : children) {
        if (auto *layer = qgraphicsitem_cast<ValueEffortLayer *>(child))
            return layer;
    }
    return new ValueEffortLayer(chart);
}

void ValueEffortLayer::setBubbles(std::vector<MatrixBubble> bubbles)
{
    mBubbles = std::move(bubbles);
    invalidate();
}

void ValueEffortLayer::setSelected(Id opportunity)
{
    if (opportunity == mSelected)
        return;
    mSelected = opportunity;
    invalidate(); // its label goes first
}

void ValueEffortLayer::setLabelFont(const QFont &font)
{
    mFont = font;
    invalidate();
}

void ValueEffortLayer::setPlotArea(const QRectF &area)
{
    if (area == mPlotArea)
        return;
    prepareGeometryChange();
    mPlotArea = area;
    invalidate();
}

void ValueEffortLayer::invalidate()
{
    mPlaced.clear();
    mPaintOrder.clear();
    update();
}

QRectF ValueEffortLayer::boundingRect() const
{
    return mPlotArea;
}

QPointF ValueEffortLayer::mapToPlot(qreal effort, qreal value) const
{
    return {mPlotArea.left() + (effort - minEffort) * mPlotArea.width() / (maxEffort - minEffort),
            mPlotArea.bottom() - (value - minValue) * mPlotArea.height() / (maxValue - minValue)};
}

QRectF ValueEffortLayer::quadrantNameRect(OpportunityQuadrant quadrant) const
{
    QFont bold = mFont;
    bold.setBold(true);
    const QFontMetricsF metrics(bold);
    const QString name = opportunityQuadrantName(quadrant);
    const QSizeF size(metrics.horizontalAdvance(name) + 4, metrics.height());
    const bool right
        = quadrant == OpportunityQuadrant::BigBet || quadrant == OpportunityQuadrant::MoneyPit;
    const bool bottom
        = quadrant == OpportunityQuadrant::FillIn || quadrant == OpportunityQuadrant::MoneyPit;
    const qreal pad = 4;
    const qreal x = right ? mPlotArea.right() - pad - size.width() : mPlotArea.left() + pad;
    const qreal y = bottom ? mPlotArea.bottom() - pad - size.height() : mPlotArea.top() + pad;
    return {QPointF(x, y), size};
}

std::vector<QRectF> ValueEffortLayer::quadrantNameRects() const
{
    std::vector<QRectF> rects;
    for (int q = 0; q <= int(OpportunityQuadrant::MoneyPit); ++q)
        rects.push_back(quadrantNameRect(OpportunityQuadrant(q)));
    return rects;
}

const ValueEffortLayer::Placed &ValueEffortLayer::placed(size_t i) const
{
    layOut();
    return mPlaced.at(i);
}

void ValueEffortLayer::layOut() const
{
    if (!mPlaced.empty() || mBubbles.empty() || mPlotArea.isEmpty())
        return;
    const size_t n = mBubbles.size();
    mPlaced.assign(n, {});
    const qreal unitX = mPlotArea.width() / (maxEffort - minEffort);
    const qreal unitY = mPlotArea.height() / (maxValue - minValue);
    const qreal unit = std::min(unitX, unitY);

    // Radii: the area grows with the votes, up to four times the smallest.
    int mostVotes = 0;
    for (const MatrixBubble &b : mBubbles)
        mostVotes = std::max(mostVotes, b.votes);
    const qreal smallest = std::clamp(unit * 0.14, 3.0, 11.0);
    std::vector<qreal> radius(n);
    for (size_t i = 0; i < n; ++i)
        radius[i] = smallest
            * std::sqrt(1.0 + (mostVotes > 0 ? 3.0 * mBubbles[i].votes / mostVotes : 0.0));

    // Those on the same spot, in rank order, on a sunflower (Vogel's spiral) around it.
    QHash<int, std::vector<size_t>> spots;
    for (size_t i = 0; i < n; ++i)
        spots[mBubbles[i].effort * 64 + mBubbles[i].value].push_back(i);
    constexpr qreal goldenAngle = 2.399963229728653;
    std::vector<QPointF> offset(n);
    qreal scale = 1;
    for (const std::vector<size_t> &spot : std::as_const(spots)) {
        if (spot.size() < 2)
            continue;
        qreal largest = 0;
        for (size_t i : spot)
            largest = std::max(largest, radius[i]);
        const qreal step = (2 * largest + 2) / 1.5;
        for (size_t k = 0; k < spot.size(); ++k) {
            const qreal distance = step * std::sqrt(qreal(k) + 0.5);
            offset[spot[k]] = QPointF(distance * std::cos(k * goldenAngle),
                                      distance * std::sin(k * goldenAngle));
        }
        const qreal extent = step * std::sqrt(qreal(spot.size()) - 0.5) + largest;
        scale = std::min(scale, 0.46 * unit / extent); // a spot stays inside its cell
    }
    for (size_t i = 0; i < n; ++i) {
        mPlaced[i].centre = mapToPlot(mBubbles[i].effort, mBubbles[i].value) + offset[i] * scale;
        mPlaced[i].radius = std::max(3.0, radius[i] * scale); // visible, clickable
    }

    // Labels: the selected one first, then by rank, each where it overlaps nothing.
    ObstacleGrid taken(mPlotArea);
    for (const QRectF &name : quadrantNameRects())
        taken.add(name);
    for (const Placed &p : mPlaced)
        taken.add(
            QRectF(p.centre - QPointF(p.radius, p.radius), QSizeF(2 * p.radius, 2 * p.radius)));
    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = i;
    std::stable_partition(order.begin(), order.end(),
                          [this](size_t i) { return mBubbles[i].id == mSelected; });
    const QFontMetricsF metrics(mFont);
    const qreal widest = std::clamp(unitX * 1.5, 60.0, 200.0);
    // The shortest label there can be: where even that does not fit, the title is not
    // measured (eliding 2,000 titles took most of a crowded matrix's layout).
    const QSizeF shortest(metrics.horizontalAdvance(u"Mm…"_s) + 4, metrics.height());
    const auto candidates = [](const QPointF &c, qreal r, const QSizeF &size) {
        return std::array<QRectF, 8> {
            QRectF(QPointF(c.x() + r, c.y() - size.height() / 2), size), // right
            QRectF(QPointF(c.x() - r - size.width(), c.y() - size.height() / 2), size), // left
            QRectF(QPointF(c.x() - size.width() / 2, c.y() - r - size.height()), size), // above
            QRectF(QPointF(c.x() - size.width() / 2, c.y() + r), size), // below
            QRectF(QPointF(c.x() + r, c.y() - r - size.height()), size), // above right
            QRectF(QPointF(c.x() - r - size.width(), c.y() - r - size.height()), size),
            QRectF(QPointF(c.x() + r, c.y() + r), size), // below right
            QRectF(QPointF(c.x() - r - size.width(), c.y() + r), size), // below left
        };
    };
    const auto fits = [&](const QRectF &rect) {
        return mPlotArea.contains(rect) && taken.isFree(rect);
    };
    for (size_t i : order) {
        Placed &p = mPlaced[i];
        // Beyond the selection's ring for the selected bubble.
        const qreal r = p.radius + labelGap + (mBubbles[i].id == mSelected ? 4 : 0);
        const std::array<QRectF, 8> small = candidates(p.centre, r, shortest);
        if (std::none_of(small.begin(), small.end(), fits))
            continue;
        const QString text
            = metrics.elidedText(mBubbles[i].title.simplified(), Qt::ElideRight, widest);
        if (text.isEmpty())
            continue;
        const QSizeF size(metrics.horizontalAdvance(text) + 4, metrics.height());
        for (const QRectF &rect : candidates(p.centre, r, size)) {
            if (!fits(rect))
                continue;
            p.label = rect;
            p.labelText = text;
            taken.add(rect);
            break;
        }
    }

    // The selected bubble is drawn last, on top.
    mPaintOrder.resize(n);
    for (size_t i = 0; i < n; ++i)
        mPaintOrder[i] = n - 1 - i; // the best ranked on top of the others
    std::stable_partition(mPaintOrder.begin(), mPaintOrder.end(),
                          [this](size_t i) { return mBubbles[i].id != mSelected; });
}

int ValueEffortLayer::bubbleAt(const QPointF &chartPosition) const
{
    layOut();
    for (auto it = mPaintOrder.rbegin(); it != mPaintOrder.rend(); ++it) {
        const Placed &p = mPlaced[*it];
        const QPointF d = chartPosition - p.centre;
        const qreal reach = std::max(p.radius + 1, 4.0); // a tiny bubble is still clickable
        if (QPointF::dotProduct(d, d) <= reach * reach)
            return int(*it);
    }
    return -1;
}

QPolygonF ValueEffortLayer::statusShape(OpportunityStatus status, const QPointF &c, qreal size)
{
    const qreal h = size / 2;
    switch (status) {
    case OpportunityStatus::Planned: // a square
        return QPolygonF(QRectF(c.x() - h * 0.88, c.y() - h * 0.88, h * 1.76, h * 1.76));
    case OpportunityStatus::InProgress: // a diamond
        return QPolygonF(
            {{c.x(), c.y() - h}, {c.x() + h, c.y()}, {c.x(), c.y() + h}, {c.x() - h, c.y()}});
    case OpportunityStatus::Done: // a triangle
        return QPolygonF(
            {{c.x(), c.y() - h}, {c.x() + h, c.y() + h * 0.8}, {c.x() - h, c.y() + h * 0.8}});
    case OpportunityStatus::Dropped: { // a pentagon
        QPolygonF pentagon;
        for (int k = 0; k < 5; ++k) {
            const qreal angle = -M_PI / 2 + k * 2 * M_PI / 5;
            pentagon << QPointF(c.x() + h * std::cos(angle), c.y() + h * std::sin(angle));
        }
        return pentagon;
    }
    case OpportunityStatus::Idea: break; // a circle: drawn as an ellipse
    }
    return {};
}

QColor ValueEffortLayer::quadrantColor(OpportunityQuadrant quadrant)
{
    switch (quadrant) {
    case OpportunityQuadrant::QuickWin: return {0x3b, 0x8c, 0x3a};
    case OpportunityQuadrant::BigBet: return {0x2f, 0x6d, 0xb0};
    case OpportunityQuadrant::FillIn: return {0x8a, 0x7a, 0x2a};
    case OpportunityQuadrant::MoneyPit: return {0xc0, 0x39, 0x2b};
    }
    return Qt::gray;
}

void ValueEffortLayer::paintMarker(QPainter *painter, OpportunityStatus status,
                                   OpportunityQuadrant quadrant, const QPointF &centre, qreal size)
{
    const QColor color = quadrantColor(quadrant);
    QColor fill = color;
    fill.setAlpha(status == OpportunityStatus::Dropped || status == OpportunityStatus::Done ? 110
                                                                                            : 200);
    painter->setBrush(fill);
    painter->setPen(QPen(color.darker(150), std::max(0.6, size / 14)));
    if (status == OpportunityStatus::Idea)
        painter->drawEllipse(centre, size / 2, size / 2);
    else
        painter->drawPolygon(statusShape(status, centre, size));
}

void ValueEffortLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (mPlotArea.isEmpty())
        return;
    layOut();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    // Quadrants: a light tint each, the two lines, the names in the corners.
    const qreal splitX = mapToPlot(firstHighEffort() - 0.5, minValue).x();
    const qreal splitY = mapToPlot(minEffort, firstHighValue() - 0.5).y();
    const auto tint = [&](OpportunityQuadrant q, const QRectF &rect) {
        QColor c = quadrantColor(q);
        c.setAlpha(20);
        painter->fillRect(rect.intersected(mPlotArea), c);
    };
    const QRectF &a = mPlotArea;
    tint(OpportunityQuadrant::QuickWin,
         QRectF(QPointF(a.left(), a.top()), QPointF(splitX, splitY)));
    tint(OpportunityQuadrant::BigBet, QRectF(QPointF(splitX, a.top()), QPointF(a.right(), splitY)));
    tint(OpportunityQuadrant::FillIn,
         QRectF(QPointF(a.left(), splitY), QPointF(splitX, a.bottom())));
    tint(OpportunityQuadrant::MoneyPit, QRectF(QPointF(splitX, splitY), a.bottomRight()));
    QPen line(QColor(0x55, 0x55, 0x55), 1.5, Qt::DashLine);
    painter->setPen(line);
    painter->drawLine(QPointF(splitX, a.top()), QPointF(splitX, a.bottom()));
    painter->drawLine(QPointF(a.left(), splitY), QPointF(a.right(), splitY));
    QFont bold = mFont;
    bold.setBold(true);
    painter->setFont(bold);
    for (int q = 0; q <= int(OpportunityQuadrant::MoneyPit); ++q) {
        painter->setPen(quadrantColor(OpportunityQuadrant(q)).darker(130));
        painter->drawText(quadrantNameRect(OpportunityQuadrant(q)), Qt::AlignCenter,
                          opportunityQuadrantName(OpportunityQuadrant(q)));
    }

    for (size_t i : mPaintOrder) {
        const Placed &p = mPlaced[i];
        const MatrixBubble &b = mBubbles[i];
        paintMarker(painter, b.status, b.quadrant, p.centre, 2 * p.radius);
    }

    painter->setFont(mFont);
    for (const Placed &p : mPlaced) {
        if (p.label.isEmpty())
            continue;
        painter->fillRect(p.label, QColor(255, 255, 255, 190));
        painter->setPen(QColor(0x22, 0x22, 0x22));
        painter->drawText(p.label, Qt::AlignCenter, p.labelText);
    }
    // The selected bubble's ring, seen in any colour, over everything.
    for (size_t i = 0; i < mBubbles.size(); ++i) {
        if (mBubbles[i].id != mSelected)
            continue;
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(Qt::black, 2.5));
        painter->drawEllipse(mPlaced[i].centre, mPlaced[i].radius + 3, mPlaced[i].radius + 3);
    }
    painter->restore();
}

} // namespace Parcours
