#include "document/edits.h"
#include "formats/metricscsvformat.h"
#include "formats/workspaceformat.h"
#include "support/testworkspaces.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(PARCOURS_TEST_DATA) + u"/metrics/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    return file.readAll();
}

ImportResult import(const QByteArray &data, bool skipBadRows = false)
{
    ImportOptions options;
    options.fileName = u"metrics.csv"_s;
    options.skipBadRows = skipBadRows;
    return MetricsCsvFormat().read(data, options);
}

MetricPeriod period(QDate start, QDate end, std::optional<qint64> customersStart,
                    std::optional<qint64> customersNew, std::optional<qint64> customersEnd,
                    std::optional<qint64> dau, std::optional<qint64> mau)
{
    MetricPeriod p;
    p.id = newId();
    p.periodStart = start;
    p.periodEnd = end;
    p.customersStart = customersStart;
    p.customersNew = customersNew;
    p.customersEnd = customersEnd;
    p.dau = dau;
    p.mau = mau;
    return p;
}

// Compares periods ignoring ids (imports give fresh ones).
void compareWithoutIds(std::vector<MetricPeriod> actual, std::vector<MetricPeriod> expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (size_t i = 0; i < actual.size(); ++i) {
        actual[i].id = expected[i].id = 0;
        QVERIFY2(actual[i] == expected[i], qPrintable(u"period %1 differs"_s.arg(i)));
    }
}

} // namespace

class TestMetricsCsvFormat : public QObject
{
    Q_OBJECT

private slots:
    void registered();
    void exportHeaderAndRows();
    void roundTrip();
    void seedFile();
    void frenchSemicolonFileWithBom();
    void malformedRowsReportedWithLineNumbers();
    void skipBadRowsImportsTheGoodOnes();
    void wrongHeaderAndEmptyFile();
    void importAppendsToDocumentInOneStep();
};

void TestMetricsCsvFormat::registered()
{
    const WorkspaceFormat *format = WorkspaceFormats::find(u"metrics-csv"_s);
    QVERIFY(format);
    QVERIFY(format->canRead());
    QVERIFY(format->canWrite());
    QCOMPARE(format->nameFilter(), u"*.csv"_s);
}

void TestMetricsCsvFormat::exportHeaderAndRows()
{
    Workspace w = TestData::everyField();
    w.metrics.push_back(
        period(QDate(2026, 4, 1), QDate(2026, 6, 30), 1200, std::nullopt, -3, 410, 2050));
    const ExportResult out = MetricsCsvFormat().write(w, {});
    QVERIFY(out.error.isEmpty());
    QCOMPARE(out.data,
             QByteArray("period_start,period_end,customers_start,customers_new,customers_end,dau,"
                        "mau\r\n"
                        "2026-01-01,2026-01-31,70,30,90,,900\r\n"
                        "2026-04-01,2026-06-30,1200,,-3,410,2050\r\n"));
}

void TestMetricsCsvFormat::roundTrip()
{
    Workspace w;
    w.metrics
        = {period(QDate(2026, 1, 1), QDate(2026, 1, 31), 70, 30, 90, std::nullopt, 900),
           period(QDate(2025, 10, 1), QDate(2025, 12, 31), 0, 0, 0, 0, 0),
           period(QDate(2024, 2, 1), QDate(2024, 2, 29), std::nullopt, std::nullopt, std::nullopt,
                  std::nullopt, std::nullopt),
           period(QDate(2026, 3, 1), QDate(2026, 3, 31), 9000000000LL, 1, 9000000001LL, 120, 100)};
    const ExportResult out = MetricsCsvFormat().write(w, {});
    const ImportResult in = import(out.data);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QVERIFY(in.fragment);
    compareWithoutIds(in.fragment->metrics, w.metrics);
    // The impossible rows come back, with a warning each (DAU above MAU; start 0).
    QCOMPARE(in.warnings.size(), 2);
    QVERIFY2(in.warnings[0].startsWith(u"metrics.csv:3: warning: impossible period"_s),
             qPrintable(in.warnings[0]));
    QVERIFY2(in.warnings[1].startsWith(u"metrics.csv:5: warning: impossible period"_s),
             qPrintable(in.warnings[1]));
    QVERIFY(in.warnings[1].endsWith(u"DAU (120) above MAU (100)"_s));
    // Written again, byte for byte.
    Workspace again;
    again.metrics = in.fragment->metrics;
    QCOMPARE(MetricsCsvFormat().write(again, {}).data, out.data);
}

void TestMetricsCsvFormat::seedFile()
{
    const ImportResult in = import(readData(u"seed.csv"_s));
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QVERIFY(in.warnings.isEmpty());
    compareWithoutIds(
        in.fragment->metrics,
        {period(QDate(2026, 1, 1), QDate(2026, 1, 31), 70, 30, 90, std::nullopt, std::nullopt),
         period(QDate(2026, 2, 1), QDate(2026, 2, 28), 90, 12, 95, 300, 1500)});
    QVERIFY(in.fragment->personas.empty());
    QVERIFY(in.fragment->journeys.empty());
}

void TestMetricsCsvFormat::frenchSemicolonFileWithBom()
{
    const ImportResult in = import(readData(u"trimestres-fr.csv"_s));
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    compareWithoutIds(
        in.fragment->metrics,
        {period(QDate(2026, 1, 1), QDate(2026, 3, 31), 1200, 300, 1350, std::nullopt, std::nullopt),
         period(QDate(2026, 4, 1), QDate(2026, 6, 30), 1350, 250, 1400, 410, 2050)});
}

