#include "document/edits.h"
#include "store/workspacestore.h"
#include "support/parcoursrun.h"
#include "support/testworkspaces.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

// The parcours executable's command-line modes, as a script would use them.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionAndHelp();
    void checkSoundAndBrokenFiles();
    void infoJsonContract();
    void infoText();
    void usageErrorsExitOne();
    void jsonExportImportRoundTrip();
    void exportUnknownJourneyListsNames();
    void exportNeverReplacesAWorkspace();
    void windowClosesItsFileCleanlyOnSigterm();
    void frenchMessagesStableJson();
    void metricsImportReportExport();
    void mermaidImportExport();
    void mermaidErrorsWriteNothing();
    void journeyCsvRoundTrip();
    void importingTwiceRenamesTheSecondJourney();
    void journeyNamedTwiceIsAnError();
    void importOptionsChecked();
    void optionsEndAtDoubleDash();
    void optionValuesAfterEquals();
    void usageMessagesNameTheArgument();
    void passwordsNeverShown();

private:
    QTemporaryDir mDir;
    QString mWorkspace;
};

void TestCli::initTestCase()
{
    mWorkspace = mDir.filePath(u"w.parcours"_s);
    QVERIFY(WorkspaceStore::create(mWorkspace, TestData::everyField()).store);
}

void TestCli::versionAndHelp()
{
    const CliRun version = runParcours({u"--version"_s});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith(u"parcours "_s));
    const CliRun help = runParcours({u"--help"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(u"parcours check FILE"_s));
    QVERIFY(help.out.contains(u"parcours info FILE [--json]"_s));
    QVERIFY(help.out.contains(u"parcours export WORKSPACE --dashboard -o OUT.pdf|.svg|.png"_s));
    QVERIFY2(!help.err.contains(u"XDG_RUNTIME_DIR"_s), qPrintable(help.err)); // no noise

    // One mode's usage, both ways; an unknown one lists the modes.
    for (const QStringList &args :
         {QStringList {u"help"_s, u"export"_s}, QStringList {u"export"_s, u"--help"_s}}) {
        const CliRun usage = runParcours(args);
        QCOMPARE(usage.code, 0);
        QVERIFY2(usage.out.startsWith(u"Usage: parcours export WORKSPACE --format FORMAT"_s),
                 qPrintable(usage.out));
        QVERIFY(usage.out.contains(u"--tile SIZE"_s));
    }
    const CliRun unknown = runParcours({u"help"_s, u"exprot"_s});
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.contains(u"no command exprot; commands: check, info, import, export"_s),
             qPrintable(unknown.err));
}

void TestCli::checkSoundAndBrokenFiles()
{
    const CliRun sound = runParcours({u"check"_s, mWorkspace});
    QCOMPARE(sound.code, 0);

    const QString text = mDir.filePath(u"notes.parcours"_s);
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("just text\n");
    f.close();
    const CliRun broken = runParcours({u"check"_s, text});
    QCOMPARE(broken.code, 2);
    QVERIFY2(broken.err.contains(u"parcours: "_s + text + u": not a Parcours workspace"_s),
             qPrintable(broken.err));
    const CliRun missing = runParcours({u"info"_s, mDir.filePath(u"nope.parcours"_s)});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.contains(u"does not exist"_s));
}

void TestCli::infoJsonContract()
{
    const CliRun info = runParcours({u"info"_s, mWorkspace, u"--json"_s});
    QCOMPARE(info.code, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(info.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(u"schema_version"_s).toInt(), Migrations::currentVersion());
    const QJsonArray personas = root.value(u"personas"_s).toArray();
    QCOMPARE(personas.size(), 2);
    const QJsonObject buyer = personas.at(0).toObject();
    QCOMPARE(buyer.value(u"name"_s).toString(), u"Acheteur «maison»"_s);
    QCOMPARE(buyer.value(u"use_cases"_s).toInt(), 3);
    QVERIFY(buyer.value(u"forgotten_zone"_s).isBool());
    QCOMPARE(buyer.value(u"forgotten_zone"_s).toBool(), true);
    QCOMPARE(personas.at(1).toObject().value(u"forgotten_zone"_s).toBool(), false);
    const QJsonObject journey = root.value(u"journeys"_s).toArray().at(0).toObject();
    QCOMPARE(journey.value(u"name"_s).toString(), u"旅程 as-is"_s);
    QCOMPARE(journey.value(u"persona"_s).toString(), u"Agent"_s);
    QCOMPARE(journey.value(u"stages"_s).toArray(), QJsonArray({u"Découverte"_s, u"注册"_s}));
}

void TestCli::infoText()
{
    const CliRun info = runParcours({u"info"_s, mWorkspace});
    QCOMPARE(info.code, 0);
    QVERIFY(info.out.contains(u"Acheteur «maison»"_s));
    QVERIFY(info.out.contains(u"Découverte → 注册"_s));
}

void TestCli::usageErrorsExitOne()
{
    QCOMPARE(runParcours({u"check"_s}).code, 1);
    QCOMPARE(runParcours({u"info"_s, mWorkspace, u"extra"_s}).code, 1);
    QCOMPARE(runParcours({u"export"_s, mWorkspace, u"--format"_s, u"nope"_s, u"-o"_s, u"x"_s}).code,
             1);
    const CliRun bad = runParcours({u"--frobnicate"_s});
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.err.contains(u"unknown option"_s));
}

