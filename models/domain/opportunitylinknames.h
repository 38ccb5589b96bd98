#pragma once

#include "domain/workspace.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Parcours {

// Opportunity links by name, for files people read and edit (the opportunities CSV) and for
// telling whether an imported opportunity is already in a workspace:
//   a stage     "Journey › Stage"
//   a cell      "Journey › Stage › Lane" (the step is not in the name: the opportunities CSV
//               gives its number in a column of its own)
//   a use case  "Persona › Use case" (its problem when the use case is not written)
// A line break inside a name reads as a space, so that a name is one line.

// The link's name in `w`, or nothing when it names nothing there.
std::optional<QString> opportunityLinkName(const Workspace &w, const OpportunityLink &link);

// Every stage, cell (each stage's first step with each lane) and use case of `w` under its
// name; a name given to several lists them in workspace order.
QHash<QString, QList<OpportunityLink>> opportunityLinksByName(const Workspace &w);

} // namespace Parcours
