#pragma once

#include "document/workspacedocument.h"

#include <QCoreApplication>

// Service blueprint edits (issue 21): lane groups, points of failure, waits and arrows. Like
// edits.h, each function pushes one undoable command, or nothing when nothing would change.
namespace Parcours::Edit {

// Moves a lane into `group` (a LaneRole key, a custom name, or "" for none), at `index` among
// the journey's lanes; -1 puts it after the group's last lane (the journey's last lane when
// the group has none yet). One undo step.
bool moveLaneToGroup(WorkspaceDocument &doc, Id journey, Id lane, const QString &group,
                     int index = -1);

// "Add blueprint lanes": gives a journey the five groups of a service blueprint. The
// customer-actions lane (the first text lane, by name if possible) joins the customer group
// with physical evidence above it; frontstage, backstage and support lanes are added at the
// end. Groups the journey has already are left alone. One undo step; returns the lanes added.
int addBlueprintLanes(WorkspaceDocument &doc, Id journey);

// Why an arrow from one cell to another cannot be drawn, or empty when it can: it must join
// two different cells of the same stage or of neighbouring stages.
QString arrowRefusal(const Journey &journey, const CellArrow &from, const CellArrow &to);
// Adds an arrow (one undo step); false when refused (arrowRefusal) or already there.
bool addArrow(WorkspaceDocument &doc, Id journey, const CellArrow &from, const CellArrow &to);
bool removeArrow(WorkspaceDocument &doc, Id journey, const CellArrow &from, const CellArrow &to);

} // namespace Parcours::Edit
