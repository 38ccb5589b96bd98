#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Parcours {

// Where a workspace lives: a file, or a shared workspace on a PostgreSQL server written as
//   postgresql://USER@HOST:PORT/DATABASE?workspace=NAME[&sslmode=MODE]
// Every command-line mode and the File menu accept both. A shared workspace NAME is a schema
// `parcours_NAME` in DATABASE (see docs/SHARED-WORKSPACES.md).
struct WorkspaceLocation
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLocation)

public:
    QString path; // a file; empty for a shared workspace

    QString host; // empty: libpq's default (local socket)
    int port = 5432;
    QString database; // empty: libpq's default (the user name)
    QString user; // empty: libpq's default (PGUSER or the login name)
    QString workspace;
    QString sslMode; // disable, allow, prefer, require, verify-ca, verify-full; empty: prefer
    // Only in memory: from the connection dialog, the keychain or a URL given by hand.
    // Without one, libpq reads PGPASSWORD or ~/.pgpass.
    QString password;

    bool isShared() const { return path.isEmpty(); }

    // True for text that names a shared workspace (starts with postgresql:// or postgres://).
    static bool looksShared(const QString &text);
    // A file path or a postgresql:// URL; nullopt with `error` set when the URL is malformed.
    static std::optional<WorkspaceLocation> parse(const QString &text, QString *error = nullptr);
    static WorkspaceLocation file(const QString &path);

    // The URL without the password (shared) or the path (file), safe to show and to store.
    QString toString() const;
    // `text` as a message may show it: a location's URL without its password, even when the
    // URL is malformed (then the password shows as ***); any other text unchanged.
    static QString redacted(const QString &text);
    // For a title bar: "NAME on HOST/DATABASE" or the file name.
    QString displayName() const;
    // Key under which the password is kept in the system keychain.
    QString keychainKey() const;

    // PostgreSQL schema that holds the workspace's tables; also the channel its clients
    // LISTEN on.
    QString schemaName() const;
    // Group roles that `parcours admin init-server` creates for it.
    QString editorRole() const;
    QString viewerRole() const;

    static bool isValidWorkspaceName(const QString &name);
    static QStringList sslModes();

    friend bool operator==(const WorkspaceLocation &a, const WorkspaceLocation &b)
    {
        return a.toString() == b.toString();
    }
};

} // namespace Parcours
