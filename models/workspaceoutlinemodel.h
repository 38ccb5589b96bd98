#pragma once

#include "changeevent.h"
#include "workspacedocument.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace Parcours {

// The workspace's personas and journeys as a two-group tree, for the sidebar, followed by a
// "Dashboard" row without children that opens the retention dashboard. Names are editable
// in place; editing pushes a command.
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

private:
    void onAboutToChange(const ChangeEvent &event);
    void onChanged(const ChangeEvent &event);
    static int groupOf(EntityKind kind);

    QPointer<WorkspaceDocument> mDocument;
};

} // namespace Parcours
