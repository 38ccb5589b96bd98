// The command line as a script uses it: parcours import / export / report on use-case CSV.
#include "support/parcoursrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(PARCOURS_TEST_DATA) + u"/usecases/"_s + name;
}

// `rows` use-case rows over two personas, each with a quoted line break (two lines each);
// `badLast` makes the last row's frequency wrong.
QByteArray useCaseRows(int rows, bool badLast)
{
    QByteArray csv = "persona,problem,use_case,why_better,alternative,frequency,weight,status,"
                     "notes\n";
    for (int i = 0; i < rows; ++i) {
        const bool bad = badLast && i == rows - 1;
        csv += "Persona " + QByteArray::number(i % 2) + ",Problem " + QByteArray::number(i)
            + ",\"Use case " + QByteArray::number(i) + "\nsecond line, \"\"quoted\"\"\",Better,"
            + "Other," + (bad ? "often" : "weekly") + ",1.5,current," + QByteArray(100, 'n') + "\n";
    }
    return csv;
}

// Use cases per persona, from `parcours info --json`.
QList<int> useCaseCounts(const QString &workspace)
{
    QList<int> counts;
    const QJsonArray personas
        = QJsonDocument::fromJson(runParcours({u"info"_s, workspace, u"--json"_s}).out.toUtf8())
              .object()[u"personas"_s]
              .toArray();
    for (const QJsonValue persona : personas)
        counts << persona[u"use_cases"_s].toInt();
    return counts;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliUseCases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }
    void importReportExportRoundTrip();
    void importAddsToAnExistingWorkspace();
    void malformedFileImportsNothing();
    void skipBadRows();
    void reportText();
    void importPrintsTheRowCount();
    void lateBadRowInALargeFileImportsNothing();
    void filesAboveTheLimitAreRefusedUnread();
    void inactiveCsvWithoutUsage();

private:
    QTemporaryDir mDir;
};

void TestCliUseCases::importReportExportRoundTrip()
{
    const QString workspace = mDir.filePath(u"zillow.parcours"_s);
    CliRun run = runParcours({u"import"_s, data(u"zillow-fr.csv"_s), u"--format"_s,
                              u"usecases-csv"_s, u"-o"_s, workspace});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(QFileInfo::exists(workspace));

    run = runParcours({u"report"_s, workspace, u"--json"_s});
    QCOMPARE(run.code, 0);
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(report[u"workspace"_s][u"forgotten_zone"_s].toBool(), false); // 1 of 2 personas
    const QJsonArray personas = report[u"personas"_s].toArray();
    QCOMPARE(personas.size(), 2);
    const QJsonObject buyer = personas[0].toObject();
    QCOMPARE(buyer[u"name"_s].toString(), u"Acheteur"_s);
    QCOMPARE(buyer[u"forgotten_zone"_s].toBool(), true);
    QCOMPARE(buyer[u"forgotten_zone_with_planned"_s].toBool(), true); // 0.8 of weight
    QCOMPARE(buyer[u"share_below_monthly"_s].toDouble(), 1.0);
    const QJsonObject purchase = buyer[u"use_cases"_s].toArray()[0].toObject();
    QCOMPARE(purchase[u"frequency"_s].toString(), u"every 5.5 years"_s);
    QCOMPARE(purchase[u"uses_per_month"_s].toDouble(), 1.0 / 66);
    QCOMPARE(purchase[u"status"_s].toString(), u"current"_s);
    QCOMPARE(purchase[u"forgotten_zone"_s].toBool(), true);

    const QString csv = mDir.filePath(u"out.csv"_s);
    run = runParcours({u"export"_s, workspace, u"--format"_s, u"usecases-csv"_s, u"-o"_s, csv});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QByteArray exported = contents(csv);
    QVERIFY(exported.startsWith(
        "persona,problem,use_case,why_better,alternative,frequency,weight,status,notes\r\n"));
    QVERIFY(exported.contains("Acheteur,Trouver un logement,Chercher des annonces et réserver "
                              "des visites,\"Toutes les annonces, avec l'historique des prix\","
                              "Sites des agences,every 5.5 years,0.7,current,\"Achat : environ "
                              "une fois\ntous les 66 mois\"\r\n"));

    // Back in, into a fresh workspace: the same rows come out.
    const QString second = mDir.filePath(u"second.parcours"_s);
    QCOMPARE(
        runParcours({u"import"_s, csv, u"--format"_s, u"usecases-csv"_s, u"-o"_s, second}).code, 0);
    const QString csv2 = mDir.filePath(u"out2.csv"_s);
    QCOMPARE(
        runParcours({u"export"_s, second, u"--format"_s, u"usecases-csv"_s, u"-o"_s, csv2}).code,
        0);
    QCOMPARE(contents(csv2), exported);
}

