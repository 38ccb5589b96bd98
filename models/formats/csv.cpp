#include "csv.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Parcours::Csv {

namespace {

QString tr(const char *text)
{
    return Messages::tr(text);
}

bool isBlank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString &f) { return f.isEmpty(); });
}

// The 1-based line of the first byte that is not UTF-8, or 0 when all of it is.
int firstBadUtf8Line(const QByteArray &data)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(QByteArrayView(data).sliced(start, end - start));
        if (decoder.hasError())
            return line;
        ++line;
        start = end + 1;
    }
    return 0;
}

} // namespace

QChar detectDelimiter(QStringView text)
{
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted; // "" inside quotes toggles twice: no change
        } else if (!quoted) {
            if (c == u'\n' || c == u'\r')
                break;
            if (c == u',')
                ++comma;
            else if (c == u';')
                ++semicolon;
            else if (c == u'\t')
                ++tab;
        }
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

Document read(const QByteArray &input, const ReadOptions &options)
{
    Document doc;
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF")) {
        doc.hadByteOrderMark = true;
        data.remove(0, 3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        doc.problems.append(
            {firstBadUtf8Line(data), tr("the text is not UTF-8; save the file as \"CSV UTF-8\"")});
        return doc;
    }
    doc.delimiter = options.delimiter.isNull() ? detectDelimiter(text) : options.delimiter;
    const QChar delimiter = doc.delimiter;

    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    int line = 1;
    int quoteLine = 0; // where the open quoted field started
    Record record;
    record.line = 1;
    QString field;
    bool sawQuote = false; // the record has an explicitly quoted field: not blank

    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        state = State::FieldStart;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        if (!(options.skipBlankRecords && !sawQuote && isBlank(record.fields)))
            doc.records.append(record);
        record = Record();
        record.line = nextLine;
        sawQuote = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const bool lineBreak = c == u'\n' || c == u'\r';
        if (lineBreak && c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
            ++i; // CRLF is one line end
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            if (c == delimiter) {
                endField();
            } else if (lineBreak) {
                ++line;
                endRecord(line);
            } else if (c == u'"' && state == State::FieldStart) {
                state = State::Quoted;
                quoteLine = line;
                sawQuote = true;
            } else {
                field.append(c); // a quote inside an unquoted field is kept as text
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    state = State::AfterQuote;
                }
            } else if (lineBreak) {
                field.append(u'\n');
                ++line;
            } else {
                field.append(c);
            }
            break;
        case State::AfterQuote:
            if (c == delimiter) {
                endField();
            } else if (lineBreak) {
                ++line;
                endRecord(line);
            } else {
                if (record.error.isEmpty()) {
                    record.error = tr("text after the closing quote of field %1; "
                                      "a quote inside a field is written twice (\"\")")
                                       .arg(record.fields.size() + 1);
                }
                field.append(c);
            }
            break;
        }
    }
    if (state == State::Quoted) {
        record.error = quoteLine == record.line
            ? tr("unterminated quoted field: a quote opened here is never closed")
            : tr("unterminated quoted field: the quote opened on line %1 is never closed")
                  .arg(quoteLine);
        record.fields.append(field);
        doc.records.append(record);
    } else if (state != State::FieldStart || !field.isEmpty() || !record.fields.isEmpty()) {
        endRecord(line); // last record without a final line break
    }
    return doc;
}

QString quoteField(const QString &field, QChar delimiter)
{
    const bool needsQuotes = field.contains(delimiter) || field.contains(u'"')
        || field.contains(u'\n') || field.contains(u'\r')
        || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray write(const QList<QStringList> &rows, const WriteOptions &options)
{
    QString text;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                text += options.delimiter;
            text += quoteField(row.at(i), options.delimiter);
        }
        text += options.lineEnd;
    }
    QByteArray out = text.toUtf8();
    if (options.byteOrderMark)
        out.prepend("\xEF\xBB\xBF");
    return out;
}

} // namespace Parcours::Csv
