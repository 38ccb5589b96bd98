#pragma once

#include "itemmodels/entitytablemodel.h"

#include <QHash>

namespace Parcours {

// One persona's use-case map as a table. setData() pushes a command (Edit::setField); the
// model follows the document's change events with precise row signals.
class UseCaseTableModel final : public EntityTableModel
{
    Q_OBJECT

public:
    enum Column {
        ProblemColumn,
        UseCaseColumn,
        WhyBetterColumn,
        AlternativeColumn,
        FrequencyColumn,
        WeightColumn,
        StatusColumn,
        NotesColumn,
        EventsColumn, // last, as in usecases-csv: rows copied from files paste whole
        ColumnCount
    };
    enum Role {
        UseCaseIdRole = Qt::UserRole + 1, // Id
        ForgottenZoneRole, // bool: below monthly
        BelowCadenceRole, // bool: below the persona's expected cadence
        UsesPerMonthRole, // double, invalid when no frequency
        PlannedRole, // bool
        SortRole, // a value to sort the column by (numbers for frequency and weight)
        // QString: frequency text typed that does not parse, kept in its cell (shown
        // "✗ not understood: …") until a frequency is set there or the edit is cancelled.
        // Held by this model only: it is never saved. setData() with an empty value drops it.
        FrequencyDraftRole,
    };

    explicit UseCaseTableModel(QObject *parent = nullptr);

    void setPersona(Id persona);
    Id persona() const { return mPersona; }

    Id useCaseId(int row) const;
    int rowOf(Id useCase) const;
    static int fieldOf(int column); // Field::UseCase… of a column
    // The marker text shown before a frequency: "▽" below monthly, "⚠" below the cadence.
    static QString markerFor(bool forgotten, bool belowCadence);
    // The language frequencies are shown in: the interface's.
    static UsageFrequency::Language frequencyLanguage();
    // "about once every 66 months: below monthly", for tooltips and printouts.
    static QString frequencyExplanation(const UseCase &useCase, Cadence cadence);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Accepts text for every column (frequency phrases in English or French, "0,5" weights,
    // "planned"), a UsageFrequency for the frequency and an int for the status.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The change setData() would push, without pushing it; false with lastError() when the
    // value is not acceptable. Used for multi-cell pastes (one undo step).
    bool valueFor(int column, const QVariant &value, QVariant *fieldValue) const;

private:
    const Persona *currentPersona() const;
    const UseCase *useCaseAt(int row) const;
    bool isRowEvent(const ChangeEvent &event) const override;
    void onOtherAboutToChange(const ChangeEvent &event) override;
    void onOtherChange(const ChangeEvent &event) override;
    void onDocumentReplaced() override
    {
        mPersona = 0;
        mFrequencyDrafts.clear();
    }
    QString frequencyDraft(Id useCase) const { return mFrequencyDrafts.value(useCase); }
    bool setFrequencyDraft(const QModelIndex &index, const QString &text);

    Id mPersona = 0;
    QHash<Id, QString> mFrequencyDrafts; // by use case, of any persona
};

} // namespace Parcours
