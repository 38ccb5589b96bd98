#pragma once

#include "domain/ids.h"
#include "domain/usagefrequency.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Parcours {

// What "active" means for a persona (seed 001).
enum class Cadence { None, Daily, Weekly, Monthly };

enum class UseCaseStatus { Current, Planned };

struct UseCase
{
    Id id = 0;
    QString problem;
    QString useCase;
    QString whyBetter;
    QString alternative;
    UsageFrequency frequency; // invalid when not given yet
    std::optional<double> weight;
    UseCaseStatus status = UseCaseStatus::Current;
    QString notes;
    // Event names meaning "this use case happened" (issue 22): exact, or with `*` wildcards.
    QStringList events;

    bool operator==(const UseCase &o) const;
    bool operator!=(const UseCase &o) const { return !(*this == o); }
};

struct Persona
{
    Id id = 0;
    QString name;
    QString description;
    QString color; // "#rrggbb"
    std::optional<double> weight; // share of the user base
    Cadence cadence = Cadence::None;
    std::vector<UseCase> useCases; // in display order

    bool operator==(const Persona &o) const;
    bool operator!=(const Persona &o) const { return !(*this == o); }
};

QString cadenceKey(Cadence cadence);
Cadence cadenceFromKey(const QString &key);
QString statusKey(UseCaseStatus status);
std::optional<UseCaseStatus> statusFromKey(const QString &key);
// A distinct colour for the n-th persona ("#rrggbb"), cycling through ten.
QString defaultPersonaColor(int index);
// Uses per month a persona needs to count as active at its cadence; 0 for None.
double cadenceUsesPerMonth(Cadence cadence);

} // namespace Parcours
