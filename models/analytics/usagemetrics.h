#pragma once

#include "domain/workspace.h"

#include <vector>

namespace Parcours {

// The dashboard's periods computed from imported usage events (issue 22, seeds 003 and 004):
// one per calendar month from the month of the earliest event to that of the latest, with
//  - MAU: the users active (any event) in the month;
//  - DAU: the mean daily actives, the users' active days in the month divided by the month's
//    days within the events' window (so a month the events cover in part is not diluted),
//    rounded to the nearest whole number;
//  - customers at the end: the users active in the month; at the start: those active in the
//    month before; new: those active in the month and not in the month before. The first
//    month has no month before: its start and new are left empty.
// So the CRR, (end − new) / start, is the share of the month before's actives still active.
// The periods have no id.
std::vector<MetricPeriod> metricPeriodsFromUsage(const ObservedUsage &usage);

} // namespace Parcours
