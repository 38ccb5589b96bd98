// Service blueprints on the journey canvas (issue 21), driven offscreen as a user would: the
// French template's lines, a lane dragged into another group, an arrow drawn from the cell
// menu, a point of failure, and what the map shows of them.
#include "support/journeyeditorfixture.h"

#include "common/preferences.h"
#include "document/editsblueprint.h"
#include "document/workspacedocument.h"
#include "domain/journeytemplates.h"
#include "journey/journeycanvas.h"
#include "journey/journeyeditor.h"

#include <QAction>
#include <QGraphicsLineItem>
#include <QImage>
#include <QMenu>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

#include <cmath>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

// WCAG contrast ratio of two colours, 1 … 21.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double x = luminance(a);
    const double y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

} // namespace

class TestBlueprintCanvas : public QObject, private TestSupport::JourneyEditorFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void linesSitBetweenTheGroups();
    void dragLaneIntoAnotherGroup();
    void drawArrowAndMarkFailureFromTheMenus();
    void altDragDrawsAnArrow();
    void altDragRefusesAFarCell();
    void darkThemeKeepsTheLinesLegible();

private:
    const Journey &journey() const { return *mDoc->workspace().journey(mJourneyId); }
    void clickCell(int column, int row);
    // Alt+drag from one cell to another, in ten steps; the rubber band's line seen half-way.
    QLineF altDrag(int fromColumn, int fromRow, int toColumn, int toRow);
    QStringList groups() const;

    Id mJourneyId = 0;
};

void TestBlueprintCanvas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestBlueprintCanvas::init()
{
    Workspace w = JourneyTemplates::makeWorkspace(JourneyTemplates::Kind::Blueprint,
                                                  JourneyTemplates::Language::French);
    mJourneyId = w.journeys.front().id;
    QVERIFY2(showJourney(w, mJourneyId, {1400, 1000}), qPrintable(mError));
    mCanvas->setZoom(1.0);
    mCanvas->setFocus();
}

void TestBlueprintCanvas::cleanup()
{
    closeJourney();
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
    // "Paie" (order and pay, customer) → "Prestataire de paiement" (support), from the menu;
    // the stage has three steps, so the target names its step (the cart, the first).
    clickCell(1, 1);
    QCOMPARE(mCanvas->currentLane(), journey().lanes[1].id);
    auto *arrowTo = mEditor->findChild<QMenu *>(u"arrowToMenu"_s);
    QVERIFY(arrowTo);
    emit arrowTo->aboutToShow();
    QAction *target = nullptr;
    for (QAction *a : arrowTo->actions()) {
        if (a->text() == u"Commande et paiement · Panier — Processus de support"_s)
            target = a;
        QVERIFY2(!a->text().startsWith(u"Après-vente"_s), "two stages away");
    }
    QVERIFY(target);
    target->trigger();
    const Stage &pay = journey().stages[1];
    const Cell customer = pay.firstCells().value(journey().lanes[1].id);
    QCOMPARE(customer.arrows.size(), size_t(1));
    QCOMPARE(customer.arrows.front().lane, journey().lanes[5].id);

    // A point of failure on the payment check (backstage).
    clickCell(1, 4);
    auto *failure = mEditor->findChild<QAction *>(u"failurePoint"_s);
    QVERIFY(failure);
    failure->trigger();
    QVERIFY(journey().stages[1].firstCells().value(journey().lanes[4].id).failurePoint);
    QVERIFY(mCanvas->journeyLayout()->cellBox(1, 4).failurePoint);
    QVERIFY(mCanvas->journeyLayout()->titleBox().summary.text().contains(u"1 point of failure"_s));
    failure->trigger(); // again: unmarked
    QVERIFY(!journey().stages[1].firstCells().value(journey().lanes[4].id).failurePoint);
    mDoc->undoStack()->undo();
    QVERIFY(journey().stages[1].firstCells().value(journey().lanes[4].id).failurePoint);
}

QLineF TestBlueprintCanvas::altDrag(int fromColumn, int fromRow, int toColumn, int toRow)
{
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const QPointF from = layout->cellRect(fromColumn, fromRow).center();
    const QPointF to = layout->cellRect(toColumn, toRow).center();
    mCanvas->ensureVisible(QRectF(from, to).normalized().adjusted(-40, -40, 40, 40), 0, 0);
    QTest::mousePress(mCanvas->viewport(), Qt::LeftButton, Qt::AltModifier, viewPoint(from));
    QLineF band;
    for (int i = 1; i <= 10; ++i) {
        QTest::mouseMove(mCanvas->viewport(), viewPoint(from + (to - from) * (i / 10.0)));
        if (i != 5)
            continue;
        for (QGraphicsItem *item : mCanvas->scene()->items()) {
            auto *line = qgraphicsitem_cast<QGraphicsLineItem *>(item);
            if (line && line->isVisible())
                band = line->line();
        }
    }
    QTest::mouseRelease(mCanvas->viewport(), Qt::LeftButton, Qt::AltModifier, viewPoint(to));
    return band;
}

