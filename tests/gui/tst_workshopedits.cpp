// A facilitator's journey workshop, driven offscreen with keys as a user would, for what went
// wrong in one: typing lost when the window closed, the current cell hidden under the frozen
// headers, a pain point's "&" lost in a menu.
#include "document/edits.h"
#include "document/editsseverity.h"
#include "document/workspacedocument.h"
#include "domain/journeytemplates.h"
#include "journey/journeycanvas.h"
#include "journey/journeyeditor.h"
#include "journey/journeypanel.h"
#include "layout/viewfilter.h"
#include "mainwindow.h"
#include "presentation/presentationwindow.h"
#include "workspace/workspacesidebar.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestWorkshopEdits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typedCellIsKeptWhenTheWindowCloses();
    void typedPanelFieldsAreKeptWhenTheWindowCloses();
    void currentCellShowsBesideTheFrozenHeaders();
    void fieldKeysLeaveTheMenusAlone_data();
    void fieldKeysLeaveTheMenusAlone();
    void makeAnOpportunityShowsTheLinesAsTyped();
    void presentedStageNameFitsTheProjector();
    void frenchSummaryPutsASpaceBeforeTheColon();

private:
    // A SaaS journey in a new file, shown in a window; the canvas has the focus.
    MainWindow *openWindow(const QString &path);
    Workspace reopen(const QString &path) const;

    QTemporaryDir mDir;
};

void TestWorkshopEdits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

MainWindow *TestWorkshopEdits::openWindow(const QString &path)
{
    const Workspace w = JourneyTemplates::makeWorkspace(JourneyTemplates::Kind::Saas,
                                                        JourneyTemplates::Language::English);
    if (!WorkspaceDocument::create(path, w).document)
        return nullptr;
    auto *window = new MainWindow;
    window->resize(1300, 850);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window) || !window->openFile(path)) {
        delete window;
        return nullptr;
    }
    window->sidebar()->selectEntity(EntityKind::Journey,
                                    window->document()->workspace().journeys.front().id);
    window->findChild<JourneyEditor *>()->canvas()->setFocus();
    return window;
}

Workspace TestWorkshopEdits::reopen(const QString &path) const
{
    WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(path);
    return opened.document ? opened.document->workspace() : Workspace();
}

// Typing into a cell, then closing the window (Ctrl+W, Quit, the title bar's ×) before Enter:
// the text is in the file, as it would be had the user clicked elsewhere first.
void TestWorkshopEdits::typedCellIsKeptWhenTheWindowCloses()
{
    const QString path = mDir.filePath(u"cell.parcours"_s);
    MainWindow *window = openWindow(path);
    QVERIFY(window);
    JourneyCanvas *canvas = window->findChild<JourneyEditor *>()->canvas();
    const Journey &j = window->document()->workspace().journeys.front();
    const Id step = j.stages[1].steps[0].id;
    const Id lane = j.lanes[0].id;
    canvas->setCurrent(step, lane);
    QTest::keyClicks(canvas, u"Asks a colleague"_s);
    QVERIFY(canvas->isEditing());
    QVERIFY(window->close());
    delete window;

    const Workspace saved = reopen(path);
    QCOMPARE(saved.journeys.size(), size_t(1));
    const Step *kept = findStep(saved.journeys.front(), step);
    QVERIFY(kept);
    QCOMPARE(kept->cells.value(lane).text, u"Asks a colleague"_s);
}