// The wiring of `export --format inactive-csv` and report --json without usage events (the
// figures are tested in tst_observedusage; a file holding usage is another part of issue 22).
void TestCliUseCases::inactiveCsvWithoutUsage()
{
    const QString workspace = mDir.filePath(u"nousage.parcours"_s);
    QCOMPARE(runParcours({u"import"_s, data(u"zillow-fr.csv"_s), u"--format"_s, u"usecases-csv"_s,
                          u"-o"_s, workspace})
                 .code,
             0);
    const QString csv = mDir.filePath(u"at-risk.csv"_s);
    CliRun run = runParcours({u"export"_s, workspace, u"--format"_s, u"inactive-csv"_s, u"-o"_s,
                              csv, u"--today"_s, u"2026-03-10"_s});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(contents(csv), "user_id,persona,last_seen,days_inactive,expected_cadence\r\n");
    run = runParcours({u"export"_s, workspace, u"--format"_s, u"inactive-csv"_s, u"-o"_s, csv});
    QCOMPARE(run.code, 0); // today, in UTC

    run = runParcours({u"export"_s, workspace, u"--format"_s, u"inactive-csv"_s, u"-o"_s, csv,
                       u"--today"_s, u"10/03/2026"_s});
    QVERIFY(run.code != 0);
    QVERIFY2(run.err.contains(u"--today: \"10/03/2026\" is not a date (yyyy-MM-dd)"_s),
             qPrintable(run.err));

    run = runParcours({u"report"_s, workspace, u"--json"_s});
    QCOMPARE(run.code, 0);
    QVERIFY(!run.out.contains(u"observed"_s));
}

void TestCliUseCases::importAddsToAnExistingWorkspace()
{
    const QString workspace = mDir.filePath(u"adds.parcours"_s);
    QCOMPARE(runParcours({u"import"_s, data(u"zillow-fr.csv"_s), u"--format"_s, u"usecases-csv"_s,
                          u"-o"_s, workspace})
                 .code,
             0);
    const QString more = mDir.filePath(u"more.csv"_s);
    QFile file(more);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("persona,problem,use_case,why_better,alternative,frequency,weight,status,notes\n"
               "Acheteur,,Alertes,,,weekly,,current,\nBailleur,,Publier,,,every 2 years,,,\n");
    file.close();
    QCOMPARE(
        runParcours({u"import"_s, more, u"--format"_s, u"usecases-csv"_s, u"-o"_s, workspace}).code,
        0);
    const CliRun run = runParcours({u"report"_s, workspace, u"--json"_s});
    const QJsonArray personas
        = QJsonDocument::fromJson(run.out.toUtf8()).object()[u"personas"_s].toArray();
    QCOMPARE(personas.size(), 3);
    QCOMPARE(personas[0][u"use_cases"_s].toArray().size(), 4);
    QCOMPARE(personas[2][u"name"_s].toString(), u"Bailleur"_s);

    // The same file again (or an export brought back from a spreadsheet): rows the workspace
    // has already, field for field, are not added twice, and the import says so.
    const CliRun again
        = runParcours({u"import"_s, more, u"--format"_s, u"usecases-csv"_s, u"-o"_s, workspace});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.err.contains(
                 u"more.csv: warning: 2 use cases are already in the workspace; not added again"_s),
             qPrintable(again.err));
    const QJsonArray after
        = QJsonDocument::fromJson(runParcours({u"report"_s, workspace, u"--json"_s}).out.toUtf8())
              .object()[u"personas"_s]
              .toArray();
    QCOMPARE(after, personas);
}

