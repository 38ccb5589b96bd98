#pragma once

#include "analytics/forgottenzone.h"
#include "domain/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace Parcours {

// The span of time the observed frequencies are measured over (issue 22): from the earliest to
// the latest event imported, or between two dates given. Counts are kept per calendar month, so
// a month counts when it overlaps the window.
struct ObservedWindow
{
    QDateTime start; // UTC
    QDateTime end; // UTC
    bool endIncluded = true; // the latest event is in; dates given end before `end`

    bool isValid() const { return start.isValid() && end.isValid() && start <= end; }
    // Its length in months of 30.436875 days (the Gregorian average), at least one day's worth
    // so that a single event does not divide by zero.
    double months() const;
    bool overlapsMonth(const QDate &firstDayOfMonth) const;

    static ObservedWindow ofEvents(const ObservedUsage &usage);
    // From the start of `from` to the end of `to` (both days included).
    static ObservedWindow between(const QDate &from, const QDate &to);
};

// One use case of one persona, observed.
struct ObservedUseCase
{
    bool observed = false; // the persona has active users and the use case names events
    int activeUsers = 0; // the persona's users with any event in the window
    int users = 0; // of those, the users who did it at least once
    // Uses per month over the persona's active users (those who never did it count 0);
    // quartiles interpolate linearly between ranks (the "inclusive" method of spreadsheets).
    double usesPerMonthMedian = 0;
    double usesPerMonthP25 = 0;
    double usesPerMonthP75 = 0;
    double shareBelowMonthly = 0; // of the active users, 0…1
    bool forgottenZone = false; // the median is below monthly (the declared rule)
};

// Declared and observed frequencies on either side of monthly.
enum class FrequencyDisagreement {
    None,
    ForgottenInPractice, // declared monthly or more, observed below monthly
    MoreOftenInPractice, // declared below monthly, observed monthly or more
};

class ObservedFrequency
{
    Q_DECLARE_TR_FUNCTIONS(ObservedFrequency)

public:
    explicit ObservedFrequency(const Workspace &workspace); // the events' window
    ObservedFrequency(const Workspace &workspace, const ObservedWindow &window);

    const ObservedWindow &window() const { return mWindow; }
    bool hasUsage() const { return mHasUsage; }
    int activeUsers(Id personaId) const;
    ObservedUseCase useCase(const Persona &persona, const UseCase &useCase) const;
    // The forgotten-zone rule of personaVerdict() with each use case's observed median in place
    // of its declared frequency; use cases not observed do not count.
    PersonaVerdict personaVerdict(const Persona &persona, VerdictScope scope) const;

    static FrequencyDisagreement disagreement(const UseCase &useCase,
                                              const ObservedUseCase &observed);
    // A symbol and words, never colour alone: "⚠ forgotten in practice". Empty for None.
    static QString describe(FrequencyDisagreement disagreement);

private:
    ObservedWindow mWindow;
    bool mHasUsage = false;
    QHash<Id, QList<int>> mActiveUsersByPersona; // persona → user indexes
    QHash<Id, QHash<int, qint64>> mUsesByUseCase; // use case → user → uses in the window
};

// The value at rank p (0…1) of sorted values, interpolating linearly between neighbours.
double quantileOfSorted(const QList<double> &sorted, double p);

} // namespace Parcours
