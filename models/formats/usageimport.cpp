#include "formats/usageimport.h"

#include "formats/bytekeytable.h"
#include "formats/eventinput.h"
#include "formats/eventmapping.h"
#include "formats/eventreader.h"
#include "formats/eventtime.h"
#include "formats/usagetally.h"

#include <QFileInfo>

#include <algorithm>
#include <limits>
#include <string>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr qint64 msecsPerDay = 86400000;

// Months as year × 12 + month - 1.
int monthKey(int year, int month)
{
    return year * 12 + month - 1;
}

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
        for (const UsageUser &user : mResult.users)
            mUsers.insert(user.userId.toUtf8());
        mSeenHere.assign(mResult.users.size(), false);
        mFrom = EventTime::windowStart(options.from);
        mTo = EventTime::windowEnd(options.to);
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
            // Events come in time order or close to it: the date is worked out once a day.
            const qint64 dayNumber = EventTime::dayOf(record.msecs);
            if (dayNumber != mLastDayNumber) {
                int year = 0;
                int monthOfYear = 0;
                EventTime::civilFromDays(dayNumber, &year, &monthOfYear, &mLastDayOfMonth);
                mLastDayNumber = dayNumber;
                mLastMonth = monthKey(year, monthOfYear);
            }
            month = mLastMonth;
            day = mLastDayOfMonth;
        }
        if (last < mFrom || first >= mTo) {
            mResult.outsideWindow += record.count;
            return;
        }
        if (record.count == 0 && day == 0)
            return;
        const int user = userOf(record);
        if (user != mLastUser) {
            mLastUser = user;
            mLastBucketMonth = -1;
        }
        if (month != mLastBucketMonth) {
            mLastBucket = mTally.bucket(mLastUser, month);
            mLastBucketMonth = month;
        }
        mTally.markDay(mLastBucket, day);
        mEvents += record.count;
        mFirst = std::min(mFirst, first);
        mLast = std::max(mLast, last);
        mLastEvent = eventOf(record);
        const std::vector<int> &useCases = mEventUseCases[size_t(mLastEvent)];
        if (useCases.empty()) {
            mUnmapped += record.count;
            mUnmappedCounts[size_t(mLastEvent)] += record.count;
            return;
        }
        for (const int useCase : useCases)
            mTally.add(mLastBucket, useCase, record.count);
    }

    void reserveForFile(qint64 bytes) { mTally.reserveForFile(bytes); }

    void finish()
    {
        UsageSource &source = mResult.source;
        source.events = mEvents;
        source.unmappedEvents = mUnmapped;
        if (mEvents > 0) {
            source.firstEvent = QDateTime::fromMSecsSinceEpoch(mFirst, Qt::UTC);
            source.lastEvent = QDateTime::fromMSecsSinceEpoch(mLast, Qt::UTC);
        }
        mTally.take(mMapping.useCases(), &source.activity, &source.counts);
        for (size_t i = 0; i < mUnmappedCounts.size(); ++i) {
            if (mUnmappedCounts[i] > 0) {
                source.unmappedEventNames.insert(QString::fromUtf8(mEventNames.key(int(i))),
                                                 mUnmappedCounts[i]);
            }
        }
        for (size_t i = 0; i < mResult.users.size(); ++i) {
            if (mSeenHere[i] && mResult.users[i].personaId == 0)
                mResult.unmappedUsers.append(mResult.users[i].userId);
        }
    }

private:
    // The user's index. The two-thread reader numbers the file's users as they come
    // (EventRecord::userInFile): a vector then stands for the lookup, done once a user.
    int userOf(const EventRecord &record)
    {
        if (record.userInFile >= 0) {
            const auto inFile = size_t(record.userInFile);
            if (inFile >= mUsersInFile.size())
                mUsersInFile.resize(inFile + 1, -1);
            int &user = mUsersInFile[inFile];
            if (user < 0)
                user = userIndex(record);
            return user;
        }
        // Exports list a user's events together (or a session's): a run of them is looked up
        // once.
        if (mLastUser < 0 || record.user != QByteArrayView(mLastUserId)) {
            mLastUserId.assign(record.user.data(), size_t(record.user.size()));
            return userIndex(record);
        }
        return mLastUser;
    }

    int eventOf(const EventRecord &record)
    {
        if (record.eventInFile >= 0) {
            const auto inFile = size_t(record.eventInFile);
            if (inFile >= mEventsInFile.size())
                mEventsInFile.resize(inFile + 1, -1);
            int &event = mEventsInFile[inFile];
            if (event < 0)
                event = eventIndex(record.event);
            return event;
        }
        if (mLastEvent < 0 || record.event != mEventNames.key(mLastEvent))
            return eventIndex(record.event);
        return mLastEvent;
    }

    int userIndex(const EventRecord &record)
    {
        bool added = false;
        const int index = mUsers.insert(record.user, &added);
        if (added) {
            mResult.users.push_back({QString::fromUtf8(record.user), 0});
            mSeenHere.push_back(false);
        } else if (mSeenHere[size_t(index)]) {
            return index;
        }
        // First seen in this file: its persona from --users, else from the events.
        mSeenHere[size_t(index)] = true;
        const auto listed = mOptions.userPersonas.isEmpty()
            ? mOptions.userPersonas.constEnd()
            : mOptions.userPersonas.constFind(record.user.toByteArray());
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

    // Each distinct event name is matched against the use cases once.
    int eventIndex(QByteArrayView name)
    {
        bool added = false;
        const int index = mEventNames.insert(name, &added);
        if (added) {
            mEventUseCases.push_back(mMapping.useCasesOf(name.toByteArray()));
            mUnmappedCounts.push_back(0);
        }
        return index;
    }

    EventMapping mMapping;
    const UsageImportOptions &mOptions;
    UsageImportResult &mResult;
    QHash<QString, Id> mPersonas; // case-folded name → id
    ByteKeyTable mUsers; // numbered as mResult.users
    std::vector<bool> mSeenHere;
    ByteKeyTable mEventNames;
    std::vector<int> mUsersInFile, mEventsInFile; // EventRecord's numbers → indexes; -1: none yet
    std::vector<std::vector<int>> mEventUseCases; // per event name
    std::vector<qint64> mUnmappedCounts; // per event name
    UsageTally mTally;
    // The last user, month, day and event name looked up (see add()).
    std::string mLastUserId;
    int mLastUser = -1;
    quint32 mLastBucket = 0;
    int mLastBucketMonth = -1;
    qint64 mLastDayNumber = std::numeric_limits<qint64>::min();
    int mLastMonth = 0;
    int mLastDayOfMonth = 0;
    int mLastEvent = -1;
    qint64 mEvents = 0, mUnmapped = 0;
    qint64 mFrom = 0, mTo = 0;
    qint64 mFirst = std::numeric_limits<qint64>::max();
    qint64 mLast = std::numeric_limits<qint64>::min();
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
    // One thread reads and parses while this one aggregates (docs/PERFORMANCE.md).
    std::unique_ptr<EventReader> reader
        = EventReader::open(input, &result.failure, EventReader::Threads::Two);
    if (!reader)
        return result;
    result.shape = reader->shapeName();
    Aggregator aggregator(workspace, options, result);
    if (!input.isGzip())
        aggregator.reserveForFile(input.size());
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
