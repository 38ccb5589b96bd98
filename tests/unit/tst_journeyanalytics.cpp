// Drop-off, time-to-value, assessment counts and filters, cell content parsing.
#include "analytics/dashboardsummary.h"
#include "analytics/journeyanalytics.h"

#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

struct StageSpec
{
    const char *name;
    std::optional<qint64> entering;
    std::optional<double> duration = std::nullopt;
    DurationUnit unit = DurationUnit::Days;
    Assessment assessment = Assessment::None;
    bool conversion = false;
    bool value = false;
};

Journey journeyOf(std::initializer_list<StageSpec> specs)
{
    Journey j;
    j.id = 1;
    Id id = 100;
    for (const StageSpec &spec : specs) {
        Stage s;
        s.id = ++id;
        s.withOneStep();
        s.name = QString::fromUtf8(spec.name);
        s.entering = spec.entering;
        s.duration = spec.duration;
        s.durationUnit = spec.unit;
        s.assessment = spec.assessment;
        s.isConversion = spec.conversion;
        s.isValueDelivered = spec.value;
        j.stages.push_back(s);
    }
    return j;
}

constexpr auto none = std::nullopt;

} // namespace

class TestJourneyAnalytics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dropOffBetweenConsecutiveStages();
    void dropOffSkipsStagesWithoutCount();
    void dropOffWithoutCounts();
    void dropOffGainAndZero();
    void largestDropIsByShare();
    void lowestStepIsShownNotTheStageMean();
    void timeToValueSumsInclusiveRange();
    void timeToValueMixedUnits();
    void timeToValueMissingDurations();
    void timeToValueMissingMarks();
    void timeToValueSameStage();
    void assessmentCounts();
    void stageFilter();
    void filterKeys();
    void emotionParsing_data();
    void emotionParsing();
    void emotionShownOnEachScale();
    void kpisAndChips();
    void durations();
};

void TestJourneyAnalytics::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestJourneyAnalytics::dropOffBetweenConsecutiveStages()
{
    const Journey j = journeyOf({{"A", 5000}, {"B", 2600}, {"C", 1200}, {"D", 1100}});
    const DropOffAnalysis d = analyseDropOff(j);
    QCOMPARE(int(d.dropOffs.size()), 3);
    QCOMPARE(d.dropOffs[0].fromStage, 0);
    QCOMPARE(d.dropOffs[0].toStage, 1);
    QCOMPARE(d.dropOffs[0].lost(), qint64(2400));
    QCOMPARE(d.dropOffs[0].share, 0.48);
    QCOMPARE(d.dropOffs[1].lost(), qint64(1400));
    QVERIFY(qFuzzyCompare(d.dropOffs[1].share, 1400.0 / 2600.0));
    QCOMPARE(d.largest, 1); // 53.8 % beats 48 %
    QCOMPARE(d.largestDropOff()->fromStage, 1);
    QCOMPARE(d.fromStage(2)->toStage, 3);
    QVERIFY(!d.fromStage(3));
}

void TestJourneyAnalytics::dropOffSkipsStagesWithoutCount()
{
    const Journey j = journeyOf({{"A", 1000}, {"B", none}, {"C", 400}, {"D", none}});
    const DropOffAnalysis d = analyseDropOff(j);
    QCOMPARE(int(d.dropOffs.size()), 1);
    QCOMPARE(d.dropOffs[0].fromStage, 0);
    QCOMPARE(d.dropOffs[0].toStage, 2);
    QCOMPARE(d.dropOffs[0].share, 0.6);
    QVERIFY(!d.fromStage(1));
    QCOMPARE(d.largest, 0);
}

void TestJourneyAnalytics::dropOffWithoutCounts()
{
    QVERIFY(analyseDropOff(journeyOf({{"A", none}, {"B", none}})).isEmpty());
    QVERIFY(analyseDropOff(journeyOf({{"A", 10}, {"B", none}})).isEmpty());
    QVERIFY(analyseDropOff(journeyOf({})).isEmpty());
    QCOMPARE(analyseDropOff(journeyOf({{"A", 10}})).largest, -1);
}

