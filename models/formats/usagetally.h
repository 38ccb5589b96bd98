#pragma once

#include "domain/observedusage.h"

#include <vector>

namespace Parcours {

// The aggregate of an events import in compact arrays: per user and month the days with an
// event, per user, month and use case the count. Its memory follows users × months × use cases
// done (16 bytes a count), never the events; one hash probe per event and no allocation but
// the tables' growth.
class UsageTally
{
public:
    // Sizes the tables at the start for a plain events file of `bytes`, so that they do not
    // grow (moving every entry) while it is read; at most 128 MB is reserved so, and the
    // memory is taken from the system as it is written.
    void reserveForFile(qint64 bytes);
    // The user's month (year × 12 + month - 1), made when new: a number for count() and days.
    quint32 bucket(int user, int month);
    // Day 1 … 31 of the bucket's month had an event; 0: active on days not known (usage counts).
    void markDay(quint32 bucket, int day)
    {
        mDays[bucket] |= day > 0 ? 1U << (day - 1) : unknownDays;
    }
    void add(quint32 bucket, int useCase, qint64 count)
    {
        mCounts.at(key(bucket, quint32(useCase))) += count;
    }

    // Moves the aggregate out, emptying the tally: activity in the order user, month, and counts
    // in the order user, month, use case id (as the store reads them back). `useCaseIds` maps
    // the use-case numbers given to add() to ids.
    void take(const std::vector<Id> &useCaseIds, std::vector<UsageActivity> *activity,
              std::vector<UsageCount> *counts);

private:
    static constexpr quint32 unknownDays = 1U << 31;
    static quint64 key(quint32 high, quint32 low) { return (quint64(high) << 32) | low; }
    // The buckets in the order user, month; rank[b]: bucket b's place in it.
    std::vector<quint32> orderOfBuckets(std::vector<quint32> *rank) const;

    // quint64 → qint64, open addressing; the key ~0 is never used.
    class Map
    {
    public:
        Map() = default;
        ~Map();
        Map(const Map &) = delete;
        Map &operator=(const Map &) = delete;
        // Room for `entries` without growing.
        void reserve(size_t entries);
        // The value of the key, 0 when new.
        qint64 &at(quint64 key);
        size_t size() const { return mUsed; }
        // Calls f(key, value) for each entry, in no order.
        template<typename F>
        void forEach(F f) const
        {
            for (size_t i = 0; i < mCapacity; ++i) {
                if (mSlots[i].keyPlusOne != 0)
                    f(mSlots[i].keyPlusOne - 1, mSlots[i].value);
            }
        }
        // Moves the entries to the front of the table and gives the memory after them back
        // to the system: the rows made from them then do not sit next to the whole table
        // (at 10 million events, 128 MB). Afterwards only forEach() and release().
        void compact();
        // Empties the map, giving its memory back.
        void release();

    private:
        // In the table a key is stored plus one: zero-filled memory is an empty table.
        struct Stored
        {
            quint64 keyPlusOne;
            qint64 value;
        };
        void resize(size_t slotCount);
        Stored *mSlots = nullptr;
        size_t mCapacity = 0; // slots, a power of two
        size_t mBytes = 0; // as allocated
        size_t mUsed = 0;
        int mShift = 64;
    };

    Map mBuckets; // key(user, month) → bucket + 1
    std::vector<quint64> mBucketKeys; // key(user, month)
    std::vector<quint32> mDays; // bit d - 1: day d; unknownDays: days not known
    Map mCounts; // key(bucket, use case) → count
};

} // namespace Parcours
