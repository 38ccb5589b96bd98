// Hostile input for every parser: random bytes, truncated and mutated files, huge lines, deep
// JSON nesting, invalid UTF-8. Each parser must return (no crash, no hang) and either import
// or report errors naming the file and line; whatever it imports must survive a JSON round
// trip and an export. Deterministic (fixed seed) and bounded; run it under AddressSanitizer and
// UndefinedBehaviorSanitizer with `cmake --workflow --preset test` (see docs/FILE-FORMATS.md).
#include "document/edits.h"
#include "formats/csv.h"
#include "formats/workspaceformat.h"
#include "formats/workspacejson.h"
#include "support/testworkspaces.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

constexpr quint32 seed = 20260106;
constexpr qsizetype hugeLine = qsizetype(256) * 1024; // a line no editor writes; scaling is linear

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(PARCOURS_TEST_DATA) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    return file.readAll();
}

// Characters that mean something to one of the parsers, and text that is not ASCII.
const QList<QByteArray> &syntax()
{
    static const QList<QByteArray> pieces = {
        ",",
        ";",
        "\t",
        "\"",
        "\"\"",
        "\n",
        "\r\n",
        "\r",
        ":",
        "#",
        "#58;",
        "#35",
        "%%",
        "%%{",
        "}%%",
        "{",
        "}",
        "[",
        "]",
        "<br>",
        "```",
        "~~~",
        "---",
        "journey",
        "section ",
        "title ",
        "accDescr",
        " 5",
        "-1e308",
        "1e999",
        "NaN",
        "null",
        "true",
        "\"id\": ",
        "0",
        "é",
        "旅程",
        "\xF0\x9F\x9A\x80",
        "\xEF\xBB\xBF",
        "\xFF",
        "\xC0\x80",
        "\xED\xA0\x80",
        "\x80",
        "\xE2\x82",
        QByteArray(1, '\0'),
        "mermaid",
        "   ",
        "stage_order",
    };
    return pieces;
}

class Fuzzer
{
public:
    explicit Fuzzer(quint32 s)
        : mRandom(s)
    { }

    int below(int n) { return n <= 0 ? 0 : int(mRandom.bounded(quint32(n))); }

    QByteArray randomBytes(int maxLength)
    {
        QByteArray bytes(below(maxLength + 1), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(below(256));
        return bytes;
    }

    QByteArray randomSyntax(int pieces)
    {
        QByteArray out;
        for (int i = below(pieces + 1); i > 0; --i) {
            if (below(3) == 0)
                out += randomBytes(8);
            else
                out += syntax().at(below(int(syntax().size())));
        }
        return out;
    }

    QByteArray mutate(QByteArray data)
    {
        for (int n = 1 + below(8); n > 0; --n) {
            const int at = below(int(data.size()) + 1);
            switch (below(5)) {
            case 0: // flip a byte
                if (!data.isEmpty())
                    data[qMin(at, int(data.size()) - 1)] = char(below(256));
                break;
            case 1: data.insert(at, syntax().at(below(int(syntax().size())))); break;
            case 2: data.remove(at, below(64)); break;
            case 3: data.insert(at, data.mid(below(int(data.size()) + 1), below(200))); break;
            default: data.insert(at, randomBytes(16)); break;
            }
        }
        return data;
    }

private:
    QRandomGenerator mRandom;
};

struct Parser
{
    QString name; // a format's short name, or "csv" for the bare reader
    QString fileName;
    QList<QByteArray> seeds; // valid files
};

} // namespace

class TestParserFuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostileInput_data();
    void hostileInput();

private:
    void check(const Parser &parser, const QByteArray &input, const char *what);
    QList<Parser> mParsers;
    const Workspace mTarget = TestData::everyField();
    int mChecked = 0;
};

void TestParserFuzz::initTestCase()
{
    const Workspace every = TestData::everyField();
    auto exported = [&every](const char *format) {
        return WorkspaceFormats::find(QString::fromLatin1(format))->write(every, {}).data;
    };
    mParsers = {
        {u"csv"_s,
         u"fuzz.csv"_s,
         {exported("usecases-csv"), readData(u"usecases/zillow-fr.csv"_s)}},
        {u"usecases-csv"_s,
         u"fuzz.csv"_s,
         {exported("usecases-csv"), readData(u"usecases/zillow-fr.csv"_s)}},
        {u"journey-csv"_s,
         u"fuzz.csv"_s,
         {exported("journey-csv"), readData(u"journeys/fr-semicolon.csv"_s)}},
        {u"mermaid"_s,
         u"fuzz.mmd"_s,
         {exported("mermaid"), readData(u"mermaid/readme.md"_s), readData(u"mermaid/messy.mmd"_s)}},
        {u"json"_s,
         u"fuzz.json"_s,
         {exported("json"), readData(u"../../resources/samples/sample.json"_s)}},
        {u"opportunities-csv"_s, u"fuzz.csv"_s, {exported("opportunities-csv")}},
    };
}

