#include "formats/usageimport.h"

#include "formats/eventinput.h"
#include "formats/eventmapping.h"
#include "formats/eventreader.h"
#include "formats/eventtime.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr qint64 msecsPerDay = 86400000;

// Months as year × 12 + month - 1, small enough to key a hash with the user.
int monthKey(int year, int month)
{
    return year * 12 + month - 1;
}

QDate monthDate(int key)
{
    return QDate(key / 12, key % 12 + 1, 1);
}

// One user's month: the days with an event, and each use case done with its count.
struct UserMonth
{
    int user = 0;
    int month = 0;
    quint32 days = 0; // bit d - 1: day d had an event
    bool daysUnknown = false; // from usage counts: active, on days not known
    std::vector<std::pair<int, qint64>> useCases; // index in EventMapping::useCases(), count
};

class Aggregator
{
public:
    Aggregator(const Workspace &workspace, const UsageImportOptions &options,
               UsageImportResult &result)
        : mMapping(workspace)
        , mOptions(options)
        , mResult(result)
    {
        for (const Persona &persona : workspace.personas)
            mPersonas.insert(persona.name.trimmed().toCaseFolded(), persona.id);
        mResult.users = workspace.usage.users;
        for (size_t i = 0; i < mResult.users.size(); ++i)
            mUsers.insert(mResult.users[i].userId.toUtf8(), int(i));
        mSeenHere.assign(mResult.users.size(), false);
        mFrom = options.from.isValid()
            ? EventTime::daysFromCivil(options.from.year(), options.from.month(),
                                       options.from.day())
                * msecsPerDay
            : std::numeric_limits<qint64>::min();
        mTo = options.to.isValid()
            ? (EventTime::daysFromCivil(options.to.year(), options.to.month(), options.to.day())
               + 1)
                * msecsPerDay
            : std::numeric_limits<qint64>::max();
    }

    void add(const EventRecord &record)
    {
        qint64 first = record.msecs;
        qint64 last = record.msecs;
        int month = 0;
        int day = 0;
        if (record.month.isValid()) {
            const qint64 start
                = EventTime::daysFromCivil(record.month.year(), record.month.month(), 1);
            first = start * msecsPerDay;
            last = (start + record.month.daysInMonth()) * msecsPerDay - 1;
            month = monthKey(record.month.year(), record.month.month());
        } else {
            const QDate date = EventTime::dateOfDay(EventTime::dayOf(record.msecs));
            month = monthKey(date.year(), date.month());
            day = date.day();
        }
        if (last < mFrom || first >= mTo) {
            mResult.outsideWindow += record.count;
            return;
        }
        if (record.count == 0 && day == 0)
            return;
        // Exports list a user's events together (or a session's): the last user and month
        // are looked up once for a run of them.
        if (mLastUser < 0 || record.user != mLastUserId) {
            mLastUser = userIndex(record);
            mLastUserId = record.user;
            mLastBucket = -1;
        }
        const int user = mLastUser;
        UserMonth &bucket = userMonth(user, month);
        if (day > 0)
            bucket.days |= 1U << (day - 1);
        else
            bucket.daysUnknown = true;
        UsageSource &source = mResult.source;
        source.events += record.count;
        if (!source.firstEvent.isValid() || first < mFirst) {
            mFirst = first;
            source.firstEvent = QDateTime::fromMSecsSinceEpoch(first, Qt::UTC);
        }
        if (!source.lastEvent.isValid() || last > mLast) {
            mLast = last;
            source.lastEvent = QDateTime::fromMSecsSinceEpoch(last, Qt::UTC);
        }
        if (mLastEvent.isNull() || record.event != mLastEvent) {
            mLastEvent = record.event;
            mLastUseCases = mMapping.useCasesOf(record.event);
        }
        const std::vector<int> &useCases = mLastUseCases;
        if (useCases.empty()) {
            source.unmappedEvents += record.count;
            mUnmappedNames[record.event] += record.count;
            return;
        }
        for (const int useCase : useCases) {
            auto it = std::find_if(bucket.useCases.begin(), bucket.useCases.end(),
                                   [useCase](const auto &entry) { return entry.first == useCase; });
            if (it == bucket.useCases.end())
                bucket.useCases.emplace_back(useCase, record.count);
            else
                it->second += record.count;
        }
    }