void TestCli::jsonExportImportRoundTrip()
{
    const QString json = mDir.filePath(u"w.json"_s);
    QCOMPARE(runParcours({u"export"_s, mWorkspace, u"--format"_s, u"json"_s, u"-o"_s, json}).code,
             0);
    const QString copy = mDir.filePath(u"copy.parcours"_s);
    const CliRun imported
        = runParcours({u"import"_s, json, u"--format"_s, u"json"_s, u"-o"_s, copy});
    QCOMPARE(imported.code, 0);
    const WorkspaceStore::OpenResult a = WorkspaceStore::open(mWorkspace);
    const WorkspaceStore::OpenResult b = WorkspaceStore::open(copy);
    QVERIFY(a.store && b.store);
    // Ids are fresh on import; everything else is equal.
    QCOMPARE(b.workspace.info, a.workspace.info);
    QCOMPARE(b.workspace.personas.size(), a.workspace.personas.size());
    for (size_t i = 0; i < a.workspace.personas.size(); ++i) {
        QCOMPARE(b.workspace.personas[i].name, a.workspace.personas[i].name);
        QCOMPARE(b.workspace.personas[i].useCases.size(), a.workspace.personas[i].useCases.size());
        for (size_t u = 0; u < a.workspace.personas[i].useCases.size(); ++u) {
            UseCase left = a.workspace.personas[i].useCases[u];
            left.id = b.workspace.personas[i].useCases[u].id;
            QCOMPARE(b.workspace.personas[i].useCases[u], left);
        }
    }
    QCOMPARE(b.workspace.journeys.front().stages.size(), size_t(2));
    QCOMPARE(b.workspace.journeys.front().stages[0].firstCells().size(), 2);

    const QString broken = mDir.filePath(u"broken.json"_s);
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"parcours-workspace\",\n \"version\": 1,\n \"personas\": [}");
    f.close();
    const CliRun bad = runParcours({u"import"_s, broken, u"--format"_s, u"json"_s, u"-o"_s, copy});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(u"line 3"_s), qPrintable(bad.err));
}

void TestCli::exportUnknownJourneyListsNames()
{
    const CliRun r = runParcours({u"export"_s, mWorkspace, u"--format"_s, u"json"_s, u"--journey"_s,
                                  u"Nope"_s, u"-o"_s, mDir.filePath(u"x.json"_s)});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"旅程 as-is"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(mDir.filePath(u"x.json"_s)));
}

