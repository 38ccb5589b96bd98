#include "itemmodels/workspaceoutlinemodel.h"

#include "analytics/forgottenzone.h"
#include "document/edits.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace Parcours {

namespace {
constexpr quintptr groupMarker = quintptr(-1);
const QString outlineRowMimeType = QStringLiteral("application/x-parcours-outline-row");
} // namespace

WorkspaceOutlineModel::WorkspaceOutlineModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void WorkspaceOutlineModel::setDocument(WorkspaceDocument *document)
{
    beginResetModel();
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    if (mDocument) {
        connect(mDocument, &WorkspaceDocument::aboutToChange, this,
                &WorkspaceOutlineModel::onAboutToChange);
        connect(mDocument, &WorkspaceDocument::changed, this, &WorkspaceOutlineModel::onChanged);
    }
    endResetModel();
}

int WorkspaceOutlineModel::groupOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Persona: return PersonasGroup;
    case EntityKind::Journey: return JourneysGroup;
    default: return -1;
    }
}

QModelIndex WorkspaceOutlineModel::groupIndex(Group group) const
{
    return createIndex(int(group), 0, groupMarker);
}

QModelIndex WorkspaceOutlineModel::indexOf(EntityKind kind, Id id) const
{
    if (!mDocument)
        return {};
    const int group = groupOf(kind);
    const int row = mDocument->indexOf({kind, id, 0, 0});
    return group < 0 || row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(group));
}

QModelIndex WorkspaceOutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupMarker);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex WorkspaceOutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupMarker)
        return {};
    return createIndex(int(child.internalId()), 0, groupMarker);
}

int WorkspaceOutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!mDocument)
        return 0;
    if (!parent.isValid())
        return 3;
    if (parent.internalId() != groupMarker || parent.column() != 0
        || parent.row() == DashboardGroup)
        return 0;
    const Workspace &w = mDocument->workspace();
    return parent.row() == PersonasGroup ? int(w.personas.size()) : int(w.journeys.size());
}

int WorkspaceOutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant WorkspaceOutlineModel::data(const QModelIndex &index, int role) const
{
    if (!mDocument || !index.isValid())
        return {};
    if (index.internalId() == groupMarker) {
        if (role == Qt::DisplayRole) {
            switch (index.row()) {
            case PersonasGroup: return tr("Personas");
            case JourneysGroup: return tr("Journeys");
            default: return tr("Dashboard");
            }
        }
        if (role == Qt::ToolTipRole && index.row() == DashboardGroup)
            return tr("Retention metrics, charts, journey summary and renewal levers");
        if (role == EntityKindRole)
            return -1;
        return {};
    }
    const Workspace &w = mDocument->workspace();
    if (index.internalId() == PersonasGroup) {
        const Persona &p = w.personas[size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole: return p.name;
        case Qt::ToolTipRole:
        case Qt::AccessibleDescriptionRole: { // screen readers get the ▽ verdict too
            const PersonaVerdict v = personaVerdict(p, VerdictScope::CurrentOnly);
            if (v.segments == 0)
                return tr("%1: no use case with a frequency yet").arg(p.name);
            const PersonaVerdict planned = personaVerdict(p, VerdictScope::WithPlanned);
            QString tip = (v.forgottenZone ? tr("%1: \u25BD in the forgotten zone (%2)")
                                           : tr("%1: used at least monthly (%2)"))
                              .arg(p.name, describeVerdict(v));
            if (planned.segments != v.segments) {
                tip += u'\n'
                    + (planned.forgottenZone
                           ? tr("With planned use cases: in the forgotten zone (%1)")
                           : tr("With planned use cases: out of the forgotten zone (%1)"))
                          .arg(describeVerdict(planned));
            }
            return tip;
        }
        case EntityKindRole: return int(EntityKind::Persona);
        case EntityIdRole: return p.id;
        case ForgottenZoneRole: return personaVerdict(p, VerdictScope::CurrentOnly).forgottenZone;
        default: return {};
        }
    }
    const Journey &j = w.journeys[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return j.name;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        const Persona *p = w.persona(j.personaId);
        return p ? tr("%1 (%2 stages, persona %3)").arg(j.name).arg(j.stages.size()).arg(p->name)
                 : tr("%1 (%2 stages)").arg(j.name).arg(j.stages.size());
    }
    case EntityKindRole: return int(EntityKind::Journey);
    case EntityIdRole: return j.id;
    default: return {};
    }
}

bool WorkspaceOutlineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!mDocument || role != Qt::EditRole || !index.isValid() || index.internalId() == groupMarker)
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty())
        return false;
    const bool persona = index.internalId() == PersonasGroup;
    const Id id = data(index, EntityIdRole).toLongLong();
    return persona ? Edit::setField(*mDocument, EntityRef::persona(id), Field::PersonaName, name)
                   : Edit::setField(*mDocument, EntityRef::journey(id), Field::JourneyName, name);
}

