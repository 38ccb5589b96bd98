#pragma once

#include "domain/workspace.h"

#include <QHash>

#include <optional>

#include <vector>

namespace Parcours {

// Which journeys and personas an opportunity belongs to, through its live links: a journey
// when a link points at one of its stages or cells; a persona when a link points at one of its
// use cases or at a stage or cell of a journey of that persona. Built once for a workspace
// (two hash tables), so that filtering 2,000 opportunities does not search every journey.
class OpportunityReach
{
public:
    explicit OpportunityReach(const Workspace &workspace);

    std::vector<Id> journeys(const Opportunity &opportunity) const;
    std::vector<Id> personas(const Opportunity &opportunity) const;
    bool reachesJourney(const Opportunity &opportunity, Id journey) const;
    bool reachesPersona(const Opportunity &opportunity, Id persona) const;

private:
    struct Place
    {
        Id journey = 0;
        Id persona = 0;
    };
    // A link's journey and persona (0 when it has none), or nothing when it does not resolve.
    std::optional<Place> placeOf(const OpportunityLink &link) const;

    QHash<Id, Place> mStages; // stage id → its journey and the journey's persona
    QHash<Id, Place> mSteps; // step id → the same
    QHash<Id, Id> mUseCases; // use case id → its persona
    QHash<Id, QHash<Id, bool>> mLanes; // journey id → its lanes
};

} // namespace Parcours