// An export given a workspace as its output (the one it reads, another one, under any name
// or through a link) refuses and leaves it as it was: a window may have it open.
void TestCli::exportNeverReplacesAWorkspace()
{
    const auto checksum = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly)
            ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
            : QByteArray();
    };
    const QString self = mDir.filePath(u"self.parcours"_s);
    const QString renamed = mDir.filePath(u"renamed.data"_s);
    const QString link = mDir.filePath(u"link.pdf"_s);
    QVERIFY(QFile::copy(mWorkspace, self));
    QVERIFY(QFile::copy(mWorkspace, renamed));
    QVERIFY(QFile::link(self, link));
    const QByteArray before = checksum(self);
    QVERIFY(!before.isEmpty());

    const QList<QStringList> attempts = {
        {u"export"_s, self, u"--format"_s, u"json"_s, u"-o"_s, self},
        {u"export"_s, self, u"--format"_s, u"pdf"_s, u"-o"_s, self},
        {u"export"_s, mWorkspace, u"--format"_s, u"mermaid"_s, u"-o"_s, self},
        {u"export"_s, mWorkspace, u"--format"_s, u"png"_s, u"-o"_s, link},
        {u"export"_s, mWorkspace, u"--format"_s, u"json"_s, u"-o"_s, renamed},
    };
    for (const QStringList &args : attempts) {
        const CliRun r = runParcours(args);
        QVERIFY2(r.code == 2, qPrintable(args.join(u' ') + u" → "_s + QString::number(r.code)));
        QVERIFY2(r.err.contains(u"this is the workspace being exported"_s)
                     || r.err.contains(u"this is a Parcours workspace"_s),
                 qPrintable(r.err));
    }
    QCOMPARE(checksum(self), before);
    QVERIFY(WorkspaceStore::isWorkspaceFile(renamed));

    // "-" is standard output.
    const CliRun piped
        = runParcours({u"export"_s, mWorkspace, u"--format"_s, u"json"_s, u"-o"_s, u"-"_s});
    QCOMPARE(piped.code, 0);
    QVERIFY(piped.out.contains(u"\"format\": \"parcours-workspace\""_s));

    // Any other file is replaced, as before.
    const QString old = mDir.filePath(u"old.json"_s);
    QFile stale(old);
    QVERIFY(stale.open(QIODevice::WriteOnly) && stale.write("{}") == 2);
    stale.close();
    const CliRun replaced
        = runParcours({u"export"_s, mWorkspace, u"--format"_s, u"json"_s, u"-o"_s, old});
    QVERIFY2(replaced.code == 0, qPrintable(replaced.err));
    QVERIFY(QFileInfo(old).size() > 2);
}

// A logout or `kill` sends SIGTERM: the window closes its workspace first, so that the file
// holds everything on its own (no write-ahead log left beside it for a copy to miss).
void TestCli::windowClosesItsFileCleanlyOnSigterm()
{
#ifdef Q_OS_UNIX
    const QString file = mDir.filePath(u"term.parcours"_s);
    QVERIFY(QFile::copy(mWorkspace, file));
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, mDir.filePath(u"config"_s)); // the user's settings alone
    env.insert(u"XDG_DATA_HOME"_s, mDir.filePath(u"data"_s));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(PARCOURS_EXECUTABLE), {file});
    QVERIFY(app.waitForStarted());
    // Open for editing. The window of a sanitizer build starting beside a full test run and
    // clang-tidy on two cores once took more than 20 s.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file + u"-wal"_s), 60000);
    app.terminate(); // SIGTERM
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    QVERIFY(!QFile::exists(file + u"-wal"_s));
    const CliRun check = runParcours({u"check"_s, file});
    QVERIFY2(check.code == 0, qPrintable(check.err));
#else
    QSKIP("SIGTERM is a Unix signal");
#endif
}

void TestCli::frenchMessagesStableJson()
{
    // Messages follow the environment's language; machine-readable output and exit codes
    // do not change with it.
    const QString fr = u"fr_FR.UTF-8"_s;
    const CliRun jsonFr = runParcours({u"info"_s, mWorkspace, u"--json"_s}, inLocale(fr));
    QCOMPARE(jsonFr.code, 0);
    QCOMPARE(jsonFr.out, runParcours({u"info"_s, mWorkspace, u"--json"_s}).out);

    const CliRun text = runParcours({u"info"_s, mWorkspace}, inLocale(fr));
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(u"Personas\u00a0: 2"_s), qPrintable(text.out));
    QVERIFY(text.out.contains(u"zone oubliée"_s));

    // The report speaks French throughout: frequencies as the table shows them, decimal
    // commas, French punctuation.
    const CliRun report = runParcours({u"report"_s, mWorkspace}, inLocale(fr));
    QCOMPARE(report.code, 0);
    QVERIFY2(report.out.contains(u"tous les 5,5\u00a0ans"_s)
                 || report.out.contains(u"tous les 5,5 ans"_s),
             qPrintable(report.out));
    QVERIFY2(report.out.contains(u"0,0152"_s), qPrintable(report.out));
    QVERIFY2(!report.out.contains(u"every "_s), qPrintable(report.out));

    const QString missing = mDir.filePath(u"nope.parcours"_s);
    const CliRun notFound = runParcours({u"info"_s, missing}, inLocale(fr));
    QCOMPARE(notFound.code, 2);
    QVERIFY2(notFound.err.contains(u"parcours: "_s + missing + u": le fichier n’existe pas"_s),
             qPrintable(notFound.err));
    const CliRun usage = runParcours({u"check"_s}, inLocale(fr));
    QCOMPARE(usage.code, 1);
    QVERIFY2(usage.err.contains(u"Essayez"_s), qPrintable(usage.err));
}