Qt::ItemFlags WorkspaceOutlineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const bool editable = mDocument && !mDocument->isReadOnly();
    if (index.internalId() == groupMarker) {
        if (index.row() == DashboardGroup)
            return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        return editable ? Qt::ItemIsEnabled | Qt::ItemIsDropEnabled : Qt::ItemIsEnabled;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (editable)
        f |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    return f;
}

QStringList WorkspaceOutlineModel::mimeTypes() const
{
    return {outlineRowMimeType};
}

QMimeData *WorkspaceOutlineModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.size() != 1 || !indexes.first().isValid()
        || indexes.first().internalId() == groupMarker)
        return nullptr;
    const QModelIndex &index = indexes.first();
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << index.data(EntityKindRole).toInt() << index.data(EntityIdRole).value<Id>();
    auto *data = new QMimeData;
    data->setData(outlineRowMimeType, encoded);
    return data;
}

std::optional<std::pair<EntityRef, int>> WorkspaceOutlineModel::dropTarget(
    const QMimeData *data, int row, const QModelIndex &parent) const
{
    if (!mDocument || mDocument->isReadOnly() || !data || !data->hasFormat(outlineRowMimeType))
        return std::nullopt;
    QDataStream stream(data->data(outlineRowMimeType));
    int kind = -1;
    Id id = 0;
    stream >> kind >> id;
    const EntityRef ref {EntityKind(kind), id, 0, 0};
    const int group = groupOf(ref.kind);
    const int from = mDocument->indexOf(ref);
    if (stream.status() != QDataStream::Ok || group < 0 || from < 0 || !parent.isValid())
        return std::nullopt;
    int before = row; // the dragged row goes before this one (counted with it still in place)
    if (parent.internalId() == groupMarker) {
        if (parent.row() != group)
            return std::nullopt;
        if (before < 0)
            before = rowCount(parent); // on the group's name: to the end
    } else {
        if (int(parent.internalId()) != group)
            return std::nullopt;
        before = parent.row(); // onto a row: takes its place
    }
    const int to = before > from ? before - 1 : before;
    return std::make_pair(ref, std::clamp(to, 0, rowCount(groupIndex(Group(group))) - 1));
}

bool WorkspaceOutlineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                            int, const QModelIndex &parent) const
{
    return action == Qt::MoveAction && dropTarget(data, row, parent).has_value();
}

bool WorkspaceOutlineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                         const QModelIndex &parent)
{
    const auto target = dropTarget(data, row, parent);
    if (action != Qt::MoveAction || !target)
        return false;
    if (mDocument->indexOf(target->first) != target->second)
        Edit::move(*mDocument, target->first, target->second);
    return true;
}

void WorkspaceOutlineModel::onAboutToChange(const ChangeEvent &event)
{
    const int group = groupOf(event.entity.kind);
    if (group < 0)
        return;
    const QModelIndex parent = groupIndex(Group(group));
    switch (event.type) {
    case ChangeEvent::Inserted: beginInsertRows(parent, event.index, event.index); break;
    case ChangeEvent::Removed: beginRemoveRows(parent, event.index, event.index); break;
    case ChangeEvent::Moved:
        // Qt counts the destination before the move: one past when moving down.
        beginMoveRows(parent, event.index, event.index, parent,
                      event.toIndex > event.index ? event.toIndex + 1 : event.toIndex);
        break;
    default: break;
    }
}

void WorkspaceOutlineModel::onChanged(const ChangeEvent &event)
{
    const int group = groupOf(event.entity.kind);
    switch (event.type) {
    case ChangeEvent::Inserted:
        if (group >= 0)
            endInsertRows();
        break;
    case ChangeEvent::Removed:
        if (group >= 0)
            endRemoveRows();
        break;
    case ChangeEvent::Moved:
        if (group >= 0)
            endMoveRows();
        break;
    case ChangeEvent::FieldChanged: {
        // Names, and persona verdicts that follow from use-case frequencies.
        QModelIndex idx;
        if (group >= 0)
            idx = indexOf(event.entity.kind, event.entity.id);
        else if (event.entity.kind == EntityKind::UseCase)
            idx = indexOf(EntityKind::Persona, event.entity.parent);
        if (idx.isValid())
            emit dataChanged(idx, idx);
        break;
    }
    case ChangeEvent::Reset:
        beginResetModel();
        endResetModel();
        break;
    }
    if ((event.type == ChangeEvent::Inserted || event.type == ChangeEvent::Removed)
        && event.entity.kind == EntityKind::UseCase) {
        const QModelIndex idx = indexOf(EntityKind::Persona, event.entity.parent);
        if (idx.isValid())
            emit dataChanged(idx, idx);
    }
}

} // namespace Parcours
