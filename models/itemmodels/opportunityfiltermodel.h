#pragma once

#include "domain/ids.h"

#include <QMetaObject>
#include <QSortFilterProxyModel>

#include <memory>

namespace Parcours {

class OpportunityReach;
struct Opportunity;

// Sorting and filtering over an OpportunityTableModel: numeric columns sort as numbers (score
// by its exact value), status and quadrant in their order; filters keep one status, one
// quadrant, one journey, one persona (through live links: see OpportunityReach), one owner,
// and rows whose title, owner or description contains a search string.
class OpportunityFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OpportunityFilterModel(QObject *parent = nullptr);
    ~OpportunityFilterModel() override;

    void setSourceModel(QAbstractItemModel *model) override;

    // -1: any; else an OpportunityStatus / OpportunityQuadrant as int.
    void setStatusFilter(int status);
    void setQuadrantFilter(int quadrant);
    // 0: any journey / persona.
    void setJourneyFilter(Id journey);
    void setPersonaFilter(Id persona);
    // A null string: any owner; an empty one: opportunities without an owner.
    void setOwnerFilter(const QString &owner);
    void setSearchText(const QString &text);
    int statusFilter() const { return mStatus; }
    int quadrantFilter() const { return mQuadrant; }
    Id journeyFilter() const { return mJourney; }
    Id personaFilter() const { return mPersona; }
    QString ownerFilter() const { return mOwner; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const Opportunity *opportunityAt(int sourceRow) const;
    const OpportunityReach &reach() const;
    void followDocument();
    void onDocumentChanged();

    int mStatus = -1;
    int mQuadrant = -1;
    Id mJourney = 0;
    Id mPersona = 0;
    QString mOwner;
    QString mSearch;
    // Built when a journey or persona filter first needs it; dropped on every document change.
    mutable std::unique_ptr<OpportunityReach> mReach;
    QMetaObject::Connection mDocumentConnection;
};

} // namespace Parcours
