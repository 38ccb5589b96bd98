// Steps on the journey canvas (issue 18), driven offscreen with keys and the mouse as a user
// would: add a step, split a stage at it, merge back, each one undo step; the arrows walk
// through steps as through columns; a step's cell and emotion point are its own.
#include "support/journeyeditorfixture.h"

#include "document/workspacedocument.h"
#include "domain/journeytemplates.h"
#include "journey/journeycanvas.h"
#include "journey/journeyeditor.h"

#include <QAccessible>
#include <QAction>
#include <QCoreApplication>
#include <QImage>
#include <QMenu>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestStepCanvas : public QObject, private TestSupport::JourneyEditorFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addSplitAndMergeByKeys();
    void arrowsWalkThroughSteps();
    void clickAndDragInAStep();
    void actionsInEnglishAndFrench();

private:
    const Journey &journey() const { return *mDoc->workspace().journey(mJourneyId); }
    int emotionRow() const;
    // Alt+Insert on the first cell: the first stage gets a second step, current.
    void addStepToFirstStage();

    Id mJourneyId = 0;
};

void TestStepCanvas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestStepCanvas::init()
{
    Workspace w = JourneyTemplates::makeWorkspace(JourneyTemplates::Kind::Saas,
                                                  JourneyTemplates::Language::English);
    mJourneyId = w.journeys.front().id;
    QVERIFY2(showJourney(w, mJourneyId, {1280, 820}), qPrintable(mError));
    mCanvas->setFocus();
}

void TestStepCanvas::cleanup()
{
    closeJourney();
}

int TestStepCanvas::emotionRow() const
{
    const JourneyLayout *l = mCanvas->journeyLayout();
    for (int r = 0; r < l->rowCount(); ++r) {
        if (l->laneAt(r)->kind == LaneKind::Emotion)
            return r;
    }
    return -1;
}

void TestStepCanvas::addStepToFirstStage()
{
    const JourneyLayout *l = mCanvas->journeyLayout();
    const Stage first = journey().stages.front();
    mCanvas->setCurrent(first.steps.front().id, l->laneIdAt(0));
    QTest::keyClick(mCanvas, Qt::Key_Insert, Qt::AltModifier);
    const Stage &stage = journey().stages.front();
    QCOMPARE(stage.steps.size(), size_t(2));
    QCOMPARE(stage.steps[1].name, u"New step"_s);
    QCOMPARE(mCanvas->currentStage(), stage.steps[1].id);
    QCOMPARE(mCanvas->currentLane(), l->laneIdAt(0));
}

