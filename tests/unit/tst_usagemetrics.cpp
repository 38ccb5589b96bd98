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

    const MetricPeriod &mar = periods[2];
    QCOMPARE(mar.periodEnd, QDate(2026, 3, 31));
    QCOMPARE(mar.mau, count(3));
    QCOMPARE(mar.dau, count(2)); // 4 active days over the 2 days the events cover
    QCOMPARE(mar.customersStart, count(4));
    QCOMPARE(mar.customersNew, count(2)); // a and g were not active in February
    QCOMPARE(mar.customersEnd, count(3));
}

void TestUsageMetrics::crrAndStickinessByHand()
{
    const std::vector<MetricPeriod> periods
        = metricPeriodsFromUsage(TestData::observedUsage().usage);
    // February: (4 − 0) / 6 = 66.67 %; March: (3 − 2) / 4 = 25 %, DAU/MAU 2 / 3.
    const PeriodMetrics feb = RetentionMetrics::compute(periods[1]);
    QVERIFY2(!feb.isImpossible(), qPrintable(feb.problem));
    QVERIFY(feb.crr);
    QVERIFY(qAbs(*feb.crr - 400.0 / 6) < 1e-9);
    QCOMPARE(feb.churned, count(2));
    const PeriodMetrics mar = RetentionMetrics::compute(periods[2]);
    QCOMPARE(mar.crr, std::optional<double>(25.0));
    QVERIFY(mar.stickiness);
    QVERIFY(qAbs(*mar.stickiness - 2.0 / 3) < 1e-9);
    QVERIFY(!RetentionMetrics::compute(periods[0]).crr); // no start
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
