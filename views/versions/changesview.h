#pragma once

#include "analytics/workspacediff.h"
#include "document/entityref.h"

#include <QTreeWidget>

namespace Parcours {

// What changed between two states of a workspace (issue 23), as a tree: flipped
// forgotten-zone verdicts and changed metric periods first, then the changes grouped by
// persona and journey, each "added/removed/changed ITEM "NAME"" with its fields old → new
// as children. Activating a change (click, Enter) asks for its item to be shown.
class ChangesView final : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ChangesView(QWidget *parent = nullptr);

    // `now`: the workspace the changes lead to, where their items are looked for.
    void setDiff(const WorkspaceDiff &diff, const Workspace &now);
    void clearDiff();

signals:
    void itemRequested(const Parcours::EntityRef &ref);

private:
    QTreeWidgetItem *addChange(QTreeWidgetItem *parent, const ItemChange &change,
                               const EntityRef &ref);
};

} // namespace Parcours
