#include "common/preferences.h"
#include "document/edits.h"
#include "document/editsopportunity.h"
#include "document/workspacedocument.h"
#include "domain/journeytemplates.h"
#include "domain/painseverity.h"
#include "itemmodels/opportunitytablemodel.h"
#include "journey/journeycanvas.h"
#include "mainwindow.h"
#include "opportunities/opportunityboard.h"
#include "store/workspacestore.h"
#include "support/parcoursrun.h"
#include "workspace/workspacesidebar.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Parcours;
using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

namespace {

// Waits for a popup menu to be shown; nullptr after 5 s.
QMenu *shownPopup()
{
    for (int i = 0; i < 500; ++i) {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (menu && menu->isVisible())
            return menu;
        QTest::qWait(10);
    }
    return nullptr;
}

// With PARCOURS_SHOTS=DIR (run on a display), the window as the test left it, in the light
// and dark themes: for looking at the marks and badges, not for checking anything.
void shoot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("PARCOURS_SHOTS");
    if (dir.isEmpty())
        return;
    for (const auto theme : {Preferences::Theme::Light, Preferences::Theme::Dark}) {
        Preferences::applyTheme(theme);
        QTest::qWait(300);
        window->grab().save(u"%1/%2-%3.png"_s.arg(
            dir, name, theme == Preferences::Theme::Dark ? u"dark"_s : u"light"_s));
    }
    Preferences::applyTheme(Preferences::Theme::Light);
}

} // namespace

// Pain-point severity and opportunity badges on the journey canvas (issue 20), driven as a
// user does: the cell's context menu with keys, a click on a badge, and the poster's words.
class TestSeverityCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void severityFromTheContextMenuIsCounted();
    void contextMenuKeyReachesEveryLine();
    void badgeClickSelectsTheBoardRow();
    void posterShowsMarksCountsAndLegend();

private:
    // Shows the sample's first journey; its pain-point cell of the first stage holds `text`.
    EntityRef showPainCell(const QString &text);
    // Opens the canvas's context menu (`reason`) at `viewportPos`, then types `keys` into the
    // open menu (the submenu once one opens).
    void contextMenu(QContextMenuEvent::Reason reason, const QPoint &viewportPos,
                     const QList<Qt::Key> &keys);
    QString summaryText() const;

    std::unique_ptr<MainWindow> mWindow;
    JourneyCanvas *mCanvas = nullptr;
};

void TestSeverityCanvas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestSeverityCanvas::init()
{
    mWindow = std::make_unique<MainWindow>();
    mWindow->resize(1400, 900);
    mWindow->show();
    mWindow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(mWindow.get()));
    QVERIFY(mWindow->openSample());
    mCanvas = mWindow->findChild<JourneyCanvas *>();
    QVERIFY(mCanvas);
}

void TestSeverityCanvas::cleanup()
{
    if (mWindow)
        mWindow->document()->undoStack()->clear();
    mWindow.reset();
}

EntityRef TestSeverityCanvas::showPainCell(const QString &text)
{
    WorkspaceDocument &doc = *mWindow->document();
    const Journey &journey = doc.workspace().journeys.front();
    Id lane = 0;
    for (const Lane &l : journey.lanes) {
        if (l.name.contains(u"Pain"_s))
            lane = l.id;
    }
    const EntityRef ref = EntityRef::cell(journey.id, journey.stages.front().id, lane);
    mWindow->sidebar()->selectEntity(EntityKind::Journey, journey.id);
    [&] {
        QTRY_VERIFY(mCanvas->isVisible());
    }();
    Edit::setField(doc, ref, Field::CellText, text);
    doc.undoStack()->clear();
    mCanvas->setCurrent(ref.id, ref.secondary);
    return ref;
}

void TestSeverityCanvas::contextMenu(QContextMenuEvent::Reason reason, const QPoint &viewportPos,
                                     const QList<Qt::Key> &keys)
{
    bool typed = false;
    QTimer::singleShot(0, mCanvas, [&] {
        for (const Qt::Key key : keys) {
            QMenu *menu = shownPopup();
            if (!menu)
                return;
            QTest::keyClick(menu, key);
        }
        typed = true;
        // Still open (a key that opened nothing to choose): close every level.
        while (QApplication::activePopupWidget())
            QApplication::activePopupWidget()->close();
    });
    QContextMenuEvent event(reason, viewportPos, mCanvas->viewport()->mapToGlobal(viewportPos));
    QApplication::sendEvent(mCanvas->viewport(), &event);
    QVERIFY2(typed, "a menu did not open");
}

