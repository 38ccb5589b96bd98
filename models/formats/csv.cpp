#include "formats/csv.h"

#include "formats/utf8text.h"

using namespace Qt::StringLiterals;

namespace Parcours::Csv {

namespace {

QString tr(const char *text)
{
    return Messages::tr(text);
}

bool startsFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// A cell protectText() prefixed: a quote, then a formula's first character or another quote.
bool isProtected(QStringView text)
{
    return text.size() >= 2 && text.front() == u'\''
        && (startsFormula(text.sliced(1)) || text.at(1) == u'\'');
}

bool isBlank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString &f) { return f.isEmpty(); });
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
    const Utf8Text decoded = decodeUtf8(input);
    doc.hadByteOrderMark = decoded.hadByteOrderMark;
    if (decoded.badLine != 0) {
        doc.problems.append({decoded.badLine,
                             decoded.nulByte
                                 ? tr("a NUL character (byte 0) is not text; no field may hold it")
                                 : tr("the text is not UTF-8; save the file as \"CSV UTF-8\"")});
        return doc;
    }
    const QString &text = decoded.text;
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
        const bool crlf = c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n';
        if (crlf)
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
                // CR LF is a line break (\n); a lone CR is kept, so that a text holding one
                // round-trips.
                field.append(c == u'\r' && !crlf ? u'\r' : u'\n');
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

bool readTable(const QByteArray &data, const QStringList &header,
               const std::function<void(const Record &)> &row, const ProblemReporter &report)
{
    const Document csv = read(data);
    for (const Problem &problem : csv.problems)
        report(problem.line, problem.message);
    if (!csv.problems.isEmpty())
        return false;
    if (csv.records.isEmpty()) {
        report(
            1,
            tr("the file is empty; the first line must be the header %1").arg(header.join(u',')));
        return false;
    }
    const Record &head = csv.records.first();
    QStringList names;
    for (const QString &name : head.fields)
        names << name.trimmed().toLower();
    if (!head.error.isEmpty() || names != header) {
        report(head.line,
               tr("the header must be exactly %1 (found %2)")
                   .arg(header.join(u','), head.fields.join(QString(csv.delimiter))));
        return false;
    }

    for (qsizetype r = 1; r < csv.records.size(); ++r) {
        const Record &record = csv.records.at(r);
        if (!record.error.isEmpty()) {
            report(record.line, record.error);
        } else if (record.fields.size() != header.size()) {
            report(record.line,
                   tr("expected %1 fields separated by \"%2\", found %3")
                       .arg(header.size())
                       .arg(csv.delimiter == u'\t' ? u"tab"_s : QString(csv.delimiter))
                       .arg(record.fields.size()));
        } else {
            row(record);
        }
    }
    return true;
}

QString protectText(const QString &text)
{
    return startsFormula(text) || isProtected(text) ? u'\'' + text : text;
}

QString unprotectText(const QString &cell)
{
    return isProtected(cell) ? cell.sliced(1) : cell;
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
