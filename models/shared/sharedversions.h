#pragma once

#include "domain/workspace.h"
#include "domain/workspaceversion.h"
#include "store/workspacelocation.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace Parcours {

class PgConnection;

// The labelled versions of a shared workspace, kept on its server (issue 23): the shared
// schema's workspace_version table (the same schema step as a file's, bytea snapshots in the
// same WorkspaceSnapshot form), read and written through WorkspaceVersions on a connection of
// its own at the Batch pace. The author of a version is the PostgreSQL user who saved it.
// Rows are only ever inserted.
class SharedVersions
{
    Q_DECLARE_TR_FUNCTIONS(SharedVersions)

public:
    explicit SharedVersions(WorkspaceLocation location);

    std::optional<std::vector<VersionInfo>> list();
    std::optional<Workspace> workspace(const QString &label);
    // Saves `workspace` labelled `label`, dated now, by the connected user.
    std::optional<VersionInfo> save(const QString &label, const Workspace &workspace);
    QString lastError() const { return mError; }

private:
    // Opens `connection` on the workspace's schema; false (lastError()) when it cannot be, or
    // the workspace is older than versions.
    bool connect(PgConnection &connection);

    WorkspaceLocation mLocation;
    QString mError;
};

} // namespace Parcours
