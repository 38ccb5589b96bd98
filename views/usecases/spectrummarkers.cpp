#include "usecases/spectrummarkers.h"

#include <QChart>
#include <QGraphicsEllipseItem>
#include <QGraphicsPolygonItem>
#include <QPaintEngine>
#include <QPainter>

#include <cmath>

namespace Parcours {

namespace {

// Qt Charts' layers: the series at 4, the legend at 5 (ChartPresenter::ZValues).
constexpr qreal markersZValue = 4.5;
constexpr int phases = 4; // sprite offsets per pixel, in x and in y

// QScatterSeries's triangle in a size × size square (Qt Charts' TriangleMarker).
QPolygonF triangle(qreal size)
{
    return QPolygonF({QPointF(0, size), QPointF(size, size), QPointF(size / 2.0, 0)});
}

// The bounding size of the graphics item Qt Charts would make for a marker: it places each
// item at the point less half of that (so a pen shifts the marker by half its width).
QSizeF itemBounds(const SpectrumMarkers::Look &look)
{
    if (look.shape == SpectrumMarkers::Shape::Triangle) {
        QGraphicsPolygonItem item(triangle(look.size));
        item.setPen(look.pen);
        return item.boundingRect().size();
    }
    QGraphicsEllipseItem item(0, 0, look.size, look.size);
    item.setPen(look.pen);
    return item.boundingRect().size();
}

} // namespace

SpectrumMarkers::SpectrumMarkers(QChart *chart)
    : QGraphicsObject(chart)
    , mChart(chart)
{
    setZValue(markersZValue);
    setFlag(ItemClipsToShape); // as Qt Charts clips a series to the plot area
    setPlotArea(chart->plotArea());
    connect(chart, &QChart::plotAreaChanged, this, &SpectrumMarkers::setPlotArea);
}

SpectrumMarkers *SpectrumMarkers::of(QChart *chart)
{
    const QList<QGraphicsItem *> children = chart->childItems();
    for (QGraphicsItem *child : children) {
        if (auto *markers = qgraphicsitem_cast<SpectrumMarkers *>(child))
            return markers;
    }
    return new SpectrumMarkers(chart);
}

void SpectrumMarkers::setSeries(std::vector<Series> series, const QRectF &domain)
{
    mSeries = std::move(series);
    mDomain = domain;
    mBounds.clear();
    mBounds.reserve(mSeries.size());
    for (const Series &s : mSeries)
        mBounds.push_back(itemBounds(s.look));
    if (mSprites.size() > 1000) // looks of long ago
        mSprites.clear();
    mSeriesSprites.clear();
    for (const Series &s : mSeries) {
        const Look &look = s.look;
        const QString key = QString::number(look.pen.color().rgba()) + u'|'
            + QString::number(look.pen.widthF()) + u'|' + QString::number(look.brush.color().rgba())
            + u'|' + QString::number(int(look.brush.style())) + u'|'
            + QString::number(int(look.shape)) + u'|' + QString::number(look.size);
        std::vector<QImage> &sprites = mSprites[key];
        sprites.resize(size_t(phases) * phases);
        mSeriesSprites.push_back(&sprites);
    }
    setPlotArea(mChart->plotArea());
    update();
}

void SpectrumMarkers::setPlotArea(const QRectF &area)
{
    if (area == mPlotArea)
        return;
    prepareGeometryChange();
    mPlotArea = area;
}

int SpectrumMarkers::count(int series) const
{
    return series >= 0 && series < seriesCount() ? int(mSeries[size_t(series)].values.size()) : 0;
}

QPointF SpectrumMarkers::value(int series, int point) const
{
    return point >= 0 && point < count(series) ? mSeries[size_t(series)].values[size_t(point)]
                                               : QPointF();
}

// As Qt Charts' XYDomain maps a value into the plot area.
QPointF SpectrumMarkers::mapToPlot(const QPointF &value) const
{
    const qreal dx = mPlotArea.width() / mDomain.width();
    const qreal dy = mPlotArea.height() / mDomain.height();
    return {mPlotArea.left() + (value.x() - mDomain.left()) * dx,
            mPlotArea.top() + (value.y() - mDomain.top()) * -dy + mPlotArea.height()};
}

// Qt Charts hides the markers of points outside the axes' ranges.
bool SpectrumMarkers::onGrid(const QPointF &value) const
{
    return value.x() >= mDomain.left() && value.x() <= mDomain.right() && value.y() >= mDomain.top()
        && value.y() <= mDomain.bottom();
}

QPointF SpectrumMarkers::position(int series, int point) const
{
    if (point < 0 || point >= count(series))
        return {};
    const SpectrumMarkers::Look &look = mSeries[size_t(series)].look;
    const QSizeF bounds = mBounds[size_t(series)];
    const QPointF topLeft
        = mapToPlot(value(series, point)) - QPointF(bounds.width() / 2, bounds.height() / 2);
    return topLeft + QPointF(look.size / 2, look.size / 2);
}

SpectrumMarkers::Hit SpectrumMarkers::markerAt(const QPointF &chartPosition) const
{
    if (!mPlotArea.contains(chartPosition) || mDomain.isEmpty())
        return {};
    // The last drawn is on top: series from the last, points from the last.
    for (int s = seriesCount() - 1; s >= 0; --s) {
        const Series &series = mSeries[size_t(s)];
        const qreal radius = series.look.size / 2 + series.look.pen.widthF() / 2;
        const qreal radius2 = radius * radius;
        for (int i = int(series.values.size()) - 1; i >= 0; --i) {
            if (!onGrid(series.values[size_t(i)]))
                continue;
            const QPointF d = position(s, i) - chartPosition;
            if (d.x() * d.x() + d.y() * d.y() <= radius2)
                return {s, i};
        }
    }
    return {};
}

QRectF SpectrumMarkers::boundingRect() const
{
    return mPlotArea;
}

void SpectrumMarkers::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (mDomain.isEmpty() || mPlotArea.isEmpty())
        return;
    // Sprites where pixels are drawn one for one; paths elsewhere (print, PDF, a scaled view).
    const bool pixels = painter->paintEngine()
        && painter->paintEngine()->type() == QPaintEngine::Raster
        && painter->deviceTransform().type() <= QTransform::TxTranslate
        && painter->device()->devicePixelRatio() == 1;
    if (pixels)
        paintSprites(painter);
    else
        paintVectors(painter);
}

