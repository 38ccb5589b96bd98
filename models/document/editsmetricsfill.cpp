#include "document/editsmetricsfill.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace Parcours::Edit {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::Edit", text);
}

std::optional<qint64> countOf(const MetricPeriod &period, int field)
{
    switch (field) {
    case Field::MetricCustomersStart: return period.customersStart;
    case Field::MetricCustomersNew: return period.customersNew;
    case Field::MetricCustomersEnd: return period.customersEnd;
    case Field::MetricDau: return period.dau;
    case Field::MetricMau: return period.mau;
    default: return std::nullopt;
    }
}

constexpr int countFields[] = {Field::MetricCustomersStart, Field::MetricCustomersNew,
                               Field::MetricCustomersEnd, Field::MetricDau, Field::MetricMau};

QVariant countValue(const std::optional<qint64> &count)
{
    return count ? QVariant::fromValue(*count) : QVariant();
}

// The MetricComputed changes that go with `changes` to periods' counts: a count typed by the
// user loses its mark (`typed`); else (a fill) a count written gets it and one cleared loses it.
QList<FieldChange> markChanges(const Workspace &workspace, const QList<FieldChange> &changes,
                               bool typed)
{
    QHash<Id, unsigned> after;
    QList<Id> order;
    for (const FieldChange &change : changes) {
        const unsigned bit = computedBitOf(change.field);
        const MetricPeriod *period = change.ref.kind == EntityKind::MetricPeriod
            ? workspace.metricPeriod(change.ref.id)
            : nullptr;
        if (bit == 0 || !period)
            continue;
        if (!after.contains(period->id)) {
            after.insert(period->id, period->computed);
            order << period->id;
        }
        if (!typed && change.value.isValid())
            after[period->id] |= bit;
        else
            after[period->id] &= ~bit;
    }
    QList<FieldChange> marks;
    for (Id id : std::as_const(order)) {
        if (after.value(id) != workspace.metricPeriod(id)->computed)
            marks.append(
                {EntityRef::metricPeriod(id), Field::MetricComputed, int(after.value(id))});
    }
    return marks;
}

} // namespace

unsigned computedBitOf(int field)
{
    switch (field) {
    case Field::MetricCustomersStart: return MetricPeriod::CustomersStartCount;
    case Field::MetricCustomersNew: return MetricPeriod::CustomersNewCount;
    case Field::MetricCustomersEnd: return MetricPeriod::CustomersEndCount;
    case Field::MetricDau: return MetricPeriod::DauCount;
    case Field::MetricMau: return MetricPeriod::MauCount;
    default: return 0;
    }
}

QList<FieldChange> withTypedMarks(const Workspace &workspace, QList<FieldChange> changes)
{
    changes += markChanges(workspace, changes, true);
    return changes;
}

MetricsFillPlan planMetricsFill(const Workspace &workspace,
                                const std::vector<MetricPeriod> &computed)
{
    MetricsFillPlan plan;
    for (const MetricPeriod &period : computed) {
        const auto same = std::find_if(
            workspace.metrics.begin(), workspace.metrics.end(), [&](const MetricPeriod &m) {
                return m.periodStart == period.periodStart && m.periodEnd == period.periodEnd;
            });
        if (same == workspace.metrics.end()) {
            MetricPeriod added = period;
            for (int field : countFields) {
                if (countOf(added, field))
                    added.computed |= computedBitOf(field);
            }
            plan.added.push_back(added);
            continue;
        }
        const EntityRef ref = EntityRef::metricPeriod(same->id);
        bool replaced = false;
        for (int field : countFields) {
            const std::optional<qint64> now = countOf(*same, field);
            const std::optional<qint64> wanted = countOf(period, field);
            const bool wasComputed = (same->computed & computedBitOf(field)) != 0;
            if (now == wanted) {
                // The same value: typed, it stays typed; computed, it stays computed.
                continue;
            }
            if (wasComputed || !now) {
                // Not typed: an earlier fill's value is replaced, or cleared when the events no
                // longer give one; an empty count is filled.
                if (wanted || wasComputed)
                    plan.fills.append({ref, field, countValue(wanted)});
            } else if (wanted) {
                plan.replacements.append({ref, field, countValue(wanted)});
                replaced = true;
            }
        }
        if (replaced)
            ++plan.periodsReplaced;
    }
    return plan;
}

bool fillMetricPeriods(WorkspaceDocument &doc, const MetricsFillPlan &plan, bool replaceTyped)
{
    QList<FieldChange> changes = plan.fills;
    if (replaceTyped)
        changes += plan.replacements;
    changes += markChanges(doc.workspace(), changes, false);
    return pasteMetricPeriods(doc, changes, plan.added, tr("Fill from Events"));
}

} // namespace Parcours::Edit
