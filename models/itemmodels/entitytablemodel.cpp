#include "itemmodels/entitytablemodel.h"

#include "formats/csv.h"

#include <set>

using namespace Qt::StringLiterals;

namespace Parcours {

EntityTableModel::EntityTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void EntityTableModel::setDocument(WorkspaceDocument *document)
{
    beginResetModel();
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    onDocumentReplaced();
    if (mDocument) {
        connect(mDocument, &WorkspaceDocument::aboutToChange, this,
                &EntityTableModel::onAboutToChange);
        connect(mDocument, &WorkspaceDocument::changed, this, &EntityTableModel::onChanged);
    }
    endResetModel();
}

bool EntityTableModel::isRowChange(const ChangeEvent &event)
{
    return event.type == ChangeEvent::Inserted || event.type == ChangeEvent::Removed
        || event.type == ChangeEvent::Moved;
}

void EntityTableModel::onAboutToChange(const ChangeEvent &event)
{
    if (!isRowChange(event) || !isRowEvent(event)) {
        onOtherAboutToChange(event);
        return;
    }
    switch (event.type) {
    case ChangeEvent::Inserted: beginInsertRows({}, event.index, event.index); break;
    case ChangeEvent::Removed: beginRemoveRows({}, event.index, event.index); break;
    case ChangeEvent::Moved:
        // Qt counts the destination before the move: one past when moving down.
        beginMoveRows({}, event.index, event.index, {},
                      event.toIndex > event.index ? event.toIndex + 1 : event.toIndex);
        break;
    default: break;
    }
}

void EntityTableModel::onChanged(const ChangeEvent &event)
{
    if (event.type == ChangeEvent::Reset) {
        beginResetModel();
        endResetModel();
        return;
    }
    if (!isRowChange(event) || !isRowEvent(event)) {
        onOtherChange(event);
        return;
    }
    // Row numbers in the vertical header shift below an inserted or removed row.
    switch (event.type) {
    case ChangeEvent::Inserted:
        endInsertRows();
        emit headerDataChanged(Qt::Vertical, event.index, rowCount() - 1);
        break;
    case ChangeEvent::Removed:
        endRemoveRows();
        if (event.index < rowCount())
            emit headerDataChanged(Qt::Vertical, event.index, rowCount() - 1);
        break;
    case ChangeEvent::Moved:
        endMoveRows();
        emit headerDataChanged(Qt::Vertical, std::min(event.index, event.toIndex),
                               std::max(event.index, event.toIndex));
        break;
    default: break;
    }
}

void EntityTableModel::emitRowChanged(int row)
{
    if (row < 0)
        return;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    emit headerDataChanged(Qt::Vertical, row, row);
}

QString EntityTableModel::copyText(const QModelIndexList &indexes,
                                   const std::function<QString(const QModelIndex &)> &cellText)
{
    if (indexes.isEmpty())
        return {};
    std::set<int> rows;
    int left = INT_MAX;
    int right = -1;
    QSet<QPair<int, int>> selected;
    for (const QModelIndex &index : indexes) {
        rows.insert(index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
        selected.insert({index.row(), index.column()});
    }
    const QAbstractItemModel *model = indexes.first().model();
    QList<QStringList> out;
    for (const int row : rows) {
        QStringList fields;
        for (int column = left; column <= right; ++column) {
            const QModelIndex cell = model->index(row, column);
            if (!selected.contains({row, column}))
                fields << QString();
            else
                fields << (cellText ? cellText(cell) : cell.data(Qt::EditRole).toString());
        }
        out << fields;
    }
    Csv::WriteOptions options;
    options.delimiter = u'\t';
    options.lineEnd = u"\n"_s;
    return QString::fromUtf8(Csv::write(out, options));
}

} // namespace Parcours
