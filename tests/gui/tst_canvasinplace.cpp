// The journey canvas following a change of one cell in place (issue 18's speed work): a drag of
// a curve's point re-places that step's items only and repaints around it, yet every point the
// user sees stays where the layout puts it; a change that moves rows (a taller cell) or makes a
// point come or go is still followed everywhere. Driven offscreen with the mouse and edits.
#include "document/edits.h"
#include "document/editscurves.h"
#include "document/workspacedocument.h"
#include "journey/curveoverlay.h"
#include "journey/journeycanvas.h"
#include "journey/journeycanvasitem.h"

#include <QEvent>
#include <QGraphicsScene>
#include <QPaintEvent>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

constexpr Id journeyId = 10;
constexpr Id actionsLane = 20;
constexpr Id emotionLane = 21;
constexpr Id ana = 1;
constexpr Id bruno = 2;

// Two stages of four steps; the journey's own score and Ana's and Bruno's curves at every step.
Workspace sample()
{
    Workspace w;
    w.info.name = u"In place"_s;
    w.personas = {{ana, u"Ana"_s, {}, u"#e15759"_s, std::nullopt, Cadence::None, {}},
                  {bruno, u"Bruno"_s, {}, u"#4e79a7"_s, std::nullopt, Cadence::None, {}}};
    Journey j;
    j.id = journeyId;
    j.name = u"Checkout"_s;
    j.lanes = {{actionsLane, u"Actions"_s}, {emotionLane, u"Emotion"_s, LaneKind::Emotion}};
    for (int s = 0; s < 2; ++s) {
        Stage stage;
        stage.id = 100 + s;
        stage.name = u"Stage %1"_s.arg(s + 1);
        stage.steps.clear();
        for (int k = 0; k < 4; ++k) {
            Step step;
            step.id = 1000 + s * 10 + k;
            step.name = u"Step %1.%2"_s.arg(s + 1).arg(k + 1);
            step.cells.insert(actionsLane, Cell(u"Looks around"_s));
            Cell emotion;
            emotion.emotion = (k % 3) - 1;
            emotion.curves = {{ana, (k % 5) / 2.0 - 1}, {bruno, -(k % 3) / 2.0}};
            step.cells.insert(emotionLane, emotion);
            stage.steps.push_back(step);
        }
        j.stages.push_back(stage);
    }
    w.journeys = {j};
    return w;
}

// The regions the viewport paints.
class PaintSpy : public QObject
{
public:
    explicit PaintSpy(QWidget *viewport) { viewport->installEventFilter(this); }
    QRegion painted;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return false;
    }
};

} // namespace

class TestCanvasInPlace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dragRepaintsAroundThePoint();
    void tallerCellMovesEveryPoint();
    void pointsComeAndGo();

private:
    const Journey &journey() const { return *mDoc->workspace().journey(journeyId); }
    QPoint viewPoint(const QPointF &scenePos) const { return mCanvas->mapFromScene(scenePos); }
    // Every point on the scene where the layout puts it, the journey's own and each curve's,
    // and an item for each: empty, or what is astray.
    QString pointsAstray() const;

    QTemporaryDir mDir;
    std::unique_ptr<WorkspaceDocument> mDoc;
    std::unique_ptr<JourneyCanvas> mCanvas;
};

void TestCanvasInPlace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCanvasInPlace::init()
{
    static int n = 0;
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(mDir.filePath(u"inplace%1.parcours"_s.arg(++n)), sample());
    QVERIFY2(created.document, qPrintable(created.error));
    mDoc = std::move(created.document);
    mCanvas = std::make_unique<JourneyCanvas>();
    mCanvas->resize(1400, 900);
    mCanvas->setJourney(mDoc.get(), journeyId);
    mCanvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(mCanvas.get()));
    QVERIFY(mCanvas->journeyLayout());
}

void TestCanvasInPlace::cleanup()
{
    mCanvas.reset();
    mDoc.reset();
}

