#pragma once

#include "domain/workspace.h"
#include "domain/workspaceversion.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace Parcours {

class WorkspaceDocument;

// The labelled versions (issue 23) of the workspace open in a window, read and written through
// the document's own connection to its file (a process never opens a second descriptor on a
// file it writes: see docs/ARCHITECTURE.md, "The file"). Versions are read only when asked for.
class VersionAccess
{
    Q_DECLARE_TR_FUNCTIONS(VersionAccess)

public:
    explicit VersionAccess(WorkspaceDocument *document);

    // Why this workspace keeps no versions (none is open); empty when it does. A shared
    // workspace keeps them on its server (SharedVersions), a file in itself.
    QString unavailableReason() const;
    bool canSave() const;

    // Oldest first; nullopt on failure (error()).
    std::optional<std::vector<VersionInfo>> list();
    // The workspace the version labelled `label` holds; nullopt on failure (error()).
    std::optional<Workspace> read(const QString &label);
    // Saves what is on screen now (every edit is written as it is made, so it is also what the
    // file holds unless a write failed) as version `label`, with the user's name as author.
    bool save(const QString &label);
    // Who a saved version names: the PostgreSQL user of a shared workspace, else the system's.
    QString author() const;
    QString error() const { return mError; }

private:
    bool fail(const QString &error);

    WorkspaceDocument *mDocument;
    QString mError;
};

} // namespace Parcours
