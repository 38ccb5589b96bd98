#include "shared/pgconnection.h"

#include "store/sqldialect.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSysInfo>

#include <atomic>

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

} // namespace

PgConnection::PgConnection(WorkspaceLocation location)
    : mLocation(std::move(location))
    , mName(newConnectionName())
{
    mDb = QSqlDatabase::addDatabase(u"QPSQL"_s, mName);
}

PgConnection::~PgConnection()
{
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
    };
    if (!mLocation.sslMode.isEmpty())
        options << u"sslmode="_s + mLocation.sslMode;
    mDb.setConnectOptions(options.join(u';'));
    if (mDb.open())
        return true;
    if (error)
        *error = message(mDb.lastError());
    return false;
}

bool PgConnection::exec(const QString &sql, QString *error)
{
    QSqlQuery q(mDb);
    if (q.exec(sql))
        return true;
    if (error)
        *error = message(q.lastError());
    return false;
}

bool PgConnection::useWorkspaceSchema(QString *error)
{
    return exec(SqlDialect(SqlEngine::Postgres).useSchemaSql(mLocation.schemaName()), error);
}

bool PgConnection::schemaExists(bool *exists, QString *error)
{
    QSqlQuery q(mDb);
    q.prepare(u"SELECT count(*) FROM pg_namespace WHERE nspname = ?"_s);
    q.addBindValue(mLocation.schemaName());
    if (!q.exec() || !q.next()) {
        if (error)
            *error = message(q.lastError());
        return false;
    }
    *exists = q.value(0).toInt() > 0;
    return true;
}

int PgConnection::backendPid()
{
    QSqlQuery q(mDb);
    if (q.exec(u"SELECT pg_backend_pid()"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

} // namespace Parcours