    void finish()
    {
        std::sort(mBuckets.begin(), mBuckets.end(), [](const UserMonth &a, const UserMonth &b) {
            return a.user != b.user ? a.user < b.user : a.month < b.month;
        });
        UsageSource &source = mResult.source;
        const std::vector<Id> &useCaseIds = mMapping.useCases();
        size_t counts = 0;
        for (const UserMonth &bucket : mBuckets)
            counts += bucket.useCases.size();
        source.counts.reserve(counts);
        source.activity.reserve(mBuckets.size());
        for (UserMonth &bucket : mBuckets) {
            const QDate month = monthDate(bucket.month);
            UsageActivity activity;
            activity.user = bucket.user;
            activity.month = month;
            activity.activeDays = qPopulationCount(bucket.days);
            // Usage counts give months, not days: the month's first day, the earliest the
            // last use can have been.
            activity.lastDay
                = bucket.days ? month.addDays(31 - qCountLeadingZeroBits(bucket.days)) : month;
            source.activity.push_back(activity);
            // In the order the store reads them back: user, month, use case id.
            const size_t first = source.counts.size();
            for (const auto &[useCase, count] : bucket.useCases)
                source.counts.push_back({bucket.user, useCaseIds[size_t(useCase)], month, count});
            std::sort(
                source.counts.begin() + qsizetype(first), source.counts.end(),
                [](const UsageCount &a, const UsageCount &b) { return a.useCaseId < b.useCaseId; });
            bucket.useCases = {};
        }
        for (auto it = mUnmappedNames.cbegin(); it != mUnmappedNames.cend(); ++it)
            source.unmappedEventNames.insert(QString::fromUtf8(it.key()), it.value());
        for (size_t i = 0; i < mResult.users.size(); ++i) {
            if (mSeenHere[i] && mResult.users[i].personaId == 0)
                mResult.unmappedUsers.append(mResult.users[i].userId);
        }
    }

private:
    int userIndex(const EventRecord &record)
    {
        const auto found = mUsers.constFind(record.user);
        int index = 0;
        if (found != mUsers.constEnd()) {
            index = *found;
            if (mSeenHere[size_t(index)])
                return index;
        } else {
            index = int(mResult.users.size());
            mUsers.insert(record.user, index);
            mResult.users.push_back({QString::fromUtf8(record.user), 0});
            mSeenHere.push_back(false);
        }
        // First seen in this file: its persona from --users, else from the events.
        mSeenHere[size_t(index)] = true;
        const auto listed = mOptions.userPersonas.constFind(record.user);
        const QString name = listed != mOptions.userPersonas.constEnd()
            ? *listed
            : QString::fromUtf8(record.persona);
        if (!name.trimmed().isEmpty()) {
            const Id persona = mPersonas.value(name.trimmed().toCaseFolded());
            if (persona)
                mResult.users[size_t(index)].personaId = persona;
            else
                ++mResult.unknownPersonas[name.trimmed()];
        }
        return index;
    }

    UserMonth &userMonth(int user, int month)
    {
        if (mLastBucket >= 0 && mLastBucketMonth == month)
            return mBuckets[size_t(mLastBucket)];
        mLastBucketMonth = month;
        const quint64 key = (quint64(quint32(user)) << 20) | quint64(month);
        const auto found = mBucketIndex.constFind(key);
        if (found != mBucketIndex.constEnd()) {
            mLastBucket = *found;
            return mBuckets[size_t(*found)];
        }
        mLastBucket = qsizetype(mBuckets.size());
        mBucketIndex.insert(key, mLastBucket);
        mBuckets.push_back({user, month, 0, false, {}});
        return mBuckets.back();
    }

    EventMapping mMapping;
    const UsageImportOptions &mOptions;
    UsageImportResult &mResult;
    QHash<QString, Id> mPersonas; // case-folded name → id
    QHash<QByteArray, int> mUsers;
    std::vector<bool> mSeenHere;
    QHash<QByteArray, qint64> mUnmappedNames; // as read: decoded once, at the end
    // The last user, month and event name looked up (see add()).
    QByteArray mLastUserId;
    int mLastUser = -1;
    qsizetype mLastBucket = -1;
    int mLastBucketMonth = -1;
    QByteArray mLastEvent;
    std::vector<int> mLastUseCases;
    QHash<quint64, qsizetype> mBucketIndex;
    std::vector<UserMonth> mBuckets;
    qint64 mFrom = 0, mTo = 0, mFirst = 0, mLast = 0;
};

} // namespace

