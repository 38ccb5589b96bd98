#include "pgserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>

#include <atomic>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Parcours::Testing {

namespace {

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return geteuid() == 0;
#else
    return false;
#endif
}

// Hands a path over to "nobody", so that a server run as nobody may use it.
bool giveToNobody(const QString &path)
{
#ifdef Q_OS_UNIX
    const passwd *nobody = getpwnam("nobody");
    if (!nobody)
        return false;
    return chown(QFile::encodeName(path).constData(), nobody->pw_uid, nobody->pw_gid) == 0;
#else
    Q_UNUSED(path);
    return true;
#endif
}

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

QString connectionName()
{
    static std::atomic<int> counter {0};
    return u"pgserver-admin-%1"_s.arg(++counter);
}

} // namespace

PgServer::PgServer() = default;

PgServer::~PgServer()
{
    if (mRunning)
        stop(true);
}

QString PgServer::binDir()
{
    QString configured = qEnvironmentVariable("PARCOURS_PG_BINDIR");
    if (!configured.isEmpty())
        return configured;
    QDir debian(u"/usr/lib/postgresql"_s);
    QStringList versions = debian.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : std::as_const(versions)) {
        QString dir = debian.filePath(version + u"/bin"_s);
        if (QFile::exists(dir + u"/initdb"_s))
            return dir;
    }
    QProcess config;
    config.start(u"pg_config"_s, {u"--bindir"_s});
    if (config.waitForFinished(5000) && config.exitCode() == 0) {
        QString dir = QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
        if (QFile::exists(dir + u"/initdb"_s))
            return dir;
    }
    return {};
}

bool PgServer::required()
{
    return qEnvironmentVariableIntValue("PARCOURS_REQUIRE_POSTGRES") == 1;
}

QString PgServer::unavailableReason()
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return u"Qt's PostgreSQL driver QPSQL is not installed (Debian: libqt6sql6-psql)"_s;
    const QString dir = binDir();
    if (dir.isEmpty() || !QFile::exists(dir + u"/pg_ctl"_s))
        return u"PostgreSQL server binaries (initdb, pg_ctl) not found (Debian: postgresql-15; "
               "or set PARCOURS_PG_BINDIR)"_s;
    if (runningAsRoot() && QStandardPaths::findExecutable(u"runuser"_s).isEmpty())
        return u"running as root, but runuser (util-linux) is missing to start PostgreSQL as "
               "an unprivileged user"_s;
    return {};
}

