#include "store/workspacestore.h"
#include "support/testworkspaces.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

// A logout or `kill` (SIGTERM) while the window shows a modal dialog: the window must end
// cleanly (exit 0, no crash), leaving every file as it was.
class TestTermination : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sigtermDuringCannotOpenDialog();
    void sigtermDuringWorkspaceBusyDialog();

private:
    // Starts the window on `file`, waits until it catches SIGTERM, sends it, and checks that
    // the process ends normally with exit code 0.
    void terminateWindowOn(const QString &file);

    QTemporaryDir mDir;
};

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

#ifdef Q_OS_LINUX
// Whether process `pid` has installed a handler for SIGTERM (its SigCgt mask in /proc).
bool catchesSigterm(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("SigCgt:")) {
            bool ok = false;
            const qulonglong mask = line.mid(7).trimmed().toULongLong(&ok, 16);
            return ok && (mask & (1ULL << (15 - 1))) != 0; // SIGTERM is 15
        }
    }
    return false;
}
#endif

} // namespace

void TestTermination::initTestCase()
{
    QVERIFY(mDir.isValid());
}

void TestTermination::terminateWindowOn(const QString &file)
{
#ifdef Q_OS_LINUX
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, mDir.filePath(u"config"_s)); // the user's settings alone
    env.insert(u"XDG_DATA_HOME"_s, mDir.filePath(u"data"_s));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(PARCOURS_EXECUTABLE), {file});
    QVERIFY(app.waitForStarted());
    // The handler is installed just before the file is opened; the "cannot open" dialog's
    // loop is then the first event loop to run, so the signal is read while it is up.
    QTRY_VERIFY_WITH_TIMEOUT(catchesSigterm(app.processId()), 20000);
    app.terminate(); // SIGTERM
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
#else
    Q_UNUSED(file)
#endif
}

void TestTermination::sigtermDuringCannotOpenDialog()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc to know when the window catches SIGTERM");
#endif
    const QString file = mDir.filePath(u"junk.parcours"_s);
    {
        QFile junk(file);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("junk\n");
    }
    terminateWindowOn(file);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(contents(file), QByteArray("junk\n"));
}

void TestTermination::sigtermDuringWorkspaceBusyDialog()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc to know when the window catches SIGTERM");
#endif
    const QString file = mDir.filePath(u"busy.parcours"_s);
    QVERIFY(WorkspaceStore::create(file, TestData::everyField()).store);
    {
        // Open for writing here: the window is told the workspace is open elsewhere.
        WorkspaceStore::OpenResult held = WorkspaceStore::open(file);
        QVERIFY2(held.store, qPrintable(held.error));
        terminateWindowOn(file);
    }
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!QFile::exists(file + u"-wal"_s));
    QCOMPARE(WorkspaceStore::check(file), QStringList());
    const WorkspaceStore::OpenResult after = WorkspaceStore::open(file);
    QVERIFY2(after.store, qPrintable(after.error));
    QCOMPARE(after.workspace, TestData::everyField());
}

QTEST_GUILESS_MAIN(TestTermination)
#include "tst_termination.moc"