UsageImportResult UsageImport::read(const QString &path, const Workspace &workspace,
                                    const UsageImportOptions &options)
{
    UsageImportResult result;
    EventInput input;
    if (!input.open(path)) {
        result.failure = input.error();
        return result;
    }
    std::unique_ptr<EventReader> reader = EventReader::open(input, &result.failure);
    if (!reader)
        return result;
    result.shape = reader->shapeName();
    Aggregator aggregator(workspace, options, result);
    EventRecord record;
    qint64 lines = 0;
    for (;;) {
        const EventReader::Next next = reader->next(&record);
        if (next == EventReader::Next::End)
            break;
        if (next == EventReader::Next::BadRow) {
            if (result.errors.size() < options.listedErrors)
                result.errors.append(reader->error());
            ++result.badRows;
        } else {
            aggregator.add(record);
        }
        if ((++lines & 0xFFFF) == 0 && options.progress
            && !options.progress(input.bytesRead(), input.size())) {
            result.cancelled = true;
            return result;
        }
    }
    if (!reader->error().isEmpty()) {
        result.failure = reader->error();
        return result;
    }
    if (options.progress && !options.progress(input.size(), input.size())) {
        result.cancelled = true;
        return result;
    }
    if (result.badRows > 0 && !options.skipBadRows)
        return result;
    aggregator.finish();
    UsageSource &source = result.source;
    source.fileName = QFileInfo(path).fileName();
    source.size = input.size();
    source.fingerprint = input.fingerprint();
    source.importedAt = QDateTime::currentDateTimeUtc();
    result.ok = true;
    return result;
}

std::vector<std::pair<QString, qint64>> UsageImport::byCount(
    const QHash<QString, qint64> &unmappedEventNames)
{
    std::vector<std::pair<QString, qint64>> sorted;
    sorted.reserve(size_t(unmappedEventNames.size()));
    for (auto it = unmappedEventNames.cbegin(); it != unmappedEventNames.cend(); ++it)
        sorted.emplace_back(it.key(), it.value());
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return sorted;
}

bool UsageImport::looksLikeEvents(const QByteArray &head)
{
    if (head.startsWith("\x1f\x8b"))
        return true;
    QByteArray first = head.left(head.indexOf('\n')).trimmed();
    if (first.startsWith("\xEF\xBB\xBF"))
        first = first.mid(3);
    if (first == "user_id,event,timestamp" || first == "user_id,event,timestamp,persona"
        || first == "user_id,persona,event,month,count") {
        return true;
    }
    return first.startsWith('{')
        && (first.contains("\"event_type\"")
            || (first.contains("\"event\"") && first.contains("\"properties\"")));
}

bool UsageImport::readUsers(const QString &path, QHash<QByteArray, QString> *userPersonas,
                            QString *error)
{
    EventInput input;
    if (!input.open(path)) {
        *error = input.error();
        return false;
    }
    QByteArrayView line;
    QList<QByteArray> fields;
    while (input.readLine(&line)) {
        if (input.lineNumber() == 1 && line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
        const QString where = u"%1:%2"_s.arg(path).arg(input.lineNumber());
        if (input.lineNumber() == 1) {
            if (line.trimmed() != "user_id,persona") {
                *error = u"%1: %2"_s.arg(where,
                                         tr("the header of a users file must be "
                                            "user_id,persona"));
                return false;
            }
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        if (!EventText::splitCsv(line, &fields) || fields.size() != 2) {
            *error = u"%1: %2"_s.arg(where, tr("not two fields user_id,persona"));
            return false;
        }
        if (!EventText::isUtf8(line)) {
            *error = u"%1: %2"_s.arg(where, tr("the line is not UTF-8 text"));
            return false;
        }
        userPersonas->insert(fields[0].trimmed(), QString::fromUtf8(fields[1]).trimmed());
    }
    if (!input.error().isEmpty()) {
        *error = input.error();
        return false;
    }
    return true;
}

} // namespace Parcours
