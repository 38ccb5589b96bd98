#include "shared/sharedversions.h"

#include "shared/pgconnection.h"
#include "store/migrations.h"
#include "store/workspaceversions.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Parcours {

SharedVersions::SharedVersions(WorkspaceLocation location)
    : mLocation(std::move(location))
{ }

bool SharedVersions::connect(PgConnection &connection)
{
    connection.setPace(PgConnection::Pace::Batch);
    bool exists = false;
    if (!connection.open(&mError) || !connection.schemaExists(&exists, &mError))
        return false;
    if (!exists) {
        mError = tr("no shared workspace named %1 on this server").arg(mLocation.workspace);
        return false;
    }
    if (!connection.useWorkspaceSchema(&mError))
        return false;
    if (Migrations::schemaVersion(connection.db(), SqlEngine::Postgres) < versionsSchemaVersion) {
        mError = tr("the shared workspace keeps no versions until a Parcours that knows them "
                    "opens it for editing (its format is older)");
        return false;
    }
    return true;
}

std::optional<std::vector<VersionInfo>> SharedVersions::list()
{
    PgConnection connection(mLocation);
    if (!connect(connection))
        return std::nullopt;
    WorkspaceVersions versions(connection.db());
    std::optional<std::vector<VersionInfo>> list = versions.list();
    if (!list)
        mError = versions.lastError();
    return list;
}

std::optional<Workspace> SharedVersions::workspace(const QString &label)
{
    PgConnection connection(mLocation);
    if (!connect(connection))
        return std::nullopt;
    WorkspaceVersions versions(connection.db());
    std::optional<Workspace> workspace = versions.workspace(label);
    if (!workspace)
        mError = versions.lastError();
    return workspace;
}

std::optional<VersionInfo> SharedVersions::save(const QString &label, const Workspace &workspace)
{
    PgConnection connection(mLocation);
    if (!connect(connection))
        return std::nullopt;
    QSqlQuery user(connection.db());
    QString author;
    if (user.exec(u"SELECT current_user"_s) && user.next())
        author = user.value(0).toString();
    WorkspaceVersions versions(connection.db());
    std::optional<VersionInfo> saved
        = versions.saveWorkspace({label, QDateTime::currentDateTimeUtc(), author, 0}, workspace);
    if (!saved)
        mError = versions.lastError();
    return saved;
}

} // namespace Parcours
