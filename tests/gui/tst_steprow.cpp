// The row of step names on the journey canvas (issue 18), driven offscreen with the mouse as a
// user would: dragging a step's name reorders the steps of its stage or moves the step to a
// neighbouring stage (one undo step, a marker showing where it lands, Escape cancelling), and
// the row stays at the top of the view below the stage headers while the cells scroll.
#include "document/workspacedocument.h"
#include "domain/journeytemplates.h"
#include "journey/journeycanvas.h"
#include "journey/steprowitem.h"

#include <QDir>
#include <QGraphicsLineItem>
#include <QImage>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestStepRow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dragReordersWithinItsStage();
    void dragMovesToANeighbouringStage();
    void escapeCancelsTheDrag();
    void rowStaysInViewWhenScrolling();

private:
    const Journey &journey() const { return *mDoc->workspace().journey(mJourneyId); }
    QStringList stepNames(int stage) const;
    // The view point of a step name's centre, or of `x` in its row; scrolled into view.
    QPoint namePoint(int column) const;
    QPoint rowPoint(qreal sceneX) const;
    // Presses on column `from`'s name, moves in small steps to `toX` (scene) and stops there,
    // the button still down.
    void dragTo(int from, qreal toX);
    bool markerShown() const;

    QTemporaryDir mDir;
    std::unique_ptr<WorkspaceDocument> mDoc;
    std::unique_ptr<JourneyCanvas> mCanvas;
    Id mJourneyId = 0;
    int mTrial = 0; // the Free trial stage: three steps
};

void TestStepRow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestStepRow::init()
{
    static int n = 0;
    const Workspace w = JourneyTemplates::makeWorkspace(JourneyTemplates::Kind::Saas,
                                                        JourneyTemplates::Language::English);
    mJourneyId = w.journeys.front().id;
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(mDir.filePath(u"steprow%1.parcours"_s.arg(++n)), w);
    QVERIFY2(created.document, qPrintable(created.error));
    mDoc = std::move(created.document);
    mCanvas = std::make_unique<JourneyCanvas>();
    mCanvas->resize(1100, 600);
    mCanvas->setJourney(mDoc.get(), mJourneyId);
    mCanvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(mCanvas.get()));
    mCanvas->setFocus();
    mTrial = 2;
    QCOMPARE(stepNames(mTrial),
             (QStringList {u"Sign-up form"_s, u"Confirmation e-mail"_s, u"First login"_s}));
    QVERIFY(mCanvas->journeyLayout()->hasStepRow());
    QVERIFY(mCanvas->stepRowItem() && mCanvas->stepRowItem()->isVisible());
}

void TestStepRow::cleanup()
{
    mCanvas.reset();
    mDoc.reset();
}

QStringList TestStepRow::stepNames(int stage) const
{
    QStringList names;
    for (const Step &step : journey().stages[size_t(stage)].steps)
        names << (step.name.isEmpty() ? journey().stages[size_t(stage)].name : step.name);
    return names;
}

QPoint TestStepRow::namePoint(int column) const
{
    return rowPoint(mCanvas->journeyLayout()->stepHeaderRect(column).center().x());
}

QPoint TestStepRow::rowPoint(qreal sceneX) const
{
    const QRectF row = mCanvas->journeyLayout()->stepHeaderRect(0);
    return mCanvas->mapFromScene(QPointF(sceneX, row.center().y()));
}

void TestStepRow::dragTo(int from, qreal toX)
{
    const JourneyLayout *l = mCanvas->journeyLayout();
    mCanvas->ensureVisible(l->stepHeaderRect(from), 20, 20);
    const qreal fromX = l->stepHeaderRect(from).center().x();
    QTest::mousePress(mCanvas->viewport(), Qt::LeftButton, {}, rowPoint(fromX));
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(mCanvas->viewport(), rowPoint(fromX + (toX - fromX) * (i / 10.0)));
}

bool TestStepRow::markerShown() const
{
    const QList<QGraphicsItem *> children = mCanvas->stepRowItem()->childItems();
    return std::any_of(children.cbegin(), children.cend(), [](const QGraphicsItem *item) {
        return item->type() == QGraphicsLineItem::Type && item->isVisible();
    });
}

