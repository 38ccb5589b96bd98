#pragma once

#include "formats/eventinput.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

namespace Parcours {

// One line of an events file: an event (`count` 1 at `msecs`) or, from a usage-counts file,
// `count` events of one month (`month` valid, `msecs` unused).
// The fields are views into the read buffer (or into the *Text members, for shapes that decode
// them), valid until the next record is read: nothing is allocated per line.
struct EventRecord
{
    QByteArrayView user;
    QByteArrayView event;
    QByteArrayView persona; // empty when the file gives none
    qint64 msecs = 0; // UTC, since 1970
    QDate month; // usage-counts only: the month's first day
    qint64 count = 1;
    // The user's and the event name's numbers in this file (0, 1, 2 … in order of first
    // appearance), which the two-thread reader works out on its thread; -1 from the others.
    int userInFile = -1;
    int eventInFile = -1;
    // The bytes of decoded fields (JSON strings, quoted CSV fields) the views point into.
    QByteArray userText, eventText, personaText;
};

// Reads the records of one shape of events file line by line (docs/observed-usage.md):
//   events CSV      user_id,event,timestamp[,persona]
//   usage-counts    user_id,persona,event,month,count
//   Mixpanel        JSON lines: event, properties.distinct_id, properties.time
//   Amplitude       JSON lines: event_type, user_id, event_time (also .json.gz)
class EventReader
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::EventReader)

public:
    enum class Next {
        Record, // `record` holds the next one
        BadRow, // this line is not a record: error() says why ("FILE:LINE: reason")
        End, // the end of the file, or it could not be read further (error() not empty)
    };

    enum class Threads {
        One, // next() reads and parses the file
        Two, // a second thread reads and parses ahead of next() (formats/eventreadahead.h)
    };

    // Recognises the shape from the file's first line and reads its header; null when it
    // is none of them (`error` says why, naming the file and line).
    static std::unique_ptr<EventReader> open(EventInput &input, QString *error,
                                             Threads threads = Threads::One);

    virtual ~EventReader() = default;
    virtual QString shapeName() const = 0;
    virtual Next next(EventRecord *record);
    // 1-based line of the record or bad row next() returned last.
    virtual qint64 lineNumber() const { return mLineNumber; }
    QString error() const { return mError; }
    // For the shapes' factories: a line read before the reader was made (the first JSON
    // line), read first.
    void keepFirstLine(QByteArrayView line)
    {
        mFirstLine = line.toByteArray();
        mFirstLineNumber = mInput.lineNumber();
    }

protected:
    explicit EventReader(EventInput &input)
        : mInput(input)
    { }
    // Reads one non-blank line into `record`; false with a reason for a bad line.
    virtual bool parse(QByteArrayView line, EventRecord *record, QString *reason) = 0;
    void setError(const QString &error) { mError = error; }

    EventInput &mInput;

private:
    static std::unique_ptr<EventReader> openSerial(EventInput &input, QString *error);

    QString mError;
    qint64 mLineNumber = 0;
    QByteArray mFirstLine;
    qint64 mFirstLineNumber = 0;
};

// The shapes, one file each.
std::unique_ptr<EventReader> makeEventsCsvReader(EventInput &input, QByteArrayView header,
                                                 QString *error);
std::unique_ptr<EventReader> makeUsageCountsReader(EventInput &input);
std::unique_ptr<EventReader> makeMixpanelReader(EventInput &input, QByteArrayView firstLine);
std::unique_ptr<EventReader> makeAmplitudeReader(EventInput &input, QByteArrayView firstLine);

// Shared by the shapes.
namespace EventText {
// True when the bytes are UTF-8 (checked only when some byte is not ASCII).
bool isUtf8(QByteArrayView bytes);
// Splits one CSV line (RFC 4180 quotes, no line break inside a field); false when a quote is
// not closed.
bool splitCsv(QByteArrayView line, QList<QByteArray> *fields);
// The same into views of the line, when no field is quoted (no allocation); false when the
// line holds a quote (then splitCsv() reads it) or has more than `max` fields.
bool splitPlainCsv(QByteArrayView line, QByteArrayView *fields, qsizetype max, qsizetype *count);
} // namespace EventText

} // namespace Parcours
