// CSV read in pieces (issue #16 item 6): the same records, messages and lines as the whole
// text, wherever the pieces are cut.
#include "formats/csvstream.h"
#include "formats/journeycsvformat.h"
#include "formats/metricscsvformat.h"
#include "formats/utf8text.h"
#include "formats/workspaceformat.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

struct Table
{
    QStringList rows; // "LINE: field|field|…"
    QStringList problems; // "LINE: message"
    bool ok = false;
};

QString rowText(const Csv::Record &record)
{
    return u"%1: %2"_s.arg(record.line).arg(record.fields.join(u'|'));
}

Table readWhole(const QByteArray &data, const QStringList &header)
{
    Table t;
    t.ok = Csv::readTable(
        data, header, [&t](const Csv::Record &r) { t.rows << rowText(r); },
        [&t](int line, const QString &m) { t.problems << u"%1: %2"_s.arg(line).arg(m); });
    return t;
}

Table readFile(const QByteArray &data, const QStringList &header, qint64 chunkSize)
{
    Table t;
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    const Csv::FileTable read = Csv::readTableFile(
        buffer, header, [&t](const Csv::Record &r) { t.rows << rowText(r); },
        [&t](int line, const QString &m) { t.problems << u"%1: %2"_s.arg(line).arg(m); }, {},
        chunkSize);
    t.ok = read.status == Csv::FileTable::Read;
    return t;
}

QStringList records(const QList<Csv::Record> &list)
{
    QStringList out;
    for (const Csv::Record &r : list)
        out << rowText(r) + u" ["_s + r.error + u']';
    return out;
}

} // namespace

class TestCsvStream : public QObject
{
    Q_OBJECT

private slots:
    void everyCutGivesTheSameRecords_data();
    void everyCutGivesTheSameRecords();
    void quotedLineBreakAcrossChunks();
    void errorsKeepTheirLinesInALargeFile();
    void encodingProblemsAsTheWholeText_data();
    void encodingProblemsAsTheWholeText();
    void progressCancels();
    void wholeFileFormatsRefuseAboveTheLimit();
    void journeyAndMetricsCsvRefuseAboveTheLimit_data();
    void journeyAndMetricsCsvRefuseAboveTheLimit();
};

void TestCsvStream::everyCutGivesTheSameRecords_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quotes, CRLF, lone CR")
        << u"a;\"b\r\nc\";d\r\n\"x\"\"y\";\"\"\"\"\r\n1;2\r3;4\n\n;;\n\"\";;\n"_s;
    QTest::newRow("text after a quote, unterminated") << u"a,b\n\"x\"y,z\n\"open\nq,r"_s;
    QTest::newRow("tab, last record without line break") << u"a\tb\tc\n1\t\"2\"\t3"_s;
    QTest::newRow("ends with a quote") << u"a,b\n1,\"2\""_s;
    QTest::newRow("ends with a CR") << u"a,b\r1,\"2\r"_s;
}

void TestCsvStream::everyCutGivesTheSameRecords()
{
    QFETCH(QString, text);
    Csv::Parser whole;
    whole.feed(text);
    whole.finish();
    const QChar delimiter = whole.delimiter();
    const QStringList expected = records(whole.takeRecords());
    QVERIFY(!expected.isEmpty());
    for (qsizetype size = 1; size <= text.size(); ++size) {
        Csv::Parser pieces;
        QList<Csv::Record> got;
        for (qsizetype at = 0; at < text.size(); at += size) {
            pieces.feed(QStringView(text).mid(at, size));
            got += pieces.takeRecords();
        }
        pieces.finish();
        got += pieces.takeRecords();
        QCOMPARE(records(got), expected);
        QCOMPARE(pieces.delimiter(), delimiter);
    }
}

