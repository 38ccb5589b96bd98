#pragma once

#include "domain/ids.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <vector>

namespace Parcours {

// Observed usage (issue 22): what a product's analytics events say its users did, aggregated
// when the events are imported. The workspace keeps these counts and the source files'
// identities, never the raw events, so a file of ten million events keeps the workspace small.

// How many times one user did one use case in one calendar month (UTC).
struct UsageCount
{
    int user = 0; // index in ObservedUsage::users
    Id useCaseId = 0;
    QDate month; // its first day
    qint64 count = 0;

    bool operator==(const UsageCount &o) const
    {
        return user == o.user && useCaseId == o.useCaseId && month == o.month && count == o.count;
    }
    bool operator!=(const UsageCount &o) const { return !(*this == o); }
};

// The days one user was active (any event, mapped to a use case or not) in one calendar month
// (UTC): daily and monthly actives, customers per period, days since last use.
struct UsageActivity
{
    int user = 0; // index in ObservedUsage::users
    QDate month; // its first day
    int activeDays = 0;
    QDate lastDay; // the user's last active day in that month

    bool operator==(const UsageActivity &o) const
    {
        return user == o.user && month == o.month && activeDays == o.activeDays
            && lastDay == o.lastDay;
    }
    bool operator!=(const UsageActivity &o) const { return !(*this == o); }
};

// One imported events file with what was aggregated from it. Importing a file with the same
// fingerprint again replaces this source.
struct UsageSource
{
    Id id = 0;
    QString fileName; // as imported, without its folder
    qint64 size = 0; // bytes
    QString fingerprint; // SHA-256 of the file's bytes, in hex
    QDateTime importedAt; // UTC
    qint64 events = 0; // events read
    qint64 unmappedEvents = 0; // events no use case names
    QDateTime firstEvent, lastEvent; // UTC
    QHash<QString, qint64> unmappedEventNames; // event name → events
    std::vector<UsageCount> counts;
    std::vector<UsageActivity> activity;

    bool operator==(const UsageSource &o) const;
    bool operator!=(const UsageSource &o) const { return !(*this == o); }
};

// A user seen in the events, shared by all sources.
struct UsageUser
{
    QString userId; // as in the events
    Id personaId = 0; // 0: not assigned to a persona

    bool operator==(const UsageUser &o) const
    {
        return userId == o.userId && personaId == o.personaId;
    }
    bool operator!=(const UsageUser &o) const { return !(*this == o); }
};

struct ObservedUsage
{
    std::vector<UsageUser> users;
    std::vector<UsageSource> sources;

    bool isEmpty() const { return sources.empty(); }
    // The earliest and latest event over all sources (invalid when there is none).
    QDateTime firstEvent() const;
    QDateTime lastEvent() const;

    bool operator==(const ObservedUsage &o) const
    {
        return users == o.users && sources == o.sources;
    }
    bool operator!=(const ObservedUsage &o) const { return !(*this == o); }
};

} // namespace Parcours
