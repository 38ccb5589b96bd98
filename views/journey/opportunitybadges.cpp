#include "journey/opportunitybadges.h"

#include "domain/opportunity.h"

#include <QSet>

namespace Parcours {

// Cell badges are keyed by step and lane (issue 18: a cell link names its step), and drawn on
// that step's cell.
OpportunityBadges OpportunityBadges::of(const Workspace &workspace, const Journey &journey)
{
    OpportunityBadges badges;
    QSet<Id> stages;
    QSet<Id> steps;
    for (const Stage &stage : journey.stages) {
        stages.insert(stage.id);
        for (const Step &step : stage.steps)
            steps.insert(step.id);
    }
    for (const Opportunity &o : workspace.opportunities) {
        for (const OpportunityLink &link : o.links) {
            const bool here = link.kind == OpportunityLink::Kind::Stage
                ? stages.contains(link.target)
                : link.kind == OpportunityLink::Kind::Cell && steps.contains(link.target);
            if (!here || !linkResolves(workspace, link))
                continue;
            QList<Id> &ids = link.kind == OpportunityLink::Kind::Stage
                ? badges.stages[link.target]
                : badges.cells[{link.target, link.lane}];
            if (!ids.contains(o.id))
                ids.append(o.id);
        }
    }
    return badges;
}

QList<Id> OpportunityBadges::at(Id stageOrStep, Id lane) const
{
    return lane ? cells.value({stageOrStep, lane}) : stages.value(stageOrStep);
}

QRectF OpportunityBadges::rectIn(const QRectF &rect)
{
    constexpr qreal height = 18;
    constexpr qreal width = 30;
    return {rect.right() - width - 3, rect.top() + 3, width, height};
}

} // namespace Parcours
