#pragma once

#include "document/workspacedocument.h"

// Pain-point severity edits (issue 20). Like edits.h: one undoable command, or nothing.
namespace Parcours::Edit {

// Sets the severity of line `line` (0-based, lines split at '\n') of a text cell; one undo
// step "Set Pain-Point Severity". False when the cell has no such line or nothing changes.
bool setLineSeverity(WorkspaceDocument &doc, Id journey, Id step, Id lane, int line,
                     PainSeverity severity);

} // namespace Parcours::Edit
