#include "shared/pgconnection.h"

#include "shared/replywatchdog.h"
#include "store/sqldialect.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSysInfo>

#include <atomic>

#ifdef Q_OS_LINUX
#include <dlfcn.h>
#endif

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QString newConnectionName()
{
    static std::atomic<int> counter {0};
    return u"parcours-pg-%1"_s.arg(++counter);
}

// libpq connection parameters; values are single-quoted where they might need it.
QString quotedOption(const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\\', u"\\\\"_s);
    quoted.replace(u'\'', u"\\'"_s);
    return u'\'' + quoted + u'\'';
}

// The deadlines of one request (see replyTimeout() and the class comment).
constexpr std::chrono::milliseconds interactiveReplyTimeout {800};
constexpr std::chrono::milliseconds batchReplyTimeout {15000};
constexpr std::chrono::milliseconds bulkReplyTimeout {600000};
// The watchdog gives the server this long beyond statement_timeout to say so itself: short
// for a window (its GUI thread waits), longer for batch work.
constexpr std::chrono::milliseconds interactiveVerdictGrace {200};
constexpr std::chrono::milliseconds batchVerdictGrace {1000};

std::chrono::milliseconds watchdogDeadline(PgConnection::Pace pace)
{
    return PgConnection::replyTimeout(pace)
        + (pace == PgConnection::Pace::Interactive ? interactiveVerdictGrace : batchVerdictGrace);
}
// Comment on the schema of a workspace whose publishing has not finished.
constexpr auto incompleteMark = u"parcours: publishing, incomplete";

} // namespace

std::chrono::milliseconds PgConnection::replyTimeout(Pace pace)
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("PARCOURS_REPLY_TIMEOUT_MS", &ok);
    if (ok && fromEnvironment > 0)
        return std::chrono::milliseconds(fromEnvironment);
    switch (pace) {
    case Pace::Interactive: return interactiveReplyTimeout;
    case Pace::Batch: return batchReplyTimeout;
    case Pace::Bulk: return bulkReplyTimeout;
    }
    return batchReplyTimeout;
}

PgConnection::PgConnection(WorkspaceLocation location)
    : mLocation(std::move(location))
    , mName(newConnectionName())
{
    mDb = QSqlDatabase::addDatabase(u"QPSQL"_s, mName);
}

PgConnection::~PgConnection()
{
    ReplyWatchdog::instance().unwatch(mSocket);
    mDb.close();
    mDb = QSqlDatabase();
    QSqlDatabase::removeDatabase(mName);
}

bool PgConnection::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(u"QPSQL"_s);
}

QString PgConnection::applicationPrefix(const WorkspaceLocation &location)
{
    return u"parcours:%1:"_s.arg(location.workspace);
}

QString PgConnection::userLabel()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    QString label = user + u'@' + QSysInfo::machineHostName();
    QString safe;
    for (const QChar c : std::as_const(label)) {
        if (c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_' || c == u'@')
            safe += c;
    }
    return safe;
}

QString PgConnection::message(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    text.remove(QRegularExpression(u"\\(\\w{5}\\)$"_s)); // the SQLSTATE QPSQL appends
    return text.simplified();
}

bool PgConnection::open(QString *error, int connectTimeout)
{
    if (!driverAvailable()) {
        if (error)
            *error = tr("the PostgreSQL driver of Qt (QPSQL) is not installed; on Debian "
                        "install libqt6sql6-psql");
        return false;
    }
    mDb.setHostName(mLocation.host);
    mDb.setPort(mLocation.port);
    mDb.setDatabaseName(mLocation.database);
    mDb.setUserName(mLocation.user);
    mDb.setPassword(mLocation.password); // empty: libpq reads PGPASSWORD or ~/.pgpass
    QString applicationName = applicationPrefix(mLocation) + userLabel();
    applicationName.truncate(63);
    QStringList options = {
        u"connect_timeout=%1"_s.arg(connectTimeout),
        u"application_name="_s + quotedOption(applicationName),
        // Notice a cut network: keep-alives, and give up on unacknowledged data after 8 s.
        u"keepalives=1"_s,
        u"keepalives_idle=5"_s,
        u"keepalives_interval=2"_s,
        u"keepalives_count=3"_s,
        u"tcp_user_timeout=8000"_s,
        // The server gives up on a statement after the reply deadline, and says so.
        u"options="_s + quotedOption(u"-c statement_timeout=%1"_s.arg(replyTimeout(mPace).count())),
    };
    if (!mLocation.sslMode.isEmpty())
        options << u"sslmode="_s + mLocation.sslMode;
    mDb.setConnectOptions(options.join(u';'));
    // The connect has the reply deadline too: a window's must not wait libpq's 2 s at least,
    // and Qt's first requests on the new connection (encoding, date style) have no deadline
    // of their own. Cancelled work stops connecting at once.
    ReplyWatchdog &watchdog = ReplyWatchdog::instance();
    const int guard = watchdog.guardConnect(mLocation.port, watchdogDeadline(mPace), mCancelled);
    const bool opened = mDb.open();
    const ReplyWatchdog::Cut cut = watchdog.endGuard(guard);
    if (opened && cut == ReplyWatchdog::Cut::No && !wasCancelled()) {
        mSocket = socket();
        const QVariant handle = mDb.driver()->handle();
        watchdog.watch(mSocket, *static_cast<void *const *>(handle.constData()),
                       watchdogDeadline(mPace), mCancelled);
        return true;
    }
    mConnectCut = cut == ReplyWatchdog::Cut::Deadline;
    if (error)
        *error = mConnectCut || wasCancelled() ? cutMessage() : message(mDb.lastError());
    mDb.close();
    return false;
}

