// Metric periods' counts computed from events (issue 22): Fill from Events marks what it
// writes, typing clears the mark in the same undo step, a re-fill replaces computed values
// without asking; the mark travels through the store (schema 13, and files of schema 12),
// JSON, the metrics CSV and the versions' snapshots.
#include "analytics/usagemetrics.h"
#include "analytics/workspacediff.h"
#include "document/editsmetricsfill.h"
#include "document/entityfields.h"
#include "formats/metricscsvformat.h"
#include "formats/workspaceformat.h"
#include "formats/workspacejson.h"
#include "formats/workspacesnapshot.h"
#include "itemmodels/metricstablemodel.h"
#include "store/migrations.h"
#include "store/workspacestore.h"

#include "support/observedusagedata.h"

#include <QFile>
#include <QFont>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

std::optional<qint64> count(qint64 value)
{
    return value;
}

constexpr unsigned endDauMau
    = MetricPeriod::CustomersEndCount | MetricPeriod::DauCount | MetricPeriod::MauCount;

MetricPeriod typedFebruary()
{
    MetricPeriod february;
    february.id = 77;
    february.periodStart = QDate(2026, 2, 1);
    february.periodEnd = QDate(2026, 2, 28);
    february.customersStart = 10; // typed by the user, differs from the events' 6
    february.customersEnd = 4; // typed, equal to the events'
    return february;
}

std::unique_ptr<WorkspaceDocument> documentOf(const QTemporaryDir &dir, const Workspace &w)
{
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(dir.filePath(u"w.parcours"_s), w);
    if (!created.document)
        qFatal("cannot create: %s", qPrintable(created.error));
    return std::move(created.document);
}

Workspace withComputedPeriods()
{
    Workspace w;
    MetricPeriod a;
    a.id = 5;
    a.periodStart = QDate(2026, 1, 1);
    a.periodEnd = QDate(2026, 1, 31);
    a.customersStart = 70;
    a.customersNew = 30;
    a.customersEnd = 90;
    a.dau = 210;
    a.mau = 900;
    a.computed = MetricPeriod::DauCount | MetricPeriod::MauCount;
    MetricPeriod b = a;
    b.id = 6;
    b.periodStart = QDate(2026, 2, 1);
    b.periodEnd = QDate(2026, 2, 28);
    b.computed = MetricPeriod::AllCounts;
    MetricPeriod typed = a;
    typed.id = 7;
    typed.periodStart = QDate(2026, 3, 1);
    typed.periodEnd = QDate(2026, 3, 31);
    typed.computed = 0;
    w.metrics = {a, b, typed};
    return w;
}

} // namespace

class TestComputedMetrics : public QObject
{
    Q_OBJECT

private slots:
    void fillMarksWhatItWritesInOneStep();
    void refillReplacesComputedWithoutAsking();
    void typingClearsTheMarkInTheSameStep();
    void pastingClearsTheMark();
    void tableShowsComputedInItalics();
    void jsonRoundTrip();
    void jsonRefusesAnUnknownCount();
    void diffListsTheMark();
    void csvRoundTripAndOldHeader();
    void snapshotRoundTripAndFormatOne();
    void schema12FileOpensWithNothingComputed();
};

