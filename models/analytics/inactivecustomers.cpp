#include "analytics/inactivecustomers.h"

#include <QHash>

#include <algorithm>

namespace Parcours {

double cadenceDays(Cadence cadence)
{
    switch (cadence) {
    case Cadence::None: return 0;
    case Cadence::Daily: return 1;
    case Cadence::Weekly: return 7;
    case Cadence::Monthly: return 30.436875;
    }
    return 0;
}

std::vector<InactiveCustomer> inactiveCustomers(const Workspace &workspace, const QDate &today)
{
    const ObservedUsage &usage = workspace.usage;
    std::vector<QDate> lastSeen(usage.users.size());
    for (const UsageSource &source : usage.sources) {
        for (const UsageActivity &a : source.activity) {
            if (a.user < 0 || size_t(a.user) >= lastSeen.size() || !a.lastDay.isValid())
                continue;
            QDate &last = lastSeen[size_t(a.user)];
            if (!last.isValid() || a.lastDay > last)
                last = a.lastDay;
        }
    }
    QHash<Id, int> personaOrder;
    for (const Persona &p : workspace.personas)
        personaOrder.insert(p.id, int(personaOrder.size()));

    std::vector<InactiveCustomer> result;
    for (size_t i = 0; i < usage.users.size(); ++i) {
        const UsageUser &user = usage.users[i];
        const auto order = personaOrder.constFind(user.personaId);
        if (order == personaOrder.cend() || !lastSeen[i].isValid())
            continue;
        const double cadence = cadenceDays(workspace.personas[size_t(*order)].cadence);
        const qint64 days = lastSeen[i].daysTo(today);
        if (cadence > 0 && double(days) > cadence)
            result.push_back({user.userId, user.personaId, lastSeen[i], days});
    }
    std::sort(result.begin(), result.end(),
              [&](const InactiveCustomer &a, const InactiveCustomer &b) {
                  const int pa = personaOrder.value(a.personaId);
                  const int pb = personaOrder.value(b.personaId);
                  if (pa != pb)
                      return pa < pb;
                  if (a.daysInactive != b.daysInactive)
                      return a.daysInactive > b.daysInactive;
                  return a.userId < b.userId;
              });
    return result;
}

int inactiveCustomerCount(const Workspace &workspace, Id personaId, const QDate &today)
{
    const std::vector<InactiveCustomer> all = inactiveCustomers(workspace, today);
    return int(std::count_if(all.begin(), all.end(),
                             [&](const InactiveCustomer &c) { return c.personaId == personaId; }));
}

} // namespace Parcours
