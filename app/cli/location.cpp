#include "location.h"

#include "sharedserver.h"
#include "sharedstore.h"
#include "workspacelocation.h"
#include "workspacestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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

QString refusedExportTarget(const QString &workspace, const QString &output)
{
    const QFileInfo target(output);
    if (!target.exists())
        return {};
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Parcours::Cli", text);
    };
    if (!isShared(workspace)
        && target.canonicalFilePath() == QFileInfo(workspace).canonicalFilePath())
        return tr("this is the workspace being exported: choose another output file");
    if (WorkspaceStore::isWorkspaceFile(output))
        return tr("this is a Parcours workspace: an export never replaces one; choose another "
                  "output file");
    return {};
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
