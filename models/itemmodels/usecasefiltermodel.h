#pragma once

#include <QSortFilterProxyModel>

namespace Parcours {

// Sorting and filtering over a UseCaseTableModel: frequencies sort by uses per month and
// weights as numbers; filters keep the forgotten zone, the rows at risk of inactivity, the
// current or the planned use cases, and rows whose text contains a search string.
class UseCaseFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum Filter { AllRows, ForgottenZoneOnly, BelowCadenceOnly, CurrentOnly, PlannedOnly };

    explicit UseCaseFilterModel(QObject *parent = nullptr);

    Filter filter() const { return mFilter; }
    void setFilter(Filter filter);
    void setSearchText(const QString &text);
    bool isFiltering() const { return mFilter != AllRows || !mSearch.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Filter mFilter = AllRows;
    QString mSearch;
};

} // namespace Parcours
