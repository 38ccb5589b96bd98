#pragma once

#include "domain/workspace.h"
#include "domain/workspaceversion.h"
#include "versions/changelocator.h"

#include <QPointer>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace Parcours {

class ChangesView;
class WorkspaceDocument;

// View > Versions (issue 23): the workspace's labelled versions, newest first, read when the
// panel is shown (never when the workspace opens), with what to do with one: open it
// read-only, restore it (one undo step, after keeping the current state as a version), compare
// it with now or with another version; the changes show below.
class VersionsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit VersionsPanel(QWidget *parent = nullptr);

    void setDocument(WorkspaceDocument *document);
    // Reads the list again (after File > Save Version…), when the panel is shown.
    void reload();

    QTreeWidget *list() const { return mList; }
    ChangesView *changes() const { return mChanges; }
    QPushButton *openButton() const { return mOpen; }
    QPushButton *restoreButton() const { return mRestore; }
    QPushButton *compareNowButton() const { return mCompareNow; }
    QPushButton *compareWithButton() const { return mCompareWith; }
    // The label of the version selected, or empty.
    QString selectedLabel() const;
    void selectLabel(const QString &label);
    bool isLoaded() const { return mLoaded; }

    void openSelected();
    void restoreSelected();
    void compareSelectedWithNow();
    // Compares the selected version with `other` (asked for when empty), older to newer.
    void compareSelectedWith(const QString &other = {});
    void stopComparing();

signals:
    void openReadOnlyRequested(const QString &label, const Parcours::Workspace &version);
    void itemRequested(const Parcours::EntityRef &ref);
    // The cells and use cases changed since the version compared with now; empty when not
    // comparing with now.
    void changedItemsChanged(const Parcours::ChangedItems &items);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateActions();
    void refreshComparison();
    std::optional<Workspace> readVersion(const QString &label);

    QPointer<WorkspaceDocument> mDocument; // null once the window has let it go
    bool mLoaded = false;
    std::vector<VersionInfo> mVersions;
    QLabel *mStatus;
    QTreeWidget *mList;
    QPushButton *mOpen;
    QPushButton *mRestore;
    QPushButton *mCompareNow;
    QPushButton *mCompareWith;
    QLabel *mCompareCaption;
    ChangesView *mChanges;
    QTimer *mRecompare;
    // Comparing with now: the version's workspace, compared again after each edit.
    QString mComparedLabel;
    std::optional<Workspace> mCompared;
};

} // namespace Parcours
