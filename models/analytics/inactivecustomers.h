#pragma once

#include "domain/workspace.h"

#include <QDate>

#include <vector>

namespace Parcours {

// Seed 001: the users whose days since last use exceed their persona's expected cadence, on a
// given day, ready for a lifecycle-messaging tool.
struct InactiveCustomer
{
    QString userId;
    Id personaId = 0;
    QDate lastSeen; // the last day with any event
    qint64 daysInactive = 0; // from lastSeen to today
};

// Days between two uses a cadence expects: 1, 7 or 30.436875 (a Gregorian-average month);
// 0 for Cadence::None.
double cadenceDays(Cadence cadence);

// Users of personas with a cadence, in persona order then by days inactive (most first), then
// by user id. Users without a persona, of a persona without a cadence, or never seen are left
// out.
std::vector<InactiveCustomer> inactiveCustomers(const Workspace &workspace, const QDate &today);
// The inactive customers of one persona.
int inactiveCustomerCount(const Workspace &workspace, Id personaId, const QDate &today);

} // namespace Parcours
