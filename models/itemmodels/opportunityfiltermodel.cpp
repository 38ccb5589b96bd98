#include "itemmodels/opportunityfiltermodel.h"

#include "analytics/opportunityreach.h"
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

OpportunityFilterModel::~OpportunityFilterModel() = default;

void OpportunityFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        sourceModel()->disconnect(this);
    QSortFilterProxyModel::setSourceModel(model);
    // The table model resets when its document is replaced: follow the new one.
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this,
                &OpportunityFilterModel::followDocument);
    followDocument();
}

void OpportunityFilterModel::followDocument()
{
    disconnect(mDocumentConnection);
    mReach.reset();
    const auto *table = qobject_cast<OpportunityTableModel *>(sourceModel());
    if (table && table->document())
        mDocumentConnection = connect(table->document(), &WorkspaceDocument::changed, this,
                                      &OpportunityFilterModel::onDocumentChanged);
}

void OpportunityFilterModel::onDocumentChanged()
{
    mReach.reset();
    // A link added, or a stage, lane or use case deleted, changes what a row reaches without
    // a change of the row's own data.
    if (mJourney || mPersona)
        invalidateFilter();
}

const OpportunityReach &OpportunityFilterModel::reach() const
{
    if (!mReach) {
        const auto *table = qobject_cast<OpportunityTableModel *>(sourceModel());
        static const Workspace none;
        mReach = std::make_unique<OpportunityReach>(
            table && table->document() ? table->document()->workspace() : none);
    }
    return *mReach;
}

const Opportunity *OpportunityFilterModel::opportunityAt(int sourceRow) const
{
    const auto *table = qobject_cast<OpportunityTableModel *>(sourceModel());
    if (!table || !table->document())
        return nullptr;
    const auto &all = table->document()->workspace().opportunities;
    return sourceRow >= 0 && size_t(sourceRow) < all.size() ? &all[size_t(sourceRow)] : nullptr;
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

void OpportunityFilterModel::setJourneyFilter(Id journey)
{
    if (journey == mJourney)
        return;
    mJourney = journey;
    invalidateFilter();
}

void OpportunityFilterModel::setPersonaFilter(Id persona)
{
    if (persona == mPersona)
        return;
    mPersona = persona;
    invalidateFilter();
}

void OpportunityFilterModel::setOwnerFilter(const QString &owner)
{
    if (owner == mOwner && owner.isNull() == mOwner.isNull())
        return;
    mOwner = owner;
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
    if (mJourney || mPersona || !mOwner.isNull()) {
        const Opportunity *o = opportunityAt(sourceRow);
        if (!o)
            return false;
        if (!mOwner.isNull() && o->owner.trimmed() != mOwner)
            return false;
        if (mJourney && !reach().reachesJourney(*o, mJourney))
            return false;
        if (mPersona && !reach().reachesPersona(*o, mPersona))
            return false;
    }
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
