// Steps inside stages (issue 18): add, rename, reorder, split, merge and move steps, each one
// undo step, and what reaches the file.
#include "document/edits.h"
#include "document/editssteps.h"
#include "document/workspacedocument.h"
#include "support/saasjourneytest.h"

#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestStepEdits : public TestData::SaasJourneyTest
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addRenameAndReorderSteps();
    void splitAndMergeStages();
    void mergeStepsJoinsCellsAndArrows();
    void moveStepToNeighbouringStage();
    void aStageKeepsOneStep();

private:
    // "Stage: step, step | Stage: step" with empty step names shown as "-".
    QString outline() const;
    Id textLane() const;
    Id emotionLane() const;
};

QString TestStepEdits::outline() const
{
    QStringList stages;
    for (const Stage &s : journey().stages) {
        QStringList steps;
        for (const Step &step : s.steps)
            steps << (step.name.isEmpty() ? u"-"_s : step.name);
        stages << s.name + u": "_s + steps.join(u", "_s);
    }
    return stages.join(u" | "_s);
}

Id TestStepEdits::textLane() const
{
    for (const Lane &l : journey().lanes) {
        if (l.kind == LaneKind::Text)
            return l.id;
    }
    return 0;
}

Id TestStepEdits::emotionLane() const
{
    for (const Lane &l : journey().lanes) {
        if (l.kind == LaneKind::Emotion)
            return l.id;
    }
    return 0;
}

