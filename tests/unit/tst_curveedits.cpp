// Several curves on an emotion lane and the compare link (issue 18): setting and removing a
// persona's point, comparing with another journey, each one undo step, and what reaches the file.
#include "document/edits.h"
#include "document/editscurves.h"
#include "document/editssteps.h"
#include "document/workspacedocument.h"
#include "support/saasjourneytest.h"

#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestCurveEdits : public TestData::SaasJourneyTest
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setAndRemovePoints();
    void aDragIsOneUndoStep();
    void refusesWhatIsNoCurvePoint();
    void deletingAPersonaDropsItsPoints();
    void compareWithAnotherJourney();
    void mergingStepsAveragesEachCurve();

private:
    Id lane(LaneKind kind) const;
    Id step(int index) const { return journey().stages[size_t(index)].steps.front().id; }
    QMap<Id, double> curvesAt(int stage) const
    {
        return journey()
            .stages[size_t(stage)]
            .steps.front()
            .cells.value(lane(LaneKind::Emotion))
            .curves;
    }
    Id mBuyer = 0;
    Id mAgent = 0;
};

Id TestCurveEdits::lane(LaneKind kind) const
{
    for (const Lane &l : journey().lanes) {
        if (l.kind == kind)
            return l.id;
    }
    return 0;
}

