#include "analytics/dashboardsummary.h"
#include "analytics/forgottenzonereport.h"
#include "analytics/journeyanalytics.h"
#include "analytics/renewallevers.h"
#include "analytics/retentionmetrics.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

#include <limits>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

MetricPeriod period(std::optional<qint64> start, std::optional<qint64> added,
                    std::optional<qint64> end, std::optional<qint64> dau = std::nullopt,
                    std::optional<qint64> mau = std::nullopt)
{
    static Id next = 1000;
    MetricPeriod p;
    p.id = ++next;
    p.periodStart = QDate(2026, 1, 1);
    p.periodEnd = QDate(2026, 1, 31);
    p.customersStart = start;
    p.customersNew = added;
    p.customersEnd = end;
    p.dau = dau;
    p.mau = mau;
    return p;
}

MetricPeriod month(int year, int m, std::optional<qint64> start, std::optional<qint64> added,
                   std::optional<qint64> end)
{
    MetricPeriod p = period(start, added, end);
    p.periodStart = QDate(year, m, 1);
    p.periodEnd = p.periodStart.addMonths(1).addDays(-1);
    return p;
}

UseCase useCase(const QString &name, const QString &frequency)
{
    UseCase u;
    u.id = newId();
    u.useCase = name;
    u.frequency = *UsageFrequency::parse(frequency).frequency;
    return u;
}

Stage stage(const QString &name, std::optional<double> duration, DurationUnit unit,
            std::optional<qint64> entering, Assessment assessment = Assessment::None)
{
    Stage s;
    s.id = newId();
    s.withOneStep();
    s.name = name;
    s.duration = duration;
    s.durationUnit = unit;
    s.entering = entering;
    s.assessment = assessment;
    return s;
}

} // namespace

class TestRetentionMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedExample();
    void churnArithmetic_data();
    void churnArithmetic();
    void impossibleRows_data();
    void impossibleRows();
    void missingValues();
    void stickiness();
    void periodLabelsAndNext();
    void parseCountsAndDates();
    void chartData();
    void chartRunsBreakAtGaps();
    void reportJsonMetrics();
    void reportText();
    void renewalReadiness();
    void journeySummary();
};

void TestRetentionMetrics::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestRetentionMetrics::seedExample()
{
    // Seed 004: 70 customers at the start, 30 new, 90 at the end: CRR 85.7 %.
    const PeriodMetrics m = RetentionMetrics::compute(period(70, 30, 90));
    QVERIFY(!m.isImpossible());
    QVERIFY(m.crr);
    QVERIFY(qAbs(*m.crr - 600.0 / 7.0) < 1e-9);
    QCOMPARE(RetentionMetrics::percentText(*m.crr), u"85.7 %"_s);
    QCOMPARE(m.churned, std::optional<qint64>(10));
    QVERIFY(!m.stickiness); // no DAU/MAU given: not a problem, just no number
    QVERIFY(m.problem.isEmpty());
}

void TestRetentionMetrics::churnArithmetic_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("added");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<qint64>("churned");
    QTest::addColumn<double>("crr");
    QTest::newRow("none lost") << qint64(100) << qint64(20) << qint64(120) << qint64(0) << 100.0;
    QTest::newRow("all lost but new")
        << qint64(50) << qint64(10) << qint64(10) << qint64(50) << 0.0;
    QTest::newRow("no new") << qint64(200) << qint64(0) << qint64(150) << qint64(50) << 75.0;
    QTest::newRow("large") << qint64(3000000000) << qint64(1) << qint64(2700000001)
                           << qint64(300000000) << 90.0;
    constexpr qint64 most = RetentionMetrics::maxCount;
    QTest::newRow("largest counts") << most << most << most << most << 0.0;
}

void TestRetentionMetrics::churnArithmetic()
{
    QFETCH(qint64, start);
    QFETCH(qint64, added);
    QFETCH(qint64, end);
    QFETCH(qint64, churned);
    QFETCH(double, crr);
    const PeriodMetrics m = RetentionMetrics::compute(period(start, added, end));
    QVERIFY2(!m.isImpossible(), qPrintable(m.problem));
    QCOMPARE(*m.churned, churned);
    QCOMPARE(*m.crr, crr);
}

