// As-is against to-be (issue 18): steps matched by name, case-insensitive and trimmed, a
// stage's unnamed step by the stage's name, repeated names in turn; the differences.
#include "analytics/journeycompare.h"

#include <QTest>

#include <cmath>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

constexpr Id emotionLane = 7;

// A journey of one-step stages named `names`, scored `scores` (NaN: no score) on its emotion
// lane, named `laneName`.
Journey journeyOf(Id id, const QStringList &names, const std::vector<double> &scores,
                  const QString &laneName = u"Emotion"_s)
{
    Journey j;
    j.id = id;
    j.lanes = {{emotionLane + id, laneName, LaneKind::Emotion}};
    for (qsizetype i = 0; i < names.size(); ++i) {
        Stage s;
        s.id = id * 100 + i;
        s.name = names[i];
        s.withOneStep();
        if (!std::isnan(scores[size_t(i)]))
            s.firstCells()[emotionLane + id].emotion = scores[size_t(i)];
        j.stages.push_back(s);
    }
    return j;
}

} // namespace

class TestJourneyCompare : public QObject
{
    Q_OBJECT

private slots:
    void matchesByNameIgnoringCaseAndSpaces();
    void namedStepsAndRepeatedNames();
    void otherLaneByNameOrFirst();
    void noEmotionLane();
};

void TestJourneyCompare::matchesByNameIgnoringCaseAndSpaces()
{
    const double none = std::nan("");
    const Journey asIs = journeyOf(1, {u"Browse"_s, u"Enter payment"_s, u"Confirm"_s, u"Wait"_s},
                                   {1, -1, 0.5, none});
    const Journey toBe
        = journeyOf(2, {u"  browse "_s, u"ENTER PAYMENT"_s, u"New step"_s, u"Confirm"_s, u"Wait"_s},
                    {1, 1, 2, 0, -2});
    const JourneyComparison c = compareJourneys(asIs, emotionLane + 1, toBe);
    QCOMPARE(c.lane, emotionLane + 1);
    QCOMPARE(c.otherLane, emotionLane + 2);
    QCOMPARE(c.steps.size(), size_t(4));
    QCOMPARE(c.steps[0].otherStep, Id(200));
    QCOMPARE(c.steps[0].difference(), std::optional<double>(0));
    QCOMPARE(c.steps[1].name, u"Enter payment"_s);
    QCOMPARE(c.steps[1].otherStep, Id(201));
    QCOMPARE(c.steps[1].difference(), std::optional<double>(2));
    QCOMPARE(c.steps[2].otherStep, Id(203)); // "New step" is skipped: no step of that name
    QCOMPARE(c.steps[2].difference(), std::optional<double>(-0.5));
    QCOMPARE(c.steps[3].other, std::optional<double>(-2));
    QCOMPARE(c.steps[3].difference(), std::nullopt); // no score of its own
    const std::vector<StepComparison> differing = c.differing();
    QCOMPARE(differing.size(), size_t(2));
    QCOMPARE(differing[0].name, u"Enter payment"_s);
    QCOMPARE(differing[1].name, u"Confirm"_s);
}

void TestJourneyCompare::namedStepsAndRepeatedNames()
{
    Journey asIs = journeyOf(1, {u"Checkout"_s}, {0});
    Stage &checkout = asIs.stages[0];
    checkout.steps = {{11, u"Pay"_s, {}}, {12, u"Pay"_s, {}}, {13, {}, {}}};
    checkout.steps[0].cells[emotionLane + 1].emotion = -2;
    checkout.steps[1].cells[emotionLane + 1].emotion = -1;
    checkout.steps[2].cells[emotionLane + 1].emotion = 0;
    Journey toBe = journeyOf(2, {u"Checkout"_s, u"pay"_s, u"Pay "_s}, {1, 2, 1});
    const JourneyComparison c = compareJourneys(asIs, emotionLane + 1, toBe);
    QCOMPARE(c.steps.size(), size_t(3));
    // The first "Pay" matches the first, the second the second; the unnamed step its stage.
    QCOMPARE(c.steps[0].otherStep, Id(201));
    QCOMPARE(c.steps[0].difference(), std::optional<double>(4));
    QCOMPARE(c.steps[1].otherStep, Id(202));
    QCOMPARE(c.steps[1].difference(), std::optional<double>(2));
    QCOMPARE(c.steps[2].name, u"Checkout"_s);
    QCOMPARE(c.steps[2].otherStep, Id(200));
    QCOMPARE(c.steps[2].difference(), std::optional<double>(1));
}

void TestJourneyCompare::otherLaneByNameOrFirst()
{
    const Journey asIs = journeyOf(1, {u"A"_s}, {0}, u"Feeling"_s);
    Journey toBe = journeyOf(2, {u"A"_s}, {1}, u"Other"_s);
    toBe.lanes.push_back({99, u"  feeling"_s, LaneKind::Emotion});
    toBe.stages[0].firstCells()[99].emotion = -1;
    QCOMPARE(compareJourneys(asIs, emotionLane + 1, toBe).otherLane, Id(99));
    QCOMPARE(compareJourneys(asIs, emotionLane + 1, toBe).steps[0].other,
             std::optional<double>(-1));
    toBe.lanes.pop_back();
    QCOMPARE(compareJourneys(asIs, emotionLane + 1, toBe).otherLane, emotionLane + 2);
}

void TestJourneyCompare::noEmotionLane()
{
    const Journey asIs = journeyOf(1, {u"A"_s}, {0});
    Journey toBe = journeyOf(2, {u"A"_s}, {1});
    toBe.lanes[0].kind = LaneKind::Text;
    const JourneyComparison c = compareJourneys(asIs, emotionLane + 1, toBe);
    QCOMPARE(c.otherLane, Id(0));
    QCOMPARE(c.steps[0].otherStep, Id(200)); // matched, but without a score
    QVERIFY(c.differing().empty());
    // A lane that is no emotion lane of the journey: no scores of its own.
    QVERIFY(!compareJourneys(asIs, 12345, toBe).steps[0].own);
}

QTEST_GUILESS_MAIN(TestJourneyCompare)
#include "tst_journeycompare.moc"
