#include "document/editsopportunity.h"
#include "document/workspacedocument.h"
#include "itemmodels/opportunityfiltermodel.h"
#include "itemmodels/opportunitytablemodel.h"
#include "journey/journeycanvas.h"
#include "journey/journeyeditor.h"
#include "mainwindow.h"
#include "opportunities/opportunityboard.h"
#include "workspace/workspacesidebar.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <cstdlib>

using namespace Parcours;
using namespace Qt::StringLiterals;

// The opportunities board (issue 20) in the window, driven with keys and clicks: opened from
// the menu, sorted and filtered, edited in place, added and deleted, each step undoable; and
// "Make an Opportunity" from a pain-point cell of the journey canvas.
class TestOpportunityBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void menuShortcutShowsTheBoard();
    void rankedByScoreAndSortable();
    void filtersByStatusQuadrantAndText();
    void editsInPlaceWithUndo();
    void addAndDeleteWithKeys();
    void makeOpportunityFromPainPointCell();

private:
    QTableView *table() const { return mWindow->opportunityBoard()->table(); }
    QString titleAt(int row) const
    {
        return table()->model()->index(row, OpportunityTableModel::TitleColumn).data().toString();
    }
    QRect cellRect(int row, int column) const
    {
        return table()->visualRect(table()->model()->index(row, column));
    }
    WorkspaceDocument &doc() const { return *mWindow->document(); }
    void addOpportunity(const QString &title, int customer, int business, int effort, int votes,
                        OpportunityStatus status = OpportunityStatus::Idea);

    std::unique_ptr<MainWindow> mWindow;
};

void TestOpportunityBoard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestOpportunityBoard::init()
{
    mWindow = std::make_unique<MainWindow>();
    mWindow->show();
    mWindow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(mWindow.get()));
    QVERIFY(mWindow->openSample());
    // The sample comes with a board of its own: these cases start from four known ones.
    QList<Id> sampleOpportunities;
    for (const Opportunity &o : doc().workspace().opportunities)
        sampleOpportunities << o.id;
    Edit::removeOpportunities(doc(), sampleOpportunities);
    addOpportunity(u"Explain pricing"_s, 5, 4, 2, 3, OpportunityStatus::Planned); // 9×1.6/2=7.2
    addOpportunity(u"Rebuild search"_s, 5, 5, 5, 2, OpportunityStatus::InProgress); // 10×1.4/5=2.8
    addOpportunity(u"Tidy footer"_s, 1, 2, 1, 0); // 3 / 1 = 3
    addOpportunity(u"Custom reports"_s, 2, 1, 4, 0); // 3 / 4 = 0.75
    doc().undoStack()->clear();
}

void TestOpportunityBoard::cleanup()
{
    if (mWindow)
        mWindow->document()->undoStack()->clear();
    mWindow.reset();
}

void TestOpportunityBoard::addOpportunity(const QString &title, int customer, int business,
                                          int effort, int votes, OpportunityStatus status)
{
    Opportunity o;
    o.title = title;
    o.customerValue = customer;
    o.businessValue = business;
    o.effort = effort;
    o.votes = votes;
    o.status = status;
    QVERIFY(Edit::addOpportunity(doc(), o));
}