void TestCsvStream::quotedLineBreakAcrossChunks()
{
    // The quoted field's line break is the 64th byte: the first piece ends inside the quotes.
    const QStringList header {u"a"_s, u"b"_s};
    QByteArray data = "a,b\n1,\"";
    data += QByteArray(64 - data.size() - 1, 'x');
    data += "\ny\"\"z\"\n2,3\n";
    QCOMPARE(data.at(63), '\n');
    const Table whole = readWhole(data, header);
    QCOMPARE(whole.rows.size(), 2);
    QVERIFY(whole.rows.first().endsWith(u"\ny\"z"_s));
    for (const qint64 chunk : {64, 63, 62, 7, 1}) {
        const Table file = readFile(data, header, chunk);
        QVERIFY(file.ok);
        QCOMPARE(file.rows, whole.rows);
        QCOMPARE(file.problems, whole.problems);
    }
}

void TestCsvStream::errorsKeepTheirLinesInALargeFile()
{
    // About 4 MB: several 1 MB pieces, rows with quoted line breaks, errors early and late.
    const QStringList header {u"name"_s, u"text"_s, u"n"_s};
    QByteArray data = "\xEF\xBB\xBFname,text,n\r\n";
    int line = 2;
    QStringList expectedProblems;
    for (int i = 0; i < 60000; ++i) {
        if (i == 3 || i == 59990) {
            data += "bad,row\r\n";
            expectedProblems << u"%1: expected 3 fields separated by \",\", found 2"_s.arg(line);
            ++line;
        }
        data += "n" + QByteArray::number(i) + ",\"first line\nsecond, \"\"quoted\"\"\","
            + QByteArray::number(i) + "\r\n";
        line += 2;
    }
    data += "\"never closed,x\n";
    expectedProblems << u"%1: unterminated quoted field: a quote opened here is never closed"_s.arg(
        line);
    const Table file = readFile(data, header, 1 << 20);
    QVERIFY(file.ok);
    QCOMPARE(file.problems, expectedProblems);
    QCOMPARE(file.rows.size(), 60000);
    QCOMPARE(file.rows.last(), u"%1: n59999|first line\nsecond, \"quoted\"|59999"_s.arg(line - 2));
    const Table whole = readWhole(data, header);
    QCOMPARE(file.problems, whole.problems);
    QCOMPARE(file.rows, whole.rows);
}

void TestCsvStream::encodingProblemsAsTheWholeText_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("valid") << QByteArray("a,b\nd\xC3\xA9j\xC3\xA0,\xF0\x9F\x98\x80\n");
    QTest::newRow("latin-1 on line 3") << QByteArray("a,b\n1,2\nd\xE9j\xE0,3\n");
    QTest::newRow("cut before a line break") << QByteArray("a,b\n1,\xC3\n2,3\n");
    QTest::newRow("cut at the end") << QByteArray("a,b\n1,2\n3,\xE2\x82");
    QTest::newRow("overlong") << QByteArray("a,b\n\xC0\xAF,1\n");
    QTest::newRow("surrogate") << QByteArray("a,b\n1,2\n\xED\xA0\x80,1\n");
    QTest::newRow("above U+10FFFF") << QByteArray("a,b\n\xF4\x90\x80\x80,1\n");
    QTest::newRow("stray continuation") << QByteArray("a,b\n1,2\n3,\x80\n");
    QTest::newRow("NUL on line 2") << QByteArray("a,b\n1,\0\n", 8);
    QTest::newRow("NUL before bad UTF-8") << QByteArray("a,b\n\0,1\n\xFF,2\n", 12);
    QTest::newRow("BOM then bad") << QByteArray("\xEF\xBB\xBF\x61,b\n\xFE\n");
}

void TestCsvStream::encodingProblemsAsTheWholeText()
{
    QFETCH(QByteArray, data);
    const Utf8Text decoded = decodeUtf8(data);
    const QByteArrayView afterBom
        = decoded.hadByteOrderMark ? QByteArrayView(data).sliced(3) : QByteArrayView(data);
    Utf8Checker checker;
    for (const char byte : afterBom)
        checker.feed(QByteArrayView(&byte, 1));
    checker.finish();
    QCOMPARE(checker.badLine(), decoded.badLine);
    QCOMPARE(checker.nulByte(), decoded.nulByte);

    const QStringList header {u"a"_s, u"b"_s};
    const Table whole = readWhole(data, header);
    for (const qint64 chunk : {1, 3, 1024}) {
        const Table file = readFile(data, header, chunk);
        QCOMPARE(file.ok, whole.ok);
        QCOMPARE(file.problems, whole.problems);
        QCOMPARE(file.rows, whole.rows);
    }
}

