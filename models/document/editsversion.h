#pragma once

#include "domain/workspace.h"

#include <QString>

namespace Parcours {

class WorkspaceDocument;

namespace Edit {

// Makes the document's data equal to `version` (a labelled version being restored, issue
// 23): everything removed and the version's personas, journeys, metric periods,
// opportunities, details and observed usage put in, as one undo step named `undoText`.
// False when the document refuses edits or nothing differs.
bool restoreWorkspace(WorkspaceDocument &doc, Workspace version, const QString &undoText);

} // namespace Edit

} // namespace Parcours
