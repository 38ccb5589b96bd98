#include "analytics/observedfrequency.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr double daysPerMonth = 30.436875; // as UsageFrequency: 365.2425 / 12
constexpr double secondsPerDay = 86400;

} // namespace

double ObservedWindow::months() const
{
    if (!isValid())
        return 0;
    const double days = std::max(1.0, double(start.secsTo(end)) / secondsPerDay);
    return days / daysPerMonth;
}

bool ObservedWindow::overlapsMonth(const QDate &firstDayOfMonth) const
{
    if (!isValid())
        return false;
    const QDateTime monthStart(firstDayOfMonth, QTime(0, 0), Qt::UTC);
    const QDateTime monthEnd = monthStart.addMonths(1);
    return (endIncluded ? monthStart <= end : monthStart < end) && start < monthEnd;
}

ObservedWindow ObservedWindow::ofEvents(const ObservedUsage &usage)
{
    return {usage.firstEvent().toUTC(), usage.lastEvent().toUTC(), true};
}

ObservedWindow ObservedWindow::between(const QDate &from, const QDate &to)
{
    return {QDateTime(from, QTime(0, 0), Qt::UTC), QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC),
            false};
}

double quantileOfSorted(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const double rank = p * double(sorted.size() - 1);
    const auto below = qsizetype(std::floor(rank));
    const qsizetype above = std::min(below + 1, sorted.size() - 1);
    const double fraction = rank - double(below);
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

ObservedFrequency::ObservedFrequency(const Workspace &workspace)
    : ObservedFrequency(workspace, ObservedWindow::ofEvents(workspace.usage))
{ }

ObservedFrequency::ObservedFrequency(const Workspace &workspace, const ObservedWindow &window)
    : mWindow(window)
    , mHasUsage(!workspace.usage.isEmpty() && window.isValid())
{
    if (!mHasUsage)
        return;
    const std::vector<UsageUser> &users = workspace.usage.users;
    QSet<int> active;
    for (const UsageSource &source : workspace.usage.sources) {
        for (const UsageActivity &a : source.activity) {
            if (a.activeDays > 0 && mWindow.overlapsMonth(a.month))
                active.insert(a.user);
        }
        for (const UsageCount &c : source.counts) {
            if (c.count > 0 && mWindow.overlapsMonth(c.month))
                mUsesByUseCase[c.useCaseId][c.user] += c.count;
        }
    }
    QList<int> sortedActive(active.begin(), active.end());
    std::sort(sortedActive.begin(), sortedActive.end());
    for (int user : sortedActive) {
        if (user >= 0 && user < int(users.size()) && users[size_t(user)].personaId != 0)
            mActiveUsersByPersona[users[size_t(user)].personaId].append(user);
    }
}

int ObservedFrequency::activeUsers(Id personaId) const
{
    return int(mActiveUsersByPersona.value(personaId).size());
}

ObservedUseCase ObservedFrequency::useCase(const Persona &persona, const UseCase &useCase) const
{
    ObservedUseCase result;
    const QList<int> active = mActiveUsersByPersona.value(persona.id);
    result.activeUsers = int(active.size());
    const auto uses = mUsesByUseCase.constFind(useCase.id);
    const bool named = !useCase.events.isEmpty() || uses != mUsesByUseCase.cend();
    if (!mHasUsage || active.isEmpty() || !named)
        return result;
    result.observed = true;
    const double months = mWindow.months();
    QList<double> perMonth;
    perMonth.reserve(active.size());
    int below = 0;
    for (int user : active) {
        const qint64 count = uses == mUsesByUseCase.cend() ? 0 : uses->value(user);
        if (count > 0)
            ++result.users;
        const double rate = double(count) / months;
        if (rate < 1.0)
            ++below;
        perMonth.append(rate);
    }
    std::sort(perMonth.begin(), perMonth.end());
    result.usesPerMonthMedian = quantileOfSorted(perMonth, 0.5);
    result.usesPerMonthP25 = quantileOfSorted(perMonth, 0.25);
    result.usesPerMonthP75 = quantileOfSorted(perMonth, 0.75);
    result.shareBelowMonthly = double(below) / double(active.size());
    result.forgottenZone = result.usesPerMonthMedian < 1.0;
    return result;
}

PersonaVerdict ObservedFrequency::personaVerdict(const Persona &persona, VerdictScope scope) const
{
    PersonaVerdict verdict;
    bool allWeighted = true;
    for (const UseCase &u : persona.useCases) {
        if (!isInScope(u, scope))
            continue;
        const ObservedUseCase observed = useCase(persona, u);
        if (!observed.observed)
            continue;
        ++verdict.segments;
        if (observed.forgottenZone)
            ++verdict.segmentsBelowMonthly;
        if (u.weight && *u.weight > 0) {
            verdict.totalWeight += *u.weight;
            if (observed.forgottenZone)
                verdict.weightBelowMonthly += *u.weight;
        } else {
            allWeighted = false;
        }
    }
    verdict.weighted = verdict.segments > 0 && allWeighted;
    verdict.forgottenZone = verdict.segments > 0 && verdict.shareBelowMonthly() > 0.5;
    return verdict;
}

FrequencyDisagreement ObservedFrequency::disagreement(const UseCase &useCase,
                                                      const ObservedUseCase &observed)
{
    if (!observed.observed || !useCase.frequency.isValid())
        return FrequencyDisagreement::None;
    const bool declaredBelow = useCase.frequency.isBelowMonthly();
    if (!declaredBelow && observed.forgottenZone)
        return FrequencyDisagreement::ForgottenInPractice;
    if (declaredBelow && !observed.forgottenZone)
        return FrequencyDisagreement::MoreOftenInPractice;
    return FrequencyDisagreement::None;
}

QString ObservedFrequency::describe(FrequencyDisagreement disagreement)
{
    switch (disagreement) {
    case FrequencyDisagreement::None: return {};
    case FrequencyDisagreement::ForgottenInPractice:
        return u"\u26a0 "_s + tr("forgotten in practice");
    case FrequencyDisagreement::MoreOftenInPractice:
        return u"\u2191 "_s + tr("more often in practice");
    }
    return {};
}

} // namespace Parcours
