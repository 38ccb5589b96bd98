#include "versionstore.h"

#include "location.h"

#include "shared/sharedversions.h"
#include "store/workspacestore.h"
#include "store/workspaceversions.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

QString versionsRefusedFor(const QString &location)
{
    if (!isShared(location))
        return {};
    return QCoreApplication::translate("Parcours::Cli",
                                       "shared workspaces keep no versions yet: save the "
                                       "version in a copy of it (File > Save As)");
}

namespace {

// `file` opened read-only to read its versions; null, after saying why, when it can't be.
std::unique_ptr<WorkspaceStore> openForVersions(const QString &file, Streams &io)
{
    if (const QString refused = versionsRefusedFor(file); !refused.isEmpty()) {
        fail(io, file, refused);
        return nullptr;
    }
    WorkspaceStore::OpenResult opened = WorkspaceStore::open(file, WorkspaceStore::Access::ReadOnly,
                                                             WorkspaceStore::Reading::Outline);
    if (!opened.store)
        fail(io, file, opened.error);
    return std::move(opened.store);
}

} // namespace

std::optional<std::vector<StoredVersion>> readAllVersions(const QString &file, Streams &io)
{
    const std::unique_ptr<WorkspaceStore> store = openForVersions(file, io);
    if (!store)
        return std::nullopt;
    WorkspaceVersions versions(store->database());
    std::optional<std::vector<StoredVersion>> all = versions.all();
    if (!all)
        fail(io, file, versions.lastError());
    return all;
}

std::optional<SharedVersions> sharedVersions(const QString &location, Streams &io)
{
    QString error;
    std::optional<WorkspaceLocation> parsed = WorkspaceLocation::parse(location, &error);
    if (!parsed) {
        fail(io, location, error);
        return std::nullopt;
    }
    return SharedVersions(std::move(*parsed));
}

std::optional<Workspace> readVersionWorkspace(const QString &file, const QString &label,
                                              Streams &io)
{
    if (isShared(file)) {
        std::optional<SharedVersions> shared = sharedVersions(file, io);
        if (!shared)
            return std::nullopt;
        std::optional<Workspace> workspace = shared->workspace(label);
        if (!workspace)
            fail(io, file, shared->lastError());
        return workspace;
    }
    const std::unique_ptr<WorkspaceStore> store = openForVersions(file, io);
    if (!store)
        return std::nullopt;
    WorkspaceVersions versions(store->database());
    std::optional<Workspace> workspace = versions.workspace(label);
    if (!workspace)
        fail(io, file, versions.lastError());
    return workspace;
}

} // namespace Parcours::Cli