void TestParserFuzz::check(const Parser &parser, const QByteArray &input, const char *what)
{
    ++mChecked;
    if (parser.name == u"csv") {
        const Csv::Document doc = Csv::read(input);
        int previous = 0;
        for (const Csv::Record &r : doc.records) {
            QVERIFY2(r.line > previous, what); // records in file order, lines from 1
            previous = r.line;
        }
        Csv::write({QStringList {u"a"_s}}); // and the writer still works
        return;
    }
    const WorkspaceFormat *format = WorkspaceFormats::find(parser.name);
    const bool csv = parser.name.endsWith(u"-csv");
    for (const bool skipBadRows : {false, true}) {
        if (skipBadRows && !csv)
            break; // only the CSV formats can skip bad rows
        ImportOptions options;
        options.fileName = parser.fileName;
        options.skipBadRows = skipBadRows;
        options.target = &mTarget; // what the opportunities CSV's links name
        ImportResult result = format->read(input, options);
        // Either an import, or errors: never both (unless asked to skip bad rows), never neither.
        if (!skipBadRows) {
            QVERIFY2(bool(result.fragment) == result.errors.isEmpty(),
                     qPrintable(u"%1 (%2): %3"_s.arg(parser.name, QString::fromLatin1(what),
                                                     result.errors.join(u" | "_s))));
        } else if (!result.fragment) {
            QVERIFY2(!result.errors.isEmpty(), what);
        }
        // Every message names the file, then a line from 1 when it is about a line.
        static const QRegularExpression place(u"^fuzz\\.(csv|mmd|json)(:[1-9][0-9]*)?: "_s);
        for (const QString &message : std::as_const(result.errors) + result.warnings)
            QVERIFY2(place.match(message).hasMatch(), qPrintable(message.left(200)));
        if (!result.fragment)
            continue;
        // What was imported is sound: it goes into a workspace, through JSON and back out.
        Workspace merged;
        Edit::mergeFragment(merged, std::move(*result.fragment));
        const WorkspaceJson::ReadResult again = WorkspaceJson::read(WorkspaceJson::write(merged));
        QVERIFY2(again.workspace, qPrintable(parser.name + u": "_s + again.error));
        ExportOptions exportOptions;
        if (format->writesOneJourney() && !merged.journeys.empty())
            exportOptions.journey = merged.journeys.front().id;
        if (!format->writesOneJourney() || exportOptions.journey) {
            const ExportResult out = format->write(merged, exportOptions);
            // Lanes without a name or twice the same name cannot go to journey CSV; all else can.
            QVERIFY2(out.error.isEmpty() || parser.name == u"journey-csv",
                     qPrintable(parser.name + u": "_s + out.error));
        }
    }
}

void TestParserFuzz::hostileInput_data()
{
    QTest::addColumn<int>("parser");
    for (int i = 0; i < 6; ++i) {
        static const char *names[]
            = {"csv", "usecases-csv", "journey-csv", "mermaid", "json", "opportunities-csv"};
        QTest::newRow(names[i]) << i;
    }
}

void TestParserFuzz::hostileInput()
{
    QFETCH(int, parser);
    const Parser &p = mParsers.at(parser);
    Fuzzer fuzz(seed + quint32(parser));
    mChecked = 0;

    // Random bytes, and random runs of the parsers' own syntax.
    for (int i = 0; i < 150 && !QTest::currentTestFailed(); ++i)
        check(p, fuzz.randomBytes(2048), "random bytes");
    for (int i = 0; i < 300 && !QTest::currentTestFailed(); ++i)
        check(p, fuzz.randomSyntax(80), "random syntax");
    for (const QByteArray &valid : p.seeds) {
        // The valid file imports.
        check(p, valid, "valid");
        // Truncated anywhere.
        const int step = qMax(1, int(valid.size()) / 100);
        for (qsizetype n = 0; n < valid.size() && !QTest::currentTestFailed(); n += step)
            check(p, valid.left(n), "truncated");
        // Mutated: bytes changed, syntax inserted, ranges removed or repeated.
        for (int i = 0; i < 100 && !QTest::currentTestFailed(); ++i)
            check(p, fuzz.mutate(valid), "mutated");
        // Invalid UTF-8 in the middle and at the end.
        check(p, valid.left(valid.size() / 2) + "\xC3\x28" + valid.mid(valid.size() / 2),
              "invalid UTF-8");
        check(p, valid + "\xE2\x82", "truncated UTF-8");
        check(p, QByteArray("\xEF\xBB\xBF") + valid, "byte order mark");
    }

    // Huge lines, alone and after a valid start.
    const QByteArray start = p.seeds.first().left(p.seeds.first().indexOf('\n') + 1);
    for (const char *unit : {"a", ":", "\"", "#", "#58;", "<br", ",", ";", "{", "[", "\t"}) {
        QByteArray huge;
        while (huge.size() < hugeLine)
            huge += unit;
        check(p, huge, "huge line");
        check(p, start + huge + "\n", "huge line after the first");
        check(p, "journey\n  section S\n    " + huge + ": 3: " + huge + "\n", "huge task");
    }
    // Many short lines.
    QByteArray lines = start;
    for (int i = 0; i < 20000; ++i)
        lines += "x: 3\n";
    check(p, lines, "many lines");

    // Deep nesting.
    const QByteArray deepArray = QByteArray(100000, '[') + QByteArray(100000, ']');
    QByteArray deepObject;
    for (int i = 0; i < 50000; ++i)
        deepObject += "{\"a\":";
    check(p, deepArray, "deep array");
    check(p, deepObject, "deep object, truncated");
    check(p,
          "{\"format\": \"parcours-workspace\", \"version\": 1, \"personas\": " + deepArray + "}",
          "deep array in a workspace");
    check(p,
          "journey\n  %% parcours-journey " + deepArray + "\n  section A\n  %% parcours-stage "
              + deepObject + "\n    x: 3\n",
          "deep JSON in Mermaid comments");
    qInfo("%s: %d inputs", qPrintable(p.name), mChecked);
}

QTEST_GUILESS_MAIN(TestParserFuzz)
#include "tst_parserfuzz.moc"
