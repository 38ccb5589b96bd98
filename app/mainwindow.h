#pragma once

#include "entityref.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QStackedWidget;
class QTextBrowser;
class QUndoGroup;

namespace Parcours {

class SharedBanner;
class WorkspaceDocument;
class WorkspaceOutlineModel;
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

    // Opens in this window when it is empty, otherwise in a new one. Reports problems in a
    // message box and returns false.
    bool openFile(const QString &path); // or a postgresql:// location
    bool openShared(WorkspaceLocation location);
    bool openSample();
    bool newWorkspace();

    void addPersona();
    void addJourney();
    void deleteSelected();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void setDocument(std::unique_ptr<WorkspaceDocument> document);
    bool openUntitled(const QByteArray &json);
    bool saveAs();
    bool maybeKeepUntitled();
    void updateTitle();
    void updateSavedState();
    void updateReadOnly();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void showCurrentEntity();
    MainWindow *windowFor(const QString &path);

    std::unique_ptr<WorkspaceDocument> mDocument;
    WorkspaceOutlineModel *mOutline;
    WorkspaceSidebar *mSidebar;
    QStackedWidget *mCentral;
    QTextBrowser *mSummary;
    SharedBanner *mBanner;
    QLabel *mSavedLabel;
    QUndoGroup *mUndoGroup;
    QMenu *mRecentMenu = nullptr;
    QAction *mUndo = nullptr;
    QAction *mRedo = nullptr;
    QList<QAction *> mDocumentActions; // enabled only with an open, writable workspace
};

} // namespace Parcours