void TestRetentionMetrics::impossibleRows_data()
{
    QTest::addColumn<MetricPeriod>("row");
    QTest::addColumn<QString>("problem");
    QTest::newRow("end above start + new")
        << period(70, 30, 101)
        << u"more customers at end (101) than at start plus new ones (70 + "
           "30 = 100)"_s;
    QTest::newRow("start 0") << period(0, 10, 10) << u"no customers at start: CRR is undefined"_s;
    QTest::newRow("start 0 alone")
        << period(0, std::nullopt, std::nullopt) << u"no customers at start: CRR is undefined"_s;
    QTest::newRow("negative new") << period(70, -3, 60) << u"new customers is negative (-3)"_s;
    QTest::newRow("negative mau") << period(70, 30, 90, 5, -1) << u"MAU is negative (-1)"_s;
    QTest::newRow("end below new")
        << period(100, 50, 40)
        << u"fewer customers at end (40) than new ones (50): CRR would be negative"_s;
    QTest::newRow("dau above mau")
        << period(70, 30, 90, 120, 100) << u"DAU (120) above MAU (100)"_s;
    // Counts a file written elsewhere may hold: named, not summed into a negative number.
    constexpr qint64 huge = std::numeric_limits<qint64>::max();
    QTest::newRow("huge start and new")
        << period(huge, huge, 1)
        << u"customers at start is above 9007199254740991 (9223372036854775807); new customers "
           "is above 9007199254740991 (9223372036854775807)"_s;
    QTest::newRow("largest counts")
        << period(RetentionMetrics::maxCount, RetentionMetrics::maxCount,
                  RetentionMetrics::maxCount + 1)
        << u"customers at end is above 9007199254740991 (9007199254740992)"_s;
    QTest::newRow("end above a large sum")
        << period(RetentionMetrics::maxCount - 1, 0, RetentionMetrics::maxCount)
        << u"more customers at end (9007199254740991) than at start plus new ones "
           "(9007199254740990 + 0 = 9007199254740990)"_s;
    MetricPeriod backwards = period(70, 30, 90);
    backwards.periodEnd = QDate(2025, 12, 1);
    QTest::newRow("dates backwards")
        << backwards << u"the period ends (2025-12-01) before it starts (2026-01-01)"_s;
    QTest::newRow("two reasons") << period(0, 0, 5, 9, 3)
                                 << u"no customers at start: CRR is undefined; more customers at "
                                    "end (5) than at start plus new ones (0 + 0 = 0); DAU (9) "
                                    "above MAU (3)"_s;
}

void TestRetentionMetrics::impossibleRows()
{
    QFETCH(MetricPeriod, row);
    QFETCH(QString, problem);
    const PeriodMetrics m = RetentionMetrics::compute(row);
    QVERIFY(m.isImpossible());
    QCOMPARE(m.problem, problem);
    // Never silently computed: no value at all for an impossible row.
    QVERIFY(!m.crr);
    QVERIFY(!m.churned);
    QVERIFY(!m.stickiness);
}

void TestRetentionMetrics::missingValues()
{
    const PeriodMetrics noEnd = RetentionMetrics::compute(period(70, 30, std::nullopt, 10, 50));
    QVERIFY(!noEnd.isImpossible());
    QVERIFY(!noEnd.crr);
    QVERIFY(!noEnd.churned);
    QCOMPARE(*noEnd.stickiness, 0.2);
    QVERIFY(noEnd.missing.contains(u"CRR needs"_s));

    const PeriodMetrics empty
        = RetentionMetrics::compute(period(std::nullopt, std::nullopt, std::nullopt));
    QVERIFY(!empty.isImpossible());
    QVERIFY(!empty.crr && !empty.stickiness);
}

