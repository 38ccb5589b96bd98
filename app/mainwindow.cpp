#include "mainwindow.h"

#include "common/helpdialog.h"
#include "common/preferences.h"
#include "common/preferencesdialog.h"
#include "dashboard/dashboardpage.h"
#include "document/edits.h"
#include "document/workspacedocument.h"
#include "domain/journeytemplates.h"
#include "formats/workspacejson.h"
#include "itemmodels/workspaceoutlinemodel.h"
#include "journey/journeyeditor.h"
#include "posters/dashboardpostercontent.h"
#include "posters/journeypostercontent.h"
#include "posters/posterdialog.h"
#include "shared/sharedstore.h"
#include "usecases/usecasemapeditor.h"
#include "workspace/importexport.h"
#include "workspace/sharedbanner.h"
#include "workspace/sharedworkspacedialog.h"
#include "workspace/welcomepage.h"
#include "workspace/workspaceoverview.h"
#include "workspace/workspacesidebar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QWhatsThis>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr int maxRecentFiles = 10;
const QString recentFilesKey = u"recentFiles"_s;

QString untitledFolder()
{
    QString dir
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/untitled"_s;
    QDir().mkpath(dir);
    return dir;
}

QString fileFilter()
{
    return MainWindow::tr("Parcours workspaces (*.parcours);;All files (*)");
}

QList<MainWindow *> allWindows()
{
    QList<MainWindow *> windows;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *mw = qobject_cast<MainWindow *>(w))
            windows << mw;
    }
    return windows;
}

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

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , mOutline(new WorkspaceOutlineModel(this))
    , mSidebar(new WorkspaceSidebar(mOutline))
    , mCentral(new QStackedWidget)
    , mWelcome(new WelcomePage)
    , mOverview(new WorkspaceOverview)
    , mJourneyEditor(new JourneyEditor)
    , mMapEditor(new UseCaseMapEditor)
    , mDashboard(new DashboardPage)
    , mBanner(new SharedBanner)
    , mSavedLabel(new QLabel)
    , mUndoGroup(new QUndoGroup(this))
{
    setAcceptDrops(true);
    mCentral->addWidget(mWelcome); // page 0: no workspace open
    connect(mWelcome, &WelcomePage::newWorkspaceRequested, this, &MainWindow::newWorkspace);
    connect(mWelcome, &WelcomePage::templateRequested, this, &MainWindow::newWorkspaceFromTemplate);
    connect(mWelcome, &WelcomePage::sampleRequested, this, &MainWindow::openSample);
    connect(mWelcome, &WelcomePage::recentFileRequested, this, &MainWindow::openFile);
    mCentral->addWidget(mOverview);
    connect(mOverview, &WorkspaceOverview::entityRequested, this,
            [this](const EntityRef &entity) { mSidebar->selectEntity(entity.kind, entity.id); });
    connect(mOverview, &WorkspaceOverview::dashboardRequested, this, [this] {
        mSidebar->setCurrentIndex(mOutline->groupIndex(WorkspaceOutlineModel::DashboardGroup));
    });
    mCentral->addWidget(mJourneyEditor);
    connect(mJourneyEditor, &JourneyEditor::journeyCreated, this,
            [this](Id id) { mSidebar->selectEntity(EntityKind::Journey, id); });
    mCentral->addWidget(mMapEditor);
    mCentral->addWidget(mDashboard);
    setCentralWidget(mCentral);

    auto *dock = new QDockWidget(tr("Workspace"), this);
    dock->setObjectName(u"workspaceDock"_s);
    dock->setFeatures(QDockWidget::DockWidgetMovable);
    dock->setWidget(mSidebar);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(mSidebar, &WorkspaceSidebar::currentEntityChanged, this,
            &MainWindow::showCurrentEntity);

    statusBar()->addPermanentWidget(mSavedLabel);
    connect(mMapEditor, &UseCaseMapEditor::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    createActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(u"window/state"_s).toByteArray());
    dock->setVisible(false); // shown with a workspace (setDocument)
    updateTitle();
}

