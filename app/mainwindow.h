#pragma once

#include "document/entityref.h"
#include "domain/comment.h"

#include <QKeySequence>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTemporaryDir;
class QTimer;
class QUndoGroup;

namespace Parcours {

class CommentsPanel;
class HelpDialog;
class WelcomePage;
class WorkspaceOverview;
struct Workspace;
class JourneyEditor;
class DashboardPage;
class OpportunityBoard;
class PosterContent;
class SharedBanner;
class WorkspaceDocument;
class WorkspaceOutlineModel;
class UseCaseMapEditor;
class VersionsPanel;
class WorkspaceSidebar;
struct WorkspaceLocation;

// One window per open workspace: wires the document to the sidebar and editors, and
// file actions to the store. Edits themselves live in models/edits.h.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkspaceDocument *document() const { return mDocument.get(); }
    WorkspaceSidebar *sidebar() const { return mSidebar; }
    // The central pages: welcome, overview and the editors.
    QStackedWidget *pages() const { return mCentral; }
    WelcomePage *welcomePage() const { return mWelcome; }
    UseCaseMapEditor *useCaseMapEditor() const { return mMapEditor; }
    DashboardPage *dashboard() const { return mDashboard; }
    OpportunityBoard *opportunityBoard() const { return mOpportunities; }
    VersionsPanel *versionsPanel() const { return mVersions; }
    // The label of the version this window shows read-only, or empty (issue 23).
    QString versionLabel() const { return mVersionLabel; }

    // Opens in this window when it is empty, otherwise in a new one. Reports problems in a
    // message box and returns false.
    bool openFile(const QString &path); // or a postgresql:// location
    bool openShared(WorkspaceLocation location);
    bool openSample();
    // A start without a file: with "Reopen last workspace on start" in the Preferences, opens
    // the most recent workspace still there; otherwise (or when none is) the welcome page stays.
    bool openLastWorkspace();
    bool newWorkspace();
    // key: "saas", "seasonal" or "service" (WelcomePage::templates()).
    bool newWorkspaceFromTemplate(const QString &key);
    // Closes the workspace and shows the welcome page; with none open, closes the window.
    bool closeWorkspace();
    // The session ends (SIGTERM, logout): closes every window's workspace at once, asking
    // nothing. Every edit is already in its file; untitled work stays in the untitled folder,
    // offered again at the next start. The windows stay, for the caller to end the process.
    static void closeAllForShutdown();
    // Untitled workspaces left by a session that ended without closing them (a crash, a
    // killed process) and open in no window here, newest first.
    static QStringList unsavedWorkspaces();
    // At startup: offers to open the unsaved workspaces, each in a window of its own.
    Q_INVOKABLE void offerRecovery();
    void showHelp(const QString &topic = QString());
    void showPreferences();

    void addPersona();
    void addJourney();
    void addJourneyFromTemplate();
    void deleteSelected();
    void moveSelected(int delta);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // mainwindowactions.cpp: the menus, toolbar and Edit routing.
    void createActions();
    void createFileMenu();
    void createEditMenu();
    void createWorkspaceMenu();
    // Comments (issue 23, mainwindowcomments.cpp).
    void createCommentsDock(QMenu *workspace);
    std::optional<CommentTarget> currentCommentTarget() const;
    void showCommentTarget(const CommentTarget &target);
    void createPageMenus();
    // Vote mode in the Workspace menu, "Raise How Often…" and badges on use-case rows.
    void hookOpportunityCommands(QMenu *workspace, QAction *showBoard);
    void createHelpMenu();
    // mainwindowversions.cpp (issue 23): File > Save Version…, View > Versions, a version
    // opened read-only in a window of its own.
    void createVersionActions(QMenu *file);
    void createViewMenu();
    void updateVersionActions();
    void openVersionReadOnly(const QString &label, const Workspace &version);
    bool showVersion(const QString &label, const Workspace &version);
    void showChangedItem(const EntityRef &ref);
    void createToolBar();
    // Edit > Cut, Copy, …: the focused editor does it, as with its own key.
    void sendStandardKey(QKeySequence::StandardKey key);
    void updateEditActions();
    void focusSearchField();
    QLineEdit *currentSearchField() const;
    // After a poster was written from the window: what and where, with Open and Show in folder.
    void showExportNotice(const QString &path, const QString &summary);
    void exportPoster();

    void setDocument(std::unique_ptr<WorkspaceDocument> document);
    bool openUntitled(const Workspace &workspace);
    bool saveAs();
    bool maybeKeepUntitled();
    bool mSidebarSized = true; // false: the first workspace shown sets its default width
    bool mCreatedUntitled = false; // made in this session: nothing to keep while untouched
    void updateTitle();
    void updateSavedState();
    void updateReadOnly();
    void updateRecentMenu(); // mainwindowfiles.cpp: opening, Save As, untitled work, recent files
    void addRecentFile(const QString &path);
    void showCurrentEntity();
    // What File > Print and Export Poster print: the journey or dashboard shown, or nothing.
    std::unique_ptr<PosterContent> currentPosterContent() const;
    static QList<MainWindow *> allWindows();
    static MainWindow *windowFor(const QString &path);
    static QString workspaceFileFilter();
    static QString untitledFolder();
    // Shows the window that has `where` open already, or, when this one holds a workspace,
    // opens it with `open` in a new window: whether that succeeded. Nullopt when this window
    // is to open it itself.
    std::optional<bool> openElsewhere(const QString &where,
                                      const std::function<bool(MainWindow *)> &open);

    // A version shown read-only: its temporary file, which must outlive mDocument.
    std::unique_ptr<QTemporaryDir> mVersionFolder;
    QString mVersionLabel;
    std::unique_ptr<WorkspaceDocument> mDocument;
    WorkspaceOutlineModel *mOutline;
    WorkspaceSidebar *mSidebar;
    QStackedWidget *mCentral;
    WelcomePage *mWelcome;
    WorkspaceOverview *mOverview;
    JourneyEditor *mJourneyEditor;
    UseCaseMapEditor *mMapEditor;
    DashboardPage *mDashboard;
    OpportunityBoard *mOpportunities; // in a dock: Workspace > Show Opportunities
    SharedBanner *mBanner;
    VersionsPanel *mVersions = nullptr; // in a dock: View > Versions
    QAction *mSaveVersion = nullptr;
    QLabel *mSavedLabel;
    QLabel *mExportNotice;
    QTimer *mExportNoticeTimer;
    QUndoGroup *mUndoGroup;
    QMenu *mRecentMenu = nullptr;
    QPointer<HelpDialog> mHelp;
    QAction *mUndo = nullptr;
    QAction *mRedo = nullptr;
    QAction *mNew = nullptr;
    QAction *mOpen = nullptr;
    QAction *mSaveAs = nullptr;
    QAction *mAddPersona = nullptr;
    QAction *mAddJourney = nullptr;
    QAction *mFind = nullptr;
    QList<QAction *> mEditActions; // Cut, Copy, Paste, Delete, Select All
    QMenu *mJourneyMenu = nullptr; // the journey editor's commands, shown with it
    QMenu *mUseCaseMenu = nullptr; // the use-case map editor's commands, shown with it
    CommentsPanel *mComments = nullptr; // in a dock: Workspace > Show Comments
    QList<QAction *> mDocumentActions; // enabled only with an open, writable workspace
    QList<QAction *> mPosterActions; // enabled when something printable is shown
};

} // namespace Parcours
