#pragma once

#include "domain/workspace.h"

#include <QHash>

#include <vector>

namespace Parcours {

// Opportunity links per step (issue 18). From schema 14 a cell link (OpportunityLink::Kind::Cell)
// names a step and a lane: its `target` is the step's id, no longer its stage's. Cell links
// written before (workspace files and shared stores of schema 13 or older, versions' snapshots
// of binary format 1) named a stage; they read as naming that stage's first step, where their
// badge was drawn.

// Where a stage or cell link points in `w`: its journey, stage and (cells) step; all null for
// a use case or a link to nothing there.
struct LinkPlace
{
    const Journey *journey = nullptr;
    const Stage *stage = nullptr;
    const Step *step = nullptr; // Cell only
};
LinkPlace linkPlace(const Workspace &w, const OpportunityLink &link);

// Cell links as written before schema 14: each names the step `firstSteps` gives for its stage
// (stage id -> its first step's id) instead; a stage not in `firstSteps` stays.
void legacyCellLinksToFirstSteps(std::vector<OpportunityLink> &links,
                                 const QHash<Id, Id> &firstSteps);
// The same for every opportunity of `w`, with `w`'s own stages.
void legacyCellLinksToFirstSteps(Workspace &w);

} // namespace Parcours
