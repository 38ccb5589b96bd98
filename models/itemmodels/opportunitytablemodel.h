#pragma once

#include "itemmodels/entitytablemodel.h"

#include <optional>

namespace Parcours {

// The workspace's opportunities as a table (the board): title, status, owner, values, effort
// and votes are editable (setData goes through Edit::setOpportunityField, one undo step each);
// score and quadrant are computed. The score depends on every opportunity's votes, so a
// change of votes, or a row added or removed, refreshes the whole score column.
class OpportunityTableModel final : public EntityTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        StatusColumn,
        OwnerColumn,
        CustomerValueColumn,
        BusinessValueColumn,
        EffortColumn,
        VotesColumn,
        ScoreColumn,
        QuadrantColumn,
        ColumnCount
    };
    enum Role {
        OpportunityIdRole = Qt::UserRole + 1, // Id
        SortRole, // numbers for numeric columns, status and quadrant by their order
        StatusRole, // int: OpportunityStatus
        QuadrantRole, // int: OpportunityQuadrant
    };

    explicit OpportunityTableModel(QObject *parent = nullptr);

    Id opportunityId(int row) const;
    int rowOf(Id opportunity) const;
    static int fieldOf(int column); // Field::Opportunity… of an editable column, else -1

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    const Opportunity *opportunityAt(int row) const;
    bool isRowEvent(const ChangeEvent &event) const override;
    void onOtherChange(const ChangeEvent &event) override;
    void refreshScores();
    int votesTotal() const;

    mutable std::optional<int> mTotalVotes; // of every opportunity; reset on each change
};

} // namespace Parcours