void TestJourneyAnalytics::dropOffGainAndZero()
{
    // More customers entering the next stage is a gain, never the largest drop; a stage that
    // nobody enters has no share to lose.
    const Journey j = journeyOf({{"A", 100}, {"B", 120}, {"C", 0}, {"D", 10}});
    const DropOffAnalysis d = analyseDropOff(j);
    QCOMPARE(int(d.dropOffs.size()), 2);
    QCOMPARE(d.dropOffs[0].share, -0.2);
    QCOMPARE(d.dropOffs[1].fromStage, 1);
    QCOMPARE(d.dropOffs[1].share, 1.0);
    QCOMPARE(d.largest, 1);
    QVERIFY(!d.fromStage(2));
    QCOMPARE(analyseDropOff(journeyOf({{"A", 100}, {"B", 150}})).largest, -1);
}

void TestJourneyAnalytics::largestDropIsByShare()
{
    // 5000 → 4000 loses the most people (1000), 100 → 20 the largest share (80 %).
    const Journey j = journeyOf({{"A", 5000}, {"B", 4000}, {"C", 100}, {"D", 20}});
    const DropOffAnalysis d = analyseDropOff(j);
    QCOMPARE(d.largestDropOff()->fromStage, 1); // 4000 → 100: 97.5 %
    const Journey tie = journeyOf({{"A", 100}, {"B", 50}, {"C", 25}});
    QCOMPARE(analyseDropOff(tie).largestDropOff()->fromStage, 0); // ties: the first
}

// The public Mermaid "Checkout Experience": "Enter payment" scores 2 among tasks of 4 and 5.
// The summaries name that step and its own score; drop-off stays per stage.
void TestJourneyAnalytics::lowestStepIsShownNotTheStageMean()
{
    Journey j = journeyOf({{"Browse", 1000}, {"Purchase", 400}});
    j.name = u"Checkout Experience"_s;
    j.lanes = {{11, u"Customer actions"_s, LaneKind::Text, true},
               {12, u"Emotion"_s, LaneKind::Emotion, true}};
    j.stages[0].firstCells().insert(12, {QString(), 1.0}); // an unnamed step: its stage's name
    Stage &purchase = j.stages[1];
    purchase.steps = {{purchase.id, u"Add to cart"_s, {{12, {QString(), 2.0}}}},
                      {201, u"Enter payment"_s, {{12, {QString(), -1.0}}}},
                      {202, u"Confirm order"_s, {{12, {QString(), 1.0}}}}};
    QCOMPARE(stageEmotion(purchase, 12), std::optional<double>(2.0 / 3));
    const JourneySummary s = DashboardSummary::summarize(j);
    QVERIFY(s.lowestStep);
    QCOMPARE(s.lowestStep->name, u"Enter payment"_s);
    QCOMPARE(s.lowestStep->emotion, -1.0);
    QCOMPARE(DashboardSummary::lowestStepText(s), u"Enter payment, \u22121"_s);
    QCOMPARE(DashboardSummary::dropOffText(s), u"Browse → Purchase: 600 lost (60 %)"_s);

    purchase.steps[1].cells.clear(); // now Browse's +1 ties Confirm order's: the first wins
    purchase.steps[0].cells[12].emotion = 1.5;
    QCOMPARE(DashboardSummary::summarize(j).lowestStep->name, u"Browse"_s);
    j.lanes.pop_back();
    QVERIFY(!DashboardSummary::summarize(j).lowestStep);
    QCOMPARE(DashboardSummary::lowestStepText(DashboardSummary::summarize(j)),
             u"no emotion scores"_s);
}

