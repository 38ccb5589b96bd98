#include "store/workspacestore.h"
#include "support/testworkspaces.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

// A stand-in for a PostgreSQL server at a shared workspace's location: it either takes
// connections and answers nothing (a stalled server), or asks each for a password in
// PostgreSQL's protocol (libpq then says "fe_sendauth: no password supplied").
class FakePgServer final : public QObject
{
public:
    enum class Behaviour { Stall, AskPassword };

    explicit FakePgServer(Behaviour behaviour)
        : mBehaviour(behaviour)
    {
        connect(&mServer, &QTcpServer::newConnection, this, &FakePgServer::take);
    }
    bool listen() { return mServer.listen(QHostAddress::LocalHost); }
    quint16 port() const { return mServer.serverPort(); }

private:
    void take()
    {
        while (QTcpSocket *socket = mServer.nextPendingConnection()) {
            socket->setParent(this);
            if (mBehaviour == Behaviour::AskPassword)
                connect(socket, &QTcpSocket::readyRead, this, [socket] { answer(socket); });
        }
    }

    static void answer(QTcpSocket *socket)
    {
        // Each message of a client's start is an int32 length then an int32 code: 8 bytes
        // for a request of TLS or GSS encryption (refused: 'N'), more for the startup
        // message, answered by "send your password in clear" (AuthenticationCleartextPassword).
        QByteArray rest = socket->property("received").toByteArray() + socket->readAll();
        while (rest.size() >= 4) {
            const int length = qFromBigEndian<qint32>(rest.constData());
            if (length < 8 || rest.size() < length)
                break;
            if (length == 8) {
                socket->write("N");
            } else {
                const char authenticate[] = {'R', 0, 0, 0, 8, 0, 0, 0, 3};
                socket->write(authenticate, sizeof authenticate);
            }
            rest.remove(0, length);
        }
        socket->setProperty("received", rest);
    }

    QTcpServer mServer;
    Behaviour mBehaviour;
};

} // namespace

// A logout or `kill` (SIGTERM) while the window shows a modal dialog at start: the window must
// end cleanly (exit 0, no crash), leaving every file as it was. Each case makes the window
// start in a situation that shows one of the dialogs that can come up at start, waits until
// the window says that dialog is up (PARCOURS_ANNOUNCE_MODAL_DIALOGS), and sends SIGTERM.
class TestTermination : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sigtermDuringCannotOpenDialog();
    void sigtermDuringWorkspaceBusyDialog();
    void sigtermDuringNewerVersionRefusal();
    void sigtermDuringUnsavedWorkQuestion();
    void sigtermDuringUnsavedWorkQuestionAfterAnUpgrade();
    void sigtermDuringCannotCreateDialog();
    void sigtermDuringMalformedLocationDialog();
    void sigtermDuringServerConnectionProgress();
    void sigtermDuringServerErrorDialog();
    void sigtermDuringPasswordDialog();

private:
    // Starts the window with `arguments` in the test's own settings and data folders, waits
    // until it shows the modal dialog titled `dialog`, sends SIGTERM, and checks that the
    // process ends normally with exit code 0.
    void terminateWindowDuring(const QString &dialog, const QStringList &arguments,
                               const QProcessEnvironment &extra = {});
    QString untitledFolder() const { return mDir.filePath(u"data/Parcours/Parcours/untitled"_s); }

    QTemporaryDir mDir;
};

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

bool execSql(const QString &file, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"termination"_s);
        db.setDatabaseName(file);
        ok = db.open();
        for (const QString &sql : statements)
            ok = ok && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"termination"_s);
    return ok;
}

// A port of 127.0.0.1 where nothing listens (connections are refused).
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

void TestTermination::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("SIGTERM is a Unix signal; the cases are written for Linux");
#endif
    QVERIFY(mDir.isValid());
}

