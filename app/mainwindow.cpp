#include "mainwindow.h"

#include "comments/commentspanel.h"
#include "common/preferences.h"
#include "dashboard/dashboardpage.h"
#include "document/edits.h"
#include "document/editscomments.h"
#include "document/workspacedocument.h"
#include "domain/journeytemplates.h"
#include "itemmodels/workspaceoutlinemodel.h"
#include "journey/journeycanvas.h"
#include "journey/journeyeditor.h"
#include "opportunities/opportunityboard.h"
#include "posters/dashboardpostercontent.h"
#include "posters/journeypostercontent.h"
#include "printwarmup.h"
#include "shared/sharedstore.h"
#include "usecases/usecasemapeditor.h"
#include "workspace/sharedbanner.h"
#include "workspace/welcomepage.h"
#include "workspace/workspaceoverview.h"
#include "workspace/workspacesidebar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoGroup>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Parcours {

QList<MainWindow *> MainWindow::allWindows()
{
    QList<MainWindow *> windows;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *mw = qobject_cast<MainWindow *>(w))
            windows << mw;
    }
    return windows;
}

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
    , mOpportunities(new OpportunityBoard)
    , mBanner(new SharedBanner)
    , mSavedLabel(new QLabel)
    , mExportNotice(new QLabel)
    , mExportNoticeTimer(new QTimer(this))
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
    // A canvas badge's opportunity (issue 20): shown on the board.
    connect(mJourneyEditor->canvas(), &JourneyCanvas::opportunityChosen, this, [this](Id id) {
        auto *dock = findChild<QDockWidget *>(u"opportunitiesDock"_s);
        dock->show();
        dock->raise();
        mOpportunities->select(id);
    });
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

    auto *opportunities = new QDockWidget(tr("Opportunities"), this);
    opportunities->setObjectName(u"opportunitiesDock"_s);
    opportunities->setWidget(mOpportunities);
    addDockWidget(Qt::BottomDockWidgetArea, opportunities);

    statusBar()->addPermanentWidget(mSavedLabel);
    mExportNotice->setObjectName(u"exportNotice"_s);
    mExportNotice->setTextFormat(Qt::RichText);
    mExportNotice->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                           | Qt::LinksAccessibleByKeyboard);
    mExportNotice->hide();
    mExportNoticeTimer->setSingleShot(true);
    mExportNoticeTimer->setInterval(60000);
    connect(mExportNoticeTimer, &QTimer::timeout, mExportNotice, &QWidget::hide);
    statusBar()->addWidget(mExportNotice, 1);
    connect(mExportNotice, &QLabel::linkActivated, this, [this](const QString &link) {
        const QFileInfo written(mExportNotice->property("path").toString());
        QDesktopServices::openUrl(QUrl::fromLocalFile(
            link == u"folder" ? written.absolutePath() : written.absoluteFilePath()));
    });
    connect(mMapEditor, &UseCaseMapEditor::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    createActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1100, 720);
    mSidebarSized = restoreState(settings.value(u"window/state"_s).toByteArray());
    dock->setVisible(false); // shown with a workspace (setDocument)
    opportunities->setVisible(false); // Workspace > Show Opportunities
    findChild<QDockWidget *>(u"versionsDock"_s)->setVisible(false); // View > Versions
    updateTitle();
}

