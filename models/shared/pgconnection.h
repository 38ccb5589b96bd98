#pragma once

#include "store/workspacelocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace Parcours {

// One QPSQL connection to the server of a shared workspace, removed from Qt's registry when
// destroyed. It presents itself as `parcours:WORKSPACE:USER@HOST` (application_name), which
// is how clients see who else has a workspace open, and uses TCP keep-alives so that a cut
// network is noticed within seconds.
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)

public:
    explicit PgConnection(WorkspaceLocation location);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // Connects, giving up after `connectTimeout` seconds (libpq's minimum is 2); on failure
    // `error` says why in words (no password, refused, …).
    bool open(QString *error, int connectTimeout = 4);
    QSqlDatabase &db() { return mDb; }
    bool isOpen() const { return mDb.isOpen(); }
    // Runs one statement without results; on failure `error` gets the server's message.
    bool exec(const QString &sql, QString *error = nullptr);
    // Makes the workspace's schema the default for unqualified names.
    bool useWorkspaceSchema(QString *error);
    // Whether the workspace's schema exists (false with `error` set when the query failed).
    bool schemaExists(bool *exists, QString *error);
    int backendPid();

    static bool driverAvailable();
    // application_name prefix of every client of `location`'s workspace.
    static QString applicationPrefix(const WorkspaceLocation &location);
    // The user@host this client shows to the others.
    static QString userLabel();
    // The server's message without Qt's prefix, e.g. "FATAL: password authentication …".
    static QString message(const QSqlError &error);

private:
    WorkspaceLocation mLocation;
    QString mName;
    QSqlDatabase mDb;
};

} // namespace Parcours
