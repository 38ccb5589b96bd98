#include "formats/csvstream.h"

#include "formats/messageexcerpt.h"
#include "formats/utf8text.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Parcours::Csv {

namespace {

bool isBlank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString &f) { return f.isEmpty(); });
}

} // namespace

Parser::Parser(const ReadOptions &options)
    : mOptions(options)
    , mDelimiter(options.delimiter)
{
    mRecord.line = 1;
}

void Parser::feed(QStringView text)
{
    if (!mDelimiter.isNull()) {
        parse(text);
        return;
    }
    // The delimiter is detected on the first record (detectDelimiter() stops at its end):
    // keep the text until a line break outside quotes shows that it is complete.
    mFirstRecord += text;
    for (; mScanned < mFirstRecord.size(); ++mScanned) {
        const QChar c = mFirstRecord.at(mScanned);
        if (c == u'"') {
            mScanQuoted = !mScanQuoted;
        } else if (!mScanQuoted && (c == u'\n' || c == u'\r')) {
            mDelimiter = detectDelimiter(mFirstRecord);
            const QString first = std::exchange(mFirstRecord, QString());
            parse(first);
            return;
        }
    }
}

void Parser::finish()
{
    if (mDelimiter.isNull()) {
        mDelimiter = detectDelimiter(mFirstRecord);
        parse(std::exchange(mFirstRecord, QString()));
    }
    if (mPendingCr) {
        mPendingCr = false;
        lineBreak(u'\r');
    }
    if (mState == State::QuoteInQuoted)
        mState = State::AfterQuote;
    if (mState == State::Quoted) {
        mRecord.error = mQuoteLine == mRecord.line
            ? QCoreApplication::translate(
                "Parcours::Csv", "unterminated quoted field: a quote opened here is never closed")
            : QCoreApplication::translate(
                  "Parcours::Csv",
                  "unterminated quoted field: the quote opened on line %1 is never closed")
                  .arg(mQuoteLine);
        mRecord.fields.append(mField);
        mRecords.append(mRecord);
        mState = State::FieldStart;
    } else if (mState != State::FieldStart || !mField.isEmpty() || !mRecord.fields.isEmpty()) {
        endRecord(mLine); // last record without a final line break
    }
}

QList<Record> Parser::takeRecords()
{
    return std::exchange(mRecords, {});
}

void Parser::parse(QStringView text)
{
    for (const QChar c : text)
        character(c);
}

void Parser::character(QChar c)
{
    if (mPendingCr) {
        mPendingCr = false;
        if (c == u'\n') {
            lineBreak(u'\n'); // CRLF is one line end, read as LF
            return;
        }
        lineBreak(u'\r'); // a lone CR
    }
    if (c == u'\r') {
        mPendingCr = true;
        return;
    }
    if (c == u'\n') {
        lineBreak(u'\n');
        return;
    }
    switch (mState) {
    case State::FieldStart:
    case State::Unquoted:
        if (c == mDelimiter) {
            endField();
        } else if (c == u'"' && mState == State::FieldStart) {
            mState = State::Quoted;
            mQuoteLine = mLine;
            mSawQuote = true;
        } else {
            mField.append(c); // a quote inside an unquoted field is kept as text
            mState = State::Unquoted;
        }
        return;
    case State::Quoted:
        if (c == u'"')
            mState = State::QuoteInQuoted;
        else
            mField.append(c);
        return;
    case State::QuoteInQuoted:
        if (c == u'"') {
            mField.append(u'"'); // "" inside quotes
            mState = State::Quoted;
            return;
        }
        mState = State::AfterQuote; // the quote closed the field
        [[fallthrough]];
    case State::AfterQuote:
        if (c == mDelimiter) {
            endField();
        } else {
            if (mRecord.error.isEmpty()) {
                mRecord.error
                    = QCoreApplication::translate("Parcours::Csv",
                                                  "text after the closing quote of field %1; "
                                                  "a quote inside a field is written twice (\"\")")
                          .arg(mRecord.fields.size() + 1);
            }
            mField.append(c);
        }
        return;
    }
}

// `kept` is what a quoted field keeps: LF for LF and CRLF, CR for a lone CR (so that a text
// holding one round-trips).
void Parser::lineBreak(QChar kept)
{
    if (mState == State::QuoteInQuoted)
        mState = State::AfterQuote;
    if (mState == State::Quoted) {
        mField.append(kept);
        ++mLine;
        return;
    }
    ++mLine;
    endRecord(mLine);
}

void Parser::endField()
{
    mRecord.fields.append(mField);
    mField.clear();
    mState = State::FieldStart;
}

void Parser::endRecord(int nextLine)
{
    endField();
    if (!(mOptions.skipBlankRecords && !mSawQuote && isBlank(mRecord.fields)))
        mRecords.append(std::move(mRecord));
    mRecord = Record();
    mRecord.line = nextLine;
    mSawQuote = false;
}

TableReader::TableReader(Header header, std::function<void(const Record &)> row,
                         ProblemReporter report)
    : mHeader(std::move(header))
    , mRow(std::move(row))
    , mReport(std::move(report))
{ }

bool TableReader::feed(QStringView text)
{
    if (mFailed)
        return false;
    mParser.feed(text);
    return drain();
}

