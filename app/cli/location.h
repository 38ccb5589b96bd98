#pragma once

#include "domain/workspace.h"
#include "subcommand.h"

#include <optional>

namespace Parcours::Cli {

// Every command-line mode takes a workspace as a file path or as a shared workspace on a
// PostgreSQL server, postgresql://USER@HOST:PORT/DB?workspace=NAME (password from PGPASSWORD
// or ~/.pgpass). These helpers open either.

struct ReadWorkspace
{
    Workspace workspace;
    int schemaVersion = 0;
};

// Reads a workspace without changing it; on failure reports "parcours: LOCATION: reason"
// and returns nullopt. `outline`: a file's outline only (StoreReader::readOutline(), for
// `parcours info`); a shared workspace is read whole.
std::optional<ReadWorkspace> readWorkspace(const QString &location, Streams &io,
                                           bool outline = false);

// Why an export must not write to `output`, or empty: it never replaces the workspace it
// reads, nor any Parcours workspace (a window may have it open, and its work would be lost
// without a word).
QString refusedExportTarget(const QString &workspace, const QString &output);
// "the folder F does not exist" when `output` (a file to write) is in a folder that does not
// exist, else empty: said before any work, and more plainly than the system's "No such file
// or directory".
QString missingOutputFolder(const QString &output);

// What `parcours check` finds wrong with a workspace; empty when it is sound.
QStringList checkWorkspace(const QString &location);

// True for a postgresql:// location.
bool isShared(const QString &location);

// A location as messages show it: native separators for a file, no password for a URL
// (not even a malformed one).
QString displayLocation(const QString &location);

// When several journeys (personas) of the workspace are named `name`, the error saying which:
// "2 journeys are named "X" (numbers 1, 3 in the workspace's order); …". Else empty.
QString sharedJourneyName(const Workspace &workspace, const QString &name);
QString sharedPersonaName(const Workspace &workspace, const QString &name);

} // namespace Parcours::Cli
