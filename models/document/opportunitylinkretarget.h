#pragma once

#include "document/workspacedocument.h"

#include <utility>
#include <vector>

class QUndoCommand;

// Opportunity links per step (issue 18), for step edits. A cell link names a step and a lane
// (domain/opportunitylinkplace.h); Edit::makeOpportunityFromCell takes the step's id as its
// `stage` (a one-step stage's step has the stage's id, so callers giving a stage still work).
namespace Parcours::Edit {

// Links that follow merged content: under `parent`, links to each pair's first stage or cell
// (CommentTarget::Stage, ::Cell) name its second instead, one change per opportunity. Steps
// split, moved or reordered keep their ids, so their links need none.
void retargetOpportunityLinks(WorkspaceDocument &doc,
                              const std::vector<std::pair<CommentTarget, CommentTarget>> &pairs,
                              const QString &text, QUndoCommand *parent);

} // namespace Parcours::Edit
