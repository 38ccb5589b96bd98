#pragma once

#include "analytics/workspacediff.h"
#include "document/entityref.h"

#include <QSet>

namespace Parcours {

// Where a change of a WorkspaceDiff is in a workspace (issue 23), found by the names the diff
// gives (WorkspaceDiff names items as the user knows them and carries no ids): the item
// itself when it is still there, else the nearest thing that is (a removed cell's journey).
// An invalid ref when nothing is found.
EntityRef locateChange(const Workspace &workspace, const ChangeGroup &group,
                       const ItemChange &change);

// The changed or added cells and use cases of `diff`, as located in `workspace`: what the
// canvas and the use-case tables mark.
struct ChangedItems
{
    QSet<EntityRef> cells;
    QSet<EntityRef> useCases;
    QHash<EntityRef, QString> tooltips; // one line a change: "changed text: "a" → "b""
};
ChangedItems changedItems(const Workspace &workspace, const WorkspaceDiff &diff);

} // namespace Parcours