QString TestSeverityCanvas::summaryText() const
{
    const auto *summary = mWindow->findChild<QLabel *>(u"journeySummary"_s);
    return summary ? summary->text() : QString();
}

void TestSeverityCanvas::severityFromTheContextMenuIsCounted()
{
    const EntityRef ref = showPainCell(u"Slow page\nCard refused\nNo receipt"_s);
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const int column = layout->columnOf(ref.id);
    const int row = layout->rowOf(ref.secondary);
    const CellBox &box = layout->cellBox(column, row);
    QCOMPARE(box.lineTops.size(), 3);
    // A right click on the second line: Severity (V) ▸ Abandonment (A).
    const QPointF onLine2
        = layout->contentRect(column, row).topLeft() + QPointF(20, box.lineTops.at(1) + 4);
    mCanvas->ensureVisible(QRectF(onLine2, QSizeF(1, 1)));
    contextMenu(QContextMenuEvent::Mouse, mCanvas->mapFromScene(onLine2), {Qt::Key_V, Qt::Key_A});
    const auto cell = [&] {
        return mWindow->document()->workspace().journeys.front().stages.front().firstCells().value(
            ref.secondary);
    };
    QCOMPARE(cell().severities,
             (std::vector<PainSeverity> {PainSeverity::None, PainSeverity::Abandonment}));
    QCOMPARE(mWindow->document()->undoStack()->count(), 1);
    // The sample rates pain points of other stages: this one's count is on its own line.
    const QString stage = mWindow->document()->workspace().journeys.front().stages.front().name;
    QTRY_VERIFY2(summaryText().contains(stage + u": 1 abandonment"_s), qPrintable(summaryText()));
    // The mark is drawn before the line: the text moved right to make room.
    QVERIFY(mCanvas->journeyLayout()->cellBox(column, row).textX > 0);
    QCOMPARE(mCanvas->journeyLayout()->cellBox(column, row).severityMarks.size(), size_t(1));
    shoot(mWindow.get(), u"severity"_s);

    // Undo: gone from the cell and the summary.
    mWindow->document()->undoStack()->undo();
    QVERIFY(cell().severities.empty());
    QTRY_VERIFY2(!summaryText().contains(stage + u": "_s), qPrintable(summaryText()));
}

void TestSeverityCanvas::contextMenuKeyReachesEveryLine()
{
    const EntityRef ref = showPainCell(u"Slow page\nCard refused"_s);
    mCanvas->setFocus();
    // From the keyboard: the menu of the current cell; Severity ▸ Workaround sets the first
    // line, and the second line's submenu (the last entry: Up from none) sets it.
    contextMenu(QContextMenuEvent::Keyboard, QPoint(1, 1), {Qt::Key_V, Qt::Key_W});
    contextMenu(QContextMenuEvent::Keyboard, QPoint(1, 1),
                {Qt::Key_V, Qt::Key_Up, Qt::Key_Right, Qt::Key_T});
    const Cell cell
        = mWindow->document()->workspace().journeys.front().stages.front().firstCells().value(
            ref.secondary);
    QCOMPARE(cell.severities,
             (std::vector<PainSeverity> {PainSeverity::Workaround, PainSeverity::Trivial}));
    QCOMPARE(mWindow->document()->undoStack()->count(), 2);
    const QString stage = mWindow->document()->workspace().journeys.front().stages.front().name;
    QTRY_VERIFY2(summaryText().contains(stage + u": 1 workaround, 1 trivial"_s),
                 qPrintable(summaryText()));
}

