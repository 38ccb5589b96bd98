#pragma once

#include "store/workspacelocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

#include <atomic>
#include <chrono>

namespace Parcours {

// One QPSQL connection to the server of a shared workspace, removed from Qt's registry when
// destroyed. It presents itself as `parcours:WORKSPACE:USER@HOST` (application_name), which
// is how clients see who else has a workspace open, and uses TCP keep-alives so that a cut
// network is noticed within seconds. Every request has a deadline (replyTimeout()): the
// server cancels a statement that runs longer (statement_timeout), and a connection that
// waits longer than that for any answer is cut (ReplyWatchdog), so a stalled server or
// network ends in an error, never in a wait without end.
//
// The window's connections (Interactive) must never hold the GUI thread for more than about
// a second: 0.8 s for the server to run a statement, and the watchdog cuts a connection that
// has heard nothing for 0.8 + 0.2 s. Its requests are small (an edit, a heartbeat, catching
// up on others' edits) or stream their rows, which keeps the watchdog quiet however long
// they take; a window asks for it once its workspace is open (SharedStore::useWindowPace).
// Long work runs at the Batch pace: opening a workspace (schema checks, an upgrade, the
// first read), publishing, the command line; a full re-read raises the server's limit for
// its own transaction (SharedStore::reloadAll). A window runs the first two on a thread of
// their own, with a connection made and closed there (Qt 6.4 cannot hand a QSqlDatabase
// connection to another thread): SharedStore::readSnapshot, and publishing behind a
// progress dialog.
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)

public:
    explicit PgConnection(WorkspaceLocation location);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // Connects, giving up after `connectTimeout` seconds (libpq's minimum is 2); on failure
    // `error` says why in words (no password, refused, …). A server that sends nothing for
    // the reply deadline (ReplyWatchdog) fails it sooner: about 1 s at the Interactive pace.
    bool open(QString *error, int connectTimeout = 4);
    // Work someone may cancel from another thread: once `*cancelled` turns true, the
    // connection (or its connect) is cut and every request fails with "cancelled". Set before
    // open(); `cancelled` must outlive the connection.
    void setCancelFlag(const std::atomic<bool> *cancelled) { mCancelled = cancelled; }
    bool wasCancelled() const;
    // What a request may take: Interactive for a window's connections (the window waits for
    // them), Batch for publishing and the command line. PARCOURS_REPLY_TIMEOUT_MS overrides
    // both (tests). Bulk: streaming and aggregating an events import on the server (minutes,
    // while the server takes rows without answering). Set before open().
    enum class Pace { Interactive, Batch, Bulk };
    // Set before open(), or later to change the deadlines of an open connection.
    bool setPace(Pace pace, QString *error = nullptr);
    static std::chrono::milliseconds replyTimeout(Pace pace);
    // Whether the connection was cut because the server did not answer in time.
    bool timedOut() const;
    // The error for a failed request: the server's message, or that it did not answer.
    QString failure(const QSqlError &error) const;
    QSqlDatabase &db() { return mDb; }
    bool isOpen() const { return mDb.isOpen(); }
    // Runs one statement without results; on failure `error` gets the server's message.
    bool exec(const QString &sql, QString *error = nullptr);
    // Makes the workspace's schema the default for unqualified names.
    bool useWorkspaceSchema(QString *error);
    // Whether the workspace's schema exists (false with `error` set when the query failed),
    // and whether it is marked incomplete (a publish that never finished, see markIncomplete).
    bool schemaExists(bool *exists, QString *error, bool *incomplete = nullptr);
    // Marks the schema as being published, or (in the publishing transaction) as complete.
    bool markIncomplete(bool incomplete, QString *error);
    int backendPid();

    static bool driverAvailable();
    // application_name prefix of every client of `location`'s workspace.
    static QString applicationPrefix(const WorkspaceLocation &location);
    // The user@host this client shows to the others.
    static QString userLabel();
    // The server's message without Qt's prefix, e.g. "FATAL: password authentication …".
    static QString message(const QSqlError &error);

private:
    int socket() const;

    WorkspaceLocation mLocation;
    QString mName;
    QSqlDatabase mDb;
    QString cutMessage() const;

    Pace mPace = Pace::Batch;
    const std::atomic<bool> *mCancelled = nullptr;
    bool mConnectCut = false; // the connect was cut for its deadline
    int mSocket = -1; // watched by ReplyWatchdog while open
};

} // namespace Parcours
