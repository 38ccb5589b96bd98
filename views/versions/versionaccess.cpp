#include "versions/versionaccess.h"

#include "document/workspacedocument.h"
#include "shared/sharedstore.h"
#include "shared/sharedversions.h"
#include "store/workspaceversions.h"

#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// The document's own writable SQLite connection to its file. WorkspaceDocument does not hand
// out its store, so it is found in Qt's connection registry by file name (the store names its
// connections "parcours-store-N"), the writable one first: a read-only workspace has only a
// read-only one. A StoreBackend entry point for versions would replace this (issue 23).
std::optional<QSqlDatabase> connectionOf(const WorkspaceDocument &document)
{
    const QString path = document.filePath();
    std::optional<QSqlDatabase> readOnly;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (!name.startsWith(u"parcours-store-"_s))
            continue;
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isOpen() || db.databaseName() != path)
            continue;
        if (!db.connectOptions().contains(u"QSQLITE_OPEN_READONLY"_s))
            return db;
        readOnly = db;
    }
    return readOnly;
}

} // namespace

VersionAccess::VersionAccess(WorkspaceDocument *document)
    : mDocument(document)
{ }

bool VersionAccess::fail(const QString &error)
{
    mError = error;
    return false;
}

QString VersionAccess::unavailableReason() const
{
    if (!mDocument)
        return tr("No workspace is open.");
    return {};
}

QString VersionAccess::author() const
{
    if (const SharedStore *shared = mDocument ? mDocument->sharedStore() : nullptr) {
        if (!shared->workspaceLocation().user.isEmpty())
            return shared->workspaceLocation().user;
    }
    return WorkspaceVersions::systemUserName();
}

bool VersionAccess::canSave() const
{
    return unavailableReason().isEmpty() && !mDocument->isReadOnly();
}

std::optional<std::vector<VersionInfo>> VersionAccess::list()
{
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        fail(reason);
        return std::nullopt;
    }
    if (SharedStore *shared = mDocument->sharedStore()) {
        SharedVersions versions(shared->workspaceLocation());
        std::optional<std::vector<VersionInfo>> all = versions.list();
        if (!all)
            fail(versions.lastError());
        return all;
    }
    const std::optional<QSqlDatabase> db = connectionOf(*mDocument);
    if (!db) {
        fail(tr("The versions of %1 cannot be read.").arg(mDocument->displayName()));
        return std::nullopt;
    }
    WorkspaceVersions versions(*db);
    std::optional<std::vector<VersionInfo>> all = versions.list();
    if (!all)
        fail(versions.lastError());
    return all;
}

std::optional<Workspace> VersionAccess::read(const QString &label)
{
    if (SharedStore *shared = mDocument ? mDocument->sharedStore() : nullptr) {
        SharedVersions versions(shared->workspaceLocation());
        std::optional<Workspace> workspace = versions.workspace(label);
        if (!workspace)
            fail(versions.lastError());
        return workspace;
    }
    const std::optional<QSqlDatabase> db = mDocument ? connectionOf(*mDocument) : std::nullopt;
    if (!db) {
        fail(unavailableReason().isEmpty() ? tr("The versions cannot be read.")
                                           : unavailableReason());
        return std::nullopt;
    }
    WorkspaceVersions versions(*db);
    std::optional<Workspace> workspace = versions.workspace(label);
    if (!workspace)
        fail(versions.lastError());
    return workspace;
}

bool VersionAccess::save(const QString &label)
{
    if (!canSave())
        return fail(mDocument ? (unavailableReason().isEmpty() ? mDocument->readOnlyReason()
                                                               : unavailableReason())
                              : unavailableReason());
    if (SharedStore *shared = mDocument->sharedStore()) {
        // On the server, by the connected PostgreSQL user.
        SharedVersions versions(shared->workspaceLocation());
        if (!versions.save(label, mDocument->workspace()))
            return fail(versions.lastError());
        return true;
    }
    const std::optional<QSqlDatabase> db = connectionOf(*mDocument);
    if (!db)
        return fail(tr("The version cannot be saved in %1.").arg(mDocument->displayName()));
    WorkspaceVersions versions(*db);
    const VersionInfo info {label, QDateTime::currentDateTimeUtc(),
                            WorkspaceVersions::systemUserName(), 0};
    if (!versions.saveWorkspace(info, mDocument->workspace()))
        return fail(versions.lastError());
    return true;
}

} // namespace Parcours
