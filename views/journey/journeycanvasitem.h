#pragma once

#include "domain/ids.h"

#include <QGraphicsItem>

#include <limits>

namespace Parcours {

class JourneyCanvas;

// Stacking of the canvas's scene items.
namespace CanvasZ {
constexpr qreal Background = -10;
constexpr qreal Cell = 0;
constexpr qreal Curve = 5;
constexpr qreal Arrows = 5.5; // a service blueprint's arrows, over the cells and curves
constexpr qreal Point = 6;
constexpr qreal Header = 8; // above the curve: headers stay in view over the cells when scrolling
constexpr qreal Corner = 9; // above both rows of headers, at the view's top left
constexpr qreal Cursor = 20;
constexpr qreal Drag = 30;
constexpr qreal Marker = 40;
constexpr qreal Editor = 50;
} // namespace CanvasZ

// One part of the map on the scene; paints itself through the canvas's renderer, positioned
// and sized from the layout by JourneyCanvas::syncItems(). Clicks make its position the
// canvas's current one; dragging a header moves its stage or lane, dragging a point its score.
class JourneyCanvasItem final : public QGraphicsItem
{
public:
    enum Kind {
        Background,
        Corner,
        StageHeader,
        Funnel,
        LaneHeader,
        Cell,
        Curve,
        Point,
        Cursor,
        Arrows,
    };

    JourneyCanvasItem(JourneyCanvas *canvas, Kind kind, Id stage = 0, Id lane = 0);

    Kind kind() const { return mKind; }
    Id stage() const { return mStage; }
    Id lane() const { return mLane; }

    QRectF boundingRect() const override;
    void setSceneRect(const QRectF &rect);
    // Where the layout puts it; a header shown elsewhere (kept in view, dragged) paints there
    // what the layout has at home.
    QPointF home() const { return mHome; }
    // A point's score its tooltip tells: the tooltip is worded again only when it changed.
    bool toolTipTells(double score) const { return mToolTipScore == score; }
    void setToolTipScore(double score) { mToolTipScore = score; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override;

private:
    // Where the layout puts this item (it may have been moved by a drag).
    QPointF startPos() const;

    JourneyCanvas *mCanvas;
    Kind mKind;
    Id mStage;
    Id mLane;
    QSizeF mSize;
    QPointF mHome;
    QPointF mPressPos;
    bool mDragging = false;
    bool mDrawingArrow = false; // Alt+drag from a cell
    bool mHovered = false;
    double mToolTipScore = std::numeric_limits<double>::quiet_NaN(); // none told yet
};

} // namespace Parcours
