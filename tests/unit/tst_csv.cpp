#include "formats/csv.h"

#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void simple();
    void quotedFieldsAndLineNumbers();
    void crlfAndLoneCr();
    void byteOrderMark();
    void delimiterDetection_data();
    void delimiterDetection();
    void explicitTabDelimiter();
    void blankRecordsSkipped();
    void lastRecordWithoutLineBreak();
    void unterminatedQuote();
    void textAfterClosingQuote();
    void notUtf8();
    void writeQuotesOnlyWhenNeeded();
    void roundTrip();
};

void TestCsv::simple()
{
    const Csv::Document doc = Csv::read("a,b,c\n1,2,3\n");
    QCOMPARE(doc.delimiter, u',');
    QCOMPARE(doc.records.size(), 2);
    QCOMPARE(doc.records[0].fields, (QStringList {u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(doc.records[1].fields, (QStringList {u"1"_s, u"2"_s, u"3"_s}));
    QCOMPARE(doc.records[0].line, 1);
    QCOMPARE(doc.records[1].line, 2);
    QVERIFY(doc.records[1].error.isEmpty());
}

void TestCsv::quotedFieldsAndLineNumbers()
{
    const QByteArray data = "h1,h2\n"
                            "\"with, comma\",\"with \"\"quotes\"\"\"\n"
                            "\"two\nlines\",x\n"
                            "after,y\n";
    const Csv::Document doc = Csv::read(data);
    QCOMPARE(doc.records.size(), 4);
    QCOMPARE(doc.records[1].fields, (QStringList {u"with, comma"_s, u"with \"quotes\""_s}));
    QCOMPARE(doc.records[2].fields, (QStringList {u"two\nlines"_s, u"x"_s}));
    QCOMPARE(doc.records[2].line, 3);
    QCOMPARE(doc.records[3].line, 5); // the quoted line break moved it one line down
}

void TestCsv::crlfAndLoneCr()
{
    const Csv::Document doc = Csv::read("a,b\r\n\"x\r\ny\",z\r\nc,d\re,f");
    QCOMPARE(doc.records.size(), 4);
    QCOMPARE(doc.records[1].fields.first(), u"x\ny"_s); // line breaks in fields become \n
    QCOMPARE(doc.records[2].line, 4);
    QCOMPARE(doc.records[3].fields, (QStringList {u"e"_s, u"f"_s}));
    QCOMPARE(doc.records[3].line, 5);
    // A lone CR inside quotes is kept: a text holding one round-trips.
    const Csv::Document cr = Csv::read("a\r\n\"\rx\ry\"\r\nb");
    QCOMPARE(cr.records.size(), 3);
    QCOMPARE(cr.records[1].fields.first(), u"\rx\ry"_s);
    QCOMPARE(cr.records[2].line, 5);
    QCOMPARE(Csv::read(Csv::write({{u"\rx"_s}})).records.first().fields.first(), u"\rx"_s);
}

void TestCsv::byteOrderMark()
{
    const Csv::Document doc = Csv::read("\xEF\xBB\xBFpersona;name\nÉlodie;Zoé\n");
    QVERIFY(doc.hadByteOrderMark);
    QCOMPARE(doc.delimiter, u';');
    QCOMPARE(doc.records[0].fields.first(), u"persona"_s);
    QCOMPARE(doc.records[1].fields, (QStringList {u"Élodie"_s, u"Zoé"_s}));
}

void TestCsv::delimiterDetection_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QByteArray("a,b,c\n1;2,3\n") << QChar(u',');
    QTest::newRow("semicolon") << QByteArray("a;b;c\n0,5;1,5;2\n") << QChar(u';');
    QTest::newRow("tab") << QByteArray("a\tb\tc\n") << QChar(u'\t');
    QTest::newRow("quoted commas ignored") << QByteArray("\"a,b,c\";d;e\n") << QChar(u';');
    QTest::newRow("single column") << QByteArray("name\nx\n") << QChar(u',');
}

void TestCsv::delimiterDetection()
{
    QFETCH(QByteArray, data);
    QFETCH(QChar, delimiter);
    QCOMPARE(Csv::read(data).delimiter, delimiter);
}

void TestCsv::explicitTabDelimiter()
{
    Csv::ReadOptions options;
    options.delimiter = u'\t';
    const Csv::Document doc = Csv::read("a,b\tc;d\n", options);
    QCOMPARE(doc.records.first().fields, (QStringList {u"a,b"_s, u"c;d"_s}));
}

void TestCsv::blankRecordsSkipped()
{
    const Csv::Document doc = Csv::read("a;b\n\n;\n1;2\n\n");
    QCOMPARE(doc.records.size(), 2);
    QCOMPARE(doc.records[1].line, 4);
}

void TestCsv::lastRecordWithoutLineBreak()
{
    const Csv::Document doc = Csv::read("a,b\n1,");
    QCOMPARE(doc.records.size(), 2);
    QCOMPARE(doc.records[1].fields, (QStringList {u"1"_s, QString()}));
}

void TestCsv::unterminatedQuote()
{
    const Csv::Document doc = Csv::read("a,b\n1,2\n3,\"open\n4,5\n");
    QCOMPARE(doc.records.size(), 3);
    const Csv::Record &bad = doc.records.last();
    QCOMPARE(bad.line, 3);
    QVERIFY2(bad.error.contains(u"unterminated"_s), qPrintable(bad.error));
}

void TestCsv::textAfterClosingQuote()
{
    const Csv::Document doc = Csv::read("a,b\n\"x\"y,2\nok,3\n");
    QCOMPARE(doc.records.size(), 3);
    QVERIFY(!doc.records[1].error.isEmpty());
    QCOMPARE(doc.records[1].line, 2);
    QVERIFY(doc.records[2].error.isEmpty());
}

void TestCsv::notUtf8()
{
    const Csv::Document doc = Csv::read("a;b\nok;fine\nd\xE9j\xE0;vu\n"); // Latin-1 bytes
    QVERIFY(doc.records.isEmpty());
    QCOMPARE(doc.problems.size(), 1);
    QCOMPARE(doc.problems.first().line, 3);
    QVERIFY(doc.problems.first().message.contains(u"UTF-8"_s));
}

void TestCsv::writeQuotesOnlyWhenNeeded()
{
    const QByteArray out = Csv::write(
        {{u"plain"_s, u"a,b"_s, u"say \"hi\""_s, u"two\nlines"_s, u" edge"_s, QString()}});
    QCOMPARE(out, QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" edge\",\r\n"));
    Csv::WriteOptions semicolon;
    semicolon.delimiter = u';';
    semicolon.byteOrderMark = true;
    QCOMPARE(Csv::write({{u"a,b"_s, u"c;d"_s}}, semicolon),
             QByteArray("\xEF\xBB\xBF"
                        "a,b;\"c;d\"\r\n"));
}

void TestCsv::roundTrip()
{
    const QList<QStringList> rows = {
        {u"persona"_s, u"notes"_s},
        {u"Zoé « élan »"_s, u"line one\nline \"two\", with comma; and semicolon"_s},
        {u"日本語"_s, QString()},
    };
    for (const QChar delimiter : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        Csv::WriteOptions options;
        options.delimiter = delimiter;
        const Csv::Document doc = Csv::read(Csv::write(rows, options));
        QCOMPARE(doc.delimiter, delimiter);
        QCOMPARE(doc.records.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(doc.records[i].fields, rows[i]);
    }
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
