#include "journey/steprowitem.h"

#include "document/editssteps.h"
#include "journey/journeycanvas.h"
#include "journey/journeycanvasitem.h"
#include "journey/journeyrenderer.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Parcours {

StepRowItem::StepRowItem(JourneyCanvas *canvas)
    : mCanvas(canvas)
    , mMarker(new QGraphicsLineItem(this))
{
    setZValue(CanvasZ::Header);
    setAcceptedMouseButtons(Qt::LeftButton);
    setCursor(Qt::OpenHandCursor);
    setToolTip(tr("Drag a step's name to move the step within its stage, or to the end of the "
                  "previous stage or the start of the next one. Escape cancels."));
    mMarker->setVisible(false);
}

void StepRowItem::syncToLayout()
{
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const int columns = layout ? layout->columnCount() : 0;
    if (!layout || !layout->hasStepRow() || columns == 0) {
        if (isDragging())
            cancelDrag();
        setVisible(false);
        return;
    }
    const QRectF first = layout->stepHeaderRect(0);
    const QRectF rect = first.united(layout->stepHeaderRect(columns - 1));
    if (rect.size() != mSize) {
        prepareGeometryChange();
        mSize = rect.size();
    }
    mHome = rect.topLeft();
    mHeaderOffset = first.top() - layout->headerRect(0).top();
    QPen pen(layout->style().accent, 4);
    pen.setCapStyle(Qt::RoundCap);
    mMarker->setPen(pen);
    setVisible(true);
    update();
}

void StepRowItem::keepInView(qreal visibleTop)
{
    const QPointF at(mHome.x(), std::max(mHome.y(), visibleTop + mHeaderOffset));
    if (pos() != at)
        setPos(at);
}

QRectF StepRowItem::boundingRect() const
{
    return QRectF(QPointF(), mSize);
}

void StepRowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const JourneyRenderer *renderer = mCanvas->renderer();
    if (!layout || !renderer || !layout->hasStepRow())
        return;
    // The renderer paints where the layout puts the row; the item may be kept lower in view.
    painter->translate(-mHome);
    const QRectF exposed = option->exposedRect.translated(mHome);
    for (int c = 0; c < layout->columnCount(); ++c) {
        const QRectF r = layout->stepHeaderRect(c);
        if (!exposed.intersects(r))
            continue;
        renderer->paintStepHeader(painter, c);
        if (layout->stepIdAt(c) == mDragStep) { // the step being moved
            QColor moving = layout->style().accent;
            moving.setAlpha(60);
            painter->fillRect(r, moving);
        }
    }
}

int StepRowItem::columnAtX(qreal sceneX) const
{
    const JourneyLayout *layout = mCanvas->journeyLayout();
    if (!layout || layout->columnCount() == 0)
        return -1;
    const qreal left = layout->stepHeaderRect(0).left();
    const int column = int(std::floor((sceneX - left) / layout->style().columnWidth));
    return std::clamp(column, 0, layout->columnCount() - 1);
}

StepRowItem::Drop StepRowItem::dropAt(qreal sceneX) const
{
    Drop drop;
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const int own = layout ? layout->columnOfStep(mDragStep) : -1;
    const int under = columnAtX(sceneX);
    if (own < 0 || under < 0)
        return drop;
    const int ownStage = layout->stageIndexAt(own);
    const int target = layout->stageIndexAt(under);
    const int first = layout->stageFirstColumn(own);
    const int last = layout->stageLastColumn(own);
    if (target == ownStage) {
        // Between two of its stage's columns: the nearest boundary inside the stage.
        const int at = std::clamp(layout->insertionColumnAtX(sceneX), first, last + 1);
        const int ownIndex = own - first;
        const int index = at - first > ownIndex ? at - first - 1 : at - first;
        if (index == ownIndex)
            return drop; // where it is
        drop.kind = Drop::WithinStage;
        drop.toIndex = index;
        drop.markerX = layout->columnRect(std::min(at, last)).left()
            + (at > last ? layout->style().columnWidth : 0);
        return drop;
    }
    if (last == first || std::abs(target - ownStage) != 1)
        return drop; // its stage keeps at least one step; stages further away: not by mouse
    if (target < ownStage) {
        drop.kind = Drop::ToPreviousStage;
        drop.markerX = layout->columnRect(layout->stageLastColumn(under)).right();
    } else {
        drop.kind = Drop::ToNextStage;
        drop.markerX = layout->columnRect(layout->stageFirstColumn(under)).left();
    }
    return drop;
}

void StepRowItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    const JourneyLayout *layout = mCanvas->journeyLayout();
    if (event->button() != Qt::LeftButton || !layout || layout->rowCount() == 0) {
        event->ignore();
        return;
    }
    if (mCanvas->isEditing() && !mCanvas->commitEdit()) {
        event->ignore();
        return;
    }
    mPressPos = event->scenePos();
    mPressStep = layout->stepIdAt(columnAtX(event->scenePos().x()));
    // A step's name: its cells' position, on the first row (as its context menu does).
    mCanvas->setCurrent(mPressStep, layout->laneIdAt(0));
    event->accept();
}

void StepRowItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    WorkspaceDocument *doc = mCanvas->document();
    const qreal threshold = QApplication::startDragDistance() / std::max(mCanvas->zoom(), 0.1);
    if (!mDragStep && mPressStep && doc && !doc->isReadOnly()
        && std::abs(event->scenePos().x() - mPressPos.x()) > threshold) {
        mDragStep = mPressStep;
        setCursor(Qt::ClosedHandCursor);
        update();
    }
    if (!mDragStep)
        return;
    const Drop drop = dropAt(event->scenePos().x());
    const JourneyLayout *layout = mCanvas->journeyLayout();
    if (drop.kind == Drop::None || !layout) {
        mMarker->setVisible(false);
    } else {
        const QRectF grid = layout->gridRect();
        const QLineF line(drop.markerX, pos().y(), drop.markerX, grid.bottom());
        mMarker->setLine(QLineF(mapFromScene(line.p1()), mapFromScene(line.p2())));
        mMarker->setVisible(true);
    }
    mCanvas->ensureVisible(QRectF(event->scenePos(), QSizeF(1, 1)), 30, 0);
}

void StepRowItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    mPressStep = 0;
    if (mDragStep)
        endDrag(event->scenePos().x(), false);
}

void StepRowItem::cancelDrag()
{
    endDrag(0, true);
}

void StepRowItem::endDrag(qreal sceneX, bool cancelled)
{
    const Drop drop = cancelled ? Drop() : dropAt(sceneX);
    const Id step = std::exchange(mDragStep, 0);
    mPressStep = 0;
    mMarker->setVisible(false);
    setCursor(Qt::OpenHandCursor);
    update();
    WorkspaceDocument *doc = mCanvas->document();
    const JourneyLayout *layout = mCanvas->journeyLayout();
    if (!doc || !layout || !step || drop.kind == Drop::None)
        return;
    const Id journey = mCanvas->journeyId();
    const Id lane = layout->rowCount() > 0 ? layout->laneIdAt(0) : 0;
    bool moved = false;
    switch (drop.kind) {
    case Drop::None: break;
    case Drop::WithinStage: moved = Edit::moveStep(*doc, journey, step, drop.toIndex); break;
    case Drop::ToPreviousStage:
        moved = Edit::moveStepToNeighbour(*doc, journey, step, false);
        break;
    case Drop::ToNextStage: moved = Edit::moveStepToNeighbour(*doc, journey, step, true); break;
    }
    if (moved)
        mCanvas->setCurrent(step, lane);
}

} // namespace Parcours
