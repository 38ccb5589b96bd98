#pragma once

#include "subcommand.h"

#include "domain/workspace.h"
#include "domain/workspaceversion.h"
#include "shared/sharedversions.h"

#include <optional>
#include <vector>

namespace Parcours::Cli {

// The labelled versions of a workspace (issue 23) for the command line. Each helper reports
// "parcours: FILE: reason" and returns nullopt on failure. A shared workspace keeps its
// versions on its server (SharedVersions); JSON export does not carry them yet.

// Every version with its snapshot, read-only.
std::optional<std::vector<StoredVersion>> readAllVersions(const QString &file, Streams &io);

// The versions of a shared workspace (postgresql://…); nullopt after saying why the location
// does not parse.
std::optional<SharedVersions> sharedVersions(const QString &location, Streams &io);

// The workspace a version holds, read-only.
std::optional<Workspace> readVersionWorkspace(const QString &file, const QString &label,
                                              Streams &io);

// Why a location's versions cannot be exported with it (a shared workspace's), or empty.
QString versionsRefusedFor(const QString &location);

} // namespace Parcours::Cli