void TestJourneyAnalytics::timeToValueSumsInclusiveRange()
{
    const Journey j = journeyOf({{"A", none, 30.0},
                                 {"Sign-up", none, 1.0, DurationUnit::Days, {}, true},
                                 {"Onboarding", none, 7.0},
                                 {"First value", none, 3.0, DurationUnit::Days, {}, false, true},
                                 {"Use", none, 300.0}});
    const TimeToValue ttv = timeToValue(j);
    QCOMPARE(ttv.status, TimeToValue::Available);
    QCOMPARE(ttv.fromStage, 1);
    QCOMPARE(ttv.toStage, 3);
    QCOMPARE(ttv.days, 11.0);
    QVERIFY(ttv.isComplete());
    QCOMPARE(ttv.displayUnit(), DurationUnit::Days);
    QCOMPARE(describeTimeToValue(ttv), u"11 days"_s);
}

void TestJourneyAnalytics::timeToValueMixedUnits()
{
    const Journey weeks = journeyOf({{"A", none, 1.0, DurationUnit::Weeks, {}, true},
                                     {"B", none, 2.0, DurationUnit::Weeks, {}, false, true}});
    TimeToValue ttv = timeToValue(weeks);
    QCOMPARE(ttv.days, 21.0);
    QCOMPARE(ttv.displayUnit(), DurationUnit::Weeks);
    QCOMPARE(describeTimeToValue(ttv), u"3 weeks"_s);

    const Journey mixed = journeyOf({{"A", none, 12.0, DurationUnit::Hours, {}, true},
                                     {"B", none, 1.0, DurationUnit::Weeks},
                                     {"C", none, 1.0, DurationUnit::Months, {}, false, true}});
    ttv = timeToValue(mixed);
    QVERIFY(qFuzzyCompare(ttv.days, 0.5 + 7 + daysPerMonth));
    QVERIFY(!ttv.commonUnit);
    QCOMPARE(describeTimeToValue(ttv), u"37.9 days"_s);
}

void TestJourneyAnalytics::timeToValueMissingDurations()
{
    const Journey j = journeyOf({{"Buy", none, 1.0, DurationUnit::Days, {}, true},
                                 {"Ship", none, none},
                                 {"Wait", none, none},
                                 {"Use", none, 2.0, DurationUnit::Days, {}, false, true}});
    const TimeToValue ttv = timeToValue(j);
    QVERIFY(ttv.isAvailable());
    QVERIFY(!ttv.isComplete());
    QCOMPARE(ttv.days, 3.0);
    QCOMPARE(ttv.missingDurations, (QList<int> {1, 2}));
    QCOMPARE(describeTimeToValue(ttv), u"at least 3 days (2 stages without duration)"_s);

    const Journey one = journeyOf({{"Buy", none, 1.0, DurationUnit::Days, {}, true},
                                   {"Use", none, none, DurationUnit::Days, {}, false, true}});
    QCOMPARE(describeTimeToValue(timeToValue(one)), u"at least 1 day (1 stage without duration)"_s);

    const Journey unknown = journeyOf({{"Buy", none, none, DurationUnit::Days, {}, true},
                                       {"Use", none, none, DurationUnit::Days, {}, false, true}});
    QVERIFY(describeTimeToValue(timeToValue(unknown)).startsWith(u"unknown"_s));
}

void TestJourneyAnalytics::timeToValueMissingMarks()
{
    QCOMPARE(timeToValue(journeyOf({{"A", none, 1.0}})).status, TimeToValue::NoConversionStage);
    QCOMPARE(timeToValue(journeyOf({{"A", none, 1.0, DurationUnit::Days, {}, true}})).status,
             TimeToValue::NoValueDeliveredStage);
    const Journey backwards = journeyOf({{"A", none, 1.0, DurationUnit::Days, {}, false, true},
                                         {"B", none, 1.0, DurationUnit::Days, {}, true}});
    const TimeToValue ttv = timeToValue(backwards);
    QCOMPARE(ttv.status, TimeToValue::ValueBeforeConversion);
    QVERIFY(!ttv.isAvailable());
    QCOMPARE(ttv.days, 0.0);
    QVERIFY(describeTimeToValue(ttv).contains(u"before"_s));
}

