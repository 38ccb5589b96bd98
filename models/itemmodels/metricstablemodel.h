#pragma once

#include "itemmodels/entitytablemodel.h"

namespace Parcours {

// The workspace's metric periods as a table: dates and counts are editable (setData pushes
// a command through Edit::setField), CRR, churned customers, stickiness and the problem of
// an impossible row are computed and read-only. Impossible rows carry a "⚠" marker in the
// vertical header, a tinted background, the reason in the problem column and in tooltips.
// Counts computed from events are in italics with a tooltip saying so; typing one (or pasting
// over it) clears its mark in the same undo step.
class MetricsTableModel final : public EntityTableModel
{
    Q_OBJECT

public:
    enum Column {
        PeriodStartColumn,
        PeriodEndColumn,
        CustomersStartColumn,
        CustomersNewColumn,
        CustomersEndColumn,
        DauColumn,
        MauColumn,
        CrrColumn,
        ChurnedColumn,
        StickinessColumn,
        ProblemColumn,
        ColumnCount
    };
    static constexpr int editableColumnCount = 7; // the columns of the CSV file, in its order

    enum Role {
        PeriodIdRole = Qt::UserRole + 1, // Id
        ImpossibleRole, // bool: the row is flagged and left out of charts
        ProblemRole, // QString: why the row is impossible, empty when it is not
        ValueRole, // the number behind a cell: CRR in percent, churned, stickiness ratio,
                   // counts; invalid when there is none
        ComputedRole, // bool: the count was computed from events (Fill from Events), not typed
    };

    explicit MetricsTableModel(QObject *parent = nullptr);

    Id periodId(int row) const;
    int rowOf(Id period) const;
    static int fieldOf(int column); // Field::Metric… of an editable column, else -1
    static bool isEditableColumn(int column) { return column >= 0 && column < editableColumnCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Accepts text (dates as yyyy-mm-dd or in the user's format, counts with or without
    // group spaces, empty to clear a count), a QDate or a number.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The field value setData() would store, without storing it; false with lastError().
    bool valueFor(int column, const QVariant &value, QVariant *fieldValue) const;

    // Pastes a block of tab-separated text (copied from a spreadsheet) with its top-left
    // cell at (row, column) (row == rowCount() appends): cells of existing rows are overwritten,
    // rows past the end become new periods following the last one. One undo step. A first
    // line that holds column names is skipped. When any cell is not acceptable nothing is
    // pasted and lastError() names it ("line 2, customers at end: …"). Columns past the
    // counts (computed ones copied from this table) are ignored.
    bool pasteText(const QString &text, int row, int column);

private:
    const MetricPeriod *periodAt(int row) const;
    bool isRowEvent(const ChangeEvent &event) const override;
    void onOtherChange(const ChangeEvent &event) override;
};

} // namespace Parcours