QString TestCanvasInPlace::pointsAstray() const
{
    const JourneyLayout &l = *mCanvas->journeyLayout();
    const int row = l.rowOf(emotionLane);
    int curvePoints = 0;
    for (int c = 0; c < l.columnCount(); ++c) {
        const Step *step = l.stepAt(c);
        const Cell cell = step->cells.value(emotionLane);
        for (auto it = cell.curves.cbegin(); it != cell.curves.cend(); ++it) {
            const CurvePointItem *item
                = mCanvas->curveOverlay()->pointItem(step->id, emotionLane, it.key());
            if (!item)
                return u"no item for persona %1 at %2"_s.arg(it.key()).arg(step->name);
            if (item->pos() != l.emotionPoint(c, row, it.value()))
                return u"persona %1's point at %2 astray"_s.arg(it.key()).arg(step->name);
            ++curvePoints;
        }
    }
    int ownPoints = 0;
    int curveItems = 0;
    for (QGraphicsItem *item : mCanvas->scene()->items()) {
        if (dynamic_cast<CurvePointItem *>(item)) {
            ++curveItems;
            continue;
        }
        const auto *point = dynamic_cast<JourneyCanvasItem *>(item);
        if (!point || point->kind() != JourneyCanvasItem::Point)
            continue;
        const int c = l.columnOfStep(point->stage());
        const auto score = c >= 0 ? l.stepAt(c)->cells.value(emotionLane).emotion : std::nullopt;
        if (!score)
            return u"a point item without a score at column %1"_s.arg(c);
        // The item spans the point and its label: the point is 30 px from its left.
        const QPointF at = l.emotionPoint(c, row, *score);
        if (std::abs(point->pos().x() + 30 - at.x()) > 0.01
            || !point->sceneBoundingRect().contains(at))
            return u"the journey's point at column %1 astray"_s.arg(c);
        ++ownPoints;
    }
    int scores = 0;
    for (int c = 0; c < l.columnCount(); ++c)
        scores += l.stepAt(c)->cells.value(emotionLane).emotion ? 1 : 0;
    if (ownPoints != scores)
        return u"%1 point items for %2 scores"_s.arg(ownPoints).arg(scores);
    if (curveItems != curvePoints)
        return u"%1 curve point items for %2 points"_s.arg(curveItems).arg(curvePoints);
    return {};
}

void TestCanvasInPlace::dragRepaintsAroundThePoint()
{
    const JourneyLayout *l = mCanvas->journeyLayout();
    const int row = l->rowOf(emotionLane);
    const int column = 2;
    const Id step = l->stepIdAt(column);
    CurvePointItem *item = mCanvas->curveOverlay()->pointItem(step, emotionLane, ana);
    QVERIFY(item);
    const QPointF from = item->pos();
    const QPointF to = l->emotionPoint(column, row, 2);
    QVERIFY(from != to);
    mCanvas->ensureVisible(QRectF(to, from).normalized(), 20, 40);
    QTest::mousePress(mCanvas->viewport(), Qt::LeftButton, {}, viewPoint(from));
    QCoreApplication::processEvents();

    PaintSpy spy(mCanvas->viewport());
    for (int i = 1; i <= 4; ++i) {
        QTest::mouseMove(mCanvas->viewport(), viewPoint(from + (to - from) * (i / 4.0)));
        QCoreApplication::processEvents();
    }
    QTest::mouseRelease(mCanvas->viewport(), Qt::LeftButton, {}, viewPoint(to));
    QCoreApplication::processEvents();
    QCOMPARE(findStep(journey(), step)->cells.value(emotionLane).curves.value(ana), 2.0);
    QCOMPARE(mCanvas->curveOverlay()->pointItem(step, emotionLane, ana)->pos(), to);
    const QString astray = pointsAstray();
    QVERIFY2(astray.isEmpty(), qPrintable(astray));

    // What the user saw change was painted: the marker where it was and where it is, and the
    // curve's segments to both neighbours.
    const QRect around
        = mCanvas->mapFromScene(l->cellRect(column - 1, row).united(l->cellRect(column + 1, row)))
              .boundingRect()
              .adjusted(2, 2, -2, -2);
    for (const QPointF &p :
         {from, to, l->emotionPoint(column - 1, row, 0), l->emotionPoint(column + 1, row, 0)})
        QVERIFY2(spy.painted.contains(viewPoint(p)),
                 qPrintable(u"%1,%2 not repainted"_s.arg(viewPoint(p).x()).arg(viewPoint(p).y())));
    QVERIFY(spy.painted.intersects(around));
    // And not the whole map: the first lane's cell two columns away stayed as it was.
    const QPoint far = viewPoint(l->cellRect(column + 2, l->rowOf(actionsLane)).center());
    QVERIFY(mCanvas->viewport()->rect().contains(far));
    QVERIFY2(!spy.painted.contains(far), "a drag repainted the whole view");

    // Undone: the point is back, drawn where it was.
    mDoc->undoStack()->undo();
    QCoreApplication::processEvents();
    QCOMPARE(mCanvas->curveOverlay()->pointItem(step, emotionLane, ana)->pos(), from);
}