void TestJourneyAnalytics::timeToValueSameStage()
{
    const Journey j = journeyOf({{"A", none, 2.0, DurationUnit::Hours, {}, true, true}});
    const TimeToValue ttv = timeToValue(j);
    QVERIFY(ttv.isComplete());
    QCOMPARE(describeTimeToValue(ttv), u"2 hours"_s);
}

void TestJourneyAnalytics::assessmentCounts()
{
    const Journey j
        = journeyOf({{"A", none, none, DurationUnit::Days, Assessment::WorksWell},
                     {"B", none, none, DurationUnit::Days, Assessment::ToReinforce},
                     {"C", none, none, DurationUnit::Days, Assessment::ToReinforce},
                     {"D", none, none, DurationUnit::Days, Assessment::Useless},
                     {"E", none},
                     {"F", none, none, DurationUnit::Days, Assessment::ToAdd},
                     {"G", none, none, DurationUnit::Days, Assessment::NotWorkingWell}});
    const AssessmentCounts c = countAssessments(j);
    QCOMPARE(c.stages, 7);
    QCOMPARE(c.count(Assessment::ToReinforce), 2);
    QCOMPARE(c.count(Assessment::None), 1);
    QCOMPARE(c.count(Assessment::WorksWell), 1);
    QCOMPARE(c.needingWork, 5);
    QCOMPARE(describeAssessments(c),
             u"Works well: 1 · Useless: 1 · Not working well: 1 · To reinforce: 2 · To add: 1"_s);
    QCOMPARE(describeAssessments(countAssessments(journeyOf({{"A", none}}))), QString());
}

void TestJourneyAnalytics::stageFilter()
{
    const Journey j = journeyOf({{"A", none, none, DurationUnit::Days, Assessment::WorksWell},
                                 {"B", none, none, DurationUnit::Days, Assessment::ToReinforce},
                                 {"C", none},
                                 {"D", none, none, DurationUnit::Days, Assessment::Useless},
                                 {"E", none, none, DurationUnit::Days, Assessment::ToReinforce}});
    QCOMPARE(StageFilter::all().apply(j), (QList<int> {0, 1, 2, 3, 4}));
    QCOMPARE(StageFilter::needingWork().apply(j), (QList<int> {1, 3, 4}));
    QCOMPARE(StageFilter::only(Assessment::ToReinforce).apply(j), (QList<int> {1, 4}));
    QCOMPARE(StageFilter::only(Assessment::None).apply(j), (QList<int> {2}));
    QCOMPARE(StageFilter::only(Assessment::ToAdd).apply(j), QList<int>());
    QVERIFY(StageFilter::only(Assessment::ToAdd) != StageFilter::only(Assessment::Useless));
    QVERIFY(StageFilter::all() == StageFilter());
}

void TestJourneyAnalytics::filterKeys()
{
    for (const StageFilter &f :
         {StageFilter::all(), StageFilter::needingWork(), StageFilter::only(Assessment::None),
          StageFilter::only(Assessment::ToReinforce), StageFilter::only(Assessment::ToAdd)}) {
        QCOMPARE(StageFilter::fromKey(f.key()), f);
    }
    QCOMPARE(StageFilter::fromKey(u"nonsense"_s), StageFilter::all());
}

