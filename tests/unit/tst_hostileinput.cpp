// Hostile text through the import and export formats: spreadsheet formulas are neutralised in
// every CSV text cell and read back as they were; numbers stay numbers; a NUL character is
// refused by every format with its line; counts have one range (0 … 2^53 − 1) everywhere.
#include "analytics/retentionmetrics.h"
#include "formats/csv.h"
#include "formats/workspaceformat.h"

#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

ImportResult import(const QString &format, const QByteArray &data, const QString &fileName)
{
    ImportOptions options;
    options.fileName = fileName;
    return WorkspaceFormats::find(format)->read(data, options);
}

QByteArray exported(const QString &format, const Workspace &w, Id journey = 0)
{
    ExportOptions options;
    options.journey = journey;
    const ExportResult out = WorkspaceFormats::find(format)->write(w, options);
    if (!out.error.isEmpty())
        qFatal("export failed: %s", qPrintable(out.error));
    return out.data;
}

// What a spreadsheet would run as a formula.
bool startsFormula(const QString &cell)
{
    return !cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front());
}

// Every data cell of `columns` (by index) in a CSV export.
QStringList cellsOf(const QByteArray &csv, const QList<int> &columns)
{
    QStringList cells;
    const Csv::Document doc = Csv::read(csv);
    for (qsizetype r = 1; r < doc.records.size(); ++r) {
        for (const int c : columns)
            cells << doc.records.at(r).fields.value(c);
    }
    return cells;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void protectText_data();
    void protectText();
    void useCasesCsvRoundTrip_data();
    void useCasesCsvRoundTrip();
    void journeyCsvRoundTrip_data();
    void journeyCsvRoundTrip();
    void metricsCsvCountsStayNumbers();
    void countsHaveOneRange();
    void nulIsRefused_data();
    void nulIsRefused();
};

void TestHostileInput::protectText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << u"Sign up"_s << u"Sign up"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("minus") << u"-3"_s << u"'-3"_s;
    QTest::newRow("formula") << u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("plus") << u"+33 6 12"_s << u"'+33 6 12"_s;
    QTest::newRow("at") << u"@SUM(A1:A9)"_s << u"'@SUM(A1:A9)"_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("cr") << u"\rx"_s << u"'\rx"_s;
    QTest::newRow("quote formula") << u"'=x"_s << u"''=x"_s;
    QTest::newRow("two quotes") << u"''"_s << u"'''"_s;
    QTest::newRow("quote then text") << u"'hello"_s << u"'hello"_s;
    QTest::newRow("lone quote") << u"'"_s << u"'"_s;
    QTest::newRow("inner formula") << u"a=1"_s << u"a=1"_s;
}

void TestHostileInput::protectText()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(Csv::protectText(text), cell);
    QCOMPARE(Csv::unprotectText(cell), text);
    QVERIFY(!startsFormula(Csv::protectText(text)));
}

static void hostileStrings()
{
    QTest::addColumn<QString>("text");
    for (const QString &s :
         {u"-3"_s, u"=1+1"_s, u"+1"_s, u"@SUM(A1)"_s, u"'=x"_s, u"''"_s, u"'hello"_s, u"\tx"_s,
          u"\rx"_s, u"-"_s, u"=HYPERLINK(\"http://example.invalid\",\"x\")"_s}) {
        QString name = s;
        name.replace(u'\t', u"\\t"_s).replace(u'\r', u"\\r"_s);
        QTest::newRow(qPrintable(name)) << s;
    }
}

void TestHostileInput::useCasesCsvRoundTrip_data()
{
    hostileStrings();
}

