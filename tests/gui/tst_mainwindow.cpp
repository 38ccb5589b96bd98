#include "common/preferences.h"
#include "document/edits.h"
#include "document/workspacedocument.h"
#include "itemmodels/workspaceoutlinemodel.h"
#include "journey/journeycanvas.h"
#include "journey/journeyeditor.h"
#include "language.h"
#include "mainwindow.h"
#include "posters/posterdialog.h"
#include "store/workspacestore.h"
#include "usecases/usecasemapeditor.h"
#include "workspace/importexport.h"
#include "workspace/welcomepage.h"
#include "workspace/workspaceoverview.h"
#include "workspace/workspacesidebar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>

#include <functional>
#include <memory>

using namespace Parcours;
using namespace Qt::StringLiterals;

// Drives the main window offscreen as a user would, through its menu actions.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createAddPersonaUndoRedo();
    void sampleOpensWithPersonasAndJourney();
    void overviewNamesTheWorkspaceAndLeadsToEachMap();
    void importAndExportThroughFileMenu();
    void untitledWorkLeftByACrashIsOfferedAndKept();
    void startsOnWelcomePageUnlessAskedToReopen();
    void sampleIsNamedInRecentFiles();
    void saveAsNamesTheNewFileAtOnce();
    void standardShortcuts();
    void editMenuActsOnTheFocusedEditor();
    void toolbarsFitAndEveryActionIsInAMenu_data();
    void toolbarsFitAndEveryActionIsInAMenu();
    void posterExportSaysWhatWasWritten();

private:
    static QAction *findAction(QWidget *window, const QString &text);
    static QAction *menuAction(QWidget *window, const QString &menu, const QString &text);
};

namespace {

// Runs `handle` on the next modal dialog of type T once it shows (from its own event loop).
template<typename T>
void onNextModal(std::function<void(T *)> handle)
{
    auto *timer = new QTimer(qApp); // deleted with the application if a test ends first
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
        }
    });
    timer->start();
}

// Chooses `path` in the next file dialog, with its filter for `format` ("Mermaid user
// journey"), then runs `then` (to expect the next dialog). Tries again until that dialog
// closes: it loads its folder in a thread and may reset the name meanwhile.
void chooseFile(const QString &format, const QString &path,
                const std::function<void()> &then = nullptr)
{
    auto *timer = new QTimer(qApp); // deleted with the application if a test ends first
    timer->setInterval(50);
    auto target = std::make_shared<QPointer<QFileDialog>>();
    auto handled = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, [timer, target, handled, format, path, then] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (*handled && (!*target || !(*target)->isVisible())) {
            timer->stop(); // closed: done
            timer->deleteLater();
            return;
        }
        if (!dialog || (*handled && dialog != *target))
            return;
        *target = dialog;
        for (const QString &filter : dialog->nameFilters()) {
            if (filter.startsWith(format))
                dialog->selectNameFilter(filter);
        }
        dialog->setDirectory(QFileInfo(path).absolutePath());
        dialog->selectFile(path);
        if (auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s))
            name->setText(path); // absolute: whatever folder the dialog shows
        if (!*handled && then)
            then();
        *handled = true;
        // Queued: a message box it may open must not run inside this timer's slot.
        QTimer::singleShot(0, dialog, [dialog] { static_cast<QDialog *>(dialog)->accept(); });
    });
    timer->start();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QAction *TestMainWindow::findAction(QWidget *window, const QString &text)
{
    const auto actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    return nullptr;
}

// An action of a menu bar menu, by the menu's and the action's texts without '&'.
QAction *TestMainWindow::menuAction(QWidget *window, const QString &menu, const QString &text)
{
    for (QAction *top : window->findChild<QMenuBar *>()->actions()) {
        if (!top->menu() || top->text().remove(u'&') != menu)
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text().remove(u'&') == text)
                return action;
        }
    }
    return nullptr;
}

