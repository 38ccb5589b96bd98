#pragma once

#include <QSortFilterProxyModel>

namespace Parcours {

// Sorting and filtering over an OpportunityTableModel: numeric columns sort as numbers (score
// by its exact value), status and quadrant in their order; filters keep one status, one
// quadrant, and rows whose title, owner or description contains a search string.
class OpportunityFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OpportunityFilterModel(QObject *parent = nullptr);

    // -1: any; else an OpportunityStatus / OpportunityQuadrant as int.
    void setStatusFilter(int status);
    void setQuadrantFilter(int quadrant);
    void setSearchText(const QString &text);
    int statusFilter() const { return mStatus; }
    int quadrantFilter() const { return mQuadrant; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int mStatus = -1;
    int mQuadrant = -1;
    QString mSearch;
};

} // namespace Parcours