void TestComputedMetrics::fillMarksWhatItWritesInOneStep()
{
    QTemporaryDir dir;
    Workspace w = TestData::observedUsage();
    w.metrics = {typedFebruary()};
    auto doc = documentOf(dir, w);
    const Edit::MetricsFillPlan plan
        = Edit::planMetricsFill(doc->workspace(), metricPeriodsFromUsage(doc->workspace().usage));
    QCOMPARE(plan.replacements.size(), 1); // February's typed start
    QVERIFY(Edit::fillMetricPeriods(*doc, plan, false));
    QCOMPARE(doc->undoStack()->count(), 1);
    const auto &metrics = doc->workspace().metrics;
    QCOMPARE(metrics.size(), size_t(3));
    // February: new, DAU and MAU filled and marked; start (kept) and end (equal) stay typed.
    QCOMPARE(metrics[0].computed,
             unsigned(MetricPeriod::CustomersNewCount | MetricPeriod::DauCount
                      | MetricPeriod::MauCount));
    QVERIFY(!metrics[0].isComputed(MetricPeriod::CustomersStartCount));
    QVERIFY(!metrics[0].isComputed(MetricPeriod::CustomersEndCount));
    // January (added, whole month): end, DAU and MAU, no start (no month before).
    QCOMPARE(metrics[1].periodStart, QDate(2026, 1, 1));
    QCOMPARE(metrics[1].computed, endDauMau);
    // March (added, 2 days seen): its DAU and its start (February was whole).
    QCOMPARE(metrics[2].computed,
             unsigned(MetricPeriod::DauCount | MetricPeriod::CustomersStartCount));

    doc->undoStack()->undo();
    QCOMPARE(doc->workspace().metrics.size(), size_t(1));
    QCOMPARE(doc->workspace().metrics[0], typedFebruary());
    QCOMPARE(doc->workspace().metrics[0].computed, 0U);
    doc->undoStack()->redo();
    QCOMPARE(doc->workspace().metrics[0].computed,
             unsigned(MetricPeriod::CustomersNewCount | MetricPeriod::DauCount
                      | MetricPeriod::MauCount));

    // Replacing the typed start marks it too.
    doc->undoStack()->undo();
    QVERIFY(Edit::fillMetricPeriods(*doc, plan, true));
    QCOMPARE(doc->workspace().metrics[0].customersStart, count(6));
    QVERIFY(doc->workspace().metrics[0].isComputed(MetricPeriod::CustomersStartCount));
}

void TestComputedMetrics::refillReplacesComputedWithoutAsking()
{
    QTemporaryDir dir;
    Workspace w = TestData::observedUsage();
    MetricPeriod february = typedFebruary();
    february.customersStart = 10;
    february.customersNew = 3; // computed by an earlier fill: the events now say 0
    february.mau = 99; // computed earlier: now 4
    february.customersEnd = 4; // typed
    february.dau = 7; // computed earlier, but the events give nothing else: it is replaced
    february.computed
        = MetricPeriod::CustomersNewCount | MetricPeriod::MauCount | MetricPeriod::DauCount;
    MetricPeriod march;
    march.id = 78;
    march.periodStart = QDate(2026, 3, 1);
    march.periodEnd = QDate(2026, 3, 31);
    march.mau = 3; // computed by an older fill; March is seen in part: no MAU now
    march.computed = MetricPeriod::MauCount;
    w.metrics = {february, march};
    auto doc = documentOf(dir, w);

    const Edit::MetricsFillPlan plan
        = Edit::planMetricsFill(doc->workspace(), metricPeriodsFromUsage(doc->workspace().usage));
    // Only the typed start differs and is typed: the one value asked about.
    QCOMPARE(plan.replacements.size(), 1);
    QCOMPARE(plan.replacements[0].field, int(Field::MetricCustomersStart));
    QVERIFY(Edit::fillMetricPeriods(*doc, plan, false));
    const MetricPeriod &feb = doc->workspace().metrics[0];
    QCOMPARE(feb.customersStart, count(10)); // typed, kept
    QCOMPARE(feb.customersNew, count(0));
    QCOMPARE(feb.mau, count(4));
    QCOMPARE(feb.dau, count(0));
    QCOMPARE(feb.customersEnd, count(4));
    QVERIFY(!feb.isComputed(MetricPeriod::CustomersEndCount));
    const MetricPeriod &mar = doc->workspace().metrics[1];
    QVERIFY(!mar.mau); // the events no longer give it: emptied, unmarked
    QVERIFY(!mar.isComputed(MetricPeriod::MauCount));
    QVERIFY(mar.isComputed(MetricPeriod::DauCount));
    QCOMPARE(mar.dau, count(2));
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QCOMPARE(doc->workspace().metrics[0], february);
    QCOMPARE(doc->workspace().metrics[1], march);

    // Nothing left to do once filled, typed values kept.
    QVERIFY(Edit::fillMetricPeriods(*doc, plan, false));
    const Edit::MetricsFillPlan again
        = Edit::planMetricsFill(doc->workspace(), metricPeriodsFromUsage(doc->workspace().usage));
    QVERIFY(again.fills.isEmpty());
    QVERIFY(again.added.empty());
    QCOMPARE(again.replacements.size(), 1);
}