void SpectrumMarkers::paintVectors(QPainter *painter) const
{
    for (size_t s = 0; s < mSeries.size(); ++s) {
        const Series &series = mSeries[s];
        const Look &look = series.look;
        painter->setPen(look.pen);
        painter->setBrush(look.brush);
        const QPointF half(mBounds[s].width() / 2, mBounds[s].height() / 2);
        const QPolygonF shape = look.shape == Shape::Triangle ? triangle(look.size) : QPolygonF();
        for (const QPointF &value : series.values) {
            if (!onGrid(value))
                continue;
            const QPointF topLeft = mapToPlot(value) - half;
            if (look.shape == Shape::Triangle)
                painter->drawPolygon(shape.translated(topLeft));
            else
                painter->drawEllipse(QRectF(topLeft, QSizeF(look.size, look.size)));
        }
    }
}

// The marker of a series drawn at (phaseX, phaseY) quarters of a pixel from the sprite's
// corner, with a pixel of margin on each side.
const QImage &SpectrumMarkers::sprite(size_t series, int phaseX, int phaseY)
{
    QImage &image = (*mSeriesSprites[series])[size_t(phaseY) * phases + size_t(phaseX)];
    if (!image.isNull())
        return image;
    const Look &look = mSeries[series].look;
    const QSizeF bounds = mBounds[series];
    image = QImage(int(std::ceil(bounds.width())) + 3, int(std::ceil(bounds.height())) + 3,
                   QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(look.pen);
    painter.setBrush(look.brush);
    const QPointF origin(1 + qreal(phaseX) / phases, 1 + qreal(phaseY) / phases);
    if (look.shape == Shape::Triangle)
        painter.drawPolygon(triangle(look.size).translated(origin));
    else
        painter.drawEllipse(QRectF(origin, QSizeF(look.size, look.size)));
    return image;
}

void SpectrumMarkers::paintSprites(QPainter *painter)
{
    const QPointF offset(painter->deviceTransform().dx(), painter->deviceTransform().dy());
    for (size_t s = 0; s < mSeries.size(); ++s) {
        const QPointF half(mBounds[s].width() / 2, mBounds[s].height() / 2);
        for (const QPointF &value : mSeries[s].values) {
            if (!onGrid(value))
                continue;
            // Where the marker's corner falls on the device, to a quarter of a pixel.
            const QPointF device = mapToPlot(value) - half + offset;
            const double x = std::floor(device.x() * phases + 0.5) / phases;
            const double y = std::floor(device.y() * phases + 0.5) / phases;
            const double px = std::floor(x);
            const double py = std::floor(y);
            const QImage &image = sprite(s, int((x - px) * phases), int((y - py) * phases));
            painter->drawImage(QPointF(px - 1 - offset.x(), py - 1 - offset.y()), image);
        }
    }
}

} // namespace Parcours
