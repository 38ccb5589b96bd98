// MainWindow's menus and toolbar, and the Edit menu's routing to the focused editor.
#include "mainwindow.h"

#include "common/helpdialog.h"
#include "common/preferencesdialog.h"
#include "dashboard/dashboardpage.h"
#include "document/workspacedocument.h"
#include "itemmodels/workspaceoutlinemodel.h"
#include "journey/journeycanvas.h"
#include "journey/journeyeditor.h"
#include "opportunities/opportunityboard.h"
#include "opportunities/usecaseopportunities.h"
#include "opportunities/votemode.h"
#include "posters/postercontent.h"
#include "posters/posterdialog.h"
#include "presentation/presentationwindow.h"
#include "usecases/usecasemapeditor.h"
#include "workspace/importexport.h"
#include "workspace/sharedbanner.h"
#include "workspace/sharedworkspacedialog.h"
#include "workspace/welcomepage.h"
#include "workspace/workspacesidebar.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUrl>
#include <QWhatsThis>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QIcon icon(const QString &name)
{
    return QIcon(u":/icons/%1.svg"_s.arg(name));
}

// The status-bar tip and What's This text of an action (its tooltip stays its name).
void describe(QAction *action, const QString &whatsThis)
{
    action->setStatusTip(whatsThis);
    action->setWhatsThis(whatsThis);
}

// The platform's keys for `key`, or `fallback` where it has none (Save As has none on
// Windows, KDE and plain X11; Quit none on some desktops).
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence &fallback = {})
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty() && !fallback.isEmpty())
        keys << fallback;
    return keys;
}

// `text` with an accelerator not yet in `taken`: a word's first letter, else any letter.
QString withAccelerator(const QString &text, QString &taken)
{
    if (text.contains(u'&'))
        return text;
    auto tryAt = [&](qsizetype i) {
        const QChar c = text.at(i).toLower();
        if (!c.isLetter() || taken.contains(c))
            return false;
        taken += c;
        return true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if ((i == 0 || text.at(i - 1).isSpace()) && tryAt(i))
            return QString(text).insert(i, u'&');
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (tryAt(i))
            return QString(text).insert(i, u'&');
    }
    return u'&' + text; // every letter taken: Alt+first letter cycles
}

// The accelerators `menu` uses already, and `title`'s.
QString acceleratorsOf(const QMenu *menu, const QString &title = {})
{
    QStringList texts {title};
    if (menu) {
        for (const QAction *existing : menu->actions())
            texts << existing->text();
    }
    QString taken;
    for (const QString &text : std::as_const(texts)) {
        const qsizetype at = text.indexOf(u'&');
        if (at >= 0 && at + 1 < text.size())
            taken += text.at(at + 1).toLower();
    }
    return taken;
}

// A menu entry for a page's command: the same command, state and keys, with an accelerator.
// The command keeps its shortcuts (a second one would make the key ambiguous); the entry
// shows them.
void addMenuEntry(QMenu *menu, QAction *action, QString &taken)
{
    QAction *entry = menu->addAction(withAccelerator(action->text(), taken));
    entry->setProperty("pageAction", QVariant::fromValue(action));
    QObject::connect(entry, &QAction::triggered, action, &QAction::trigger);
    auto follow = [entry, action] {
        entry->setEnabled(action->isEnabled());
        entry->setVisible(action->isVisible());
        entry->setCheckable(action->isCheckable());
        entry->setChecked(action->isChecked());
        entry->setStatusTip(action->toolTip());
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        const QString name = entry->text().section(u'\t', 0, 0);
        entry->setText(keys.isEmpty() ? name : name + u'\t' + keys);
    };
    QObject::connect(action, &QAction::changed, entry, follow);
    follow();
}

