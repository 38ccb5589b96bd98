// Service blueprints on the journey canvas (issue 21), driven offscreen as a user would: the
// French template's lines, a lane dragged into another group, an arrow drawn from the cell
// menu, a point of failure, and what the map shows of them.
#include "document/editsblueprint.h"
#include "document/workspacedocument.h"
#include "domain/journeytemplates.h"
#include "journey/journeycanvas.h"
#include "journey/journeyeditor.h"

#include <QAction>
#include <QImage>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestBlueprintCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void linesSitBetweenTheGroups();
    void dragLaneIntoAnotherGroup();
    void drawArrowAndMarkFailureFromTheMenus();

private:
    const Journey &journey() const { return *mDoc->workspace().journey(mJourneyId); }
    QPoint viewPoint(const QPointF &scenePos) const { return mCanvas->mapFromScene(scenePos); }
    void clickCell(int column, int row);
    QStringList groups() const;

    QTemporaryDir mDir;
    std::unique_ptr<WorkspaceDocument> mDoc;
    std::unique_ptr<JourneyEditor> mEditor;
    JourneyCanvas *mCanvas = nullptr;
    Id mJourneyId = 0;
};

void TestBlueprintCanvas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestBlueprintCanvas::init()
{
    static int n = 0;
    Workspace w = JourneyTemplates::makeWorkspace(JourneyTemplates::Kind::Blueprint,
                                                  JourneyTemplates::Language::French);
    mJourneyId = w.journeys.front().id;
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(mDir.filePath(u"plan%1.parcours"_s.arg(++n)), w);
    QVERIFY2(created.document, qPrintable(created.error));
    mDoc = std::move(created.document);
    mEditor = std::make_unique<JourneyEditor>();
    mEditor->resize(1400, 1000);
    mEditor->setJourney(mDoc.get(), mJourneyId);
    mEditor->show();
    QVERIFY(QTest::qWaitForWindowExposed(mEditor.get()));
    mCanvas = mEditor->canvas();
    mCanvas->setZoom(1.0);
    mCanvas->setFocus();
}

void TestBlueprintCanvas::cleanup()
{
    mEditor.reset();
    mDoc.reset();
}

void TestBlueprintCanvas::clickCell(int column, int row)
{
    const QRectF cell = mCanvas->journeyLayout()->cellRect(column, row);
    mCanvas->ensureVisible(cell, 10, 10);
    QTest::mouseClick(mCanvas->viewport(), Qt::LeftButton, {}, viewPoint(cell.center()));
}

QStringList TestBlueprintCanvas::groups() const
{
    QStringList out;
    for (const Lane &l : journey().lanes)
        out << l.group;
    return out;
}

void TestBlueprintCanvas::linesSitBetweenTheGroups()
{
    const JourneyLayout &l = *mCanvas->journeyLayout();
    // Évidence, client, émotion | front office | back office | support.
    QCOMPARE(l.lineAbove(0), LaneRole::None);
    QCOMPARE(l.lineAbove(2), LaneRole::None);
    QCOMPARE(l.lineAbove(3), LaneRole::Frontstage);
    QCOMPARE(l.lineAbove(4), LaneRole::Backstage);
    QCOMPARE(l.lineAbove(5), LaneRole::Support);
    QCOMPARE(JourneyLayout::lineName(LaneRole::Backstage), u"Line of visibility"_s);
    // The line of interaction is drawn, solid, across the cells of its row's band.
    const QRectF cell = l.cellRect(1, 3);
    mCanvas->ensureVisible(cell, 10, 10);
    const QImage shot = mCanvas->viewport()->grab().toImage();
    const QPoint onLine = viewPoint(QPointF(cell.center().x(), l.lineY(3)));
    const QPoint inCell = viewPoint(cell.center());
    const QColor accent = l.style().accent;
    const QColor line = shot.pixelColor(onLine);
    QVERIFY2(std::abs(line.blue() - accent.blue()) < 40 && std::abs(line.red() - accent.red()) < 40,
             qPrintable(line.name()));
    QVERIFY(shot.pixelColor(inCell) != line);
}

void TestBlueprintCanvas::dragLaneIntoAnotherGroup()
{
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const Journey before = journey();
    const Id emotion = before.lanes[2].id; // in no group
    // Drag the emotion lane's header down between the backstage and support lanes.
    const QRectF header = layout->laneHeaderRect(2);
    const QPointF from(header.left() + 20, header.center().y());
    const QPointF to(from.x(), layout->laneHeaderRect(5).top() + 4);
    mCanvas->ensureVisible(QRectF(from, to).normalized(), 10, 10);
    QTest::mousePress(mCanvas->viewport(), Qt::LeftButton, {}, viewPoint(from));
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(mCanvas->viewport(), viewPoint(from + (to - from) * (i / 10.0)));
    QTest::mouseRelease(mCanvas->viewport(), Qt::LeftButton, {}, viewPoint(to));
    QCOMPARE(journey().lanes[4].id, emotion);
    QCOMPARE(groups(),
             (QStringList {u"evidence"_s, u"customer"_s, u"frontstage"_s, u"backstage"_s,
                           u"backstage"_s, u"support"_s}));
    // The line of interaction now sits above the frontstage lane, second row up.
    QCOMPARE(mCanvas->journeyLayout()->lineAbove(2), LaneRole::Frontstage);
    // One undo step puts the lane back, in its place and out of the group.
    mDoc->undoStack()->undo();
    QCOMPARE(journey(), before);
}

void TestBlueprintCanvas::drawArrowAndMarkFailureFromTheMenus()
{
    // "Paie" (order and pay, customer) → "Prestataire de paiement" (support), from the menu.
    clickCell(1, 1);
    QCOMPARE(mCanvas->currentLane(), journey().lanes[1].id);
    auto *arrowTo = mEditor->findChild<QMenu *>(u"arrowToMenu"_s);
    QVERIFY(arrowTo);
    emit arrowTo->aboutToShow();
    QAction *target = nullptr;
    for (QAction *a : arrowTo->actions()) {
        if (a->text() == u"Commande et paiement — Processus de support"_s)
            target = a;
        QVERIFY2(!a->text().startsWith(u"Après-vente"_s), "two stages away");
    }
    QVERIFY(target);
    target->trigger();
    const Stage &pay = journey().stages[1];
    const Cell customer = pay.cells.value(journey().lanes[1].id);
    QCOMPARE(customer.arrows.size(), size_t(1));
    QCOMPARE(customer.arrows.front().lane, journey().lanes[5].id);

    // A point of failure on the payment check (backstage).
    clickCell(1, 4);
    auto *failure = mEditor->findChild<QAction *>(u"failurePoint"_s);
    QVERIFY(failure);
    failure->trigger();
    QVERIFY(journey().stages[1].cells.value(journey().lanes[4].id).failurePoint);
    QVERIFY(mCanvas->journeyLayout()->cellBox(1, 4).failurePoint);
    QVERIFY(mCanvas->journeyLayout()->titleBox().summary.text().contains(u"1 point of failure"_s));
    failure->trigger(); // again: unmarked
    QVERIFY(!journey().stages[1].cells.value(journey().lanes[4].id).failurePoint);
    mDoc->undoStack()->undo();
    QVERIFY(journey().stages[1].cells.value(journey().lanes[4].id).failurePoint);
}

QTEST_MAIN(TestBlueprintCanvas)
#include "tst_blueprintcanvas.moc"
