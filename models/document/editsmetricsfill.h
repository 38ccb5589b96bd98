#pragma once

#include "document/edits.h"

namespace Parcours::Edit {

// Filling the dashboard's periods from computed ones (metricPeriodsFromUsage()): a computed
// period goes into the period with the same start and end dates, or is added after the last.
// A value the user typed is never replaced silently: the plan keeps the differing ones apart,
// and the fill replaces them only when asked.
struct MetricsFillPlan
{
    QList<FieldChange> fills; // empty fields of existing periods
    QList<FieldChange> replacements; // typed values that differ from the computed ones
    std::vector<MetricPeriod> added; // periods the workspace does not have
    int periodsReplaced = 0; // existing periods with at least one replacement

    bool isEmpty() const { return fills.isEmpty() && replacements.isEmpty() && added.empty(); }
};

MetricsFillPlan planMetricsFill(const Workspace &workspace,
                                const std::vector<MetricPeriod> &computed);
// One undo step, "Fill from Events"; replacements only with `replaceTyped`. Returns false
// when nothing changes.
bool fillMetricPeriods(WorkspaceDocument &doc, const MetricsFillPlan &plan, bool replaceTyped);

} // namespace Parcours::Edit