void TestCli::metricsImportReportExport()
{
    const QString csv = QStringLiteral(PARCOURS_TEST_DATA) + u"/metrics/seed.csv"_s;
    const QString workspace = mDir.filePath(u"metrics.parcours"_s);
    const CliRun imported
        = runParcours({u"import"_s, csv, u"--format"_s, u"metrics-csv"_s, u"-o"_s, workspace});
    QCOMPARE(imported.code, 0);
    QVERIFY2(!imported.err.contains(u"seed.csv"_s), qPrintable(imported.err));

    const CliRun report = runParcours({u"report"_s, workspace, u"--json"_s});
    QCOMPARE(report.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(report.out.toUtf8()).object();
    QVERIFY(root.contains(u"workspace"_s) && root.contains(u"personas"_s));
    const QJsonArray metrics = root.value(u"metrics"_s).toArray();
    QCOMPARE(metrics.size(), 2);
    const QJsonObject seed = metrics.at(0).toObject();
    QCOMPARE(seed.value(u"period_start"_s).toString(), u"2026-01-01"_s);
    QVERIFY(qAbs(seed.value(u"crr"_s).toDouble() - 85.7142857) < 1e-6);
    QCOMPARE(seed.value(u"churned"_s).toInteger(), 10);
    QVERIFY(seed.value(u"stickiness"_s).isNull());
    QVERIFY(seed.value(u"problem"_s).isNull());
    QCOMPARE(metrics.at(1).toObject().value(u"stickiness"_s).toDouble(), 0.2);

    const CliRun text = runParcours({u"report"_s, workspace});
    QVERIFY2(text.out.contains(u"Jan 2026: CRR 85.7 %, 10 churned"_s), qPrintable(text.out));

    const QString out = mDir.filePath(u"metrics-out.csv"_s);
    QCOMPARE(
        runParcours({u"export"_s, workspace, u"--format"_s, u"metrics-csv"_s, u"-o"_s, out}).code,
        0);
    QFile a(csv);
    QFile b(out);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());

    // The dashboard as a poster, the format from the suffix; not with --journey.
    const QString pdf = mDir.filePath(u"dashboard.pdf"_s);
    const CliRun dashboard = runParcours({u"export"_s, workspace, u"--dashboard"_s, u"-o"_s, pdf});
    QVERIFY2(dashboard.code == 0, qPrintable(dashboard.err));
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.read(5), QByteArray("%PDF-"));
    const QString png = mDir.filePath(u"dashboard.png"_s);
    QCOMPARE(runParcours({u"export"_s, workspace, u"--dashboard"_s, u"--page"_s, u"A4"_s,
                          u"--dpi"_s, u"50"_s, u"-o"_s, png})
                 .code,
             0);
    const QImage picture(png);
    QCOMPARE(picture.size(), QSize(585, 413)); // A4 landscape at 50 dpi
    int inked = 0;
    for (int y = 0; y < picture.height(); ++y) {
        for (int x = 0; x < picture.width(); ++x)
            inked += picture.pixelColor(x, y) != Qt::white ? 1 : 0;
    }
    QVERIFY2(inked > 5000, qPrintable(QString::number(inked)));
    const CliRun both = runParcours(
        {u"export"_s, workspace, u"--dashboard"_s, u"--journey"_s, u"X"_s, u"-o"_s, pdf});
    QCOMPARE(both.code, 1);
    QVERIFY2(both.err.contains(u"--dashboard"_s), qPrintable(both.err));

    // A malformed file names its lines and imports nothing.
    const CliRun bad = runParcours(
        {u"import"_s, QStringLiteral(PARCOURS_TEST_DATA) + u"/metrics/malformed.csv"_s,
         u"--format"_s, u"metrics-csv"_s, u"-o"_s, workspace});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(u"malformed.csv:4: customers_new: \"ten\" is not a whole number"_s),
             qPrintable(bad.err));
    QVERIFY(bad.err.contains(u"malformed.csv:7: warning: impossible period"_s));
    QCOMPARE(WorkspaceStore::open(workspace).workspace.metrics.size(), size_t(2));
}