namespace {

// The header a file must start with, for a message: the optional trailing columns (files written
// before they were added lack them) are named apart, or a file without them would look wrong.
QString wrongHeader(const Header &header, const QString &found)
{
    if (header.optionalTrailing == 0) {
        return QCoreApplication::translate("Parcours::Csv",
                                           "the header must be exactly %1 (found %2)")
            .arg(header.columns.join(u','), found);
    }
    const qsizetype required = header.columns.size() - header.optionalTrailing;
    return QCoreApplication::translate(
               "Parcours::Csv",
               "the header must be exactly %1, optionally followed by %2 (found %3)")
        .arg(header.columns.first(required).join(u','), header.columns.sliced(required).join(u','),
             found);
}

} // namespace

bool TableReader::finish()
{
    if (mFailed)
        return false;
    mParser.finish();
    if (!drain())
        return false;
    if (!mHeaderRead) {
        const qsizetype required = mHeader.columns.size() - mHeader.optionalTrailing;
        mReport(
            1,
            mHeader.optionalTrailing == 0
                ? QCoreApplication::translate(
                      "Parcours::Csv", "the file is empty; the first line must be the header %1")
                      .arg(mHeader.columns.join(u','))
                : QCoreApplication::translate("Parcours::Csv",
                                              "the file is empty; the first line must be the "
                                              "header %1, optionally followed by %2")
                      .arg(mHeader.columns.first(required).join(u','),
                           mHeader.columns.sliced(required).join(u',')));
        mFailed = true;
    }
    return !mFailed;
}

bool TableReader::drain()
{
    const QList<Record> records = mParser.takeRecords();
    const QChar delimiter = mParser.delimiter();
    for (const Record &record : records) {
        if (!mHeaderRead) {
            QStringList names;
            for (const QString &name : record.fields)
                names << name.trimmed().toLower();
            const QStringList &all = mHeader.columns;
            const bool olderHeader = names.size() < all.size()
                && names.size() >= all.size() - mHeader.optionalTrailing
                && names == all.first(names.size());
            if (!record.error.isEmpty() || (names != all && !olderHeader)) {
                // Only its start: a header of a million columns is read, not printed.
                const QStringList start = record.fields.first(qMin(record.fields.size(), 64));
                QString found = start.join(QString(delimiter));
                if (start.size() < record.fields.size())
                    found += QString(delimiter) + u'…';
                mReport(record.line, wrongHeader(mHeader, MessageText::excerpt(found, 200)));
                mFailed = true;
                return false;
            }
            mColumnsRead = names.size();
            mHeaderRead = true;
        } else if (!record.error.isEmpty()) {
            mReport(record.line, record.error);
        } else if (record.fields.size() != mColumnsRead) {
            mReport(record.line,
                    QCoreApplication::translate("Parcours::Csv",
                                                "expected %1 fields separated by \"%2\", found %3")
                        .arg(mColumnsRead)
                        .arg(delimiter == u'\t' ? u"tab"_s : QString(delimiter))
                        .arg(record.fields.size()));
        } else if (mColumnsRead < mHeader.columns.size()) {
            Record padded = record; // the optional columns the file lacks are empty
            padded.fields.resize(mHeader.columns.size());
            mRow(padded);
        } else {
            mRow(record);
        }
    }
    return true;
}

FileTable readTableFile(QIODevice &file, const Header &header,
                        const std::function<void(const Record &)> &row,
                        const ProblemReporter &report, const ReadProgress &progress,
                        qint64 chunkSize)
{
    if (file.isSequential()) {
        // A pipe cannot be read twice: read whole, as before, then in pieces from memory.
        QByteArray all = file.readAll();
        QBuffer buffer(&all);
        buffer.open(QIODevice::ReadOnly);
        return readTableFile(buffer, header, row, report, progress, chunkSize);
    }
    FileTable result;
    const qint64 size = file.size();
    const qint64 total = 2 * size; // checked, then parsed
    QByteArray chunk;
    // Reads the next piece into `chunk`; false at the end or on a failure (result says).
    const auto next = [&](qint64 doneBefore) {
        chunk.resize(chunkSize);
        const qint64 n = file.read(chunk.data(), chunkSize);
        if (n < 0) {
            result.status = FileTable::ReadFailed;
            result.error = file.errorString();
            return false;
        }
        chunk.resize(n);
        if (progress && !progress(doneBefore + file.pos(), total)) {
            result.status = FileTable::Cancelled;
            return false;
        }
        return n > 0;
    };
    const auto skipByteOrderMark = [&] {
        if (!file.seek(0)) {
            result.status = FileTable::ReadFailed;
            result.error = file.errorString();
            return false;
        }
        if (file.peek(3).startsWith("\xEF\xBB\xBF"))
            file.skip(3);
        return true;
    };

    if (!skipByteOrderMark())
        return result;
    Utf8Checker checker;
    while (next(0))
        checker.feed(chunk);
    if (result.status != FileTable::Read)
        return result;
    checker.finish();
    if (checker.badLine() != 0) {
        report(checker.badLine(),
               checker.nulByte() ? QCoreApplication::translate(
                   "Parcours::Csv", "a NUL character (byte 0) is not text; no field may hold it")
                                 : QCoreApplication::translate(
                                     "Parcours::Csv",
                                     "the text is not UTF-8; save the file as \"CSV UTF-8\""));
        result.status = FileTable::Refused;
        return result;
    }

    if (!skipByteOrderMark())
        return result;
    TableReader table(header, row, report);
    QStringDecoder decoder(QStringDecoder::Utf8);
    while (next(size)) {
        if (!table.feed(QString(decoder.decode(chunk)))) {
            result.status = FileTable::Refused;
            return result;
        }
    }
    if (result.status != FileTable::Read)
        return result;
    if (!table.finish())
        result.status = FileTable::Refused;
    return result;
}

} // namespace Parcours::Csv
