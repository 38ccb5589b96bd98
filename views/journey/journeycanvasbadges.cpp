#include "journey/journeycanvas.h"

#include "document/entitykinds.h"
#include "journey/journeycanvasitem.h"
#include "journey/steprowitem.h"

#include <QMenu>

// The canvas's opportunity badges (issue 20): kept in step with the document, painted by the
// renderer, and a click on one lists its opportunities. Its comment badges (issue 23): the
// open threads on a cell, a stage header or a step's name; a click opens the Comments panel.

namespace Parcours {

void JourneyCanvas::refreshBadges()
{
    const Journey *journey = mLayout ? mLayout->journey() : nullptr;
    if (!journey)
        return;
    refreshCommentBadges();
    OpportunityBadges badges = OpportunityBadges::of(mDocument->workspace(), *journey);
    if (badges == mBadges)
        return;
    std::swap(mBadges, badges); // `badges` holds the old ones now: repaint both
    emit badgesChanged();
    for (const OpportunityBadges *set : {&mBadges, &badges}) {
        for (auto it = set->stages.cbegin(); it != set->stages.cend(); ++it) {
            if (const auto items = mStageItems.constFind(it.key());
                items != mStageItems.cend() && items->header)
                items->header->update();
        }
        for (auto it = set->cells.cbegin(); it != set->cells.cend(); ++it) {
            if (JourneyCanvasItem *cell = cellItem(it.key().first, it.key().second))
                cell->update();
        }
    }
}

QRectF JourneyCanvas::badgeRect(Id stageOrStep, Id lane) const
{
    if (!mLayout || mBadges.at(stageOrStep, lane).isEmpty())
        return {};
    const int column = lane ? mLayout->columnOfStep(stageOrStep) : mLayout->columnOf(stageOrStep);
    const int row = lane ? mLayout->rowOf(lane) : 0;
    if (column < 0 || row < 0)
        return {};
    return OpportunityBadges::rectIn(lane ? mLayout->cellRect(column, row)
                                          : mLayout->headerRect(column));
}

bool JourneyCanvas::clickBadge(const QPointF &scenePos, const QPoint &globalPos)
{
    if (!mLayout)
        return false;
    if (clickCommentBadge(scenePos))
        return true;
    // Stage headers first: they stay in view when scrolled, over the cells, so their badges
    // are where the header items are now.
    Id stage = 0;
    Id lane = 0;
    for (auto it = mBadges.stages.cbegin(); it != mBadges.stages.cend() && !stage; ++it) {
        const auto items = mStageItems.constFind(it.key());
        if (items == mStageItems.cend() || !items->header)
            continue;
        const QPointF offset = items->header->pos() - items->header->home();
        if (badgeRect(it.key(), 0).translated(offset).contains(scenePos))
            stage = it.key();
    }
    if (!stage) {
        const JourneyLayout::Hit hit = mLayout->hitTest(scenePos);
        if (hit.kind != JourneyLayout::Hit::Cell)
            return false;
        stage = mLayout->stepIdAt(hit.column); // a cell's badge: its step's
        lane = mLayout->laneIdAt(hit.row);
        if (!badgeRect(stage, lane).contains(scenePos))
            return false;
    }
    setCurrent(stage, lane);
    chooseOpportunity(mBadges.at(stage, lane), globalPos);
    return true;
}

void JourneyCanvas::refreshCommentBadges()
{
    // One pass over the threads; nothing to do (and nothing repainted) unless a count changed,
    // which only a comment edit (or its undo) does.
    CommentCounts counts = CommentCounts::of(mDocument->workspace());
    if (counts == mCommentCounts)
        return;
    mCommentCounts = std::move(counts);
    mScene->update();
}

CommentTarget JourneyCanvas::commentTargetAt(Id id, Id lane, bool stepHeader) const
{
    if (stepHeader)
        return CommentTarget::step(mJourneyId, id);
    return lane ? CommentTarget::cell(mJourneyId, id, lane) : CommentTarget::stage(mJourneyId, id);
}

int JourneyCanvas::openCommentsAt(Id id, Id lane, bool stepHeader) const
{
    return mCommentCounts.isEmpty() ? 0 : mCommentCounts.at(commentTargetAt(id, lane, stepHeader));
}

QRectF JourneyCanvas::commentBadgeRect(Id id, Id lane, bool stepHeader) const
{
    if (!mLayout || openCommentsAt(id, lane, stepHeader) == 0)
        return {};
    if (stepHeader) {
        const int column = mLayout->columnOfStep(id);
        return column >= 0 && mLayout->hasStepRow()
            ? CommentCounts::rectIn(mLayout->stepHeaderRect(column))
            : QRectF();
    }
    if (!lane) {
        const int column = mLayout->columnOf(id);
        return column >= 0 ? CommentCounts::rectIn(mLayout->headerRect(column)) : QRectF();
    }
    const int column = mLayout->columnOfStep(id);
    const int row = mLayout->rowOf(lane);
    return column >= 0 && row >= 0 ? CommentCounts::rectIn(mLayout->cellRect(column, row))
                                   : QRectF();
}

bool JourneyCanvas::clickCommentBadge(const QPointF &scenePos)
{
    if (mCommentCounts.isEmpty())
        return false;
    // The headers and the step row stay in view over the cells: their badges first, where
    // their items are now.
    for (auto it = mStageItems.cbegin(); it != mStageItems.cend(); ++it) {
        if (!it->header)
            continue;
        const QPointF offset = it->header->pos() - it->header->home();
        if (commentBadgeRect(it.key(), 0).translated(offset).contains(scenePos)) {
            setCurrent(it.key(), 0);
            emit commentsRequested(commentTargetAt(it.key(), 0));
            return true;
        }
    }
    if (mStepRow && mStepRow->isVisible() && mLayout->hasStepRow()) {
        const QPointF offset = mStepRow->pos() - mStepRow->home();
        const Id step = mLayout->stepIdAt(mStepRow->columnAtX(scenePos.x()));
        if (commentBadgeRect(step, 0, true).translated(offset).contains(scenePos)) {
            emit commentsRequested(commentTargetAt(step, 0, true));
            return true;
        }
    }
    const JourneyLayout::Hit hit = mLayout->hitTest(scenePos);
    if (hit.kind != JourneyLayout::Hit::Cell)
        return false;
    const Id step = mLayout->stepIdAt(hit.column);
    const Id lane = mLayout->laneIdAt(hit.row);
    if (!commentBadgeRect(step, lane).contains(scenePos))
        return false;
    setCurrent(step, lane);
    emit commentsRequested(commentTargetAt(step, lane));
    return true;
}

void JourneyCanvas::chooseOpportunity(const QList<Id> &opportunities, const QPoint &globalPos)
{
    if (!mDocument || opportunities.isEmpty())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("opportunityBadgeMenu"));
    for (const Id id : opportunities) {
        if (const Opportunity *o = mDocument->workspace().opportunity(id)) {
            QString title = o->title.isEmpty() ? tr("(untitled)") : o->title;
            QAction *action = menu.addAction(title.replace(u'&', QStringLiteral("&&")));
            action->setData(id);
        }
    }
    if (const QAction *chosen = menu.exec(globalPos))
        emit opportunityChosen(chosen->data().toLongLong());
}

} // namespace Parcours