MainWindow::~MainWindow()
{
    disconnect(qApp, nullptr, this, nullptr); // focusChanged, while QWidget's part goes
    mOutline->setDocument(nullptr);
    mDashboard->setDocument(nullptr);
    mOpportunities->setDocument(nullptr);
    mComments->setDocument(nullptr);
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
    mOpportunities->setDocument(document.get());
    mComments->setDocument(document.get());
    if (!document) {
        findChild<QDockWidget *>(u"opportunitiesDock"_s)->hide();
        findChild<QDockWidget *>(u"commentsDock"_s)->hide();
    }
    mOverview->setDocument(document.get());
    mDocument = std::move(document);
    if (mDocument) {
        mUndoGroup->addStack(mDocument->undoStack());
        mUndoGroup->setActiveStack(mDocument->undoStack());
        connect(mDocument.get(), &WorkspaceDocument::savedStateChanged, this,
                &MainWindow::updateSavedState);
        connect(mDocument.get(), &WorkspaceDocument::filePathChanged, this, [this] {
            updateTitle(); // Save As: the new file's name at once
            updateSavedState();
        });
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
        preparePrintingSoon(this);
    } else {
        mCentral->setCurrentIndex(0);
    }
    for (QAction *action : std::as_const(mDocumentActions))
        action->setEnabled(mDocument != nullptr);
    // The welcome page uses the whole window.
    if (auto *dock = findChild<QDockWidget *>(u"workspaceDock"_s)) {
        dock->setVisible(mDocument != nullptr);
        if (mDocument && !std::exchange(mSidebarSized, true)) {
            // Names need no more; the editors' toolbars need the rest of 1100 pixels.
            resizeDocks({dock}, {200}, Qt::Horizontal);
        }
    }
    mBanner->setDocument(mDocument.get());
    updateVersionActions();
    updateReadOnly();
    showCurrentEntity();
}

bool MainWindow::closeWorkspace()
{
    if (!mDocument || !mVersionLabel.isEmpty()) // a version's window closes with it
        return close();
    if (!maybeKeepUntitled())
        return false;
    setDocument(nullptr); // the welcome page again
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
    if (mVersionLabel.isEmpty()) { // a version's window leaves the layout to the others
        QSettings settings;
        settings.setValue(u"window/geometry"_s, saveGeometry());
        settings.setValue(u"window/state"_s, saveState());
    }
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
    if (!mVersionLabel.isEmpty()) { // a version, in a temporary file (issue 23)
        setWindowTitle(tr("%1 — version %2 (read-only)").arg(title, mVersionLabel)
                       + u" — Parcours"_s);
        return;
    }
    if (!mDocument->isUntitled() && !mDocument->isShared()) {
        // The file too, when its name is not the workspace's (after Save As, say).
        const QFileInfo file(mDocument->filePath());
        if (file.completeBaseName() != title)
            title += u" — "_s + file.fileName();
    }
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
        mSavedLabel->setText(
            tr("✓ All changes saved to %1").arg(QFileInfo(mDocument->filePath()).fileName()));
        mSavedLabel->setToolTip(QDir::toNativeSeparators(mDocument->filePath()));
    }
}

void MainWindow::updateReadOnly()
{
    // Undo and redo are edits too: none while the workspace cannot be changed, except for a
    // viewer with the comment grant (issue 23), whose stack holds only her comment edits (the
    // commands refuse any other undo while the workspace is read-only).
    const bool editable = mDocument && !mDocument->isReadOnly();
    const bool commenting = mDocument && mVersionLabel.isEmpty() && Edit::canComment(*mDocument);
    mUndoGroup->setActiveStack(editable || commenting ? mDocument->undoStack() : nullptr);
    updateVersionActions();
    // Comment… also for a viewer with the comment grant (issue 23); a version never changes.
    if (auto *comment = findChild<QAction *>(u"addComment"_s))
        comment->setEnabled(commenting);
    if (mComments)
        mComments->refreshActions();
    updateTitle();
    updateSavedState();
}

std::unique_ptr<PosterContent> MainWindow::currentPosterContent() const
{
    if (mDocument && mCentral->currentWidget() == mJourneyEditor && mJourneyEditor->journeyId()) {
        auto content = std::make_unique<JourneyPosterContent>(mDocument->workspace(),
                                                              mJourneyEditor->journeyId());
        content->setEmotionScale(Preferences::emotionScale());
        content->setViewFilter(mJourneyEditor->canvas()->viewFilter()); // the view shown
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
