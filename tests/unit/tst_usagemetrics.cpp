#include "analytics/retentionmetrics.h"
#include "analytics/usagemetrics.h"
#include "document/editsmetricsfill.h"

#include "support/observedusagedata.h"

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

} // namespace

class TestUsageMetrics : public QObject
{
    Q_OBJECT

private slots:
    void monthlyPeriodsFromEvents();
    void crrAndStickinessByHand();
    void monthSeenInPartGivesNoCrr();
    void noEventsNoPeriods();
    void fillKeepsTypedValuesUnlessAsked();
};

void TestUsageMetrics::monthlyPeriodsFromEvents()
{
    // Active users: January a b c d f g (15 active days), February b c d f (9 days), March
    // (1st and 2nd only in the events) a f g (4 days).
    const std::vector<MetricPeriod> periods
        = metricPeriodsFromUsage(TestData::observedUsage().usage);
    QCOMPARE(periods.size(), size_t(3));
    const MetricPeriod &jan = periods[0];
    QCOMPARE(jan.periodStart, QDate(2026, 1, 1));
    QCOMPARE(jan.periodEnd, QDate(2026, 1, 31));
    QCOMPARE(jan.mau, count(6));
    QCOMPARE(jan.dau, count(0)); // 15 / 31 = 0.48
    QCOMPARE(jan.customersEnd, count(6));
    QVERIFY(!jan.customersStart); // no month before
    QVERIFY(!jan.customersNew);

    const MetricPeriod &feb = periods[1];
    QCOMPARE(feb.periodEnd, QDate(2026, 2, 28));
    QCOMPARE(feb.mau, count(4));
    QCOMPARE(feb.dau, count(0)); // 9 / 28 = 0.32
    QCOMPARE(feb.customersStart, count(6));
    QCOMPARE(feb.customersNew, count(0));
    QCOMPARE(feb.customersEnd, count(4));

    // March is seen on its first 2 days only: its DAU, and its start (February was whole), but
    // no month's actives (a, f, g were active on those 2 days, not "the month's" users).
    const MetricPeriod &mar = periods[2];
    QCOMPARE(mar.periodEnd, QDate(2026, 3, 31));
    QCOMPARE(mar.dau, count(2)); // 4 active days over the 2 days the events cover
    QCOMPARE(mar.customersStart, count(4));
    QVERIFY(!mar.mau);
    QVERIFY(!mar.customersNew);
    QVERIFY(!mar.customersEnd);
}

void TestUsageMetrics::crrAndStickinessByHand()
{
    const std::vector<MetricPeriod> periods
        = metricPeriodsFromUsage(TestData::observedUsage().usage);
    // February: (4 − 0) / 6 = 66.67 %; March, seen in part: neither CRR nor stickiness.
    const PeriodMetrics feb = RetentionMetrics::compute(periods[1]);
    QVERIFY2(!feb.isImpossible(), qPrintable(feb.problem));
    QVERIFY(feb.crr);
    QVERIFY(qAbs(*feb.crr - 400.0 / 6) < 1e-9);
    QCOMPARE(feb.churned, count(2));
    const PeriodMetrics mar = RetentionMetrics::compute(periods[2]);
    QVERIFY(!mar.isImpossible());
    QVERIFY(!mar.crr);
    QVERIFY(!mar.stickiness);
    QVERIFY(!RetentionMetrics::compute(periods[0]).crr); // no start
}

