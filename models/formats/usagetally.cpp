#include "formats/usagetally.h"

#include <algorithm>
#include <numeric>

namespace Parcours {

namespace {

// Fibonacci hashing: the high bits of the product spread keys that differ in any bits.
constexpr quint64 golden = 0x9E3779B97F4A7C15ULL;

} // namespace

qint64 &UsageTally::Map::at(quint64 key)
{
    // At most three quarters full.
    if ((mUsed + 1) * 4 > mSlots.size() * 3)
        grow();
    const size_t mask = mSlots.size() - 1;
    for (auto i = size_t((key * golden) >> mShift);; i = (i + 1) & mask) {
        Slot &slot = mSlots[i];
        if (slot.key == key)
            return slot.value;
        if (slot.key == ~quint64(0)) {
            slot.key = key;
            ++mUsed;
            return slot.value;
        }
    }
}

void UsageTally::Map::grow()
{
    std::vector<Slot> old = std::move(mSlots);
    const size_t size = std::max<size_t>(1024, old.size() * 2);
    mShift = 64 - qCountTrailingZeroBits(quint64(size));
    mSlots.assign(size, Slot());
    const size_t mask = size - 1;
    for (const Slot &slot : old) {
        if (slot.key == ~quint64(0))
            continue;
        auto i = size_t((slot.key * golden) >> mShift);
        while (mSlots[i].key != ~quint64(0))
            i = (i + 1) & mask;
        mSlots[i] = slot;
    }
}

std::vector<UsageTally::Map::Slot> UsageTally::Map::take()
{
    std::vector<Slot> entries = std::exchange(mSlots, {});
    const auto used = std::remove_if(entries.begin(), entries.end(),
                                     [](const Slot &s) { return s.key == ~quint64(0); });
    entries.erase(used, entries.end());
    // The empty places' memory goes before the rows are made from the entries.
    entries.shrink_to_fit();
    mUsed = 0;
    mShift = 64;
    return entries;
}

quint32 UsageTally::bucket(int user, int month)
{
    qint64 &number = mBuckets.at(key(quint32(user), quint32(month)));
    if (number == 0) {
        mBucketKeys.push_back(key(quint32(user), quint32(month)));
        mDays.push_back(0);
        number = qint64(mBucketKeys.size());
    }
    return quint32(number - 1);
}

void UsageTally::take(const std::vector<Id> &useCaseIds, std::vector<UsageActivity> *activity,
                      std::vector<UsageCount> *counts)
{
    mBuckets.take();
    // The buckets in the order user, month (their keys' order).
    std::vector<quint32> order(mBucketKeys.size());
    std::iota(order.begin(), order.end(), quint32(0));
    std::sort(order.begin(), order.end(),
              [this](quint32 a, quint32 b) { return mBucketKeys[a] < mBucketKeys[b]; });
    std::vector<quint32> rank(order.size());
    std::vector<QDate> months(order.size());
    activity->reserve(activity->size() + order.size());
    for (size_t r = 0; r < order.size(); ++r) {
        const quint32 b = order[r];
        rank[b] = quint32(r);
        const auto user = int(mBucketKeys[b] >> 32);
        const auto month = int(quint32(mBucketKeys[b]));
        const QDate first(month / 12, month % 12 + 1, 1);
        months[r] = first;
        const quint32 days = mDays[b] & ~unknownDays;
        // Usage counts give months, not days: the month's first day, the earliest the last
        // use can have been.
        activity->push_back({user, first, int(qPopulationCount(days)),
                             days ? first.addDays(31 - qCountLeadingZeroBits(days)) : first});
    }
    mDays = {};

    // The counts placed by their bucket's rank (a counting sort), then each bucket's few
    // sorted by use case id.
    std::vector<Map::Slot> entries = mCounts.take();
    std::vector<size_t> start(order.size() + 1, 0);
    for (const Map::Slot &slot : entries)
        ++start[rank[slot.key >> 32] + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    const size_t first = counts->size();
    counts->resize(first + entries.size());
    std::vector<size_t> next(start.begin(), start.end() - 1);
    for (const Map::Slot &slot : entries) {
        const quint32 r = rank[slot.key >> 32];
        UsageCount &c = (*counts)[first + next[r]++];
        c.user = int(mBucketKeys[order[r]] >> 32);
        c.useCaseId = useCaseIds[size_t(quint32(slot.key))];
        c.month = months[r];
        c.count = slot.value;
    }
    entries = {};
    for (size_t r = 0; r < order.size(); ++r) {
        std::sort(
            counts->begin() + qsizetype(first + start[r]),
            counts->begin() + qsizetype(first + start[r + 1]),
            [](const UsageCount &a, const UsageCount &b) { return a.useCaseId < b.useCaseId; });
    }
    mBucketKeys = {};
}

} // namespace Parcours