MainWindow::~MainWindow()
{
    mOutline->setDocument(nullptr);
    mDashboard->setDocument(nullptr);
}

void MainWindow::createActions()
{
    mUndo = mUndoGroup->createUndoAction(this, tr("&Undo"));
    mUndo->setShortcut(QKeySequence::Undo);
    mUndo->setIcon(icon(u"edit-undo"_s));
    describe(mUndo, tr("Undo the last change. Every change can be undone, even after saving."));
    mRedo = mUndoGroup->createRedoAction(this, tr("&Redo"));
    mRedo->setShortcut(QKeySequence::Redo);
    mRedo->setIcon(icon(u"edit-redo"_s));
    describe(mRedo, tr("Redo the change that was undone last."));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Workspace"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    newAction->setIcon(icon(u"document-new"_s));
    describe(newAction,
             tr("Start an empty workspace. It is saved as you type; use Save As to "
                "choose its name and place."));
    QMenu *templates = file->addMenu(icon(u"document-template"_s), tr("New from &Template"));
    // TODO(journeytemplates): list models/journeytemplates' templates once it lands.
    for (const WelcomePage::Template &t : WelcomePage::templates()) {
        QAction *action = templates->addAction(
            QIcon(t.icon), t.title, this, [this, key = t.key] { newWorkspaceFromTemplate(key); });
        describe(action, t.description);
    }
    QAction *openAction = file->addAction(tr("&Open…"), this, [this] {
        const QString dir = QSettings().value(u"lastDirectory"_s).toString();
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Open Workspace"), dir, fileFilter());
        if (!path.isEmpty())
            openFile(path);
    });
    openAction->setShortcut(QKeySequence::Open);
    openAction->setIcon(icon(u"document-open"_s));
    describe(openAction, tr("Open a .parcours workspace file."));
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
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    saveAsAction->setIcon(icon(u"document-save-as"_s));
    describe(saveAsAction,
             tr("Copy the workspace to a file of your choice and continue working "
                "there. There is no Save: every change is already written."));
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
                  if (const std::unique_ptr<PosterContent> content = currentPosterContent())
                      poster(this, *content);
              });
              action->setEnabled(false);
              mPosterActions << action;
              return action;
          };
    printAction(tr("&Print…"), &PosterDialog::print, &UseCaseMapEditor::print)
        ->setShortcut(QKeySequence::Print);
    printAction(tr("Print Pre&view…"), &PosterDialog::printPreview,
                &UseCaseMapEditor::printPreview);
    printAction(tr("E&xport Poster or PDF…"), &PosterDialog::exportPoster,
                &UseCaseMapEditor::exportPdf);
    connect(mCentral, &QStackedWidget::currentChanged, this, [this] {
        const QWidget *page = mCentral->currentWidget();
        for (QAction *action : std::as_const(mPosterActions))
            action->setEnabled(page == mJourneyEditor || page == mMapEditor || page == mDashboard);
    });
    QAction *closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeWorkspace);
    closeAction->setShortcut(QKeySequence::Close);
    describe(closeAction,
             tr("Close the workspace and return to the welcome page. With no "
                "workspace open, close the window."));
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(mUndo);
    edit->addAction(mRedo);
    edit->addSeparator();
    QAction *preferencesAction = edit->addAction(icon(u"preferences"_s), tr("&Preferences…"), this,
                                                 &MainWindow::showPreferences);
    preferencesAction->setShortcut(QKeySequence::Preferences);
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    describe(preferencesAction, tr("Language, default poster sheet, emotion scale and theme."));

    QMenu *workspace = menuBar()->addMenu(tr("&Workspace"));
    QAction *addPersonaAction
        = workspace->addAction(tr("Add &Persona"), this, &MainWindow::addPersona);
    addPersonaAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    addPersonaAction->setIcon(icon(u"persona-add"_s));
    describe(addPersonaAction,
             tr("Add a persona: a customer segment with its use-case map and "
                "expected engagement cadence."));
    QAction *addJourneyAction
        = workspace->addAction(tr("Add &Journey"), this, &MainWindow::addJourney);
    addJourneyAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_J);
    addJourneyAction->setIcon(icon(u"journey-add"_s));
    describe(addJourneyAction,
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
    mSidebar->addActions(
        {addPersonaAction, addJourneyAction, renameAction, moveUpAction, moveDownAction});
    mSidebar->setContextMenuPolicy(Qt::ActionsContextMenu);
    mSidebar->setWhatsThis(tr("The workspace's personas and journeys. A persona marked ▽ is in "
                              "the forgotten zone: most of its use cases happen less than once "
                              "a month. F2 renames, Delete deletes, the context menu adds."));

    createHelpMenu();

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->addActions({newAction, openAction, saveAsAction});
    toolbar->addSeparator();
    toolbar->addActions({mUndo, mRedo});
    toolbar->addSeparator();
    toolbar->addActions({addPersonaAction, addJourneyAction});
    addToolBarBreak();
    addToolBar(mBanner); // across the window, under the toolbars

    mDocumentActions
        = {saveAsAction, addPersonaAction, addJourneyAction, templateAction, renameAction,
           deleteAction, moveUpAction,     moveDownAction,   importAction,   exportAction};
    mDocumentActions << dashboardAction;
    mDocumentActions << publishAction;
    updateRecentMenu();
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(icon(u"help-contents"_s), tr("&User Guide"), this,
                                     [this] { showHelp(); });
    guide->setShortcut(QKeySequence::HelpContents);
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

void MainWindow::setDocument(std::unique_ptr<WorkspaceDocument> document)
{
    mCreatedUntitled = false;
    if (mDocument)
        mUndoGroup->removeStack(mDocument->undoStack());
    mJourneyEditor->setJourney(nullptr, 0);
    mOutline->setDocument(document.get());
    mMapEditor->setDocument(document.get());
    mDashboard->setDocument(document.get());
    mOverview->setDocument(document.get());
    mDocument = std::move(document);
    if (mDocument) {
        mUndoGroup->addStack(mDocument->undoStack());
        mUndoGroup->setActiveStack(mDocument->undoStack());
        connect(mDocument.get(), &WorkspaceDocument::savedStateChanged, this,
                &MainWindow::updateSavedState);
        connect(mDocument.get(), &WorkspaceDocument::filePathChanged, this,
                &MainWindow::updateTitle);
        connect(mDocument.get(), &WorkspaceDocument::changed, this, [this](const ChangeEvent &e) {
            if (e.entity.kind == EntityKind::Workspace)
                updateTitle();
            showCurrentEntity();
        });
        connect(mDocument.get(), &WorkspaceDocument::readOnlyChanged, this,
                &MainWindow::updateReadOnly);
        if (SharedStore *shared = mDocument->sharedStore()) {
            connect(shared, &SharedStore::presenceChanged, this, &MainWindow::updateTitle);
            connect(shared, &SharedStore::connectionChanged, this, &MainWindow::updateSavedState);
        }
        connect(mDocument.get(), &WorkspaceDocument::writeFailed, this,
                [this](const QString &message) {
                    QMessageBox::warning(
                        this, tr("Changes not saved"),
                        tr("The last change could not be written to %1:\n%2\n\n"
                           "Use Save As to keep your work in another file.")
                            .arg(QDir::toNativeSeparators(mDocument->filePath()), message));
                });
        mCentral->setCurrentWidget(mOverview);
    } else {
        mCentral->setCurrentIndex(0);
    }
    for (QAction *action : std::as_const(mDocumentActions))
        action->setEnabled(mDocument != nullptr);
    // The welcome page uses the whole window.
    if (auto *dock = findChild<QDockWidget *>(u"workspaceDock"_s))
        dock->setVisible(mDocument != nullptr);
    mBanner->setDocument(mDocument.get());
    updateReadOnly();
    showCurrentEntity();
}

MainWindow *MainWindow::windowFor(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (MainWindow *w : allWindows()) {
        if (!w->mDocument)
            continue;
        if (w->mDocument->isShared()
                ? w->mDocument->filePath() == path
                : QFileInfo(w->mDocument->filePath()).canonicalFilePath() == canonical)
            return w;
    }
    return nullptr;
}

std::optional<bool> MainWindow::openElsewhere(const QString &where,
                                              const std::function<bool(MainWindow *)> &open)
{
    if (MainWindow *existing = windowFor(where)) {
        existing->show();
        existing->raise();
        existing->activateWindow();
        return true;
    }
    if (!mDocument)
        return std::nullopt;
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!open(window)) {
        window->deleteLater();
        return false;
    }
    window->show();
    return true;
}