void TestHostileInput::useCasesCsvRoundTrip()
{
    QFETCH(QString, text);
    Workspace w;
    Persona p;
    p.id = 1;
    p.name = text;
    p.useCases.push_back({2,
                          text,
                          text,
                          text,
                          text,
                          UsageFrequency(1, 1, Period::Week),
                          0.5,
                          UseCaseStatus::Planned,
                          text,
                          {}});
    w.personas.push_back(p);
    const QByteArray csv = exported(u"usecases-csv"_s, w);

    // Text columns are neutralised; the weight stays a number.
    const QStringList textCells = cellsOf(csv, {0, 1, 2, 3, 4, 8});
    for (const QString &cell : textCells)
        QVERIFY2(!startsFormula(cell), qPrintable(QString::fromUtf8(csv)));
    QCOMPARE(cellsOf(csv, {6}), QStringList {u"0.5"_s});

    const ImportResult in = import(u"usecases-csv"_s, csv, u"u.csv"_s);
    QVERIFY2(in.fragment, qPrintable(in.errors.join(u'\n')));
    const Persona &back = in.fragment->personas.at(0);
    QCOMPARE(back.name, text);
    const UseCase &u = back.useCases.at(0);
    QCOMPARE(u.problem, text);
    QCOMPARE(u.useCase, text);
    QCOMPARE(u.whyBetter, text);
    QCOMPARE(u.alternative, text);
    QCOMPARE(u.notes, text);
    QCOMPARE(u.weight, std::optional<double>(0.5));
    QCOMPARE(u.status, UseCaseStatus::Planned);
}

void TestHostileInput::journeyCsvRoundTrip_data()
{
    hostileStrings();
}

void TestHostileInput::journeyCsvRoundTrip()
{
    QFETCH(QString, text);
    Workspace w;
    Journey j;
    j.id = 1;
    j.name = text;
    j.lanes = {{2, text, LaneKind::Text, true}, {3, u"Emotion"_s, LaneKind::Emotion, true}};
    Stage s;
    s.id = 4;
    s.withOneStep();
    s.name = text;
    s.entering = 120;
    s.firstCells().insert(2, Cell {text, std::nullopt});
    s.firstCells().insert(3, Cell {QString(), -2.0});
    j.stages.push_back(s);
    w.journeys.push_back(j);
    const QByteArray csv = exported(u"journey-csv"_s, w, j.id);

    // journey, stage, lane and value are text; stage_order, emotion and entering numbers.
    const QStringList textCells = cellsOf(csv, {0, 2, 3, 4});
    for (const QString &cell : textCells)
        QVERIFY2(!startsFormula(cell), qPrintable(QString::fromUtf8(csv)));
    QCOMPARE(cellsOf(csv, {1, 6, 8}),
             (QStringList {u"1"_s, QString(), u"120"_s, u"1"_s, u"-2"_s, u"120"_s}));

    const ImportResult in = import(u"journey-csv"_s, csv, u"j.csv"_s);
    QVERIFY2(in.fragment, qPrintable(in.errors.join(u'\n')));
    const Journey &back = in.fragment->journeys.at(0);
    QCOMPARE(back.name, text);
    QCOMPARE(back.stages.at(0).name, text);
    QCOMPARE(back.lanes.at(0).name, text);
    QCOMPARE(back.stages.at(0).firstCells().value(back.lanes.at(0).id).text, text);
    QCOMPARE(back.stages.at(0).firstCells().value(back.lanes.at(1).id).emotion,
             std::optional<double>(-2.0));
}

// Metrics hold no text: dates and counts are written as they are, and read back.
void TestHostileInput::metricsCsvCountsStayNumbers()
{
    Workspace w;
    MetricPeriod m;
    m.id = 1;
    m.periodStart = QDate(2026, 1, 1);
    m.periodEnd = QDate(2026, 1, 31);
    m.customersStart = RetentionMetrics::maxCount;
    m.customersNew = 0;
    m.customersEnd = 7;
    w.metrics.push_back(m);
    const QByteArray csv = exported(u"metrics-csv"_s, w);
    QVERIFY2(csv.contains("\r\n2026-01-01,2026-01-31,9007199254740991,0,7,,\r\n"), csv.constData());
    const ImportResult in = import(u"metrics-csv"_s, csv, u"m.csv"_s);
    QVERIFY2(in.fragment, qPrintable(in.errors.join(u'\n')));
    QCOMPARE(in.fragment->metrics.at(0).customersStart, m.customersStart);
}

