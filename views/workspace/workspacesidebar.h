#pragma once

#include "document/entityref.h"

#include <QTreeView>

namespace Parcours {

class WorkspaceOutlineModel;

// The sidebar: personas and journeys, each persona marked when it sits in the forgotten
// zone (an icon and its tooltip, not colour alone). Double-click or F2 renames.
class WorkspaceSidebar final : public QTreeView
{
    Q_OBJECT

public:
    explicit WorkspaceSidebar(WorkspaceOutlineModel *model, QWidget *parent = nullptr);

    // The selected persona or journey; kind Workspace when none.
    EntityRef currentEntity() const;
    void selectEntity(EntityKind kind, Id id);

signals:
    void currentEntityChanged(const Parcours::EntityRef &entity);

private:
    WorkspaceOutlineModel *mModel;
    // The persona or journey whose row went while it was selected (a version restored takes
    // every row out and puts them back; an undone removal): selected again when it comes back
    // with nothing else chosen since, so that its page stays on screen.
    EntityRef mLost;
    bool mRemoving = false;
};

} // namespace Parcours
