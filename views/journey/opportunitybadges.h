#pragma once

#include "domain/workspace.h"

#include <QHash>
#include <QList>
#include <QRectF>

namespace Parcours {

// The opportunities (issue 20) whose live links point at a journey's stages and cells, for the
// count badges the canvas draws on stage headers and cells (posters leave them out).
struct OpportunityBadges
{
    QHash<Id, QList<Id>> stages; // by stage id: the opportunities, in the board's stored order
    QHash<std::pair<Id, Id>, QList<Id>> cells; // by step and lane id (a cell link names its step)

    static OpportunityBadges of(const Workspace &workspace, const Journey &journey);
    // By stage with lane 0 (the stage header), else by step and lane (a cell).
    QList<Id> at(Id stageOrStep, Id lane) const;
    bool operator==(const OpportunityBadges &o) const
    {
        return stages == o.stages && cells == o.cells;
    }
    bool operator!=(const OpportunityBadges &o) const { return !(*this == o); }

    // Where a badge goes in a stage header's or cell's rectangle: its top-right corner.
    static QRectF rectIn(const QRectF &rect);
};

} // namespace Parcours