void TestComputedMetrics::typingClearsTheMarkInTheSameStep()
{
    QTemporaryDir dir;
    auto doc = documentOf(dir, withComputedPeriods());
    MetricsTableModel model;
    model.setDocument(doc.get());
    const QModelIndex mau = model.index(0, MetricsTableModel::MauColumn);
    QVERIFY(model.data(mau, MetricsTableModel::ComputedRole).toBool());
    QVERIFY(model.setData(mau, u"950"_s));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->undoStack()->undoText(), u"Change period"_s);
    const MetricPeriod &p = doc->workspace().metrics[0];
    QCOMPARE(p.mau, count(950));
    QCOMPARE(p.computed, unsigned(MetricPeriod::DauCount));
    QVERIFY(!model.data(mau, MetricsTableModel::ComputedRole).toBool());

    doc->undoStack()->undo();
    QCOMPARE(doc->workspace().metrics[0].mau, count(900));
    QCOMPARE(doc->workspace().metrics[0].computed,
             unsigned(MetricPeriod::DauCount | MetricPeriod::MauCount));

    // Typing the same value the events gave still makes it the user's.
    QVERIFY(model.setData(model.index(0, MetricsTableModel::DauColumn), u"210"_s));
    QCOMPARE(doc->workspace().metrics[0].dau, count(210));
    QCOMPARE(doc->workspace().metrics[0].computed, unsigned(MetricPeriod::MauCount));
    QCOMPARE(doc->undoStack()->count(), 1);

    // A date is not a count: the marks stay.
    QVERIFY(model.setData(model.index(1, MetricsTableModel::PeriodEndColumn), u"2026-02-27"_s));
    QCOMPARE(doc->workspace().metrics[1].computed, unsigned(MetricPeriod::AllCounts));
}

void TestComputedMetrics::pastingClearsTheMark()
{
    QTemporaryDir dir;
    auto doc = documentOf(dir, withComputedPeriods());
    MetricsTableModel model;
    model.setDocument(doc.get());
    // Over February's start and new, computed: typed now.
    QVERIFY2(model.pasteText(u"71\t31\n"_s, 1, MetricsTableModel::CustomersStartColumn),
             qPrintable(model.lastError()));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->workspace().metrics[1].customersStart, count(71));
    QCOMPARE(doc->workspace().metrics[1].computed, endDauMau);
    doc->undoStack()->undo();
    QCOMPARE(doc->workspace().metrics[1].computed, unsigned(MetricPeriod::AllCounts));
}