void TestTermination::terminateWindowDuring(const QString &dialog, const QStringList &arguments,
                                            const QProcessEnvironment &extra)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, mDir.filePath(u"config"_s)); // the user's settings alone
    env.insert(u"XDG_DATA_HOME"_s, mDir.filePath(u"data"_s));
    env.insert(u"PARCOURS_ANNOUNCE_MODAL_DIALOGS"_s, u"1"_s);
    // No password from the user's environment or files, no real keychain.
    env.remove(u"PGPASSWORD"_s);
    env.insert(u"PGPASSFILE"_s, mDir.filePath(u"no-pgpass"_s));
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=%1"_s.arg(mDir.filePath(u"no-bus"_s)));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(PARCOURS_EXECUTABLE), arguments);
    QVERIFY(app.waitForStarted());
    const QByteArray shown = "parcours: modal dialog: " + dialog.toUtf8() + '\n';
    QByteArray errors;
    const auto dialogIsUp = [&] {
        errors += app.readAllStandardError();
        return errors.contains(shown) || app.state() == QProcess::NotRunning;
    };
    QTRY_VERIFY_WITH_TIMEOUT(dialogIsUp(), 30000);
    QVERIFY2(errors.contains(shown), errors.constData());
    app.terminate(); // SIGTERM
    QVERIFY(app.waitForFinished(20000));
    errors += app.readAllStandardError();
    QVERIFY2(app.exitStatus() == QProcess::NormalExit, errors.constData());
    QVERIFY2(app.exitCode() == 0, errors.constData());
}

void TestTermination::sigtermDuringCannotOpenDialog()
{
    const QString file = mDir.filePath(u"junk.parcours"_s);
    QVERIFY(writeFile(file, "junk\n"));
    terminateWindowDuring(u"Cannot open workspace"_s, {file});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(contents(file), QByteArray("junk\n"));
}

void TestTermination::sigtermDuringWorkspaceBusyDialog()
{
    const QString file = mDir.filePath(u"busy.parcours"_s);
    QVERIFY(WorkspaceStore::create(file, TestData::everyField()).store);
    {
        // Open for writing here: the window is told the workspace is open elsewhere.
        WorkspaceStore::OpenResult held = WorkspaceStore::open(file);
        QVERIFY2(held.store, qPrintable(held.error));
        terminateWindowDuring(u"Cannot open workspace"_s, {file});
    }
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!QFile::exists(file + u"-wal"_s));
    QCOMPARE(WorkspaceStore::check(file), QStringList());
    const WorkspaceStore::OpenResult after = WorkspaceStore::open(file);
    QVERIFY2(after.store, qPrintable(after.error));
    QCOMPARE(after.workspace, TestData::everyField());
}

void TestTermination::sigtermDuringNewerVersionRefusal()
{
    const QString file = mDir.filePath(u"newer.parcours"_s);
    QVERIFY(WorkspaceStore::create(file, TestData::everyField()).store);
    QVERIFY(execSql(file,
                    {u"PRAGMA user_version = 99"_s,
                     u"UPDATE parcours_meta SET value = '50' WHERE key = "
                     "'min_reader_version'"_s}));
    const QByteArray before = contents(file);
    terminateWindowDuring(u"Cannot open workspace"_s, {file});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(contents(file), before);
    QCOMPARE(QDir(mDir.path()).entryList({u"newer.parcours*"_s}), {u"newer.parcours"_s});
}

// "Unsaved work found" (untitled work a crash left): the work is kept for the next start.
void TestTermination::sigtermDuringUnsavedWorkQuestion()
{
    QVERIFY(QDir().mkpath(untitledFolder()));
    const QString untitled = QDir(untitledFolder()).filePath(u"Left behind.parcours"_s);
    QVERIFY(WorkspaceStore::create(untitled, TestData::everyField()).store);
    const QByteArray before = contents(untitled);
    const auto cleanUp = qScopeGuard([&untitled] { QFile::remove(untitled); }); // next cases
    terminateWindowDuring(u"Unsaved work found"_s, {});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(contents(untitled), before);
    QVERIFY(!QFile::exists(untitled + u"-wal"_s));
}