// The case the sample's generated events showed (a window starting on 30 November gave
// December a CRR of 100 %): events from 31 January 10:00 to 31 March 18:00 UTC.
//   January (1 day seen): a and b active (1 day each).
//   February (whole): a 10 days, b 5, c 3.  March (whole): a 20 days, d 11.
// By hand: January DAU = 2 / 1 day = 2, nothing else (a day's users are no month's).
// February DAU = 18 / 28 = 0.64 → 1, MAU = end = 3, no start (January was seen in part), so no
// CRR; without that rule its start would be 2 (a, b), new 1 (c) and CRR (3 − 1) / 2 = 100 %.
// March DAU = 31 / 31 = 1, MAU = end = 2, start 3 (February's a, b, c), new 1 (d):
// CRR = (2 − 1) / 3 = 33.33 %, churned 2 (b, c), DAU/MAU = 1 / 2 = 50 %.
void TestUsageMetrics::monthSeenInPartGivesNoCrr()
{
    ObservedUsage usage;
    enum User { a, b, c, d };
    usage.users = {{u"a"_s, 1}, {u"b"_s, 1}, {u"c"_s, 1}, {u"d"_s, 1}};
    const QDate jan(2026, 1, 1), feb(2026, 2, 1), mar(2026, 3, 1);
    UsageSource source;
    source.id = 1;
    source.firstEvent = QDateTime(QDate(2026, 1, 31), QTime(10, 0), Qt::UTC);
    source.lastEvent = QDateTime(QDate(2026, 3, 31), QTime(18, 0), Qt::UTC);
    source.activity = {{a, jan, 1, QDate(2026, 1, 31)},  {b, jan, 1, QDate(2026, 1, 31)},
                       {a, feb, 10, QDate(2026, 2, 27)}, {b, feb, 5, QDate(2026, 2, 20)},
                       {c, feb, 3, QDate(2026, 2, 9)},   {a, mar, 20, QDate(2026, 3, 31)},
                       {d, mar, 11, QDate(2026, 3, 30)}};
    usage.sources = {source};

    const std::vector<MetricPeriod> periods = metricPeriodsFromUsage(usage);
    QCOMPARE(periods.size(), size_t(3));
    const MetricPeriod &january = periods[0];
    QCOMPARE(january.dau, count(2));
    QVERIFY(!january.mau && !january.customersStart && !january.customersNew
            && !january.customersEnd);
    QVERIFY(!RetentionMetrics::compute(january).stickiness); // not 100 %

    const MetricPeriod &february = periods[1];
    QCOMPARE(february.dau, count(1));
    QCOMPARE(february.mau, count(3));
    QCOMPARE(february.customersEnd, count(3));
    QVERIFY(!february.customersStart);
    QVERIFY(!february.customersNew);
    const PeriodMetrics febMetrics = RetentionMetrics::compute(february);
    QVERIFY(!febMetrics.isImpossible());
    QVERIFY(!febMetrics.crr); // not 100 %

    const MetricPeriod &march = periods[2];
    QCOMPARE(march.dau, count(1));
    QCOMPARE(march.mau, count(2));
    QCOMPARE(march.customersStart, count(3));
    QCOMPARE(march.customersNew, count(1));
    QCOMPARE(march.customersEnd, count(2));
    const PeriodMetrics marMetrics = RetentionMetrics::compute(march);
    QVERIFY2(!marMetrics.isImpossible(), qPrintable(marMetrics.problem));
    QVERIFY(marMetrics.crr);
    QVERIFY(qAbs(*marMetrics.crr - 100.0 / 3) < 1e-9);
    QCOMPARE(RetentionMetrics::percentText(*marMetrics.crr), u"33.3 %"_s);
    QCOMPARE(marMetrics.churned, count(2));
    QCOMPARE(marMetrics.stickiness, std::optional<double>(0.5));
}

void TestUsageMetrics::noEventsNoPeriods()
{
    QVERIFY(metricPeriodsFromUsage({}).empty());
}

void TestUsageMetrics::fillKeepsTypedValuesUnlessAsked()
{
    QTemporaryDir dir;
    Workspace typed;
    MetricPeriod february;
    february.id = 77;
    february.periodStart = QDate(2026, 2, 1);
    february.periodEnd = QDate(2026, 2, 28);
    february.customersStart = 10; // typed by the user, differs from the events' 6
    february.customersEnd = 4; // typed, equal
    typed.metrics = {february};
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(dir.filePath(u"w.parcours"_s), typed);
    QVERIFY2(created.document, qPrintable(created.error));
    WorkspaceDocument &doc = *created.document;

    const Edit::MetricsFillPlan plan = Edit::planMetricsFill(
        doc.workspace(), metricPeriodsFromUsage(TestData::observedUsage().usage));
    QCOMPARE(plan.added.size(), size_t(2)); // January and March
    QCOMPARE(plan.fills.size(), 3); // February's new, DAU, MAU
    QCOMPARE(plan.replacements.size(), 1); // February's start
    QCOMPARE(plan.periodsReplaced, 1);

    QVERIFY(Edit::fillMetricPeriods(doc, plan, false));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), u"Fill from Events"_s);
    QCOMPARE(doc.workspace().metrics.size(), size_t(3));
    const MetricPeriod &kept = doc.workspace().metrics[0];
    QCOMPARE(kept.customersStart, count(10));
    QCOMPARE(kept.customersNew, count(0));
    QCOMPARE(kept.mau, count(4));
    QCOMPARE(doc.workspace().metrics[1].periodStart, QDate(2026, 1, 1));
    QCOMPARE(doc.workspace().metrics[2].periodStart, QDate(2026, 3, 1));

    doc.undoStack()->undo();
    QCOMPARE(doc.workspace().metrics.size(), size_t(1));
    QCOMPARE(doc.workspace().metrics[0], february);

    QVERIFY(Edit::fillMetricPeriods(doc, plan, true));
    QCOMPARE(doc.workspace().metrics[0].customersStart, count(6));
    QCOMPARE(doc.undoStack()->count(), 1);
}

QTEST_GUILESS_MAIN(TestUsageMetrics)
#include "tst_usagemetrics.moc"
