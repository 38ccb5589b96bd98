#include "formats/usagetally.h"

#include <QtGlobal>

#include <algorithm>
#include <cstdlib>
#include <new>
#include <numeric>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace Parcours {

namespace {

// Fibonacci hashing: the high bits of the product spread keys that differ in any bits.
constexpr quint64 golden = 0x9E3779B97F4A7C15ULL;

constexpr size_t hugePage = size_t(2) << 20;
// A guess of events from the file's size (the plain CSV's lines are about 50 bytes), and the
// largest table sized from it (2^23 slots, 128 MB): beyond, the table grows with its entries.
constexpr qint64 bytesPerEvent = 50;
constexpr size_t largestReserved = size_t(1) << 23;
constexpr size_t largestBuckets = size_t(1) << 20;

// Zero-filled memory for a table. A large one comes straight from the system, its pages
// mapped as they are first written, and on Linux as 2 MB pages where it can: every event
// probes the count table at a random place, and with 4 KB pages most probes also missed the
// TLB and the first of each page faulted (docs/PERFORMANCE.md).
void *allocateZeroed(size_t bytes)
{
#ifdef Q_OS_LINUX
    if (bytes >= hugePage) {
        void *memory
            = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (memory == MAP_FAILED)
            throw std::bad_alloc();
        madvise(memory, bytes, MADV_HUGEPAGE); // a hint: without it, 4 KB pages
        return memory;
    }
#endif
    void *memory = std::calloc(bytes, 1);
    if (!memory)
        throw std::bad_alloc();
    return memory;
}

void freeZeroed(void *memory, size_t bytes)
{
    if (!memory)
        return;
#ifdef Q_OS_LINUX
    if (bytes >= hugePage) {
        munmap(memory, bytes);
        return;
    }
#else
    Q_UNUSED(bytes);
#endif
    std::free(memory);
}

// The power of two of slots holding `entries` at most three quarters full.
size_t slotsFor(size_t entries)
{
    size_t slotCount = 1024;
    while (slotCount * 3 < entries * 4)
        slotCount *= 2;
    return slotCount;
}

} // namespace

UsageTally::Map::~Map()
{
    release();
}

void UsageTally::Map::release()
{
    freeZeroed(mSlots, mBytes);
    mSlots = nullptr;
    mCapacity = 0;
    mBytes = 0;
    mUsed = 0;
    mShift = 64;
}

void UsageTally::Map::compact()
{
    size_t kept = 0;
    for (size_t i = 0; i < mCapacity; ++i) {
        if (mSlots[i].keyPlusOne != 0)
            mSlots[kept++] = mSlots[i];
    }
    mCapacity = kept;
#ifdef Q_OS_LINUX
    if (mBytes >= hugePage) {
        const auto page = size_t(sysconf(_SC_PAGESIZE));
        // At least hugePage: freeZeroed() tells mapped memory by its size.
        const size_t used = std::max(hugePage, (kept * sizeof(Stored) + page - 1) / page * page);
        if (used < mBytes) {
            munmap(reinterpret_cast<char *>(mSlots) + used, mBytes - used);
            mBytes = used;
        }
    }
#endif
}

void UsageTally::Map::reserve(size_t entries)
{
    const size_t slotCount = slotsFor(entries);
    if (slotCount > mCapacity)
        resize(slotCount);
}

qint64 &UsageTally::Map::at(quint64 key)
{
    // At most three quarters full.
    if ((mUsed + 1) * 4 > mCapacity * 3)
        resize(std::max<size_t>(1024, mCapacity * 2));
    const size_t mask = mCapacity - 1;
    const quint64 stored = key + 1;
    for (auto i = size_t((key * golden) >> mShift);; i = (i + 1) & mask) {
        Stored &slot = mSlots[i];
        if (slot.keyPlusOne == stored)
            return slot.value;
        if (slot.keyPlusOne == 0) {
            slot.keyPlusOne = stored;
            ++mUsed;
            return slot.value;
        }
    }
}

void UsageTally::Map::resize(size_t slotCount)
{
    Stored *old = mSlots;
    const size_t oldCapacity = mCapacity;
    const size_t oldBytes = mBytes;
    mBytes = slotCount * sizeof(Stored);
    mSlots = static_cast<Stored *>(allocateZeroed(mBytes));
    mCapacity = slotCount;
    mShift = 64 - qCountTrailingZeroBits(quint64(slotCount));
    const size_t mask = slotCount - 1;
    for (size_t j = 0; j < oldCapacity; ++j) {
        const Stored &slot = old[j];
        if (slot.keyPlusOne == 0)
            continue;
        auto i = size_t(((slot.keyPlusOne - 1) * golden) >> mShift);
        while (mSlots[i].keyPlusOne != 0)
            i = (i + 1) & mask;
        mSlots[i] = slot;
    }
    freeZeroed(old, oldBytes);
}