void TestMainWindow::createAddPersonaUndoRedo()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    findAction(&window, u"New Workspace"_s)->trigger();
    WorkspaceDocument *doc = window.document();
    QVERIFY(doc);
    QVERIFY(doc->isUntitled());

    QAction *addPersona = findAction(&window, u"Add Persona"_s);
    QVERIFY(addPersona && addPersona->isEnabled());
    addPersona->trigger();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // leave the name editor
    auto *outline = qobject_cast<WorkspaceOutlineModel *>(window.sidebar()->model());
    const QModelIndex personas = outline->groupIndex(WorkspaceOutlineModel::PersonasGroup);
    QCOMPARE(outline->rowCount(personas), 1);
    QCOMPARE(doc->workspace().personas.size(), size_t(1));

    // Rename through the sidebar model, as the in-place editor does.
    QVERIFY(outline->setData(outline->index(0, 0, personas), u"Marketing lead"_s));
    QCOMPARE(doc->workspace().personas[0].name, u"Marketing lead"_s);

    QAction *undo = findAction(&window, u"Undo Change persona"_s);
    QVERIFY(undo);
    undo->trigger();
    QCOMPARE(doc->workspace().personas[0].name, u"New persona"_s);
    findAction(&window, u"Undo Add persona"_s)->trigger();
    QCOMPARE(outline->rowCount(personas), 0);
    findAction(&window, u"Redo Add persona"_s)->trigger();
    QCOMPARE(outline->rowCount(personas), 1);
    QCOMPARE(window.sidebar()->model()->data(outline->index(0, 0, personas)).toString(),
             u"New persona"_s);
    QVERIFY(window.windowTitle().contains(u"Untitled"_s));

    // Back to the state it was opened in: closing discards the untitled file silently.
    const QString file = doc->filePath();
    doc->undoStack()->undo();
    QVERIFY(QFile::exists(file));
    QVERIFY(window.close());
    QVERIFY(!QFile::exists(file));
}

void TestMainWindow::sampleOpensWithPersonasAndJourney()
{
    MainWindow window;
    QVERIFY(window.openSample());
    const Workspace &w = window.document()->workspace();
    QVERIFY(w.personas.size() >= 2);
    QCOMPARE(w.journeys.size(), size_t(1));
    QVERIFY(w.journeys.front().stages.size() >= 6);
    QVERIFY(!w.personas.front().useCases.empty());
    QVERIFY(window.windowTitle().contains(u"HomeFinder"_s));
    const QString file = window.document()->filePath();
    QVERIFY(QFile::exists(file));
    QVERIFY(window.close()); // untouched: no question, the copy is removed
    QVERIFY(!QFile::exists(file));
}