void TestCurveEdits::init()
{
    const QString error = createFile(u"curves"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    mBuyer = Edit::addPersona(*mDoc, Persona {0, u"Buyer"_s, {}, {}, std::nullopt, {}, {}});
    mAgent = Edit::addPersona(*mDoc, Persona {0, u"Agent"_s, {}, {}, std::nullopt, {}, {}});
    QVERIFY(mBuyer && mAgent);
    QVERIFY(lane(LaneKind::Emotion));
}

void TestCurveEdits::cleanup()
{
    mDoc.reset();
}

void TestCurveEdits::setAndRemovePoints()
{
    const Id emotion = lane(LaneKind::Emotion);
    const std::optional<double> ownValue = journey().stages[1].firstCells().value(emotion).emotion;
    const int undoBefore = mDoc->undoStack()->index();
    QVERIFY(Edit::setCurvePoint(*mDoc, mJourneyId, step(1), emotion, mBuyer, -1));
    QVERIFY(Edit::setCurvePoint(*mDoc, mJourneyId, step(1), emotion, mAgent, 1.5));
    QVERIFY(!Edit::setCurvePoint(*mDoc, mJourneyId, step(1), emotion, mAgent, 1.5)); // no change
    QCOMPARE(mDoc->undoStack()->index(), undoBefore + 2); // one undo step each
    QCOMPARE(mDoc->undoStack()->undoText(), u"Set Curve Point"_s);
    const QMap<Id, double> both {{mBuyer, -1.0}, {mAgent, 1.5}};
    QCOMPARE(curvesAt(1), both);
    // The lane's own value stays as it was: the curves are besides it.
    QCOMPARE(journey().stages[1].firstCells().value(emotion).emotion, ownValue);
    QCOMPARE(reopened().stages[1].firstCells().value(emotion).curves, both);

    QVERIFY(Edit::removeCurvePoint(*mDoc, mJourneyId, step(1), emotion, mBuyer));
    QVERIFY(!Edit::removeCurvePoint(*mDoc, mJourneyId, step(1), emotion, mBuyer));
    QCOMPARE(mDoc->undoStack()->undoText(), u"Remove Curve Point"_s);
    QCOMPARE(curvesAt(1), (QMap<Id, double> {{mAgent, 1.5}}));
    mDoc->undoStack()->undo();
    QCOMPARE(curvesAt(1), both);
    mDoc->undoStack()->redo();
    QCOMPARE(reopened().stages[1].firstCells().value(emotion).curves,
             (QMap<Id, double> {{mAgent, 1.5}}));
}

void TestCurveEdits::aDragIsOneUndoStep()
{
    const Id emotion = lane(LaneKind::Emotion);
    const int undoBefore = mDoc->undoStack()->index();
    for (const double value : {0.5, 1.0, 1.5, 2.0})
        QVERIFY(Edit::setCurvePoint(*mDoc, mJourneyId, step(0), emotion, mBuyer, value, true));
    Edit::endMergeableEdit(*mDoc);
    QCOMPARE(mDoc->undoStack()->index(), undoBefore + 1);
    QCOMPARE(curvesAt(0).value(mBuyer), 2.0);
    mDoc->undoStack()->undo();
    QVERIFY(curvesAt(0).isEmpty());
}

void TestCurveEdits::refusesWhatIsNoCurvePoint()
{
    const Id emotion = lane(LaneKind::Emotion);
    const int undoBefore = mDoc->undoStack()->index();
    QVERIFY(!Edit::setCurvePoint(*mDoc, mJourneyId, step(0), lane(LaneKind::Text), mBuyer, 1));
    QVERIFY(!Edit::setCurvePoint(*mDoc, mJourneyId, step(0), emotion, mBuyer, 2.5));
    QVERIFY(!Edit::setCurvePoint(*mDoc, mJourneyId, step(0), emotion, mBuyer, qQNaN()));
    QVERIFY(!Edit::setCurvePoint(*mDoc, mJourneyId, step(0), emotion, 424242, 1));
    QVERIFY(!Edit::setCurvePoint(*mDoc, mJourneyId, 424242, emotion, mBuyer, 1));
    QVERIFY(!Edit::setCompareWith(*mDoc, mJourneyId, mJourneyId));
    QVERIFY(!Edit::setCompareWith(*mDoc, mJourneyId, 424242));
    QCOMPARE(mDoc->undoStack()->index(), undoBefore);
}

void TestCurveEdits::deletingAPersonaDropsItsPoints()
{
    const Id emotion = lane(LaneKind::Emotion);
    QVERIFY(Edit::setCurvePoint(*mDoc, mJourneyId, step(0), emotion, mBuyer, -2));
    QVERIFY(Edit::setCurvePoint(*mDoc, mJourneyId, step(0), emotion, mAgent, 1));
    QVERIFY(Edit::setCurvePoint(*mDoc, mJourneyId, step(2), emotion, mBuyer, 0.5));
    const Journey before = journey();
    const int undoBefore = mDoc->undoStack()->index();
    Edit::removePersona(*mDoc, mBuyer);
    QCOMPARE(mDoc->undoStack()->index(), undoBefore + 1); // one undo step
    QVERIFY(!mDoc->workspace().persona(mBuyer));
    QCOMPARE(curvesAt(0), (QMap<Id, double> {{mAgent, 1.0}}));
    QVERIFY(curvesAt(2).isEmpty());
    const Journey after = journey();
    QCOMPARE(reopened(), after);
    // Nothing to undo after reopening: undo in one session instead.
    Edit::addPersona(*mDoc, Persona {0, u"Other"_s, {}, {}, std::nullopt, {}, {}});
    mDoc->undoStack()->undo();
    QCOMPARE(journey(), after);

    const QString error = createFile(u"curves"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Id persona = Edit::addPersona(*mDoc, Persona {0, u"P"_s, {}, {}, std::nullopt, {}, {}});
    const Id newEmotion = lane(LaneKind::Emotion); // the new file's
    QVERIFY(Edit::setCurvePoint(*mDoc, mJourneyId, step(0), newEmotion, persona, 1));
    const Journey withPoint = journey();
    Edit::removePersona(*mDoc, persona);
    QVERIFY(curvesAt(0).isEmpty());
    mDoc->undoStack()->undo(); // the persona and its points come back together
    QVERIFY(mDoc->workspace().persona(persona));
    QCOMPARE(journey(), withPoint);
    mDoc->undoStack()->redo();
    QCOMPARE(reopened().stages[0].firstCells().value(newEmotion).curves, (QMap<Id, double> {}));
    QVERIFY(before != after);
}

void TestCurveEdits::compareWithAnotherJourney()
{
    const Id toBe = Edit::duplicateJourney(*mDoc, mJourneyId, u"To-be"_s);
    QVERIFY(toBe);
    const int undoBefore = mDoc->undoStack()->index();
    QVERIFY(Edit::setCompareWith(*mDoc, mJourneyId, toBe));
    QVERIFY(!Edit::setCompareWith(*mDoc, mJourneyId, toBe));
    QCOMPARE(mDoc->undoStack()->index(), undoBefore + 1);
    QCOMPARE(mDoc->undoStack()->undoText(), u"Compare With Journey"_s);
    QCOMPARE(reopened().compareWith, toBe);

    QVERIFY(Edit::setCompareWith(*mDoc, mJourneyId, 0));
    QCOMPARE(mDoc->undoStack()->undoText(), u"Stop Comparing"_s);
    QCOMPARE(journey().compareWith, Id(0));
    mDoc->undoStack()->undo();
    QCOMPARE(journey().compareWith, toBe);

    // Deleting the to-be ends the comparison in the same undo step.
    const int beforeDelete = mDoc->undoStack()->index();
    Edit::removeJourney(*mDoc, toBe);
    QCOMPARE(mDoc->undoStack()->index(), beforeDelete + 1);
    QCOMPARE(journey().compareWith, Id(0));
    mDoc->undoStack()->undo();
    QCOMPARE(journey().compareWith, toBe);
    QVERIFY(mDoc->workspace().journey(toBe));
    mDoc->undoStack()->redo();
    QCOMPARE(reopened().compareWith, Id(0));
}

void TestCurveEdits::mergingStepsAveragesEachCurve()
{
    const Id emotion = lane(LaneKind::Emotion);
    const Id stage = journey().stages.front().id;
    const Id second = Edit::addStep(*mDoc, mJourneyId, stage, -1, u"Second"_s);
    QVERIFY(second);
    QVERIFY(Edit::setCurvePoint(*mDoc, mJourneyId, step(0), emotion, mBuyer, -1));
    QVERIFY(Edit::setCurvePoint(*mDoc, mJourneyId, second, emotion, mBuyer, 2));
    QVERIFY(Edit::setCurvePoint(*mDoc, mJourneyId, second, emotion, mAgent, 1));
    QVERIFY(Edit::mergeStepIntoPrevious(*mDoc, mJourneyId, second));
    QCOMPARE(curvesAt(0), (QMap<Id, double> {{mBuyer, 0.5}, {mAgent, 1.0}}));
}

QTEST_GUILESS_MAIN(TestCurveEdits)
#include "tst_curveedits.moc"
