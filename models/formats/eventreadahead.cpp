#include "formats/eventreadahead.h"

namespace Parcours {

namespace {

// Records a batch: large enough that the threads meet a few hundred times a second at most,
// small enough that three batches stay a few megabytes.
constexpr size_t recordsPerBatch = 16384;
constexpr size_t batches = 3;
constexpr size_t maxBatchBytes = size_t(8) << 20;

} // namespace

EventReadAhead::EventReadAhead(EventInput &input, std::unique_ptr<EventReader> serial)
    : EventReader(input)
    , mSerial(std::move(serial))
    , mShape(mSerial->shapeName())
{
    for (size_t i = 0; i < batches; ++i) {
        mBatches.push_back(std::make_unique<Batch>());
        mBatches.back()->items.reserve(recordsPerBatch);
        mFree.push_back(mBatches.back().get());
    }
    mThread = std::thread([this] { run(); });
}

EventReadAhead::~EventReadAhead()
{
    {
        const std::lock_guard lock(mMutex);
        mStop = true;
    }
    mChanged.notify_all();
    mThread.join();
}

EventReadAhead::Batch *EventReadAhead::takeFree()
{
    std::unique_lock lock(mMutex);
    mChanged.wait(lock, [this] { return mStop || !mFree.empty(); });
    if (mStop)
        return nullptr;
    Batch *batch = mFree.front();
    mFree.pop_front();
    return batch;
}

void EventReadAhead::fillBatch(Batch *batch, EventRecord &record)
{
    batch->items.clear();
    batch->bytes.clear();
    batch->errors.clear();
    const auto keep = [batch](QByteArrayView field, quint32 *at, quint32 *length) {
        *at = quint32(batch->bytes.size());
        *length = quint32(field.size());
        if (!field.isEmpty())
            batch->bytes.append(field.data(), size_t(field.size()));
    };
    while (batch->items.size() < recordsPerBatch) {
        const Next kind = mSerial->next(&record);
        if (kind == Next::End) {
            batch->end = true;
            batch->endError = mSerial->error();
            return;
        }
        Item item;
        item.kind = kind;
        item.line = mSerial->lineNumber();
        if (kind == Next::BadRow) {
            batch->errors.append(mSerial->error());
        } else {
            keep(record.user, &item.user, &item.userLength);
            keep(record.event, &item.event, &item.eventLength);
            keep(record.persona, &item.persona, &item.personaLength);
            item.msecs = record.msecs;
            item.count = record.count;
            item.month = record.month;
            // The lookups the caller would make, made here (the caller's thread is the busier).
            item.userInFile = mUsersInFile.insert(record.user);
            item.eventInFile = mEventsInFile.insert(record.event);
        }
        batch->items.push_back(item);
        // A batch's fields are a few hundred kilobytes; lines of long fields make fewer records.
        if (batch->bytes.size() > maxBatchBytes)
            return;
    }
}

void EventReadAhead::run()
{
    EventRecord record;
    for (;;) {
        Batch *batch = takeFree();
        if (!batch)
            return;
        fillBatch(batch, record);
        const bool end = batch->end;
        {
            const std::lock_guard lock(mMutex);
            mFull.push_back(batch);
        }
        mChanged.notify_all();
        if (end)
            return;
    }
}

EventReader::Next EventReadAhead::next(EventRecord *record)
{
    for (;;) {
        if (mEnded)
            return Next::End;
        if (mCurrent && mNext < mCurrent->items.size())
            break;
        if (mCurrent && mCurrent->end) {
            mEnded = true;
            setError(mCurrent->endError);
            return Next::End;
        }
        std::unique_lock lock(mMutex);
        if (mCurrent)
            mFree.push_back(mCurrent); // its fields are not read any more
        mChanged.notify_all();
        mChanged.wait(lock, [this] { return !mFull.empty(); });
        mCurrent = mFull.front();
        mFull.pop_front();
        mNext = 0;
        mNextError = 0;
    }
    const Item &item = mCurrent->items[mNext++];
    mLineNumber = item.line;
    if (item.kind == Next::BadRow) {
        setError(mCurrent->errors.at(mNextError++));
        return Next::BadRow;
    }
    const char *bytes = mCurrent->bytes.data();
    record->user = QByteArrayView(bytes + item.user, item.userLength);
    record->event = QByteArrayView(bytes + item.event, item.eventLength);
    record->persona = QByteArrayView(bytes + item.persona, item.personaLength);
    record->msecs = item.msecs;
    record->count = item.count;
    record->month = item.month;
    record->userInFile = item.userInFile;
    record->eventInFile = item.eventInFile;
    return Next::Record;
}

} // namespace Parcours
