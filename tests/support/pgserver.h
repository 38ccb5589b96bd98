#pragma once

#include "store/workspacelocation.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Parcours::Testing {

// A throw-away PostgreSQL server for tests and benchmarks: `initdb` in a temporary directory
// and `pg_ctl` on a free port of 127.0.0.1, run as the unprivileged user "nobody" when the
// tests run as root (initdb refuses root). TCP connections need a password (scram-sha-256),
// so the password conventions are exercised. Holds a database "parcours". Stopped and
// deleted when destroyed.
//
// The binaries come from PARCOURS_PG_BINDIR, else Debian's /usr/lib/postgresql/*/bin
// (package postgresql-15), else `pg_config --bindir`.
class PgServer
{
public:
    PgServer();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // Why tests that need a server cannot run here (no binaries, no QPSQL driver), or empty.
    static QString unavailableReason();
    // True when a missing server must fail the tests instead of skipping them (CI sets
    // PARCOURS_REQUIRE_POSTGRES=1).
    static bool required();
    static QString binDir();

    bool start(QString *error);
    bool stop(bool immediate = false, QString *error = nullptr);
    bool restart(QString *error);
    bool isRunning() const { return mRunning; }

    QString host() const;
    int port() const { return mPort; }
    QString database() const;
    static QString adminUser();
    static QString adminPassword();

    // A location of `workspace` for `user` (the password in memory only).
    WorkspaceLocation location(const QString &workspace, const QString &user = adminUser(),
                               const QString &password = adminPassword()) const;
    // The same as a URL, without password (give it through PGPASSWORD or a pgpass file).
    QString url(const QString &workspace, const QString &user = adminUser()) const;

    // Runs statements as the administrator (or `user`) on the "parcours" database.
    bool exec(const QStringList &statements, QString *error = nullptr,
              const QString &user = adminUser(), const QString &password = adminPassword()) const;
    bool createLogin(const QString &name, const QString &password, QString *error = nullptr) const;
    QString log() const;

private:
    bool run(const QString &program, const QStringList &arguments, QString *output,
             int timeoutMs = 60000);

    std::unique_ptr<QTemporaryDir> mDir;
    int mPort = 0;
    bool mRunning = false;
};

} // namespace Parcours::Testing

// In a test's initTestCase(): starts SERVER, or skips the tests saying why there is no server
// here (fails instead where PARCOURS_REQUIRE_POSTGRES=1, as in CI). A macro, since QSKIP and
// QFAIL return from the test function itself.
#define PARCOURS_START_PGSERVER(server)                                                            \
    do {                                                                                           \
        const QString unavailable = PgServer::unavailableReason();                                 \
        if (!unavailable.isEmpty()) {                                                              \
            if (PgServer::required())                                                              \
                QFAIL(qPrintable(unavailable));                                                    \
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL server for these tests: ")              \
                             + unavailable));                                                      \
        }                                                                                          \
        QString startError;                                                                        \
        QVERIFY2((server).start(&startError), qPrintable(startError));                             \
    } while (false)
