#include "versionstore.h"

#include "location.h"

#include "formats/workspacejson.h"
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

std::optional<Workspace> readVersionWorkspace(const QString &file, const QString &label,
                                              Streams &io)
{
    const std::unique_ptr<WorkspaceStore> store = openForVersions(file, io);
    if (!store)
        return std::nullopt;
    WorkspaceVersions versions(store->database());
    const std::optional<QByteArray> json = versions.snapshot(label);
    if (!json) {
        fail(io, file, versions.lastError());
        return std::nullopt;
    }
    WorkspaceJson::ReadResult read = WorkspaceJson::read(*json);
    if (!read.workspace) {
        fail(io, file,
             QCoreApplication::translate("Parcours::Cli", "version \"%1\": %2")
                 .arg(label, read.error));
        return std::nullopt;
    }
    return std::move(read.workspace);
}

} // namespace Parcours::Cli
