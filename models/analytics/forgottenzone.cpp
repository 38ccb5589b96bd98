#include "analytics/forgottenzone.h"

#include <QCoreApplication>
#include <QLocale>

namespace Parcours {

double PersonaVerdict::shareBelowMonthly() const
{
    if (weighted)
        return totalWeight > 0 ? weightBelowMonthly / totalWeight : 0;
    return segments > 0 ? double(segmentsBelowMonthly) / segments : 0;
}

bool isInScope(const UseCase &useCase, VerdictScope scope)
{
    return scope == VerdictScope::WithPlanned || useCase.status == UseCaseStatus::Current;
}

bool isForgotten(const UseCase &useCase)
{
    return useCase.frequency.isBelowMonthly();
}

bool isBelowCadence(const UseCase &useCase, Cadence cadence)
{
    return cadence != Cadence::None && useCase.frequency.isValid()
        && useCase.frequency.usesPerMonth() < cadenceUsesPerMonth(cadence);
}

QString describeVerdict(const PersonaVerdict &verdict)
{
    // The context lupdate gives free functions of namespace Parcours.
    auto tr = [](const char *text) {
        return QCoreApplication::translate("Parcours", text);
    };
    if (verdict.segments == 0)
        return tr("no use case with a frequency yet");
    if (verdict.segments == 1) { // no plural engine for English: "1 of 1 segment"
        if (!verdict.weighted)
            return tr("%1 of 1 segment below monthly").arg(verdict.segmentsBelowMonthly);
        return tr("%1 of 1 segment, %2 % of weight, below monthly")
            .arg(verdict.segmentsBelowMonthly)
            .arg(QLocale().toString(verdict.shareBelowMonthly() * 100, 'f', 0));
    }
    if (!verdict.weighted) {
        return tr("%1 of %2 segments below monthly")
            .arg(verdict.segmentsBelowMonthly)
            .arg(verdict.segments);
    }
    const QString percent = QLocale().toString(verdict.shareBelowMonthly() * 100, 'f', 0);
    return tr("%1 of %2 segments, %3 % of weight, below monthly")
        .arg(verdict.segmentsBelowMonthly)
        .arg(verdict.segments)
        .arg(percent);
}

void VerdictTally::add(UseCaseStatus status, const UsageFrequency &frequency,
                       std::optional<double> weight)
{
    if ((mScope != VerdictScope::WithPlanned && status != UseCaseStatus::Current)
        || !frequency.isValid())
        return;
    ++mVerdict.segments;
    const bool below = frequency.isBelowMonthly(); // isForgotten()
    if (below)
        ++mVerdict.segmentsBelowMonthly;
    if (weight && *weight > 0) {
        mVerdict.totalWeight += *weight;
        if (below)
            mVerdict.weightBelowMonthly += *weight;
    } else {
        mAllWeighted = false;
    }
}

PersonaVerdict VerdictTally::verdict() const
{
    PersonaVerdict verdict = mVerdict;
    verdict.weighted = verdict.segments > 0 && mAllWeighted;
    verdict.forgottenZone = verdict.segments > 0 && verdict.shareBelowMonthly() > 0.5;
    return verdict;
}

PersonaVerdict personaVerdict(const Persona &persona, VerdictScope scope)
{
    VerdictTally tally(scope);
    for (const UseCase &useCase : persona.useCases)
        tally.add(useCase);
    return tally.verdict();
}

WorkspaceVerdict workspaceVerdict(const Workspace &workspace, VerdictScope scope)
{
    WorkspaceVerdict verdict;
    for (const Persona &persona : workspace.personas) {
        const PersonaVerdict p = personaVerdict(persona, scope);
        if (p.segments == 0)
            continue;
        ++verdict.personas;
        if (p.forgottenZone)
            ++verdict.personasInForgottenZone;
    }
    verdict.forgottenZone = verdict.personasInForgottenZone * 2 > verdict.personas;
    return verdict;
}

} // namespace Parcours
