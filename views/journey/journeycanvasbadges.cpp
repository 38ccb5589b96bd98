#include "journey/journeycanvas.h"

#include "document/entitykinds.h"
#include "journey/journeycanvasitem.h"

#include <QMenu>

// The canvas's opportunity badges (issue 20): kept in step with the document, painted by the
// renderer, and a click on one lists its opportunities.

namespace Parcours {

void JourneyCanvas::refreshBadges()
{
    const Journey *journey = mLayout ? mLayout->journey() : nullptr;
    if (!journey)
        return;
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

QRectF JourneyCanvas::badgeRect(Id stage, Id lane) const
{
    if (!mLayout || mBadges.at(stage, lane).isEmpty())
        return {};
    const int column = lane ? mLayout->columnOfStep(stage) : mLayout->columnOf(stage);
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