void TestComputedMetrics::tableShowsComputedInItalics()
{
    QTemporaryDir dir;
    auto doc = documentOf(dir, withComputedPeriods());
    MetricsTableModel model;
    model.setDocument(doc.get());
    const QModelIndex dau = model.index(0, MetricsTableModel::DauColumn);
    QVERIFY(model.data(dau, Qt::FontRole).value<QFont>().italic());
    QVERIFY2(model.data(dau, Qt::ToolTipRole).toString().startsWith(u"Computed from events"_s),
             qPrintable(model.data(dau, Qt::ToolTipRole).toString()));
    const QModelIndex typed = model.index(0, MetricsTableModel::CustomersStartColumn);
    QVERIFY(!model.data(typed, Qt::FontRole).isValid());
    QVERIFY(!model.data(typed, Qt::ToolTipRole).toString().contains(u"Computed"_s));
    QVERIFY(!model.data(model.index(2, MetricsTableModel::DauColumn), Qt::FontRole).isValid());
    // The header says what italics mean.
    QVERIFY(model.headerData(MetricsTableModel::DauColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(u"In italics: computed from the imported events"_s));
}

void TestComputedMetrics::jsonRoundTrip()
{
    const Workspace w = withComputedPeriods();
    const QByteArray json = WorkspaceJson::write(w);
    QVERIFY(json.contains("\"computed\""));
    const WorkspaceJson::ReadResult read = WorkspaceJson::read(json);
    QVERIFY2(read.workspace, qPrintable(read.error));
    QCOMPARE(read.workspace->metrics, w.metrics);
    QCOMPARE(read.workspace->metrics[1].computed, unsigned(MetricPeriod::AllCounts));
    // Written only where some count is computed: older readers see nothing new elsewhere.
    Workspace typedOnly;
    typedOnly.metrics = {w.metrics[2]};
    QVERIFY(!WorkspaceJson::write(typedOnly).contains("\"computed\""));
}

void TestComputedMetrics::jsonRefusesAnUnknownCount()
{
    Workspace w;
    w.metrics = {withComputedPeriods().metrics[0]};
    QByteArray json = WorkspaceJson::write(w);
    QVERIFY(json.contains("\"dau\""));
    const qsizetype at = json.indexOf("\"computed\"");
    QVERIFY(at > 0);
    json.replace(json.indexOf("\"mau\"", at), 5, "\"churn\"");
    const WorkspaceJson::ReadResult read = WorkspaceJson::read(json);
    QVERIFY(!read.workspace);
    QVERIFY2(read.error.contains(u"metrics[0].computed"_s), qPrintable(read.error));
}

// Changes between versions name the mark: a count typed over a computed one shows.
void TestComputedMetrics::diffListsTheMark()
{
    const Workspace before = withComputedPeriods();
    Workspace after = before;
    after.metrics[0].mau = 950;
    after.metrics[0].computed = MetricPeriod::DauCount;
    const QString text = WorkspaceDiff::compare(before, after).toText();
    QVERIFY2(text.contains(u"computed"_s), qPrintable(text));
    QVERIFY2(text.contains(u"mau"_s), qPrintable(text));
    QVERIFY2(text.contains(u"2026-01-01"_s), qPrintable(text));
    QCOMPARE(WorkspaceDiff::compare(before, before).toText(), u"No changes.\n"_s);
}

void TestComputedMetrics::csvRoundTripAndOldHeader()
{
    const Workspace w = withComputedPeriods();
    const ExportResult out = MetricsCsvFormat().write(w, {});
    QVERIFY2(out.data.startsWith("period_start,period_end,customers_start,customers_new,"
                                 "customers_end,dau,mau,computed\r\n"),
             out.data.constData());
    QVERIFY2(out.data.contains(",dau|mau\r\n"), out.data.constData());
    QVERIFY(out.data.contains(",customers_start|customers_new|customers_end|dau|mau\r\n"));
    ImportOptions options;
    options.fileName = u"metrics.csv"_s;
    const ImportResult in = MetricsCsvFormat().read(out.data, options);
    QVERIFY2(in.fragment, qPrintable(in.errors.join(u'\n')));
    QCOMPARE(in.fragment->metrics.size(), size_t(3));
    for (size_t i = 0; i < 3; ++i)
        QCOMPARE(in.fragment->metrics[i].computed, w.metrics[i].computed);

    // A file written before the column: every count typed; recognised by its content too.
    const QByteArray old = "period_start,period_end,customers_start,customers_new,customers_end,"
                           "dau,mau\n2026-01-01,2026-01-31,70,30,90,210,900\n";
    const ImportResult older = MetricsCsvFormat().read(old, options);
    QVERIFY2(older.fragment, qPrintable(older.errors.join(u'\n')));
    QCOMPARE(older.fragment->metrics[0].mau, count(900));
    QCOMPARE(older.fragment->metrics[0].computed, 0U);
    const WorkspaceFormat *detected = WorkspaceFormats::detect(u"m.csv"_s, old);
    QVERIFY(detected);
    QCOMPARE(detected->shortName(), u"metrics-csv"_s);
    QVERIFY(WorkspaceFormats::detect(u"m.csv"_s, out.data));

    // Nothing computed: the seven columns scripts written before the mark expect.
    Workspace typed = w;
    for (MetricPeriod &m : typed.metrics)
        m.computed = 0;
    const QByteArray plain = MetricsCsvFormat().write(typed, {}).data;
    QVERIFY2(plain.startsWith("period_start,period_end,customers_start,customers_new,"
                              "customers_end,dau,mau\r\n"),
             plain.constData());
    QVERIFY2(!plain.contains("computed"), plain.constData());

    // An unknown name in the column names its line and column.
    const ImportResult bad = MetricsCsvFormat().read(
        "period_start,period_end,customers_start,customers_new,customers_end,dau,mau,computed\n"
        "2026-01-01,2026-01-31,70,30,90,210,900,dau|=cmd\n",
        options);
    QVERIFY(!bad.fragment);
    QCOMPARE(bad.errors.size(), 1);
    QVERIFY2(bad.errors[0].startsWith(u"metrics.csv:2: computed: "_s), qPrintable(bad.errors[0]));
    QVERIFY2(bad.errors[0].contains(u"=cmd"_s), qPrintable(bad.errors[0]));
}

void TestComputedMetrics::snapshotRoundTripAndFormatOne()
{
    Workspace w = withComputedPeriods();
    w.metrics.resize(1);
    w.metrics[0].mau = 123456789; // a value found once in the bytes, just before the mark
    const WorkspaceSnapshot::ReadResult read
        = WorkspaceSnapshot::unpack(WorkspaceSnapshot::pack(w));
    QVERIFY2(read.workspace, qPrintable(read.error));
    QCOMPARE(read.workspace->metrics, w.metrics);

    // Format 1 (before the mark): the same bytes without it, behind the format byte 1.
    const QByteArray binary = WorkspaceSnapshot::encode(w);
    // zigzag(123456789) = 246913578 as a LEB128 varint, then the mark (8 | 16 = 24).
    const QByteArray mau("\xaa\xb4\xde\x75", 4);
    const qsizetype at = binary.indexOf(mau);
    QVERIFY(at > 0);
    QCOMPARE(binary.indexOf(mau, at + 1), qsizetype(-1));
    QCOMPARE(quint8(binary.at(at + 4)), quint8(24));
    QByteArray formatOne = binary;
    formatOne.remove(at + 4, 1);
    const WorkspaceSnapshot::ReadResult old = WorkspaceSnapshot::decode(formatOne, 1);
    QVERIFY2(old.workspace, qPrintable(old.error));
    Workspace expected = w;
    expected.metrics[0].computed = 0;
    QCOMPARE(old.workspace->metrics, expected.metrics);
    const QByteArray stored = "PRCV" + QByteArray(1, '\x01') + qCompress(formatOne);
    const WorkspaceSnapshot::ReadResult unpacked = WorkspaceSnapshot::unpack(stored);
    QVERIFY2(unpacked.workspace, qPrintable(unpacked.error));
    QCOMPARE(unpacked.workspace->metrics, expected.metrics);
    // Read as the current format, the old bytes do not fit.
    QVERIFY(!WorkspaceSnapshot::decode(formatOne).workspace);
    // A format from the future is refused with its number.
    const WorkspaceSnapshot::ReadResult future
        = WorkspaceSnapshot::unpack("PRCV" + QByteArray(1, '\x09') + qCompress(binary));
    QVERIFY(!future.workspace);
    QVERIFY2(future.error.contains(u"format 9"_s), qPrintable(future.error));
}

// A file of schema 12 opens with every count typed, is upgraded (its .v12.bak kept) and then
// keeps the marks a fill sets.
void TestComputedMetrics::schema12FileOpensWithNothingComputed()
{
    QVERIFY(Migrations::currentVersion() >= computedMetricsSchemaVersion);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.parcours"_s);
    QString error;
    QVERIFY2(WorkspaceStore::createAtVersion(path, computedMetricsSchemaVersion - 1, &error),
             qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(!db.record(u"metric_period"_s).contains(u"computed"_s));
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"INSERT INTO metric_period (id, position, period_start, period_end,"
                        " customers_start, customers_new, customers_end, dau, mau)"
                        " VALUES (5, 0, '2026-01-01', '2026-01-31', 70, 30, 90, 210, 900)"_s),
                 qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    {
        const WorkspaceStore::OpenResult reader
            = WorkspaceStore::open(path, WorkspaceStore::Access::ReadOnly);
        QVERIFY2(reader.store, qPrintable(reader.error));
        QCOMPARE(reader.workspace.metrics.size(), size_t(1));
        QCOMPARE(reader.workspace.metrics[0].mau, count(900));
        QCOMPARE(reader.workspace.metrics[0].computed, 0U);
    }
    {
        WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(path);
        QVERIFY2(opened.document, qPrintable(opened.error));
        QVERIFY(QFile::exists(path + u".v12.bak"_s));
        QCOMPARE(opened.document->workspace().metrics[0].computed, 0U);
        QVERIFY(Edit::setFields(
            *opened.document,
            {{EntityRef::metricPeriod(5), Field::MetricComputed, unsigned(MetricPeriod::DauCount)}},
            u"Mark"_s));
    }
    const WorkspaceStore::OpenResult reopened = WorkspaceStore::open(path);
    QVERIFY2(reopened.store, qPrintable(reopened.error));
    QCOMPARE(reopened.workspace.metrics[0].computed, unsigned(MetricPeriod::DauCount));
    QCOMPARE(reopened.workspace.metrics[0].dau, count(210));
    // A mark beyond the counts is refused as a field value.
    Workspace copy = reopened.workspace;
    QVERIFY(!EntityFields::setValue(copy, EntityRef::metricPeriod(5), Field::MetricComputed, 64U));
    QVERIFY(EntityFields::setValue(copy, EntityRef::metricPeriod(5), Field::MetricComputed, 31U));
}

QTEST_MAIN(TestComputedMetrics)
#include "tst_computedmetrics.moc"
