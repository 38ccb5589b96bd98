// The journey editor driven offscreen as a user would: keys and mouse on the canvas, the side
// panel, undo, and what reaches the file.
#include "common/preferences.h"
#include "document/edits.h"
#include "document/workspacedocument.h"
#include "domain/journeytemplates.h"
#include "journey/journeycanvas.h"
#include "journey/journeycanvasaccessible.h"
#include "journey/journeyeditor.h"
#include "journey/journeypanel.h"
#include "mainwindow.h"
#include "posters/journeypostercontent.h"
#include "workspace/workspacesidebar.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGraphicsItem>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

// QTest::keyClicks takes ASCII only: other characters go as key events carrying their text.
// Accessibility events as a screen reader would receive them: type and the object's name.
QList<std::pair<QAccessible::Event, QString>> accessibilityEvents;

void recordAccessibilityEvent(QAccessibleEvent *event)
{
    if (QAccessibleInterface *iface = event->accessibleInterface())
        accessibilityEvents.append({event->type(), iface->text(QAccessible::Name)});
}

int emotionRow(const JourneyLayout &layout)
{
    for (int r = 0; r < layout.rowCount(); ++r) {
        if (layout.laneAt(r)->kind == LaneKind::Emotion)
            return r;
    }
    return -1;
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace

class TestJourneyCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editCellAndDragStageThenUndoBoth();
    void keyboardNavigationAndEditing();
    void escapeCancelsAndClipboard();
    void emotionDragIsOneUndoStep();
    void markTwoStagesToReinforceAndFilter();
    void selectionStaysSaneAcrossUndo();
    void stageAndLaneOperationsFromActions();
    void rowsGrowWithText();
    void editsTouchOnlyTheirItems();
    void zoomWithControlWheelAndActions();
    void survivesReopening();
    void keysInsideTheMainWindow();
    void screenReaderSeesATable();
    void headersStayInViewWhenScrolling();
    void emotionScaleFollowsPreferences();
    void customersEnteringIsItsOwnCell();
    void deleteKeyNeverDeletesAStage();
    void tagLaneTakesOneTagPerLine();

private:
    const Journey &journey() const { return *mDoc->workspace().journey(mJourneyId); }
    QPoint viewPoint(const QPointF &scenePos) const;
    void closeAndReopen();

    QTemporaryDir mDir;
    QString mPath;
    std::unique_ptr<WorkspaceDocument> mDoc;
    std::unique_ptr<JourneyEditor> mEditor;
    JourneyCanvas *mCanvas = nullptr;
    Id mJourneyId = 0;
};

void TestJourneyCanvas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestJourneyCanvas::init()
{
    static int n = 0;
    QSettings().remove(u"journey/emotionScale"_s); // the Preferences' −2 … +2
    mPath = mDir.filePath(u"canvas%1.parcours"_s.arg(++n));
    Workspace w = JourneyTemplates::makeWorkspace(JourneyTemplates::Kind::Saas,
                                                  JourneyTemplates::Language::English);
    w.info.name = u"Canvas test"_s;
    mJourneyId = w.journeys.front().id;
    WorkspaceDocument::OpenResult created = WorkspaceDocument::create(mPath, w);
    QVERIFY2(created.document, qPrintable(created.error));
    mDoc = std::move(created.document);
    mEditor = std::make_unique<JourneyEditor>();
    mEditor->resize(1280, 820);
    mEditor->setJourney(mDoc.get(), mJourneyId);
    mEditor->show();
    QVERIFY(QTest::qWaitForWindowExposed(mEditor.get()));
    mCanvas = mEditor->canvas();
    mCanvas->setFocus();
    QVERIFY(mCanvas->journeyLayout());
}

void TestJourneyCanvas::cleanup()
{
    mEditor.reset();
    mDoc.reset();
}

QPoint TestJourneyCanvas::viewPoint(const QPointF &scenePos) const
{
    return mCanvas->mapFromScene(scenePos);
}

void TestJourneyCanvas::closeAndReopen()
{
    mEditor->setJourney(nullptr, 0);
    mDoc.reset();
    WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(mPath);
    QVERIFY2(opened.document, qPrintable(opened.error));
    mDoc = std::move(opened.document);
}

void TestJourneyCanvas::editCellAndDragStageThenUndoBoth()
{
    const Journey original = journey();
    const Stage first = original.stages[0];
    const Lane actions = original.lanes[0];

    // Edit a cell: select it with the mouse, type over it, add a line, commit with Enter.
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const QRectF cell = layout->cellRect(0, 0);
    QTest::mouseClick(mCanvas->viewport(), Qt::LeftButton, {}, viewPoint(cell.center()));
    QCOMPARE(mCanvas->currentStage(), first.id);
    QCOMPARE(mCanvas->currentLane(), actions.id);
    QTest::keyClicks(mCanvas, u"Reads a review"_s);
    QVERIFY(mCanvas->isEditing());
    QTest::keyClick(mCanvas, Qt::Key_Return, Qt::ShiftModifier);
    typeText(mCanvas, u"sur 小红书"_s);
    QTest::keyClick(mCanvas, Qt::Key_Return);
    QVERIFY(!mCanvas->isEditing());
    QCOMPARE(journey().stages[0].firstCells().value(actions.id).text,
             u"Reads a review\nsur 小红书"_s);

    // Drag the second stage's header past the fourth one.
    const QStringList before = [&] {
        QStringList names;
        for (const Stage &s : journey().stages)
            names << s.name;
        return names;
    }();
    const QRectF header = layout->headerRect(1);
    const QPointF from(header.center().x(), header.top() + 20);
    // The fourth stage's header: columns are steps, and the third stage has three.
    const QPointF to(layout->headerRect(layout->columnOf(journey().stages[3].id)).right() - 10,
                     from.y());
    mCanvas->ensureVisible(QRectF(from, to).normalized(), 10, 10);
    QTest::mousePress(mCanvas->viewport(), Qt::LeftButton, {}, viewPoint(from));
    for (int i = 1; i <= 10; ++i) {
        const QPointF p = from + (to - from) * (i / 10.0);
        QTest::mouseMove(mCanvas->viewport(), viewPoint(p));
    }
    QTest::mouseRelease(mCanvas->viewport(), Qt::LeftButton, {}, viewPoint(to));
    QStringList expected = before;
    expected.move(1, 3);
    QStringList after;
    for (const Stage &s : journey().stages)
        after << s.name;
    QCOMPARE(after, expected);

    // Undo both: the journey is as it was, in memory and in the file.
    mDoc->undoStack()->undo();
    mDoc->undoStack()->undo();
    QCOMPARE(journey(), original);
    QVERIFY(mCanvas->journeyLayout()->columnOf(mCanvas->currentStage()) >= 0);
    closeAndReopen();
    QCOMPARE(journey(), original);
}

