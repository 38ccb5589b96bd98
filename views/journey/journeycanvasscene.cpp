#include "journey/journeycanvas.h"

#include "document/workspacedocument.h"
#include "journey/curveoverlay.h"
#include "journey/journeycanvasaccessible.h"
#include "journey/journeycanvasitem.h"
#include "journey/journeycelleditor.h"
#include "journey/journeyrenderer.h"
#include "journey/steprowitem.h"

#include <QGraphicsLineItem>

#include <utility>

// Scene synchronisation: the items follow the layout, and the layout follows the document's
// changes, re-measuring and repainting only what changed. Headers stay in view (sticky).

namespace Parcours {

void JourneyCanvas::clearItems()
{
    if (mEditor) {
        mScene->removeItem(mEditor);
        delete mEditor;
        mEditor = nullptr;
    }
    mStageItems.clear();
    mLaneItems.clear();
    mBackground = nullptr;
    mArrows = nullptr;
    mCorner = nullptr;
    mStepRow = nullptr;
    mCursor = nullptr;
    mDropMarker = nullptr;
    mCurveOverlay->clear();
    mScene->clear();
    mRenderer.reset();
    mLayout.reset();
}

void JourneyCanvas::rebuild()
{
    clearItems();
    if (!mDocument || !mDocument->workspace().journey(mJourneyId)) {
        mScene->setSceneRect(QRectF());
        emit layoutUpdated();
        return;
    }
    mLayout = std::make_unique<JourneyLayout>(mDocument->workspace(), mJourneyId);
    mLayout->setFilter(mFilter);
    mLayout->setViewFilter(mViewFilter);
    mLayout->update();
    mRenderer = std::make_unique<JourneyRenderer>(*mLayout);
    mRenderer->setGreeking(true);
    mRenderer->setEmotionScale(mEmotionScale);
    mBadges = OpportunityBadges::of(mDocument->workspace(), *mLayout->journey());
    mRenderer->setOpportunityBadges(&mBadges);
    mCommentCounts = CommentCounts::of(mDocument->workspace());
    mRenderer->setCommentCounts(&mCommentCounts);
    mRenderer->setHiddenCurves(&mCurveOverlay->hidden());
    mBackground = new JourneyCanvasItem(this, JourneyCanvasItem::Background);
    mScene->addItem(mBackground);
    mArrows = new JourneyCanvasItem(this, JourneyCanvasItem::Arrows);
    mScene->addItem(mArrows);
    mCorner = new JourneyCanvasItem(this, JourneyCanvasItem::Corner);
    mScene->addItem(mCorner);
    mStepRow = new StepRowItem(this);
    mScene->addItem(mStepRow);
    mCursor = new JourneyCanvasItem(this, JourneyCanvasItem::Cursor);
    mCursor->setVisible(false);
    mScene->addItem(mCursor);
    mDropMarker = new QGraphicsLineItem;
    mDropMarker->setZValue(CanvasZ::Marker);
    QPen pen(mLayout->style().accent, 4);
    pen.setCapStyle(Qt::RoundCap);
    mDropMarker->setPen(pen);
    mDropMarker->setVisible(false);
    mScene->addItem(mDropMarker);
    syncItems();
    ensureCurrentValid();
    syncCursor();
    JourneyCanvasAccessible::structureChanged(this);
    emit layoutUpdated();
}

void JourneyCanvas::syncItems()
{
    if (!mLayout)
        return;
    const JourneyLayout &l = *mLayout;
    const QRectF bounds = l.bounds();
    if (mScene->sceneRect() != bounds)
        mScene->setSceneRect(bounds);
    mBackground->setSceneRect(bounds);
    mArrows->setSceneRect(bounds);
    mArrows->update(); // arrows follow any cell that moved or changed
    mCorner->setSceneRect(l.cornerRect());
    mStepRow->syncToLayout();

    const int columns = l.columnCount();
    const int rows = l.rowCount();
    // Items by id: a stage's header and funnel cell, a step's cells and points (a one-step
    // stage's step has the stage's id: one entry holds both). Stages and steps that left the
    // view (deleted, filtered out, moved) take their items along.
    for (auto it = mStageItems.begin(); it != mStageItems.end();) {
        if (l.columnOf(it.key()) < 0) {
            delete std::exchange(it->header, nullptr);
            delete std::exchange(it->funnel, nullptr);
        }
        if (l.columnOfStep(it.key()) < 0) {
            qDeleteAll(it->cells);
            it->cells.clear();
            qDeleteAll(it->points);
            it->points.clear();
        }
        if (!it->header && !it->funnel && it->cells.isEmpty() && it->points.isEmpty())
            it = mStageItems.erase(it);
        else
            ++it;
    }
    for (auto it = mLaneItems.begin(); it != mLaneItems.end();) {
        if (l.rowOf(it.key()) >= 0) {
            ++it;
            continue;
        }
        delete it->header;
        delete it->curve;
        it = mLaneItems.erase(it);
    }

    for (int r = 0; r < rows; ++r) {
        const Id lane = l.laneIdAt(r);
        LaneItems &items = mLaneItems[lane];
        if (!items.header) {
            items.header = new JourneyCanvasItem(this, JourneyCanvasItem::LaneHeader, 0, lane);
            mScene->addItem(items.header);
        }
        items.header->setSceneRect(l.laneHeaderRect(r));
        const bool emotion = l.laneAt(r) && l.laneAt(r)->kind == LaneKind::Emotion;
        if (emotion && !items.curve) {
            items.curve = new JourneyCanvasItem(this, JourneyCanvasItem::Curve, 0, lane);
            mScene->addItem(items.curve);
        } else if (!emotion && items.curve) {
            delete items.curve;
            items.curve = nullptr;
        }
        if (items.curve)
            items.curve->setSceneRect(l.rowRect(r));
    }

    for (int c = 0; c < columns; ++c) {
        if (c == l.stageFirstColumn(c)) {
            const Id headerId = l.stageIdAt(c);
            StageItems &header = mStageItems[headerId];
            if (!header.header) {
                header.header
                    = new JourneyCanvasItem(this, JourneyCanvasItem::StageHeader, headerId);
                mScene->addItem(header.header);
            }
            if (!isDragging() || mDragStage != headerId)
                header.header->setSceneRect(l.headerRect(c));
            if (l.hasFunnel() && !header.funnel) {
                header.funnel = new JourneyCanvasItem(this, JourneyCanvasItem::Funnel, headerId);
                mScene->addItem(header.funnel);
            } else if (!l.hasFunnel() && header.funnel) {
                delete header.funnel;
                header.funnel = nullptr;
            }
            if (header.funnel)
                header.funnel->setSceneRect(l.funnelRect(c));
        }
        syncColumn(c);
    }
    mCurveOverlay->sync();
    updateStickyHeaders();
}

bool JourneyCanvas::syncColumn(int c)
{
    const JourneyLayout &l = *mLayout;
    const int rows = l.rowCount();
    const Id stageId = l.stepIdAt(c); // the cells' and points' id: the step's
    const Step *stage = l.stepAt(c);
    bool pointsChanged = false;
    StageItems &items = mStageItems[stageId];
    for (auto it = items.cells.begin(); it != items.cells.end();) {
        if (l.rowOf(it.key()) >= 0) {
            ++it;
            continue;
        }
        delete it.value();
        it = items.cells.erase(it);
    }
    for (int r = 0; r < rows; ++r) {
        const Id lane = l.laneIdAt(r);
        JourneyCanvasItem *&cell = items.cells[lane];
        if (!cell) {
            cell = new JourneyCanvasItem(this, JourneyCanvasItem::Cell, stageId, lane);
            mScene->addItem(cell);
        }
        cell->setSceneRect(l.cellRect(c, r));
    }
    // Emotion points, where a score is set.
    for (auto it = items.points.begin(); it != items.points.end();) {
        const int r = l.rowOf(it.key());
        const auto cell
            = stage ? stage->cells.constFind(it.key()) : QHash<Id, Cell>::const_iterator();
        const bool keep = r >= 0 && l.laneAt(r)->kind == LaneKind::Emotion && stage
            && cell != stage->cells.cend() && cell->emotion;
        if (keep) {
            ++it;
            continue;
        }
        delete it.value();
        it = items.points.erase(it);
        pointsChanged = true;
    }
    for (int r = 0; r < rows && stage; ++r) {
        const Lane *lane = l.laneAt(r);
        if (!lane || lane->kind != LaneKind::Emotion)
            continue;
        const auto cell = stage->cells.constFind(lane->id);
        if (cell == stage->cells.cend() || !cell->emotion)
            continue;
        const double score = *cell->emotion;
        JourneyCanvasItem *&point = items.points[lane->id];
        if (!point) {
            point = new JourneyCanvasItem(this, JourneyCanvasItem::Point, stageId, lane->id);
            mScene->addItem(point);
            pointsChanged = true;
        }
        // The point and its label, drawn below it near the top and above it elsewhere.
        const QPointF p = l.emotionPoint(c, r, score);
        const bool labelBelow = score > 1;
        point->setSceneRect(QRectF(p.x() - 30, labelBelow ? p.y() - 12 : p.y() - 30, 60, 42));
        updatePointToolTip(point, score);
    }
    return pointsChanged;
}

bool JourneyCanvas::syncStep(Id step, bool *pointsChanged)
{
    const int column = mLayout ? mLayout->columnOfStep(step) : -1;
    if (column < 0)
        return false;
    const bool own = syncColumn(column);
    const bool curves = mCurveOverlay->syncStep(step);
    if (pointsChanged)
        *pointsChanged = own || curves;
    return true;
}

std::vector<QRectF> JourneyCanvas::rowGeometry() const
{
    std::vector<QRectF> geometry;
    if (!mLayout)
        return geometry;
    geometry.reserve(size_t(mLayout->rowCount()) + 1);
    geometry.push_back(mLayout->bounds());
    for (int r = 0; r < mLayout->rowCount(); ++r)
        geometry.push_back(mLayout->rowRect(r));
    return geometry;
}

void JourneyCanvas::updateStickyHeaders()
{
    if (!mLayout)
        return;
    // Like a spreadsheet's frozen panes: the stage row stays at the top of the view and the
    // lane column at its left while the cells scroll beneath them.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const QPointF corner = mCorner->home();
    mCorner->setPos(std::max(corner.x(), visible.left()), std::max(corner.y(), visible.top()));
    mStepRow->keepInView(visible.top());
    for (auto it = mStageItems.cbegin(); it != mStageItems.cend(); ++it) {
        JourneyCanvasItem *header = it->header;
        if (header && it.key() != mDragStage)
            header->setPos(header->home().x(), std::max(header->home().y(), visible.top()));
    }
    for (auto it = mLaneItems.cbegin(); it != mLaneItems.cend(); ++it) {
        JourneyCanvasItem *header = it->header;
        if (header && it.key() != mDragLane)
            header->setPos(std::max(header->home().x(), visible.left()), header->home().y());
    }
}

void JourneyCanvas::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    updateStickyHeaders();
}

void JourneyCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateStickyHeaders();
}

void JourneyCanvas::updatePointToolTip(JourneyCanvasItem *point, double score, bool force) const
{
    // Worded for every point on each change, the tooltips were most of a drag's cost.
    if (!force && point->toolTipTells(score))
        return;
    point->setToolTipScore(score);
    point->setToolTip(tr("Emotion %1, on a scale from %2 to %3.\nDrag to change it, or press "
                         "Alt+Up or Alt+Down.")
                          .arg(formatEmotion(score, mEmotionScale),
                               formatEmotion(emotionMin, mEmotionScale),
                               formatEmotion(emotionMax, mEmotionScale)));
}

void JourneyCanvas::updateDerivedItems()
{
    if (!mLayout)
        return;
    mBackground->update();
    mCorner->update();
    for (const StageItems &items : std::as_const(mStageItems)) {
        if (items.funnel)
            items.funnel->update();
    }
}

JourneyCanvasItem *JourneyCanvas::cellItem(Id stage, Id lane) const
{
    const auto it = mStageItems.constFind(stage);
    return it == mStageItems.cend() ? nullptr : it->cells.value(lane);
}

void JourneyCanvas::onChanged(const ChangeEvent &event)
{
    if (!mDocument)
        return;
    const EntityRef &e = event.entity;
    if (event.type == ChangeEvent::Reset) {
        rebuild();
        return;
    }
    if (e.kind == EntityKind::Journey && e.id == mJourneyId) {
        if (event.type == ChangeEvent::Removed) {
            setJourney(nullptr, 0);
            return;
        }
        if (event.type == ChangeEvent::Inserted) { // undo of its deletion
            rebuild();
            return;
        }
    }
    if (!mLayout) {
        if (e.kind == EntityKind::Journey && e.id == mJourneyId)
            rebuild();
        return;
    }
    refreshBadges(); // an opportunity, or what its links point at, may have changed
    const bool ours = (e.kind == EntityKind::Journey && e.id == mJourneyId)
        || ((e.kind == EntityKind::Stage || e.kind == EntityKind::Lane
             || e.kind == EntityKind::Cell)
            && e.parent == mJourneyId);
    const Journey *journey = mLayout->journey();
    const bool persona = e.kind == EntityKind::Persona && journey && journey->personaId == e.id;
    if (!ours && !persona)
        return;

    bool derived = true;
    std::vector<QRectF> geometry; // a cell's: what its change may move
    switch (e.kind) {
    case EntityKind::Cell:
        mLayout->invalidateCell(e.id, e.secondary);
        derived = false;
        geometry = rowGeometry();
        break;
    case EntityKind::Stage:
        if (event.type == ChangeEvent::Removed && e.id == mEditStage)
            cancelEdit();
        mLayout->invalidateStage(e.id);
        if (event.type == ChangeEvent::Inserted)
            setCurrent(e.id, 0);
        break;
    case EntityKind::Lane:
        if (event.type == ChangeEvent::Removed && e.id == mEditLane)
            cancelEdit();
        mLayout->invalidateLane(e.id);
        break;
    default: break;
    }
    mLayout->update();
    // A cell's change that moved nothing (a drag of a point, most edits of text) is followed
    // by its step's items alone; anything else by all of them.
    bool pointsChanged = true;
    const bool inPlace = e.kind == EntityKind::Cell && event.type == ChangeEvent::FieldChanged
        && rowGeometry() == geometry && syncStep(e.id, &pointsChanged);
    if (!inPlace)
        syncItems();
    else if (event.field == Field::CellArrows)
        mArrows->update();

    // Repaint what changed in place; moved and resized items repaint themselves.
    switch (e.kind) {
    case EntityKind::Cell: {
        if (JourneyCanvasItem *cell = cellItem(e.id, e.secondary))
            cell->update();
        const auto lane = mLaneItems.constFind(e.secondary);
        const int column = mLayout->columnOfStep(e.id);
        const int row = mLayout->rowOf(e.secondary);
        if (lane != mLaneItems.cend() && lane->curve) {
            // The curves change between the neighbouring columns, unless a point came or went
            // (a dashed stretch across the gap) or the compared journey's label may move.
            const Journey *shown = mLayout->journey();
            if (inPlace && !pointsChanged && column >= 0 && row >= 0 && shown
                && !shown->compareWith) {
                const QRectF around
                    = mLayout->cellRect(std::max(column - 1, 0), row)
                          .united(mLayout->cellRect(
                              std::min(column + 1, mLayout->columnCount() - 1), row));
                lane->curve->update(lane->curve->mapRectFromScene(around));
            } else {
                lane->curve->update();
            }
        }
        // After undo, show what changed.
        if ((event.field == Field::CellEmotion && !mEmotionDragging)
            || (event.field == Field::CellText && !isEditing()))
            setCurrent(e.id, e.secondary);
        if (!mEmotionDragging && !isEditing())
            ensureCurrentVisible();
        break;
    }
    case EntityKind::Stage:
        if (event.type == ChangeEvent::FieldChanged) {
            if (const auto it = mStageItems.constFind(e.id); it != mStageItems.cend() && it->header)
                it->header->update();
        } else { // numbers and neighbours changed; steps may have moved between stages
            for (const StageItems &items : std::as_const(mStageItems)) {
                if (items.header)
                    items.header->update();
                for (JourneyCanvasItem *item : items.cells)
                    item->update();
                for (JourneyCanvasItem *item : items.points)
                    item->update();
            }
            for (const LaneItems &items : std::as_const(mLaneItems)) {
                if (items.curve)
                    items.curve->update();
            }
        }
        break;
    case EntityKind::Lane:
        if (const auto it = mLaneItems.constFind(e.id); it != mLaneItems.cend()) {
            it->header->update();
            if (it->curve)
                it->curve->update();
        }
        for (const StageItems &items : std::as_const(mStageItems)) {
            if (event.type == ChangeEvent::FieldChanged) {
                if (JourneyCanvasItem *cell = items.cells.value(e.id))
                    cell->update();
            } else { // row shading follows the order
                for (JourneyCanvasItem *cell : items.cells)
                    cell->update();
            }
        }
        break;
    default: break;
    }
    if (derived)
        updateDerivedItems();
    ensureCurrentValid();
    syncCursor();
    if (event.type == ChangeEvent::FieldChanged) {
        if (e.kind == EntityKind::Cell)
            JourneyCanvasAccessible::contentChanged(this, e.id, e.secondary);
        else if (e.kind == EntityKind::Stage)
            JourneyCanvasAccessible::contentChanged(this, e.id, 0);
        else if (e.kind == EntityKind::Lane)
            JourneyCanvasAccessible::contentChanged(this, 0, e.id);
    } else if (e.kind == EntityKind::Stage || e.kind == EntityKind::Lane) {
        JourneyCanvasAccessible::structureChanged(this);
    }
    emit layoutUpdated();
}

void JourneyCanvas::setFilter(const StageFilter &filter)
{
    mFilter = filter;
    if (!mLayout)
        return;
    cancelEdit();
    mLayout->setFilter(filter);
    mLayout->update();
    syncItems();
    updateDerivedItems();
    for (const StageItems &items : std::as_const(mStageItems)) {
        if (items.header)
            items.header->update();
    }
    ensureCurrentValid();
    syncCursor();
    JourneyCanvasAccessible::structureChanged(this);
    emit layoutUpdated();
}

StageFilter JourneyCanvas::filter() const
{
    return mFilter;
}

} // namespace Parcours
