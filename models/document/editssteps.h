#pragma once

#include "document/workspacedocument.h"

// Steps inside stages (issue 18). Like edits.h: each call is one undoable command, or nothing
// (false / 0) when it does not apply. A stage keeps at least one step.
namespace Parcours::Edit {

// A new empty step at `index` of the stage holding `stage` (-1: at its end); its id.
Id addStep(WorkspaceDocument &doc, Id journey, Id stage, int index = -1, const QString &name = {});
bool renameStep(WorkspaceDocument &doc, Id journey, Id step, const QString &name);
// Moves a step to position `toIndex` among its stage's steps.
bool moveStep(WorkspaceDocument &doc, Id journey, Id step, int toIndex);
// Moves a step to the end of the previous stage (`toNext` false) or the start of the next one.
bool moveStepToNeighbour(WorkspaceDocument &doc, Id journey, Id step, bool toNext);
// "Split stage here": `step` and the steps after it become a new stage right after; the new
// stage's id. Its name is the first moved step's, or "<stage> (2)".
Id splitStage(WorkspaceDocument &doc, Id journey, Id step);
// The inverse of a split: the stage's steps join the end of the previous stage.
bool mergeStageIntoPrevious(WorkspaceDocument &doc, Id journey, Id stage);
// Merges `step` into the step before it in its stage: texts joined line after line, the
// emotions' mean, arrows to it now to the kept step.
bool mergeStepIntoPrevious(WorkspaceDocument &doc, Id journey, Id step);

} // namespace Parcours::Edit