void TestCli::mermaidImportExport()
{
    // Markdown with two journeys: --block 2 takes the second.
    const QString readme = mDir.filePath(u"README.md"_s);
    QFile f(readme);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# Journeys\n\n```mermaid\njourney\n  section A\n    One: 3: Me\n```\n\n"
            "```mermaid\njourney\n  title Second\n  section B\n    Two: 7: Me, Cat\n```\n");
    f.close();
    const QString workspace = mDir.filePath(u"mermaid.parcours"_s);
    const CliRun imported = runParcours({u"import"_s, readme, u"--format"_s, u"mermaid"_s,
                                         u"--block"_s, u"2"_s, u"-o"_s, workspace});
    QCOMPARE(imported.code, 0);
    QVERIFY2(
        imported.err.contains(readme + u":13: warning: score 7 is outside 1…5; imported as 5"_s),
        qPrintable(imported.err));
    const WorkspaceStore::OpenResult opened = WorkspaceStore::open(workspace);
    QVERIFY(opened.store);
    QCOMPARE(opened.workspace.journeys.size(), size_t(1));
    QCOMPARE(opened.workspace.journeys[0].name, u"Second"_s);
    QCOMPARE(opened.workspace.personas.size(), size_t(2));

    // One journey in the workspace: no --journey needed.
    const QString out = mDir.filePath(u"out.mmd"_s);
    const CliRun single
        = runParcours({u"export"_s, mWorkspace, u"--format"_s, u"mermaid"_s, u"-o"_s, out});
    QCOMPARE(single.code, 0);
    QFile text(out);
    QVERIFY(text.open(QIODevice::ReadOnly));
    const QByteArray diagram = text.readAll();
    QVERIFY(diagram.startsWith("journey\n    title 旅程 as-is\n"));
    QVERIFY(diagram.contains("        Reads a review,: 2: Agent\n"));
}

void TestCli::mermaidErrorsWriteNothing()
{
    const QString bad = mDir.filePath(u"bad.mmd"_s);
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("journey\n  section A\n    Make tea\n    Drink it: soon\n");
    f.close();
    const QString workspace = mDir.filePath(u"never.parcours"_s);
    const CliRun r
        = runParcours({u"import"_s, bad, u"--format"_s, u"mermaid"_s, u"-o"_s, workspace});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(bad + u":3: cannot read \"Make tea\""_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(bad + u":4: the score \"soon\" is not a number from 1 to 5"_s),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(workspace));
}

void TestCli::journeyCsvRoundTrip()
{
    const QString csv = mDir.filePath(u"journeys.csv"_s);
    QCOMPARE(
        runParcours({u"export"_s, mWorkspace, u"--format"_s, u"journey-csv"_s, u"-o"_s, csv}).code,
        0);
    const QString copy = mDir.filePath(u"journeys.parcours"_s);
    const CliRun imported
        = runParcours({u"import"_s, csv, u"--format"_s, u"journey-csv"_s, u"-o"_s, copy});
    QCOMPARE(imported.code, 0);
    const WorkspaceStore::OpenResult a = WorkspaceStore::open(mWorkspace);
    const WorkspaceStore::OpenResult b = WorkspaceStore::open(copy);
    QVERIFY(a.store && b.store);
    QCOMPARE(b.workspace.journeys.size(), size_t(1));
    QCOMPARE(b.workspace.journeys[0].stages.size(), a.workspace.journeys[0].stages.size());
    QCOMPARE(b.workspace.journeys[0].stages[0].duration, std::optional<double>(7.5));
    // The blueprint marks and arrows too (the arrows' cell takes two lines of the file).
    const Cell reads
        = b.workspace.journeys[0].stages[0].firstCells().value(b.workspace.journeys[0].lanes[0].id);
    QVERIFY(reads.failurePoint);
    QCOMPARE(reads.arrows.size(), size_t(2));
    QCOMPARE(reads.severities,
             (std::vector<PainSeverity> {PainSeverity::Abandonment, PainSeverity::Trivial}));

    QFile f(csv);
    QVERIFY(f.open(QIODevice::Append));
    f.write("旅程 as-is,1,Découverte,Actions,again,,,,,,,,,,,\r\n"); // 16 columns, step 1
    f.close();
    const QString other = mDir.filePath(u"journeys2.parcours"_s);
    const CliRun bad
        = runParcours({u"import"_s, csv, u"--format"_s, u"journey-csv"_s, u"-o"_s, other});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(csv + u":13: a second row for lane \"Actions\" of stage 1"_s),
             qPrintable(bad.err));
    QVERIFY(!QFile::exists(other));
}