void TestRetentionMetrics::stickiness()
{
    QCOMPARE(*RetentionMetrics::compute(period(70, 30, 90, 300, 1000)).stickiness, 0.3);
    QCOMPARE(*RetentionMetrics::compute(period(70, 30, 90, 1000, 1000)).stickiness, 1.0);
    const PeriodMetrics onlyMau = RetentionMetrics::compute(period(70, 30, 90, std::nullopt, 900));
    QVERIFY(!onlyMau.stickiness);
    QVERIFY(onlyMau.crr); // CRR does not need DAU/MAU
    QCOMPARE(onlyMau.missing, u"stickiness needs both DAU and MAU"_s);
    const PeriodMetrics noUsers = RetentionMetrics::compute(period(70, 30, 90, 0, 0));
    QVERIFY(!noUsers.isImpossible());
    QVERIFY(!noUsers.stickiness);
    QCOMPARE(noUsers.missing, u"no monthly active users: stickiness is undefined"_s);
}

void TestRetentionMetrics::periodLabelsAndNext()
{
    MetricPeriod jan = month(2026, 1, 70, 30, 90);
    QCOMPARE(RetentionMetrics::kindOf(jan), RetentionMetrics::PeriodKind::Month);
    QCOMPARE(RetentionMetrics::label(jan), u"Jan 2026"_s);
    MetricPeriod q = jan;
    q.periodStart = QDate(2026, 4, 1);
    q.periodEnd = QDate(2026, 6, 30);
    QCOMPARE(RetentionMetrics::kindOf(q), RetentionMetrics::PeriodKind::Quarter);
    QCOMPARE(RetentionMetrics::label(q), u"Q2 2026"_s);
    MetricPeriod odd = jan;
    odd.periodEnd = QDate(2026, 2, 15);
    QCOMPARE(RetentionMetrics::label(odd), u"2026-01-01 – 2026-02-15"_s);
    MetricPeriod none;
    QCOMPARE(RetentionMetrics::label(none), u"no dates"_s);

    // The next period follows on, and starts with the customers the last one ended with.
    const MetricPeriod feb = RetentionMetrics::nextPeriod(&jan, QDate(2030, 5, 5));
    QCOMPARE(feb.periodStart, QDate(2026, 2, 1));
    QCOMPARE(feb.periodEnd, QDate(2026, 2, 28));
    QCOMPARE(feb.customersStart, std::optional<qint64>(90));
    QVERIFY(!feb.customersEnd);
    const MetricPeriod q3 = RetentionMetrics::nextPeriod(&q, QDate(2030, 5, 5));
    QCOMPARE(q3.periodStart, QDate(2026, 7, 1));
    QCOMPARE(q3.periodEnd, QDate(2026, 9, 30));
    const MetricPeriod afterOdd = RetentionMetrics::nextPeriod(&odd, QDate(2030, 5, 5));
    QCOMPARE(afterOdd.periodStart, QDate(2026, 2, 16));
    QCOMPARE(afterOdd.periodEnd, QDate(2026, 4, 2)); // 46 days again
    const MetricPeriod first = RetentionMetrics::nextPeriod(nullptr, QDate(2030, 5, 5));
    QCOMPARE(first.periodStart, QDate(2030, 5, 1));
    QCOMPARE(first.periodEnd, QDate(2030, 5, 31));
}