void TestBlueprintCanvas::altDragDrawsAnArrow()
{
    // "Paie" (order and pay, customer) → "Prestataire de paiement" (support), same stage.
    const Journey before = journey();
    const int steps = mDoc->undoStack()->count();
    const QLineF band = altDrag(1, 1, 1, 5);
    // While dragging, a rubber band ran from the cell to the mouse, half-way down.
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const QPointF from = layout->cellRect(1, 1).center();
    const QPointF half = from + (layout->cellRect(1, 5).center() - from) / 2;
    QVERIFY2(QLineF(band.p1(), from).length() < 2, "the band starts at the cell");
    QVERIFY2(QLineF(band.p2(), half).length() < 3, "the band follows the mouse");
    const Cell customer = journey().stages[1].firstCells().value(journey().lanes[1].id);
    QCOMPARE(customer.arrows.size(), size_t(1));
    QCOMPARE(customer.arrows.front().step, journey().stages[1].id);
    QCOMPARE(customer.arrows.front().lane, journey().lanes[5].id);
    QCOMPARE(mDoc->undoStack()->count(), steps + 1);
    // The band is gone, the arrow drawn (its text colour, between the two cells).
    for (QGraphicsItem *item : mCanvas->scene()->items()) {
        if (auto *line = qgraphicsitem_cast<QGraphicsLineItem *>(item))
            QVERIFY(!line->isVisible());
    }
    mDoc->undoStack()->undo();
    QCOMPARE(journey(), before);

    // Into the next stage (after the order's three steps): customer "Paie" → frontstage of the
    // delivery.
    QCOMPARE(mCanvas->journeyLayout()->stageIdAt(4), journey().stages[2].id);
    altDrag(1, 1, 4, 3);
    const Cell again = journey().stages[1].firstCells().value(journey().lanes[1].id);
    QCOMPARE(again.arrows.size(), size_t(1));
    QCOMPARE(again.arrows.front().step, journey().stages[2].id);
}

void TestBlueprintCanvas::altDragRefusesAFarCell()
{
    const Journey before = journey();
    const int steps = mDoc->undoStack()->count();
    QCOMPARE(mCanvas->journeyLayout()->stageIdAt(4), journey().stages[2].id);
    // From the delivery back to the search, two stages away: refused, saying why (at the drop,
    // which stays on the offscreen screen's 800 pixels for the tooltip to show).
    altDrag(4, 1, 0, 1);
    QCOMPARE(journey(), before);
    QCOMPARE(mDoc->undoStack()->count(), steps);
    QVERIFY2(QToolTip::text().contains(u"neighbouring stages"_s), qPrintable(QToolTip::text()));
    altDrag(1, 1, 1, 1); // back on its own cell
    QCOMPARE(journey(), before);
    // A plain drag across cells draws nothing either.
    const QPointF from = mCanvas->journeyLayout()->cellRect(1, 1).center();
    const QPointF to = mCanvas->journeyLayout()->cellRect(1, 3).center();
    QTest::mousePress(mCanvas->viewport(), Qt::LeftButton, {}, viewPoint(from));
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(mCanvas->viewport(), viewPoint(from + (to - from) * (i / 10.0)));
    QTest::mouseRelease(mCanvas->viewport(), Qt::LeftButton, {}, viewPoint(to));
    QCOMPARE(journey(), before);
    QCOMPARE(mDoc->undoStack()->count(), steps);
}

void TestBlueprintCanvas::darkThemeKeepsTheLinesLegible()
{
    // The map keeps its paper colours in a dark window: the lines and their labels contrast
    // with the cells and lane headers as in the light theme.
    cleanup();
    Preferences::applyTheme(Preferences::Theme::Dark);
    init();
    QVERIFY(mEditor->palette().color(QPalette::Window).lightness() < 80); // dark indeed
    const JourneyLayout &l = *mCanvas->journeyLayout();
    for (int row : {3, 4, 5}) { // interaction (solid), visibility (dashed), internal (dash-dot)
        const QRectF header = l.laneHeaderRect(row);
        const QRectF cell = l.cellRect(1, row);
        mCanvas->ensureVisible(header.united(cell), 10, 10);
        const QImage shot = mCanvas->viewport()->grab().toImage();
        if (!qEnvironmentVariableIsEmpty("BLUEPRINT_SCREENSHOT") && row == 3)
            shot.save(qEnvironmentVariable("BLUEPRINT_SCREENSHOT"));
        // The line: the darkest pixel across its band, against the cell's background.
        const qreal y = l.lineY(row);
        QColor line = Qt::white;
        for (qreal x = cell.left() + 4; x < cell.right() - 4; x += 1) {
            const QColor c = shot.pixelColor(viewPoint(QPointF(x, y)));
            if (c.lightness() < line.lightness())
                line = c;
        }
        const QColor paper = shot.pixelColor(viewPoint(cell.center() + QPointF(0, 20)));
        QVERIFY2(contrast(line, paper) >= 3,
                 qPrintable(u"row %1: line %2 on %3"_s.arg(row).arg(line.name(), paper.name())));
        // The label: its darkest pixel against the lane header's background.
        const QSizeF label = l.lineLabel(row).size();
        QColor ink = Qt::white;
        for (qreal x = header.left() + 10; x < header.left() + 10 + label.width(); x += 1) {
            for (qreal dy = -label.height() / 2; dy < label.height() / 2; dy += 1) {
                const QColor c = shot.pixelColor(viewPoint(QPointF(x, y + dy)));
                if (c.lightness() < ink.lightness())
                    ink = c;
            }
        }
        const QColor headerPaper = shot.pixelColor(viewPoint(header.bottomRight() - QPointF(4, 4)));
        QVERIFY2(
            contrast(ink, headerPaper) >= 4.5,
            qPrintable(u"row %1: label %2 on %3"_s.arg(row).arg(ink.name(), headerPaper.name())));
    }
    Preferences::applyTheme(Preferences::Theme::System);
}

QTEST_MAIN(TestBlueprintCanvas)
#include "tst_blueprintcanvas.moc"
