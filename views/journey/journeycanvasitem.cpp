#include "journey/journeycanvasitem.h"

#include "journey/journeycanvas.h"
#include "journey/journeyrenderer.h"

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QLineF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Parcours {

JourneyCanvasItem::JourneyCanvasItem(JourneyCanvas *canvas, Kind kind, Id stage, Id lane)
    : mCanvas(canvas)
    , mKind(kind)
    , mStage(stage)
    , mLane(lane)
{
    switch (kind) {
    case Background:
        setZValue(CanvasZ::Background);
        setFlag(ItemUsesExtendedStyleOption);
        setAcceptedMouseButtons(Qt::NoButton);
        break;
    case Corner:
        setZValue(CanvasZ::Corner);
        setAcceptedMouseButtons(Qt::NoButton);
        break;
    case Curve:
        setZValue(CanvasZ::Curve);
        setFlag(ItemUsesExtendedStyleOption);
        setAcceptedMouseButtons(Qt::NoButton);
        break;
    case Cursor:
        setZValue(CanvasZ::Cursor);
        setAcceptedMouseButtons(Qt::NoButton);
        break;
    case Arrows:
        setZValue(CanvasZ::Arrows);
        setAcceptedMouseButtons(Qt::NoButton); // clicks reach the cells under it
        break;
    case Point:
        setZValue(CanvasZ::Point);
        setCursor(Qt::SizeVerCursor);
        setAcceptHoverEvents(true);
        break;
    case StageHeader:
    case LaneHeader:
        setZValue(CanvasZ::Header);
        setCursor(Qt::OpenHandCursor);
        break;
    case Funnel:
    case Cell: setZValue(CanvasZ::Cell); break;
    }
}

QRectF JourneyCanvasItem::boundingRect() const
{
    if (mKind == Cursor)
        return QRectF(QPointF(), mSize).adjusted(-2, -2, 2, 2);
    return QRectF(QPointF(), mSize);
}

void JourneyCanvasItem::setSceneRect(const QRectF &rect)
{
    if (rect.size() != mSize) {
        prepareGeometryChange();
        mSize = rect.size();
    }
    mHome = rect.topLeft();
    if (pos() != rect.topLeft())
        setPos(rect.topLeft());
}

void JourneyCanvasItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const JourneyRenderer *renderer = mCanvas->renderer();
    if (!layout || !renderer)
        return;
    // The renderer works in scene coordinates; a header away from home paints its own.
    const QPointF origin
        = mKind == StageHeader || mKind == LaneHeader || mKind == Corner ? mHome : pos();
    painter->translate(-origin);
    const QRectF exposed = option->exposedRect.translated(origin);
    switch (mKind) {
    case Corner: renderer->paintCorner(painter); break; // over the headers kept in view
    case Background:
        renderer->paintBackground(painter, exposed);
        if (layout->showTitle() && exposed.intersects(layout->titleRect()))
            renderer->paintTitle(painter);
        if (layout->hasTimeToValueBand() && exposed.intersects(layout->timeToValueRect()))
            renderer->paintTimeToValue(painter);
        if (exposed.intersects(layout->cornerRect()))
            renderer->paintCorner(painter);
        if (layout->hasFunnel() && exposed.intersects(layout->funnelLabelRect()))
            renderer->paintFunnelLabel(painter);
        if (layout->columnCount() == 0)
            renderer->paintEmpty(painter); // the steps' names: StepRowItem, kept in view
        break;
    case StageHeader:
        if (const int c = layout->columnOf(mStage); c >= 0)
            renderer->paintStageHeader(painter, c);
        break;
    case Funnel:
        if (const int c = layout->columnOf(mStage); c >= 0 && layout->hasFunnel())
            renderer->paintFunnel(painter, c);
        break;
    case LaneHeader:
        if (const int r = layout->rowOf(mLane); r >= 0)
            renderer->paintLaneHeader(painter, r);
        break;
    case Cell: { // mStage: the cell's step
        const int c = layout->columnOfStep(mStage);
        const int r = layout->rowOf(mLane);
        if (c >= 0 && r >= 0)
            renderer->paintCell(painter, c, r);
        break;
    }
    case Curve:
        if (const int r = layout->rowOf(mLane); r >= 0) {
            renderer->paintEmotionCurve(painter, r, exposed);
            renderer->paintPersonaCurves(painter, r, exposed);
        }
        break;
    case Arrows: renderer->paintArrows(painter); break;
    case Point: {
        const int c = layout->columnOfStep(mStage);
        const int r = layout->rowOf(mLane);
        const Step *step = layout->stepAt(c);
        const auto score = step ? step->cells.value(mLane).emotion : std::nullopt;
        if (c >= 0 && r >= 0 && score)
            renderer->paintEmotionPoint(painter, c, r, *score, mHovered);
        break;
    }
    case Cursor: {
        painter->translate(pos());
        painter->setRenderHint(QPainter::Antialiasing);
        QPen pen(layout->style().accent, 2.5);
        pen.setCosmetic(mCanvas->zoom() < 0.5);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(QPointF(), mSize).adjusted(1, 1, -1, -1));
        break;
    }
    }
}

void JourneyCanvasItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    mPressPos = event->scenePos();
    mDragging = false;
    mDrawingArrow = mKind == Cell && event->modifiers().testFlag(Qt::AltModifier);
    if (mCanvas->isEditing() && !mCanvas->commitEdit()) {
        event->ignore();
        return;
    }
    switch (mKind) {
    case StageHeader: mCanvas->setCurrent(mStage, 0); break;
    case Funnel: mCanvas->setCurrentFunnel(mStage); break;
    case LaneHeader: mCanvas->setCurrent(0, mLane); break;
    case Cell:
    case Point: mCanvas->setCurrent(mStage, mLane); break;
    default: break;
    }
    event->accept();
}

void JourneyCanvasItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF delta = event->scenePos() - mPressPos;
    const qreal threshold = QApplication::startDragDistance() / std::max(mCanvas->zoom(), 0.1);
    switch (mKind) {
    case StageHeader:
        if (!mDragging && std::abs(delta.x()) > threshold) {
            mDragging = true;
            mCanvas->beginStageDrag(mStage);
        }
        if (mDragging && mCanvas->isDragging()) {
            setPos(startPos().x() + delta.x(), pos().y()); // kept in view
            mCanvas->updateStageDrag(event->scenePos());
        }
        break;
    case LaneHeader:
        if (!mDragging && std::abs(delta.y()) > threshold) {
            mDragging = true;
            mCanvas->beginLaneDrag(mLane);
        }
        if (mDragging && mCanvas->isDragging()) {
            setPos(pos().x(), startPos().y() + delta.y()); // kept in view
            mCanvas->updateLaneDrag(event->scenePos());
        }
        break;
    case Point:
        mDragging = true;
        mCanvas->dragEmotion(mStage, mLane, event->scenePos());
        break;
    case Cell:
        if (!mDrawingArrow)
            break;
        if (!mDragging && QLineF(QPointF(), delta).length() > threshold) {
            mDragging = true;
            mCanvas->beginArrowDrag(mStage, mLane);
        }
        if (mDragging && mCanvas->isDrawingArrow())
            mCanvas->updateArrowDrag(event->scenePos());
        break;
    default: break;
    }
}

void JourneyCanvasItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!mDragging)
        return;
    mDragging = false;
    switch (mKind) {
    case StageHeader:
        if (mCanvas->isDragging())
            mCanvas->endStageDrag(event->scenePos(), false);
        break;
    case LaneHeader:
        if (mCanvas->isDragging())
            mCanvas->endLaneDrag(event->scenePos(), false);
        break;
    case Point: mCanvas->endEmotionDrag(); break;
    case Cell:
        if (mCanvas->isDrawingArrow())
            mCanvas->endArrowDrag(event->scenePos(), false);
        break;
    default: break;
    }
}

void JourneyCanvasItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const int row = layout ? layout->rowOf(mLane) : -1;
    const Lane *lane = layout ? layout->laneAt(row) : nullptr;
    if (mKind == Cell && lane && lane->kind == LaneKind::Emotion)
        mCanvas->setEmotionAt(mStage, mLane, event->scenePos());
    else if (mKind == Cell || mKind == StageHeader || mKind == LaneHeader || mKind == Funnel)
        mCanvas->editCurrent();
}

void JourneyCanvasItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    mHovered = true;
    update();
}
void JourneyCanvasItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    mHovered = false;
    update();
}

QPointF JourneyCanvasItem::startPos() const
{
    const JourneyLayout *layout = mCanvas->journeyLayout();
    if (mKind == StageHeader)
        return layout->headerRect(layout->columnOf(mStage)).topLeft();
    return layout->laneHeaderRect(layout->rowOf(mLane)).topLeft();
}

} // namespace Parcours