void TestCsvStream::progressCancels()
{
    QByteArray data = "a,b\n";
    for (int i = 0; i < 1000; ++i)
        data += "1,2\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    int rows = 0;
    qint64 lastTotal = 0;
    const Csv::FileTable read = Csv::readTableFile(
        buffer, {u"a"_s, u"b"_s}, [&rows](const Csv::Record &) { ++rows; },
        [](int, const QString &) {},
        [&](qint64 done, qint64 total) {
            lastTotal = total;
            // Cancel halfway through the second pass (the parse).
            return done < total / 2 + data.size() / 2;
        },
        4);
    QCOMPARE(read.status, Csv::FileTable::Cancelled);
    QCOMPARE(lastTotal, 2 * data.size());
    QVERIFY(rows > 0);
    QVERIFY(rows < 1000);
}

void TestCsvStream::wholeFileFormatsRefuseAboveTheLimit()
{
    // JSON and Mermaid are read whole: above the limit they say so instead of taking memory.
    QByteArray data(WorkspaceFormat::maxWholeFileSize + 1, ' ');
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.fileName = u"big.json"_s;
    const ImportResult json = WorkspaceFormats::find(u"json"_s)->readFile(buffer, options);
    QVERIFY(!json.fragment);
    QCOMPARE(json.errors,
             QStringList {u"big.json: the file is too large to import as json (65 MB; at most "
                          "64 MB)"_s});
    QCOMPARE(buffer.pos(), 0); // not read
    options.fileName = u"big.md"_s;
    const ImportResult mermaid = WorkspaceFormats::find(u"mermaid"_s)->readFile(buffer, options);
    QVERIFY(!mermaid.fragment);
    QCOMPARE(mermaid.errors.size(), 1);
    QVERIFY(mermaid.errors.first().startsWith(u"big.md: the file is too large"_s));
}

void TestCsvStream::journeyAndMetricsCsvRefuseAboveTheLimit_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("header");
    QTest::newRow("journey-csv") << u"journey-csv"_s << JourneyCsvFormat::header();
    QTest::newRow("metrics-csv") << u"metrics-csv"_s << MetricsCsvFormat::header();
}

void TestCsvStream::journeyAndMetricsCsvRefuseAboveTheLimit()
{
    // Their rows become one fragment in memory: a file past 64 MB is refused by its size,
    // unread, with JSON's message. A valid header and a sparse tail make it cheap to create.
    QFETCH(QString, format);
    QFETCH(QStringList, header);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"big.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(header.join(u',').toUtf8() + '\n') > 0);
    file.close();
    ImportOptions options;
    options.fileName = path;
    const WorkspaceFormat *csv = WorkspaceFormats::find(format);

    // Just under the limit the same file is read (and its NUL bytes refused): the size decides.
    QVERIFY(file.resize(WorkspaceFormat::maxWholeFileSize));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ImportResult atLimit = csv->readFile(file, options);
    QVERIFY(!atLimit.errors.isEmpty());
    QVERIFY(!atLimit.errors.first().contains(u"too large"_s));
    file.close();

    QVERIFY(file.resize(WorkspaceFormat::maxWholeFileSize + 1));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ImportResult big = csv->readFile(file, options);
    QVERIFY(!big.fragment);
    QCOMPARE(big.errors,
             QStringList {u"%1: the file is too large to import as %2 (65 MB; at most "
                          "64 MB)"_s.arg(path, format)});
    QCOMPARE(file.pos(), 0); // not read
}

QTEST_GUILESS_MAIN(TestCsvStream)
#include "tst_csvstream.moc"