void TestCli::importingTwiceRenamesTheSecondJourney()
{
    const QString mmd = QStringLiteral(PARCOURS_TEST_DATA) + u"/mermaid/working-day.mmd"_s;
    const QString workspace = mDir.filePath(u"twice.parcours"_s);
    const QStringList args {u"import"_s, mmd, u"--format"_s, u"mermaid"_s, u"-o"_s, workspace};
    const CliRun first = runParcours(args);
    QCOMPARE(first.code, 0);
    QVERIFY2(!first.err.contains(u"already in the workspace"_s), qPrintable(first.err));
    const CliRun second = runParcours(args);
    QCOMPARE(second.code, 0);
    QVERIFY2(second.err.contains(mmd
                                 + u": warning: a journey named \"My working day\" is already in "
                                   "the workspace; imported as \"My working day (2)\""_s),
             qPrintable(second.err));
    QCOMPARE(runParcours(args).code, 0);
    QStringList names;
    for (const Journey &j : WorkspaceStore::open(workspace).workspace.journeys)
        names << j.name;
    QCOMPARE(names,
             QStringList({u"My working day"_s, u"My working day (2)"_s, u"My working day (3)"_s}));

    // Each name picks one journey.
    const QString out = mDir.filePath(u"second.mmd"_s);
    const CliRun exported = runParcours({u"export"_s, workspace, u"--format"_s, u"mermaid"_s,
                                         u"--journey"_s, u"My working day (2)"_s, u"-o"_s, out});
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    QFile text(out);
    QVERIFY(text.open(QIODevice::ReadOnly));
    QVERIFY(text.readAll().startsWith("journey\n    title My working day (2)\n"));
}

void TestCli::journeyNamedTwiceIsAnError()
{
    Workspace twice = TestData::everyField();
    Journey copy = twice.journeys.front();
    Edit::assignNewIds(copy);
    twice.journeys.push_back(copy);
    const QString workspace = mDir.filePath(u"named-twice.parcours"_s);
    QVERIFY(WorkspaceStore::create(workspace, twice).store);
    const QString expected = u"parcours: "_s + workspace
        + u": 2 journeys are named \"旅程 as-is\" (numbers 1, 2 of 2, in the workspace's order); "
          "rename them so that --journey names one"_s;
    const QString out = mDir.filePath(u"twice.mmd"_s);
    const CliRun data = runParcours({u"export"_s, workspace, u"--format"_s, u"mermaid"_s,
                                     u"--journey"_s, u"旅程 as-is"_s, u"-o"_s, out});
    QCOMPARE(data.code, 2);
    QVERIFY2(data.err.contains(expected), qPrintable(data.err));
    QVERIFY(!QFile::exists(out));
    const QString pdf = mDir.filePath(u"twice.pdf"_s);
    const CliRun poster = runParcours({u"export"_s, workspace, u"--format"_s, u"pdf"_s,
                                       u"--journey"_s, u"旅程 as-is"_s, u"-o"_s, pdf});
    QCOMPARE(poster.code, 2);
    QVERIFY2(poster.err.contains(expected), qPrintable(poster.err));
    QVERIFY(!QFile::exists(pdf));
}

