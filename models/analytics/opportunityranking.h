#pragma once

#include "domain/workspace.h"

#include <QJsonArray>

namespace Parcours {

struct RankedOpportunity
{
    const Opportunity *opportunity = nullptr;
    double score = 0;
    OpportunityQuadrant quadrant = OpportunityQuadrant::FillIn;
};

// The workspace's opportunities ranked by score, highest first; equal scores keep the
// workspace's order.
std::vector<RankedOpportunity> rankOpportunities(const Workspace &workspace);

// `parcours report --json`'s "opportunities": ranked by score,
// [{"title", "status", "customer_value", "business_value", "effort", "votes", "score",
//   "quadrant", "links": [{"kind": "stage"|"cell"|"use_case", "name"}]}]. Links to deleted
// items are left out; a cell is named "STAGE — LANE", a use case by its text.
QJsonArray opportunitiesReportJson(const Workspace &workspace);

} // namespace Parcours