bool MainWindow::openShared(WorkspaceLocation location)
{
    if (const std::optional<bool> elsewhere = openElsewhere(
            location.toString(), [&location](MainWindow *w) { return w->openShared(location); }))
        return *elsewhere;
    QString error;
    const auto reach = SharedWorkspaceDialog::reachServer(&location, this, &error);
    if (reach == SharedWorkspaceDialog::Reach::Cancelled)
        return false;
    WorkspaceDocument::OpenResult opened;
    opened.error = error;
    if (reach == SharedWorkspaceDialog::Reach::Answers) {
        QApplication::setOverrideCursor(Qt::WaitCursor); // it answered: a moment at most
        opened = WorkspaceDocument::open(location);
        QApplication::restoreOverrideCursor();
    }
    if (!opened.document) {
        QMessageBox::warning(this, tr("Cannot open workspace"),
                             tr("The shared workspace %1 cannot be opened:\n%2")
                                 .arg(location.displayName(), opened.error));
        return false;
    }
    setDocument(std::move(opened.document));
    addRecentFile(location.toString()); // never with the password
    if (!opened.notice.isEmpty())
        statusBar()->showMessage(opened.notice, 15000);
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    if (WorkspaceLocation::looksShared(path)) {
        QString error;
        const std::optional<WorkspaceLocation> location = WorkspaceLocation::parse(path, &error);
        if (location)
            return openShared(*location);
        QMessageBox::warning(this, tr("Cannot open workspace"), error);
        return false;
    }
    if (const std::optional<bool> elsewhere
        = openElsewhere(path, [&path](MainWindow *w) { return w->openFile(path); }))
        return *elsewhere;
    WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(path);
    if (!opened.document) {
        QMessageBox::warning(
            this, tr("Cannot open workspace"),
            tr("%1 cannot be opened:\n%2").arg(QDir::toNativeSeparators(path), opened.error));
        return false;
    }
    setDocument(std::move(opened.document));
    addRecentFile(path);
    if (QFileInfo(path).absolutePath() == QFileInfo(untitledFolder()).absoluteFilePath()) {
        // Untitled work from an earlier session: it still asks to be saved somewhere.
        mDocument->setUntitled(true);
        updateTitle();
    } else {
        QSettings().setValue(u"lastDirectory"_s, QFileInfo(path).absolutePath());
    }
    if (!opened.notice.isEmpty())
        statusBar()->showMessage(opened.notice, 15000);
    return true;
}

