#pragma once

#include "domain/ids.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

// Cell links of opportunities stored before schema 14 named a stage (domain/opportunity.h);
// from 14 on they name a step. The stored rows' side of that change, for both engines.
namespace Parcours::OpportunityLinkRows {

// Every stage's first step (stage id -> step id), from the step table; nothing and false with
// `error` set when it cannot be read.
bool firstSteps(QSqlDatabase &db, QHash<Id, Id> *firstSteps, QString *error);

// Schema step 14: each opportunity's cell links name its stage's first step (where their badge
// was drawn), rewritten in the links column. Runs inside the upgrade's transaction.
bool linkCellsToFirstSteps(QSqlDatabase &db, QString *error);

} // namespace Parcours::OpportunityLinkRows
