#include "workspacesidebar.h"

#include "workspaceoutlinemodel.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace Parcours {

namespace {

// Draws the forgotten-zone marker: the amber marker icon and a hollow down-arrow glyph after
// the name, so that it never depends on colour alone.
class OutlineDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(WorkspaceOutlineModel::ForgottenZoneRole).toBool()) {
            static const QIcon marker(QStringLiteral(":/icons/forgotten-zone.svg"));
            option->text += QStringLiteral("  \u25BD");
            option->icon = marker;
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationPosition = QStyleOptionViewItem::Right;
        }
        if (index.data(WorkspaceOutlineModel::EntityKindRole).toInt() == -1)
            option->font.setBold(true);
    }
};

} // namespace

WorkspaceSidebar::WorkspaceSidebar(WorkspaceOutlineModel *model, QWidget *parent)
    : QTreeView(parent)
    , mModel(model)
{
    setModel(model);
    setItemDelegate(new OutlineDelegate(this));
    setHeaderHidden(true);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Personas and journeys"));
    header()->setStretchLastSection(true);
    expandAll();
    connect(model, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &group) { expand(group); });
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { emit currentEntityChanged(currentEntity()); });
}

EntityRef WorkspaceSidebar::currentEntity() const
{
    const QModelIndex index = currentIndex();
    const int kind = index.data(WorkspaceOutlineModel::EntityKindRole).toInt();
    if (!index.isValid() || kind < 0)
        return EntityRef::workspace();
    return {EntityKind(kind), index.data(WorkspaceOutlineModel::EntityIdRole).toLongLong(), 0, 0};
}

void WorkspaceSidebar::selectEntity(EntityKind kind, Id id)
{
    const QModelIndex index = mModel->indexOf(kind, id);
    if (index.isValid())
        setCurrentIndex(index);
}

} // namespace Parcours
