#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>

// RFC 4180 comma-separated values, as spreadsheets write them: UTF-8 with or without a byte
// order mark, comma, semicolon (French locales) or tab delimiters, quoted fields that hold
// delimiters, quotes ("") and line breaks (CRLF or LF read as LF, a lone CR kept), CRLF, LF
// or CR line ends. Shared by every CSV format (use-case maps, journeys, metrics) and the
// clipboard's tab-separated text.
namespace Parcours::Csv {

// One record and the 1-based line of the file where it starts (a quoted field may span
// several lines, so records and lines differ).
struct Record
{
    int line = 0;
    QStringList fields;
    QString error; // translated; set when the record is malformed (unterminated quote, …)
};

// The header a table must start with. Its last `optionalTrailing` columns may be absent (a file
// written before they were added): records then get empty fields for them.
struct Header
{
    Header(QStringList names, int optional = 0) // NOLINT(google-explicit-constructor)
        : columns(std::move(names))
        , optionalTrailing(optional)
    { }
    Header(std::initializer_list<QString> names) // NOLINT(google-explicit-constructor)
        : columns(names)
    { }
    QStringList columns;
    int optionalTrailing = 0;
};

struct Problem
{
    int line = 0;
    QString message;
};

struct Document
{
    QChar delimiter = u',';
    bool hadByteOrderMark = false;
    QList<Record> records; // every non-blank record, header included, in file order
    QList<Problem> problems; // problems of the whole file (encoding); records carry their own
};

struct ReadOptions
{
    // The field delimiter; a null QChar detects it from the first record: the most frequent
    // of ',', ';' and tab outside quotes (',' on a tie or when none appears).
    QChar delimiter;
    // Records made only of empty fields (blank lines, ";;;;" rows) are dropped.
    bool skipBlankRecords = true;
};

Document read(const QByteArray &input, const ReadOptions &options = {});

struct WriteOptions
{
    QChar delimiter = u',';
    bool byteOrderMark = false;
    QString lineEnd = QStringLiteral("\r\n"); // RFC 4180; "\n" for the clipboard
};

QByteArray write(const QList<QStringList> &rows, const WriteOptions &options = {});
// One field, quoted when it holds the delimiter, a quote, a line break or edge spaces.
QString quoteField(const QString &field, QChar delimiter = u',');

// Spreadsheet formula injection (OWASP "CSV injection"): a spreadsheet runs a cell that starts
// with =, +, -, @, tab or carriage return as a formula. Text cells are written through
// protectText(), which puts a single quote before such a cell (spreadsheets show it as text),
// and before a cell that starts with a quote followed by one of these characters or a quote;
// unprotectText() removes that quote on reading, so every text round-trips. Columns of checked
// values (numbers, dates, keys) are written as they are, so that spreadsheets read numbers.
QString protectText(const QString &text);
QString unprotectText(const QString &cell);

// The delimiter of the first record (see ReadOptions::delimiter).
QChar detectDelimiter(QStringView text);

// A problem of the file and the 1-based line it is on.
using ProblemReporter = std::function<void(int line, const QString &reason)>;

// Reads a table whose first record must be exactly `header` (letter case and edge spaces
// aside), as every CSV import format does: each data record with the header's number of fields
// goes to `row`, in file order; each problem goes to `report` with its line, also in order: a
// malformed record or one with another number of fields (then left out), or a file that is not
// UTF-8, empty, or has another header (then false is returned).
bool readTable(const QByteArray &data, const Header &header,
               const std::function<void(const Record &)> &row, const ProblemReporter &report);

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::Csv)
};

} // namespace Parcours::Csv