void TestOpportunityBoard::menuShortcutShowsTheBoard()
{
    auto *dock = mWindow->findChild<QDockWidget *>(u"opportunitiesDock"_s);
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
    QTest::keyClick(mWindow.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(dock->isVisible());
    QCOMPARE(dock->windowTitle(), u"Opportunities"_s);
    QTRY_VERIFY(table()->hasFocus());
    QCOMPARE(table()->model()->rowCount(), 4);
}

void TestOpportunityBoard::rankedByScoreAndSortable()
{
    QTest::keyClick(mWindow.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    // Highest score first.
    QCOMPARE(titleAt(0), u"Explain pricing"_s);
    QCOMPARE(titleAt(1), u"Tidy footer"_s);
    QCOMPARE(titleAt(2), u"Rebuild search"_s);
    QCOMPARE(titleAt(3), u"Custom reports"_s);
    const QAbstractItemModel *m = table()->model();
    QCOMPARE(m->index(0, OpportunityTableModel::ScoreColumn).data().toString(), u"7.20"_s);
    QCOMPARE(m->index(0, OpportunityTableModel::QuadrantColumn).data().toString(), u"Quick win"_s);
    QCOMPARE(m->index(1, OpportunityTableModel::QuadrantColumn).data().toString(), u"Fill-in"_s);
    QCOMPARE(m->index(2, OpportunityTableModel::QuadrantColumn).data().toString(), u"Big bet"_s);
    QCOMPARE(m->index(3, OpportunityTableModel::QuadrantColumn).data().toString(), u"Money pit"_s);
    QCOMPARE(m->index(2, OpportunityTableModel::StatusColumn).data().toString(), u"In progress"_s);

    // A click on the Effort heading sorts by effort.
    QHeaderView *header = table()->horizontalHeader();
    const int x = header->sectionViewportPosition(OpportunityTableModel::EffortColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    const int first = m->index(0, OpportunityTableModel::EffortColumn).data().toInt();
    const int last = m->index(3, OpportunityTableModel::EffortColumn).data().toInt();
    QVERIFY2(std::abs(first - last) == 4, "sorted by effort, either way");
}

void TestOpportunityBoard::filtersByStatusQuadrantAndText()
{
    QTest::keyClick(mWindow.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    OpportunityBoard *board = mWindow->opportunityBoard();
    board->searchBox()->setFocus();
    QTest::keyClicks(board->searchBox(), u"SEARCH"_s);
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(titleAt(0), u"Rebuild search"_s);
    board->searchBox()->clear();

    board->quadrantBox()->setCurrentIndex(
        board->quadrantBox()->findData(int(OpportunityQuadrant::QuickWin)));
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(titleAt(0), u"Explain pricing"_s);
    board->quadrantBox()->setCurrentIndex(0);

    board->statusBox()->setFocus();
    board->statusBox()->setCurrentIndex(board->statusBox()->findData(int(OpportunityStatus::Idea)));
    QCOMPARE(table()->model()->rowCount(), 2);
    board->statusBox()->setCurrentIndex(0);
    QCOMPARE(table()->model()->rowCount(), 4);
}

void TestOpportunityBoard::editsInPlaceWithUndo()
{
    QTest::keyClick(mWindow.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QTableView *view = table();
    // "Custom reports" (last): effort 4 → 1 with the spin box, typed.
    const QRect effort = cellRect(3, OpportunityTableModel::EffortColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, effort.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, effort.center());
    auto *spin = qobject_cast<QSpinBox *>(QApplication::focusWidget());
    QVERIFY2(spin, "a spin box edits the effort");
    QCOMPARE(spin->maximum(), 5);
    spin->selectAll();
    QTest::keyClicks(spin, u"1"_s);
    QTest::keyClick(spin, Qt::Key_Return); // the delegate commits from the event loop
    QTRY_COMPARE(doc().workspace().opportunities.back().effort, 1);
    QCOMPARE(doc().undoStack()->undoText(), u"Change opportunity"_s);
    // Now 3 / 1 = 3: it ranks with "Tidy footer" (3), above "Rebuild search" (2.8).
    QCOMPARE(titleAt(3), u"Rebuild search"_s);

    // The status with its list: F2 on the status cell of the first row.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, OpportunityTableModel::StatusColumn));
    QTest::keyClick(view, Qt::Key_F2);
    QTRY_VERIFY2(qobject_cast<QComboBox *>(QApplication::focusWidget()), "a list edits the status");
    auto *box = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QCOMPARE(box->count(), 5);
    box->setCurrentIndex(box->findData(int(OpportunityStatus::Done)));
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_COMPARE(doc().workspace().opportunities.front().status, OpportunityStatus::Done);
    QCOMPARE(view->model()->index(0, OpportunityTableModel::StatusColumn).data().toString(),
             u"Done"_s);

    doc().undoStack()->undo();
    QCOMPARE(doc().workspace().opportunities.front().status, OpportunityStatus::Planned);
    doc().undoStack()->undo();
    QCOMPARE(doc().workspace().opportunities.back().effort, 4);
    QCOMPARE(titleAt(3), u"Custom reports"_s);
}

void TestOpportunityBoard::addAndDeleteWithKeys()
{
    QTest::keyClick(mWindow.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QTableView *view = table();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(doc().workspace().opportunities.size(), size_t(5));
    QCOMPARE(doc().undoStack()->undoText(), u"Add opportunity"_s);
    // Its title is open for editing: type a new one.
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(editor, "the new row's title is being edited");
    editor->selectAll();
    QTest::keyClicks(editor, u"Onboarding checklist"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(doc().workspace().opportunities.back().title, u"Onboarding checklist"_s);

    const int row = view->currentIndex().row();
    QCOMPARE(titleAt(row), u"Onboarding checklist"_s);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(doc().workspace().opportunities.size(), size_t(4));
    QCOMPARE(doc().undoStack()->undoText(), u"Delete opportunity"_s);
    doc().undoStack()->undo();
    QCOMPARE(doc().workspace().opportunities.back().title, u"Onboarding checklist"_s);
    QCOMPARE(view->model()->rowCount(), 5);
}

void TestOpportunityBoard::makeOpportunityFromPainPointCell()
{
    // The sample's first journey has a "Pain points" lane.
    const Journey &journey = doc().workspace().journeys.front();
    const Lane *pains = nullptr;
    for (const Lane &lane : journey.lanes) {
        if (lane.name.contains(u"Pain"_s))
            pains = &lane;
    }
    QVERIFY(pains);
    const Stage *stage = nullptr;
    for (const Stage &s : journey.stages) {
        if (!s.firstCells().value(pains->id).text.isEmpty()) {
            stage = &s;
            break;
        }
    }
    QVERIFY(stage);
    const QString firstLine
        = stage->firstCells().value(pains->id).text.split(u'\n').front().trimmed();
    const Id stageId = stage->id;
    const Id laneId = pains->id;

    mWindow->sidebar()->selectEntity(EntityKind::Journey, journey.id);
    auto *canvas = mWindow->findChild<JourneyCanvas *>();
    QVERIFY(canvas);
    QTRY_VERIFY(canvas->isVisible());
    canvas->setCurrent(stageId, laneId);
    auto *menu = mWindow->findChild<QMenu *>(u"makeOpportunityMenu"_s);
    QVERIFY(menu);
    emit menu->aboutToShow(); // as when the context menu opens it
    QVERIFY(!menu->actions().isEmpty());
    QAction *line = menu->actions().front();
    QCOMPARE(line->text(), firstLine);
    QVERIFY(line->isEnabled());
    line->trigger();

    const Opportunity &made = doc().workspace().opportunities.back();
    QCOMPARE(made.title, firstLine);
    QCOMPARE(made.links,
             (std::vector<OpportunityLink> {{OpportunityLink::Kind::Stage, stageId, 0},
                                            {OpportunityLink::Kind::Cell, stageId, laneId}}));
    QCOMPARE(doc().undoStack()->count(), 1);
    QCOMPARE(doc().undoStack()->undoText(), u"Make opportunity"_s);
    doc().undoStack()->undo();
    QCOMPARE(doc().workspace().opportunities.size(), size_t(4));

    // A lane that is not text (the emotion curve): nothing to make.
    for (const Lane &lane : journey.lanes) {
        if (lane.kind == LaneKind::Emotion) {
            canvas->setCurrent(stageId, lane.id);
            break;
        }
    }
    emit menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 1);
    QVERIFY(!menu->actions().front()->isEnabled());
}

QTEST_MAIN(TestOpportunityBoard)
#include "tst_opportunityboard.moc"