void TestStepRow::dragReordersWithinItsStage()
{
    const JourneyLayout *l = mCanvas->journeyLayout();
    const int first = l->columnOfStep(journey().stages[size_t(mTrial)].steps[0].id);
    const int last = first + 2;
    const Id login = journey().stages[size_t(mTrial)].steps[2].id;
    const int undo = mDoc->undoStack()->count();
    // "First login" dragged to the left edge of "Sign-up form": it becomes the first step.
    dragTo(last, l->stepHeaderRect(first).left() + 8);
    QVERIFY(mCanvas->stepRowItem()->isDragging());
    QCOMPARE(mCanvas->stepRowItem()->draggedStep(), login);
    QVERIFY(markerShown());
    QTest::mouseRelease(mCanvas->viewport(), Qt::LeftButton, {},
                        rowPoint(l->stepHeaderRect(first).left() + 8));
    QVERIFY(!mCanvas->stepRowItem()->isDragging());
    QVERIFY(!markerShown());
    QCOMPARE(stepNames(mTrial),
             (QStringList {u"First login"_s, u"Sign-up form"_s, u"Confirmation e-mail"_s}));
    QCOMPARE(mDoc->undoStack()->count(), undo + 1);
    QCOMPARE(mCanvas->currentStage(), login);
    // The map follows: the step's name is now in the stage's first column.
    QCOMPARE(l->stepNameBox(first).text(), u"First login"_s);

    mDoc->undoStack()->undo();
    QCOMPARE(stepNames(mTrial),
             (QStringList {u"Sign-up form"_s, u"Confirmation e-mail"_s, u"First login"_s}));

    // Dropped on its own place: nothing happens, no marker.
    dragTo(first + 1, l->stepHeaderRect(first + 1).center().x() + 30);
    QVERIFY(mCanvas->stepRowItem()->isDragging());
    QVERIFY(!markerShown());
    QTest::mouseRelease(mCanvas->viewport(), Qt::LeftButton, {},
                        rowPoint(l->stepHeaderRect(first + 1).center().x() + 30));
    QCOMPARE(mDoc->undoStack()->count(), undo + 1); // the undone move, nothing more
    QCOMPARE(mDoc->undoStack()->index(), undo);
}

void TestStepRow::dragMovesToANeighbouringStage()
{
    const JourneyLayout *l = mCanvas->journeyLayout();
    const int first = l->columnOfStep(journey().stages[size_t(mTrial)].steps[0].id);
    const Id form = journey().stages[size_t(mTrial)].steps[0].id;
    const int undo = mDoc->undoStack()->count();
    // "Sign-up form" dropped over the previous stage: it ends that stage.
    dragTo(first, l->stepHeaderRect(first - 1).center().x());
    QVERIFY(markerShown());
    QTest::mouseRelease(mCanvas->viewport(), Qt::LeftButton, {},
                        rowPoint(l->stepHeaderRect(first - 1).center().x()));
    QCOMPARE(journey().stages[size_t(mTrial) - 1].steps.size(), size_t(2));
    QCOMPARE(journey().stages[size_t(mTrial) - 1].steps[1].id, form);
    QCOMPARE(stepNames(mTrial), (QStringList {u"Confirmation e-mail"_s, u"First login"_s}));
    QCOMPARE(mDoc->undoStack()->count(), undo + 1);
    mDoc->undoStack()->undo();
    QCOMPARE(journey().stages[size_t(mTrial) - 1].steps.size(), size_t(1));
    QCOMPARE(stepNames(mTrial),
             (QStringList {u"Sign-up form"_s, u"Confirmation e-mail"_s, u"First login"_s}));

    // "First login" dropped over the next stage: it starts that stage.
    const Id login = journey().stages[size_t(mTrial)].steps[2].id;
    dragTo(first + 2, l->stepHeaderRect(first + 3).center().x());
    QTest::mouseRelease(mCanvas->viewport(), Qt::LeftButton, {},
                        rowPoint(l->stepHeaderRect(first + 3).center().x()));
    QCOMPARE(journey().stages[size_t(mTrial) + 1].steps.front().id, login);
    QCOMPARE(stepNames(mTrial), (QStringList {u"Sign-up form"_s, u"Confirmation e-mail"_s}));

    // A stage's only step stays: dragging it onto a neighbour does nothing.
    const int undoBefore = mDoc->undoStack()->index();
    const int only = l->columnOfStep(journey().stages[0].id);
    dragTo(only, l->stepHeaderRect(only + 1).center().x());
    QVERIFY(!markerShown());
    QTest::mouseRelease(mCanvas->viewport(), Qt::LeftButton, {},
                        rowPoint(l->stepHeaderRect(only + 1).center().x()));
    QCOMPARE(mDoc->undoStack()->index(), undoBefore);
    QCOMPARE(journey().stages[0].steps.size(), size_t(1));
}