// The side panel writes a field when it loses focus; closing the window with the cursor still
// in one (a stage's name, its description, the customers entering, the journey's description)
// keeps what was typed there, each in its own field.
void TestWorkshopEdits::typedPanelFieldsAreKeptWhenTheWindowCloses()
{
    const struct
    {
        const char *what;
        int field; // 0 name, 1 description, 2 entering, 3 journey description
    } cases[] = {
        {"stage name", 0}, {"stage description", 1}, {"entering", 2}, {"journey description", 3}};
    for (const auto &c : cases) {
        const QString path = mDir.filePath(u"panel%1.parcours"_s.arg(c.field));
        MainWindow *window = openWindow(path);
        QVERIFY(window);
        auto *editor = window->findChild<JourneyEditor *>();
        const Journey &j = window->document()->workspace().journeys.front();
        const Id stage = j.stages[2].id;
        editor->canvas()->setCurrent(stage, 0);
        QCOMPARE(editor->panel()->stage(), stage);
        auto descriptions = editor->panel()->findChildren<QPlainTextEdit *>();
        QCOMPARE(descriptions.size(), 2);
        QWidget *field = nullptr;
        switch (c.field) {
        case 0: field = editor->panel()->stageNameEdit(); break;
        case 1: field = descriptions[0]; break;
        case 2: field = editor->panel()->enteringBox(); break;
        default: field = descriptions[1]; break;
        }
        field->setFocus();
        QVERIFY(field->hasFocus());
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier); // select all, then type over it
        QTest::keyClicks(field, c.field == 2 ? u"1200"_s : u"Typed here"_s);
        QVERIFY(window->close());
        delete window;

        const Workspace saved = reopen(path);
        QCOMPARE(saved.journeys.size(), size_t(1));
        const Journey &after = saved.journeys.front();
        const Stage &s = after.stages[2];
        switch (c.field) {
        case 0: QVERIFY2(s.name == u"Typed here"_s, c.what); break;
        case 1: QVERIFY2(s.description == u"Typed here"_s, c.what); break;
        case 2: QVERIFY2(s.entering == 1200, c.what); break;
        default: QVERIFY2(after.description == u"Typed here"_s, c.what); break;
        }
    }
}

// The lane names stay at the view's left and the stage names at its top while the cells scroll
// beneath them; the keys bring the current cell into view beside and below them, not under.
void TestWorkshopEdits::currentCellShowsBesideTheFrozenHeaders()
{
    const Workspace w = JourneyTemplates::makeWorkspace(JourneyTemplates::Kind::Saas,
                                                        JourneyTemplates::Language::English);
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(mDir.filePath(u"frozen.parcours"_s), w);
    QVERIFY(created.document);
    JourneyEditor editor;
    editor.resize(900, 560); // far smaller than the journey
    editor.setJourney(created.document.get(), w.journeys.front().id);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    JourneyCanvas *canvas = editor.canvas();
    canvas->setFocus();
    const JourneyLayout *layout = canvas->journeyLayout();
    canvas->setCurrent(layout->stepIdAt(0), layout->laneIdAt(0));

    // The part of the view the frozen headers leave to the cells, in scene coordinates.
    const auto cellsArea = [canvas, layout] {
        const QRectF visible = canvas->mapToScene(canvas->viewport()->rect()).boundingRect();
        const QRectF corner = layout->cornerRect();
        return QRectF(QPointF(std::max(corner.right(), visible.left() + corner.width()),
                              std::max(corner.bottom(), visible.top() + corner.height())),
                      visible.bottomRight());
    };
    QTest::keyClick(canvas, Qt::Key_End, Qt::ControlModifier); // the last cell: scrolled away
    QVERIFY(canvas->horizontalScrollBar()->value() > 0);
    QVERIFY(canvas->verticalScrollBar()->value() > 0);
    QVERIFY(cellsArea().contains(canvas->currentRect()));

    QTest::keyClick(canvas, Qt::Key_Home); // the first cell of the last row
    QCOMPARE(canvas->currentStage(), layout->stepIdAt(0));
    QVERIFY2(canvas->currentRect().left() >= cellsArea().left() - 0.5,
             "the first column is under the lane names");
    QTest::keyClick(canvas, Qt::Key_Home, Qt::ControlModifier); // the first cell of the first row
    QCOMPARE(canvas->currentLane(), layout->laneIdAt(0));
    QVERIFY2(canvas->currentRect().top() >= cellsArea().top() - 0.5,
             "the first row is under the stage names");

    // Walking left from the last column with the arrows: each cell shows as it becomes current.
    QTest::keyClick(canvas, Qt::Key_End);
    for (int column = layout->columnCount() - 2; column >= 0; --column) {
        QTest::keyClick(canvas, Qt::Key_Left);
        QVERIFY2(cellsArea().contains(canvas->currentRect()),
                 qPrintable(u"column %1"_s.arg(column)));
    }
}

void TestWorkshopEdits::fieldKeysLeaveTheMenusAlone_data()
{
    QTest::addColumn<bool>("french");
    QTest::newRow("English") << false;
    QTest::newRow("French") << true;
}

