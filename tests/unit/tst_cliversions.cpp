// parcours version and parcours diff (issue 23) as a script uses them: exact output shapes,
// exit codes (diff: 0 same, 1 changed, 2 trouble) and messages.
#include "support/parcoursrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

namespace {

QString newWorkspace(const QTemporaryDir &dir, const QString &name = u"w.parcours"_s)
{
    QString path = dir.filePath(name);
    const CliRun created = runParcours({u"new"_s, path, u"--template"_s, u"saas"_s});
    if (created.code != 0)
        qFatal("cannot create the workspace: %s", qPrintable(created.err));
    return path;
}

// Adds a persona with a use case to the workspace, as a later edit would.
void addPersona(const QTemporaryDir &dir, const QString &workspace)
{
    const QString csv = dir.filePath(u"more.csv"_s);
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(csv));
    file.write("persona,problem,use_case,why_better,alternative,frequency,weight,status,notes\n"
               "Accountant,,Reconcile the bank account,,,monthly,,,\n");
    file.close();
    const CliRun imported
        = runParcours({u"import"_s, csv, u"--format"_s, u"usecases-csv"_s, u"-o"_s, workspace});
    if (imported.code != 0)
        qFatal("cannot import: %s", qPrintable(imported.err));
}

} // namespace

class TestCliVersions : public QObject
{
    Q_OBJECT

private slots:
    void saveAndList();
    void emptyOrTakenLabel();
    void listJson();
    void diffExitCodes();
    void diffJson();
    void diffErrors();
    void jsonExportCarriesVersions();
};

void TestCliVersions::saveAndList()
{
    QTemporaryDir dir;
    const QString w = newWorkspace(dir);
    CliRun run = runParcours({u"version"_s, w, u"list"_s});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QString());
    run = runParcours({u"version"_s, w, u"save"_s, u"Workshop 1"_s},
                      {{{u"USER"_s, u"camille"_s}}, {}, 120000});
    QCOMPARE(run.code, 0);
    QVERIFY2(QRegularExpression(
                 u"^Saved version \"Workshop 1\" of .*w\\.parcours \\(\\d+ bytes\\)\\.\n$"_s)
                 .match(run.out)
                 .hasMatch(),
             qPrintable(run.out));
    QCOMPARE(runParcours({u"version"_s, w, u"save"_s, u"Après l'atelier"_s},
                         {{{u"USER"_s, u"dominique"_s}}, {}, 120000})
                 .code,
             0);
    run = runParcours({u"version"_s, w, u"list"_s});
    QCOMPARE(run.code, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QRegularExpression line(u"^(.+)\t(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ)\t(.*)$"_s);
    QRegularExpressionMatch first = line.match(lines[0]);
    QVERIFY2(first.hasMatch(), qPrintable(lines[0]));
    QCOMPARE(first.captured(1), u"Workshop 1"_s);
    QCOMPARE(first.captured(3), u"camille"_s);
    QRegularExpressionMatch second = line.match(lines[1]);
    QCOMPARE(second.captured(1), u"Après l'atelier"_s);
    QCOMPARE(second.captured(3), u"dominique"_s);
}

void TestCliVersions::emptyOrTakenLabel()
{
    QTemporaryDir dir;
    const QString w = newWorkspace(dir);
    // Without USER (cron): the home folder's name is the author.
    const CliOptions noUser {{{u"USER"_s, QString()}, {u"USERNAME"_s, QString()}}, {}, 120000};
    QCOMPARE(runParcours({u"version"_s, w, u"save"_s, u"Baseline"_s}, noUser).code, 0);
    QVERIFY(!runParcours({u"version"_s, w, u"list"_s}).out.endsWith(u"\t\n"_s));
    CliRun run = runParcours({u"version"_s, w, u"save"_s, u"Baseline"_s});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.endsWith(u"w.parcours: a version labelled \"Baseline\" exists already; "
                              "choose another label\n"_s),
             qPrintable(run.err));
    run = runParcours({u"version"_s, w, u"save"_s, u""_s});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.endsWith(u"w.parcours: a version needs a label\n"_s), qPrintable(run.err));
    run = runParcours({u"version"_s, w, u"save"_s});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.startsWith(u"parcours: usage: parcours version WORKSPACE save LABEL"_s),
             qPrintable(run.err));
    run = runParcours({u"version"_s, dir.filePath(u"missing.parcours"_s), u"list"_s});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.startsWith(u"parcours: "_s), qPrintable(run.err));
}

void TestCliVersions::listJson()
{
    QTemporaryDir dir;
    const QString w = newWorkspace(dir);
    QCOMPARE(runParcours({u"version"_s, w, u"save"_s, u"v1"_s},
                         {{{u"USER"_s, u"camille"_s}}, {}, 120000})
                 .code,
             0);
    const CliRun run = runParcours({u"version"_s, w, u"list"_s, u"--json"_s});
    QCOMPARE(run.code, 0);
    const QJsonArray versions
        = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"versions"_s).toArray();
    QCOMPARE(versions.size(), 1);
    const QJsonObject v = versions[0].toObject();
    QCOMPARE(v.value(u"label"_s).toString(), u"v1"_s);
    QCOMPARE(v.value(u"author"_s).toString(), u"camille"_s);
    QVERIFY(QDateTime::fromString(v.value(u"created"_s).toString(), Qt::ISODate).isValid());
    QVERIFY(v.value(u"bytes"_s).toInt() > 0);
}