void TestStepCanvas::addSplitAndMergeByKeys()
{
    const Journey original = journey();
    const int stages = int(original.stages.size());
    // The template's columns: its steps (its free trial has three), not its stages.
    const int columns = stepCount(original);
    QVERIFY(columns > stages);
    const JourneyLayout *l = mCanvas->journeyLayout();
    QCOMPARE(l->columnCount(), columns);
    QVERIFY(l->stepNameBox(0).isEmpty()); // the first stage: one unnamed step
    const int undo = mDoc->undoStack()->count();

    addStepToFirstStage();
    QCOMPARE(mDoc->undoStack()->count(), undo + 1);
    const Id step = journey().stages.front().steps[1].id;
    // The map: a column more, the step's name in its row under the stage spanning both.
    QCOMPARE(l->columnCount(), columns + 1);
    QVERIFY(l->hasStepRow());
    QCOMPARE(l->stepNameBox(1).text(), u"New step"_s);
    QCOMPARE(l->headerRect(1), l->headerRect(0));
    // The canvas draws the step's name there, in dark text.
    mCanvas->ensureVisible(l->stepHeaderRect(1), 20, 20);
    const QRect nameArea = mCanvas->mapFromScene(l->stepHeaderRect(1)).boundingRect();
    const QImage shot = mCanvas->viewport()->grab(nameArea).toImage();
    int inked = 0;
    for (int y = 0; y < shot.height(); ++y) {
        for (int x = 0; x < shot.width(); ++x)
            inked += qGray(shot.pixel(x, y)) < 100 ? 1 : 0;
    }
    QVERIFY2(inked > 20, qPrintable(u"%1 dark pixels"_s.arg(inked)));

    // Split the stage here: the step starts a stage of its own, still current.
    QTest::keyClick(mCanvas, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(int(journey().stages.size()), stages + 1);
    QCOMPARE(journey().stages[0].steps.size(), size_t(1));
    QCOMPARE(journey().stages[1].steps.front().id, step);
    QCOMPARE(mDoc->undoStack()->count(), undo + 2);
    QCOMPARE(mCanvas->currentStage(), step);
    QCOMPARE(l->stageFirstColumn(1), 1); // a stage of its own, one step wide
    QCOMPARE(l->stageLastColumn(1), 1);

    // Merge it back into the previous stage, then the two steps into one.
    QTest::keyClick(mCanvas, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(int(journey().stages.size()), stages);
    QCOMPARE(journey().stages[0].steps.size(), size_t(2));
    QCOMPARE(mDoc->undoStack()->count(), undo + 3);
    QCOMPARE(mCanvas->currentStage(), step);
    QTest::keyClick(mCanvas, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(journey().stages[0].steps.size(), size_t(1));
    QCOMPARE(mDoc->undoStack()->count(), undo + 4);
    QCOMPARE(mCanvas->currentStage(), journey().stages[0].steps[0].id);
    QCOMPARE(l->columnCount(), columns);

    // Each one undo step, back to the start.
    for (int i = 0; i < 4; ++i)
        mDoc->undoStack()->undo();
    QCOMPARE(journey(), original);
    QCOMPARE(l->columnCount(), columns);
}

void TestStepCanvas::arrowsWalkThroughSteps()
{
    addStepToFirstStage();
    const JourneyLayout *l = mCanvas->journeyLayout();
    const Journey &j = journey();
    const Id lane = l->laneIdAt(1);
    mCanvas->setCurrent(j.stages[0].steps[0].id, lane);
    QTest::keyClick(mCanvas, Qt::Key_Right);
    QCOMPARE(mCanvas->currentStage(), j.stages[0].steps[1].id);
    QCOMPARE(mCanvas->currentStageId(), j.stages[0].id);
    // A screen reader names the step of a cell in a stage of several.
    QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(mCanvas);
    QVERIFY(canvas && canvas->tableInterface());
    QAccessibleInterface *cell = canvas->tableInterface()->cellAt(1, 1);
    QVERIFY(cell);
    QVERIFY2(cell->text(QAccessible::Name)
                 .startsWith(u"Stage %1, step New step, lane %2: "_s.arg(j.stages[0].name,
                                                                         l->laneAt(1)->name)),
             qPrintable(cell->text(QAccessible::Name)));
    QTest::keyClick(mCanvas, Qt::Key_Right);
    QCOMPARE(mCanvas->currentStage(), j.stages[1].steps[0].id);
    QTest::keyClick(mCanvas, Qt::Key_Left);
    QCOMPARE(mCanvas->currentStage(), j.stages[0].steps[1].id);
    // Up to the stage header, which spans both steps: Right goes on to the next stage.
    mCanvas->setCurrent(j.stages[0].steps[1].id, l->laneIdAt(0));
    QTest::keyClick(mCanvas, Qt::Key_Up);
    if (l->hasFunnel())
        QTest::keyClick(mCanvas, Qt::Key_Up);
    QCOMPARE(mCanvas->currentStage(), j.stages[0].id);
    QCOMPARE(mCanvas->currentLane(), Id(0));
    QTest::keyClick(mCanvas, Qt::Key_Right);
    QCOMPARE(mCanvas->currentStage(), j.stages[1].id);
    QCOMPARE(mCanvas->currentLane(), Id(0));
    // Move the step left, by keys: it becomes the stage's first.
    const Id added = j.stages[0].steps[1].id;
    mCanvas->setCurrent(added, lane);
    QTest::keyClick(mCanvas, Qt::Key_Left, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(journey().stages[0].steps[0].id, added);
    QCOMPARE(mCanvas->currentStage(), added);
}

void TestStepCanvas::clickAndDragInAStep()
{
    addStepToFirstStage();
    const JourneyLayout *l = mCanvas->journeyLayout();
    const Id step = journey().stages[0].steps[1].id;
    const Id first = journey().stages[0].steps[0].id;
    // A click on the new step's cell makes it current; typed text goes to that step only.
    const int textRow = 0;
    const QRectF cell = l->cellRect(1, textRow);
    mCanvas->ensureVisible(cell, 20, 20);
    mCanvas->setCurrent(first, l->laneIdAt(textRow));
    QTest::mouseClick(mCanvas->viewport(), Qt::LeftButton, {}, viewPoint(cell.center()));
    QCOMPARE(mCanvas->currentStage(), step);
    QTest::keyClicks(mCanvas, u"Fills the form"_s);
    QTest::keyClick(mCanvas, Qt::Key_Return);
    const Id lane = l->laneIdAt(textRow);
    QCOMPARE(findStep(journey(), step)->cells.value(lane).text, u"Fills the form"_s);
    QVERIFY(findStep(journey(), first)->cells.value(lane).text != u"Fills the form"_s);

    // Alt+Down on the step's emotion cell scores it; then drag its point to the top.
    const int row = emotionRow();
    QVERIFY(row >= 0);
    const Id emotion = l->laneIdAt(row);
    mCanvas->setCurrent(step, emotion);
    QTest::keyClick(mCanvas, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(findStep(journey(), step)->cells.value(emotion).emotion, std::optional<double>(-0.5));
    const std::optional<double> firstScore
        = findStep(journey(), first)->cells.value(emotion).emotion;
    const QPointF point = l->emotionPoint(1, row, -0.5);
    const QPointF high = l->emotionPoint(1, row, 2);
    QCOMPARE(point.x(), l->cellRect(1, row).center().x());
    mCanvas->ensureVisible(QRectF(high, point).normalized(), 20, 40);
    const int undo = mDoc->undoStack()->count();
    QTest::mousePress(mCanvas->viewport(), Qt::LeftButton, {}, viewPoint(point));
    for (int i = 1; i <= 8; ++i)
        QTest::mouseMove(mCanvas->viewport(), viewPoint(point + (high - point) * (i / 8.0)));
    QTest::mouseRelease(mCanvas->viewport(), Qt::LeftButton, {}, viewPoint(high));
    QCOMPARE(findStep(journey(), step)->cells.value(emotion).emotion, std::optional<double>(2));
    QCOMPARE(findStep(journey(), first)->cells.value(emotion).emotion, firstScore);
    QCOMPARE(mDoc->undoStack()->count(), undo + 1);
}

void TestStepCanvas::actionsInEnglishAndFrench()
{
    const QStringList names = {u"addStep"_s,
                               u"renameStep"_s,
                               u"moveStepLeft"_s,
                               u"moveStepRight"_s,
                               u"splitStage"_s,
                               u"mergeSteps"_s,
                               u"mergeStages"_s,
                               u"moveStepToPreviousStage"_s,
                               u"moveStepToNextStage"_s};
    for (const QString &name : names) {
        const QAction *action = mEditor->action(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->shortcut().isEmpty() || name.startsWith(u"moveStepTo"_s),
                 qPrintable(name));
    }
    QCOMPARE(mEditor->action(u"splitStage"_s)->text(), u"Spli&t Stage Here"_s);
    auto *menu = mEditor->findChild<QMenu *>(u"stepsMenu"_s);
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), names.size() + 1); // and a separator

    // The French names, from the shipped translation.
    QTranslator french;
    QVERIFY(french.load(u":/i18n/parcours_fr.qm"_s));
    QCoreApplication::installTranslator(&french);
    const QString split = QCoreApplication::translate("Parcours::StepActions", "Spli&t Stage Here");
    const QString add = QCoreApplication::translate("Parcours::StepActions", "&Add Step");
    QCoreApplication::removeTranslator(&french);
    QVERIFY2(split != u"Spli&t Stage Here"_s && split.contains(u'&'), qPrintable(split));
    QVERIFY2(add != u"&Add Step"_s, qPrintable(add));
}

QTEST_MAIN(TestStepCanvas)
#include "tst_stepcanvas.moc"