// On the journey page, Alt and a letter opens the menu bar's menu of that letter (Alt+E: Edit,
// Alt+D: Édition), never a side-panel field whose label has the same letter, and no two of the
// page's fields share one.
void TestWorkshopEdits::fieldKeysLeaveTheMenusAlone()
{
    QFETCH(bool, french);
    QTranslator translator;
    if (french) {
        QVERIFY(translator.load(u":/i18n/parcours_fr.qm"_s));
        QCoreApplication::installTranslator(&translator);
    }
    const auto mnemonic = [](QString text) -> QChar {
        text.remove(u"&&"_s);
        const qsizetype at = text.indexOf(u'&');
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    MainWindow *window
        = openWindow(mDir.filePath(french ? u"keysfr.parcours"_s : u"keysen.parcours"_s));
    QVERIFY(window);
    QHash<QChar, QString> taken;
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->isVisible() && !mnemonic(menu->text()).isNull())
            taken.insert(mnemonic(menu->text()), menu->text());
    }
    QVERIFY(taken.size() >= 5);
    QStringList clashes;
    auto *editor = window->findChild<JourneyEditor *>();
    for (const QLabel *label : editor->findChildren<QLabel *>()) {
        const QChar key = mnemonic(label->text());
        if (!label->buddy() || !label->isVisible() || key.isNull())
            continue;
        if (taken.contains(key))
            clashes << taken.value(key) + u" / "_s + label->text();
        taken.insert(key, label->text());
    }
    if (french)
        QCoreApplication::removeTranslator(&translator);
    delete window;
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

// A pain point's "&" shows in the Make an Opportunity menu as typed (a menu takes it for a
// mnemonic otherwise: "Fees  taxes"), and the opportunity made from it keeps the line whole.
void TestWorkshopEdits::makeAnOpportunityShowsTheLinesAsTyped()
{
    const Workspace w = JourneyTemplates::makeWorkspace(JourneyTemplates::Kind::Saas,
                                                        JourneyTemplates::Language::English);
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(mDir.filePath(u"amp.parcours"_s), w);
    QVERIFY(created.document);
    WorkspaceDocument &doc = *created.document;
    JourneyEditor editor;
    editor.resize(1000, 600);
    const Journey &j = doc.workspace().journeys.front();
    editor.setJourney(&doc, j.id);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    Id pains = 0;
    for (const Lane &lane : j.lanes) {
        if (lane.name == u"Pain points"_s)
            pains = lane.id;
    }
    QVERIFY(pains);
    const Id step = j.stages[0].steps[0].id;
    const QString line = u"Fees & taxes unclear until checkout"_s;
    QVERIFY(Edit::setField(doc, EntityRef::cell(j.id, step, pains), Field::CellText,
                           line + u"\nSlow sign-up"_s));
    editor.canvas()->setFocus();
    editor.canvas()->setCurrent(step, pains);
    auto *menu = editor.findChild<QMenu *>(u"makeOpportunityMenu"_s);
    QVERIFY(menu);
    emit menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 2);
    QAction *first = menu->actions().constFirst();
    QCOMPARE(first->iconText(), line); // what the menu shows, its mnemonic marks taken out
    const size_t before = doc.workspace().opportunities.size();
    first->trigger();
    QCOMPARE(doc.workspace().opportunities.size(), before + 1);
    QCOMPARE(doc.workspace().opportunities.back().title, line);

    // The same with a lane's and a stage's names: the Lanes menu, Draw Arrow To.
    QVERIFY(Edit::setField(doc, EntityRef::lane(j.id, pains), Field::LaneName, u"Pains & gains"_s));
    QVERIFY(Edit::setField(doc, EntityRef::stage(j.id, j.stages[1].id), Field::StageName,
                           u"Try & buy"_s));
    auto *lanes = editor.findChild<QMenu *>(u"lanesMenu"_s);
    QVERIFY(lanes);
    emit lanes->aboutToShow();
    QStringList shown;
    for (const QAction *a : lanes->actions())
        shown << a->iconText();
    QVERIFY2(shown.contains(u"Pains & gains"_s), qPrintable(shown.join(u", "_s)));
    auto *arrows = editor.findChild<QMenu *>(u"arrowToMenu"_s);
    QVERIFY(arrows);
    emit arrows->aboutToShow();
    shown.clear();
    for (const QAction *a : arrows->actions())
        shown << a->iconText();
    QVERIFY2(shown.contains(u"Try & buy — Pains & gains"_s), qPrintable(shown.join(u", "_s)));
}