void TestCliVersions::diffExitCodes()
{
    QTemporaryDir dir;
    const QString w = newWorkspace(dir);
    QCOMPARE(runParcours({u"version"_s, w, u"save"_s, u"Workshop 1"_s}).code, 0);
    CliRun run = runParcours({u"diff"_s, w, u"--from"_s, u"Workshop 1"_s});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, u"No changes.\n"_s);

    addPersona(dir, w);
    run = runParcours({u"diff"_s, w, u"--from"_s, u"Workshop 1"_s});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.out, u"Persona \"Accountant\":\n  added persona \"Accountant\"\n"_s);
    QCOMPARE(runParcours({u"version"_s, w, u"save"_s, u"Workshop 2"_s}).code, 0);
    run = runParcours({u"diff"_s, w, u"--from"_s, u"Workshop 2"_s, u"--to"_s, u"Workshop 1"_s});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.out, u"Persona \"Accountant\":\n  removed persona \"Accountant\"\n"_s);
    run = runParcours({u"diff"_s, w, u"--from"_s, u"Workshop 2"_s});
    QCOMPARE(run.code, 0);
}

void TestCliVersions::diffJson()
{
    QTemporaryDir dir;
    const QString w = newWorkspace(dir);
    QCOMPARE(runParcours({u"version"_s, w, u"save"_s, u"Before"_s}).code, 0);
    addPersona(dir, w);
    const CliRun run = runParcours({u"diff"_s, w, u"--from"_s, u"Before"_s, u"--json"_s});
    QCOMPARE(run.code, 1);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(root.value(u"changed"_s).toBool(), true);
    const QJsonArray groups = root.value(u"groups"_s).toArray();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups[0].toObject().value(u"name"_s).toString(), u"Accountant"_s);
}

void TestCliVersions::diffErrors()
{
    QTemporaryDir dir;
    const QString w = newWorkspace(dir);
    CliRun run = runParcours({u"diff"_s, w, u"--from"_s, u"Nope"_s});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.endsWith(u"w.parcours: no version is labelled \"Nope\"\n"_s),
             qPrintable(run.err));
    run = runParcours({u"diff"_s, w});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.startsWith(u"parcours: usage: parcours diff WORKSPACE --from LABEL"_s),
             qPrintable(run.err));
    run = runParcours({u"diff"_s, w, u"--from"_s, u"x"_s, u"--bogus"_s});
    QCOMPARE(run.code, 2);
    run = runParcours({u"diff"_s, dir.filePath(u"missing.parcours"_s), u"--from"_s, u"x"_s});
    QCOMPARE(run.code, 2);
}

void TestCliVersions::jsonExportCarriesVersions()
{
    QTemporaryDir dir;
    const QString w = newWorkspace(dir);
    QCOMPARE(runParcours({u"version"_s, w, u"save"_s, u"Baseline"_s},
                         {{{u"USER"_s, u"camille"_s}}, {}, 120000})
                 .code,
             0);
    addPersona(dir, w);
    const QString json = dir.filePath(u"w.json"_s);
    QCOMPARE(runParcours({u"export"_s, w, u"--format"_s, u"json"_s, u"-o"_s, json}).code, 0);
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray versions
        = QJsonDocument::fromJson(file.readAll()).object().value(u"versions"_s).toArray();
    file.close();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions[0].toObject().value(u"label"_s).toString(), u"Baseline"_s);

    // Imported into a new workspace, the versions come along: the diff reads the same.
    const QString copy = dir.filePath(u"copy.parcours"_s);
    CliRun run = runParcours({u"import"_s, json, u"--format"_s, u"json"_s, u"-o"_s, copy});
    QCOMPARE(run.code, 0);
    run = runParcours({u"version"_s, copy, u"list"_s});
    QVERIFY2(run.out.startsWith(u"Baseline\t"_s), qPrintable(run.out));
    QVERIFY2(run.out.endsWith(u"\tcamille\n"_s), qPrintable(run.out));
    run = runParcours({u"diff"_s, copy, u"--from"_s, u"Baseline"_s});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.out, u"Persona \"Accountant\":\n  added persona \"Accountant\"\n"_s);

    const QString bare = dir.filePath(u"bare.json"_s);
    QCOMPARE(
        runParcours({u"export"_s, w, u"--format"_s, u"json"_s, u"-o"_s, bare, u"--no-versions"_s})
            .code,
        0);
    QFile bareFile(bare);
    QVERIFY(bareFile.open(QIODevice::ReadOnly));
    QVERIFY(!QJsonDocument::fromJson(bareFile.readAll()).object().contains(u"versions"_s));
}

QTEST_GUILESS_MAIN(TestCliVersions)
#include "tst_cliversions.moc"