// With nothing selected, the window shows the workspace itself: its name and product to
// edit (undoably), where each persona and journey stands, and links to their editors.
void TestMainWindow::overviewNamesTheWorkspaceAndLeadsToEachMap()
{
    MainWindow window;
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSample());
    WorkspaceDocument *doc = window.document();
    auto *overview = window.findChild<WorkspaceOverview *>();
    QVERIFY(overview);
    QVERIFY(overview->isVisible());

    const QString text = overview->summary()->toPlainText();
    QVERIFY2(text.contains(u"1 of 2 personas in the forgotten zone today, 1 with planned"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Home buyer\n3\n1 of 1 segment"_s), qPrintable(text));
    QVERIFY2(text.contains(u"\u25BD forgotten zone"_s), qPrintable(text)); // not colour alone
    QVERIFY2(text.contains(u"Consideration \u2192 Sign-up: 1,700 lost (65 %)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Lowest step"_s), qPrintable(text)); // issue 18
    QVERIFY2(text.contains(u"Activation, \u22122"_s), qPrintable(text));

    // The name posters are titled with: one undoable edit.
    const QString before = doc->workspace().info.name;
    QCOMPARE(overview->nameEdit()->text(), before);
    overview->nameEdit()->setFocus();
    overview->nameEdit()->selectAll();
    QTest::keyClicks(overview->nameEdit(), u"Spring workshop"_s);
    QTest::keyClick(overview->nameEdit(), Qt::Key_Return);
    QCOMPARE(doc->workspace().info.name, u"Spring workshop"_s);
    doc->undoStack()->undo();
    QCOMPARE(doc->workspace().info.name, before);
    QTRY_COMPARE(overview->nameEdit()->text(), before); // shown, focus or not

    // A change elsewhere shows up.
    const Id homeBuyer = doc->workspace().personas.front().id;
    QVERIFY(Edit::setField(*doc, EntityRef::persona(homeBuyer), Field::PersonaName,
                           u"First-time buyer"_s));
    QVERIFY(!overview->summary()->toPlainText().contains(u"First-time buyer"_s)); // not yet:
    QTRY_VERIFY(overview->summary()->toPlainText().contains(u"First-time buyer"_s)); // once

    // Names lead to their editors, the last line to the dashboard.
    emit overview->summary()->anchorClicked(QUrl(u"persona:%1"_s.arg(homeBuyer)));
    QCOMPARE(window.sidebar()->currentEntity(), EntityRef::persona(homeBuyer));
    QVERIFY(!overview->isVisible());
    window.sidebar()->setCurrentIndex({});
    QVERIFY(overview->isVisible());
    const Id journey = doc->workspace().journeys.front().id;
    emit overview->summary()->anchorClicked(QUrl(u"journey:%1"_s.arg(journey)));
    QCOMPARE(window.sidebar()->currentEntity(), EntityRef::journey(journey));
    window.sidebar()->setCurrentIndex({});
    emit overview->summary()->anchorClicked(QUrl(u"dashboard"_s));
    QCOMPARE(window.sidebar()->currentIndex(),
             qobject_cast<WorkspaceOutlineModel *>(window.sidebar()->model())
                 ->groupIndex(WorkspaceOutlineModel::DashboardGroup));
}

void TestMainWindow::importAndExportThroughFileMenu()
{
    QTemporaryDir dir;
    const QString diagram = dir.filePath(u"day.mmd"_s);
    writeFile(diagram,
              "journey\n  title My day\n  section Morning\n    Make tea: 7: Me\n"
              "    Read: 4: Me, Cat\n");
    const QString broken = dir.filePath(u"broken.csv"_s);
    writeFile(broken,
              "journey,stage_order,stage,lane,value,assessment,emotion,duration,entering\n"
              "Trial,1,Sign-up,Actions,x,,,,\n"
              "Trial,one,Sign-up,Actions,y,,,,\n");

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    findAction(&window, u"New Workspace"_s)->trigger();
    WorkspaceDocument *doc = window.document();
    QVERIFY(doc);
    QAction *importAction = findAction(&window, u"Import…"_s);
    QVERIFY(importAction && importAction->isEnabled());

    // A file with a warning: imported, then the warning is listed with its line.
    QStringList reported;
    chooseFile(u"Mermaid user journey"_s, diagram, [&reported] {
        onNextModal<ImportReportDialog>([&reported](ImportReportDialog *report) {
            reported = QStringList {report->summary()} + report->messages();
            report->accept();
        });
    });
    importAction->trigger();
    QCOMPARE(reported,
             (QStringList {u"day.mmd was imported. Check these warnings:"_s,
                           u"day.mmd:4: warning: score 7 is outside 1…5; imported as 5"_s}));
    const Workspace &w = doc->workspace();
    QCOMPARE(w.journeys.size(), size_t(1));
    QCOMPARE(w.journeys[0].name, u"My day"_s);
    QCOMPARE(w.personas.size(), size_t(2));
    QCOMPARE(doc->undoStack()->count(), 1); // one undo step
    QCOMPARE(doc->undoStack()->undoText(), u"Import day.mmd"_s);

    // A file with errors: nothing imported, the errors listed with their lines. The dialog
    // was left on another CSV format: the file's header says what it is.
    reported.clear();
    chooseFile(u"Use-case maps (CSV)"_s, broken, [&reported] {
        onNextModal<ImportReportDialog>([&reported](ImportReportDialog *report) {
            reported = QStringList {report->summary()} + report->messages();
            report->accept();
        });
    });
    importAction->trigger();
    QCOMPARE(reported.size(), 2);
    QCOMPARE(reported[0], u"Nothing was imported from broken.csv. Fix these problems first:"_s);
    QCOMPARE(reported[1], u"broken.csv:3: stage_order \"one\" is not a whole number from 1"_s);
    QCOMPARE(doc->workspace().journeys.size(), size_t(1));
    QCOMPARE(doc->undoStack()->count(), 1);

    // Export of the journey selected in the sidebar.
    window.sidebar()->selectEntity(EntityKind::Journey, doc->workspace().journeys[0].id);
    const QString exported = dir.filePath(u"out"_s);
    chooseFile(u"Mermaid user journey"_s, exported);
    findAction(&window, u"Export…"_s)->trigger();
    QFile out(exported + u".mmd"_s); // the format's extension is added
    QVERIFY(out.open(QIODevice::ReadOnly));
    QVERIFY(out.readAll().startsWith("journey\n    title My day\n"));

    doc->undoStack()->undo();
    QCOMPARE(doc->workspace().journeys.size(), size_t(0));
    QVERIFY(window.close()); // back to untouched: no question
}

void TestMainWindow::untitledWorkLeftByACrashIsOfferedAndKept()
{
    // What a session that crashed leaves behind: its untitled workspace, in the app's folder.
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/untitled"_s;
    QVERIFY(QDir().mkpath(folder));
    const QStringList earlier = QDir(folder).entryList({u"*.parcours"_s}, QDir::Files);
    for (const QString &file : earlier)
        QFile::remove(folder + u'/' + file); // other tests' (test mode has a folder of its own)
    const QString leftover = folder + u"/Untitled-20260101-090000-000.parcours"_s;
    QFile::remove(leftover);
    Workspace w;
    Persona p;
    p.id = 7;
    p.name = u"Typed before the crash"_s;
    w.personas.push_back(p);
    QVERIFY(WorkspaceStore::create(leftover, w).store);
    QVERIFY(MainWindow::unsavedWorkspaces().contains(leftover));

    // At startup the window offers it; "Open" opens it, still asking to be saved somewhere.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString question;
    onNextModal<QMessageBox>([&question](QMessageBox *box) {
        question = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == u"Open"_s)
                button->click();
        }
    });
    window.offerRecovery();
    QVERIFY2(question.contains(u"without saving an untitled workspace"_s), qPrintable(question));
    QVERIFY(window.document());
    QCOMPARE(window.document()->workspace().personas.front().name, u"Typed before the crash"_s);
    QVERIFY(window.document()->isUntitled());
    QVERIFY(!MainWindow::unsavedWorkspaces().contains(leftover)); // open here now

    // Closing it untouched does not throw the earlier work away: it asks first.
    onNextModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
    QVERIFY(!window.closeWorkspace());
    QVERIFY(QFile::exists(leftover));
    QVERIFY(window.document());
    onNextModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
    QVERIFY(window.closeWorkspace());
    QVERIFY(!QFile::exists(leftover));
    QVERIFY(!window.document());
}

