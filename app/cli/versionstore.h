#pragma once

#include "subcommand.h"

#include "domain/workspace.h"
#include "domain/workspaceversion.h"

#include <optional>
#include <vector>

namespace Parcours::Cli {

// The labelled versions of a workspace file (issue 23) for the command line. Each helper
// reports "parcours: FILE: reason" and returns nullopt on failure. Shared workspaces keep no
// versions yet: refused with a message.

// Every version with its snapshot, read-only.
std::optional<std::vector<StoredVersion>> readAllVersions(const QString &file, Streams &io);

// The workspace a version holds, read-only.
std::optional<Workspace> readVersionWorkspace(const QString &file, const QString &label,
                                              Streams &io);

// Why a location cannot keep versions, or empty.
QString versionsRefusedFor(const QString &location);

} // namespace Parcours::Cli