void TestCliUseCases::malformedFileImportsNothing()
{
    // Into a new workspace: not created.
    const QString fresh = mDir.filePath(u"never.parcours"_s);
    CliRun run = runParcours(
        {u"import"_s, data(u"malformed.csv"_s), u"--format"_s, u"usecases-csv"_s, u"-o"_s, fresh});
    QCOMPARE(run.code, 2);
    QVERIFY(!QFileInfo::exists(fresh));
    const QString file = data(u"malformed.csv"_s);
    for (int line : {3, 4, 5, 7})
        QVERIFY2(run.err.contains(u"%1:%2: "_s.arg(file).arg(line)), qPrintable(run.err));
    QVERIFY(run.err.contains(u"nothing imported (4 errors)"_s));

    // Into an existing one: unchanged, byte for byte.
    const QString existing = mDir.filePath(u"kept.parcours"_s);
    QCOMPARE(runParcours({u"import"_s, data(u"zillow-fr.csv"_s), u"--format"_s, u"usecases-csv"_s,
                          u"-o"_s, existing})
                 .code,
             0);
    const QByteArray before = contents(existing);
    run = runParcours({u"import"_s, file, u"--format"_s, u"usecases-csv"_s, u"-o"_s, existing});
    QCOMPARE(run.code, 2);
    QCOMPARE(contents(existing), before);
}

void TestCliUseCases::skipBadRows()
{
    const QString workspace = mDir.filePath(u"partial.parcours"_s);
    const CliRun run = runParcours({u"import"_s, data(u"malformed.csv"_s), u"--format"_s,
                                    u"usecases-csv"_s, u"-o"_s, workspace, u"--skip-bad-rows"_s});
    QCOMPARE(run.code, 2); // errors were reported, the good rows imported
    QVERIFY2(run.err.contains(u"parcours: "_s + data(u"malformed.csv"_s)
                              + u": imported 2 rows into "_s + workspace
                              + u", skipped 4 (see above)"_s),
             qPrintable(run.err));
    const QJsonArray personas
        = QJsonDocument::fromJson(runParcours({u"report"_s, workspace, u"--json"_s}).out.toUtf8())
              .object()[u"personas"_s]
              .toArray();
    QCOMPARE(personas.size(), 2);
    QCOMPARE(personas[1][u"use_cases"_s].toArray().size(), 1);
}

void TestCliUseCases::reportText()
{
    const QString workspace = mDir.filePath(u"text.parcours"_s);
    QCOMPARE(runParcours({u"import"_s, data(u"zillow-fr.csv"_s), u"--format"_s, u"usecases-csv"_s,
                          u"-o"_s, workspace})
                 .code,
             0);
    const CliRun run = runParcours({u"report"_s, workspace});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"Acheteur: in the forgotten zone"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"share below monthly: 100 % today"_s));
    QVERIFY(run.out.contains(u"\u25BD Chercher des annonces et réserver des visites — every 5.5 "
                             "years: 0.0152 uses a month (about once every 66 months)"_s));
    QCOMPARE(runParcours({u"report"_s}).code, 1);
    QCOMPARE(runParcours({u"report"_s, mDir.filePath(u"missing.parcours"_s)}).code, 2);
}

void TestCliUseCases::importPrintsTheRowCount()
{
    const QString csv = mDir.filePath(u"five.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(useCaseRows(5, false) + "Persona without use cases,,,,,,,,\n");
    file.close();
    const QString workspace = mDir.filePath(u"counted.parcours"_s);
    CliRun run
        = runParcours({u"import"_s, csv, u"--format"_s, u"usecases-csv"_s, u"-o"_s, workspace});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, u"Imported 6 rows from %1 into %2.\n"_s.arg(csv, workspace));
    QCOMPARE(run.err, QString());
    QCOMPARE(useCaseCounts(workspace), (QList<int> {3, 2, 0}));
    // Into the same workspace again: the rows read, the identical use cases not added twice.
    run = runParcours({u"import"_s, csv, u"--format"_s, u"usecases-csv"_s, u"-o"_s, workspace});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, u"Imported 6 rows from %1 into %2.\n"_s.arg(csv, workspace));
    QCOMPARE(
        run.err,
        u"%1: warning: 5 use cases are already in the workspace; not added again\n"_s.arg(csv));
    QCOMPARE(useCaseCounts(workspace), (QList<int> {3, 2, 0}));
}