bool PgServer::run(const QString &program, const QStringList &arguments, QString *output,
                   int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(mDir->path());
    if (runningAsRoot())
        process.start(u"runuser"_s,
                      QStringList {u"-u"_s, u"nobody"_s, u"--"_s, program} + arguments);
    else
        process.start(program, arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    if (!finished) {
        process.kill();
        process.waitForFinished();
        if (output)
            *output += u"\n(timed out)"_s;
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PgServer::start(QString *error)
{
    const QString why = unavailableReason();
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    // Short path: the server's socket directory must stay under 107 bytes.
    mDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/parcours-pg-XXXXXX"_s);
    if (!mDir->isValid()) {
        *error = u"cannot make a temporary directory"_s;
        return false;
    }
    {
        QFile pw(mDir->filePath(u"pw"_s));
        if (!pw.open(QIODevice::WriteOnly)) {
            *error = pw.errorString();
            return false;
        }
        pw.write(adminPassword().toUtf8() + '\n');
    }
    if (runningAsRoot()
        && (!giveToNobody(mDir->path()) || !giveToNobody(mDir->filePath(u"pw"_s)))) {
        *error = u"cannot hand the temporary directory to user nobody"_s;
        return false;
    }
    QString output;
    const QString bin = binDir();
    if (!run(bin + u"/initdb"_s,
             {u"-D"_s, mDir->filePath(u"data"_s), u"-U"_s, adminUser(),
              u"--pwfile="_s + mDir->filePath(u"pw"_s), u"--auth-local=trust"_s,
              u"--auth-host=scram-sha-256"_s, u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s,
              u"--no-sync"_s, u"--no-instructions"_s},
             &output)) {
        *error = u"initdb failed: "_s + output;
        return false;
    }
    mPort = freePort();
    if (!mPort) {
        *error = u"no free port on 127.0.0.1"_s;
        return false;
    }
    if (!restart(error))
        return false;
    return exec({u"CREATE DATABASE parcours"_s}, error, adminUser(), adminPassword())
        || (stop(true), false);
}

bool PgServer::restart(QString *error)
{
    QString output;
    const QString options
        = u"-k %1 -h 127.0.0.1 -p %2 -c max_connections=150"
          " -c shared_buffers=32MB -c log_min_messages=warning"_s.arg(mDir->path())
              .arg(mPort);
    if (!run(binDir() + u"/pg_ctl"_s,
             {u"-D"_s, mDir->filePath(u"data"_s), u"-l"_s, mDir->filePath(u"server.log"_s), u"-w"_s,
              u"-t"_s, u"60"_s, u"-o"_s, options, u"start"_s},
             &output, 90000)) {
        *error = u"pg_ctl start failed: "_s + output + u"\n"_s + log();
        return false;
    }
    mRunning = true;
    return true;
}

bool PgServer::stop(bool immediate, QString *error)
{
    if (!mRunning)
        return true;
    QString output;
    const bool ok = run(binDir() + u"/pg_ctl"_s,
                        {u"-D"_s, mDir->filePath(u"data"_s), u"-m"_s,
                         immediate ? u"immediate"_s : u"fast"_s, u"-w"_s, u"stop"_s},
                        &output);
    if (ok)
        mRunning = false;
    else if (error)
        *error = u"pg_ctl stop failed: "_s + output;
    return ok;
}

QString PgServer::host() const
{
    return u"127.0.0.1"_s;
}

QString PgServer::database() const
{
    return u"parcours"_s;
}

QString PgServer::adminUser()
{
    return u"parcours_admin"_s;
}

QString PgServer::adminPassword()
{
    return u"admin-secret"_s;
}

WorkspaceLocation PgServer::location(const QString &workspace, const QString &user,
                                     const QString &password) const
{
    WorkspaceLocation l;
    l.host = host();
    l.port = mPort;
    l.database = database();
    l.user = user;
    l.workspace = workspace;
    l.sslMode = u"disable"_s;
    l.password = password;
    return l;
}

QString PgServer::url(const QString &workspace, const QString &user) const
{
    WorkspaceLocation l = location(workspace, user, {});
    return l.toString();
}

bool PgServer::exec(const QStringList &statements, QString *error, const QString &user,
                    const QString &password) const
{
    const QString name = connectionName();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(host());
        db.setPort(mPort);
        // CREATE DATABASE runs on the maintenance database.
        const bool creating
            = statements.size() == 1 && statements.first().startsWith(u"CREATE DATABASE"_s);
        db.setDatabaseName(creating ? u"postgres"_s : database());
        db.setUserName(user);
        db.setPassword(password);
        db.setConnectOptions(u"sslmode=disable;connect_timeout=10"_s);
        if (!db.open()) {
            ok = false;
            if (error)
                *error = db.lastError().text();
        }
        for (const QString &sql : statements) {
            if (!ok)
                break;
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                ok = false;
                if (error)
                    *error = q.lastError().text() + u"\n  in: "_s + sql;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool PgServer::createLogin(const QString &name, const QString &password, QString *error) const
{
    return exec({u"CREATE ROLE \"%1\" LOGIN PASSWORD '%2'"_s.arg(name, password)}, error);
}

QString PgServer::log() const
{
    QFile file(mDir ? mDir->filePath(u"server.log"_s) : QString());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(file.readAll().right(4000));
}

} // namespace Parcours::Testing