void TestRetentionMetrics::parseCountsAndDates()
{
    std::optional<qint64> count = 5;
    QString error;
    QVERIFY(RetentionMetrics::parseCount(u" 1 234 "_s, &count, &error));
    QCOMPARE(count, std::optional<qint64>(1234));
    QVERIFY(RetentionMetrics::parseCount(u"12\u202F500"_s, &count, &error));
    QCOMPARE(count, std::optional<qint64>(12500));
    // One range for every format: 0 to 2^53 - 1, as JSON reads it exactly.
    QVERIFY(!RetentionMetrics::parseCount(u"-4"_s, &count, &error));
    QCOMPARE(error,
             u"\"-4\" is out of range: a count is a whole number from 0 to 9007199254740991"_s);
    QVERIFY(RetentionMetrics::parseCount(u"+9007199254740991"_s, &count, &error));
    QCOMPARE(count, std::optional<qint64>(RetentionMetrics::maxCount));
    QVERIFY(!RetentionMetrics::parseCount(u"9007199254740992"_s, &count, &error));
    QVERIFY(!RetentionMetrics::parseCount(u"99999999999999999999999"_s, &count, &error));
    QCOMPARE(error,
             u"\"99999999999999999999999\" is out of range: a count is a whole number from 0 to "
             "9007199254740991"_s);
    QVERIFY(RetentionMetrics::parseCount(QString(), &count, &error));
    QVERIFY(!count);
    QVERIFY(!RetentionMetrics::parseCount(u"12.5"_s, &count, &error));
    QCOMPARE(error, u"\"12.5\" is not a whole number"_s);
    QVERIFY(!RetentionMetrics::parseCount(u"many"_s, &count, &error));
    QVERIFY(!RetentionMetrics::parseCount(u"-"_s, &count, &error));

    QDate date;
    QVERIFY(RetentionMetrics::parseDate(u"2026-02-28"_s, &date, &error));
    QCOMPARE(date, QDate(2026, 2, 28));
    QVERIFY(!RetentionMetrics::parseDate(u"2026-02-30"_s, &date, &error));
    QVERIFY(!RetentionMetrics::parseDate(u"28/02/2026"_s, &date, &error));
    QCOMPARE(error, u"\"28/02/2026\" is not a date; write it as yyyy-mm-dd (e.g. 2026-01-31)"_s);
    QVERIFY(!RetentionMetrics::parseDate(QString(), &date, &error));
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QVERIFY(RetentionMetrics::parseDate(u"28/02/2026"_s, &date, &error, true));
    QCOMPARE(date, QDate(2026, 2, 28));
    QLocale::setDefault(QLocale::c());
}

void TestRetentionMetrics::chartData()
{
    Workspace w;
    // Table order differs from date order; the chart follows the dates.
    w.metrics = {month(2026, 3, 90, 10, 95), month(2026, 1, 70, 30, 90), month(2026, 2, 90, 5, 200),
                 month(2026, 4, 95, 5, std::nullopt)};
    w.metrics[1].dau = 40;
    w.metrics[1].mau = 200;
    const RetentionChartData data = RetentionChartData::compute(w);
    QCOMPARE(data.labels,
             (QStringList {u"Jan 2026"_s, u"Feb 2026"_s, u"Mar 2026"_s, u"Apr 2026"_s}));
    // February is impossible (200 > 90 + 5) and April incomplete: neither has a point.
    QCOMPARE(data.crr.size(), size_t(2));
    QCOMPARE(data.crr[0].slot, 0);
    QVERIFY(qAbs(data.crr[0].value - 85.714285714) < 1e-6);
    QCOMPARE(data.crr[0].period, w.metrics[1].id);
    QCOMPARE(data.crr[1].slot, 2);
    QCOMPARE(data.crr[1].value, 85.0 / 90.0 * 100.0);
    QCOMPARE(data.stickiness.size(), size_t(1));
    QCOMPARE(data.stickiness[0].slot, 0);
    QCOMPARE(data.stickiness[0].value, 20.0);

    Persona buyer;
    buyer.id = 7;
    buyer.name = u"Home buyer"_s;
    buyer.useCases = {useCase(u"Buy"_s, u"every 5.5 years"_s), useCase(u"Search"_s, u"weekly"_s),
                      useCase(u"Sell"_s, u"every 10 years"_s)};
    Persona empty;
    empty.id = 8;
    empty.name = u"No use cases"_s;
    w.personas = {buyer, empty};
    const RetentionChartData withBars = RetentionChartData::compute(w);
    QCOMPARE(withBars.belowMonthly.size(), size_t(1));
    QCOMPARE(withBars.belowMonthly[0].name, u"Home buyer"_s);
    QCOMPARE(withBars.belowMonthly[0].shareBelowMonthly, 200.0 / 3.0);
    QVERIFY(withBars.belowMonthly[0].forgottenZone);
}

