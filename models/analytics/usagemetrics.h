#pragma once

#include "domain/workspace.h"

#include <vector>

namespace Parcours {

// The dashboard's periods computed from imported usage events (issue 22, seeds 003 and 004):
// one per calendar month from the month of the earliest event to that of the latest, with
//  - DAU: the mean daily actives, the users' active days in the month divided by the month's
//    days within the events' window (so a month the events cover in part is not diluted),
//    rounded to the nearest whole number;
//  - MAU: the users active (any event) in the month;
//  - customers at the end: the users active in the month; at the start: those active in the
//    month before; new: those active in the month and not in the month before.
// So the CRR, (end − new) / start, is the share of the month before's actives still active.
// Only whole months have actives: a month the events cover in part (the first and last ones,
// usually) gets its DAU only, and the month after it no customers at start. So the first
// month has no CRR, nor does the second when the events begin after the first's first day.
// The periods have no id.
std::vector<MetricPeriod> metricPeriodsFromUsage(const ObservedUsage &usage);

} // namespace Parcours
