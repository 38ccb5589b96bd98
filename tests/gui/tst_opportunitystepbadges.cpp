// Opportunity links per step on the journey canvas (issue 18): "Make an Opportunity" from a
// step's cell, chosen with the mouse in the cell's menu, links that step's cell, and its count
// badge is drawn on that step (the badge's place and its pixels), not on the stage's first
// step; it follows the step when it moves or merges, and goes and comes back with undo.
#include "support/journeyeditorfixture.h"

#include "document/editssteps.h"
#include "document/workspacedocument.h"
#include "journey/journeycanvas.h"
#include "journey/journeyeditor.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

constexpr Id journeyId = 10;
constexpr Id painsLane = 20;
constexpr Id stageId = 30;
constexpr Id formStep = 30; // the stage's own step
constexpr Id cardStep = 31;
constexpr Id confirmStep = 32;

// "Pay" in three steps, then "Ship"; a pain point on the card step.
Workspace checkout()
{
    Workspace w;
    w.info.name = u"Checkout"_s;
    Journey j;
    j.id = journeyId;
    j.name = u"Checkout"_s;
    j.lanes = {{painsLane, u"Pain points"_s}};
    Stage pay;
    pay.id = stageId;
    pay.name = u"Pay"_s;
    pay.steps = {Step {formStep, u"Form"_s, {}}, Step {cardStep, u"Card"_s, {}},
                 Step {confirmStep, u"Confirm"_s, {}}};
    pay.steps[1].cells[painsLane].text = u"Card refused"_s;
    Stage ship;
    ship.id = 40;
    ship.name = u"Ship"_s;
    ship.withOneStep();
    j.stages = {pay, ship};
    w.journeys = {j};
    return w;
}

QMenu *shownPopup(const QMenu *other = nullptr)
{
    for (int i = 0; i < 500; ++i) {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (menu && menu != other && menu->isVisible())
            return menu;
        QTest::qWait(10);
    }
    return nullptr;
}

QAction *actionNamed(const QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text().remove(u'&') == text && a->isVisible())
            return a;
    }
    return nullptr;
}

} // namespace

class TestOpportunityStepBadges : public QObject, private TestSupport::JourneyEditorFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void madeFromAStepsCellBadgesThatStep();

private:
    QRectF cellOf(Id step) const
    {
        const JourneyLayout *l = mCanvas->journeyLayout();
        return l->cellRect(l->columnOfStep(step), l->rowOf(painsLane));
    }
    // Pixels of the badge colour in the badge's corner of `step`'s cell, as shown.
    int badgePixels(Id step) const;
    // Right-clicks the cell of `step` and clicks, menu after submenu, the entries in `path`.
    void clickInCellMenu(Id step, const QStringList &path);
};

void TestOpportunityStepBadges::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestOpportunityStepBadges::init()
{
    QVERIFY2(showJourney(checkout(), journeyId), qPrintable(mError));
    mCanvas->setFocus();
}

void TestOpportunityStepBadges::cleanup()
{
    closeJourney();
}

int TestOpportunityStepBadges::badgePixels(Id step) const
{
    const QRectF cell = cellOf(step);
    // Inside where OpportunityBadges::rectIn() puts it, clear of the cell's (current) frame.
    const QRectF corner(cell.right() - 30, cell.top() + 7, 24, 10);
    const QImage image = mCanvas->viewport()->grab().toImage();
    const QColor accent = mCanvas->journeyLayout()->style().accent;
    const qreal ratio = mCanvas->viewport()->devicePixelRatioF();
    const QRect area = mCanvas->mapFromScene(corner).boundingRect();
    int count = 0;
    for (int y = int(area.top() * ratio); y <= int(area.bottom() * ratio); ++y) {
        for (int x = int(area.left() * ratio); x <= int(area.right() * ratio); ++x) {
            if (!image.rect().contains(x, y))
                continue;
            const QColor p = image.pixelColor(x, y);
            if (std::abs(p.red() - accent.red()) + std::abs(p.green() - accent.green())
                    + std::abs(p.blue() - accent.blue())
                < 30)
                ++count;
        }
    }
    return count;
}

