#include "analytics/opportunityreach.h"

#include <algorithm>

namespace Parcours {

OpportunityReach::OpportunityReach(const Workspace &workspace)
{
    for (const Journey &journey : workspace.journeys) {
        for (const Stage &stage : journey.stages) {
            mStages.insert(stage.id, {journey.id, journey.personaId});
            for (const Step &step : stage.steps) // cell links name a step
                mSteps.insert(step.id, {journey.id, journey.personaId});
        }
        QHash<Id, bool> &lanes = mLanes[journey.id];
        for (const Lane &lane : journey.lanes)
            lanes.insert(lane.id, true);
    }
    for (const Persona &persona : workspace.personas) {
        for (const UseCase &useCase : persona.useCases)
            mUseCases.insert(useCase.id, persona.id);
    }
}

std::optional<OpportunityReach::Place> OpportunityReach::placeOf(const OpportunityLink &link) const
{
    if (link.kind == OpportunityLink::Kind::UseCase) {
        const auto found = mUseCases.constFind(link.target);
        if (found == mUseCases.cend())
            return std::nullopt;
        return Place {0, *found};
    }
    const QHash<Id, Place> &places = link.kind == OpportunityLink::Kind::Cell ? mSteps : mStages;
    const auto found = places.constFind(link.target);
    if (found == places.cend())
        return std::nullopt;
    if (link.kind == OpportunityLink::Kind::Cell
        && !mLanes.value(found->journey).contains(link.lane))
        return std::nullopt; // its lane was deleted
    return *found;
}

std::vector<Id> OpportunityReach::journeys(const Opportunity &opportunity) const
{
    std::vector<Id> out;
    for (const OpportunityLink &link : opportunity.links) {
        const std::optional<Place> place = placeOf(link);
        if (place && place->journey
            && std::find(out.begin(), out.end(), place->journey) == out.end())
            out.push_back(place->journey);
    }
    return out;
}

std::vector<Id> OpportunityReach::personas(const Opportunity &opportunity) const
{
    std::vector<Id> out;
    for (const OpportunityLink &link : opportunity.links) {
        const std::optional<Place> place = placeOf(link);
        if (place && place->persona
            && std::find(out.begin(), out.end(), place->persona) == out.end())
            out.push_back(place->persona);
    }
    return out;
}

bool OpportunityReach::reachesJourney(const Opportunity &opportunity, Id journey) const
{
    return std::any_of(opportunity.links.begin(), opportunity.links.end(),
                       [this, journey](const OpportunityLink &link) {
                           const std::optional<Place> place = placeOf(link);
                           return place && place->journey == journey;
                       });
}

bool OpportunityReach::reachesPersona(const Opportunity &opportunity, Id persona) const
{
    return std::any_of(opportunity.links.begin(), opportunity.links.end(),
                       [this, persona](const OpportunityLink &link) {
                           const std::optional<Place> place = placeOf(link);
                           return place && place->persona == persona;
                       });
}

} // namespace Parcours