void UsageTally::reserveForFile(qint64 bytes)
{
    // The benchmark's files (docs/PERFORMANCE.md) hold about one count for two events, and a
    // user-month for two events at 1 million (its 50,000 users' 12 months mostly met), for
    // sixteen at 10 million: the user-months reserved for at most 2^20 slots (16 MB), which
    // spares the 1-million file three doublings of that table.
    const qint64 events = bytes / bytesPerEvent;
    const auto counts = size_t(std::max<qint64>(0, events / 2));
    const auto buckets = std::min(size_t(std::max<qint64>(0, events / 2)), largestBuckets * 3 / 4);
    mCounts.reserve(std::min(counts, largestReserved * 3 / 4));
    mBuckets.reserve(buckets);
    mBucketKeys.reserve(buckets);
    mDays.reserve(buckets);
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

std::vector<quint32> UsageTally::orderOfBuckets(std::vector<quint32> *rank) const
{
    // A counting sort by user (users are numbered 0, 1, 2 …), then each user's few months
    // sorted: where a sort of the keys through the bucket numbers missed the cache at every
    // comparison.
    quint32 users = 0;
    for (const quint64 k : mBucketKeys)
        users = std::max(users, quint32(k >> 32) + 1);
    std::vector<quint32> start(size_t(users) + 1, 0);
    for (const quint64 k : mBucketKeys)
        ++start[(k >> 32) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<quint32> order(mBucketKeys.size());
    {
        std::vector<quint32> next(start.begin(), start.end() - 1);
        for (size_t b = 0; b < mBucketKeys.size(); ++b)
            order[next[mBucketKeys[b] >> 32]++] = quint32(b);
    }
    const auto byKey = [this](quint32 a, quint32 b) {
        return mBucketKeys[a] < mBucketKeys[b];
    };
    for (size_t u = 0; u < users; ++u) {
        const auto first = order.begin() + qsizetype(start[u]);
        const auto last = order.begin() + qsizetype(start[u + 1]);
        if (last - first > 1)
            std::sort(first, last, byKey);
    }
    rank->resize(order.size());
    for (size_t r = 0; r < order.size(); ++r)
        (*rank)[order[r]] = quint32(r);
    return order;
}

void UsageTally::take(const std::vector<Id> &useCaseIds, std::vector<UsageActivity> *activity,
                      std::vector<UsageCount> *counts)
{
    mBuckets.release();
    std::vector<quint32> rank;
    std::vector<quint64> keys; // in the order user, month
    {
        const std::vector<quint32> order = orderOfBuckets(&rank);
        keys.resize(order.size());
        std::vector<quint32> days(order.size());
        for (size_t r = 0; r < order.size(); ++r) {
            keys[r] = mBucketKeys[order[r]];
            days[r] = mDays[order[r]];
        }
        mDays.swap(days);
        mBucketKeys = {};
    }
    // The first day of each month, made once a month (in order, a user's months come again
    // for the next user).
    std::vector<QDate> months(keys.size());
    int lastMonth = -1;
    for (size_t r = 0; r < keys.size(); ++r) {
        const auto month = int(quint32(keys[r]));
        if (month != lastMonth) {
            months[r] = QDate(month / 12, month % 12 + 1, 1);
            lastMonth = month;
        } else {
            months[r] = months[r - 1];
        }
    }

    // The counts placed by their bucket's rank straight from the table (a counting sort; only
    // what the table holds, the rest then written in order), then each bucket's few sorted
    // by use case id. The peak of the import's memory: the table's entries next to the
    // counts (at 10 million events 72 + 144 MB), hence the activity after them.
    mCounts.compact();
    // Positions fit in 32 bits: 2^32 counts would be a 64 GB table.
    std::vector<quint32> start(keys.size() + 1, 0);
    mCounts.forEach([&](quint64 key, qint64) { ++start[rank[key >> 32] + 1]; });
    std::partial_sum(start.begin(), start.end(), start.begin());
    const size_t base = counts->size();
    counts->resize(base + start.back());
    UsageCount *placed = counts->data() + base;
    {
        std::vector<quint32> next(start.begin(), start.end() - 1);
        mCounts.forEach([&](quint64 key, qint64 value) {
            UsageCount &c = placed[next[rank[key >> 32]]++];
            c.useCaseId = useCaseIds[size_t(quint32(key))];
            c.count = value;
        });
    }
    mCounts.release();
    rank = {};
    const auto byUseCase = [](const UsageCount &a, const UsageCount &b) {
        return a.useCaseId < b.useCaseId;
    };
    for (size_t r = 0; r < keys.size(); ++r) {
        UsageCount *const from = placed + start[r];
        UsageCount *const to = placed + start[r + 1];
        for (UsageCount *c = from; c != to; ++c) {
            c->user = int(keys[r] >> 32);
            c->month = months[r];
        }
        if (to - from > 1)
            std::sort(from, to, byUseCase);
    }
    start = {};

    activity->reserve(activity->size() + keys.size());
    for (size_t r = 0; r < keys.size(); ++r) {
        const QDate first = months[r];
        const quint32 days = mDays[r] & ~unknownDays;
        // Usage counts give months, not days: the month's first day, the earliest the last
        // use can have been.
        activity->push_back({int(keys[r] >> 32), first, int(qPopulationCount(days)),
                             days ? first.addDays(31 - qCountLeadingZeroBits(days)) : first});
    }
    mDays = {};
}

} // namespace Parcours
