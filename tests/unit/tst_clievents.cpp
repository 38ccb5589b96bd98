// parcours import … --format events (issue 22) as a script uses it: into an existing
// workspace whose use cases name the events, with --users, --from/--to and --skip-bad-rows.
#include "support/parcoursrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(PARCOURS_TEST_DATA) + u"/events/"_s + name;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A workspace whose use cases name the fixtures' events (through usecases-csv's events column).
QString mappedWorkspace(const QTemporaryDir &dir)
{
    const QString csv = writeFile(
        dir, u"usecases.csv"_s,
        "persona,problem,use_case,why_better,alternative,frequency,weight,status,notes,events\n"
        "Owner,,Send an invoice,,,weekly,,,,invoice.sent\n"
        "Owner,,Read the reports,,,monthly,,,,report.*\n"
        "Accountant,,Reconcile the bank account,,,monthly,,,,bank.reconciled|bank.matched\n");
    QString workspace = dir.filePath(u"w.parcours"_s);
    const CliRun created
        = runParcours({u"import"_s, csv, u"--format"_s, u"usecases-csv"_s, u"-o"_s, workspace});
    if (created.code != 0)
        qFatal("cannot create the workspace: %s", qPrintable(created.err));
    return workspace;
}

QJsonObject workspaceJson(const QTemporaryDir &dir, const QString &workspace)
{
    const QString json = dir.filePath(u"w.json"_s);
    const CliRun exported
        = runParcours({u"export"_s, workspace, u"--format"_s, u"json"_s, u"-o"_s, json});
    if (exported.code != 0)
        qFatal("cannot export: %s", qPrintable(exported.err));
    QFile file(json);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no export");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The workspace of mappedWorkspace(), its personas active monthly (so that inactive customers
// can be told), through a JSON round trip.
QString monthlyWorkspace(const QTemporaryDir &dir)
{
    QJsonObject root = workspaceJson(dir, mappedWorkspace(dir));
    QJsonArray personas = root[u"personas"_s].toArray();
    for (auto persona : personas) {
        QJsonObject p = persona.toObject();
        p[u"cadence"_s] = u"monthly"_s;
        persona = p;
    }
    root[u"personas"_s] = personas;
    const QString json = writeFile(dir, u"monthly.json"_s, QJsonDocument(root).toJson());
    QString workspace = dir.filePath(u"monthly.parcours"_s);
    const CliRun imported
        = runParcours({u"import"_s, json, u"--format"_s, u"json"_s, u"-o"_s, workspace});
    if (imported.code != 0)
        qFatal("cannot import the JSON: %s", qPrintable(imported.err));
    return workspace;
}

} // namespace

class TestCliEvents : public QObject
{
    Q_OBJECT

private slots:
    void importsIntoTheWorkspace();
    void reimportReplaces();
    void usersAndWindow();
    void badRowsImportNothing();
    void skipBadRows();
    void refusals();
    void observedReportAndInactiveCustomers();
};

void TestCliEvents::importsIntoTheWorkspace()
{
    QTemporaryDir dir;
    const QString workspace = mappedWorkspace(dir);
    const CliRun run = runParcours({u"import"_s, fixture(u"amplitude.json.gz"_s), u"--format"_s,
                                    u"events"_s, u"-o"_s, workspace});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out,
             u"Imported %1 (Amplitude export): 6 events into %2.\n"
             "Mapped to use cases: 5 events; unmapped: 1.\n"
             "Unmapped events: login (1)\n"
             "Users without a persona: 1 (u3)\n"_s.arg(fixture(u"amplitude.json.gz"_s), workspace));
    const QJsonObject usage = workspaceJson(dir, workspace)[u"usage"_s].toObject();
    QCOMPARE(usage[u"users"_s].toArray().size(), 3);
    const QJsonArray sources = usage[u"sources"_s].toArray();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources[0][u"file_name"_s].toString(), u"amplitude.json.gz"_s);
    QCOMPARE(sources[0][u"counts"_s].toArray().size(), 4);
}

