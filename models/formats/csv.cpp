#include "formats/csv.h"

#include "formats/csvstream.h"
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
    Parser parser(options);
    parser.feed(decoded.text);
    parser.finish();
    doc.delimiter = parser.delimiter();
    doc.records = parser.takeRecords();
    return doc;
}

bool readTable(const QByteArray &data, const Header &header,
               const std::function<void(const Record &)> &row, const ProblemReporter &report)
{
    const Utf8Text decoded = decodeUtf8(data);
    if (decoded.badLine != 0) {
        report(decoded.badLine,
               decoded.nulByte ? tr("a NUL character (byte 0) is not text; no field may hold it")
                               : tr("the text is not UTF-8; save the file as \"CSV UTF-8\""));
        return false;
    }
    TableReader table(header, row, report);
    return table.feed(decoded.text) && table.finish();
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