void TestRetentionMetrics::chartRunsBreakAtGaps()
{
    const std::vector<RetentionChartData::Point> points
        = {{0, 1, 0}, {1, 2, 0}, {3, 3, 0}, {5, 4, 0}, {6, 5, 0}};
    const auto runs = RetentionChartData::runs(points);
    QCOMPARE(runs.size(), size_t(3));
    QCOMPARE(runs[0].size(), size_t(2));
    QCOMPARE(runs[1].size(), size_t(1));
    QCOMPARE(runs[1][0].slot, 3);
    QCOMPARE(runs[2].size(), size_t(2));
    QVERIFY(RetentionChartData::runs({}).empty());
}

void TestRetentionMetrics::reportJsonMetrics()
{
    Workspace w;
    w.metrics = {period(70, 30, 90, 20, 100), period(70, 30, 120), period(70, std::nullopt, 90)};
    const QJsonObject json = ForgottenZoneReport::json(w);
    QVERIFY(json.contains(u"workspace"_s));
    QVERIFY(json.contains(u"personas"_s));
    const QJsonArray metrics = json[u"metrics"_s].toArray();
    QCOMPARE(metrics.size(), 3);
    const QJsonObject seed = metrics[0].toObject();
    QCOMPARE(seed[u"period_start"_s].toString(), u"2026-01-01"_s);
    QCOMPARE(seed[u"period_end"_s].toString(), u"2026-01-31"_s);
    QVERIFY(qAbs(seed[u"crr"_s].toDouble() - 85.714285714) < 1e-6);
    QVERIFY(seed[u"churned"_s].isDouble());
    QCOMPARE(seed[u"churned"_s].toInteger(), 10);
    QCOMPARE(seed[u"stickiness"_s].toDouble(), 0.2);
    QVERIFY(seed[u"problem"_s].isNull());
    const QJsonObject impossible = metrics[1].toObject();
    QVERIFY(impossible[u"crr"_s].isNull());
    QVERIFY(impossible[u"churned"_s].isNull());
    QVERIFY(impossible[u"stickiness"_s].isNull());
    QVERIFY(impossible[u"problem"_s].toString().startsWith(u"more customers at end (120)"_s));
    const QJsonObject incomplete = metrics[2].toObject();
    QVERIFY(incomplete[u"crr"_s].isNull());
    QVERIFY(incomplete[u"problem"_s].isNull());
    QCOMPARE(QStringList(incomplete.keys()),
             (QStringList {u"churned"_s, u"crr"_s, u"period_end"_s, u"period_start"_s, u"problem"_s,
                           u"stickiness"_s}));
}

