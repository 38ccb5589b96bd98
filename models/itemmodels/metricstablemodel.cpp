#include "itemmodels/metricstablemodel.h"

#include "analytics/retentionmetrics.h"
#include "document/edits.h"
#include "document/editsmetricsfill.h"
#include "document/entityfields.h"
#include "formats/csv.h"
#include "formats/metricscsvformat.h"

#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

const std::optional<qint64> &countOf(const MetricPeriod &p, int column)
{
    switch (column) {
    case MetricsTableModel::CustomersStartColumn: return p.customersStart;
    case MetricsTableModel::CustomersNewColumn: return p.customersNew;
    case MetricsTableModel::CustomersEndColumn: return p.customersEnd;
    case MetricsTableModel::DauColumn: return p.dau;
    default: return p.mau;
    }
}

// Whether the count in `column` was computed from events rather than typed.
bool isComputed(const MetricPeriod &p, int column)
{
    return (p.computed & Edit::computedBitOf(MetricsTableModel::fieldOf(column))) != 0;
}

bool isDateColumn(int column)
{
    return column == MetricsTableModel::PeriodStartColumn
        || column == MetricsTableModel::PeriodEndColumn;
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

MetricsTableModel::MetricsTableModel(QObject *parent)
    : EntityTableModel(parent)
{ }

const MetricPeriod *MetricsTableModel::periodAt(int row) const
{
    if (!mDocument || row < 0 || row >= int(mDocument->workspace().metrics.size()))
        return nullptr;
    return &mDocument->workspace().metrics[size_t(row)];
}

Id MetricsTableModel::periodId(int row) const
{
    const MetricPeriod *p = periodAt(row);
    return p ? p->id : 0;
}

int MetricsTableModel::rowOf(Id period) const
{
    return mDocument ? indexOfId(mDocument->workspace().metrics, period) : -1;
}

int MetricsTableModel::fieldOf(int column)
{
    switch (column) {
    case PeriodStartColumn: return Field::MetricPeriodStart;
    case PeriodEndColumn: return Field::MetricPeriodEnd;
    case CustomersStartColumn: return Field::MetricCustomersStart;
    case CustomersNewColumn: return Field::MetricCustomersNew;
    case CustomersEndColumn: return Field::MetricCustomersEnd;
    case DauColumn: return Field::MetricDau;
    case MauColumn: return Field::MetricMau;
    default: return -1;
    }
}

int MetricsTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !mDocument)
        return 0;
    return int(mDocument->workspace().metrics.size());
}

int MetricsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricsTableModel::data(const QModelIndex &index, int role) const
{
    const MetricPeriod *p = index.isValid() ? periodAt(index.row()) : nullptr;
    if (!p)
        return {};
    const int column = index.column();
    const PeriodMetrics m = RetentionMetrics::compute(*p);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case PeriodStartColumn: return p->periodStart.toString(u"yyyy-MM-dd"_s);
        case PeriodEndColumn: return p->periodEnd.toString(u"yyyy-MM-dd"_s);
        case CustomersStartColumn:
        case CustomersNewColumn:
        case CustomersEndColumn:
        case DauColumn:
        case MauColumn: {
            const std::optional<qint64> &count = countOf(*p, column);
            if (!count)
                return QString();
            return role == Qt::EditRole ? QString::number(*count) : number(*count);
        }
        case CrrColumn: return m.crr ? RetentionMetrics::percentText(*m.crr) : QString();
        case ChurnedColumn: return m.churned ? number(*m.churned) : QString();
        case StickinessColumn:
            return m.stickiness ? RetentionMetrics::percentText(*m.stickiness * 100) : QString();
        case ProblemColumn: return m.isImpossible() ? u"\u26A0 "_s + m.problem : QString();
        }
        break;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (m.isImpossible())
            return tr("Impossible period, left out of the charts: %1").arg(m.problem);
        if (isComputed(*p, column))
            return tr("Computed from events (Fill from Events); type a value to replace it");
        switch (column) {
        case CrrColumn:
            if (!m.crr)
                return m.missing;
            return tr("CRR = (customers at end − new customers) / customers at start × 100\n"
                      "= (%1 − %2) / %3 × 100 = %4")
                .arg(number(*p->customersEnd), number(*p->customersNew), number(*p->customersStart),
                     RetentionMetrics::percentText(*m.crr));
        case ChurnedColumn:
            if (!m.churned)
                return m.missing;
            return tr("Churned = customers at start + new customers − customers at end\n"
                      "= %1 + %2 − %3 = %4")
                .arg(number(*p->customersStart), number(*p->customersNew), number(*p->customersEnd),
                     number(*m.churned));
        case StickinessColumn:
            if (!m.stickiness)
                return m.missing.isEmpty() ? tr("Enter DAU and MAU to see the stickiness")
                                           : m.missing;
            return tr("Stickiness = DAU / MAU = %1 / %2 = %3")
                .arg(number(*p->dau), number(*p->mau),
                     RetentionMetrics::percentText(*m.stickiness * 100));
        default: return {};
        }
    case Qt::BackgroundRole:
        if (m.isImpossible())
            return QColor(0xfd, 0xe8, 0xe6); // light red; the ⚠ marker says it without colour
        if (!isEditableColumn(column))
            return QColor(0xf3, 0xf4, 0xf6); // computed
        return {};
    case Qt::FontRole:
        if (isComputed(*p, column)) { // italic, with the tooltip: not colour alone
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case ComputedRole: return isComputed(*p, column);
    case Qt::TextAlignmentRole:
        if (column >= CustomersStartColumn && column <= StickinessColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PeriodIdRole: return p->id;
    case ImpossibleRole: return m.isImpossible();
    case ProblemRole: return m.problem;
    case ValueRole:
        switch (column) {
        case PeriodStartColumn: return p->periodStart;
        case PeriodEndColumn: return p->periodEnd;
        case CrrColumn: return m.crr ? QVariant(*m.crr) : QVariant();
        case ChurnedColumn: return m.churned ? QVariant::fromValue(*m.churned) : QVariant();
        case StickinessColumn: return m.stickiness ? QVariant(*m.stickiness) : QVariant();
        case ProblemColumn: return {};
        default: {
            const std::optional<qint64> &count = countOf(*p, column);
            return count ? QVariant::fromValue(*count) : QVariant();
        }
        }
    }
    return {};
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        const MetricPeriod *p = periodAt(section);
        if (!p)
            return {};
        const PeriodMetrics m = RetentionMetrics::compute(*p);
        if (role == Qt::DisplayRole)
            return m.isImpossible() ? u"\u26A0 %1"_s.arg(section + 1)
                                    : QString::number(section + 1);
        if (role == Qt::ToolTipRole)
            return m.isImpossible() ? m.problem : RetentionMetrics::label(*p);
        return {};
    }
    if (role == Qt::ToolTipRole && fieldOf(section) >= Field::MetricCustomersStart) {
        // The counts: what each holds, and what its italics mean (Fill from Events).
        return headerData(section, orientation, Qt::StatusTipRole).toString() + u'\n'
            + tr("In italics: computed from the imported events, not typed");
    }
    if (role == Qt::ToolTipRole || role == Qt::StatusTipRole) {
        switch (section) {
        case PeriodStartColumn:
        case PeriodEndColumn:
            return tr("First and last day of the period (a month or a quarter), as yyyy-mm-dd");
        case CustomersStartColumn: return tr("Customers at the start of the period");
        case CustomersNewColumn: return tr("New customers acquired during the period");
        case CustomersEndColumn: return tr("Customers at the end of the period");
        case DauColumn: return tr("Daily active users (optional)");
        case MauColumn: return tr("Monthly active users (optional)");
        case CrrColumn:
            return tr("Customer retention rate = (end − new) / start × 100; aim for 85–90 %");
        case ChurnedColumn: return tr("Customers lost = start + new − end");
        case StickinessColumn: return tr("Stickiness = DAU / MAU");
        case ProblemColumn: return tr("Why a period is impossible; such periods are not charted");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PeriodStartColumn: return tr("Start");
    case PeriodEndColumn: return tr("End");
    case CustomersStartColumn: return tr("Customers at start");
    case CustomersNewColumn: return tr("New customers");
    case CustomersEndColumn: return tr("Customers at end");
    case DauColumn: return tr("DAU");
    case MauColumn: return tr("MAU");
    case CrrColumn: return tr("CRR");
    case ChurnedColumn: return tr("Churned");
    case StickinessColumn: return tr("Stickiness");
    case ProblemColumn: return tr("Problem");
    }
    return {};
}

bool MetricsTableModel::valueFor(int column, const QVariant &value, QVariant *fieldValue) const
{
    mLastError.clear();
    if (!isEditableColumn(column)) {
        mLastError = tr("this column is computed");
        return false;
    }
    if (isDateColumn(column)) {
        if (value.metaType() == QMetaType::fromType<QDate>() && value.toDate().isValid()) {
            *fieldValue = value;
            return true;
        }
        QDate date;
        if (!RetentionMetrics::parseDate(value.toString(), &date, &mLastError, true))
            return false;
        *fieldValue = date;
        return true;
    }
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: *fieldValue = QVariant::fromValue(value.toLongLong()); return true;
    default: break;
    }
    std::optional<qint64> count;
    if (!RetentionMetrics::parseCount(value.toString(), &count, &mLastError))
        return false;
    *fieldValue = count ? QVariant::fromValue(*count) : QVariant();
    return true;
}

