#pragma once

#include "formats/bytekeytable.h"
#include "formats/eventreader.h"

#include <QStringList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace Parcours {

// An events reader that reads and parses on a second thread, a few thousand records ahead of
// the caller: reading the file, fingerprinting it and splitting its lines (the serial reader
// it wraps) run on one core while the caller aggregates on the other (docs/PERFORMANCE.md).
// The records come in the file's order, as the serial reader gives them; their fields are
// copied into the batch they travel in, valid until the next call of next().
// While it reads, the input's lineNumber() is the second thread's: use this reader's
// lineNumber() (the line of the record next() returned last).
class EventReadAhead final : public EventReader
{
public:
    EventReadAhead(EventInput &input, std::unique_ptr<EventReader> serial);
    ~EventReadAhead() override;

    QString shapeName() const override { return mShape; }
    Next next(EventRecord *record) override;
    qint64 lineNumber() const override { return mLineNumber; }

private:
    struct Item
    {
        Next kind = Next::Record;
        quint32 user = 0, userLength = 0; // offsets into Batch::bytes
        quint32 event = 0, eventLength = 0;
        quint32 persona = 0, personaLength = 0;
        qint64 msecs = 0;
        qint64 count = 1;
        qint64 line = 0;
        int userInFile = -1;
        int eventInFile = -1;
        QDate month;
    };
    struct Batch
    {
        std::vector<Item> items;
        std::string bytes;
        QStringList errors; // of the BadRow items, in order
        bool end = false;
        QString endError;
    };

    bool parse(QByteArrayView, EventRecord *, QString *) override { return false; }
    void run(); // the second thread
    Batch *takeFree();
    void fillBatch(Batch *batch, EventRecord &record);

    std::unique_ptr<EventReader> mSerial;
    QString mShape;
    std::vector<std::unique_ptr<Batch>> mBatches;
    // The second thread's: the users and event names met so far, numbered.
    ByteKeyTable mUsersInFile;
    ByteKeyTable mEventsInFile;

    std::mutex mMutex;
    std::condition_variable mChanged;
    std::deque<Batch *> mFree; // guarded by mMutex
    std::deque<Batch *> mFull; // guarded by mMutex, in the file's order
    bool mStop = false; // guarded by mMutex

    // The caller's side.
    Batch *mCurrent = nullptr;
    size_t mNext = 0;
    qsizetype mNextError = 0;
    qint64 mLineNumber = 0;
    bool mEnded = false;

    std::thread mThread; // last: started when everything above is made
};

} // namespace Parcours
