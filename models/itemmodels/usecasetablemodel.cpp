#include "itemmodels/usecasetablemodel.h"

#include "analytics/forgottenzone.h"
#include "document/edits.h"
#include "formats/usecasetext.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QString cadenceName(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Daily: return UseCaseTableModel::tr("daily");
    case Cadence::Weekly: return UseCaseTableModel::tr("weekly");
    case Cadence::Monthly: return UseCaseTableModel::tr("monthly");
    case Cadence::None: break;
    }
    return {};
}

} // namespace

UseCaseTableModel::UseCaseTableModel(QObject *parent)
    : EntityTableModel(parent)
{ }

void UseCaseTableModel::setPersona(Id persona)
{
    if (persona == mPersona)
        return;
    beginResetModel();
    mPersona = persona;
    endResetModel();
}

const Persona *UseCaseTableModel::currentPersona() const
{
    return mDocument ? mDocument->workspace().persona(mPersona) : nullptr;
}

const UseCase *UseCaseTableModel::useCaseAt(int row) const
{
    const Persona *p = currentPersona();
    if (!p || row < 0 || row >= int(p->useCases.size()))
        return nullptr;
    return &p->useCases[size_t(row)];
}

Id UseCaseTableModel::useCaseId(int row) const
{
    const UseCase *u = useCaseAt(row);
    return u ? u->id : 0;
}

int UseCaseTableModel::rowOf(Id useCase) const
{
    const Persona *p = currentPersona();
    return p ? indexOfId(p->useCases, useCase) : -1;
}

int UseCaseTableModel::fieldOf(int column)
{
    switch (column) {
    case ProblemColumn: return Field::UseCaseProblem;
    case UseCaseColumn: return Field::UseCaseText;
    case WhyBetterColumn: return Field::UseCaseWhyBetter;
    case AlternativeColumn: return Field::UseCaseAlternative;
    case FrequencyColumn: return Field::UseCaseFrequency;
    case WeightColumn: return Field::UseCaseWeight;
    case StatusColumn: return Field::UseCaseStatus;
    case NotesColumn: return Field::UseCaseNotes;
    case EventsColumn: return Field::UseCaseEvents;
    default: return -1;
    }
}

UsageFrequency::Language UseCaseTableModel::frequencyLanguage()
{
    return UsageFrequency::interfaceLanguage();
}

QString UseCaseTableModel::markerFor(bool forgotten, bool belowCadence)
{
    if (forgotten)
        return u"\u25BD"_s; // ▽ WHITE DOWN-POINTING TRIANGLE, as in the sidebar
    if (belowCadence)
        return u"\u26A0"_s; // ⚠
    return {};
}

QString UseCaseTableModel::frequencyExplanation(const UseCase &u, Cadence cadence)
{
    if (!u.frequency.isValid())
        return tr("No frequency yet: type one, e.g. \"every 5.5 years\" or \"3 times a week\"");
    const double perMonth = u.frequency.usesPerMonth();
    QString text = UsageFrequency::describeUsesPerMonth(perMonth);
    if (isForgotten(u))
        text = tr("%1: below monthly (forgotten zone)").arg(text);
    if (isBelowCadence(u, cadence)) {
        text += u'\n'
            + tr("Below this persona's %1 cadence: at risk of inactivity")
                  .arg(cadenceName(cadence));
    }
    if (u.status == UseCaseStatus::Planned)
        text += u'\n' + tr("Planned: counts only in the verdict with planned use cases");
    return text;
}

int UseCaseTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const Persona *p = currentPersona();
    return p ? int(p->useCases.size()) : 0;
}

int UseCaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UseCaseTableModel::data(const QModelIndex &index, int role) const
{
    const UseCase *u = index.isValid() ? useCaseAt(index.row()) : nullptr;
    if (!u)
        return {};
    const Cadence cadence = currentPersona()->cadence;
    const int column = index.column();
    if (column == FrequencyColumn && mFrequencyDrafts.contains(u->id)) {
        const QString draft = frequencyDraft(u->id);
        switch (role) {
        case Qt::DisplayRole: return tr("\u2717 not understood: %1").arg(draft); // ✗
        case Qt::EditRole: // editing goes on from what was typed
        case FrequencyDraftRole: return draft;
        case Qt::ToolTipRole:
        case Qt::AccessibleDescriptionRole:
            return tr("Not saved: %1\nCorrect it, or press Escape while editing it to keep "
                      "the frequency saved before (%2).")
                .arg(UsageFrequency::parse(draft).error,
                     u->frequency.isValid() ? u->frequency.toString(frequencyLanguage())
                                            : tr("none"));
        default: break;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case ProblemColumn: return u->problem;
        case UseCaseColumn: return u->useCase;
        case WhyBetterColumn: return u->whyBetter;
        case AlternativeColumn: return u->alternative;
        case FrequencyColumn: return u->frequency.toString(frequencyLanguage());
        case WeightColumn:
            return u->weight ? QLocale().toString(*u->weight, 'g', QLocale::FloatingPointShortest)
                             : QString();
        case StatusColumn:
            if (role == Qt::EditRole)
                return int(u->status);
            return u->status == UseCaseStatus::Planned ? tr("Planned") : tr("Current");
        case NotesColumn: return u->notes;
        case EventsColumn: return UseCaseText::formatEvents(u->events);
        }
        break;
    case Qt::ToolTipRole:
        if (column == FrequencyColumn)
            return frequencyExplanation(*u, cadence);
        if (column == StatusColumn)
            return u->status == UseCaseStatus::Planned
                ? tr("Planned: a feature or satellite product not built yet")
                : tr("Current: what the persona does with the product today");
        return data(index, Qt::DisplayRole).toString().isEmpty() ? QVariant()
                                                                 : data(index, Qt::DisplayRole);
    case Qt::BackgroundRole:
        if (isForgotten(*u))
            return QColor(0xfd, 0xe8, 0xe6); // light red; the ▽ marker says it without colour
        if (isBelowCadence(*u, cadence))
            return QColor(0xfd, 0xf4, 0xdc);
        return {};
    case Qt::TextAlignmentRole:
        if (column == WeightColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::AccessibleDescriptionRole:
        if (column == FrequencyColumn)
            return frequencyExplanation(*u, cadence);
        return {};
    case UseCaseIdRole: return u->id;
    case ForgottenZoneRole: return isForgotten(*u);
    case BelowCadenceRole: return isBelowCadence(*u, cadence);
    case UsesPerMonthRole:
        return u->frequency.isValid() ? QVariant(u->frequency.usesPerMonth()) : QVariant();
    case PlannedRole: return u->status == UseCaseStatus::Planned;
    case FrequencyDraftRole: return QString();
    case SortRole:
        switch (column) {
        case FrequencyColumn: return u->frequency.isValid() ? u->frequency.usesPerMonth() : -1.0;
        case WeightColumn: return u->weight ? *u->weight : -1.0;
        case StatusColumn: return int(u->status);
        default: return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant UseCaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        const UseCase *u = useCaseAt(section);
        if (!u)
            return {};
        const bool forgotten = isForgotten(*u);
        const bool belowCadence = isBelowCadence(*u, currentPersona()->cadence);
        if (role == Qt::DisplayRole) {
            const QString marker = markerFor(forgotten, belowCadence);
            return marker.isEmpty() ? QString::number(section + 1)
                                    : marker + u' ' + QString::number(section + 1);
        }
        if (role == Qt::ToolTipRole && (forgotten || belowCadence))
            return frequencyExplanation(*u, currentPersona()->cadence);
        return {};
    }
    if (role == Qt::ToolTipRole && section == FrequencyColumn) {
        return tr("How often the persona does this with the product, e.g. \"daily\", \"3 times "
                  "a week\", \"every 5.5 years\" (in English or French)");
    }
    if (role == Qt::ToolTipRole && section == EventsColumn)
        return tr("The product events meaning this use case happened, separated by |; * stands "
                  "for any text (\"report.*\"). Imported events are counted against them");
    if (role == Qt::ToolTipRole && section == WeightColumn)
        return tr("Optional share of the persona's segments; when every row has one, weights "
                  "decide the verdict");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProblemColumn: return tr("Problem");
    case UseCaseColumn: return tr("Use case");
    case WhyBetterColumn: return tr("Why we are better");
    case AlternativeColumn: return tr("Alternative");
    case FrequencyColumn: return tr("Frequency");
    case WeightColumn: return tr("Weight");
    case StatusColumn: return tr("Status");
    case NotesColumn: return tr("Notes");
    case EventsColumn: return tr("Events");
    }
    return {};
}

bool UseCaseTableModel::valueFor(int column, const QVariant &value, QVariant *fieldValue) const
{
    mLastError.clear();
    switch (column) {
    case FrequencyColumn: {
        if (value.metaType() == QMetaType::fromType<UsageFrequency>()) {
            *fieldValue = value;
            return true;
        }
        UsageFrequency frequency;
        if (!UseCaseText::parseFrequency(value.toString(), &frequency, &mLastError))
            return false;
        *fieldValue = QVariant::fromValue(frequency);
        return true;
    }
    case WeightColumn: {
        if (value.metaType() == QMetaType::fromType<double>()) {
            if (value.toDouble() < 0) {
                mLastError = tr("a weight cannot be negative");
                return false;
            }
            *fieldValue = value;
            return true;
        }
        std::optional<double> weight;
        if (!UseCaseText::parseWeight(value.toString(), &weight, &mLastError))
            return false;
        *fieldValue = weight ? QVariant(*weight) : QVariant();
        return true;
    }
    case StatusColumn: {
        if (value.metaType() == QMetaType::fromType<int>()) {
            *fieldValue = value.toInt() == int(UseCaseStatus::Planned)
                ? int(UseCaseStatus::Planned)
                : int(UseCaseStatus::Current);
            return true;
        }
        UseCaseStatus status = UseCaseStatus::Current;
        QString text = value.toString();
        if (text == tr("Planned"))
            text = u"planned"_s;
        else if (text == tr("Current"))
            text = u"current"_s;
        if (!UseCaseText::parseStatus(text, &status, &mLastError))
            return false;
        *fieldValue = int(status);
        return true;
    }
    case EventsColumn:
        *fieldValue = value.metaType() == QMetaType::fromType<QStringList>()
            ? value.toStringList()
            : UseCaseText::parseEvents(value.toString());
        return true;
    default:
        if (fieldOf(column) < 0)
            return false;
        *fieldValue = value.toString();
        return true;
    }
}

bool UseCaseTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const UseCase *u = index.isValid() ? useCaseAt(index.row()) : nullptr;
    if (role == FrequencyDraftRole && u && index.column() == FrequencyColumn)
        return setFrequencyDraft(index, value.toString());
    if (!u || role != Qt::EditRole || !mDocument)
        return false;
    QVariant fieldValue;
    if (!valueFor(index.column(), value, &fieldValue))
        return false;
    const Id useCase = u->id;
    Edit::setField(*mDocument, EntityRef::useCase(mPersona, useCase), fieldOf(index.column()),
                   fieldValue);
    if (index.column() == FrequencyColumn) // a frequency set here replaces what did not parse
        setFrequencyDraft(this->index(rowOf(useCase), FrequencyColumn), {});
    return true; // an unchanged value is accepted too
}

