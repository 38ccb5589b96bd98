#pragma once

#include "domain/workspaceversion.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace Parcours {

// The labelled, immutable versions kept in a workspace's database (table workspace_version,
// schema 10): each the workspace JSON compressed with qCompress. Nothing here runs when a
// workspace opens; versions are read only when asked for.
class WorkspaceVersions
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceVersions)

public:
    explicit WorkspaceVersions(const QSqlDatabase &db);

    // The versions, oldest first, without their snapshots; nullopt on failure (lastError()).
    std::optional<std::vector<VersionInfo>> list();
    // The workspace JSON of the version labelled `label`; nullopt when there is none or it
    // cannot be read (lastError()).
    std::optional<QByteArray> snapshot(const QString &label);
    // Adds versions in one transaction: all of them or none, also when the process is killed.
    // Refuses an empty or taken label (lastError() says which). Each info's storedBytes is
    // filled in.
    bool save(std::vector<StoredVersion> &versions);
    bool save(StoredVersion version);
    // Every version with its snapshot (Save As from memory, JSON export).
    std::optional<std::vector<StoredVersion>> all();
    QString lastError() const { return mError; }

    // Why `label` cannot name a new version beside `taken`; empty when it can.
    static QString refusedLabel(const QString &label, const std::vector<VersionInfo> &taken);
    // The author recorded when nobody else is known: the operating system's user name.
    static QString systemUserName();
    // Dates as the table stores them: ISO 8601 in UTC, to the second.
    static QString dateText(const QDateTime &date);
    static QDateTime dateFromText(const QString &text);

private:
    bool hasTable() const;
    bool fail(const QString &error);

    QSqlDatabase mDb;
    QString mError;
};

} // namespace Parcours