// On a 1024 × 768 projector the stage's name, the largest text, was cut after a few letters
// ("Cons"): the title beside it took the line. The name shows whole when it fits, or ends with
// "…"; "stage 2 of 7" always shows; markup in a name is shown as typed.
void TestWorkshopEdits::presentedStageNameFitsTheProjector()
{
    const Workspace w = JourneyTemplates::makeWorkspace(JourneyTemplates::Kind::Saas,
                                                        JourneyTemplates::Language::English);
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(mDir.filePath(u"present.parcours"_s), w);
    QVERIFY(created.document);
    WorkspaceDocument &doc = *created.document;
    const Journey &j = doc.workspace().journeys.front();
    const QString longName = u"Onboarding with the whole team and its first real project"_s;
    QVERIFY(
        Edit::setField(doc, EntityRef::stage(j.id, j.stages[0].id), Field::StageName, longName));
    QVERIFY(Edit::setField(doc, EntityRef::stage(j.id, j.stages[2].id), Field::StageName,
                           u"<b>Trial</b>"_s));
    PresentationWindow window(&doc, j.id, ViewFilter());
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *name = window.findChild<QLabel *>(u"presentationStageName"_s);
    auto *title = window.findChild<QLabel *>(u"presentationTitle"_s);
    QVERIFY(name && title);
    const auto fits = [](const QLabel *label) {
        return QFontMetrics(label->font()).horizontalAdvance(label->text())
            <= label->contentsRect().width();
    };
    const QString position = u"stage %1 of %2"_s;
    const int stages = int(j.stages.size());
    for (int stage = 0; stage < 3; ++stage) {
        QApplication::processEvents();
        const QString shown = name->text();
        QVERIFY2(fits(name), qPrintable(shown));
        QVERIFY2(fits(title), qPrintable(title->text()));
        QVERIFY2(title->text().endsWith(position.arg(stage + 1).arg(stages)),
                 qPrintable(title->text()));
        QCOMPARE(window.currentStageName(), j.stages[size_t(stage)].name);
        if (stage == 0) { // too long: cut with an ellipsis, most of the line its own
            QVERIFY2(shown.endsWith(u'\u2026') && shown.size() > 12, qPrintable(shown));
            QVERIFY(longName.startsWith(shown.chopped(1)));
        } else { // whole
            QCOMPARE(shown, j.stages[size_t(stage)].name);
        }
        QTest::keyClick(&window, Qt::Key_Right);
    }
    QCOMPARE(name->textFormat(), Qt::PlainText); // "<b>Trial</b>" as typed
}

// The side panel's summary in French: "Inscription → Essai : 50 %", "Essai : 1 abandon", with
// the no-break spaces French puts before a colon and a percent sign, not "Essai: 1 abandon".
void TestWorkshopEdits::frenchSummaryPutsASpaceBeforeTheColon()
{
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/parcours_fr.qm"_s));
    QCoreApplication::installTranslator(&translator);
    const Workspace w = JourneyTemplates::makeWorkspace(JourneyTemplates::Kind::Saas,
                                                        JourneyTemplates::Language::French);
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(mDir.filePath(u"summaryfr.parcours"_s), w);
    QVERIFY(created.document);
    WorkspaceDocument &doc = *created.document;
    const Journey &j = doc.workspace().journeys.front();
    QVERIFY(Edit::setField(doc, EntityRef::stage(j.id, j.stages[0].id), Field::StageEntering,
                           qint64(1000)));
    QVERIFY(Edit::setField(doc, EntityRef::stage(j.id, j.stages[1].id), Field::StageEntering,
                           qint64(500)));
    Id pains = 0;
    for (const Lane &lane : j.lanes) {
        if (lane.kind == LaneKind::Text && lane.name.startsWith(u"Point"_s))
            pains = lane.id;
    }
    QVERIFY(pains);
    const Id step = j.stages[1].steps[0].id;
    QVERIFY(
        Edit::setField(doc, EntityRef::cell(j.id, step, pains), Field::CellText, u"Trop lent"_s));
    QVERIFY(Edit::setLineSeverity(doc, j.id, step, pains, 0, PainSeverity::Abandonment));
    JourneyEditor editor;
    editor.setJourney(&doc, j.id);
    editor.resize(1100, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const QString summary = editor.panel()->findChild<QLabel *>(u"journeySummary"_s)->text();
    QCoreApplication::removeTranslator(&translator);
    const QString second = j.stages[1].name.toHtmlEscaped();
    QVERIFY2(summary.contains(u" \u2192 "_s + second + u"\u00a0: 50\u00a0%"_s),
             qPrintable(summary));
    QVERIFY2(summary.contains(second + u"\u00a0: 1 "_s), qPrintable(summary));
}

QTEST_MAIN(TestWorkshopEdits)
#include "tst_workshopedits.moc"
