#pragma once

#include "document/workspacedocument.h"

// Opportunity edits (issue 20). Like edits.h, each function pushes one undoable command, or
// nothing when nothing would change or the value is refused.
namespace Parcours::Edit {

// Adds an opportunity (a fresh id when its id is 0) at `index` (-1 appends); returns its id, or
// 0 when refused (ratings outside 1–5, negative votes, read-only workspace).
Id addOpportunity(WorkspaceDocument &doc, Opportunity opportunity, int index = -1);
void removeOpportunities(WorkspaceDocument &doc, const QList<Id> &opportunities);
// Changes one field (Field::OpportunityField); false when unchanged or refused (a rating
// outside 1–5, negative votes, an unknown status).
bool setOpportunityField(WorkspaceDocument &doc, Id id, int field, const QVariant &value);
// Links an opportunity to a stage, cell or use case, or removes that link; false when the
// link is already there (or not there), or its target does not exist (linking).
bool linkOpportunity(WorkspaceDocument &doc, Id id, const OpportunityLink &link);
bool unlinkOpportunity(WorkspaceDocument &doc, Id id, const OpportunityLink &link);

// "Make an Opportunity" from a journey cell: an opportunity titled with `line` (one line of the
// cell's text), linked to the cell's stage and to the cell (its step and lane). One undo step;
// returns its id, or 0 when the cell does not exist or the line is empty.
Id makeOpportunityFromCell(WorkspaceDocument &doc, Id journey, Id step, Id lane,
                           const QString &line);

// "Raise How Often…" on a use case (the forgotten zone): an opportunity titled "Raise how often:
// USE CASE", linked to the use case, its description naming the persona and the declared
// frequency in words. One undo step; returns its id, or 0 when the use case does not exist.
Id makeOpportunityFromUseCase(WorkspaceDocument &doc, Id useCase);

// Dot voting: one vote more (`delta` +1) or one less (-1) for an opportunity, one undo step
// each. The step adds or takes away votes from whatever the count is when it runs, so that
// votes from other laptops on a shared workspace add up, undo included. False (nothing pushed)
// when the opportunity does not exist or the count would go below 0.
bool voteForOpportunity(WorkspaceDocument &doc, Id id, int delta);
// Every opportunity's votes back to 0 in one undo step (undo gives them back); returns how
// many votes went, 0 when there were none (nothing pushed).
int resetVotes(WorkspaceDocument &doc);

} // namespace Parcours::Edit