bool MetricsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const MetricPeriod *p = index.isValid() ? periodAt(index.row()) : nullptr;
    if (!p || role != Qt::EditRole || !mDocument)
        return false;
    QVariant fieldValue;
    if (!valueFor(index.column(), value, &fieldValue))
        return false;
    // A typed count is no longer computed from events: its mark goes in the same undo step.
    const QList<Edit::FieldChange> changes = Edit::withTypedMarks(
        mDocument->workspace(),
        {{EntityRef::metricPeriod(p->id), fieldOf(index.column()), fieldValue}});
    Edit::setFields(*mDocument, changes,
                    QCoreApplication::translate("Parcours::Edit", "Change period"));
    return true; // an unchanged value is accepted too
}

Qt::ItemFlags MetricsTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditableColumn(index.column()) && mDocument && !mDocument->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool MetricsTableModel::pasteText(const QString &text, int row, int column)
{
    mLastError.clear();
    if (!mDocument || mDocument->isReadOnly()) {
        mLastError = tr("the workspace is read-only");
        return false;
    }
    if (!isEditableColumn(column)) {
        mLastError = tr("paste into the dates or counts; the other columns are computed");
        return false;
    }
    row = std::clamp(row, 0, rowCount());
    Csv::ReadOptions options;
    options.delimiter = u'\t';
    const Csv::Document csv = Csv::read(text.toUtf8(), options);
    if (!csv.problems.isEmpty()) {
        mLastError
            = tr("line %1: %2").arg(csv.problems.first().line).arg(csv.problems.first().message);
        return false;
    }
    QList<Csv::Record> records = csv.records;
    if (!records.isEmpty()) {
        // Column names copied along with the numbers: the CSV header or this table's.
        QStringList names;
        for (int c = 0; c < ColumnCount; ++c)
            names << headerData(c, Qt::Horizontal).toString().toLower();
        names += MetricsCsvFormat::header();
        const QStringList &first = records.first().fields;
        if (std::any_of(first.cbegin(), first.cend(), [&names](const QString &field) {
                return names.contains(field.trimmed().toLower());
            }))
            records.removeFirst();
    }
    if (records.isEmpty()) {
        mLastError = tr("the clipboard holds no table");
        return false;
    }

    const auto &metrics = mDocument->workspace().metrics;
    QList<Edit::FieldChange> changes;
    std::vector<MetricPeriod> added;
    for (qsizetype r = 0; r < records.size(); ++r) {
        const Csv::Record &record = records.at(r);
        if (!record.error.isEmpty()) {
            mLastError = tr("line %1: %2").arg(record.line).arg(record.error);
            return false;
        }
        const int target = row + int(r);
        MetricPeriod *fresh = nullptr;
        if (target >= int(metrics.size())) {
            const MetricPeriod *last
                = added.empty() ? (metrics.empty() ? nullptr : &metrics.back()) : &added.back();
            MetricPeriod next = RetentionMetrics::nextPeriod(last, QDate::currentDate());
            next.id = newId();
            added.push_back(next);
            fresh = &added.back();
        }
        for (qsizetype f = 0; f < record.fields.size(); ++f) {
            const int c = column + int(f);
            if (!isEditableColumn(c))
                break;
            QVariant value;
            if (!valueFor(c, record.fields.at(f), &value)) {
                mLastError
                    = tr("line %1, %2: %3")
                          .arg(record.line)
                          .arg(headerData(c, Qt::Horizontal).toString().toLower(), mLastError);
                return false;
            }
            if (fresh) {
                Workspace single;
                single.metrics = {*fresh};
                EntityFields::setValue(single, EntityRef::metricPeriod(fresh->id), fieldOf(c),
                                       value);
                *fresh = single.metrics.front();
            } else {
                changes.append(
                    {EntityRef::metricPeriod(metrics[size_t(target)].id), fieldOf(c), value});
            }
        }
    }
    Edit::pasteMetricPeriods(*mDocument, Edit::withTypedMarks(mDocument->workspace(), changes),
                             std::move(added), tr("Paste periods"));
    return true;
}

bool MetricsTableModel::isRowEvent(const ChangeEvent &event) const
{
    return event.entity.kind == EntityKind::MetricPeriod;
}

void MetricsTableModel::onOtherChange(const ChangeEvent &event)
{
    // Computed cells, flags and tooltips of the whole row follow any of its values.
    if (event.type == ChangeEvent::FieldChanged && event.entity.kind == EntityKind::MetricPeriod)
        emitRowChanged(rowOf(event.entity.id));
}

} // namespace Parcours