bool MainWindow::openUntitled(const Workspace &workspace)
{
    if (mDocument) {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        return window->openUntitled(workspace);
    }
    const QString path = u"%1/Untitled-%2.parcours"_s.arg(
        untitledFolder(), QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss-zzz"_s));
    WorkspaceDocument::OpenResult created = WorkspaceDocument::create(path, workspace);
    if (!created.document) {
        QMessageBox::warning(this, tr("Cannot create workspace"), created.error);
        return false;
    }
    created.document->setUntitled(true);
    setDocument(std::move(created.document));
    mCreatedUntitled = true;
    addRecentFile(path); // untitled work stays findable after a crash
    return true;
}

bool MainWindow::newWorkspace()
{
    return openUntitled(Workspace());
}

bool MainWindow::newWorkspaceFromTemplate(const QString &key)
{
    // The template's journey (stages, lanes, sample cells) and retention type, in the
    // interface's language, as `parcours new --template` makes them.
    const QList<WelcomePage::Template> templates = WelcomePage::templates();
    const auto t = std::find_if(templates.cbegin(), templates.cend(),
                                [&key](const WelcomePage::Template &c) { return c.key == key; });
    const std::optional<JourneyTemplates::Kind> kind = JourneyTemplates::fromKey(key);
    if (t == templates.cend() || !kind)
        return false;
    const auto language = QLocale().language() == QLocale::French
        ? JourneyTemplates::Language::French
        : JourneyTemplates::Language::English;
    Workspace workspace = JourneyTemplates::makeWorkspace(kind, language);
    workspace.info.name = t->workspaceName;
    return openUntitled(workspace);
}

bool MainWindow::openSample()
{
    QFile sample(u":/samples/sample.json"_s);
    if (!sample.open(QIODevice::ReadOnly))
        return false;
    WorkspaceJson::ReadResult read = WorkspaceJson::read(sample.readAll());
    if (!read.workspace) {
        QMessageBox::warning(this, tr("Cannot open workspace"), read.error);
        return false;
    }
    return openUntitled(*read.workspace);
}

QStringList MainWindow::unsavedWorkspaces()
{
    QStringList files;
    const QFileInfoList found
        = QDir(untitledFolder()).entryInfoList({u"*.parcours"_s}, QDir::Files, QDir::Time);
    for (const QFileInfo &file : found) {
        if (!windowFor(file.absoluteFilePath()))
            files << file.absoluteFilePath();
    }
    return files;
}

void MainWindow::offerRecovery()
{
    const QStringList files = unsavedWorkspaces();
    if (files.isEmpty())
        return;
    QStringList lines;
    for (const QString &file : files) {
        lines << tr("Untitled workspace last changed %1")
                     .arg(QLocale().toString(QFileInfo(file).lastModified(), QLocale::LongFormat));
    }
    QMessageBox box(QMessageBox::Question, tr("Unsaved work found"),
                    files.size() == 1
                        ? tr("Parcours ended without saving an untitled workspace to a file of "
                             "your choice. Its work is kept. Open it now?")
                        : tr("Parcours ended without saving %1 untitled workspaces to files of "
                             "your choice. Their work is kept. Open them now?")
                              .arg(files.size()),
                    QMessageBox::NoButton, this);
    box.setInformativeText(lines.join(u'\n'));
    QPushButton *open = box.addButton(tr("Open"), QMessageBox::AcceptRole);
    box.addButton(tr("Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() != open)
        return; // they stay in the recent files and are offered again next time
    for (const QString &file : files)
        openFile(file); // in this window when it is empty, else in a new one
}

bool MainWindow::closeWorkspace()
{
    if (!mDocument)
        return close();
    if (!maybeKeepUntitled())
        return false;
    setDocument(nullptr); // the welcome page again
    return true;
}

bool MainWindow::saveAs()
{
    if (!mDocument)
        return false;
    const QString dir = QSettings().value(u"lastDirectory"_s, QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Workspace As"), dir + u'/' + mDocument->displayName() + u".parcours"_s,
        fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".parcours"_s;
    const QString previous = mDocument->filePath();
    const bool wasUntitled = mDocument->isUntitled();
    QString error;
    // Writing a shared workspace's copy takes a while when it is large: progress, cancellable.
    QProgressDialog progress(tr("Saving the workspace as %1\u2026").arg(QFileInfo(path).fileName()),
                             tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const bool saved = mDocument->saveAs(path, &error, [&progress](int done, int total) {
        progress.setMaximum(std::max(1, total));
        progress.setValue(std::min(done, total)); // processes events: Cancel works
        return !progress.wasCanceled();
    });
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    if (!saved && cancelled) {
        statusBar()->showMessage(tr("Save As cancelled; nothing was written."), 5000);
        return false;
    }
    if (!saved) {
        QMessageBox::warning(
            this, tr("Cannot save workspace"),
            tr("%1 cannot be written:\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    if (wasUntitled)
        QFile::remove(previous);
    addRecentFile(path);
    QSettings().setValue(u"lastDirectory"_s, QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Saved as %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::maybeKeepUntitled()
{
    if (!mDocument || !mDocument->isUntitled())
        return true;
    // Nothing typed in this session (an untouched sample or template): nothing to keep.
    // Untitled work recovered from an earlier session is kept unless the user says so.
    if (mCreatedUntitled && mDocument->undoStack()->isClean()) {
        const QString path = mDocument->filePath();
        setDocument(nullptr);
        QFile::remove(path);
        return true;
    }
    const auto answer = QMessageBox::question(
        this, tr("Keep this workspace?"),
        tr("\"%1\" has not been saved to a file of your choice yet.").arg(mDocument->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveAs();
    const QString path = mDocument->filePath();
    setDocument(nullptr);
    QFile::remove(path);
    return true;
}

void MainWindow::closeAllForShutdown()
{
    for (MainWindow *window : allWindows()) {
        if (window->mDocument && window->mCreatedUntitled && window->mDocument->isUntitled()
            && window->mDocument->undoStack()->isClean()) {
            window->maybeKeepUntitled(); // nothing typed: nothing to keep, nothing asked
        }
        QSettings settings;
        settings.setValue(u"window/geometry"_s, window->saveGeometry());
        settings.setValue(u"window/state"_s, window->saveState());
        window->setDocument(nullptr); // checkpoints: a single file again
        // Not deleted: a modal dialog's stack frame may still use it (the caller ends the process).
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeKeepUntitled()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    setDocument(nullptr); // closes the file: a single file again, no journal left
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            openFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

void MainWindow::addPersona()
{
    if (!mDocument)
        return;
    Persona persona;
    persona.name = tr("New persona");
    persona.color = u"#4e79a7"_s;
    const Id id = Edit::addPersona(*mDocument, persona);
    if (!id)
        return; // refused: read-only
    mSidebar->selectEntity(EntityKind::Persona, id);
    mSidebar->edit(mSidebar->currentIndex());
}

void MainWindow::addJourney()
{
    if (!mDocument)
        return;
    const Journey journey
        = JourneyTemplates::blank(tr("New journey"), JourneyTemplates::systemLanguage());
    const Id id = Edit::addJourney(*mDocument, journey);
    if (!id)
        return; // refused: read-only
    mSidebar->selectEntity(EntityKind::Journey, id);
    mSidebar->edit(mSidebar->currentIndex());
}

void MainWindow::addJourneyFromTemplate()
{
    if (const Id id = mDocument ? JourneyEditor::addJourneyFromTemplate(this, *mDocument) : 0)
        mSidebar->selectEntity(EntityKind::Journey, id);
}

void MainWindow::deleteSelected()
{
    if (!mDocument)
        return;
    const EntityRef current = mSidebar->currentEntity();
    if (current.kind == EntityKind::Persona)
        Edit::removePersona(*mDocument, current.id);
    else if (current.kind == EntityKind::Journey)
        Edit::removeJourney(*mDocument, current.id);
}

void MainWindow::moveSelected(int delta)
{
    const EntityRef current = mSidebar->currentEntity();
    if (mDocument && current.kind != EntityKind::Workspace)
        Edit::move(*mDocument, current, mDocument->indexOf(current) + delta);
}

void MainWindow::updateTitle()
{
    if (!mDocument) {
        setWindowTitle(tr("Parcours"));
        return;
    }
    QString title = mDocument->displayName();
    if (mDocument->isReadOnly())
        title += tr(" (read-only)");
    if (const SharedStore *shared = mDocument->sharedStore()) {
        title += tr(" — shared: %1").arg(shared->workspaceLocation().displayName());
        if (!shared->otherUsers().isEmpty())
            title += tr(" — also open by %1").arg(shared->otherUsers().join(u", "_s));
    }
    setWindowTitle(title + u" — Parcours"_s);
    setWindowFilePath(mDocument->isUntitled() || mDocument->isShared() ? QString()
                                                                       : mDocument->filePath());
}

void MainWindow::updateSavedState()
{
    if (!mDocument) {
        mSavedLabel->clear();
        return;
    }
    const SharedStore *shared = mDocument->sharedStore();
    mSavedLabel->setToolTip(mDocument->isReadOnly() ? mDocument->readOnlyReason() : QString());
    if (shared && !shared->isConnected()) {
        mSavedLabel->setText(tr("⚠ Disconnected"));
    } else if (mDocument->isReadOnly()) {
        mSavedLabel->setText(shared ? tr("View only") : tr("Read-only"));
    } else if (shared) {
        mSavedLabel->setText(tr("✓ Shared — all changes saved on the server"));
        mSavedLabel->setToolTip(shared->workspaceLocation().toString());
    } else if (!mDocument->isSaved()) {
        mSavedLabel->setText(tr("⚠ Not saved"));
        mSavedLabel->setToolTip(mDocument->writeError());
    } else if (mDocument->isUntitled()) {
        mSavedLabel->setText(tr("✓ Saved (untitled)"));
        mSavedLabel->setToolTip(tr("Every change is kept; use Save As to choose where."));
    } else {
        mSavedLabel->setText(tr("✓ All changes saved"));
        mSavedLabel->setToolTip(QDir::toNativeSeparators(mDocument->filePath()));
    }
}

void MainWindow::updateReadOnly()
{
    // Undo and redo are edits too: none while the workspace cannot be changed.
    const bool editable = mDocument && !mDocument->isReadOnly();
    mUndoGroup->setActiveStack(editable ? mDocument->undoStack() : nullptr);
    updateTitle();
    updateSavedState();
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(recentFilesKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    settings.setValue(recentFilesKey, files);
    for (MainWindow *w : allWindows())
        w->updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    mRecentMenu->clear();
    const QStringList files = QSettings().value(recentFilesKey).toStringList();
    for (const QString &path : files) {
        if (!QFileInfo::exists(path) && !WorkspaceLocation::looksShared(path))
            continue;
        mRecentMenu->addAction(QDir::toNativeSeparators(path), this,
                               [this, path] { openFile(path); });
    }
    mRecentMenu->setEnabled(!mRecentMenu->isEmpty());
    mWelcome->setRecentFiles(files);
}

std::unique_ptr<PosterContent> MainWindow::currentPosterContent() const
{
    if (mDocument && mCentral->currentWidget() == mJourneyEditor && mJourneyEditor->journeyId()) {
        auto content = std::make_unique<JourneyPosterContent>(mDocument->workspace(),
                                                              mJourneyEditor->journeyId());
        content->setEmotionScale(Preferences::emotionScale());
        return content;
    }
    if (mDocument && mCentral->currentWidget() == mDashboard)
        return std::make_unique<DashboardPosterContent>(mDocument->workspace());
    return nullptr;
}

void MainWindow::showCurrentEntity()
{
    const EntityRef current = mSidebar->currentEntity();
    const Workspace *w = mDocument ? &mDocument->workspace() : nullptr;
    const bool persona = w && current.kind == EntityKind::Persona && w->persona(current.id);
    if (!w)
        return;
    if (persona) {
        mMapEditor->setPersona(current.id);
        mCentral->setCurrentWidget(mMapEditor);
        return;
    }
    if (current.kind == EntityKind::Journey && w->journey(current.id)) {
        mJourneyEditor->setJourney(mDocument.get(), current.id);
        mCentral->setCurrentWidget(mJourneyEditor);
        return;
    }
    if (mSidebar->currentIndex() == mOutline->groupIndex(WorkspaceOutlineModel::DashboardGroup)) {
        mCentral->setCurrentWidget(mDashboard);
        return;
    }
    mCentral->setCurrentWidget(mOverview); // nothing selected: the workspace itself
}

} // namespace Parcours
