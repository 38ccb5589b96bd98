#include "store/workspaceversions.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// zlib level 9: a version is written once and read rarely, so the smallest file wins.
constexpr int compressionLevel = 9;

} // namespace

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
    return mDb.tables().contains(u"workspace_version"_s);
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

std::optional<QByteArray> WorkspaceVersions::snapshot(const QString &label)
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
    QByteArray json = qUncompress(q.value(0).toByteArray());
    if (json.isEmpty()) {
        fail(tr("the version \"%1\" is damaged: its snapshot does not uncompress").arg(label));
        return std::nullopt;
    }
    return json;
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

bool WorkspaceVersions::save(std::vector<StoredVersion> &versions)
{
    const std::optional<std::vector<VersionInfo>> existing = list();
    if (!existing)
        return false;
    std::vector<VersionInfo> taken = *existing;
    for (const StoredVersion &version : versions) {
        if (const QString refused = refusedLabel(version.info.label, taken); !refused.isEmpty())
            return fail(refused);
        taken.push_back(version.info);
    }
    if (!mDb.transaction())
        return fail(mDb.lastError().text());
    for (StoredVersion &version : versions) {
        const QByteArray compressed = qCompress(version.snapshot, compressionLevel);
        QSqlQuery q(mDb);
        q.prepare(u"INSERT INTO workspace_version (label, created_at, author, snapshot_size, "
                  "snapshot) VALUES (?, ?, ?, ?, ?)"_s);
        q.addBindValue(version.info.label);
        q.addBindValue(dateText(version.info.created));
        q.addBindValue(version.info.author.isNull() ? u""_s : version.info.author); // not NULL
        q.addBindValue(qint64(version.snapshot.size()));
        q.addBindValue(compressed);
        if (!q.exec()) {
            const QString error = q.lastError().text();
            mDb.rollback();
            return fail(error);
        }
        version.info.storedBytes = compressed.size();
    }
    if (!mDb.commit()) {
        const QString error = mDb.lastError().text();
        mDb.rollback();
        return fail(error);
    }
    return true;
}

} // namespace Parcours