void TestRetentionMetrics::reportText()
{
    Workspace w;
    w.metrics = {period(70, 30, 90, 20, 100), period(70, 30, 120)};
    const QString text = ForgottenZoneReport::text(w);
    QVERIFY2(text.contains(u"Jan 2026: CRR 85.7 %, 10 churned, stickiness 20.0 %"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Jan 2026: impossible period: more customers at end"_s),
             qPrintable(text));
}

void TestRetentionMetrics::renewalReadiness()
{
    Journey j;
    QCOMPARE(RenewalReadiness::of(j).verdict(), u"Not assessed yet"_s);
    QCOMPARE(RenewalReadiness::of(j).unanswered, 8);
    QCOMPARE(RenewalLevers::questionsOf(RenewalLever::Satisfaction).size(), 5);
    QCOMPARE(RenewalLevers::leverOf(RenewalQuestion::Trigger), RenewalLever::Trigger);
    for (int q = 0; q < renewalQuestionCount; ++q)
        j.renewal.insert(q, {RenewalAnswerValue::Yes, {}});
    QCOMPARE(RenewalReadiness::of(j).percent(), 100.0);
    QCOMPARE(RenewalReadiness::of(j).verdict(), u"Ready to renew"_s);
    j.renewal[int(RenewalQuestion::DeadlinesMet)].answer = RenewalAnswerValue::Partly;
    QCOMPARE(RenewalReadiness::of(j).percent(), 7.5 / 8 * 100);
    QCOMPARE(RenewalReadiness::of(j).verdict(), u"Nearly ready: 1 answered partly"_s);
    QCOMPARE(RenewalReadiness::of(j, RenewalLever::Satisfaction).partly, 1);
    QCOMPARE(RenewalReadiness::of(j, RenewalLever::Intention).partly, 0);
    j.renewal[int(RenewalQuestion::Intention)].answer = RenewalAnswerValue::No;
    j.renewal.remove(int(RenewalQuestion::Trigger));
    const RenewalReadiness r = RenewalReadiness::of(j);
    QCOMPARE(r.counts(), u"5 yes, 1 partly, 1 no, 1 not answered"_s);
    QCOMPARE(r.verdict(), u"Not ready: 1 answered no"_s);
    QCOMPARE(r.blockers, QList<RenewalQuestion> {RenewalQuestion::Intention});
}

void TestRetentionMetrics::journeySummary()
{
    Journey j;
    j.id = 9;
    j.name = u"Onboarding"_s;
    j.stages
        = {stage(u"Awareness"_s, 2, DurationUnit::Weeks, 1000),
           stage(u"Sign-up"_s, 1, DurationUnit::Days, 400, Assessment::NotWorkingWell),
           stage(u"Setup"_s, 36, DurationUnit::Hours, 300, Assessment::ToReinforce),
           stage(u"First result"_s, 1, DurationUnit::Weeks, std::nullopt, Assessment::ToReinforce),
           stage(u"Renewal"_s, std::nullopt, DurationUnit::Days, 250, Assessment::ToAdd)};
    j.stages[1].isConversion = true;
    j.stages[3].isValueDelivered = true;
    const JourneySummary s = DashboardSummary::summarize(j);
    QCOMPARE(s.stages, 5);
    QCOMPARE(s.stagesNeedingWork(), 4);
    QCOMPARE(s.needingWork.size(), size_t(3));
    QCOMPARE(s.needingWork[0].assessment, Assessment::NotWorkingWell);
    QCOMPARE(s.needingWork[1].assessment, Assessment::ToReinforce);
    QCOMPARE(s.needingWork[1].stages, 2);
    // From sign-up (the conversion) through the first result, both included, as
    // JourneyAnalytics defines it: 1 day + 36 hours + 1 week.
    QVERIFY(s.timeToValueDays);
    QCOMPARE(*s.timeToValueDays, 9.5);
    QCOMPARE(DashboardSummary::timeToValueText(s), u"9.5 days"_s);
    // 60 % lost between awareness and sign-up; setup → first result has no count.
    QVERIFY(s.largestDrop);
    QCOMPARE(s.largestDrop->fromStage, u"Awareness"_s);
    QCOMPARE(s.largestDrop->toStage, u"Sign-up"_s);
    QCOMPARE(s.largestDrop->lost, qint64(600));
    QCOMPARE(s.largestDrop->share, 0.6);

    j.stages[2].duration.reset();
    const JourneySummary missing = DashboardSummary::summarize(j);
    QVERIFY(!missing.timeToValueDays);
    QCOMPARE(missing.timeToValueNote, u"at least 8 days (1 stage without duration)"_s);
    j.stages[1].isConversion = false;
    QCOMPARE(DashboardSummary::summarize(j).timeToValueNote,
             u"not set: mark a stage as the conversion"_s);

    // The editor's and posters' wording: days stay days (it said "2.29 weeks" for 16 days),
    // and one day is "1 day" (it said "1 days").
    Journey days;
    for (double d : {1.0, 5.0, 10.0}) {
        Stage stage;
        stage.duration = d;
        days.stages.push_back(stage);
    }
    days.stages.front().isConversion = true;
    days.stages.back().isValueDelivered = true;
    QCOMPARE(DashboardSummary::timeToValueText(DashboardSummary::summarize(days)), u"16 days"_s);
    QCOMPARE(DashboardSummary::timeToValueText(DashboardSummary::summarize(days)),
             describeTimeToValue(timeToValue(days)));
    days.stages.back().isValueDelivered = false;
    days.stages.front().isValueDelivered = true;
    QCOMPARE(DashboardSummary::timeToValueText(DashboardSummary::summarize(days)), u"1 day"_s);
}

QTEST_GUILESS_MAIN(TestRetentionMetrics)
#include "tst_retentionmetrics.moc"
