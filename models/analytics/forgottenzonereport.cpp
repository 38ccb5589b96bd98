#include "analytics/forgottenzonereport.h"

#include "analytics/forgottenzone.h"
#include "analytics/observedfrequency.h"
#include "analytics/opportunityranking.h"
#include "analytics/retentionmetrics.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue observedUseCaseJson(const ObservedUseCase &o)
{
    if (!o.observed)
        return QJsonValue::Null;
    return QJsonObject {
        {u"users"_s, o.users},
        {u"uses_per_month_median"_s, o.usesPerMonthMedian},
        {u"uses_per_month_p25"_s, o.usesPerMonthP25},
        {u"uses_per_month_p75"_s, o.usesPerMonthP75},
        {u"share_below_monthly"_s, o.shareBelowMonthly},
        {u"forgotten_zone"_s, o.forgottenZone},
    };
}

QJsonObject observedPersonaJson(const Persona &p, const ObservedFrequency &observed)
{
    const PersonaVerdict verdict = observed.personaVerdict(p, VerdictScope::CurrentOnly);
    return {
        {u"active_users"_s, observed.activeUsers(p.id)},
        {u"forgotten_zone"_s, verdict.forgottenZone},
        {u"share_below_monthly"_s, verdict.shareBelowMonthly()},
        {u"segments"_s, verdict.segments},
        {u"segments_below_monthly"_s, verdict.segmentsBelowMonthly},
    };
}

// `observed` only when the workspace holds usage, so reports without it stay as they were.
QJsonObject personaJson(const Persona &p, const ObservedFrequency *observed)
{
    const PersonaVerdict today = personaVerdict(p, VerdictScope::CurrentOnly);
    const PersonaVerdict planned = personaVerdict(p, VerdictScope::WithPlanned);
    QJsonArray useCases;
    QJsonArray unclassified;
    for (const UseCase &u : p.useCases) {
        if (!u.frequency.isValid()) {
            unclassified.append(u.useCase);
            continue;
        }
        QJsonObject useCase {
            {u"use_case"_s, u.useCase},
            {u"problem"_s, u.problem},
            {u"frequency"_s, u.frequency.toExactString()},
            {u"uses_per_month"_s, u.frequency.usesPerMonth()},
            {u"status"_s, statusKey(u.status)},
            {u"weight"_s, optionalNumber(u.weight)},
            {u"forgotten_zone"_s, isForgotten(u)},
            {u"below_cadence"_s, isBelowCadence(u, p.cadence)},
        };
        if (observed)
            useCase.insert(u"observed"_s, observedUseCaseJson(observed->useCase(p, u)));
        useCases.append(useCase);
    }
    QJsonObject persona {
        {u"name"_s, p.name},
        {u"cadence"_s,
         p.cadence == Cadence::None ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(cadenceKey(p.cadence))},
        {u"forgotten_zone"_s, today.forgottenZone},
        {u"forgotten_zone_with_planned"_s, planned.forgottenZone},
        {u"share_below_monthly"_s, today.shareBelowMonthly()},
        {u"share_below_monthly_with_planned"_s, planned.shareBelowMonthly()},
        {u"weighted"_s, today.weighted},
        {u"segments"_s, today.segments},
        {u"segments_below_monthly"_s, today.segmentsBelowMonthly},
        {u"use_cases"_s, useCases},
        {u"use_cases_without_frequency"_s, unclassified},
    };
    if (observed)
        persona.insert(u"observed"_s, observedPersonaJson(p, *observed));
    return persona;
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(u"yyyy-MM-dd"_s))
                          : QJsonValue(QJsonValue::Null);
}

QJsonObject metricJson(const MetricPeriod &period)
{
    const PeriodMetrics m = RetentionMetrics::compute(period);
    return {
        {u"period_start"_s, dateJson(period.periodStart)},
        {u"period_end"_s, dateJson(period.periodEnd)},
        {u"crr"_s, optionalNumber(m.crr)},
        {u"churned"_s, m.churned ? QJsonValue(*m.churned) : QJsonValue(QJsonValue::Null)},
        {u"stickiness"_s, optionalNumber(m.stickiness)},
        {u"problem"_s, m.isImpossible() ? QJsonValue(m.problem) : QJsonValue(QJsonValue::Null)},
    };
}