void TestOpportunityStepBadges::clickInCellMenu(Id step, const QStringList &path)
{
    int clicked = 0;
    QTimer::singleShot(0, mCanvas, [&] {
        const QMenu *previous = nullptr;
        for (const QString &text : path) {
            QMenu *menu = shownPopup(previous);
            QAction *action = menu ? actionNamed(menu, text) : nullptr;
            if (!action)
                break;
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
            previous = menu;
            ++clicked;
        }
        while (QApplication::activePopupWidget())
            QApplication::activePopupWidget()->close();
    });
    const QRectF cell = cellOf(step);
    mCanvas->ensureVisible(cell);
    const QPoint at = viewPoint(cell.topLeft() + QPointF(12, 12));
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, mCanvas->viewport()->mapToGlobal(at));
    QApplication::sendEvent(mCanvas->viewport(), &event);
    QCOMPARE(clicked, path.size());
}

void TestOpportunityStepBadges::madeFromAStepsCellBadgesThatStep()
{
    QCOMPARE(badgePixels(cardStep), 0);
    clickInCellMenu(cardStep, {u"Make an Opportunity"_s, u"Card refused"_s});
    QCOMPARE(mDoc->workspace().opportunities.size(), size_t(1));
    const Opportunity &made = mDoc->workspace().opportunities.front();
    QCOMPARE(made.title, u"Card refused"_s);
    QCOMPARE(made.links,
             (std::vector<OpportunityLink> {{OpportunityLink::Kind::Stage, stageId, 0},
                                            {OpportunityLink::Kind::Cell, cardStep, painsLane}}));
    QCOMPARE(mDoc->undoStack()->count(), 1);

    // The badge: on the card step's cell, not on the stage's first step's.
    QCOMPARE(mCanvas->opportunitiesAt(cardStep, painsLane), QList<Id> {made.id});
    QVERIFY(mCanvas->opportunitiesAt(formStep, painsLane).isEmpty());
    QCOMPARE(mCanvas->opportunitiesAt(stageId, 0), QList<Id> {made.id}); // the header's
    const QRectF badge = mCanvas->badgeRect(cardStep, painsLane);
    QVERIFY(cellOf(cardStep).contains(badge));
    QTRY_VERIFY(badgePixels(cardStep) > 20);
    QCOMPARE(badgePixels(formStep), 0);
    QCOMPARE(badgePixels(confirmStep), 0);

    // The card step moved last: its badge goes with it.
    QVERIFY(Edit::moveStep(*mDoc, journeyId, cardStep, 2));
    QVERIFY(cellOf(cardStep).contains(mCanvas->badgeRect(cardStep, painsLane)));
    QTRY_VERIFY(badgePixels(cardStep) > 20);
    QTRY_COMPARE(badgePixels(confirmStep), 0);
    mDoc->undoStack()->undo();

    // Merged into the form step: the link and the badge are the form step's; undo brings back.
    QVERIFY(Edit::mergeStepIntoPrevious(*mDoc, journeyId, cardStep));
    QCOMPARE(mCanvas->opportunitiesAt(formStep, painsLane), QList<Id> {made.id});
    QTRY_VERIFY(badgePixels(formStep) > 20);
    mDoc->undoStack()->undo();
    QCOMPARE(mCanvas->opportunitiesAt(cardStep, painsLane), QList<Id> {made.id});
    QVERIFY(mCanvas->opportunitiesAt(formStep, painsLane).isEmpty());
    QTRY_COMPARE(badgePixels(formStep), 0);
    QTRY_VERIFY(badgePixels(cardStep) > 20);

    // Undoing the making: no badge.
    mDoc->undoStack()->undo();
    QVERIFY(mCanvas->opportunitiesAt(cardStep, painsLane).isEmpty());
    QTRY_COMPARE(badgePixels(cardStep), 0);
}

QTEST_MAIN(TestOpportunityStepBadges)
#include "tst_opportunitystepbadges.moc"
