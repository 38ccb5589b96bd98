#pragma once

#include "domain/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Parcours {

// What `parcours report` prints: per persona its verdict today and with planned use cases,
// the share below monthly and the use cases with their uses per month; the retention
// numbers of each metric period.
class ForgottenZoneReport
{
    Q_DECLARE_TR_FUNCTIONS(ForgottenZoneReport)

public:
    // A contract other tools read; keys are only ever added:
    // {"workspace": {"name", "product", "forgotten_zone", "forgotten_zone_with_planned",
    //                "personas", "personas_in_forgotten_zone",
    //                "personas_in_forgotten_zone_with_planned"},
    //  "personas": [{"name", "cadence", "forgotten_zone", "forgotten_zone_with_planned",
    //                "share_below_monthly", "share_below_monthly_with_planned", "weighted",
    //                "segments", "segments_below_monthly",
    //                "use_cases": [{"use_case", "problem", "frequency", "uses_per_month",
    //                               "status", "weight", "forgotten_zone", "below_cadence",
    //                               "observed"}],
    //                "use_cases_without_frequency": [str], "observed"}],
    //  "metrics": [{"period_start": str|null, "period_end": str|null, "crr": number|null,
    //               "churned": int|null, "stickiness": number|null, "problem": str|null}],
    //  "opportunities": [{"title", "status", "customer_value", "business_value", "effort",
    //                     "votes", "score", "quadrant", "links": [{"kind", "name"}]}]}
    // Today's verdicts count current use cases only; the _with_planned ones count both.
    // use_cases lists those with a frequency; "frequency" is an English phrase that
    // parses back exactly; "weight" is null when not given. Metrics follow the table order;
    // dates are yyyy-MM-dd, "crr" is in percent, "stickiness" a DAU/MAU ratio (0…1); an
    // impossible period has null values and a "problem" text, an incomplete one null values
    // and a null problem. Opportunities are ranked by score (see opportunityranking.h).
    // Only when the workspace holds observed usage (issue 22, see observedfrequency.h): each
    // use case's "observed" is {"users", "uses_per_month_median", "uses_per_month_p25",
    // "uses_per_month_p75", "share_below_monthly", "forgotten_zone"}, or null when it names no
    // events or its persona has no active user; each persona's "observed" is its verdict on the
    // observed medians: {"active_users", "forgotten_zone", "share_below_monthly", "segments",
    // "segments_below_monthly"} (current use cases).
    static QJsonObject json(const Workspace &workspace);
    static QString text(const Workspace &workspace);
    // The retention part of text(): one line per period.
    static QString metricsText(const Workspace &workspace);
    // The opportunities part of text(): the ten highest scores, with rank and quadrant.
    static QString opportunitiesText(const Workspace &workspace);
};

} // namespace Parcours