QString verdictWord(bool forgotten)
{
    return forgotten ? ForgottenZoneReport::tr("in the forgotten zone")
                     : ForgottenZoneReport::tr("not in the forgotten zone");
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 3); // decimal comma in French
}

// In the language of the report, as the table shows it.
QString frequencyText(const UsageFrequency &frequency)
{
    return frequency.toString(QLocale().language() == QLocale::French
                                  ? UsageFrequency::Language::French
                                  : UsageFrequency::Language::English);
}

// The persona's observed figures (issue 22), as `report --json` gives them: its active users and
// observed verdict, then each observed use case's median, quartiles, users and share below
// monthly, with the disagreement when there is one.
QString observedText(const Persona &p, const ObservedFrequency &observed)
{
    const PersonaVerdict verdict = observed.personaVerdict(p, VerdictScope::CurrentOnly);
    QString out = u"  "_s
        + ForgottenZoneReport::tr("observed (active users: %1): %2")
              .arg(observed.activeUsers(p.id))
              .arg(verdict.segments == 0 ? ForgottenZoneReport::tr("no use case observed")
                                         : ForgottenZoneReport::tr("%1 (%2 % below monthly)")
                                               .arg(verdictWord(verdict.forgottenZone),
                                                    number(verdict.shareBelowMonthly() * 100)))
        + u'\n';
    for (const UseCase &u : p.useCases) {
        const ObservedUseCase o = observed.useCase(p, u);
        if (!o.observed)
            continue;
        const FrequencyDisagreement disagreement = ObservedFrequency::disagreement(u, o);
        out += u"    "_s
            + ForgottenZoneReport::tr("%1: %2 uses a month observed (median; quartiles %3–%4), "
                                      "%5 of %6 users, %7 % below monthly%8")
                  .arg(u.useCase.isEmpty() ? ForgottenZoneReport::tr("(unnamed use case)")
                                           : u.useCase,
                       number(o.usesPerMonthMedian), number(o.usesPerMonthP25),
                       number(o.usesPerMonthP75))
                  .arg(o.users)
                  .arg(o.activeUsers)
                  .arg(number(o.shareBelowMonthly * 100),
                       disagreement == FrequencyDisagreement::None
                           ? QString()
                           : u"; "_s + ObservedFrequency::describe(disagreement))
            + u'\n';
    }
    return out;
}

} // namespace

QJsonObject ForgottenZoneReport::json(const Workspace &w)
{
    const WorkspaceVerdict today = workspaceVerdict(w, VerdictScope::CurrentOnly);
    const WorkspaceVerdict planned = workspaceVerdict(w, VerdictScope::WithPlanned);
    const ObservedFrequency observed(w);
    QJsonArray personas;
    for (const Persona &p : w.personas)
        personas.append(personaJson(p, observed.hasUsage() ? &observed : nullptr));
    const QJsonObject workspace {
        {u"name"_s, w.info.name},
        {u"product"_s, w.info.product},
        {u"forgotten_zone"_s, today.forgottenZone},
        {u"forgotten_zone_with_planned"_s, planned.forgottenZone},
        {u"personas"_s, today.personas},
        {u"personas_in_forgotten_zone"_s, today.personasInForgottenZone},
        {u"personas_in_forgotten_zone_with_planned"_s, planned.personasInForgottenZone},
    };
    QJsonArray metrics;
    for (const MetricPeriod &m : w.metrics)
        metrics.append(metricJson(m));
    return {{u"workspace"_s, workspace},
            {u"personas"_s, personas},
            {u"metrics"_s, metrics},
            {u"opportunities"_s, opportunitiesReportJson(w)}};
}