void TestCliEvents::reimportReplaces()
{
    QTemporaryDir dir;
    const QString workspace = mappedWorkspace(dir);
    const QStringList args {
        u"import"_s, fixture(u"events.csv"_s), u"--format"_s, u"events"_s, u"-o"_s, workspace};
    QCOMPARE(runParcours(args).code, 0);
    const CliRun again = runParcours(args);
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.startsWith(u"Re-imported %1 (events CSV): 6 events, replacing its earlier "
                                  "import in %2.\n"_s.arg(fixture(u"events.csv"_s), workspace)),
             qPrintable(again.out));
    const QJsonObject usage = workspaceJson(dir, workspace)[u"usage"_s].toObject();
    QCOMPARE(usage[u"sources"_s].toArray().size(), 1);
}

void TestCliEvents::usersAndWindow()
{
    QTemporaryDir dir;
    const QString workspace = mappedWorkspace(dir);
    const CliRun run
        = runParcours({u"import"_s, fixture(u"events-no-persona.csv"_s), u"--format"_s, u"events"_s,
                       u"-o"_s, workspace, u"--users"_s, fixture(u"users.csv"_s), u"--from"_s,
                       u"2026-01-06"_s, u"--to"_s, u"2026-01-31"_s});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out,
             u"Imported %1 (events CSV): 3 events into %2.\n"
             "Mapped to use cases: 2 events; unmapped: 1.\n"
             "Unmapped events: login (1)\n"
             "Left out before --from or after --to: 3 events.\n"_s.arg(
                 fixture(u"events-no-persona.csv"_s), workspace));
    const QJsonArray users = workspaceJson(dir, workspace)[u"usage"_s][u"users"_s].toArray();
    QCOMPARE(users.size(), 2);
    QVERIFY(users[0].toArray()[1].toDouble() != 0); // u1 is the owner, from users.csv
}

void TestCliEvents::badRowsImportNothing()
{
    QTemporaryDir dir;
    const QString workspace = mappedWorkspace(dir);
    const QString bad = writeFile(dir, u"bad.csv"_s,
                                  "user_id,event,timestamp\n"
                                  "u1,invoice.sent,2026-01-05\n"
                                  "u1,invoice.sent,tomorrow\n");
    const CliRun run
        = runParcours({u"import"_s, bad, u"--format"_s, u"events"_s, u"-o"_s, workspace});
    QCOMPARE(run.code, 2);
    QCOMPARE(run.err,
             u"%1:3: the timestamp \"tomorrow\" is not ISO 8601 nor Unix seconds or "
             "milliseconds\nparcours: %1: nothing imported (1 bad rows)\n"_s.arg(bad));
    QVERIFY(!workspaceJson(dir, workspace).contains(u"usage"_s));

    const QString cut = writeFile(dir, u"cut.json.gz"_s, [] {
        QFile gz(fixture(u"amplitude.json.gz"_s));
        return gz.open(QIODevice::ReadOnly) ? gz.readAll().chopped(20) : QByteArray();
    }());
    const CliRun truncated
        = runParcours({u"import"_s, cut, u"--format"_s, u"events"_s, u"-o"_s, workspace});
    QCOMPARE(truncated.code, 2);
    QVERIFY2(truncated.err.startsWith(u"parcours: %1: the gzip file is truncated"_s.arg(cut)),
             qPrintable(truncated.err));
    QVERIFY(!workspaceJson(dir, workspace).contains(u"usage"_s));
}

void TestCliEvents::skipBadRows()
{
    QTemporaryDir dir;
    const QString workspace = mappedWorkspace(dir);
    const QString bad = writeFile(dir, u"bad.csv"_s,
                                  "user_id,event,timestamp\n"
                                  "u1,invoice.sent,2026-01-05\n"
                                  "u1,invoice.sent,tomorrow\n");
    const CliRun run = runParcours(
        {u"import"_s, bad, u"--format"_s, u"events"_s, u"-o"_s, workspace, u"--skip-bad-rows"_s});
    QCOMPARE(run.code, 2); // some rows were not imported
    QVERIFY(run.err.endsWith(u"parcours: %1: imported the good rows into %2, skipped 1 (see "
                             "above)\n"_s.arg(bad, workspace)));
    const QJsonArray sources = workspaceJson(dir, workspace)[u"usage"_s][u"sources"_s].toArray();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources[0][u"events"_s].toInt(), 1);
}

