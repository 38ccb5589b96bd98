#pragma once

#include "document/workspacedocument.h"

// Observed usage edits (issue 22). Like edits.h: one undoable command, or nothing.
namespace Parcours::Edit {

enum class UsageImported { Not, Added, Replaced };

// Adds a source read from an events file (formats/usageimport.h) to Workspace::usage, with
// `users` (the workspace's users then the file's new ones, as the import returned them), as
// one undo step "Import Events". A source with the fingerprint of one already there replaces
// it (its id kept), as one step "Re-import Events". Not in a shared workspace (editRefused).
UsageImported importUsage(WorkspaceDocument &doc, UsageSource source, std::vector<UsageUser> users);

// Removes a source and its counts; one undo step. False when there is no such source.
bool removeUsageSource(WorkspaceDocument &doc, Id source);

} // namespace Parcours::Edit
