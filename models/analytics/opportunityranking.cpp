#include "analytics/opportunityranking.h"
#include "domain/opportunitylinkplace.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QJsonObject linkJson(const Workspace &w, const OpportunityLink &link)
{
    if (link.kind == OpportunityLink::Kind::UseCase) {
        const UseCase *u = w.useCase(link.target);
        return {{u"kind"_s, u"use_case"_s},
                {u"name"_s, u->useCase.isEmpty() ? u->problem : u->useCase}};
    }
    const LinkPlace place = linkPlace(w, link);
    if (link.kind == OpportunityLink::Kind::Stage)
        return {{u"kind"_s, u"stage"_s}, {u"name"_s, place.stage->name}};
    const Lane &lane = place.journey->lanes[size_t(indexOfId(place.journey->lanes, link.lane))];
    // A named step is part of where the cell is (a stage's only step has no name).
    const QString stage = place.step->name.isEmpty()
        ? place.stage->name
        : place.stage->name + u" \u203A "_s + place.step->name;
    return {{u"kind"_s, u"cell"_s}, {u"name"_s, stage + u" — "_s + lane.name}};
}

} // namespace

std::vector<RankedOpportunity> rankOpportunities(const Workspace &w)
{
    const int votes = totalVotes(w.opportunities);
    std::vector<RankedOpportunity> ranked;
    ranked.reserve(w.opportunities.size());
    for (const Opportunity &o : w.opportunities)
        ranked.push_back({&o, opportunityScore(o, votes), opportunityQuadrant(o)});
    std::stable_sort(
        ranked.begin(), ranked.end(),
        [](const RankedOpportunity &a, const RankedOpportunity &b) { return a.score > b.score; });
    return ranked;
}

QJsonArray opportunitiesReportJson(const Workspace &w)
{
    QJsonArray out;
    for (const RankedOpportunity &r : rankOpportunities(w)) {
        const Opportunity &o = *r.opportunity;
        QJsonArray links;
        for (const OpportunityLink &link : liveLinks(w, o))
            links.append(linkJson(w, link));
        out.append(QJsonObject {
            {u"title"_s, o.title},
            {u"status"_s, opportunityStatusKey(o.status)},
            {u"customer_value"_s, o.customerValue},
            {u"business_value"_s, o.businessValue},
            {u"effort"_s, o.effort},
            {u"votes"_s, o.votes},
            {u"score"_s, std::round(r.score * 1000) / 1000}, // 3 decimals: stable in diffs
            {u"quadrant"_s, opportunityQuadrantKey(r.quadrant)},
            {u"links"_s, links},
        });
    }
    return out;
}

} // namespace Parcours
