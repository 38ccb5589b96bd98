#pragma once

#include "formats/csv.h"

#include <QIODevice>

// CSV read as it arrives, so that a file of any size is read in bounded memory: Csv::read()
// and Csv::readTable() are these fed the whole text at once, and they give the same records,
// messages and lines whatever the size of the pieces.
namespace Parcours::Csv {

// Splits text into records piece by piece: a record may span pieces (a quoted field with
// line breaks, a CRLF cut in two, a doubled quote cut in two).
class Parser
{
public:
    explicit Parser(const ReadOptions &options = {});

    void feed(QStringView text);
    // The end of the text: completes the last record (or reports its unterminated quote).
    void finish();
    // The records completed so far, in file order, taken out of the parser.
    QList<Record> takeRecords();
    // The delimiter (given or detected); null until the first record is complete.
    QChar delimiter() const { return mDelimiter; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterQuote };

    void parse(QStringView text);
    void character(QChar c);
    void lineBreak(QChar kept);
    void endField();
    void endRecord(int nextLine);

    ReadOptions mOptions;
    QChar mDelimiter;
    // Before the delimiter is known: the text of the first record, and the scan's state.
    QString mFirstRecord;
    qsizetype mScanned = 0;
    bool mScanQuoted = false;

    State mState = State::FieldStart;
    bool mPendingCr = false; // a CR whose next character says whether it is a CRLF
    int mLine = 1;
    int mQuoteLine = 0; // where the open quoted field started
    Record mRecord;
    QString mField;
    bool mSawQuote = false; // the record has an explicitly quoted field: not blank
    QList<Record> mRecords;
};

// Csv::readTable() piece by piece: the header check, then each data record to `row` and each
// problem to `report`, with the same messages.
class TableReader
{
public:
    TableReader(Header header, std::function<void(const Record &)> row, ProblemReporter report);

    // False once the header is wrong (reported): the rest is not worth reading.
    bool feed(QStringView text);
    // False when the header was wrong or the file empty (reported).
    bool finish();

private:
    bool drain();

    Header mHeader;
    qsizetype mColumnsRead = 0; // the header's columns the file has
    std::function<void(const Record &)> mRow;
    ProblemReporter mReport;
    Parser mParser;
    bool mHeaderRead = false;
    bool mFailed = false;
};

// Bytes read so far and in all; returns false to cancel.
using ReadProgress = std::function<bool(qint64 done, qint64 total)>;

struct FileTable
{
    enum Status {
        Read, // every record went to `row` or to `report`
        Refused, // the file is not UTF-8, holds a NUL, is empty or has another header (reported)
        Cancelled, // `progress` returned false
        ReadFailed, // the device failed; `error` says why
    };
    Status status = Read;
    QString error;
};

// Csv::readTable() on an open file, read in pieces of `chunkSize` bytes: memory stays bounded
// by the longest record, not the file. The file is read twice: once to check that all of it
// is UTF-8 without NUL (as readTable() refuses such a file before reading any record), then
// to parse it. A sequential device (a pipe) cannot be read twice: it is read whole first.
FileTable readTableFile(QIODevice &file, const Header &header,
                        const std::function<void(const Record &)> &row,
                        const ProblemReporter &report, const ReadProgress &progress = {},
                        qint64 chunkSize = 1 << 20);

} // namespace Parcours::Csv
