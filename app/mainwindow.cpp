#include "mainwindow.h"

#include "edits.h"
#include "forgottenzone.h"
#include "sharedbanner.h"
#include "sharedstore.h"
#include "sharedworkspacedialog.h"
#include "workspacedocument.h"
#include "workspacejson.h"
#include "workspaceoutlinemodel.h"
#include "workspacesidebar.h"

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
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolBar>
#include <QUndoGroup>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr int maxRecentFiles = 10;
const QString recentFilesKey = u"recentFiles"_s;

QString untitledFolder()
{
    const QString dir
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

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , mOutline(new WorkspaceOutlineModel(this))
    , mSidebar(new WorkspaceSidebar(mOutline))
    , mCentral(new QStackedWidget)
    , mSummary(new QTextBrowser)
    , mBanner(new SharedBanner)
    , mSavedLabel(new QLabel)
    , mUndoGroup(new QUndoGroup(this))
{
    setAcceptDrops(true);
    auto *empty = new QLabel(tr("Open a workspace or create one from the File menu."));
    empty->setAlignment(Qt::AlignCenter);
    mCentral->addWidget(empty);
    mCentral->addWidget(mSummary);
    setCentralWidget(mCentral);

    auto *dock = new QDockWidget(tr("Workspace"), this);
    dock->setObjectName(u"workspaceDock"_s);
    dock->setFeatures(QDockWidget::DockWidgetMovable);
    dock->setWidget(mSidebar);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(mSidebar, &WorkspaceSidebar::currentEntityChanged, this,
            &MainWindow::showCurrentEntity);

    statusBar()->addPermanentWidget(mSavedLabel);
    createActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(u"window/state"_s).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow()
{
    mOutline->setDocument(nullptr);
}

void MainWindow::createActions()
{
    mUndo = mUndoGroup->createUndoAction(this, tr("&Undo"));
    mUndo->setShortcut(QKeySequence::Undo);
    mRedo = mUndoGroup->createRedoAction(this, tr("&Redo"));
    mRedo->setShortcut(QKeySequence::Redo);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Workspace"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, [this] {
        const QString dir = QSettings().value(u"lastDirectory"_s).toString();
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Open Workspace"), dir, fileFilter());
        if (!path.isEmpty())
            openFile(path);
    });
    openAction->setShortcut(QKeySequence::Open);
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Sample Workspace"), this, &MainWindow::openSample);
    file->addAction(tr("Open S&hared Workspace\u2026"), this, [this] {
        SharedWorkspaceDialog dialog(SharedWorkspaceDialog::Purpose::Open, this);
        if (dialog.exec() == QDialog::Accepted)
            openShared(dialog.location());
    });
    file->addSeparator();
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    QAction *publishAction = file->addAction(tr("P&ublish\u2026"), this, [this] {
        if (const auto published = SharedWorkspaceDialog::publish(mDocument->workspace(), this);
            published
            && QMessageBox::question(
                   this, tr("Published"),
                   tr("The workspace is now shared as %1. Open it?").arg(published->displayName()))
                == QMessageBox::Yes)
            openShared(*published);
    });
    QAction *closeAction = file->addAction(tr("&Close"), this, &QWidget::close);
    closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(mUndo);
    edit->addAction(mRedo);

    QMenu *workspace = menuBar()->addMenu(tr("&Workspace"));
    QAction *addPersonaAction
        = workspace->addAction(tr("Add &Persona"), this, &MainWindow::addPersona);
    addPersonaAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    QAction *addJourneyAction
        = workspace->addAction(tr("Add &Journey"), this, &MainWindow::addJourney);
    addJourneyAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_J);
    QAction *renameAction = workspace->addAction(tr("&Rename"), this, [this] {
        if (mSidebar->currentIndex().isValid())
            mSidebar->edit(mSidebar->currentIndex());
    });
    renameAction->setShortcut(Qt::Key_F2);
    QAction *deleteAction = workspace->addAction(tr("&Delete"), this, &MainWindow::deleteSelected);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    mSidebar->addAction(deleteAction);
    mSidebar->addActions({addPersonaAction, addJourneyAction, renameAction});
    mSidebar->setContextMenuPolicy(Qt::ActionsContextMenu);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Parcours"), this, [this] {
        QMessageBox::about(this, tr("About Parcours"),
                           tr("<h3>Parcours %1</h3><p>Customer-journey and use-case mapping for "
                              "workshops, posters and product reviews.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->addActions({newAction, openAction});
    toolbar->addSeparator();
    toolbar->addActions({mUndo, mRedo});
    toolbar->addSeparator();
    toolbar->addActions({addPersonaAction, addJourneyAction});
    addToolBarBreak();
    addToolBar(mBanner); // across the window, under the toolbars

    mDocumentActions
        = {saveAsAction, addPersonaAction, addJourneyAction, renameAction, deleteAction};
    updateRecentMenu();
    mDocumentActions << publishAction;
}

void MainWindow::setDocument(std::unique_ptr<WorkspaceDocument> document)
{
    if (mDocument)
        mUndoGroup->removeStack(mDocument->undoStack());
    mOutline->setDocument(document.get());
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
        mCentral->setCurrentWidget(mSummary);
    } else {
        mCentral->setCurrentIndex(0);
    }
    for (QAction *action : std::as_const(mDocumentActions))
        action->setEnabled(mDocument != nullptr);
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

bool MainWindow::openShared(WorkspaceLocation location)
{
    if (MainWindow *existing = windowFor(location.toString())) {
        existing->show();
        existing->raise();
        existing->activateWindow();
        return true;
    }
    if (mDocument) {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        if (!window->openShared(location)) {
            window->deleteLater();
            return false;
        }
        window->show();
        return true;
    }
    SharedWorkspaceDialog::findPassword(&location, {}, this); // from the keychain
    QApplication::setOverrideCursor(Qt::WaitCursor);
    WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(location);
    QApplication::restoreOverrideCursor();
    if (!opened.document && SharedWorkspaceDialog::findPassword(&location, opened.error, this))
        opened = WorkspaceDocument::open(location);
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
    if (MainWindow *existing = windowFor(path)) {
        existing->show();
        existing->raise();
        existing->activateWindow();
        return true;
    }
    if (mDocument) {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        if (!window->openFile(path)) {
            window->deleteLater();
            return false;
        }
        window->show();
        return true;
    }
    WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(path);
    if (!opened.document) {
        QMessageBox::warning(
            this, tr("Cannot open workspace"),
            tr("%1 cannot be opened:\n%2").arg(QDir::toNativeSeparators(path), opened.error));
        return false;
    }
    setDocument(std::move(opened.document));
    addRecentFile(path);
    QSettings().setValue(u"lastDirectory"_s, QFileInfo(path).absolutePath());
    if (!opened.notice.isEmpty())
        statusBar()->showMessage(opened.notice, 15000);
    return true;
}

bool MainWindow::openUntitled(const QByteArray &json)
{
    Workspace workspace;
    if (!json.isEmpty()) {
        WorkspaceJson::ReadResult read = WorkspaceJson::read(json);
        if (!read.workspace) {
            QMessageBox::warning(this, tr("Cannot open workspace"), read.error);
            return false;
        }
        workspace = std::move(*read.workspace);
    }
    if (mDocument) {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        return window->openUntitled(json);
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
    addRecentFile(path); // untitled work stays findable after a crash
    return true;
}

bool MainWindow::newWorkspace()
{
    return openUntitled({});
}

bool MainWindow::openSample()
{
    QFile sample(u":/samples/sample.json"_s);
    if (!sample.open(QIODevice::ReadOnly))
        return false;
    return openUntitled(sample.readAll());
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
    if (!mDocument->saveAs(path, &error)) {
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
    if (mDocument->undoStack()->isClean()) {
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
    Journey journey;
    journey.name = tr("New journey");
    const Id id = Edit::addJourney(*mDocument, journey);
    if (!id)
        return; // refused: read-only
    mSidebar->selectEntity(EntityKind::Journey, id);
    mSidebar->edit(mSidebar->currentIndex());
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
}

void MainWindow::showCurrentEntity()
{
    if (!mDocument) {
        mSummary->clear();
        return;
    }
    const Workspace &w = mDocument->workspace();
    const EntityRef current = mSidebar->currentEntity();
    QString html;
    if (const Persona *p = current.kind == EntityKind::Persona ? w.persona(current.id) : nullptr) {
        const PersonaVerdict today = personaVerdict(*p, VerdictScope::CurrentOnly);
        html = u"<h2>%1</h2><p>%2</p>"_s.arg(escaped(p->name), escaped(p->description));
        html += tr("<p>%1 use cases; %2 of %3 segments below monthly%4.</p>")
                    .arg(p->useCases.size())
                    .arg(today.segmentsBelowMonthly)
                    .arg(today.segments)
                    .arg(today.forgottenZone ? tr(": <b>forgotten zone</b>") : QString());
        html += u"<ul>"_s;
        for (const UseCase &u : p->useCases) {
            html += u"<li>%1 — %2%3</li>"_s.arg(escaped(u.useCase), escaped(u.frequency.toString()),
                                                isForgotten(u) ? u" ▽"_s : QString());
        }
        html += u"</ul>"_s;
    } else if (const Journey *j
               = current.kind == EntityKind::Journey ? w.journey(current.id) : nullptr) {
        html = u"<h2>%1</h2><p>%2</p><ol>"_s.arg(escaped(j->name), escaped(j->description));
        for (const Stage &s : j->stages)
            html += u"<li>%1</li>"_s.arg(escaped(s.name));
        html += u"</ol>"_s;
    } else {
        const WorkspaceVerdict verdict = workspaceVerdict(w, VerdictScope::CurrentOnly);
        html = u"<h2>%1</h2>"_s.arg(escaped(mDocument->displayName()));
        html
            += tr("<p>%1 personas, %2 journeys.</p>").arg(w.personas.size()).arg(w.journeys.size());
        html += tr("<p>%1 of %2 personas in the forgotten zone.</p>")
                    .arg(verdict.personasInForgottenZone)
                    .arg(verdict.personas);
    }
    mSummary->setHtml(html);
}

} // namespace Parcours