// An older file is upgraded when opened (a .v1.bak copy of it kept), then the question about
// untitled work comes: both the upgraded file and the copy, and the untitled work, stay.
void TestTermination::sigtermDuringUnsavedWorkQuestionAfterAnUpgrade()
{
    const QString file = mDir.filePath(u"old.parcours"_s);
    QString error;
    QVERIFY2(WorkspaceStore::createAtVersion(file, 1, &error), qPrintable(error));
    QVERIFY(execSql(file,
                    {u"INSERT INTO persona (id, position, name) VALUES (7, 0, 'Old persona')"_s}));
    const QByteArray original = contents(file);
    QVERIFY(QDir().mkpath(untitledFolder()));
    const QString untitled = QDir(untitledFolder()).filePath(u"Left behind.parcours"_s);
    QVERIFY(WorkspaceStore::create(untitled, TestData::everyField()).store);
    const QByteArray untitledBefore = contents(untitled);
    const auto cleanUp = qScopeGuard([&untitled] { QFile::remove(untitled); });

    terminateWindowDuring(u"Unsaved work found"_s, {file});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(contents(untitled), untitledBefore);
    QCOMPARE(contents(file + u".v1.bak"_s), original);
    QVERIFY(!QFile::exists(file + u"-wal"_s));
    QVERIFY(!QFile::exists(file + u".lock"_s));
    QCOMPARE(WorkspaceStore::check(file), QStringList());
    const WorkspaceStore::OpenResult after = WorkspaceStore::open(file);
    QVERIFY2(after.store, qPrintable(after.error));
    QCOMPARE(after.workspace.personas.size(), size_t(1));
    QCOMPARE(after.workspace.personas.front().name, u"Old persona"_s);
}

// --sample where untitled work cannot be written (the data folder is a file).
void TestTermination::sigtermDuringCannotCreateDialog()
{
    const QString blocker = mDir.filePath(u"data-is-a-file"_s);
    QVERIFY(writeFile(blocker, "not a folder\n"));
    QProcessEnvironment env;
    env.insert(u"XDG_DATA_HOME"_s, blocker);
    terminateWindowDuring(u"Cannot create workspace"_s, {u"--sample"_s}, env);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(contents(blocker), QByteArray("not a folder\n"));
}

void TestTermination::sigtermDuringMalformedLocationDialog()
{
    terminateWindowDuring(u"Cannot open workspace"_s,
                          {u"postgresql://me@127.0.0.1:%1/parcours"_s.arg(closedPort())});
}

// The server takes the connection and answers nothing: "Connecting to …" (a progress dialog
// whose loop waits for the connection attempt made on a thread of its own).
void TestTermination::sigtermDuringServerConnectionProgress()
{
    FakePgServer server(FakePgServer::Behaviour::Stall);
    QVERIFY(server.listen());
    terminateWindowDuring(
        u"Shared Workspace"_s,
        {u"postgresql://me@127.0.0.1:%1/parcours?workspace=team"_s.arg(server.port())});
}

// Nothing listens: the connection is refused, and the window says so.
void TestTermination::sigtermDuringServerErrorDialog()
{
    terminateWindowDuring(
        u"Cannot open workspace"_s,
        {u"postgresql://me@127.0.0.1:%1/parcours?workspace=team"_s.arg(closedPort())});
}

// The server asks for a password that neither PGPASSWORD, a pgpass file nor the keychain has.
void TestTermination::sigtermDuringPasswordDialog()
{
    FakePgServer server(FakePgServer::Behaviour::AskPassword);
    QVERIFY(server.listen());
    terminateWindowDuring(
        u"Password"_s,
        {u"postgresql://me@127.0.0.1:%1/parcours?workspace=team"_s.arg(server.port())});
}

QTEST_GUILESS_MAIN(TestTermination)
#include "tst_termination.moc"