void TestCliEvents::refusals()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"none.parcours"_s);
    CliRun run = runParcours(
        {u"import"_s, fixture(u"events.csv"_s), u"--format"_s, u"events"_s, u"-o"_s, missing});
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains(u"no such workspace"_s));
    QVERIFY(!QFile::exists(missing));
    run = runParcours({u"import"_s, fixture(u"events.csv"_s), u"--format"_s, u"events"_s, u"-o"_s,
                       mappedWorkspace(dir), u"--from"_s, u"January"_s});
    QCOMPARE(run.code, 1);
    run = runParcours({u"import"_s, fixture(u"events.csv"_s), u"--format"_s, u"usecases-csv"_s,
                       u"-o"_s, missing, u"--users"_s, fixture(u"users.csv"_s)});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains(u"--users, --from and --to apply to events"_s));
}

// Issue 22 end to end: events imported by the command line are what `report --json` and
// `export --format inactive-csv` read back from the file.
void TestCliEvents::observedReportAndInactiveCustomers()
{
    QTemporaryDir dir;
    const QString workspace = monthlyWorkspace(dir);
    // Owner o1 sends two invoices, o2 only reads a report, over 30 days (0.98565 months).
    const QString events = writeFile(dir, u"events.csv"_s,
                                     "user_id,event,timestamp,persona\n"
                                     "o1,invoice.sent,2026-01-01T10:00:00Z,Owner\n"
                                     "o1,invoice.sent,2026-01-15T10:00:00Z,Owner\n"
                                     "o2,report.viewed,2026-01-31T10:00:00Z,Owner\n");
    const CliRun imported
        = runParcours({u"import"_s, events, u"--format"_s, u"events"_s, u"-o"_s, workspace});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));

    const CliRun report = runParcours({u"report"_s, workspace, u"--json"_s});
    QVERIFY2(report.code == 0, qPrintable(report.err));
    const QJsonObject root = QJsonDocument::fromJson(report.out.toUtf8()).object();
    QJsonObject owner;
    for (const QJsonValue persona : root[u"personas"_s].toArray()) {
        if (persona[u"name"_s].toString() == u"Owner")
            owner = persona.toObject();
    }
    QCOMPARE(owner[u"observed"_s][u"active_users"_s].toInt(), 2);
    QJsonObject invoices;
    for (const QJsonValue useCase : owner[u"use_cases"_s].toArray()) {
        if (useCase[u"use_case"_s].toString() == u"Send an invoice")
            invoices = useCase[u"observed"_s].toObject();
    }
    QCOMPARE(invoices[u"users"_s].toInt(), 1);
    // Uses per month: o1 2 / 0.98565 = 2.02912, o2 0; the median of two is their mean.
    QVERIFY2(qAbs(invoices[u"uses_per_month_median"_s].toDouble() - 1.01456) < 1e-4,
             qPrintable(QString::number(invoices[u"uses_per_month_median"_s].toDouble())));
    QCOMPARE(invoices[u"share_below_monthly"_s].toDouble(), 0.5);
    QCOMPARE(invoices[u"forgotten_zone"_s].toBool(), false);

    const QString csv = dir.filePath(u"at-risk.csv"_s);
    const CliRun exported = runParcours({u"export"_s, workspace, u"--format"_s, u"inactive-csv"_s,
                                         u"-o"_s, csv, u"--today"_s, u"2026-02-20"_s});
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.startsWith(u"user_id,persona,last_seen,days_inactive,expected_cadence\r\n"_s),
             qPrintable(text));
    // A monthly cadence is 30.436875 days: o1, last seen 36 days before, is past it; o2 is not.
    QVERIFY2(text.contains(u"o1,Owner,2026-01-15,36,"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"o2,"_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCliEvents)
#include "tst_clievents.moc"
