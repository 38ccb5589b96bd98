#pragma once

#include "domain/journey.h"

#include <optional>
#include <vector>

// As-is against to-be (issue 18): a journey's emotion curve against the journey it is compared
// with (Journey::compareWith), step by step. Steps match by name, case-insensitive and trimmed
// (a stage's only, unnamed step by its stage's name), each step of the other journey at most
// once, in order; a step without a match gets no point of the other curve.
namespace Parcours {

struct StepComparison
{
    Id step = 0; // in the journey
    Id otherStep = 0; // in the other journey; 0: no step of that name
    QString name; // as the journey shows it
    std::optional<double> own; // the journey's emotion at the step
    std::optional<double> other; // the other journey's, at the matching step

    // How much better (> 0) or worse (< 0) the other journey is here; none unless both scored.
    std::optional<double> difference() const
    {
        return own && other ? std::optional<double>(*other - *own) : std::nullopt;
    }
};

struct JourneyComparison
{
    Id lane = 0; // the journey's emotion lane
    Id otherLane = 0; // the other journey's: the one of the same name, or its first; 0: none
    std::vector<StepComparison> steps; // every step of the journey, in order

    // The steps scored on both sides with different scores, in order.
    std::vector<StepComparison> differing() const;
};

// The name a step is matched by: its own, or its stage's when it has none.
QString stepDisplayName(const Stage &stage, const Step &step);
// `name` as matching compares it: trimmed, case folded.
QString stepMatchKey(const QString &name);

// Compares `journey`'s emotion lane `lane` with `other`.
JourneyComparison compareJourneys(const Journey &journey, Id lane, const Journey &other);

} // namespace Parcours