QString ForgottenZoneReport::text(const Workspace &w)
{
    QString out;
    const WorkspaceVerdict today = workspaceVerdict(w, VerdictScope::CurrentOnly);
    const WorkspaceVerdict planned = workspaceVerdict(w, VerdictScope::WithPlanned);
    const QString title = w.info.name.isEmpty() ? tr("Workspace") : w.info.name;
    out += title + u'\n';
    out += tr("Today: %1 of %2 personas in the forgotten zone; the workspace is %3.")
               .arg(today.personasInForgottenZone)
               .arg(today.personas)
               .arg(verdictWord(today.forgottenZone))
        + u'\n';
    out += (planned.forgottenZone
                ? tr("With planned use cases: %1 of %2 personas; the workspace would be in the "
                     "forgotten zone.")
                : tr("With planned use cases: %1 of %2 personas; the workspace would be out of "
                     "the forgotten zone."))
               .arg(planned.personasInForgottenZone)
               .arg(planned.personas)
        + u'\n';
    const ObservedFrequency observed(w);
    for (const Persona &p : w.personas) {
        const PersonaVerdict now = personaVerdict(p, VerdictScope::CurrentOnly);
        const PersonaVerdict withPlanned = personaVerdict(p, VerdictScope::WithPlanned);
        const QString verdict = now.segments == 0 ? tr("no current use case with a frequency")
                                                  : verdictWord(now.forgottenZone);
        out += u'\n' + tr("%1: %2").arg(p.name, verdict);
        if (withPlanned.segments > 0) {
            out += u' '
                + tr("(with planned use cases: %1)").arg(verdictWord(withPlanned.forgottenZone));
        }
        out += u'\n';
        out += u"  "_s
            + tr("share below monthly: %1 % today (%2); %3 % with planned use cases (%4)")
                  .arg(number(now.shareBelowMonthly() * 100), describeVerdict(now),
                       number(withPlanned.shareBelowMonthly() * 100), describeVerdict(withPlanned))
            + u'\n';
        for (const UseCase &u : p.useCases) {
            if (!isForgotten(u))
                continue;
            out += u"  \u25BD "_s
                + tr("%1 — %2: %3 uses a month (%4)%5")
                      .arg(u.useCase.isEmpty() ? tr("(unnamed use case)") : u.useCase,
                           frequencyText(u.frequency), number(u.frequency.usesPerMonth()),
                           UsageFrequency::describeUsesPerMonth(u.frequency.usesPerMonth()),
                           u.status == UseCaseStatus::Planned ? tr(", planned") : QString())
                + u'\n';
        }
        if (observed.hasUsage())
            out += observedText(p, observed);
    }
    if (!w.metrics.empty())
        out += u'\n' + metricsText(w);
    if (!w.opportunities.empty())
        out += u'\n' + opportunitiesText(w);
    return out;
}

QString ForgottenZoneReport::opportunitiesText(const Workspace &w)
{
    constexpr int shown = 10;
    const std::vector<RankedOpportunity> ranked = rankOpportunities(w);
    QString out
        = (ranked.size() > size_t(shown)
               ? tr("Top %1 of %2 opportunities, ranked by score:").arg(shown).arg(ranked.size())
               : tr("Opportunities, ranked by score:"))
        + u'\n';
    for (size_t i = 0; i < ranked.size() && i < size_t(shown); ++i) {
        const Opportunity &o = *ranked[i].opportunity;
        out += u"  "_s
            + tr("%1. %2 — score %3, %4")
                  .arg(i + 1)
                  .arg(o.title.isEmpty() ? tr("(untitled opportunity)") : o.title,
                       number(ranked[i].score), opportunityQuadrantName(ranked[i].quadrant))
            + u'\n';
    }
    return out;
}

QString ForgottenZoneReport::metricsText(const Workspace &w)
{
    QString out
        = tr("Retention (CRR target %1–%2 %):")
              .arg(number(RetentionMetrics::targetLow), number(RetentionMetrics::targetHigh))
        + u'\n';
    for (const MetricPeriod &period : w.metrics) {
        const PeriodMetrics m = RetentionMetrics::compute(period);
        out += u"  "_s + tr("%1: %2").arg(RetentionMetrics::label(period), QString());
        if (m.isImpossible()) {
            out += tr("impossible period: %1").arg(m.problem) + u'\n';
            continue;
        }
        QStringList parts;
        if (m.crr) {
            parts << tr("CRR %1").arg(RetentionMetrics::percentText(*m.crr));
            parts << tr("%1 churned").arg(*m.churned);
        }
        if (m.stickiness)
            parts << tr("stickiness %1").arg(RetentionMetrics::percentText(*m.stickiness * 100));
        if (parts.isEmpty())
            parts << m.missing;
        out += parts.join(u", "_s) + u'\n';
    }
    return out;
}

} // namespace Parcours