void TestJourneyAnalytics::emotionParsing_data()
{
    using Scale = EmotionScale;
    QTest::addColumn<QString>("text");
    QTest::addColumn<Scale>("scale");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    const Scale pm = Scale::MinusTwoToPlusTwo;
    const Scale five = Scale::OneToFive;
    QTest::newRow("plus") << u"+1"_s << pm << true << 1.0;
    QTest::newRow("minus") << u"-2"_s << pm << true << -2.0;
    QTest::newRow("unicode minus") << u"\u22121,5"_s << pm << true << -1.5;
    QTest::newRow("zero") << u" 0 "_s << pm << true << 0.0;
    QTest::newRow("too high") << u"3"_s << pm << false << 0.0;
    QTest::newRow("word") << u"happy"_s << pm << false << 0.0;
    QTest::newRow("empty") << QString() << pm << false << 0.0;
    // The 1 … 5 display: 3 is neutral, typed and shown that way, stored as 0.
    QTest::newRow("1-5: 3 is neutral") << u"3"_s << five << true << 0.0;
    QTest::newRow("1-5: 4,5") << u"4,5"_s << five << true << 1.5;
    QTest::newRow("1-5: 1") << u"1"_s << five << true << -2.0;
    QTest::newRow("1-5: 5") << u"5"_s << five << true << 2.0;
    QTest::newRow("1-5: 0 too low") << u"0"_s << five << false << 0.0;
    QTest::newRow("1-5: -1 too low") << u"-1"_s << five << false << 0.0;
    QTest::newRow("1-5: 5.5 too high") << u"5.5"_s << five << false << 0.0;
}

void TestJourneyAnalytics::emotionParsing()
{
    QFETCH(QString, text);
    QFETCH(EmotionScale, scale);
    QFETCH(bool, valid);
    QFETCH(double, value);
    const auto parsed = parseEmotion(text, scale);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, value);
    if (valid)
        QCOMPARE(parseEmotion(formatEmotion(value, scale), scale), parsed);
}

void TestJourneyAnalytics::emotionShownOnEachScale()
{
    using Scale = EmotionScale;
    QCOMPARE(formatEmotion(1.5), u"+1.5"_s);
    QCOMPARE(formatEmotion(-2), u"\u22122"_s);
    QCOMPARE(formatEmotion(0.25), u"+0.25"_s);
    QCOMPARE(formatEmotion(1.5, Scale::OneToFive), u"4.5"_s);
    QCOMPARE(formatEmotion(-2, Scale::OneToFive), u"1"_s);
    QCOMPARE(formatEmotion(0, Scale::OneToFive), u"3"_s);
    QCOMPARE(formatEmotion(0.25, Scale::OneToFive), u"3.25"_s);
}

void TestJourneyAnalytics::kpisAndChips()
{
    QCOMPARE(chipsOf(u"Blog\n\n  Social ads \n"_s), (QStringList {u"Blog"_s, u"Social ads"_s}));
    const QList<Kpi> kpis = kpisOf(u"Reach: 50000 people\nNPS: 42\nConversion : 12 %\nChurn"_s);
    QCOMPARE(kpis.size(), 4);
    QCOMPARE(kpis[0].name, u"Reach"_s);
    QCOMPARE(kpis[0].value, u"50000"_s);
    QCOMPARE(kpis[0].unit, u"people"_s);
    QCOMPARE(kpis[1].unit, QString());
    QCOMPARE(kpis[2].name, u"Conversion"_s);
    QCOMPARE(kpis[2].unit, u"%"_s);
    QCOMPARE(kpis[3].name, u"Churn"_s);
    QCOMPARE(kpis[3].value, QString());
    QCOMPARE(kpiLine(kpis[0]), u"Reach: 50000 people"_s);
    QCOMPARE(kpiLine(kpis[3]), u"Churn"_s);
}

void TestJourneyAnalytics::durations()
{
    QCOMPARE(formatDuration(1, DurationUnit::Days), u"1 day"_s);
    QCOMPARE(formatDuration(2.5, DurationUnit::Weeks), u"2.5 weeks"_s);
    QCOMPARE(formatDuration(1.04, DurationUnit::Months), u"1 month"_s);
    QCOMPARE(durationInDays(48, DurationUnit::Hours), 2.0);
    QCOMPARE(daysInUnit(14, DurationUnit::Weeks), 2.0);
}

QTEST_GUILESS_MAIN(TestJourneyAnalytics)
#include "tst_journeyanalytics.moc"
