#include "location.h"

#include "sharedserver.h"
#include "sharedstore.h"
#include "workspacelocation.h"
#include "workspacestore.h"

#include <QDir>

namespace Parcours::Cli {

bool isShared(const QString &location)
{
    return WorkspaceLocation::looksShared(location);
}

QString displayLocation(const QString &location)
{
    if (!isShared(location))
        return QDir::toNativeSeparators(location);
    const std::optional<WorkspaceLocation> parsed = WorkspaceLocation::parse(location);
    return parsed ? parsed->toString() : location;
}

std::optional<ReadWorkspace> readWorkspace(const QString &location, Streams &io)
{
    if (!isShared(location)) {
        WorkspaceStore::OpenResult opened
            = WorkspaceStore::open(location, WorkspaceStore::Access::ReadOnly);
        if (!opened.store) {
            fail(io, location, opened.error);
            return std::nullopt;
        }
        return ReadWorkspace {std::move(opened.workspace), opened.migration.fromVersion};
    }
    QString error;
    const std::optional<WorkspaceLocation> parsed = WorkspaceLocation::parse(location, &error);
    if (!parsed) {
        fail(io, location, error);
        return std::nullopt;
    }
    SharedStore::OpenResult opened = SharedStore::open(*parsed, WorkspaceStore::Access::ReadOnly);
    if (!opened.store) {
        fail(io, location, opened.error);
        return std::nullopt;
    }
    return ReadWorkspace {std::move(opened.workspace), opened.schemaVersion};
}

QStringList checkWorkspace(const QString &location)
{
    if (!isShared(location))
        return WorkspaceStore::check(location);
    QString error;
    const std::optional<WorkspaceLocation> parsed = WorkspaceLocation::parse(location, &error);
    if (!parsed)
        return {error};
    return SharedServer::check(*parsed);
}

} // namespace Parcours::Cli