bool PgConnection::setPace(Pace pace, QString *error)
{
    if (pace == mPace)
        return true;
    mPace = pace;
    if (!mDb.isOpen())
        return true;
    const QVariant handle = mDb.driver()->handle();
    ReplyWatchdog::instance().watch(mSocket, *static_cast<void *const *>(handle.constData()),
                                    watchdogDeadline(mPace), mCancelled);
    return exec(u"SET statement_timeout = %1"_s.arg(replyTimeout(mPace).count()), error);
}

int PgConnection::socket() const
{
#ifdef Q_OS_LINUX
    // libpq is loaded with Qt's QPSQL plugin; its PQsocket() names the connection's socket.
    const QVariant handle = mDb.driver()->handle();
    // PGconn is a typedef of struct pg_conn; Qt names the type after either.
    if (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0)
        return -1;
    void *libpq = dlopen("libpq.so.5", RTLD_LAZY | RTLD_NOLOAD);
    if (!libpq)
        return -1;
    using SocketOf = int (*)(const void *);
    const auto socketOf = reinterpret_cast<SocketOf>(dlsym(libpq, "PQsocket"));
    const int socket = socketOf ? socketOf(*static_cast<void *const *>(handle.constData())) : -1;
    dlclose(libpq);
    return socket;
#else
    return -1;
#endif
}

bool PgConnection::timedOut() const
{
    return mConnectCut || ReplyWatchdog::instance().wasCut(mSocket);
}

bool PgConnection::wasCancelled() const
{
    return mCancelled && mCancelled->load();
}

QString PgConnection::cutMessage() const
{
    if (wasCancelled())
        return tr("cancelled");
    // Its name and port, never the password.
    const QString server = mLocation.host.isEmpty() ? tr("local server") : mLocation.host;
    return tr("the server %1:%2 did not answer within %3 s (stalled server or network)")
        .arg(server)
        .arg(mLocation.port)
        .arg(double(replyTimeout(mPace).count()) / 1000.0);
}

QString PgConnection::failure(const QSqlError &error) const
{
    if (timedOut() || wasCancelled())
        return cutMessage();
    return message(error);
}

bool PgConnection::exec(const QString &sql, QString *error)
{
    QSqlQuery q(mDb);
    if (q.exec(sql))
        return true;
    if (error)
        *error = failure(q.lastError());
    return false;
}

bool PgConnection::useWorkspaceSchema(QString *error)
{
    return exec(SqlDialect(SqlEngine::Postgres).useSchemaSql(mLocation.schemaName()), error);
}

bool PgConnection::schemaExists(bool *exists, QString *error, bool *incomplete)
{
    QSqlQuery q(mDb);
    q.prepare(u"SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = ?"_s);
    q.addBindValue(mLocation.schemaName());
    if (!q.exec()) {
        if (error)
            *error = failure(q.lastError());
        return false;
    }
    *exists = q.next();
    if (incomplete)
        *incomplete = *exists && q.value(0).toString() == incompleteMark;
    return true;
}

bool PgConnection::markIncomplete(bool incomplete, QString *error)
{
    const QString schema = SqlDialect::quoteIdentifier(mLocation.schemaName());
    return exec(incomplete ? u"COMMENT ON SCHEMA %1 IS '%2'"_s.arg(schema, incompleteMark)
                           : u"COMMENT ON SCHEMA %1 IS NULL"_s.arg(schema),
                error);
}

int PgConnection::backendPid()
{
    QSqlQuery q(mDb);
    if (q.exec(u"SELECT pg_backend_pid()"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

} // namespace Parcours
