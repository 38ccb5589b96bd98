#pragma once

// A small observed-usage data set whose statistics are computed by hand in the tests
// (issue 22): two personas, seven users, two imported files.
#include "domain/workspace.h"

namespace Parcours::TestData {

// Ids of the observed-usage workspace.
enum ObservedIds : Id {
    renterId = 1,
    ownerId = 2,
    payRentId = 11,
    moveOutId = 12,
    repairId = 13,
    subletId = 14,
    checkValueId = 21,
};

// Users: a, b, c, d, e (Renter, monthly cadence; e never seen), f (Owner, weekly), g (no
// persona). Events from 2026-01-01 00:00 to 2026-03-02 00:00 UTC: 60 days, so one use in the
// window is 30.436875 / 60 = 0.50728125 uses per month.
//   Pay rent (declared yearly):  a 0, b 1+1, c 2+2, d 3+3 (Jan+Feb); g 100 (no persona)
//   Move out (every 2 years):    a 1 (Mar)
//   Report a repair (weekly):    b 1 (Jan), c 1 (Feb)
//   Sublet (planned, no events)
//   Check value (Owner, monthly): f 4+4+2 (Jan+Feb+Mar)
// Last active days: a 03-01, b 02-01, c 02-08, d 02-07, f 03-02, g 03-02.
inline Workspace observedUsage()
{
    using namespace Qt::StringLiterals;
    Workspace w;
    w.info.name = u"Rentals"_s;
    Persona renter;
    renter.id = renterId;
    renter.name = u"Renter"_s;
    renter.cadence = Cadence::Monthly;
    auto useCase = [](Id id, const QString &name, UsageFrequency frequency, QStringList events) {
        UseCase u;
        u.id = id;
        u.useCase = name;
        u.frequency = frequency;
        u.events = std::move(events);
        return u;
    };
    renter.useCases.push_back(
        useCase(payRentId, u"Pay rent"_s, UsageFrequency(1, 1, Period::Year), {u"rent_paid"_s}));
    renter.useCases.push_back(
        useCase(moveOutId, u"Move out"_s, UsageFrequency(1, 2, Period::Year), {u"lease_ended"_s}));
    renter.useCases.push_back(useCase(repairId, u"Report a repair"_s,
                                      UsageFrequency(1, 1, Period::Week), {u"repair_*"_s}));
    UseCase sublet = useCase(subletId, u"Sublet"_s, UsageFrequency(1, 1, Period::Month), {});
    sublet.status = UseCaseStatus::Planned;
    renter.useCases.push_back(sublet);
    Persona owner;
    owner.id = ownerId;
    owner.name = u"Owner"_s;
    owner.cadence = Cadence::Weekly;
    owner.useCases.push_back(useCase(checkValueId, u"Check value"_s,
                                     UsageFrequency(1, 1, Period::Month), {u"valuation_viewed"_s}));
    w.personas = {renter, owner};

    enum User { a, b, c, d, e, f, g };
    w.usage.users = {{u"a"_s, renterId}, {u"b"_s, renterId}, {u"c"_s, renterId}, {u"d"_s, renterId},
                     {u"e"_s, renterId}, {u"f"_s, ownerId},  {u"g"_s, 0}};
    const QDate jan(2026, 1, 1), feb(2026, 2, 1), mar(2026, 3, 1);
    auto at = [](int month, int day, int hour = 0) {
        return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
    };

    UsageSource january;
    january.id = 901;
    january.fileName = u"january.csv"_s;
    january.firstEvent = at(1, 1);
    january.lastEvent = at(1, 31, 12);
    january.counts = {{b, payRentId, jan, 1},   {c, payRentId, jan, 2}, {d, payRentId, jan, 3},
                      {g, payRentId, jan, 100}, {b, repairId, jan, 1},  {f, checkValueId, jan, 4}};
    january.activity = {{a, jan, 3, QDate(2026, 1, 20)}, {b, jan, 2, QDate(2026, 1, 25)},
                        {c, jan, 2, QDate(2026, 1, 10)}, {d, jan, 3, QDate(2026, 1, 15)},
                        {f, jan, 4, QDate(2026, 1, 28)}, {g, jan, 1, QDate(2026, 1, 5)}};

    UsageSource later;
    later.id = 902;
    later.fileName = u"february-march.csv"_s;
    later.firstEvent = at(2, 1);
    later.lastEvent = at(3, 2);
    later.counts = {{b, payRentId, feb, 1},   {c, payRentId, feb, 2}, {d, payRentId, feb, 3},
                    {c, repairId, feb, 1},    {a, moveOutId, mar, 1}, {f, checkValueId, feb, 4},
                    {f, checkValueId, mar, 2}};
    later.activity = {{a, mar, 1, QDate(2026, 3, 1)},  {b, feb, 1, QDate(2026, 2, 1)},
                      {c, feb, 2, QDate(2026, 2, 8)},  {d, feb, 2, QDate(2026, 2, 7)},
                      {f, feb, 4, QDate(2026, 2, 26)}, {f, mar, 2, QDate(2026, 3, 2)},
                      {g, mar, 1, QDate(2026, 3, 2)}};
    w.usage.sources = {january, later};
    return w;
}

} // namespace Parcours::TestData
