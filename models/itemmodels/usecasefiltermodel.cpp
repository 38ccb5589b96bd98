#include "itemmodels/usecasefiltermodel.h"

#include "itemmodels/usecasetablemodel.h"

namespace Parcours {

UseCaseFilterModel::UseCaseFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UseCaseTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void UseCaseFilterModel::setFilter(Filter filter)
{
    if (filter == mFilter)
        return;
    mFilter = filter;
    invalidateRowsFilter();
}

void UseCaseFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == mSearch)
        return;
    mSearch = trimmed;
    invalidateRowsFilter();
}

bool UseCaseFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    switch (mFilter) {
    case AllRows: break;
    case ForgottenZoneOnly:
        if (!first.data(UseCaseTableModel::ForgottenZoneRole).toBool())
            return false;
        break;
    case BelowCadenceOnly:
        if (!first.data(UseCaseTableModel::BelowCadenceRole).toBool())
            return false;
        break;
    case CurrentOnly:
        if (first.data(UseCaseTableModel::PlannedRole).toBool())
            return false;
        break;
    case PlannedOnly:
        if (!first.data(UseCaseTableModel::PlannedRole).toBool())
            return false;
        break;
    }
    if (mSearch.isEmpty())
        return true;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        const QString text = source->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(mSearch, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool UseCaseFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.metaType() == QMetaType::fromType<double>() || a.metaType() == QMetaType::fromType<int>())
        return a.toDouble() < b.toDouble();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Parcours
