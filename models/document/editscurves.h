#pragma once

#include "document/workspacedocument.h"

// Several curves on an emotion lane, one per persona, and the journey a journey is compared
// with (issue 18). Like edits.h: each call is one undoable command, or nothing (false) when it
// does not apply. Deleting a persona drops its curves' points (Edit::removePersona).
namespace Parcours::Edit {

// Sets `persona`'s point at the cell (step, lane) of an emotion lane to `emotion` (-2 … +2).
// `mergeable` folds the moves of one drag into one undo step (Edit::endMergeableEdit ends it).
// False when the lane is no emotion lane, the persona or step is unknown, or nothing changes.
bool setCurvePoint(WorkspaceDocument &doc, Id journey, Id step, Id lane, Id persona, double emotion,
                   bool mergeable = false);
// Removes `persona`'s point at (step, lane); false when it has none there.
bool removeCurvePoint(WorkspaceDocument &doc, Id journey, Id step, Id lane, Id persona);
// The journey `journey` is compared with (typically its to-be copy); 0 for none. False for
// itself, an unknown journey, or no change.
bool setCompareWith(WorkspaceDocument &doc, Id journey, Id compareWith);

} // namespace Parcours::Edit
