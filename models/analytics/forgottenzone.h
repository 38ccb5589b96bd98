#pragma once

#include "domain/workspace.h"

namespace Parcours {

// Which use cases a verdict counts: today's (current only), or with planned ones added.
enum class VerdictScope { CurrentOnly, WithPlanned };

struct PersonaVerdict
{
    bool forgottenZone = false;
    int segments = 0; // use cases with a valid frequency, in scope
    int segmentsBelowMonthly = 0;
    bool weighted = false; // every counted segment has a weight, so weights decide
    double totalWeight = 0;
    double weightBelowMonthly = 0;

    // Share (0…1) below monthly, by weight when weighted, else by count.
    double shareBelowMonthly() const;
};

struct WorkspaceVerdict
{
    bool forgottenZone = false;
    int personas = 0; // personas with at least one classified segment
    int personasInForgottenZone = 0;
};

bool isInScope(const UseCase &useCase, VerdictScope scope);
// A use case below monthly. One used exactly once a month is not.
bool isForgotten(const UseCase &useCase);
// Below the persona's expected engagement cadence: at risk of inactivity (seed 001).
bool isBelowCadence(const UseCase &useCase, Cadence cadence);

// "3 of 5 segments, 72 % of weight, below monthly" (the weight part only when weights
// decide), or "no use case with a frequency yet". Translated.
QString describeVerdict(const PersonaVerdict &verdict);

PersonaVerdict personaVerdict(const Persona &persona, VerdictScope scope);

// personaVerdict() counted one use case at a time, from a use case or from its columns (a
// summary read without making use cases). In the persona's order: the sums of weights, and so a
// verdict near one half, depend on it.
class VerdictTally
{
public:
    explicit VerdictTally(VerdictScope scope)
        : mScope(scope)
    { }
    void add(UseCaseStatus status, const UsageFrequency &frequency, std::optional<double> weight);
    void add(const UseCase &useCase) { add(useCase.status, useCase.frequency, useCase.weight); }
    PersonaVerdict verdict() const;

private:
    VerdictScope mScope;
    PersonaVerdict mVerdict;
    bool mAllWeighted = true;
};
WorkspaceVerdict workspaceVerdict(const Workspace &workspace, VerdictScope scope);

} // namespace Parcours