void TestStepEdits::init()
{
    const QString error = createFile(u"steps"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestStepEdits::cleanup()
{
    mDoc.reset();
}

void TestStepEdits::addRenameAndReorderSteps()
{
    const Stage first = journey().stages.front();
    const QString before = outline();
    const int undoBefore = mDoc->undoStack()->index();
    const Id form = first.steps.front().id;
    QVERIFY(Edit::renameStep(*mDoc, mJourneyId, form, u"Form"_s));
    const Id mail = Edit::addStep(*mDoc, mJourneyId, first.id, -1, u"Confirmation e-mail"_s);
    QVERIFY(mail);
    const Id login = Edit::addStep(*mDoc, mJourneyId, first.id, 1, u"First login"_s);
    QVERIFY(login);
    QCOMPARE(mDoc->undoStack()->index(), undoBefore + 3); // one undo step each
    QVERIFY(outline().startsWith(first.name + u": Form, First login, Confirmation e-mail |"_s));
    QVERIFY(Edit::moveStep(*mDoc, mJourneyId, login, 2));
    QVERIFY(outline().startsWith(first.name + u": Form, Confirmation e-mail, First login |"_s));
    // The stage's own fields and its first step's cells stay.
    QCOMPARE(journey().stages.front().name, first.name);
    QCOMPARE(journey().stages.front().steps.front().cells, first.steps.front().cells);

    const QString edited = outline();
    QCOMPARE(reopened().stages.front().steps.size(), size_t(3));
    QCOMPARE(outline(), edited);
    for (int i = 0; i < 4; ++i)
        mDoc->undoStack()->undo(); // nothing to undo after reopening: the file is the state
    QCOMPARE(outline(), edited);

    // Undo and redo in one session.
    QVERIFY(Edit::renameStep(*mDoc, mJourneyId, mail, u"E-mail"_s));
    QVERIFY(outline().contains(u"Form, E-mail, First login"_s));
    mDoc->undoStack()->undo();
    QCOMPARE(outline(), edited);
    mDoc->undoStack()->redo();
    QVERIFY(outline().contains(u"Form, E-mail, First login"_s));
    QVERIFY(before != outline());
}

void TestStepEdits::splitAndMergeStages()
{
    const Stage first = journey().stages.front();
    const int stages = int(journey().stages.size());
    const Id lane = textLane();
    const Id second = Edit::addStep(*mDoc, mJourneyId, first.id, -1, u"Confirmation e-mail"_s);
    QVERIFY(second);
    // A cell in the second step, to see it follow the split.
    QVERIFY(Edit::setField(*mDoc, EntityRef::cell(mJourneyId, second, lane), Field::CellText,
                           u"Clicks the link"_s));
    const Journey beforeSplit = journey();

    const Id newStage = Edit::splitStage(*mDoc, mJourneyId, second);
    QVERIFY(newStage);
    QCOMPARE(int(journey().stages.size()), stages + 1);
    QCOMPARE(journey().stages[1].id, newStage);
    QCOMPARE(journey().stages[1].name, u"Confirmation e-mail"_s);
    QCOMPARE(journey().stages[0].steps.size(), size_t(1));
    QCOMPARE(journey().stages[1].steps.front().id, second);
    QCOMPARE(journey().stages[1].steps.front().cells.value(lane).text, u"Clicks the link"_s);
    QCOMPARE(reopened().stages[1].steps.front().cells.value(lane).text, u"Clicks the link"_s);
    QCOMPARE(journey().stages.front().steps.size(), size_t(1));

    // Merging it back: the inverse, one undo step; undo splits again, redo merges.
    QVERIFY(Edit::mergeStageIntoPrevious(*mDoc, mJourneyId, newStage));
    QCOMPARE(int(journey().stages.size()), stages);
    QVERIFY(journey() == beforeSplit);
    mDoc->undoStack()->undo();
    QCOMPARE(int(journey().stages.size()), stages + 1);
    QCOMPARE(journey().stages[1].id, newStage);
    mDoc->undoStack()->redo();
    QVERIFY(journey() == beforeSplit);
    QVERIFY(reopened() == beforeSplit);
}

void TestStepEdits::mergeStepsJoinsCellsAndArrows()
{
    const Stage first = journey().stages.front();
    const Id lane = textLane();
    const Id emotion = emotionLane();
    QVERIFY(lane && emotion);
    const Id kept = first.steps.front().id;
    const Id merged = Edit::addStep(*mDoc, mJourneyId, first.id, -1, u"Later"_s);
    const Cell keptCell = first.steps.front().cells.value(lane);
    QVERIFY(Edit::setField(*mDoc, EntityRef::cell(mJourneyId, kept, emotion), Field::CellEmotion,
                           -1.0));
    QVERIFY(Edit::setField(*mDoc, EntityRef::cell(mJourneyId, merged, emotion), Field::CellEmotion,
                           2.0));
    QVERIFY(Edit::setField(*mDoc, EntityRef::cell(mJourneyId, merged, lane), Field::CellText,
                           u"Gives up"_s));
    // An arrow from the next stage to the step that goes.
    const Id next = journey().stages[1].steps.front().id;
    QVERIFY(Edit::setField(*mDoc, EntityRef::cell(mJourneyId, next, lane), Field::CellArrows,
                           cellArrowsKey({{merged, lane}})));
    const int undoBefore = mDoc->undoStack()->index();

    QVERIFY(Edit::mergeStepIntoPrevious(*mDoc, mJourneyId, merged));
    QCOMPARE(mDoc->undoStack()->index(), undoBefore + 1);
    const Stage &stage = journey().stages.front();
    QCOMPARE(stage.steps.size(), size_t(1));
    const QString expectedText
        = keptCell.text.isEmpty() ? u"Gives up"_s : keptCell.text + u"\nGives up"_s;
    QCOMPARE(stage.steps.front().cells.value(lane).text, expectedText);
    QCOMPARE(stage.steps.front().cells.value(emotion).emotion, std::optional<double>(0.5));
    QCOMPARE(stageEmotion(stage, emotion), std::optional<double>(0.5));
    const std::vector<CellArrow> arrows {{kept, lane}};
    QVERIFY(journey().stages[1].steps.front().cells.value(lane).arrows == arrows);
    QVERIFY(!findStep(journey(), merged));

    mDoc->undoStack()->undo();
    QCOMPARE(journey().stages.front().steps.size(), size_t(2));
    QCOMPARE(stageEmotion(journey().stages.front(), emotion), std::optional<double>(0.5));
    QCOMPARE(journey().stages.front().steps[1].cells.value(emotion).emotion,
             std::optional<double>(2.0));
    mDoc->undoStack()->redo();
    const Journey after = journey();
    QVERIFY(reopened() == after);
}

void TestStepEdits::moveStepToNeighbouringStage()
{
    const Stage first = journey().stages.front();
    const Id secondStage = journey().stages[1].id;
    const Id moving = Edit::addStep(*mDoc, mJourneyId, first.id, -1, u"Moving"_s);
    QVERIFY(Edit::moveStepToNeighbour(*mDoc, mJourneyId, moving, true));
    QCOMPARE(journey().stages[0].steps.size(), size_t(1));
    QCOMPARE(journey().stages[1].id, secondStage);
    QCOMPARE(journey().stages[1].steps.front().id, moving);
    QVERIFY(Edit::moveStepToNeighbour(*mDoc, mJourneyId, moving, false));
    QCOMPARE(journey().stages[0].steps.back().id, moving);
    mDoc->undoStack()->undo();
    QCOMPARE(journey().stages[1].steps.front().id, moving);
    const Journey after = journey();
    QVERIFY(reopened() == after);
}

void TestStepEdits::aStageKeepsOneStep()
{
    const Stage first = journey().stages.front();
    const Id only = first.steps.front().id;
    const int undoBefore = mDoc->undoStack()->index();
    QVERIFY(!Edit::moveStepToNeighbour(*mDoc, mJourneyId, only, true));
    QVERIFY(!Edit::splitStage(*mDoc, mJourneyId, only));
    QVERIFY(!Edit::mergeStepIntoPrevious(*mDoc, mJourneyId, only));
    QVERIFY(!Edit::mergeStageIntoPrevious(*mDoc, mJourneyId, first.id));
    QVERIFY(!Edit::moveStep(*mDoc, mJourneyId, only, 0));
    QCOMPARE(mDoc->undoStack()->index(), undoBefore);
}

QTEST_GUILESS_MAIN(TestStepEdits)
#include "tst_stepedits.moc"