// Copies a page's toolbar into `menu`: its commands, and the menus of its drop-down buttons.
void addToolBarActions(QMenu *menu, const QToolBar *toolbar)
{
    QString taken = acceleratorsOf(menu);
    for (const QAction *action : toolbar->actions()) { // the drop-down menus keep theirs
        if (const auto *widgetAction = qobject_cast<const QWidgetAction *>(action)) {
            if (auto *button = qobject_cast<QToolButton *>(widgetAction->defaultWidget());
                button && button->menu())
                taken += acceleratorsOf(nullptr, button->menu()->title());
        }
    }
    for (QAction *action : toolbar->actions()) {
        if (action->isSeparator()) {
            menu->addSeparator();
        } else if (auto *widgetAction = qobject_cast<QWidgetAction *>(action)) {
            if (auto *button = qobject_cast<QToolButton *>(widgetAction->defaultWidget());
                button && button->menu())
                menu->addMenu(button->menu());
        } else {
            addMenuEntry(menu, action, taken);
        }
    }
}

bool isEditor(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QGraphicsView *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget);
}

} // namespace

QString MainWindow::workspaceFileFilter()
{
    return tr("Parcours workspaces (*.parcours);;All files (*)");
}

void MainWindow::createActions()
{
    mUndo = mUndoGroup->createUndoAction(this, tr("&Undo"));
    mUndo->setShortcuts(QKeySequence::Undo);
    mUndo->setIcon(icon(u"edit-undo"_s));
    describe(mUndo, tr("Undo the last change. Every change can be undone, even after saving."));
    mRedo = mUndoGroup->createRedoAction(this, tr("&Redo"));
    mRedo->setShortcuts(QKeySequence::Redo); // Ctrl+Y too where the platform has it
    mRedo->setIcon(icon(u"edit-redo"_s));
    describe(mRedo, tr("Redo the change that was undone last."));

    createFileMenu();
    createEditMenu();
    createWorkspaceMenu();
    createPageMenus();
    createViewMenu();
    createHelpMenu();
    createToolBar();
    updateRecentMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    mNew = file->addAction(tr("&New Workspace"), this, &MainWindow::newWorkspace);
    mNew->setShortcuts(QKeySequence::New);
    mNew->setIcon(icon(u"document-new"_s));
    describe(mNew,
             tr("Start an empty workspace. It is saved as you type; use Save As to "
                "choose its name and place."));
    QMenu *templates = file->addMenu(icon(u"document-template"_s), tr("New from &Template"));
    for (const WelcomePage::Template &t : WelcomePage::templates()) {
        QAction *action = templates->addAction(
            QIcon(t.icon), t.title, this, [this, key = t.key] { newWorkspaceFromTemplate(key); });
        describe(action, t.description);
    }
    mOpen = file->addAction(tr("&Open…"), this, [this] {
        const QString dir = QSettings().value(u"lastDirectory"_s).toString();
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Open Workspace"), dir, workspaceFileFilter());
        if (!path.isEmpty())
            openFile(path);
    });
    mOpen->setShortcuts(QKeySequence::Open);
    mOpen->setIcon(icon(u"document-open"_s));
    describe(mOpen, tr("Open a .parcours workspace file."));
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    QAction *sampleAction
        = file->addAction(tr("Open &Sample Workspace"), this, &MainWindow::openSample);
    sampleAction->setIcon(icon(u"application-x-parcours-workspace"_s));
    describe(sampleAction,
             tr("Open a copy of HomeFinder, a sample product with personas and a "
                "journey. Your changes to it are not kept unless you save it."));
    file->addAction(tr("Open S&hared Workspace\u2026"), this, [this] {
        SharedWorkspaceDialog dialog(SharedWorkspaceDialog::Purpose::Open, this);
        if (dialog.exec() == QDialog::Accepted)
            openShared(dialog.location());
    });
    file->addSeparator();
    mSaveAs = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    mSaveAs->setShortcuts(standardKeys(QKeySequence::SaveAs, Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    mSaveAs->setIcon(icon(u"document-save-as"_s));
    describe(mSaveAs,
             tr("Copy the workspace to a file of your choice and continue working "
                "there. There is no Save: every change is already written."));
    createVersionActions(file);
    QAction *publishAction = file->addAction(tr("P&ublish\u2026"), this, [this] {
        if (const auto published = SharedWorkspaceDialog::publish(mDocument->workspace(), this);
            published
            && QMessageBox::question(
                   this, tr("Published"),
                   tr("The workspace is now shared as %1. Open it?").arg(published->displayName()))
                == QMessageBox::Yes)
            openShared(*published);
    });
    file->addSeparator();
    QAction *importAction = file->addAction(tr("&Import…"), this, [this] {
        if (mDocument)
            statusBar()->showMessage(ImportExport::importFile(this, *mDocument), 5000);
    });
    QAction *exportAction = file->addAction(tr("&Export…"), this, [this] {
        const EntityRef current = mSidebar->currentEntity();
        if (mDocument) {
            statusBar()->showMessage(
                ImportExport::exportFile(this, *mDocument,
                                         current.kind == EntityKind::Journey ? current.id : 0),
                5000);
        }
    });
    file->addSeparator();
    // Print, preview and export what is shown: a journey or the dashboard as a poster, a
    // persona's map as its printout.
    auto printAction
        = [this, file](const QString &text, auto poster, void (UseCaseMapEditor::*map)()) {
              QAction *action = file->addAction(text, this, [this, poster, map] {
                  if (mCentral->currentWidget() == mMapEditor) {
                      (mMapEditor->*map)();
                      return;
                  }
                  poster(this);
              });
              action->setEnabled(false);
              mPosterActions << action;
              return action;
          };
    printAction(
        tr("&Print…"),
        [](MainWindow *w) {
            if (const std::unique_ptr<PosterContent> content = w->currentPosterContent())
                PosterDialog::print(w, *content);
        },
        &UseCaseMapEditor::print)
        ->setShortcuts(QKeySequence::Print);
    // No standard key: LibreOffice's.
    printAction(
        tr("Print Pre&view…"),
        [](MainWindow *w) {
            if (const std::unique_ptr<PosterContent> content = w->currentPosterContent())
                PosterDialog::printPreview(w, *content);
        },
        &UseCaseMapEditor::printPreview)
        ->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    printAction(
        tr("E&xport Poster or PDF…"), [](MainWindow *w) { w->exportPoster(); },
        &UseCaseMapEditor::exportPdf);
    connect(mCentral, &QStackedWidget::currentChanged, this, [this] {
        const QWidget *page = mCentral->currentWidget();
        for (QAction *action : std::as_const(mPosterActions))
            action->setEnabled(page == mJourneyEditor || page == mMapEditor || page == mDashboard);
    });
    QAction *closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeWorkspace);
    closeAction->setShortcuts(QKeySequence::Close);
    describe(closeAction,
             tr("Close the workspace and return to the welcome page. With no "
                "workspace open, close the window."));
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcuts(standardKeys(QKeySequence::Quit, Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);

    mDocumentActions << mSaveAs << publishAction << importAction << exportAction;
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(mUndo);
    edit->addAction(mRedo);
    edit->addSeparator();
    // The focused editor (a text field, the use-case table, the journey canvas, the metrics
    // table) does these with its own keys; the menu sends it the same key. The shortcuts are
    // the menu's only, so that they never take a key from an editor.
    auto editAction = [this, edit](const QString &text, QKeySequence::StandardKey key) {
        QAction *action = edit->addAction(text, this, [this, key] { sendStandardKey(key); });
        action->setShortcuts(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        mEditActions << action;
        return action;
    };
    editAction(tr("Cu&t"), QKeySequence::Cut);
    editAction(tr("&Copy"), QKeySequence::Copy);
    editAction(tr("&Paste"), QKeySequence::Paste);
    editAction(tr("&Delete"), QKeySequence::Delete)->setShortcut(QKeySequence::Delete);
    edit->addSeparator();
    editAction(tr("Select &All"), QKeySequence::SelectAll);
    edit->addSeparator();
    mFind = edit->addAction(tr("&Find…"), this, &MainWindow::focusSearchField);
    mFind->setShortcuts(QKeySequence::Find);
    describe(mFind, tr("Search the use cases of the persona shown."));
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::updateEditActions);
    connect(mCentral, &QStackedWidget::currentChanged, this, &MainWindow::updateEditActions);
    updateEditActions();
    edit->addSeparator();
    QAction *preferencesAction = edit->addAction(icon(u"preferences"_s), tr("&Preferences…"), this,
                                                 &MainWindow::showPreferences);
    preferencesAction->setShortcuts(QKeySequence::Preferences);
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    describe(preferencesAction, tr("Language, default poster sheet, emotion scale and theme."));
}

void MainWindow::createWorkspaceMenu()
{
    QMenu *workspace = menuBar()->addMenu(tr("&Workspace"));
    mAddPersona = workspace->addAction(tr("Add &Persona"), this, &MainWindow::addPersona);
    mAddPersona->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    mAddPersona->setIcon(icon(u"persona-add"_s));
    describe(mAddPersona,
             tr("Add a persona: a customer segment with its use-case map and "
                "expected engagement cadence."));
    mAddJourney = workspace->addAction(tr("Add &Journey"), this, &MainWindow::addJourney);
    mAddJourney->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_J);
    mAddJourney->setIcon(icon(u"journey-add"_s));
    describe(mAddJourney,
             tr("Add a customer journey: stages of the collaboration with a "
                "customer, crossed by lanes."));
    QAction *templateAction = workspace->addAction(tr("New Journey from &Template…"), this,
                                                   &MainWindow::addJourneyFromTemplate);
    QAction *renameAction = workspace->addAction(tr("&Rename"), this, [this] {
        if (mSidebar->currentIndex().isValid())
            mSidebar->edit(mSidebar->currentIndex());
    });
    renameAction->setShortcut(Qt::Key_F2);
    describe(renameAction, tr("Rename the persona or journey selected in the sidebar."));
    QAction *dashboardAction = workspace->addAction(tr("Show Das&hboard"), this, [this] {
        mSidebar->setCurrentIndex(mOutline->groupIndex(WorkspaceOutlineModel::DashboardGroup));
    });
    dashboardAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    QAction *opportunitiesAction = workspace->addAction(tr("Show &Opportunities"), this, [this] {
        auto *dock = findChild<QDockWidget *>(u"opportunitiesDock"_s);
        dock->show();
        dock->raise();
        if (dock->height() < height() / 3) // room for a dozen rows
            resizeDocks({dock}, {height() * 2 / 5}, Qt::Vertical);
        mOpportunities->table()->setFocus();
    });
    opportunitiesAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
    describe(opportunitiesAction,
             tr("Show the opportunities board: things to do, ranked by value, effort and "
                "votes."));
    hookOpportunityCommands(workspace, opportunitiesAction);
    QAction *deleteAction = workspace->addAction(tr("&Delete"), this, &MainWindow::deleteSelected);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    deleteAction->setIcon(icon(u"edit-delete"_s));
    describe(deleteAction,
             tr("Delete the persona or journey selected in the sidebar (Undo "
                "brings it back)."));
    QAction *moveUpAction
        = workspace->addAction(tr("Move &Up"), this, [this] { moveSelected(-1); });
    moveUpAction->setShortcut(Qt::ALT | Qt::Key_Up);
    moveUpAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *moveDownAction
        = workspace->addAction(tr("Move Do&wn"), this, [this] { moveSelected(+1); });
    moveDownAction->setShortcut(Qt::ALT | Qt::Key_Down);
    moveDownAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    mSidebar->addAction(deleteAction);
    mSidebar->addActions({mAddPersona, mAddJourney, renameAction, moveUpAction, moveDownAction});
    mSidebar->setContextMenuPolicy(Qt::ActionsContextMenu);
    mSidebar->setWhatsThis(tr("The workspace's personas and journeys. A persona marked ▽ is in "
                              "the forgotten zone: most of its use cases happen less than once "
                              "a month. F2 renames, Delete deletes, the context menu adds."));

    mDocumentActions << mAddPersona << mAddJourney << templateAction << renameAction << deleteAction
                     << moveUpAction << moveDownAction << dashboardAction << opportunitiesAction;
    createCommentsDock(workspace);
}

void MainWindow::hookOpportunityCommands(QMenu *workspace, QAction *showBoard)
{
    VoteMode *voteMode = mOpportunities->voteMode();
    workspace->addActions({voteMode->toggleAction(), voteMode->resetAction()});
    connect(voteMode, &VoteMode::toggled, showBoard, [showBoard](bool on) {
        if (on)
            showBoard->trigger();
    });
    auto *useCases = new UseCaseOpportunities(mMapEditor, this);
    connect(
        useCases, &UseCaseOpportunities::showOpportunity, this,
        [this, showBoard](qint64 opportunity, bool editTitle) {
            showBoard->trigger();
            mOpportunities->select(opportunity);
            if (editTitle) // select() makes the title the current cell
                mOpportunities->table()->edit(mOpportunities->table()->currentIndex());
        },
        Qt::QueuedConnection); // once the context menu is closed and focus is back
}

void MainWindow::createPageMenus()
{
    // Every command of an editor's toolbar is in a menu too (a narrow window hides some of
    // the toolbar behind its » button); the menu shows with its page.
    mJourneyMenu = menuBar()->addMenu(tr("&Journey"));
    for (const QToolBar *toolbar : mJourneyEditor->findChildren<QToolBar *>())
        addToolBarActions(mJourneyMenu, toolbar);
    // Commands on a journey as a whole: in this menu only, which keeps the toolbar short.
    mJourneyMenu->addSeparator();
    QString taken = acceleratorsOf(mJourneyMenu);
    for (const QString &name :
         {u"duplicateJourney"_s, u"journeyFromTemplate"_s, u"compareWith"_s, u"showCurves"_s}) {
        if (QAction *action = mJourneyEditor->action(name))
            addMenuEntry(mJourneyMenu, action, taken);
    }
    // The steps of the current stage (issue 18), with their keys: the keyboard reaches them.
    if (auto *steps = mJourneyEditor->findChild<QMenu *>(u"stepsMenu"_s)) {
        mJourneyMenu->addSeparator();
        mJourneyMenu->addMenu(steps);
    }
    mUseCaseMenu = menuBar()->addMenu(tr("&Use Cases"));
    for (const QToolBar *toolbar : mMapEditor->findChildren<QToolBar *>())
        addToolBarActions(mUseCaseMenu, toolbar);
    // Presentation mode (issue 23): the journey shown, through its audience view, full screen.
    // createViewMenu() adds the Versions panel's toggle to the same menu.
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(u"viewMenu"_s);
    auto *present = new QAction(tr("&Present"), this);
    present->setObjectName(u"present"_s);
    connect(present, &QAction::triggered, this, [this] {
        if (mDocument && mJourneyEditor->journeyId())
            PresentationWindow::present(this, mDocument.get(), mJourneyEditor->journeyId(),
                                        mJourneyEditor->canvas()->viewFilter());
    });
    viewMenu->addAction(present);
    present->setShortcut(Qt::Key_F5);
    // With several screens: which one to present on, remembered (the projector's, say).
    QMenu *screens = viewMenu->addMenu(tr("Present on &Screen"));
    screens->setObjectName(u"presentOnScreenMenu"_s);
    auto updateScreens = [screens, present] {
        PresentationWindow::fillScreenMenu(screens, [present] { present->trigger(); });
        screens->menuAction()->setVisible(PresentationWindow::offersScreenChoice());
    };
    connect(screens, &QMenu::aboutToShow, this, updateScreens);
    connect(qApp, &QGuiApplication::screenAdded, this, updateScreens);
    connect(qApp, &QGuiApplication::screenRemoved, this, updateScreens);
    updateScreens();
    auto showPageMenus = [this, present, screens] {
        mJourneyMenu->menuAction()->setVisible(mCentral->currentWidget() == mJourneyEditor);
        mUseCaseMenu->menuAction()->setVisible(mCentral->currentWidget() == mMapEditor);
        present->setEnabled(mCentral->currentWidget() == mJourneyEditor);
        screens->setEnabled(present->isEnabled());
    };
    connect(mCentral, &QStackedWidget::currentChanged, this, showPageMenus);
    showPageMenus();
}

void MainWindow::createToolBar()
{
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->addActions({mNew, mOpen, mSaveAs});
    toolbar->addSeparator();
    toolbar->addActions({mUndo, mRedo});
    toolbar->addSeparator();
    toolbar->addActions({mAddPersona, mAddJourney});
    addToolBarBreak();
    addToolBar(mBanner); // across the window, under the toolbars
}

void MainWindow::sendStandardKey(QKeySequence::StandardKey key)
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || focus->window() != this)
        return;
    if (key == QKeySequence::Delete && (focus == mSidebar || mSidebar->isAncestorOf(focus))) {
        deleteSelected(); // the sidebar's Delete is the Workspace menu's
        return;
    }
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        return;
    const QKeyCombination combination = keys.first()[0];
    QKeyEvent press(QEvent::KeyPress, combination.key(), combination.keyboardModifiers());
    QApplication::sendEvent(focus, &press);
    QKeyEvent release(QEvent::KeyRelease, combination.key(), combination.keyboardModifiers());
    QApplication::sendEvent(focus, &release);
}