void TestStepRow::escapeCancelsTheDrag()
{
    const JourneyLayout *l = mCanvas->journeyLayout();
    const int first = l->columnOfStep(journey().stages[size_t(mTrial)].steps[0].id);
    const int undo = mDoc->undoStack()->count();
    dragTo(first + 2, l->stepHeaderRect(first).left() + 8);
    QVERIFY(markerShown());
    QTest::keyClick(mCanvas.get(), Qt::Key_Escape);
    QVERIFY(!mCanvas->stepRowItem()->isDragging());
    QVERIFY(!markerShown());
    QTest::mouseRelease(mCanvas->viewport(), Qt::LeftButton, {},
                        rowPoint(l->stepHeaderRect(first).left() + 8));
    QCOMPARE(stepNames(mTrial),
             (QStringList {u"Sign-up form"_s, u"Confirmation e-mail"_s, u"First login"_s}));
    QCOMPARE(mDoc->undoStack()->count(), undo);
}

void TestStepRow::rowStaysInViewWhenScrolling()
{
    const JourneyLayout *l = mCanvas->journeyLayout();
    QScrollBar *vertical = mCanvas->verticalScrollBar();
    QVERIFY2(vertical->maximum() > 200, "the map should be taller than the view");
    vertical->setValue(0);
    mCanvas->horizontalScrollBar()->setValue(0);
    QCoreApplication::processEvents();
    // The band of the stage headers and step names, as drawn at the top.
    // The current cell's frame is drawn above everything: keep it away from the top.
    mCanvas->setCurrent(l->stepIdAt(0), l->laneIdAt(l->rowCount() - 1));
    vertical->setValue(0);
    QCoreApplication::processEvents();
    const QRect band
        = mCanvas->mapFromScene(l->headerRect(0).united(l->stepHeaderRect(0))).boundingRect();
    const QRect top(0, band.top(), mCanvas->viewport()->width(), band.height() - 1);
    const QImage before = mCanvas->viewport()->grab(top).toImage();

    vertical->setValue(vertical->maximum() / 2);
    QCoreApplication::processEvents();
    const QRectF visible = mCanvas->mapToScene(mCanvas->viewport()->rect()).boundingRect();
    // Kept below the stage headers, themselves at the view's top.
    const qreal offset = l->stepHeaderRect(0).top() - l->headerRect(0).top();
    QCOMPARE(mCanvas->stepRowItem()->pos().y(), visible.top() + offset);
    const int trial = l->columnOfStep(journey().stages[size_t(mTrial)].steps[1].id);
    const QPoint name = mCanvas->mapFromScene(
        QPointF(l->stepHeaderRect(trial).center().x(), visible.top() + offset + 5));
    QCOMPARE(mCanvas->itemAt(name), static_cast<QGraphicsItem *>(mCanvas->stepRowItem()));
    // The same pixels as before scrolling, now at the view's top: headers and names, not
    // the cells scrolled beneath them.
    const QImage after
        = mCanvas->viewport()->grab(QRect(0, 0, top.width(), top.height())).toImage();
    QCOMPARE(after.size(), before.size());
    if (after != before) {
        before.save(QDir::temp().filePath(u"steprow-before.png"_s));
        after.save(QDir::temp().filePath(u"steprow-after.png"_s));
        QFAIL("the top of the view changed when scrolling; see steprow-*.png in the temp dir");
    }

    // A drag from the row kept in view still moves the step.
    const int undo = mDoc->undoStack()->count();
    const qreal fromX = l->stepHeaderRect(trial).center().x();
    const qreal toX = l->stepHeaderRect(trial + 1).right() - 8;
    const qreal y = visible.top() + offset + 5;
    QTest::mousePress(mCanvas->viewport(), Qt::LeftButton, {},
                      mCanvas->mapFromScene(QPointF(fromX, y)));
    for (int i = 1; i <= 10; ++i) {
        QTest::mouseMove(mCanvas->viewport(),
                         mCanvas->mapFromScene(QPointF(fromX + (toX - fromX) * (i / 10.0), y)));
    }
    QTest::mouseRelease(mCanvas->viewport(), Qt::LeftButton, {},
                        mCanvas->mapFromScene(QPointF(toX, y)));
    QCOMPARE(stepNames(mTrial),
             (QStringList {u"Sign-up form"_s, u"First login"_s, u"Confirmation e-mail"_s}));
    QCOMPARE(mDoc->undoStack()->count(), undo + 1);
}

QTEST_MAIN(TestStepRow)
#include "tst_steprow.moc"
