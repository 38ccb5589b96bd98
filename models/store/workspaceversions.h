#pragma once

#include "domain/workspace.h"
#include "domain/workspaceversion.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace Parcours {

// The labelled, immutable versions kept in a workspace's database (table workspace_version,
// schema 10): each a WorkspaceSnapshot (binary and compressed; older ones compressed JSON).
// Nothing here runs when a workspace opens; versions are read only when asked for.
//
// Saving and reading a version as a Workspace (saveWorkspace(), workspace()) is the fast
// path; the StoredVersion calls carry the workspace JSON for JSON export and import.
class WorkspaceVersions
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceVersions)

public:
    explicit WorkspaceVersions(const QSqlDatabase &db);

    // The versions, oldest first, without their snapshots; nullopt on failure (lastError()).
    std::optional<std::vector<VersionInfo>> list();
    // The workspace of the version labelled `label`; nullopt when there is none or it cannot
    // be read (lastError()).
    std::optional<Workspace> workspace(const QString &label);
    // Saves `workspace` as a new version: in one transaction, refused when the label is empty
    // or taken. Returns `info` with its storedBytes filled in; nullopt on failure.
    std::optional<VersionInfo> saveWorkspace(VersionInfo info, const Workspace &workspace);

    // The workspace JSON of the version labelled `label`; nullopt when there is none or it
    // cannot be read (lastError()).
    std::optional<QByteArray> snapshot(const QString &label);
    // Adds versions given as workspace JSON in one transaction: all of them or none, also when
    // the process is killed. Refuses an empty or taken label or a snapshot that does not read
    // (lastError() says which). Each info's storedBytes is filled in.
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
    struct Row
    {
        VersionInfo *info;
        qint64 rawSize;
        QByteArray stored;
    };
    bool insert(const std::vector<Row> &rows);
    bool refusedAny(const std::vector<const VersionInfo *> &infos);
    std::optional<QByteArray> stored(const QString &label);
    bool hasTable() const;
    bool fail(const QString &error);

    QSqlDatabase mDb;
    QString mError;
};

} // namespace Parcours