void TestJourneyCanvas::keyboardNavigationAndEditing()
{
    const Journey &j = journey();
    mCanvas->setCurrent(j.stages[0].id, j.lanes[0].id);
    QTest::keyClick(mCanvas, Qt::Key_Right);
    QCOMPARE(mCanvas->currentStage(), j.stages[1].id);
    QTest::keyClick(mCanvas, Qt::Key_Down);
    QCOMPARE(mCanvas->currentLane(), j.lanes[1].id);
    QTest::keyClick(mCanvas, Qt::Key_Tab);
    QCOMPARE(mCanvas->currentStage(), j.stages[2].id);
    QTest::keyClick(mCanvas, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(mCanvas->currentStage(), j.stages[1].id);
    QTest::keyClick(mCanvas, Qt::Key_Up);
    QTest::keyClick(mCanvas, Qt::Key_Up); // the stage header
    QCOMPARE(mCanvas->currentLane(), Id(0));
    QCOMPARE(mCanvas->currentStage(), j.stages[1].id);

    // Enter on a header renames the stage; Tab commits and moves on.
    QTest::keyClick(mCanvas, Qt::Key_Return);
    QVERIFY(mCanvas->isEditing());
    QTest::keyClick(mCanvas, Qt::Key_A, Qt::ControlModifier);
    typeText(mCanvas, u"Évaluation"_s);
    QTest::keyClick(mCanvas, Qt::Key_Tab);
    QVERIFY(!mCanvas->isEditing());
    QCOMPARE(journey().stages[1].name, u"Évaluation"_s);
    QCOMPARE(mCanvas->currentStage(), journey().stages[2].id);

    // Keyboard reorder of the current stage.
    const Id moved = mCanvas->currentStage();
    QTest::keyClick(mCanvas, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(journey().stages[1].id, moved);
    QCOMPARE(mCanvas->currentStage(), moved);
    mDoc->undoStack()->undo();
    QCOMPARE(journey().stages[2].id, moved);

    // End and Home.
    QTest::keyClick(mCanvas, Qt::Key_End);
    QCOMPARE(mCanvas->currentStage(), journey().stages.back().id);
    QTest::keyClick(mCanvas, Qt::Key_Home);
    QCOMPARE(mCanvas->currentStage(), journey().stages.front().id);
}

void TestJourneyCanvas::escapeCancelsAndClipboard()
{
    const Journey &j = journey();
    const Id stage = j.stages[2].id;
    const Id lane = j.lanes[3].id;
    const QString original = j.stages[2].firstCells().value(lane).text;
    mCanvas->setCurrent(stage, lane);
    QTest::keyClick(mCanvas, Qt::Key_F2);
    QVERIFY(mCanvas->isEditing());
    QTest::keyClicks(mCanvas, u" and more"_s);
    QTest::keyClick(mCanvas, Qt::Key_Escape);
    QVERIFY(!mCanvas->isEditing());
    QCOMPARE(journey().stages[2].firstCells().value(lane).text, original);

    QTest::keyClick(mCanvas, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), original);
    // Right: the stage's next step (the free trial's confirmation e-mail), an empty cell.
    QTest::keyClick(mCanvas, Qt::Key_Right);
    const Id next = journey().stages[2].steps[1].id;
    QCOMPARE(mCanvas->currentStage(), next);
    QTest::keyClick(mCanvas, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(findStep(journey(), next)->cells.value(lane).text, original);
    QTest::keyClick(mCanvas, Qt::Key_Delete);
    QVERIFY(!findStep(journey(), next)->cells.contains(lane));
    mDoc->undoStack()->undo();
    QCOMPARE(findStep(journey(), next)->cells.value(lane).text, original);
}

void TestJourneyCanvas::emotionDragIsOneUndoStep()
{
    const JourneyLayout *layout = mCanvas->journeyLayout();
    int row = -1;
    for (int r = 0; r < layout->rowCount(); ++r) {
        if (layout->laneAt(r)->kind == LaneKind::Emotion)
            row = r;
    }
    QVERIFY(row >= 0);
    const Id lane = layout->laneIdAt(row);
    const Stage stage = journey().stages[1];
    const double before = *stage.firstCells().value(lane).emotion;
    const QPointF point = layout->emotionPoint(1, row, before);
    const QPointF low = layout->emotionPoint(1, row, -2);
    mCanvas->ensureVisible(QRectF(point, low).normalized(), 20, 40);
    const int steps = mDoc->undoStack()->count();
    QTest::mousePress(mCanvas->viewport(), Qt::LeftButton, {}, viewPoint(point));
    for (int i = 1; i <= 8; ++i)
        QTest::mouseMove(mCanvas->viewport(), viewPoint(point + (low - point) * (i / 8.0)));
    QTest::mouseRelease(mCanvas->viewport(), Qt::LeftButton, {}, viewPoint(low));
    QCOMPARE(*journey().stages[1].firstCells().value(lane).emotion, -2.0);
    QCOMPARE(mDoc->undoStack()->count(), steps + 1);
    mDoc->undoStack()->undo();
    QCOMPARE(*journey().stages[1].firstCells().value(lane).emotion, before);

    // Keyboard: Alt+Down lowers the score by half a point.
    mCanvas->setCurrent(stage.id, lane);
    QTest::keyClick(mCanvas, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(*journey().stages[1].firstCells().value(lane).emotion, before - 0.5);
    // Typing a score; a word is refused and the editor stays open.
    QTest::keyClicks(mCanvas, u"happy"_s);
    QTest::keyClick(mCanvas, Qt::Key_Return);
    QVERIFY(mCanvas->isEditing());
    QTest::keyClick(mCanvas, Qt::Key_Escape);
    QTest::keyClicks(mCanvas, u"-1.5"_s);
    QTest::keyClick(mCanvas, Qt::Key_Return);
    QVERIFY(!mCanvas->isEditing());
    QCOMPARE(*journey().stages[1].firstCells().value(lane).emotion, -1.5);
}

void TestJourneyCanvas::markTwoStagesToReinforceAndFilter()
{
    // Through the side panel, as a workshop would.
    JourneyPanel *panel = mEditor->panel();
    QComboBox *assessment = panel->assessmentBox();
    for (int index : {1, 4}) {
        mCanvas->setCurrent(journey().stages[size_t(index)].id, 0);
        const int item = assessment->findData(int(Assessment::ToReinforce));
        assessment->setCurrentIndex(item);
        emit assessment->activated(item);
    }
    QCOMPARE(journey().stages[1].assessment, Assessment::ToReinforce);
    QCOMPARE(journey().stages[4].assessment, Assessment::ToReinforce);
    auto *summary = panel->findChild<QLabel *>(u"journeySummary"_s);
    QVERIFY(summary->text().contains(u"To reinforce"_s));

    // Entering counts make the largest drop appear.
    QSpinBox *entering = panel->enteringBox();
    const QList<int> counts = {5000, 2600, 1200, 180, 170};
    for (int i = 0; i < counts.size(); ++i) {
        mCanvas->setCurrent(journey().stages[size_t(i)].id, 0);
        entering->setValue(counts[i]);
    }
    const JourneyLayout *layout = mCanvas->journeyLayout();
    QVERIFY(layout->hasFunnel());
    QCOMPARE(layout->dropOff().largestDropOff()->fromStage, 2); // 1200 → 180: 85 %
    QVERIFY(summary->text().contains(u"Largest drop"_s));

    // Filter: only the stages that need work.
    auto *filter = mEditor->findChild<QComboBox *>(u"stageFilter"_s);
    QVERIFY(filter);
    filter->setCurrentIndex(filter->findData(StageFilter::needingWork().key()));
    QCOMPARE(layout->columnCount(), 2);
    QCOMPARE(layout->stageIdAt(0), journey().stages[1].id);
    filter->setCurrentIndex(0);
    QCOMPARE(layout->columnCount(), stepCount(journey()));

    closeAndReopen();
    QCOMPARE(journey().stages[4].assessment, Assessment::ToReinforce);
    QCOMPARE(journey().stages[3].entering, std::optional<qint64>(180));
}

void TestJourneyCanvas::selectionStaysSaneAcrossUndo()
{
    QVERIFY(QTest::qWaitForWindowActive(mEditor.get())); // for the Delete Stage shortcut
    const Id doomed = journey().stages[3].id;
    mCanvas->setCurrent(doomed, 0);
    QTest::keyClick(mCanvas, Qt::Key_Delete, Qt::ControlModifier); // Delete Stage
    QCOMPARE(indexOfId(journey().stages, doomed), -1);
    QVERIFY(mCanvas->currentStage() != doomed);
    QVERIFY(mCanvas->journeyLayout()->columnOf(mCanvas->currentStage()) >= 0);
    mDoc->undoStack()->undo();
    QCOMPARE(journey().stages[3].id, doomed);
    QCOMPARE(mCanvas->currentStage(), doomed); // back where it was

    // Undo of an added stage while it is current.
    mEditor->addStage(false);
    QVERIFY(mCanvas->isEditing());
    QTest::keyClicks(mCanvas, u"Referral"_s);
    QTest::keyClick(mCanvas, Qt::Key_Return);
    const Id added = mCanvas->currentStage();
    QCOMPARE(journey().stages[4].name, u"Referral"_s);
    mDoc->undoStack()->undo(); // rename
    mDoc->undoStack()->undo(); // add
    QCOMPARE(indexOfId(journey().stages, added), -1);
    QVERIFY(mCanvas->journeyLayout()->columnOf(mCanvas->currentStage()) >= 0);
    QVERIFY(!mCanvas->currentRect().isEmpty());
}

void TestJourneyCanvas::stageAndLaneOperationsFromActions()
{
    const Journey original = journey();
    mCanvas->setCurrent(0, original.lanes[2].id);
    mEditor->action(u"moveLaneDown"_s)->trigger();
    QCOMPARE(journey().lanes[3].id, original.lanes[2].id);
    mEditor->action(u"hideLane"_s)->trigger();
    QVERIFY(!journey().lanes[3].visible);
    QCOMPARE(mCanvas->journeyLayout()->rowOf(original.lanes[2].id), -1);
    mEditor->addLane(int(LaneKind::Kpi));
    QTest::keyClicks(mCanvas, u"Revenue"_s);
    QTest::keyClick(mCanvas, Qt::Key_Return);
    QCOMPARE(int(journey().lanes.size()), int(original.lanes.size()) + 1);
    const auto it = std::find_if(journey().lanes.begin(), journey().lanes.end(),
                                 [](const Lane &l) { return l.name == u"Revenue"_s; });
    QVERIFY(it != journey().lanes.end());
    QCOMPARE(it->kind, LaneKind::Kpi);
    mCanvas->setCurrent(original.stages[0].id, it->id);
    typeText(mCanvas, u"MRR: 12000 €"_s);
    QTest::keyClick(mCanvas, Qt::Key_Return);
    const int row = mCanvas->journeyLayout()->rowOf(it->id);
    QCOMPARE(int(mCanvas->journeyLayout()->cellBox(0, row).kpis.size()), 1);

    mCanvas->setCurrent(original.stages[2].id, 0);
    mEditor->action(u"deleteStage"_s)->trigger();
    QCOMPARE(journey().stages.size(), original.stages.size() - 1);
    while (mDoc->undoStack()->canUndo())
        mDoc->undoStack()->undo();
    QCOMPARE(journey(), original);
    QCOMPARE(mCanvas->journeyLayout()->rowCount(), int(original.lanes.size()));
}

void TestJourneyCanvas::rowsGrowWithText()
{
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const Id lane = journey().lanes[3].id;
    const int row = layout->rowOf(lane);
    const qreal height = layout->laneHeaderRect(row).height();
    const qreal nextTop = layout->laneHeaderRect(row + 1).top();
    QString longText;
    for (int i = 0; i < 12; ++i)
        longText += u"A long thought that wraps over several lines in its cell. "_s;
    Edit::setField(*mDoc, EntityRef::cell(mJourneyId, journey().stages[5].id, lane),
                   Field::CellText, longText);
    const qreal grown = layout->laneHeaderRect(row).height();
    QVERIFY(grown > height + 100);
    QCOMPARE(layout->laneHeaderRect(row + 1).top(), nextTop + (grown - height));
    const QRectF content = layout->contentRect(layout->columnOf(journey().stages[5].id), row);
    const CellBox &box = layout->cellBox(layout->columnOf(journey().stages[5].id), row);
    QVERIFY(box.text.height() <= content.height() + 0.01);
    QVERIFY(box.text.size().width() <= content.width() + 0.01);
    mDoc->undoStack()->undo();
    QCOMPARE(layout->laneHeaderRect(row).height(), height);
}

void TestJourneyCanvas::editsTouchOnlyTheirItems()
{
    auto snapshot = [this] {
        QHash<QGraphicsItem *, QRectF> items;
        const QList<QGraphicsItem *> all = mCanvas->scene()->items();
        for (QGraphicsItem *item : all) {
            if (item->zValue() < 10) // the map's items, not the current-cell frame
                items.insert(item, item->sceneBoundingRect());
        }
        return items;
    };
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const Id lane = journey().lanes[7].id; // owner team: one short line per cell
    const QHash<QGraphicsItem *, QRectF> before = snapshot();

    // Same height: no item is created, deleted or moved.
    Edit::setField(*mDoc, EntityRef::cell(mJourneyId, journey().stages[2].id, lane),
                   Field::CellText, u"Sales"_s);
    const QHash<QGraphicsItem *, QRectF> same = snapshot();
    QCOMPARE(same.size(), before.size());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QVERIFY(same.contains(it.key()));
        QCOMPARE(same.value(it.key()), it.value());
    }

    // A taller cell: the same items; above the row nothing moves, below everything shifts.
    QString tall;
    for (int i = 0; i < 6; ++i)
        tall += u"Customer success, then account management. "_s;
    const Id thoughts = journey().lanes[3].id;
    Edit::setField(*mDoc, EntityRef::cell(mJourneyId, journey().stages[2].id, thoughts),
                   Field::CellText, tall);
    const QHash<QGraphicsItem *, QRectF> grown = snapshot();
    QCOMPARE(grown.size(), before.size());
    const qreal rowTop = layout->laneHeaderRect(layout->rowOf(thoughts)).top();
    int moved = 0;
    int still = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QVERIFY(grown.contains(it.key()));
        const QRectF was = it.value();
        const QRectF now = grown.value(it.key());
        if (was.bottom() <= rowTop + 0.5) {
            QCOMPARE(now, was);
            ++still;
        } else if (was.top() > rowTop + 1 && !qFuzzyCompare(now.top(), was.top())) {
            ++moved;
        }
    }
    QVERIFY(still >= 30); // stage headers, three rows and their lane headers
    QVERIFY(moved >= 40);
}

void TestJourneyCanvas::zoomWithControlWheelAndActions()
{
    QCOMPARE(mCanvas->zoom(), 1.0);
    const QPoint centre = mCanvas->viewport()->rect().center();
    QWheelEvent wheel(centre, mCanvas->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(mCanvas->viewport(), &wheel);
    QVERIFY(mCanvas->zoom() > 1.2);
    mEditor->action(u"zoom100"_s)->trigger();
    QCOMPARE(mCanvas->zoom(), 1.0);
    mEditor->action(u"zoomFit"_s)->trigger();
    const QRectF visible = mCanvas->mapToScene(mCanvas->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(mCanvas->journeyLayout()->bounds().adjusted(1, 1, -1, -1)));
    mEditor->action(u"zoomOut"_s)->trigger();
    QVERIFY(mCanvas->zoom() < 0.5);
    // A wheel without Control scrolls instead.
    mEditor->action(u"zoom100"_s)->trigger();
    const int scroll = mCanvas->verticalScrollBar()->value();
    QWheelEvent plain(centre, mCanvas->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, -120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(mCanvas->viewport(), &plain);
    QCOMPARE(mCanvas->zoom(), 1.0);
    QVERIFY(mCanvas->verticalScrollBar()->value() > scroll);
}

void TestJourneyCanvas::survivesReopening()
{
    // The workshop scenario: template, two stages to reinforce, counts, emotion; reopen.
    Edit::setField(*mDoc, EntityRef::stage(mJourneyId, journey().stages[2].id),
                   Field::StageAssessment, int(Assessment::ToReinforce));
    Edit::setField(*mDoc, EntityRef::stage(mJourneyId, journey().stages[5].id),
                   Field::StageAssessment, int(Assessment::ToReinforce));
    Edit::setField(*mDoc, EntityRef::stage(mJourneyId, journey().stages[0].id),
                   Field::StageEntering, qint64(1000));
    Edit::setField(*mDoc, EntityRef::stage(mJourneyId, journey().stages[1].id),
                   Field::StageEntering, qint64(300));
    const Journey before = journey();
    closeAndReopen();
    QCOMPARE(journey(), before);
    mEditor->setJourney(mDoc.get(), mJourneyId);
    const JourneyLayout *layout = mEditor->canvas()->journeyLayout();
    QCOMPARE(layout->assessmentCounts().count(Assessment::ToReinforce), 2);
    QCOMPARE(layout->dropOff().largestDropOff()->fromStage, 0);
    QVERIFY(layout->timeToValue().isComplete());
}

void TestJourneyCanvas::keysInsideTheMainWindow()
{
    mEditor->setJourney(nullptr, 0);
    const QString path = mDoc->filePath();
    mDoc.reset();
    MainWindow window;
    QVERIFY(window.openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.sidebar()->selectEntity(EntityKind::Journey, mJourneyId);
    auto *canvas = window.findChild<JourneyCanvas *>();
    QVERIFY(canvas && canvas->isVisible());
    canvas->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const Journey &j = *window.document()->workspace().journey(mJourneyId);
    canvas->setCurrent(j.stages[0].id, j.lanes[0].id);

    // F2 is also the sidebar's Rename: on the canvas it edits the current cell.
    QTest::keyClick(canvas, Qt::Key_F2);
    QVERIFY(canvas->isEditing());
    QTest::keyClick(canvas, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(canvas, u" today"_s);
    QTest::keyClick(canvas, Qt::Key_Return);
    QVERIFY(j.stages[0].firstCells().value(j.lanes[0].id).text.endsWith(u" today"_s));

    // The window's Undo (Ctrl+Z) undoes it while the canvas has the focus.
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!j.stages[0].firstCells().value(j.lanes[0].id).text.endsWith(u" today"_s));
    window.close();
}

void TestJourneyCanvas::screenReaderSeesATable()
{
    QVERIFY(QTest::qWaitForWindowActive(mEditor.get()));
    mCanvas->setFocus();
    QVERIFY(mCanvas->hasFocus());
    accessibilityEvents.clear();
    // Offscreen, Qt 6.4 never turns accessibility on (a screen reader would), so the
    // canvas's events are watched where it sends them.
    JourneyCanvasAccessible::setEventObserver(recordAccessibilityEvent);

    QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(mCanvas);
    QVERIFY(canvas);
    QCOMPARE(canvas->role(), QAccessible::Table);
    QVERIFY(canvas->text(QAccessible::Name).contains(journey().name));
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const int columns = layout->columnCount();
    const int rows = layout->rowCount();
    QVERIFY(columns > 2 && rows > 2);
    QCOMPARE(canvas->childCount(), columns + rows * (columns + 1));
    QAccessibleTableInterface *table = canvas->tableInterface();
    QVERIFY(table);
    QCOMPARE(table->columnCount(), columns);
    QCOMPARE(table->rowCount(), rows);

    // Headers first, then each lane's header and cells.
    QAccessibleInterface *stageHeader = canvas->child(1);
    QCOMPARE(stageHeader->role(), QAccessible::ColumnHeader);
    QCOMPARE(stageHeader->text(QAccessible::Name), u"Stage "_s + layout->stageAt(1)->name);
    QVERIFY(stageHeader->text(QAccessible::Description).contains(u"Stage 2 of"_s));
    QAccessibleInterface *laneHeader = canvas->child(columns + (columns + 1));
    QCOMPARE(laneHeader->role(), QAccessible::RowHeader);
    QCOMPARE(laneHeader->text(QAccessible::Name), u"Lane "_s + layout->laneAt(1)->name);

    // A cell: its name says where it is and what it holds; edits are announced.
    int textRow = 0;
    while (textRow < rows && layout->laneAt(textRow)->kind != LaneKind::Text)
        ++textRow;
    QVERIFY(textRow < rows);
    const Stage &stage = *layout->stageAt(2);
    const Lane &lane = *layout->laneAt(textRow);
    Edit::setField(*mDoc, EntityRef::cell(mJourneyId, stage.id, lane.id), Field::CellText,
                   u"Compares\nthe plans"_s);
    QAccessibleInterface *cell = table->cellAt(textRow, 2);
    QVERIFY(cell);
    QCOMPARE(cell->role(), QAccessible::Cell);
    // The free trial's first step: a stage of several steps names the step too.
    const QString name = u"Stage %1, step %2, lane %3: Compares the plans"_s.arg(
        stage.name, stage.steps.front().name, lane.name);
    QCOMPARE(cell->text(QAccessible::Name), name);
    const int cellIndex = columns + textRow * (columns + 1) + 1 + 2;
    QCOMPARE(canvas->child(cellIndex), cell);
    QCOMPARE(canvas->indexOfChild(cell), cellIndex);
    QCOMPARE(cell->parent(), canvas);
    QVERIFY(!cell->rect().isEmpty());
    QVERIFY(QRect(mCanvas->mapToGlobal(QPoint()), mCanvas->size()).intersects(cell->rect()));
    QVERIFY(accessibilityEvents.contains(std::pair(QAccessible::ValueChanged, name)));
    QAccessibleTableCellInterface *cellInfo = cell->tableCellInterface();
    QVERIFY(cellInfo);
    QCOMPARE(cellInfo->rowIndex(), textRow);
    QCOMPARE(cellInfo->columnIndex(), 2);
    QCOMPARE(cellInfo->columnHeaderCells().value(0), canvas->child(2));

    // Keyboard navigation moves the focus, and says so.
    mCanvas->setCurrent(layout->stageIdAt(1), lane.id);
    QVERIFY(!cell->state().focused);
    accessibilityEvents.clear();
    QTest::keyClick(mCanvas, Qt::Key_Right);
    QCOMPARE(mCanvas->currentStage(), stage.id);
    QVERIFY2(accessibilityEvents.contains(std::pair(QAccessible::Focus, name)),
             qPrintable(u"%1 events"_s.arg(accessibilityEvents.size())));
    QVERIFY(cell->state().focused);
    QVERIFY(cell->state().selected);
    QCOMPARE(canvas->focusChild(), cell);
    QCOMPARE(table->selectedCells(), QList<QAccessibleInterface *> {cell});

    // A deleted stage's cells go invalid rather than pointing elsewhere; its columns (one per
    // step) go with it.
    const int gone = int(stage.steps.size());
    Edit::removeStage(*mDoc, mJourneyId, stage.id);
    QVERIFY(!cell->isValid());
    QCOMPARE(canvas->childCount(), (columns - gone) + rows * (columns - gone + 1));

    JourneyCanvasAccessible::setEventObserver(nullptr);
}

// The emotion scale of the Preferences: the canvas's labels, editor, tooltips and clipboard,
// the emotion menu and the poster legend show 1 … 5; the scores stay −2 … +2.
void TestJourneyCanvas::emotionScaleFollowsPreferences()
{
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const int row = emotionRow(*layout);
    QVERIFY(row >= 0);
    const Id lane = layout->laneIdAt(row);
    const Id stage = layout->stageIdAt(1);
    Edit::setField(*mDoc, EntityRef::cell(mJourneyId, stage, lane), Field::CellEmotion, 1.5);
    mCanvas->setCurrent(stage, lane);
    const auto pointToolTip = [this] {
        for (QGraphicsItem *item : mCanvas->scene()->items()) {
            if (item->toolTip().startsWith(u"Emotion "_s))
                return item->toolTip();
        }
        return QString();
    };

    QCOMPARE(mCanvas->emotionScale(), EmotionScale::MinusTwoToPlusTwo);
    mCanvas->copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"+1.5"_s);

    Preferences::setEmotionScale(EmotionScale::OneToFive);
    QCOMPARE(mCanvas->emotionScale(), EmotionScale::OneToFive); // followed at once
    QCOMPARE(mCanvas->renderer()->emotionScale(), EmotionScale::OneToFive);
    mCanvas->copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"4.5"_s);
    QVERIFY2(pointToolTip().contains(u"on a scale from 1 to 5"_s), qPrintable(pointToolTip()));
    QVERIFY(QAccessible::queryAccessibleInterface(mCanvas)
                ->tableInterface()
                ->cellAt(row, 1)
                ->text(QAccessible::Name)
                .endsWith(u": 4.5"_s));

    // The editor shows and takes the scale: 5 is the top score, 0 is refused.
    QTest::keyClick(mCanvas, Qt::Key_Return);
    QVERIFY(mCanvas->isEditing());
    QTest::keyClick(mCanvas, Qt::Key_A, Qt::ControlModifier);
    typeText(mCanvas, u"5"_s);
    QTest::keyClick(mCanvas, Qt::Key_Return);
    QVERIFY(!mCanvas->isEditing());
    QCOMPARE(*journey().stages[1].firstCells().value(lane).emotion, 2.0);
    typeText(mCanvas, u"0"_s);
    QTest::keyClick(mCanvas, Qt::Key_Return);
    QVERIFY(mCanvas->isEditing()); // refused
    QTest::keyClick(mCanvas, Qt::Key_Escape);
    QCOMPARE(*journey().stages[1].firstCells().value(lane).emotion, 2.0);

    // The Emotion menu and the poster legend.
    QMenu *menu = nullptr;
    QStringList shown;
    for (QMenu *m : mEditor->findChildren<QMenu *>()) {
        if (m->title() == u"&Emotion"_s)
            menu = m;
    }
    QVERIFY(menu);
    emit menu->aboutToShow();
    for (const QAction *a : menu->actions())
        shown << a->text();
    QCOMPARE(shown, QStringList({u"5"_s, u"4"_s, u"3"_s, u"2"_s, u"1"_s}));
    JourneyPosterContent poster(mDoc->workspace(), mJourneyId);
    poster.setEmotionScale(Preferences::emotionScale());
    QStringList legend;
    for (const PosterLegendSection &section : poster.legend()) {
        for (const PosterLegendEntry &entry : section.entries)
            legend << entry.label;
    }
    QVERIFY2(legend.contains(u"Positive, up to 5"_s), qPrintable(legend.join(u" | "_s)));
    QVERIFY(legend.contains(u"Neutral, 3"_s));
    QVERIFY(legend.contains(u"Negative, down to 1"_s));

    Preferences::setEmotionScale(EmotionScale::MinusTwoToPlusTwo);
    QCOMPARE(mCanvas->emotionScale(), EmotionScale::MinusTwoToPlusTwo);
    mCanvas->copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"+2"_s);
    QSettings().remove(u"journey/emotionScale"_s);
}

void TestJourneyCanvas::headersStayInViewWhenScrolling()
{
    mEditor->resize(700, 420); // far smaller than the journey
    mCanvas->setZoom(1.0);
    QApplication::processEvents();
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const Journey &j = journey();
    mCanvas->horizontalScrollBar()->setValue(mCanvas->horizontalScrollBar()->maximum());
    mCanvas->verticalScrollBar()->setValue(mCanvas->verticalScrollBar()->maximum());
    QApplication::processEvents();
    const QRectF visible = mCanvas->mapToScene(mCanvas->viewport()->rect()).boundingRect();
    QVERIFY(layout->headerRect(layout->columnCount() - 1).bottom() < visible.top()); // scrolled

    // A click at the top of the view lands on the last stage's header, drawn there...
    const QPoint top(mCanvas->viewport()->width() - 40, 12);
    QTest::mouseClick(mCanvas->viewport(), Qt::LeftButton, {}, top);
    QCOMPARE(mCanvas->currentStage(), j.stages.back().id);
    QCOMPARE(mCanvas->currentLane(), Id(0));
    // ...and one at the left edge on the lane header of that row.
    const QPoint left(12, mCanvas->viewport()->height() - 30);
    QTest::mouseClick(mCanvas->viewport(), Qt::LeftButton, {}, left);
    QCOMPARE(mCanvas->currentStage(), Id(0));
    const qreal y = mCanvas->mapToScene(left).y();
    int row = 0;
    while (row < layout->rowCount() - 1 && layout->laneHeaderRect(row).bottom() < y)
        ++row;
    QCOMPARE(mCanvas->currentLane(), layout->laneIdAt(row));

    // The header's own text is painted where it now stands.
    const QImage view = mCanvas->viewport()->grab().toImage();
    const QColor headerBackground = layout->style().headerBackground;
    int headerPixels = 0;
    for (int x = 150; x < view.width() - 20; x += 7)
        headerPixels += view.pixelColor(x, 30) == headerBackground ? 1 : 0;
    QVERIFY2(headerPixels > 10, qPrintable(QString::number(headerPixels)));

    // Back at the top left, every header is at home.
    mCanvas->horizontalScrollBar()->setValue(0);
    mCanvas->verticalScrollBar()->setValue(0);
    QApplication::processEvents();
    QTest::mouseClick(mCanvas->viewport(), Qt::LeftButton, {},
                      viewPoint(layout->headerRect(0).center()));
    QCOMPARE(mCanvas->currentStage(), j.stages.front().id);
}

// Issue #17: a cell of the "Customers entering" row is its own cell, not the stage header.
void TestJourneyCanvas::customersEnteringIsItsOwnCell()
{
    for (int i = 0; i < 3; ++i)
        Edit::setField(*mDoc, EntityRef::stage(mJourneyId, journey().stages[size_t(i)].id),
                       Field::StageEntering, qint64(1500 - 500 * i));
    const JourneyLayout *layout = mCanvas->journeyLayout();
    QVERIFY(layout->hasFunnel());
    const auto stageNames = [this] {
        QStringList n;
        for (const Stage &s : journey().stages)
            n << s.name;
        return n;
    };
    const QStringList names = stageNames();
    const size_t stageCount = journey().stages.size();

    // Click the second stage's count, type 2000 and Enter: the count changes, not the name.
    mCanvas->ensureVisible(layout->funnelRect(1), 20, 20);
    QTest::mouseClick(mCanvas->viewport(), Qt::LeftButton, {},
                      viewPoint(layout->funnelRect(1).center()));
    QVERIFY(mCanvas->isFunnelCurrent());
    QCOMPARE(mCanvas->currentStage(), journey().stages[1].id);
    typeText(mCanvas, u"2000"_s);
    QVERIFY(mCanvas->isEditing());
    QTest::keyClick(mCanvas, Qt::Key_Return);
    QVERIFY(!mCanvas->isEditing());
    QCOMPARE(journey().stages[1].entering, std::optional<qint64>(2000));
    QCOMPARE(stageNames(), names);

    // The arrows walk the row; typing there sets that stage's count, never a name.
    QTest::keyClick(mCanvas, Qt::Key_Right);
    QVERIFY(mCanvas->isFunnelCurrent());
    QCOMPARE(mCanvas->currentStage(), journey().stages[2].id);
    typeText(mCanvas, u"1 250"_s);
    QTest::keyClick(mCanvas, Qt::Key_Return);
    QCOMPARE(journey().stages[2].entering, std::optional<qint64>(1250));
    QCOMPARE(stageNames(), names);

    // Not a count: a clear message, the editor stays, nothing changes.
    const int steps = mDoc->undoStack()->count();
    typeText(mCanvas, u"abc"_s);
    QTest::keyClick(mCanvas, Qt::Key_Return);
    QVERIFY(mCanvas->isEditing());
    QVERIFY2(QToolTip::text().contains(u"whole number"_s), qPrintable(QToolTip::text()));
    QTest::keyClick(mCanvas, Qt::Key_Escape);
    QVERIFY(!mCanvas->isEditing());
    for (const QString &bad : {u"-5"_s, u"12.5"_s}) {
        typeText(mCanvas, bad);
        QTest::keyClick(mCanvas, Qt::Key_Return);
        QVERIFY2(mCanvas->isEditing(), qPrintable(bad));
        QTest::keyClick(mCanvas, Qt::Key_Escape);
    }
    QCOMPARE(mDoc->undoStack()->count(), steps);
    QCOMPARE(journey().stages[2].entering, std::optional<qint64>(1250));
    QCOMPARE(stageNames(), names);

    // Delete clears the count, in one undo step; the stage stays.
    QTest::keyClick(mCanvas, Qt::Key_Delete);
    QVERIFY(!journey().stages[2].entering);
    QCOMPARE(journey().stages.size(), stageCount);
    QCOMPARE(stageNames(), names);
    mDoc->undoStack()->undo();
    QCOMPARE(journey().stages[2].entering, std::optional<qint64>(1250));

    // Up goes to the stage header, Down back to the count, then to the first lane.
    QTest::keyClick(mCanvas, Qt::Key_Up);
    QVERIFY(!mCanvas->isFunnelCurrent());
    QCOMPARE(mCanvas->currentLane(), Id(0));
    QTest::keyClick(mCanvas, Qt::Key_Down);
    QVERIFY(mCanvas->isFunnelCurrent());
    QTest::keyClick(mCanvas, Qt::Key_Down);
    QVERIFY(!mCanvas->isFunnelCurrent());
    QCOMPARE(mCanvas->currentLane(), layout->laneIdAt(0));
}

// Issue #17: Delete clears; a stage and its cells go only with Delete Stage (Ctrl+Delete).
void TestJourneyCanvas::deleteKeyNeverDeletesAStage()
{
    QVERIFY(QTest::qWaitForWindowActive(mEditor.get()));
    mCanvas->setFocus();
    QAction *deleteStage = mEditor->action(u"deleteStage"_s);
    QVERIFY(deleteStage);
    QCOMPARE(deleteStage->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Delete));
    QVERIFY(deleteStage->toolTip().contains(
        deleteStage->shortcut().toString(QKeySequence::NativeText)));

    const Stage stage = journey().stages[2];
    const size_t stageCount = journey().stages.size();
    const int steps = mDoc->undoStack()->count();
    mCanvas->setCurrent(stage.id, 0);
    for (Qt::Key key : {Qt::Key_Delete, Qt::Key_Backspace})
        QTest::keyClick(mCanvas, key);
    QCOMPARE(journey().stages.size(), stageCount);
    QCOMPARE(mDoc->undoStack()->count(), steps);
    QVERIFY2(QToolTip::text().contains(u"Delete Stage"_s), qPrintable(QToolTip::text()));

    // The command: one undo step brings the stage back with all its cells.
    QTest::keyClick(mCanvas, Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(journey().stages.size(), stageCount - 1);
    QCOMPARE(indexOfId(journey().stages, stage.id), -1);
    QCOMPARE(mDoc->undoStack()->count(), steps + 1);
    mDoc->undoStack()->undo();
    QCOMPARE(journey().stages.size(), stageCount);
    QCOMPARE(journey().stages[2].id, stage.id);
    QCOMPARE(journey().stages[2].name, stage.name);
    QCOMPARE(journey().stages[2].firstCells().size(), stage.firstCells().size());
    for (auto it = stage.firstCells().cbegin(); it != stage.firstCells().cend(); ++it)
        QCOMPARE(journey().stages[2].firstCells().value(it.key()).text, it.value().text);
}

// Issue #17: in a tag lane each line is a tag; Shift+Enter (or Ctrl+Enter, as in LibreOffice
// Calc) starts a new one and Enter saves, as the lane's hint says.
void TestJourneyCanvas::tagLaneTakesOneTagPerLine()
{
    const JourneyLayout *layout = mCanvas->journeyLayout();
    int row = -1;
    for (int r = 0; r < layout->rowCount() && row < 0; ++r) {
        if (layout->laneAt(r)->kind == LaneKind::Chips)
            row = r;
    }
    QVERIFY(row >= 0);
    QVERIFY2(layout->laneHeaderBox(row).caption.text().contains(u"Shift+Enter"_s),
             qPrintable(layout->laneHeaderBox(row).caption.text()));
    const Id lane = layout->laneIdAt(row);
    mCanvas->setCurrent(journey().stages[1].id, lane);
    typeText(mCanvas, u"Email"_s);
    QTest::keyClick(mCanvas, Qt::Key_Return, Qt::ShiftModifier);
    typeText(mCanvas, u"Chat"_s);
    QTest::keyClick(mCanvas, Qt::Key_Return, Qt::ControlModifier);
    typeText(mCanvas, u"Phone"_s);
    QVERIFY(mCanvas->isEditing());
    QTest::keyClick(mCanvas, Qt::Key_Return);
    QVERIFY(!mCanvas->isEditing());
    QCOMPARE(journey().stages[1].firstCells().value(lane).text, u"Email\nChat\nPhone"_s);
    QCOMPARE(layout->cellBox(1, row).chips.size(), size_t(3));
}

QTEST_MAIN(TestJourneyCanvas)
#include "tst_journeycanvas.moc"