namespace {

QString savedState(const MainWindow &window)
{
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        if (label->text().startsWith(u"\u2713"_s) || label->text().startsWith(u"\u26A0"_s))
            return label->text();
    }
    return {};
}

// Every action in the menu bar's menus and their submenus.
void collectMenuActions(const QList<QAction *> &actions, QSet<QAction *> &into)
{
    for (QAction *action : actions) {
        into.insert(action);
        // A page's menu entry for a toolbar action stands for it.
        if (auto *original = action->property("pageAction").value<QAction *>())
            into.insert(original);
        if (action->menu())
            collectMenuActions(action->menu()->actions(), into);
    }
}

} // namespace

// Started without a file, the window shows the welcome page (the sample is one choice
// there); "Reopen last workspace on start" opens the last workspace instead.
void TestMainWindow::startsOnWelcomePageUnlessAskedToReopen()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"workshop.parcours"_s);
    Workspace w;
    w.info.name = u"Workshop"_s;
    QVERIFY(WorkspaceStore::create(file, w).store);
    {
        MainWindow earlier;
        QVERIFY(earlier.openFile(file));
        QVERIFY(earlier.close());
    }
    Preferences::setReopenLastWorkspace(false);
    {
        MainWindow window;
        QVERIFY(!window.openLastWorkspace());
        QCOMPARE(window.pages()->currentWidget(), window.welcomePage());
        QVERIFY(!window.document());
    }
    Preferences::setReopenLastWorkspace(true);
    {
        MainWindow window;
        QVERIFY(window.openLastWorkspace());
        QVERIFY(window.document());
        QCOMPARE(window.document()->filePath(), file);
        QVERIFY(window.close());
    }
    Preferences::setReopenLastWorkspace(false);
}

