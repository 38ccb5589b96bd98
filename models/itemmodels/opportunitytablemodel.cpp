#include "itemmodels/opportunitytablemodel.h"

#include "document/editsopportunity.h"

#include <QLocale>

#include <climits>

using namespace Qt::StringLiterals;

namespace Parcours {

OpportunityTableModel::OpportunityTableModel(QObject *parent)
    : EntityTableModel(parent)
{
    // Rows added or removed change the total of votes, hence every score.
    connect(this, &QAbstractItemModel::rowsInserted, this, &OpportunityTableModel::refreshScores);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &OpportunityTableModel::refreshScores);
    // The total of votes is cached: sorting 2,000 rows by score asks for a score 40,000
    // times. These connections come before any view's, so the total is forgotten first.
    const auto forget = [this] {
        mTotalVotes.reset();
    };
    connect(this, &QAbstractItemModel::modelReset, this, forget);
    connect(this, &QAbstractItemModel::rowsInserted, this, forget);
    connect(this, &QAbstractItemModel::rowsRemoved, this, forget);
    connect(this, &QAbstractItemModel::dataChanged, this, forget);
}

int OpportunityTableModel::votesTotal() const
{
    if (!mTotalVotes)
        mTotalVotes = mDocument ? totalVotes(mDocument->workspace().opportunities) : 0;
    return *mTotalVotes;
}

const Opportunity *OpportunityTableModel::opportunityAt(int row) const
{
    if (!mDocument || row < 0)
        return nullptr;
    const auto &all = mDocument->workspace().opportunities;
    return size_t(row) < all.size() ? &all[size_t(row)] : nullptr;
}

Id OpportunityTableModel::opportunityId(int row) const
{
    const Opportunity *o = opportunityAt(row);
    return o ? o->id : 0;
}

int OpportunityTableModel::rowOf(Id opportunity) const
{
    return mDocument ? indexOfId(mDocument->workspace().opportunities, opportunity) : -1;
}

int OpportunityTableModel::fieldOf(int column)
{
    switch (column) {
    case TitleColumn: return Field::OpportunityTitle;
    case StatusColumn: return Field::OpportunityStatus;
    case OwnerColumn: return Field::OpportunityOwner;
    case CustomerValueColumn: return Field::OpportunityCustomerValue;
    case BusinessValueColumn: return Field::OpportunityBusinessValue;
    case EffortColumn: return Field::OpportunityEffort;
    case VotesColumn: return Field::OpportunityVotes;
    default: return -1;
    }
}

int OpportunityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !mDocument ? 0 : int(mDocument->workspace().opportunities.size());
}

int OpportunityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpportunityTableModel::data(const QModelIndex &index, int role) const
{
    const Opportunity *o = opportunityAt(index.row());
    if (!o)
        return {};
    const int column = index.column();
    const bool scored = column == ScoreColumn;
    const double score = scored ? opportunityScore(*o, votesTotal()) : 0.0;
    const OpportunityQuadrant quadrant = opportunityQuadrant(*o);
    switch (role) {
    case OpportunityIdRole: return o->id;
    case StatusRole: return int(o->status);
    case QuadrantRole: return int(quadrant);
    case Qt::TextAlignmentRole:
        return column >= CustomerValueColumn && column <= ScoreColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::ToolTipRole:
        if (column == ScoreColumn) {
            return tr("(customer value + business value) × (1 + share of the votes) / effort");
        }
        return column == TitleColumn && !o->description.isEmpty() ? o->description : QString();
    case Qt::DisplayRole:
        if (column == StatusColumn)
            return opportunityStatusName(o->status);
        if (column == ScoreColumn)
            return QLocale().toString(score, 'f', 2);
        if (column == QuadrantColumn)
            return opportunityQuadrantName(quadrant);
        [[fallthrough]];
    case Qt::EditRole:
    case SortRole:
        switch (column) {
        case TitleColumn: return o->title;
        case StatusColumn: return int(o->status);
        case OwnerColumn: return o->owner;
        case CustomerValueColumn: return o->customerValue;
        case BusinessValueColumn: return o->businessValue;
        case EffortColumn: return o->effort;
        case VotesColumn: return o->votes;
        case ScoreColumn: return score;
        case QuadrantColumn: return int(quadrant);
        default: return {};
        }
    default: return {};
    }
}

QVariant OpportunityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CustomerValueColumn: return tr("Value to customers, from 1 (little) to 5 (a lot)");
        case BusinessValueColumn: return tr("Value to the business, from 1 (little) to 5 (a lot)");
        case EffortColumn: return tr("Effort, from 1 (small) to 5 (large)");
        case ScoreColumn:
            return tr("(customer value + business value) × (1 + share of the votes) / effort");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Title");
    case StatusColumn: return tr("Status");
    case OwnerColumn: return tr("Owner");
    case CustomerValueColumn: return tr("Customer value");
    case BusinessValueColumn: return tr("Business value");
    case EffortColumn: return tr("Effort");
    case VotesColumn: return tr("Votes");
    case ScoreColumn: return tr("Score");
    case QuadrantColumn: return tr("Quadrant");
    default: return {};
    }
}

bool OpportunityTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    mLastError.clear();
    const Opportunity *o = opportunityAt(index.row());
    const int field = fieldOf(index.column());
    if (!o || field < 0 || role != Qt::EditRole)
        return false;
    QVariant stored = value;
    if (field != Field::OpportunityTitle && field != Field::OpportunityOwner) {
        bool ok = false;
        const int n = value.toInt(&ok);
        const int low = field == Field::OpportunityVotes ? 0 : Opportunity::minRating;
        const int high = field == Field::OpportunityVotes ? INT_MAX : Opportunity::maxRating;
        if (field != Field::OpportunityStatus && (!ok || n < low || n > high)) {
            mLastError = field == Field::OpportunityVotes
                ? tr("Votes are a whole number, 0 or more.")
                : tr("Values and effort are whole numbers from 1 to 5.");
            return false;
        }
        stored = n;
    }
    return Edit::setOpportunityField(*mDocument, o->id, field, stored);
}

Qt::ItemFlags OpportunityTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (fieldOf(index.column()) >= 0 && mDocument && !mDocument->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool OpportunityTableModel::isRowEvent(const ChangeEvent &event) const
{
    return event.entity.kind == EntityKind::Opportunity;
}

void OpportunityTableModel::onOtherChange(const ChangeEvent &event)
{
    mTotalVotes.reset();
    if (event.type != ChangeEvent::FieldChanged || event.entity.kind != EntityKind::Opportunity)
        return;
    emitRowChanged(rowOf(event.entity.id)); // score and quadrant follow values and effort
    if (event.field == Field::OpportunityVotes)
        refreshScores(); // every share of the votes changed
}

void OpportunityTableModel::refreshScores()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, ScoreColumn), index(rowCount() - 1, ScoreColumn));
}

} // namespace Parcours
