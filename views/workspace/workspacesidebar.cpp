#include "workspace/workspacesidebar.h"

#include "common/commentmarkeddelegate.h"
#include "itemmodels/workspaceoutlinemodel.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace Parcours {

namespace {

// Personas and journeys get their icon; a persona in the forgotten zone gets the amber
// triangle marker instead and a hollow down-arrow glyph after its name, so that the marker
// never depends on colour alone (its tooltip says it in words).
class OutlineDelegate final : public CommentMarkedDelegate<QStyledItemDelegate>
{
public:
    using CommentMarkedDelegate::CommentMarkedDelegate; // a persona's open comments (issue 23)

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        static const QIcon persona(QStringLiteral(":/icons/persona.svg"));
        static const QIcon journey(QStringLiteral(":/icons/journey.svg"));
        static const QIcon marker(QStringLiteral(":/icons/forgotten-zone.svg"));
        QStyledItemDelegate::initStyleOption(option, index);
        const int kind = index.data(WorkspaceOutlineModel::EntityKindRole).toInt();
        if (kind == -1) {
            option->font.setBold(true);
            return;
        }
        const bool forgotten = index.data(WorkspaceOutlineModel::ForgottenZoneRole).toBool();
        if (forgotten)
            option->text += QStringLiteral("  \u25BD");
        option->icon = kind == int(EntityKind::Journey) ? journey : forgotten ? marker : persona;
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
};

} // namespace

WorkspaceSidebar::WorkspaceSidebar(WorkspaceOutlineModel *model, QWidget *parent)
    : QTreeView(parent)
    , mModel(model)
{
    // Before setModel(): this runs before the selection model moves the current row away.
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &group, int first, int last) {
                mRemoving = true;
                const QModelIndex current = currentIndex();
                if (mLost.kind == EntityKind::Workspace && current.parent() == group
                    && current.row() >= first && current.row() <= last)
                    mLost = currentEntity();
            });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { mRemoving = false; });
    setModel(model);
    auto *marks
        = new CommentMarks(this, 0, [](const QModelIndex &index) -> std::optional<CommentTarget> {
              if (index.data(WorkspaceOutlineModel::EntityKindRole).toInt()
                  != int(EntityKind::Persona))
                  return std::nullopt;
              return CommentTarget::persona(
                  index.data(WorkspaceOutlineModel::EntityIdRole).toLongLong());
          });
    marks->setObjectName(QStringLiteral("personaCommentMarks"));
    setItemDelegate(new OutlineDelegate(this, marks));
    setHeaderHidden(true);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // Personas and journeys are reordered by dragging within their group (the model refuses
    // anything else), as well as by Move Up / Move Down.
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
    setAccessibleName(tr("Personas and journeys"));
    setAccessibleDescription(tr("The workspace's personas, with \u25BD after a persona in the "
                                "forgotten zone, its journeys and the retention dashboard."));
    header()->setStretchLastSection(true);
    expandAll();
    connect(model, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &group) {
        expand(group);
        if (mLost.kind != EntityKind::Workspace && currentEntity().kind == EntityKind::Workspace
            && mModel->indexOf(mLost.kind, mLost.id).isValid())
            selectEntity(mLost.kind, mLost.id);
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { mLost = EntityRef(); });
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (!mRemoving) // chosen, or the lost row back: forgotten
            mLost = EntityRef();
        emit currentEntityChanged(currentEntity());
    });
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