// A count metrics-csv accepts, JSON accepts too: the same range, so every round trip works.
void TestHostileInput::countsHaveOneRange()
{
    const QByteArray header = "period_start,period_end,customers_start,customers_new,"
                              "customers_end,dau,mau\r\n";
    const ImportResult largest
        = import(u"metrics-csv"_s, header + "2026-01-01,2026-01-31,9007199254740991,1,2,3,4\r\n",
                 u"m.csv"_s);
    QVERIFY2(largest.fragment, qPrintable(largest.errors.join(u'\n')));
    const QByteArray json = exported(u"json"_s, *largest.fragment);
    const ImportResult again = import(u"json"_s, json, u"m.json"_s);
    QVERIFY2(again.fragment, qPrintable(again.errors.join(u'\n')));
    QCOMPARE(again.fragment->metrics.at(0).customersStart,
             std::optional<qint64>(RetentionMetrics::maxCount));

    for (const QByteArray &count :
         {QByteArray("9007199254740992"), QByteArray("-1"), QByteArray("99999999999999999999")}) {
        const ImportResult in
            = import(u"metrics-csv"_s, header + "2026-01-01,2026-01-31,70,30,90," + count + ",\r\n",
                     u"m.csv"_s);
        QVERIFY(!in.fragment);
        QCOMPARE(in.errors,
                 QStringList {u"m.csv:2: dau: \"%1\" is out of range: a count is a whole number "
                              "from 0 to 9007199254740991"_s.arg(QString::fromLatin1(count))});
    }
}

void TestHostileInput::nulIsRefused_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error"); // the start of the error
    const QByteArray nul(1, '\0');
    QTest::newRow("usecases-csv")
        << u"usecases-csv"_s
        << "persona,problem,use_case,why_better,alternative,frequency,weight,status,notes\r\n"
           "Ana,,Pay,,,,,,\r\nAna,,Pa"
            + nul + "y,,,,,,\r\n"
        << u"f:3: a NUL character (byte 0) is not text; no field may hold it"_s;
    QTest::newRow("journey-csv")
        << u"journey-csv"_s
        << "journey,stage_order,stage,lane,value,assessment,emotion,duration,entering\n"
           "J"
            + nul + ",1,S,L,v,,,,\n"
        << u"f:2: a NUL character (byte 0) is not text; no field may hold it"_s;
    QTest::newRow("metrics-csv")
        << u"metrics-csv"_s
        << "period_start,period_end,customers_start,customers_new,customers_end,dau,mau\n" + nul
            + "\n"
        << u"f:2: a NUL character (byte 0) is not text; no field may hold it"_s;
    QTest::newRow("mermaid")
        << u"mermaid"_s << "journey\n  title T\n  section S" + nul + "\n    Do: 3: Me\n"
        << u"f:3: a NUL character (byte 0) is not text; no field may hold it"_s;
    const QByteArray json = "{\n\"format\": \"parcours-workspace\", \"version\": 1,\n"
                            "\"workspace\": {\"name\": \"";
    QTest::newRow("json raw") << u"json"_s << json + "a" + nul + "b\"}}\n"
                              << u"f:3: a NUL character (\\u0000) is not text; no field may "
                                 "hold it"_s;
    QTest::newRow("json escaped") << u"json"_s << json + "a\\u0000b\"}}\n"
                                  << u"f:3: a NUL character (\\u0000) is not text; no field may "
                                     "hold it"_s;
}

void TestHostileInput::nulIsRefused()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const ImportResult in = import(format, data, u"f"_s);
    QVERIFY(!in.fragment);
    QCOMPARE(in.errors.size(), 1);
    QVERIFY2(in.errors.first().startsWith(error), qPrintable(in.errors.first()));
    if (format == u"json") {
        // An escaped backslash before "u0000" is text, not a NUL.
        QByteArray text = data;
        text.replace(QByteArray(1, '\0'), "\\\\u0000").replace("a\\u0000b", "a\\\\u0000b");
        const ImportResult ok = import(format, text, u"f"_s);
        QVERIFY2(ok.fragment, qPrintable(ok.errors.join(u'\n')));
        QCOMPARE(ok.fragment->info.name, u"a\\u0000b"_s);
    }
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