void MainWindow::updateEditActions()
{
    const QWidget *focus = QApplication::focusWidget();
    const bool editor = focus && focus->window() == this && isEditor(focus);
    for (QAction *action : std::as_const(mEditActions))
        action->setEnabled(editor);
    mFind->setEnabled(currentSearchField() != nullptr);
}

QLineEdit *MainWindow::currentSearchField() const
{
    if (mCentral->currentWidget() != mMapEditor)
        return nullptr;
    const QString search = UseCaseMapEditor::tr("Search…");
    for (QLineEdit *field : mMapEditor->findChildren<QLineEdit *>()) {
        if (field->placeholderText() == search)
            return field;
    }
    return nullptr;
}

void MainWindow::focusSearchField()
{
    if (QLineEdit *field = currentSearchField()) {
        field->setFocus(Qt::ShortcutFocusReason);
        field->selectAll();
    }
}

void MainWindow::exportPoster()
{
    const std::unique_ptr<PosterContent> content = currentPosterContent();
    if (!content)
        return;
    PosterDialog dialog(*content, PosterDialog::Purpose::Export, this);
    connect(&dialog, &PosterDialog::exported, this, &MainWindow::showExportNotice);
    dialog.exec();
}

void MainWindow::showExportNotice(const QString &path, const QString &summary)
{
    const QString name = QFileInfo(path).fileName().toHtmlEscaped();
    mExportNotice->setText(tr("Wrote %1: %2. <a href=\"open\">Open</a> · <a "
                              "href=\"folder\">Show in folder</a>")
                               .arg(name, summary.toHtmlEscaped()));
    mExportNotice->setToolTip(QDir::toNativeSeparators(path));
    mExportNotice->setProperty("path", path);
    statusBar()->clearMessage();
    mExportNotice->show();
    mExportNoticeTimer->start(); // gone after a minute
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(icon(u"help-contents"_s), tr("&User Guide"), this,
                                     [this] { showHelp(); });
    guide->setShortcuts(QKeySequence::HelpContents);
    describe(guide,
             tr("Personas, use-case maps, the forgotten zone, journeys and posters, "
                "explained."));
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setText(tr("What's &This?"));
    help->addAction(whatsThis);
    help->addSeparator();
    help->addAction(tr("&About Parcours"), this, [this] {
        QMessageBox::about(this, tr("About Parcours"),
                           tr("<h3>Parcours %1</h3><p>Customer-journey and use-case mapping for "
                              "workshops, posters and product reviews.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showHelp(const QString &topic)
{
    if (!mHelp) {
        mHelp = new HelpDialog(this);
        mHelp->setAttribute(Qt::WA_DeleteOnClose);
    }
    mHelp->showTopic(topic);
    mHelp->show();
    mHelp->raise();
    mHelp->activateWindow();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

} // namespace Parcours
