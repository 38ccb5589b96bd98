#pragma once

#include "document/workspacedocument.h"

// Audience views of a journey (issue 23): named choices of lanes, curves, zoom and stages.
// Like edits.h: each call is one undoable command, or nothing when it does not apply. A
// journey's views are one field of it (Field::JourneyViews), so a view's edit is undone, saved
// and shared like any other field.
namespace Parcours::Edit {

// Why `name` cannot name a view of `journey` (empty, or another view `except` has it), or ""
// when it can. For dialogs, before they call addView or renameView.
QString viewNameProblem(const Journey &journey, const QString &name, Id except = 0);

// Adds `view` (its name trimmed, a fresh id) to the journey's views; its id, or 0 when the
// name is refused or the journey is unknown.
Id addView(WorkspaceDocument &doc, Id journey, AudienceView view);
// Renames a view; false for an unknown view, a refused name or no change.
bool renameView(WorkspaceDocument &doc, Id journey, Id view, const QString &name);
// Replaces the view with `view.id` by `view` (its lanes, curves, zoom, stages and name).
bool changeView(WorkspaceDocument &doc, Id journey, const AudienceView &view);
// Deletes a view; false when there is none with that id.
bool removeView(WorkspaceDocument &doc, Id journey, Id view);

} // namespace Parcours::Edit