void TestCli::importOptionsChecked()
{
    const QString mmd = QStringLiteral(PARCOURS_TEST_DATA) + u"/mermaid/working-day.mmd"_s;
    const QString workspace = mDir.filePath(u"options.parcours"_s);
    const QString formats
        = u"formats: json, usecases-csv, journey-csv, mermaid, metrics-csv, opportunities-csv"_s;

    // Formats in any case; an unknown or missing one lists the formats.
    CliRun r = runParcours({u"import"_s, mmd, u"--format"_s, u"Mermaid"_s, u"-o"_s, workspace});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = runParcours({u"import"_s, mmd, u"--format"_s, u"mmd"_s, u"-o"_s, workspace});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"import: unknown format mmd; "_s + formats), qPrintable(r.err));
    r = runParcours({u"import"_s, mmd, u"-o"_s, workspace});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"import: --format is missing; "_s + formats), qPrintable(r.err));

    // --block is for Mermaid only.
    r = runParcours({u"import"_s, mmd, u"--format"_s, u"journey-csv"_s, u"--block"_s, u"2"_s,
                     u"-o"_s, workspace});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"import: --block applies to Mermaid Markdown files"_s),
             qPrintable(r.err));

    // The output is a workspace, named so.
    const QString json = mDir.filePath(u"b6.json"_s);
    r = runParcours({u"import"_s, mmd, u"--format"_s, u"mermaid"_s, u"-o"_s, json});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"import: the output of import is a Parcours workspace: name it "
                            "*.parcours"_s),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(json));

    // A workspace given as the file to import.
    const QString other = mDir.filePath(u"other.parcours"_s);
    r = runParcours({u"import"_s, mWorkspace, u"--format"_s, u"json"_s, u"-o"_s, other});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"parcours: "_s + mWorkspace
                            + u": this is a Parcours workspace, not JSON (open it, or export it "
                              "with --format json)"_s),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(other));
}

// "--" ends the options: a file whose name starts with "-" can be named after it.
void TestCli::optionsEndAtDoubleDash()
{
    const QString weird = u"-weird-name.parcours"_s;
    QVERIFY(QFile::copy(mWorkspace, mDir.filePath(weird)));
    CliOptions here;
    here.workingDirectory = mDir.path();

    CliRun r = runParcours({u"check"_s, u"--"_s, weird}, here);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), weird + u": ok"_s);
    r = runParcours({u"info"_s, u"--json"_s, u"--"_s, weird}, here);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"\"schema_version\""_s));
    // After "--", --help is a file name too.
    r = runParcours({u"info"_s, u"--"_s, u"--help"_s}, here);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(u"parcours: --help: "_s), qPrintable(r.err));
    // Before it, the name is an option, and unknown.
    r = runParcours({u"check"_s, weird}, here);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"parcours: unknown option -weird-name.parcours"_s), qPrintable(r.err));
}

void TestCli::optionValuesAfterEquals()
{
    const QString json = mDir.filePath(u"equals.json"_s);
    const CliRun r
        = runParcours({u"export"_s, mWorkspace, u"--format=json"_s, u"--output="_s + json});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFileInfo(json).size() > 0);
    const CliRun flag = runParcours({u"info"_s, mWorkspace, u"--json=yes"_s});
    QCOMPARE(flag.code, 1);
    QVERIFY2(flag.err.contains(u"parcours: unknown option --json=yes"_s), qPrintable(flag.err));
}

// The messages scripts and users know, whatever parses the arguments.
void TestCli::usageMessagesNameTheArgument()
{
    const QString tryHelp = u"\nTry 'parcours --help'.\n"_s;
    const QList<std::pair<QStringList, QString>> cases = {
        {{u"info"_s, mWorkspace, u"--bogus"_s}, u"parcours: unknown option --bogus"_s},
        {{u"export"_s, mWorkspace, u"--format"_s, u"json"_s, u"-o"_s},
         u"parcours: -o needs a value"_s},
        {{u"export"_s, mWorkspace, u"--format"_s, u"pdf"_s, u"--page"_s, u"A4"_s, u"-o"_s,
          u"x.pdf"_s, u"--dpi"_s},
         u"parcours: --dpi needs a value"_s},
        {{u"import"_s, mWorkspace, u"-x"_s}, u"parcours: unknown option -x"_s},
        {{u"new"_s, mDir.filePath(u"n.parcours"_s), u"--template"_s},
         u"parcours: new: unexpected argument --template"_s},
        {{u"new"_s, u"a.parcours"_s, u"b.parcours"_s},
         u"parcours: new: unexpected argument b.parcours"_s},
        {{u"publish"_s, mWorkspace, u"x.parcours"_s, u"--force"_s},
         u"parcours: publish: unexpected argument --force"_s},
        {{u"admin"_s, u"init-server"_s, u"postgresql://a@h/d?workspace=w"_s, u"--editor"_s},
         u"parcours: admin: unexpected argument --editor"_s},
        {{u"admin"_s, u"init-server"_s, u"postgresql://a@h/d?workspace=w"_s, u"--owner"_s, u"x"_s},
         u"parcours: admin: unexpected argument --owner"_s},
        {{u"check"_s, u"a.parcours"_s, u"b.parcours"_s}, u"parcours: check takes one FILE"_s},
    };
    for (const auto &[args, message] : cases) {
        const CliRun r = runParcours(args);
        QVERIFY2(r.code == 1, qPrintable(args.join(u' ') + u" → "_s + QString::number(r.code)));
        QCOMPARE(r.err, message + tryHelp);
    }
}