void TestCliUseCases::lateBadRowInALargeFileImportsNothing()
{
    // About 3.5 MB (several of the pieces the import reads), the bad row last.
    const int rows = 25000;
    const QString csv = mDir.filePath(u"large-bad.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(useCaseRows(rows, true));
    file.close();
    QVERIFY(file.size() > (qint64(3) << 20));
    const int badLine = 1 + 2 * (rows - 1) + 1; // the header, then two lines per row

    const QString fresh = mDir.filePath(u"large-never.parcours"_s);
    CliRun run = runParcours({u"import"_s, csv, u"--format"_s, u"usecases-csv"_s, u"-o"_s, fresh});
    QCOMPARE(run.code, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(
                 u"%1:%2: frequency: \"often\" is not a frequency"_s.arg(csv).arg(badLine)),
             qPrintable(run.err));
    QVERIFY(run.err.endsWith(u"parcours: %1: nothing imported (1 error)\n"_s.arg(csv)));
    QVERIFY(!QFileInfo::exists(fresh));
    QCOMPARE(QDir(mDir.path()).entryList({u"large-never*"_s}), QStringList());

    const QString existing = mDir.filePath(u"large-kept.parcours"_s);
    QCOMPARE(runParcours({u"import"_s, data(u"zillow-fr.csv"_s), u"--format"_s, u"usecases-csv"_s,
                          u"-o"_s, existing})
                 .code,
             0);
    const QList<int> countsBefore = useCaseCounts(existing);
    const QByteArray before = contents(existing);
    run = runParcours({u"import"_s, csv, u"--format"_s, u"usecases-csv"_s, u"-o"_s, existing});
    QCOMPARE(run.code, 2);
    QCOMPARE(contents(existing), before);
    QCOMPARE(useCaseCounts(existing), countsBefore);

    // The same file without its bad row: every row in, in one run.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(useCaseRows(rows - 1, false));
    file.close();
    run = runParcours({u"import"_s, csv, u"--format"_s, u"usecases-csv"_s, u"-o"_s, existing});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, u"Imported %1 rows from %2 into %3.\n"_s.arg(rows - 1).arg(csv, existing));
    QList<int> countsAfter = countsBefore;
    countsAfter << (rows - 1 + 1) / 2 << (rows - 1) / 2;
    QCOMPARE(useCaseCounts(existing), countsAfter);
}

void TestCliUseCases::filesAboveTheLimitAreRefusedUnread()
{
    // A valid header, then a sparse tail past 64 MB: cheap to create, refused by its size.
    const auto bigFile = [this](const QString &name, const QByteArray &header) {
        const QString path = mDir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(header) != header.size())
            return QString();
        file.close();
        return file.resize((qint64(64) << 20) + 1) ? path : QString();
    };

    // Journey and metrics CSV become one fragment in memory: refused as JSON is.
    const QString journeys
        = bigFile(u"big-journeys.csv"_s,
                  "journey,stage_order,stage,lane,value,assessment,emotion,duration,entering\n");
    QVERIFY(!journeys.isEmpty());
    const QString metrics
        = bigFile(u"big-metrics.csv"_s,
                  "period_start,period_end,customers_start,customers_new,customers_end,dau,mau\n");
    QVERIFY(!metrics.isEmpty());
    const QString workspace = mDir.filePath(u"big-never.parcours"_s);
    for (const auto &[csv, format] :
         {std::pair {journeys, u"journey-csv"_s}, std::pair {metrics, u"metrics-csv"_s}}) {
        const CliRun run
            = runParcours({u"import"_s, csv, u"--format"_s, format, u"-o"_s, workspace});
        QCOMPARE(run.code, 2);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err,
                 u"%1: the file is too large to import as %2 (65 MB; at most 64 MB)\n"
                 "parcours: %1: nothing imported (1 error)\n"_s.arg(csv, format));
        QVERIFY(!QFileInfo::exists(workspace));
    }

    // Use cases stream into a file, not yet into a shared workspace: the message says how.
    // Refused before any connection (no server listens on port 1).
    const QString useCases = bigFile(u"big-usecases.csv"_s, useCaseRows(1, false));
    QVERIFY(!useCases.isEmpty());
    const CliRun run = runParcours({u"import"_s, useCases, u"--format"_s, u"usecases-csv"_s,
                                    u"-o"_s, u"postgresql://nobody@127.0.0.1:1/db?workspace=w"_s});
    QCOMPARE(run.code, 2);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err,
             u"parcours: %1: the file is too large to import into a shared workspace (65 MB; at "
             "most 64 MB): import it into a workspace file (-o FILE.parcours), then publish that "
             "(parcours publish FILE.parcours URL)\n"_s.arg(useCases));
}

QTEST_GUILESS_MAIN(TestCliUseCases)
#include "tst_cliusecases.moc"