void TestCanvasInPlace::tallerCellMovesEveryPoint()
{
    const JourneyLayout *l = mCanvas->journeyLayout();
    const qreal top = l->rowRect(l->rowOf(emotionLane)).top();
    const Id step = l->stepIdAt(5);
    const QString longText = QStringList(12, u"Reads every line of the offer"_s).join(u'\n');
    QVERIFY(Edit::setField(*mDoc, EntityRef::cell(journeyId, step, actionsLane), Field::CellText,
                           longText));
    QVERIFY(l->rowRect(l->rowOf(emotionLane)).top() > top + 100); // the emotion row moved down
    QString astray = pointsAstray();
    QVERIFY2(astray.isEmpty(), qPrintable(astray));

    mDoc->undoStack()->undo();
    QCOMPARE(l->rowRect(l->rowOf(emotionLane)).top(), top);
    astray = pointsAstray();
    QVERIFY2(astray.isEmpty(), qPrintable(astray));
}

void TestCanvasInPlace::pointsComeAndGo()
{
    const JourneyLayout *l = mCanvas->journeyLayout();
    const Id step = l->stepIdAt(6);
    const EntityRef cell = EntityRef::cell(journeyId, step, emotionLane);

    QVERIFY(Edit::removeCurvePoint(*mDoc, journeyId, step, emotionLane, bruno));
    QVERIFY(!mCanvas->curveOverlay()->pointItem(step, emotionLane, bruno));
    QVERIFY(mCanvas->curveOverlay()->pointItem(step, emotionLane, ana));
    QVERIFY(Edit::setField(*mDoc, cell, Field::CellEmotion, QVariant()));
    QString astray = pointsAstray();
    QVERIFY2(astray.isEmpty(), qPrintable(astray));

    QVERIFY(Edit::setCurvePoint(*mDoc, journeyId, step, emotionLane, bruno, 1.5, false));
    QVERIFY(mCanvas->curveOverlay()->pointItem(step, emotionLane, bruno));
    QVERIFY(Edit::setField(*mDoc, cell, Field::CellEmotion, 0.5));
    astray = pointsAstray();
    QVERIFY2(astray.isEmpty(), qPrintable(astray));

    // Undone one by one, back to where it started: the points follow each step.
    for (int i = 0; i < 4; ++i) {
        mDoc->undoStack()->undo();
        astray = pointsAstray();
        QVERIFY2(astray.isEmpty(), qPrintable(astray));
    }
    QVERIFY(mCanvas->curveOverlay()->pointItem(step, emotionLane, bruno));
}

QTEST_MAIN(TestCanvasInPlace)
#include "tst_canvasinplace.moc"