// The sample, opened on purpose, is listed in Recent under its own name.
void TestMainWindow::sampleIsNamedInRecentFiles()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openSample());
    MainWindow other; // its welcome page lists recent workspaces
    const QListWidget *recent = other.welcomePage()->recentList();
    QVERIFY(recent->count() > 0);
    const QString first = recent->item(0)->data(Qt::AccessibleTextRole).toString();
    QVERIFY2(first.startsWith(u"Sample \u2014 HomeFinder"_s), qPrintable(first));
    QVERIFY(!recent->item(0)->text().contains(u"Untitled-"_s));
    QVERIFY(window.close());
}

// After Save As, the title and the status name the new file at once, and later edits are
// saved there.
void TestMainWindow::saveAsNamesTheNewFileAtOnce()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSample());
    QCOMPARE(savedState(window), u"\u2713 Saved (untitled)"_s);
    const QString path = dir.filePath(u"homefinder-workshop.parcours"_s);
    chooseFile(u"Parcours workspaces"_s, path);
    findAction(&window, u"Save As…"_s)->trigger();
    QTRY_VERIFY(QFile::exists(path));
    QCOMPARE(window.document()->filePath(), path);
    QVERIFY2(window.windowTitle().contains(u"homefinder-workshop.parcours"_s),
             qPrintable(window.windowTitle()));
    QCOMPARE(savedState(window), u"\u2713 All changes saved to homefinder-workshop.parcours"_s);

    window.addPersona();
    if (QWidget *editor = QApplication::focusWidget())
        QTest::keyClick(editor, Qt::Key_Escape); // leave the name editor
    QCOMPARE(savedState(window), u"\u2713 All changes saved to homefinder-workshop.parcours"_s);
    QVERIFY(window.close());
    const auto reopened = WorkspaceStore::open(path);
    QVERIFY(reopened.store);
    QCOMPARE(reopened.workspace.personas.size(), size_t(3));
}

// Save As has Ctrl+Shift+S wherever the platform gives it no key; the standard keys are used
// wherever they exist.
void TestMainWindow::standardShortcuts()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openSample());
    bool asked = false;
    onNextModal<QFileDialog>([&asked](QFileDialog *dialog) {
        asked = true;
        dialog->reject();
    });
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(asked);

    QCOMPARE(findAction(&window, u"Redo"_s)->shortcuts(),
             QKeySequence::keyBindings(QKeySequence::Redo));
    QVERIFY(!findAction(&window, u"Print Preview…"_s)->shortcut().isEmpty());
    QCOMPARE(menuAction(&window, u"Edit"_s, u"Select All"_s)->shortcut(),
             QKeySequence(QKeySequence::SelectAll));
    QCOMPARE(menuAction(&window, u"Edit"_s, u"Delete"_s)->shortcut(),
             QKeySequence(QKeySequence::Delete));
    QCOMPARE(menuAction(&window, u"Edit"_s, u"Find…"_s)->shortcut(),
             QKeySequence(QKeySequence::Find));
    QVERIFY(window.close());
}

