#pragma once

#include "document/edits.h"

namespace Parcours::Edit {

// Filling the dashboard's periods from computed ones (metricPeriodsFromUsage()): a computed
// period goes into the period with the same start and end dates, or is added after the last.
// The counts it writes are marked computed (MetricPeriod::computed). A value the user typed
// is never replaced silently: the plan keeps the differing ones apart, and the fill replaces
// them only when asked. A value computed by an earlier fill is not typed: a re-fill replaces it
// (or clears it when the events no longer give one) without asking.
struct MetricsFillPlan
{
    QList<FieldChange> fills; // empty or computed counts of existing periods
    QList<FieldChange> replacements; // typed values that differ from the computed ones
    std::vector<MetricPeriod> added; // periods the workspace does not have, marked computed
    int periodsReplaced = 0; // existing periods with at least one replacement

    bool isEmpty() const { return fills.isEmpty() && replacements.isEmpty() && added.empty(); }
};

MetricsFillPlan planMetricsFill(const Workspace &workspace,
                                const std::vector<MetricPeriod> &computed);
// One undo step, "Fill from Events"; replacements only with `replaceTyped`. The counts written
// are marked computed in the same step. Returns false when nothing changes.
bool fillMetricPeriods(WorkspaceDocument &doc, const MetricsFillPlan &plan, bool replaceTyped);

// The MetricPeriod::computed bit of a count field (Field::MetricCustomersStart … MetricMau),
// 0 for the other fields.
unsigned computedBitOf(int field);
// `changes` typed by the user into periods' counts (the dashboard's table, a paste), plus the
// changes clearing those counts' computed marks, for one setFields() or paste step.
QList<FieldChange> withTypedMarks(const Workspace &workspace, QList<FieldChange> changes);

} // namespace Parcours::Edit
