#include "document/editsmetricsfill.h"

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

} // namespace

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
            plan.added.push_back(period);
            continue;
        }
        const EntityRef ref = EntityRef::metricPeriod(same->id);
        bool replaced = false;
        for (int field : countFields) {
            const std::optional<qint64> typed = countOf(*same, field);
            const std::optional<qint64> wanted = countOf(period, field);
            if (!wanted || typed == wanted)
                continue;
            if (!typed) {
                plan.fills.append({ref, field, QVariant::fromValue(*wanted)});
            } else {
                plan.replacements.append({ref, field, QVariant::fromValue(*wanted)});
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
    return pasteMetricPeriods(doc, changes, plan.added, tr("Fill from Events"));
}

} // namespace Parcours::Edit