// No message, of any command, shows a password given in a location: neither for a location
// that cannot be reached nor for a malformed one (whose parts QUrl's own message lists).
void TestCli::passwordsNeverShown()
{
    const QString password = u"S3c"_s; // in every password below, and nowhere else
    const QString reachable = u"postgresql://alice:S3cret@127.0.0.1:1/db?workspace=w"_s;
    const QStringList locations = {
        reachable,
        u"postgresql://alice:S3cret@127.0.0.1:1/db"_s, // no workspace
        u"postgresql://alice:S3cret@127.0.0.1:port/db?workspace=w"_s, // malformed: port
        u"postgresql://alice:S3cret@[::1/db?workspace=w"_s, // malformed: host
        u"postgres://alice:S3cret%zz@127.0.0.1:1/db?workspace=w"_s, // malformed: escape
        u"postgresql://alice:S3cret@127.0.0.1:1/db?workspace=w&colour=blue"_s,
        u"postgresql://alice:S3cret#1@127.0.0.1:1/db?workspace=w"_s, // unescaped #
        u"postgresql://alice:S3c@ret@127.0.0.1:1/db?workspace=w"_s, // unescaped @
    };
    const QString json = mDir.filePath(u"passwords.json"_s);
    QVERIFY(runParcours({u"export"_s, mWorkspace, u"--format"_s, u"json"_s, u"-o"_s, json}).code
            == 0);
    CliOptions options;
    options.environment.insert(u"PGPASSWORD"_s, QString()); // not from the environment
    options.environment.insert(u"PGCONNECT_TIMEOUT"_s, u"2"_s);
    for (const QString &location : locations) {
        const QList<QStringList> commands = {
            {u"info"_s, location},
            {u"check"_s, location},
            {u"report"_s, location},
            {u"export"_s, location, u"--format"_s, u"json"_s, u"-o"_s, mDir.filePath(u"p.json"_s)},
            {u"export"_s, location, u"--format"_s, u"pdf"_s, u"-o"_s, mDir.filePath(u"p.pdf"_s)},
            {u"import"_s, json, u"--format"_s, u"json"_s, u"-o"_s, location},
            {u"publish"_s, mWorkspace, location},
            {u"publish"_s, location, mDir.filePath(u"home.parcours"_s)},
            {u"new"_s, location},
            {u"admin"_s, u"init-server"_s, location},
            {u"admin"_s, u"init-server"_s, location, location},
            {location}, // the window: more than one location is a usage error
        };
        for (QStringList args : commands) {
            if (args.size() == 1)
                args << location;
            const CliRun r = runParcours(args, options);
            const QString shown = r.out + r.err;
            const QString what = args.join(u' ') + u" → "_s + shown;
            QVERIFY2(r.code == 1 || r.code == 2, qPrintable(what));
            QVERIFY2(r.err.startsWith(u"parcours: "_s), qPrintable(what));
            QVERIFY2(!shown.contains(password), qPrintable(what));
        }
    }
    // The location is still named, without its password.
    const CliRun r = runParcours({u"info"_s, reachable}, options);
    QVERIFY2(r.err.startsWith(u"parcours: postgresql://alice@127.0.0.1:1/db?workspace=w: "_s),
             qPrintable(r.err));
    const CliRun noWorkspace
        = runParcours({u"info"_s, u"postgresql://alice:S3cret@127.0.0.1:1/db"_s});
    QVERIFY2(noWorkspace.err.startsWith(u"parcours: postgresql://alice:***@127.0.0.1:1/db: "_s),
             qPrintable(noWorkspace.err));
    const CliRun malformed
        = runParcours({u"info"_s, u"postgresql://alice:S3cret@127.0.0.1:port/db?workspace=w"_s});
    QVERIFY2(malformed.err.startsWith(
                 u"parcours: postgresql://alice:***@127.0.0.1:port/db?workspace=w: malformed "
                 "location: "_s),
             qPrintable(malformed.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
