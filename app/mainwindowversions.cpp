// MainWindow's part of labelled versions (issue 23): File > Save Version…, View > Versions,
// a version opened read-only in a window of its own, and the changed items shown.
#include "mainwindow.h"

#include "document/workspacedocument.h"
#include "itemmodels/usecasetablemodel.h"
#include "journey/journeycanvas.h"
#include "journey/journeyeditor.h"
#include "usecases/usecasemapeditor.h"
#include "usecases/usecasetableview.h"
#include "versions/canvaschangemarks.h"
#include "versions/saveversiondialog.h"
#include "versions/tablechangemarks.h"
#include "versions/versionaccess.h"
#include "versions/versionspanel.h"
#include "workspace/workspacesidebar.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Parcours {

void MainWindow::createVersionActions(QMenu *file)
{
    mSaveVersion = file->addAction(tr("Save &Version…"), this, [this] {
        if (!mDocument)
            return;
        const QString label = SaveVersionDialog::saveVersion(*mDocument, this);
        if (label.isEmpty())
            return;
        statusBar()->showMessage(tr("Saved version \u201c%1\u201d.").arg(label), 8000);
        mVersions->reload();
        mVersions->selectLabel(label);
    });
    mSaveVersion->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_V);
    mSaveVersion->setObjectName(u"saveVersionAction"_s);
    const QString tip = tr("Keep the workspace as it is now as a labelled version, to open, "
                           "compare or restore later (View > Versions).");
    mSaveVersion->setStatusTip(tip);
    mSaveVersion->setWhatsThis(tip);
    mSaveVersion->setEnabled(false);
}

void MainWindow::createViewMenu()
{
    // The View menu createPageMenus() made, with Present (F5) in it.
    auto *view = menuBar()->findChild<QMenu *>(u"viewMenu"_s, Qt::FindDirectChildrenOnly);
    Q_ASSERT(view);
    view->addSeparator();
    mVersions = new VersionsPanel;
    auto *dock = new QDockWidget(tr("Versions"), this);
    dock->setObjectName(u"versionsDock"_s);
    dock->setWidget(mVersions);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    QAction *toggle = dock->toggleViewAction();
    toggle->setText(tr("&Versions"));
    toggle->setShortcut(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_V);
    const QString tip = tr("Show the workspace's labelled versions: open one read-only, restore "
                           "it, or see what changed since.");
    toggle->setStatusTip(tip);
    toggle->setWhatsThis(tip);
    view->addAction(toggle);
    connect(mVersions, &VersionsPanel::openReadOnlyRequested, this,
            &MainWindow::openVersionReadOnly);
    connect(mVersions, &VersionsPanel::itemRequested, this, &MainWindow::showChangedItem);
    // Comparing with now marks the changed cells and use-case rows.
    auto *canvasMarks = new CanvasChangeMarks(mJourneyEditor->canvas());
    auto *tableMarks = new TableChangeMarks(mMapEditor->table(), mMapEditor->tableModel());
    connect(mVersions, &VersionsPanel::changedItemsChanged, this,
            [canvasMarks, tableMarks](const ChangedItems &items) {
                canvasMarks->setMarks(items.cells, items.tooltips);
                tableMarks->setMarks(items.useCases, items.tooltips);
            });
}

void MainWindow::updateVersionActions()
{
    const bool versionWindow = !mVersionLabel.isEmpty();
    mVersions->setDocument(versionWindow ? nullptr : mDocument.get());
    if (!mSaveVersion)
        return;
    const VersionAccess access(mDocument.get());
    mSaveVersion->setEnabled(!versionWindow && access.canSave());
    const QString why = versionWindow ? tr("This window shows a version: it cannot be changed.")
        : !access.unavailableReason().isEmpty() ? access.unavailableReason()
        : mDocument && mDocument->isReadOnly()  ? mDocument->readOnlyReason()
                                                : QString();
    mSaveVersion->setToolTip(why.isEmpty() ? tr("Save Version") : why);
    if (versionWindow) {
        // Nothing changes a version: no command that edits, imports or copies it elsewhere.
        for (QAction *action : std::as_const(mDocumentActions))
            action->setEnabled(false);
    }
}

void MainWindow::openVersionReadOnly(const QString &label, const Workspace &version)
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!window->showVersion(label, version)) {
        delete window;
        return;
    }
    window->show();
}

bool MainWindow::showVersion(const QString &label, const Workspace &version)
{
    // The version becomes a read-only workspace in a temporary file, so that every page,
    // print and export shows it with the window's own code, and nothing can edit it.
    mVersionFolder = std::make_unique<QTemporaryDir>();
    const QString path = mVersionFolder->filePath(u"version.parcours"_s);
    QString error = mVersionFolder->isValid() ? QString() : mVersionFolder->errorString();
    if (error.isEmpty()) {
        const WorkspaceDocument::OpenResult created = WorkspaceDocument::create(path, version);
        error = created.error;
    }
    WorkspaceDocument::OpenResult opened;
    if (error.isEmpty()) {
        opened = WorkspaceDocument::open(path, StoreBackend::Access::ReadOnly);
        error = opened.error;
    }
    if (!opened.document) {
        QMessageBox::warning(this, tr("Cannot open the version"),
                             tr("Version \u201c%1\u201d cannot be opened:\n%2").arg(label, error));
        return false;
    }
    mVersionLabel = label;
    setDocument(std::move(opened.document));
    return true;
}

void MainWindow::showChangedItem(const EntityRef &ref)
{
    if (!mDocument)
        return;
    const Workspace &w = mDocument->workspace();
    switch (ref.kind) {
    case EntityKind::Persona:
    case EntityKind::UseCase: {
        const Id persona = ref.kind == EntityKind::Persona ? ref.id : ref.parent;
        if (!w.persona(persona))
            return;
        mSidebar->selectEntity(EntityKind::Persona, persona);
        if (ref.kind == EntityKind::UseCase) {
            const int row = mMapEditor->tableModel()->rowOf(ref.id);
            QAbstractItemModel *shown = mMapEditor->table()->model();
            QModelIndex index = mMapEditor->tableModel()->index(row, 0);
            if (auto *proxy = qobject_cast<QAbstractProxyModel *>(shown))
                index = proxy->mapFromSource(index);
            if (index.isValid()) {
                mMapEditor->table()->setCurrentIndex(index);
                mMapEditor->table()->scrollTo(index);
            }
        }
        return;
    }
    case EntityKind::Journey:
    case EntityKind::Stage:
    case EntityKind::Lane:
    case EntityKind::Cell: {
        const Id journey = ref.kind == EntityKind::Journey ? ref.id : ref.parent;
        if (!w.journey(journey))
            return;
        mSidebar->selectEntity(EntityKind::Journey, journey);
        JourneyCanvas *canvas = mJourneyEditor->canvas();
        if (ref.kind == EntityKind::Cell)
            canvas->setCurrent(ref.id, ref.secondary);
        else if (ref.kind == EntityKind::Stage)
            canvas->setCurrent(ref.id, 0);
        canvas->setFocus();
        return;
    }
    default: break;
    }
}

} // namespace Parcours
