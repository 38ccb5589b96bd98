#include "itemmodels/opportunityfiltermodel.h"

#include "itemmodels/opportunitytablemodel.h"

namespace Parcours {

OpportunityFilterModel::OpportunityFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OpportunityTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true); // re-ranks as values and votes change
}

void OpportunityFilterModel::setStatusFilter(int status)
{
    if (status == mStatus)
        return;
    mStatus = status;
    invalidateFilter();
}

void OpportunityFilterModel::setQuadrantFilter(int quadrant)
{
    if (quadrant == mQuadrant)
        return;
    mQuadrant = quadrant;
    invalidateFilter();
}

void OpportunityFilterModel::setSearchText(const QString &text)
{
    if (text == mSearch)
        return;
    mSearch = text;
    invalidateFilter();
}

bool OpportunityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (mStatus >= 0 && row.data(OpportunityTableModel::StatusRole).toInt() != mStatus)
        return false;
    if (mQuadrant >= 0 && row.data(OpportunityTableModel::QuadrantRole).toInt() != mQuadrant)
        return false;
    if (mSearch.isEmpty())
        return true;
    const auto contains = [this, sourceRow, &sourceParent](int column, int role) {
        return sourceModel()
            ->index(sourceRow, column, sourceParent)
            .data(role)
            .toString()
            .contains(mSearch, Qt::CaseInsensitive);
    };
    return contains(OpportunityTableModel::TitleColumn, Qt::DisplayRole)
        || contains(OpportunityTableModel::OwnerColumn, Qt::DisplayRole)
        || contains(OpportunityTableModel::TitleColumn, Qt::ToolTipRole); // the description
}

} // namespace Parcours