bool UseCaseTableModel::setFrequencyDraft(const QModelIndex &index, const QString &text)
{
    const Id useCase = useCaseId(index.row());
    if (!useCase)
        return false;
    const bool had = mFrequencyDrafts.contains(useCase);
    if (text.trimmed().isEmpty()) {
        if (!had)
            return true;
        mFrequencyDrafts.remove(useCase);
    } else {
        if (had && mFrequencyDrafts.value(useCase) == text)
            return true;
        mFrequencyDrafts.insert(useCase, text);
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags UseCaseTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (mDocument && !mDocument->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool UseCaseTableModel::isRowEvent(const ChangeEvent &event) const
{
    return event.entity.kind == EntityKind::UseCase && event.entity.parent == mPersona;
}

void UseCaseTableModel::onOtherAboutToChange(const ChangeEvent &event)
{
    // The shown persona inserted again (an undone removal) or removed: the table starts over.
    if (event.entity.kind == EntityKind::Persona && event.entity.id == mPersona
        && (event.type == ChangeEvent::Removed || event.type == ChangeEvent::Inserted))
        beginResetModel();
}

void UseCaseTableModel::onOtherChange(const ChangeEvent &event)
{
    if (event.entity.kind == EntityKind::Persona && event.entity.id == mPersona) {
        if (event.type == ChangeEvent::Removed || event.type == ChangeEvent::Inserted) {
            endResetModel();
        } else if (event.type == ChangeEvent::FieldChanged && event.field == Field::PersonaCadence
                   && rowCount() > 0) {
            // Cadence flags, colours and tooltips of every row follow the persona's cadence.
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
            emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        }
        return;
    }
    if (event.type != ChangeEvent::FieldChanged || !isRowEvent(event))
        return;
    const int row = rowOf(event.entity.id);
    if (row < 0)
        return;
    if (event.field == Field::UseCaseFrequency || event.field == Field::UseCaseStatus) {
        emitRowChanged(row); // markers, colours and tooltips of the whole row
        return;
    }
    for (int column = 0; column < ColumnCount; ++column) {
        if (fieldOf(column) == event.field)
            emit dataChanged(index(row, column), index(row, column));
    }
}

} // namespace Parcours
