#include "document/edits.h"
#include "document/workspacedocument.h"
#include "store/workspacestore.h"
#include "support/parcoursrun.h"
#include "support/testworkspaces.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Parcours;
using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

// The command line reads a workspace that a window has open for editing (posters exported by
// a script while the map is on the projector): every reading command gets a consistent
// snapshot, and only a second writer is refused.
class TestConcurrentReaders : public QObject
{
    Q_OBJECT

private slots:
    void commandsReadWhileAWindowEdits();
    void aSecondWriterIsRefused();
    void readingInTheWindowsProcessKeepsItsLocks();
    void aKilledWindowDoesNotLockTheFileForEver();

private:
    QTemporaryDir mDir;
};

namespace {

int personaCount(const QByteArray &json)
{
    return int(QJsonDocument::fromJson(json).object().value(u"personas"_s).toArray().size());
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A persona and a journey renamed in one edit, hence in one transaction: a consistent
// snapshot never holds one renamed and not the other (they are read from two tables).
bool renameBoth(WorkspaceDocument &document, int round)
{
    return Edit::setFields(
        document,
        {{EntityRef::persona(101), Field::PersonaName, u"Round %1 buyer"_s.arg(round)},
         {EntityRef::journey(301), Field::JourneyName, u"Round %1 journey"_s.arg(round)}},
        u"Rename both"_s);
}

// The round the first persona's and journey's names are at in an export or `info --json`: -1
// when they are not at the same one (half an edit), 0 before the first.
int roundOf(const QByteArray &json)
{
    const QJsonObject workspace = QJsonDocument::fromJson(json).object();
    QStringList rounds;
    for (const QString &list : {u"personas"_s, u"journeys"_s}) {
        const QString name
            = workspace.value(list).toArray().first().toObject().value(u"name"_s).toString();
        rounds << (name.startsWith(u"Round "_s) ? name.section(u' ', 1, 1) : u"0"_s);
    }
    if (rounds.first() != rounds.last())
        return -1;
    return rounds.first().toInt();
}

QString describe(const QStringList &args, const CliRun &run)
{
    return u"parcours %1: exit %2: %3"_s.arg(args.join(u' ')).arg(run.code).arg(run.err);
}

} // namespace

void TestConcurrentReaders::commandsReadWhileAWindowEdits()
{
    const QString file = mDir.filePath(u"projector.parcours"_s);
    WorkspaceDocument::OpenResult window = WorkspaceDocument::create(file, TestData::everyField());
    QVERIFY2(window.document, qPrintable(window.error));
    WorkspaceDocument &document = *window.document;

    const QString json = mDir.filePath(u"export.json"_s);
    const QString poster = mDir.filePath(u"dashboard.svg"_s);
    const QList<QStringList> commands {
        {u"info"_s, file, u"--json"_s},
        {u"export"_s, file, u"--format"_s, u"json"_s, u"-o"_s, json},
        {u"report"_s, file},
        {u"export"_s, file, u"--format"_s, u"svg"_s, u"--dashboard"_s, u"-o"_s, poster},
        {u"check"_s, file},
    };
    const int rounds = 4;

    // The script runs its commands in a loop while the window goes on editing.
    struct Reading
    {
        QStringList args;
        CliRun run;
        QByteArray json; // the exported file, read before the next command replaces it
    };
    QList<Reading> readings;
    std::atomic<bool> scriptDone {false};
    std::atomic<int> editsDone {0};
    std::thread script([&] {
        while (editsDone.load() == 0) // the window has begun editing
            std::this_thread::yield();
        for (int round = 0; round < rounds; ++round) {
            for (const QStringList &args : commands) {
                Reading reading {args, runParcours(args), {}};
                if (args.contains(json))
                    reading.json = contents(json);
                readings.append(reading);
            }
        }
        scriptDone = true;
    });
    int edits = 0;
    while (!scriptDone.load()) {
        if (!renameBoth(document, edits + 1) || !document.isSaved())
            break;
        editsDone = ++edits;
    }
    script.join();
    QVERIFY2(document.isSaved(), qPrintable(document.writeError()));
    QVERIFY2(edits > 1, "the window edited while the commands read");

    QCOMPARE(readings.size(), rounds * commands.size());
    QSet<int> roundsSeen;
    int lastRound = 0;
    for (const Reading &reading : std::as_const(readings)) {
        QVERIFY2(reading.run.code == 0, qPrintable(describe(reading.args, reading.run)));
        const bool info = reading.args.first() == u"info";
        if (!info && !reading.args.contains(json))
            continue;
        // A snapshot: never half an edit, never one that was not written, never older than
        // what the command before saw.
        const int round = roundOf(info ? reading.run.out.toUtf8() : reading.json);
        QVERIFY2(round >= lastRound && round <= edits,
                 qPrintable(describe(reading.args, reading.run) + u" saw round "_s
                            + QString::number(round)));
        roundsSeen.insert(round);
        lastRound = round;
    }
    QVERIFY(QFileInfo(poster).size() > 0);
    // The commands read while the window went on editing: they saw different states.
    QVERIFY2(roundsSeen.size() > 1, "the commands did not read while the window edited");
    qInfo("%d edits while %d commands read; %d states seen", edits, int(readings.size()),
          int(roundsSeen.size()));

    // Closing the window leaves one file, with every edit.
    window.document.reset();
    QCOMPARE(QDir(mDir.path()).entryList({u"projector.parcours*"_s}, QDir::Files),
             QStringList {u"projector.parcours"_s});
    const CliRun info = runParcours({u"info"_s, file, u"--json"_s});
    QVERIFY2(info.code == 0, qPrintable(info.err));
    QCOMPARE(roundOf(info.out.toUtf8()), edits);
}

void TestConcurrentReaders::aSecondWriterIsRefused()
{
    const QString other = mDir.filePath(u"other.parcours"_s);
    QVERIFY(WorkspaceStore::create(other, TestData::everyField()).store);
    const QString input = mDir.filePath(u"other.json"_s);
    const CliRun exported
        = runParcours({u"export"_s, other, u"--format"_s, u"json"_s, u"-o"_s, input});
    QVERIFY2(exported.code == 0, qPrintable(exported.err));

    const QString file = mDir.filePath(u"open.parcours"_s);
    WorkspaceDocument::OpenResult window = WorkspaceDocument::create(file, TestData::everyField());
    QVERIFY2(window.document, qPrintable(window.error));
    const QByteArray before = contents(file);

    // A second window, or a second Parcours opening the file.
    const WorkspaceDocument::OpenResult second = WorkspaceDocument::open(file);
    QVERIFY(!second.document);
    QCOMPARE(second.failure, WorkspaceStore::Failure::Busy);
    QVERIFY2(second.error.contains(u"open in another"_s), qPrintable(second.error));

    // An import into it from the command line.
    const CliRun import
        = runParcours({u"import"_s, input, u"--format"_s, u"json"_s, u"-o"_s, file});
    QVERIFY2(import.code != 0, qPrintable(import.out));
    QVERIFY2(import.err.contains(u"open in another"_s), qPrintable(import.err));

    // Another document saving a copy over it, or a new workspace created in its place.
    QString error;
    QVERIFY(!WorkspaceStore::create(file, TestData::everyField()).store);
    WorkspaceDocument::OpenResult otherWindow = WorkspaceDocument::open(other);
    QVERIFY2(otherWindow.document, qPrintable(otherWindow.error));
    QVERIFY(!otherWindow.document->saveAs(file, &error));
    QVERIFY2(error.contains(u"open in another"_s), qPrintable(error));
    QCOMPARE(contents(file), before);

    // The window is unaffected and still writes.
    QVERIFY(renameBoth(*window.document, 1));
    QVERIFY2(window.document->isSaved(), qPrintable(window.document->writeError()));
}

// POSIX drops every lock a process holds on a file when any descriptor of it closes: reading
// the window's file in its own process (a check, a second open refused) must not let a
// command-line reader take the write-ahead log away from the window.
void TestConcurrentReaders::readingInTheWindowsProcessKeepsItsLocks()
{
    const QString file = mDir.filePath(u"own.parcours"_s);
    WorkspaceDocument::OpenResult window = WorkspaceDocument::create(file, TestData::everyField());
    QVERIFY2(window.document, qPrintable(window.error));
    QVERIFY(renameBoth(*window.document, 1));

    QCOMPARE(WorkspaceStore::check(file), QStringList());
    QVERIFY(WorkspaceStore::open(file, WorkspaceStore::Access::ReadOnly).store);
    QCOMPARE(WorkspaceStore::open(file).failure, WorkspaceStore::Failure::Busy);
    QVERIFY(WorkspaceStore::isWorkspaceFile(file));

    const CliRun info = runParcours({u"info"_s, file, u"--json"_s});
    QVERIFY2(info.code == 0, qPrintable(info.err));
    QCOMPARE(roundOf(info.out.toUtf8()), 1);
    QVERIFY(QFile::exists(file + u"-wal"_s)); // still the window's
    QVERIFY(QFile::exists(file + u"-shm"_s));

    QVERIFY(renameBoth(*window.document, 2));
    QVERIFY2(window.document->isSaved(), qPrintable(window.document->writeError()));
    const CliRun again = runParcours({u"info"_s, file, u"--json"_s});
    QCOMPARE(roundOf(again.out.toUtf8()), 2);
    window.document.reset();
    const CliRun after = runParcours({u"info"_s, file, u"--json"_s});
    QCOMPARE(roundOf(after.out.toUtf8()), 2);
}

// A window killed outright (kill -9, a power cut) leaves its lock file and write-ahead log:
// the next writer takes the workspace over, with every edit the window had saved.
void TestConcurrentReaders::aKilledWindowDoesNotLockTheFileForEver()
{
#ifdef Q_OS_UNIX
    const QString file = mDir.filePath(u"killed.parcours"_s);
    QVERIFY(WorkspaceStore::create(file, TestData::everyField()).store);
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, mDir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, mDir.filePath(u"data"_s));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(PARCOURS_EXECUTABLE), {file});
    QVERIFY(app.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file + u"-wal"_s), 20000); // open for editing
    QVERIFY(QFile::exists(file + u".lock"_s));

    // Another Parcours cannot write it; the command line reads it.
    const WorkspaceStore::OpenResult second = WorkspaceStore::open(file);
    QCOMPARE(second.failure, WorkspaceStore::Failure::Busy);
    const CliRun info = runParcours({u"info"_s, file, u"--json"_s});
    QVERIFY2(info.code == 0, qPrintable(info.err));
    QCOMPARE(personaCount(info.out.toUtf8()), int(TestData::everyField().personas.size()));

    app.kill(); // SIGKILL: nothing is cleaned up
    QVERIFY(app.waitForFinished(20000));
    QVERIFY(QFile::exists(file + u".lock"_s)); // stale now

    {
        const WorkspaceStore::OpenResult after = WorkspaceStore::open(file);
        QVERIFY2(after.store, qPrintable(after.error));
        QCOMPARE(after.workspace, TestData::everyField());
    }
    QCOMPARE(QDir(mDir.path()).entryList({u"killed.parcours*"_s}, QDir::Files),
             QStringList {u"killed.parcours"_s});
    const CliRun check = runParcours({u"check"_s, file});
    QVERIFY2(check.code == 0, qPrintable(check.err));
#else
    QSKIP("kill -9 is a Unix signal");
#endif
}

QTEST_GUILESS_MAIN(TestConcurrentReaders)
#include "tst_concurrentreaders.moc"
