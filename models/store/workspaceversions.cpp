#include "store/workspaceversions.h"

#include "formats/workspacejson.h"
#include "formats/workspacesnapshot.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Parcours {

WorkspaceVersions::WorkspaceVersions(const QSqlDatabase &db)
    : mDb(db)
{ }

bool WorkspaceVersions::fail(const QString &error)
{
    mError = error;
    return false;
}

QString WorkspaceVersions::dateText(const QDateTime &date)
{
    return date.toUTC().toString(Qt::ISODate);
}

QDateTime WorkspaceVersions::dateFromText(const QString &text)
{
    QDateTime date = QDateTime::fromString(text, Qt::ISODate);
    return date.isValid() ? date.toUTC() : QDateTime();
}

QString WorkspaceVersions::systemUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty()) // cron, a service: the home folder's name
        user = QDir::home().dirName();
    return user;
}

QString WorkspaceVersions::refusedLabel(const QString &label, const std::vector<VersionInfo> &taken)
{
    if (label.trimmed().isEmpty())
        return tr("a version needs a label");
    for (const VersionInfo &info : taken) {
        if (info.label == label)
            return tr("a version labelled \"%1\" exists already; choose another label").arg(label);
    }
    return {};
}

bool WorkspaceVersions::hasTable() const
{
    // A file older than schema 10 opened read-only (not upgraded) has none: no versions.
    if (mDb.driverName() == u"QSQLITE")
        return mDb.tables().contains(u"workspace_version"_s);
    // PostgreSQL (a shared workspace): the table of the schema on the search path.
    QSqlQuery q(mDb);
    return q.exec(u"SELECT to_regclass('workspace_version') IS NOT NULL"_s) && q.next()
        && q.value(0).toBool();
}

std::optional<std::vector<VersionInfo>> WorkspaceVersions::list()
{
    if (!hasTable())
        return std::vector<VersionInfo>();
    QSqlQuery q(mDb);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT label, created_at, author, length(snapshot) FROM workspace_version "
                "ORDER BY id"_s)) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    std::vector<VersionInfo> versions;
    while (q.next()) {
        versions.push_back({q.value(0).toString(), dateFromText(q.value(1).toString()),
                            q.value(2).toString(), q.value(3).toLongLong()});
    }
    return versions;
}

std::optional<QByteArray> WorkspaceVersions::stored(const QString &label)
{
    if (!hasTable()) {
        fail(tr("no version is labelled \"%1\"").arg(label));
        return std::nullopt;
    }
    QSqlQuery q(mDb);
    q.setForwardOnly(true);
    q.prepare(u"SELECT snapshot FROM workspace_version WHERE label = ?"_s);
    q.addBindValue(label);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(tr("no version is labelled \"%1\"").arg(label));
        return std::nullopt;
    }
    return q.value(0).toByteArray();
}

std::optional<Workspace> WorkspaceVersions::workspace(const QString &label)
{
    const std::optional<QByteArray> blob = stored(label);
    if (!blob)
        return std::nullopt;
    WorkspaceSnapshot::ReadResult read = WorkspaceSnapshot::unpack(*blob);
    if (!read.workspace)
        fail(tr("the version \"%1\" is damaged: %2").arg(label, read.error));
    return std::move(read.workspace);
}

std::optional<QByteArray> WorkspaceVersions::snapshot(const QString &label)
{
    const std::optional<QByteArray> blob = stored(label);
    if (!blob)
        return std::nullopt;
    if (!WorkspaceSnapshot::isBinary(*blob)) { // an older snapshot: the JSON itself
        QByteArray json = qUncompress(*blob);
        if (json.isEmpty()) {
            fail(tr("the version \"%1\" is damaged: its snapshot does not uncompress").arg(label));
            return std::nullopt;
        }
        return json;
    }
    const std::optional<Workspace> read = workspace(label);
    if (!read)
        return std::nullopt;
    return WorkspaceJson::write(*read);
}

std::optional<std::vector<StoredVersion>> WorkspaceVersions::all()
{
    const std::optional<std::vector<VersionInfo>> infos = list();
    if (!infos)
        return std::nullopt;
    std::vector<StoredVersion> versions;
    for (const VersionInfo &info : *infos) {
        std::optional<QByteArray> json = snapshot(info.label);
        if (!json)
            return std::nullopt;
        versions.push_back({info, std::move(*json)});
    }
    return versions;
}

bool WorkspaceVersions::save(StoredVersion version)
{
    std::vector<StoredVersion> one;
    one.push_back(std::move(version));
    return save(one);
}

bool WorkspaceVersions::refusedAny(const std::vector<const VersionInfo *> &infos)
{
    const std::optional<std::vector<VersionInfo>> existing = list();
    if (!existing)
        return true;
    std::vector<VersionInfo> taken = *existing;
    for (const VersionInfo *info : infos) {
        if (const QString refused = refusedLabel(info->label, taken); !refused.isEmpty()) {
            fail(refused);
            return true;
        }
        taken.push_back(*info);
    }
    return false;
}

bool WorkspaceVersions::save(std::vector<StoredVersion> &versions)
{
    std::vector<const VersionInfo *> infos;
    infos.reserve(versions.size());
    for (const StoredVersion &version : versions)
        infos.push_back(&version.info);
    if (refusedAny(infos))
        return false;
    std::vector<Row> rows;
    for (StoredVersion &version : versions) {
        const WorkspaceJson::ReadResult read = WorkspaceJson::read(version.snapshot);
        if (!read.workspace)
            return fail(tr("version \"%1\": %2").arg(version.info.label, read.error));
        Row row {&version.info, 0, {}};
        row.stored = WorkspaceSnapshot::pack(*read.workspace, &row.rawSize);
        rows.push_back(std::move(row));
    }
    return insert(rows);
}

std::optional<VersionInfo> WorkspaceVersions::saveWorkspace(VersionInfo info,
                                                            const Workspace &workspace)
{
    if (refusedAny({&info}))
        return std::nullopt;
    Row row {&info, 0, {}};
    row.stored = WorkspaceSnapshot::pack(workspace, &row.rawSize);
    if (!insert({row}))
        return std::nullopt;
    return info;
}

bool WorkspaceVersions::insert(const std::vector<Row> &rows)
{
    if (!mDb.transaction())
        return fail(mDb.lastError().text());
    for (const Row &row : rows) {
        QSqlQuery q(mDb);
        q.prepare(u"INSERT INTO workspace_version (label, created_at, author, snapshot_size, "
                  "snapshot) VALUES (?, ?, ?, ?, ?)"_s);
        q.addBindValue(row.info->label);
        q.addBindValue(dateText(row.info->created));
        q.addBindValue(row.info->author.isNull() ? u""_s : row.info->author); // not NULL
        q.addBindValue(row.rawSize);
        q.addBindValue(row.stored);
        if (!q.exec()) {
            const QString error = q.lastError().text();
            mDb.rollback();
            return fail(error);
        }
        row.info->storedBytes = row.stored.size();
    }
    if (!mDb.commit()) {
        const QString error = mDb.lastError().text();
        mDb.rollback();
        return fail(error);
    }
    return true;
}

} // namespace Parcours
