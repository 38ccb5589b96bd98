#include "formats/eventreader.h"

#include "formats/eventreadahead.h"
#include "formats/utf8text.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Parcours {

bool EventText::isUtf8(QByteArrayView bytes)
{
    // Eight bytes at a time (every line of ten million is checked): a byte of 0x80 or more, or
    // a NUL, sends the line to the checker.
    constexpr quint64 highBits = 0x8080808080808080ULL;
    constexpr quint64 lowBits = 0x0101010101010101ULL;
    const char *p = bytes.data();
    const auto n = size_t(bytes.size());
    size_t i = 0;
    bool ascii = true;
    for (; ascii && i + 8 <= n; i += 8) {
        quint64 word = 0;
        std::memcpy(&word, p + i, 8);
        // (word - 0x01…) & ~word & 0x80… is non-zero when a byte is zero.
        ascii = (word & highBits) == 0 && ((word - lowBits) & ~word & highBits) == 0;
    }
    for (; ascii && i < n; ++i)
        ascii = uchar(p[i]) < 0x80 && p[i] != 0;
    if (ascii)
        return true;
    Utf8Checker checker;
    checker.feed(bytes);
    checker.finish();
    return checker.badLine() == 0;
}

bool EventText::splitCsv(QByteArrayView line, QList<QByteArray> *fields)
{
    fields->clear();
    qsizetype i = 0;
    const qsizetype n = line.size();
    for (;;) {
        if (i < n && line[i] == '"') {
            QByteArray field;
            ++i;
            for (;;) {
                if (i >= n)
                    return false;
                if (line[i] == '"') {
                    if (i + 1 < n && line[i + 1] == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.append(line[i++]);
            }
            fields->append(field);
            if (i < n && line[i] != ',')
                return false;
        } else {
            qsizetype end = i;
            while (end < n && line[end] != ',')
                ++end;
            fields->append(line.sliced(i, end - i).toByteArray());
            i = end;
        }
        if (i >= n)
            return true;
        ++i; // the comma
    }
}

bool EventText::splitPlainCsv(QByteArrayView line, QByteArrayView *fields, qsizetype max,
                              qsizetype *count)
{
    if (line.isEmpty()) {
        *count = 1;
        if (max > 0)
            fields[0] = {};
        return true;
    }
    const char *p = line.data();
    const char *end = p + line.size();
    if (std::memchr(p, '"', size_t(line.size())))
        return false;
    qsizetype n = 0;
    for (;;) {
        const auto *comma = static_cast<const char *>(std::memchr(p, ',', size_t(end - p)));
        const char *stop = comma ? comma : end;
        if (n < max)
            fields[n] = QByteArrayView(p, stop - p);
        ++n;
        if (!comma)
            break;
        p = comma + 1;
    }
    *count = n;
    return true;
}

std::unique_ptr<EventReader> EventReader::open(EventInput &input, QString *error, Threads threads)
{
    std::unique_ptr<EventReader> serial = openSerial(input, error);
    if (!serial || threads == Threads::One)
        return serial;
    return std::make_unique<EventReadAhead>(input, std::move(serial));
}

std::unique_ptr<EventReader> EventReader::openSerial(EventInput &input, QString *error)
{
    QByteArrayView first;
    while (input.readLine(&first)) {
        if (input.lineNumber() == 1 && first.startsWith("\xEF\xBB\xBF"))
            first = first.sliced(3);
        if (!first.trimmed().isEmpty())
            break;
    }
    if (!input.error().isEmpty()) {
        *error = input.error();
        return nullptr;
    }
    const QString where = u"%1:%2"_s.arg(input.fileName()).arg(input.lineNumber());
    if (first.trimmed().isEmpty()) {
        *error = u"%1: %2"_s.arg(input.fileName(), tr("the file holds no events"));
        return nullptr;
    }
    if (!EventText::isUtf8(first)) {
        *error = u"%1: %2"_s.arg(where, tr("the line is not UTF-8 text"));
        return nullptr;
    }
    if (first.trimmed().startsWith('{')) {
        QJsonParseError parseError;
        const QJsonObject object
            = QJsonDocument::fromJson(first.toByteArray(), &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            *error = u"%1: %2"_s.arg(where, tr("not JSON: %1").arg(parseError.errorString()));
            return nullptr;
        }
        if (object.contains(u"event_type"_s))
            return makeAmplitudeReader(input, first);
        if (object.contains(u"event"_s) && object.contains(u"properties"_s))
            return makeMixpanelReader(input, first);
        *error = u"%1: %2"_s.arg(
            where,
            tr("JSON lines that are neither Mixpanel's export (event, properties) nor "
               "Amplitude's (event_type, user_id, event_time)"));
        return nullptr;
    }
    if (first.trimmed() == "user_id,persona,event,month,count")
        return makeUsageCountsReader(input);
    return makeEventsCsvReader(input, first, error);
}

EventReader::Next EventReader::next(EventRecord *record)
{
    QByteArrayView line;
    qint64 lineNumber = 0;
    QByteArray first;
    if (mFirstLineNumber > 0) {
        first = std::exchange(mFirstLine, {});
        line = first;
        lineNumber = std::exchange(mFirstLineNumber, 0);
    }
    while (lineNumber == 0) {
        if (!mInput.readLine(&line)) {
            mError = mInput.error();
            return Next::End;
        }
        if (!line.trimmed().isEmpty())
            lineNumber = mInput.lineNumber();
    }
    QString reason;
    record->count = 1;
    record->persona = {};
    mLineNumber = lineNumber;
    if (parse(line, record, &reason))
        return Next::Record;
    mError = u"%1:%2: %3"_s.arg(mInput.fileName()).arg(lineNumber).arg(reason);
    return Next::BadRow;
}

} // namespace Parcours