void TestMetricsCsvFormat::malformedRowsReportedWithLineNumbers()
{
    const ImportResult in = import(readData(u"malformed.csv"_s));
    QVERIFY(!in.fragment); // a file with errors imports nothing
    QCOMPARE(in.errors,
             (QStringList {
                 u"metrics.csv:3: period_start: \"31/01/2026\" is not a date; write it as "
                 "yyyy-mm-dd (e.g. 2026-01-31)"_s,
                 u"metrics.csv:4: customers_new: \"ten\" is not a whole number"_s,
                 u"metrics.csv:6: expected 7 fields separated by \",\", found 4"_s,
                 u"metrics.csv:8: customers_new: \"5.5\" is not a whole number"_s,
                 u"metrics.csv:9: unterminated quoted field: a quote opened here is never "
                 "closed"_s,
             }));
    QCOMPARE(in.warnings.size(), 1);
    QCOMPARE(in.warnings[0],
             u"metrics.csv:7: warning: impossible period, flagged on the dashboard: more "
             "customers at end (200) than at start plus new ones (100 + 10 = 110)"_s);
}

void TestMetricsCsvFormat::skipBadRowsImportsTheGoodOnes()
{
    const ImportResult in = import(readData(u"malformed.csv"_s), true);
    QCOMPARE(in.errors.size(), 5);
    QVERIFY(in.fragment);
    QCOMPARE(in.fragment->metrics.size(), size_t(2));
    QCOMPARE(in.fragment->metrics[0].periodStart, QDate(2026, 1, 1));
    QCOMPARE(in.fragment->metrics[1].periodStart, QDate(2026, 5, 1)); // impossible, flagged
}

void TestMetricsCsvFormat::wrongHeaderAndEmptyFile()
{
    const ImportResult wrong = import("start,end,customers\n2026-01-01,2026-01-31,5\n");
    QVERIFY(!wrong.fragment);
    QCOMPARE(
        wrong.errors,
        QStringList {u"metrics.csv:1: the header must be exactly period_start,period_end,"
                     "customers_start,customers_new,customers_end,dau,mau, optionally followed by "
                     "computed (found start,end,customers)"_s});
    // A header with an unknown eighth column names the same required seven.
    const ImportResult eighth = import("period_start,period_end,customers_start,customers_new,"
                                       "customers_end,dau,mau,extra\n");
    QVERIFY(!eighth.fragment);
    QCOMPARE(eighth.errors,
             QStringList {u"metrics.csv:1: the header must be exactly period_start,period_end,"
                          "customers_start,customers_new,customers_end,dau,mau, optionally "
                          "followed by computed (found period_start,period_end,customers_start,"
                          "customers_new,customers_end,dau,mau,extra)"_s});
    // The use-case map header is not a metrics file either.
    QVERIFY(!import("persona,problem,use_case,why_better,alternative,frequency,weight,status,"
                    "notes\n")
                 .fragment);
    const ImportResult empty = import("");
    QVERIFY(!empty.fragment);
    QCOMPARE(empty.errors.size(), 1);
    QCOMPARE(empty.errors[0],
             u"metrics.csv:1: the file is empty; the first line must be the header period_start,"
             "period_end,customers_start,customers_new,customers_end,dau,mau, optionally followed "
             "by computed"_s);
    // A header alone is a valid file with no periods.
    const ImportResult headerOnly
        = import("Period_Start,period_end,customers_start,customers_new,customers_end,dau,MAU\n");
    QVERIFY(headerOnly.fragment);
    QVERIFY(headerOnly.fragment->metrics.empty());
    // Seven columns (files written before `computed`) and eight both import.
    const ImportResult seven = import("period_start,period_end,customers_start,customers_new,"
                                      "customers_end,dau,mau\n2026-01-01,2026-01-31,5,1,6,,\n");
    QVERIFY2(seven.errors.isEmpty(), qPrintable(seven.errors.join(u'\n')));
    QVERIFY(seven.fragment);
    QCOMPARE(seven.fragment->metrics.size(), size_t(1));
    QCOMPARE(seven.fragment->metrics[0].customersEnd, std::optional<qint64>(6));
    QCOMPARE(seven.fragment->metrics[0].computed, 0u);
    const ImportResult eight = import("period_start,period_end,customers_start,customers_new,"
                                      "customers_end,dau,mau,computed\n"
                                      "2026-01-01,2026-01-31,5,1,6,3,,dau\n");
    QVERIFY2(eight.errors.isEmpty(), qPrintable(eight.errors.join(u'\n')));
    QVERIFY(eight.fragment);
    QCOMPARE(eight.fragment->metrics.size(), size_t(1));
    QCOMPARE(eight.fragment->metrics[0].customersEnd, std::optional<qint64>(6));
    QCOMPARE(eight.fragment->metrics[0].computed, unsigned(MetricPeriod::DauCount));
}

void TestMetricsCsvFormat::importAppendsToDocumentInOneStep()
{
    QTemporaryDir dir;
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(dir.filePath(u"w.parcours"_s), TestData::everyField());
    QVERIFY(created.document);
    WorkspaceDocument &doc = *created.document;
    ImportResult in = import(readData(u"seed.csv"_s));
    QVERIFY(Edit::importFragment(doc, std::move(*in.fragment), u"Import seed.csv"_s));
    QCOMPARE(doc.workspace().metrics.size(), size_t(3));
    QCOMPARE(doc.workspace().metrics[1].customersEnd, std::optional<qint64>(90));
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.workspace().metrics.size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestMetricsCsvFormat)
#include "tst_metricscsvformat.moc"
