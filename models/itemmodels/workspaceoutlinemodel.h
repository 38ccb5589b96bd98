#pragma once

#include "document/changeevent.h"
#include "document/workspacedocument.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <optional>

namespace Parcours {

// The workspace's personas and journeys as a two-group tree, for the sidebar, followed by a
// "Dashboard" row without children that opens the retention dashboard. Names are editable
// in place; editing pushes a command. Personas and journeys are reordered by dragging them
// within their group (one undoable move).
class WorkspaceOutlineModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Group { PersonasGroup, JourneysGroup, DashboardGroup };
    enum Role {
        EntityKindRole = Qt::UserRole + 1, // int(EntityKind) of the row, -1 for groups
        EntityIdRole,
        ForgottenZoneRole, // bool, personas only
    };

    explicit WorkspaceOutlineModel(QObject *parent = nullptr);

    void setDocument(WorkspaceDocument *document);
    WorkspaceDocument *document() const { return mDocument; }

    QModelIndex groupIndex(Group group) const;
    QModelIndex indexOf(EntityKind kind, Id id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Moves the dragged persona or journey through Edit::move. The row is not removed
    // afterwards (removeRows() is not implemented): the move already happened.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    void onAboutToChange(const ChangeEvent &event);
    void onChanged(const ChangeEvent &event);
    static int groupOf(EntityKind kind);
    // The dragged entity and the index it moves to, or nothing when the drop is not a move
    // within the entity's own group.
    std::optional<std::pair<EntityRef, int>> dropTarget(const QMimeData *data, int row,
                                                        const QModelIndex &parent) const;

    QPointer<WorkspaceDocument> mDocument;
};

} // namespace Parcours