// Edit > Cut, Copy, Paste, Select All act on the focused editor, as its own keys do.
void TestMainWindow::editMenuActsOnTheFocusedEditor()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openSample());
    for (const QString &text :
         {u"Cut"_s, u"Copy"_s, u"Paste"_s, u"Delete"_s, u"Select All"_s, u"Find…"_s})
        QVERIFY2(menuAction(&window, u"Edit"_s, text), qPrintable(text));

    // A text field: the workspace name on the overview.
    auto *name = window.findChild<WorkspaceOverview *>()->nameEdit();
    name->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), name);
    menuAction(&window, u"Edit"_s, u"Select All"_s)->trigger();
    QCOMPARE(name->selectedText(), u"Sample \u2014 HomeFinder"_s);
    menuAction(&window, u"Edit"_s, u"Copy"_s)->trigger();
    QCOMPARE(QApplication::clipboard()->text(), u"Sample \u2014 HomeFinder"_s);
    name->end(false);
    menuAction(&window, u"Edit"_s, u"Paste"_s)->trigger();
    QCOMPARE(name->text(), u"Sample \u2014 HomeFinderSample \u2014 HomeFinder"_s);

    // Find: the use-case map's search field.
    const Id persona = window.document()->workspace().personas.front().id;
    window.sidebar()->selectEntity(EntityKind::Persona, persona);
    QAction *find = menuAction(&window, u"Edit"_s, u"Find…"_s);
    QVERIFY(find->isEnabled());
    find->trigger();
    auto *search = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(search);
    QCOMPARE(search->placeholderText(), u"Search…"_s);

    // The journey canvas: Copy copies the current cell as its own Ctrl+C does.
    const Journey &journey = window.document()->workspace().journeys.front();
    window.sidebar()->selectEntity(EntityKind::Journey, journey.id);
    JourneyCanvas *canvas = window.findChild<JourneyEditor *>()->canvas();
    canvas->setCurrent(journey.stages.front().id, 0); // the stage's header: its name
    canvas->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), canvas);
    QApplication::clipboard()->clear();
    QTest::keyClick(canvas, Qt::Key_C, Qt::ControlModifier);
    const QString byKey = QApplication::clipboard()->text();
    QVERIFY(!byKey.isEmpty());
    QApplication::clipboard()->clear();
    menuAction(&window, u"Edit"_s, u"Copy"_s)->trigger();
    QCOMPARE(QApplication::clipboard()->text(), byKey);

    window.document()->undoStack()->setIndex(0);
    QVERIFY(window.close());
}

void TestMainWindow::toolbarsFitAndEveryActionIsInAMenu_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("fr") << u"fr"_s;
}

// At the default size, in English and French, no toolbar hides an action behind », and
// every toolbar action is in a menu too.
void TestMainWindow::toolbarsFitAndEveryActionIsInAMenu()
{
    QFETCH(QString, language);
    QVERIFY(Language::install(language));
    const auto english = qScopeGuard([] { Language::install(u"en"_s); });
    QSettings().remove(u"window"_s); // a first start: the default size and layout
    MainWindow window;
    window.resize(1100, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSample());
    QSet<QAction *> inMenus;
    collectMenuActions(window.findChild<QMenuBar *>()->actions(), inMenus);
    const Workspace &w = window.document()->workspace();
    const std::pair<EntityKind, Id> pages[] = {{EntityKind::Workspace, 0},
                                               {EntityKind::Persona, w.personas.front().id},
                                               {EntityKind::Journey, w.journeys.front().id}};
    for (const auto &[kind, id] : pages) {
        if (kind == EntityKind::Workspace)
            window.sidebar()->setCurrentIndex({});
        else
            window.sidebar()->selectEntity(kind, id);
        QApplication::processEvents();
        for (QToolBar *toolbar : window.findChildren<QToolBar *>()) {
            if (!toolbar->isVisible())
                continue;
            auto *extension = toolbar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
            QVERIFY2(!extension || !extension->isVisible(),
                     qPrintable(u"%1: the toolbar of %2 overflows"_s.arg(
                         language,
                         QLatin1StringView(
                             window.pages()->currentWidget()->metaObject()->className()))));
            for (QAction *action : toolbar->actions()) {
                if (action->isSeparator() || qobject_cast<QWidgetAction *>(action))
                    continue;
                QVERIFY2(inMenus.contains(action), qPrintable(action->text()));
            }
        }
    }
    QVERIFY(window.close());
}

// Exporting a poster from the window says in the status bar what was written, with Open and
// Show in folder.
void TestMainWindow::posterExportSaysWhatWasWritten()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSample());
    window.sidebar()->selectEntity(EntityKind::Journey,
                                   window.document()->workspace().journeys.front().id);
    const QString path = dir.filePath(u"journey.pdf"_s);
    onNextModal<PosterDialog>([path](PosterDialog *dialog) {
        if (dialog->exportTo(path).ok)
            dialog->accept();
        else
            dialog->reject();
    });
    findAction(&window, u"Export Poster or PDF…"_s)->trigger();
    QVERIFY(QFile::exists(path));
    auto *notice = window.statusBar()->findChild<QLabel *>(u"exportNotice"_s);
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"Wrote journey.pdf: "_s), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(u"sheet"_s), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(u">Open</a>"_s));
    QVERIFY(notice->text().contains(u">Show in folder</a>"_s));
    QVERIFY(window.close());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
