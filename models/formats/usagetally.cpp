#include "formats/usagetally.h"

#include <QtGlobal>

#include <algorithm>
#include <cstdlib>
#include <new>
#include <numeric>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
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

std::vector<UsageTally::Map::Slot> UsageTally::Map::take()
{
    std::vector<Slot> entries;
    entries.reserve(mUsed);
    for (size_t i = 0; i < mCapacity; ++i) {
        if (mSlots[i].keyPlusOne != 0)
            entries.push_back({mSlots[i].keyPlusOne - 1, mSlots[i].value});
    }
    release();
    return entries;
}

void UsageTally::reserveForFile(qint64 bytes)
{
    // The benchmark's files (docs/PERFORMANCE.md) hold about one count for two events and one
    // user-month for sixteen.
    const qint64 events = bytes / bytesPerEvent;
    const auto counts = size_t(std::max<qint64>(0, events / 2));
    const auto buckets = size_t(std::max<qint64>(0, events / 16));
    mCounts.reserve(std::min(counts, largestReserved * 3 / 4));
    mBuckets.reserve(std::min(buckets, largestReserved * 3 / 4));
    mBucketKeys.reserve(std::min(buckets, largestReserved));
    mDays.reserve(std::min(buckets, largestReserved));
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
