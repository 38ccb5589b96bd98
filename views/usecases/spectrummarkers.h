#pragma once

#include <QBrush>
#include <QGraphicsObject>
#include <QImage>
#include <QPen>

#include <map>
#include <vector>

class QChart;

namespace Parcours {

// The points of the frequency spectrum, every series in one scene item: Qt Charts makes one
// graphics item per point of a scatter series (5.5 kB and 30 µs each), which made a refresh
// of 20,000 use cases cost a quarter of a second. Drawn as QScatterSeries draws its markers
// (same shapes, sizes, pens and offsets, clipped to the plot area), with a hit test of its
// own for hovering and clicking. A child of its chart: positions are in chart coordinates.
class SpectrumMarkers final : public QGraphicsObject
{
public:
    enum { Type = UserType + 241 };
    enum class Shape { Circle, Triangle };
    struct Look
    {
        QPen pen;
        QBrush brush;
        Shape shape = Shape::Circle;
        qreal size = 13;
    };
    struct Series
    {
        Look look;
        std::vector<QPointF> values; // in axis values: x = log10(uses per month), y = row
    };
    struct Hit
    {
        int series = -1;
        int point = -1;
        bool isValid() const { return series >= 0; }
        bool operator==(const Hit &o) const { return series == o.series && point == o.point; }
        bool operator!=(const Hit &o) const { return !(*this == o); }
    };

    // The chart's markers item, made on first use.
    static SpectrumMarkers *of(QChart *chart);

    // `domain`: the axes' ranges (x from left to right, y from bottom to top).
    void setSeries(std::vector<Series> series, const QRectF &domain);

    int seriesCount() const { return int(mSeries.size()); }
    int count(int series) const;
    QPointF value(int series, int point) const;
    // Where the marker's centre is drawn, in chart coordinates.
    QPointF position(int series, int point) const;
    // The topmost marker drawn under `chartPosition`, as hovering and clicking find it.
    Hit markerAt(const QPointF &chartPosition) const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    explicit SpectrumMarkers(QChart *chart);
    void setPlotArea(const QRectF &area);
    QPointF mapToPlot(const QPointF &value) const;
    bool onGrid(const QPointF &value) const;
    void paintVectors(QPainter *painter) const;
    void paintSprites(QPainter *painter);
    const QImage &sprite(size_t series, int phaseX, int phaseY);

    QChart *mChart;
    QRectF mPlotArea;
    QRectF mDomain;
    std::vector<Series> mSeries;
    std::vector<QSizeF> mBounds; // each series' marker item's bounding size, pen included
    // On screen, each look of marker drawn once per quarter-pixel offset, then copied:
    // stroking an antialiased outline for each of 4,000 points took most of a paint. Kept
    // across setSeries(), by look (a few per persona colour).
    std::map<QString, std::vector<QImage>> mSprites; // 16 offsets each, made when needed
    std::vector<std::vector<QImage> *> mSeriesSprites; // each series' entry of mSprites
};

} // namespace Parcours