void TestSeverityCanvas::badgeClickSelectsTheBoardRow()
{
    const EntityRef ref = showPainCell(u"Card refused"_s);
    WorkspaceDocument &doc = *mWindow->document();
    Opportunity other;
    other.title = u"Other"_s;
    Edit::addOpportunity(doc, other);
    Opportunity o;
    o.title = u"Accept more cards"_s;
    o.links = {{OpportunityLink::Kind::Stage, ref.id, 0},
               {OpportunityLink::Kind::Cell, ref.id, ref.secondary}};
    const Id id = Edit::addOpportunity(doc, o);
    QCOMPARE(mCanvas->opportunitiesAt(ref.id, 0), QList<Id> {id});
    QCOMPARE(mCanvas->opportunitiesAt(ref.id, ref.secondary), QList<Id> {id});

    // A click on the cell's badge lists it; Enter on it shows the board with its row chosen.
    const QRectF badge = mCanvas->badgeRect(ref.id, ref.secondary);
    QVERIFY(!badge.isEmpty());
    mCanvas->ensureVisible(badge);
    auto *dock = mWindow->findChild<QDockWidget *>(u"opportunitiesDock"_s);
    QVERIFY(!dock->isVisible());
    bool chosen = false;
    QTimer::singleShot(0, mCanvas, [&] {
        if (QMenu *menu = shownPopup()) {
            QCOMPARE(menu->actions().size(), 1);
            QCOMPARE(menu->actions().front()->text(), u"Accept more cards"_s);
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Return);
            chosen = true;
        }
    });
    QTest::mouseClick(mCanvas->viewport(), Qt::LeftButton, {},
                      mCanvas->mapFromScene(badge.center()));
    QVERIFY(chosen);
    QTRY_VERIFY(dock->isVisible());
    shoot(mWindow.get(), u"badges"_s);
    QTableView *table = mWindow->opportunityBoard()->table();
    QCOMPARE(
        table->currentIndex().siblingAtColumn(OpportunityTableModel::TitleColumn).data().toString(),
        u"Accept more cards"_s);

    // Badges follow undo: the opportunity gone, no badge; back on redo.
    doc.undoStack()->undo();
    QVERIFY(mCanvas->opportunitiesAt(ref.id, ref.secondary).isEmpty());
    QVERIFY(mCanvas->badgeRect(ref.id, ref.secondary).isEmpty());
    doc.undoStack()->redo();
    QCOMPARE(mCanvas->opportunitiesAt(ref.id, 0).size(), 1);
    // The cell's menu says how many, for the keyboard.
    auto *linked = mWindow->findChild<QMenu *>(u"linkedOpportunitiesMenu"_s);
    QVERIFY(linked);
    mCanvas->setCurrent(ref.id, ref.secondary);
    QCOMPARE(linked->title(), u"Opport&unities (1)"_s);
    QVERIFY(linked->menuAction()->isVisible());
}

void TestSeverityCanvas::posterShowsMarksCountsAndLegend()
{
    const QString pdfToText = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdfToText.isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed");
    QTemporaryDir dir;
    Workspace w = JourneyTemplates::makeWorkspace(JourneyTemplates::Kind::Saas,
                                                  JourneyTemplates::Language::English);
    Journey &j = w.journeys.front();
    Id pains = 0;
    for (const Lane &l : j.lanes)
        pains = l.name == u"Pain points"_s ? l.id : pains;
    Cell &cell = j.stages.front().firstCells()[pains];
    cell.text = u"Slow page\nCard refused\nNo receipt"_s;
    cell.severities
        = {PainSeverity::Abandonment, PainSeverity::Workaround, PainSeverity::Abandonment};
    const QString file = dir.filePath(u"pains.parcours"_s);
    QVERIFY(WorkspaceStore::create(file, w).store);

    const auto posterWords = [&](const CliOptions &options) {
        const QString pdf = dir.filePath(u"pains.pdf"_s);
        const CliRun run = runParcours(
            {u"export"_s, file, u"--format"_s, u"pdf"_s, u"-o"_s, pdf, u"--page"_s, u"A2"_s},
            options);
        if (run.code != 0)
            qWarning("%s", qPrintable(run.err));
        QProcess text;
        text.start(pdfToText, {pdf, u"-"_s});
        text.waitForFinished(60000);
        return QString::fromUtf8(text.readAllStandardOutput()).simplified();
    };
    const QString words = posterWords({});
    for (const QString &expected :
         {u"!!!A Slow page"_s, u"!!W Card refused"_s, u"Pain points: 2 abandonment, 1 workaround"_s,
          u"PAIN-POINT SEVERITY"_s, u"Abandonment: the customer gives up"_s,
          u"Workaround: the customer finds a way around it"_s}) {
        QVERIFY2(words.contains(expected), qPrintable(expected + u" not in "_s + words));
    }
    const QString french = posterWords(inLocale(u"fr_FR.UTF-8"_s));
    for (const QString &expected :
         {u"!!!A Slow page"_s, u"!!C Card refused"_s, u"Abandon : le client renonce"_s,
          u"Points de friction : 2 abandons, 1 contournement"_s}) {
        QVERIFY2(french.contains(expected), qPrintable(expected + u" not in "_s + french));
    }
}

QTEST_MAIN(TestSeverityCanvas)
#include "tst_severitycanvas.moc"
