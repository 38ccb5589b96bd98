// Reading events files of every shape and aggregating them into one usage source (issue 22).
// The fixtures in tests/data/events hold the same six events in each shape, written from the
// tools' public documentation (Mixpanel's raw export, Amplitude's export).
#include "formats/eventmapping.h"
#include "formats/eventtime.h"
#include "formats/usageimport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

constexpr Id ownerId = 11, accountantId = 12;
constexpr Id sendInvoiceId = 101, reportsId = 102, reconcileId = 103, anyBankId = 104;

QString fixture(const QString &name)
{
    return QStringLiteral(PARCOURS_TEST_DATA) + u"/events/"_s + name;
}

// Two personas; "Reports" names its events with a wildcard, and a second use case of the
// accountant matches every bank event.
Workspace workspace()
{
    Workspace w;
    Persona owner;
    owner.id = ownerId;
    owner.name = u"Owner"_s;
    UseCase sendInvoice;
    sendInvoice.id = sendInvoiceId;
    sendInvoice.useCase = u"Send an invoice"_s;
    sendInvoice.events = {u"invoice.sent"_s};
    UseCase reports;
    reports.id = reportsId;
    reports.useCase = u"Read the reports"_s;
    reports.events = {u"report.*"_s};
    owner.useCases = {sendInvoice, reports};
    Persona accountant;
    accountant.id = accountantId;
    accountant.name = u"Accountant"_s;
    UseCase reconcile;
    reconcile.id = reconcileId;
    reconcile.useCase = u"Reconcile the bank account"_s;
    reconcile.events = {u"bank.reconciled"_s};
    UseCase anyBank;
    anyBank.id = anyBankId;
    anyBank.useCase = u"Anything with the bank"_s;
    anyBank.events = {u"bank.*"_s};
    accountant.useCases = {reconcile, anyBank};
    w.personas = {owner, accountant};
    return w;
}

QDate jan()
{
    return {2026, 1, 1};
}
QDate feb()
{
    return {2026, 2, 1};
}

// The same in every shape: hand-computed from the fixture.
std::vector<UsageCount> expectedCounts()
{
    return {{0, sendInvoiceId, jan(), 2},
            {0, reportsId, jan(), 1},
            {1, reconcileId, jan(), 1},
            {1, anyBankId, jan(), 1},
            {2, sendInvoiceId, feb(), 1}};
}

QString writeTemp(QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestEventImport : public QObject
{
    Q_OBJECT

private slots:
    void timestamps_data();
    void timestamps();
    void wildcards();
    void eachShape_data();
    void eachShape();
    void usageCounts();
    void usersFile();
    void window();
    void reimportKeepsUsers();
    void interleavedUsersAndMonths();
    void badInput_data();
    void badInput();
    void skipBadRows();
    void truncatedGzip();
    void cancel();
};

void TestEventImport::timestamps_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused
    const QDateTime noon(QDate(2026, 1, 9), QTime(12, 0), Qt::UTC);
    QTest::newRow("ISO Z") << "2026-01-09T12:00:00Z"_ba << noon;
    QTest::newRow("ISO no zone is UTC") << "2026-01-09T12:00:00"_ba << noon;
    QTest::newRow("space, microseconds") << "2026-01-09 12:00:00.000000"_ba << noon;
    QTest::newRow("offset") << "2026-01-09T13:30:00+01:30"_ba << noon;
    QTest::newRow("offset no colon") << "2026-01-09T07:00:00-0500"_ba << noon;
    QTest::newRow("milliseconds") << "2026-01-09T12:00:00.250Z"_ba << noon.addMSecs(250);
    QTest::newRow("date only") << "2026-01-09"_ba
                               << QDateTime(QDate(2026, 1, 9), QTime(0, 0), Qt::UTC);
    QTest::newRow("Unix seconds") << "1767960000"_ba << noon;
    QTest::newRow("Unix milliseconds") << "1767960000000"_ba << noon;
    QTest::newRow("fractional seconds") << "1767960000.5"_ba << noon.addMSecs(500);
    QTest::newRow("words") << "yesterday"_ba << QDateTime();
    QTest::newRow("30 February") << "2026-02-30T00:00:00Z"_ba << QDateTime();
    QTest::newRow("hour 25") << "2026-01-09T25:00:00Z"_ba << QDateTime();
    QTest::newRow("trailing text") << "2026-01-09T12:00:00Zulu"_ba << QDateTime();
    QTest::newRow("empty") << ""_ba << QDateTime();
}

void TestEventImport::timestamps()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    const std::optional<qint64> msecs = EventTime::parse(text);
    QCOMPARE(msecs.has_value(), expected.isValid());
    if (msecs)
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*msecs, Qt::UTC), expected);
}

void TestEventImport::wildcards()
{
    QVERIFY(EventMapping::matches(u"report.*"_s, u"report.monthly"_s));
    QVERIFY(EventMapping::matches(u"report.*"_s, u"report."_s));
    QVERIFY(!EventMapping::matches(u"report.*"_s, u"reports"_s));
    QVERIFY(EventMapping::matches(u"*.sent"_s, u"invoice.sent"_s));
    QVERIFY(!EventMapping::matches(u"invoice.sent"_s, u"Invoice.sent"_s)); // case-sensitive
    QVERIFY(EventMapping::matches(u"a(b)?*"_s, u"a(b)?c"_s)); // only * is special
    QVERIFY(!EventMapping::matches(u"a(b)?*"_s, u"ab"_s));

    EventMapping mapping(workspace());
    QCOMPARE(mapping.useCasesOf("bank.reconciled"_ba), (std::vector<int> {2, 3}));
    QCOMPARE(mapping.useCasesOf("bank.exported"_ba), (std::vector<int> {3}));
    QCOMPARE(mapping.useCasesOf("login"_ba), (std::vector<int> {}));
}

void TestEventImport::eachShape_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("shape");
    QTest::newRow("events CSV") << u"events.csv"_s << u"events CSV"_s;
    QTest::newRow("Mixpanel") << u"mixpanel.jsonl"_s << u"Mixpanel export"_s;
    QTest::newRow("Amplitude") << u"amplitude.json"_s << u"Amplitude export"_s;
    QTest::newRow("Amplitude gzip") << u"amplitude.json.gz"_s << u"Amplitude export"_s;
}

void TestEventImport::eachShape()
{
    QFETCH(QString, file);
    QFETCH(QString, shape);
    const UsageImportResult result = UsageImport::read(fixture(file), workspace());
    QVERIFY2(result.ok, qPrintable(result.failure + result.errors.join(u'\n')));
    QCOMPARE(result.shape, shape);
    QCOMPARE(result.badRows, 0);
    const UsageSource &source = result.source;
    QCOMPARE(source.fileName, file);
    QCOMPARE(source.size, QFileInfo(fixture(file)).size());
    QCOMPARE(source.fingerprint.size(), 64);
    QCOMPARE(source.events, 6);
    QCOMPARE(source.unmappedEvents, 1);
    QCOMPARE(source.unmappedEventNames, (QHash<QString, qint64> {{u"login"_s, 1}}));
    QCOMPARE(source.firstEvent, QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    QCOMPARE(source.lastEvent, QDateTime(QDate(2026, 2, 10), QTime(8, 0), Qt::UTC));
    QCOMPARE(source.counts, expectedCounts());
    const std::vector<UsageActivity> activity {{0, jan(), 2, QDate(2026, 1, 9)},
                                               {1, jan(), 2, QDate(2026, 1, 31)},
                                               {2, feb(), 1, QDate(2026, 2, 10)}};
    QCOMPARE(source.activity, activity);
    // u3 gives no persona: counted and listed, not dropped.
    const std::vector<UsageUser> users {{u"u1"_s, ownerId}, {u"u2"_s, accountantId}, {u"u3"_s, 0}};
    QCOMPARE(result.users, users);
    QCOMPARE(result.unmappedUsers, QStringList {u"u3"_s});
}

void TestEventImport::usageCounts()
{
    const UsageImportResult result = UsageImport::read(fixture(u"usage-counts.csv"_s), workspace());
    QVERIFY2(result.ok, qPrintable(result.failure + result.errors.join(u'\n')));
    QCOMPARE(result.shape, u"usage counts"_s);
    QCOMPARE(result.source.counts, expectedCounts());
    QCOMPARE(result.source.events, 6);
    QCOMPARE(result.source.unmappedEvents, 1);
    // Months without days: active, no day known, the month's first day as the last.
    const std::vector<UsageActivity> activity {
        {0, jan(), 0, jan()}, {1, jan(), 0, jan()}, {2, feb(), 0, feb()}};
    QCOMPARE(result.source.activity, activity);
    QCOMPARE(result.source.firstEvent, QDateTime(jan(), QTime(0, 0), Qt::UTC));
    QCOMPARE(result.source.lastEvent,
             QDateTime(QDate(2026, 2, 28), QTime(23, 59, 59, 999), Qt::UTC));
}

void TestEventImport::usersFile()
{
    UsageImportOptions options;
    QString error;
    QVERIFY2(UsageImport::readUsers(fixture(u"users.csv"_s), &options.userPersonas, &error),
             qPrintable(error));
    const UsageImportResult result
        = UsageImport::read(fixture(u"events-no-persona.csv"_s), workspace(), options);
    QVERIFY(result.ok);
    // Persona names match whatever their case; "Auditor" is no persona of the workspace.
    const std::vector<UsageUser> users {{u"u1"_s, ownerId}, {u"u2"_s, accountantId}, {u"u3"_s, 0}};
    QCOMPARE(result.users, users);
    QCOMPARE(result.unmappedUsers, QStringList {u"u3"_s});
    QCOMPARE(result.unknownPersonas, (QHash<QString, qint64> {{u"Auditor"_s, 1}}));

    QTemporaryDir dir;
    const QString bad = writeTemp(dir, u"users.csv"_s, "user,persona\nu1,Owner\n");
    QVERIFY(!UsageImport::readUsers(bad, &options.userPersonas, &error));
    QCOMPARE(error, bad + u":1: the header of a users file must be user_id,persona"_s);
}

void TestEventImport::window()
{
    UsageImportOptions options;
    options.from = QDate(2026, 1, 6);
    options.to = QDate(2026, 1, 31); // included: the login at 23:30 on the 31st is in
    const UsageImportResult result
        = UsageImport::read(fixture(u"events.csv"_s), workspace(), options);
    QVERIFY(result.ok);
    QCOMPARE(result.outsideWindow, 3);
    QCOMPARE(result.source.events, 3);
    const std::vector<UsageCount> counts {
        {0, reportsId, jan(), 1}, {1, reconcileId, jan(), 1}, {1, anyBankId, jan(), 1}};
    QCOMPARE(result.source.counts, counts);
    QCOMPARE(result.users.size(), size_t(2)); // u3's only event is outside
}

void TestEventImport::reimportKeepsUsers()
{
    Workspace w = workspace();
    w.usage.users = {{u"u9"_s, ownerId}, {u"u2"_s, 0}};
    const UsageImportResult result = UsageImport::read(fixture(u"events.csv"_s), w);
    QVERIFY(result.ok);
    // Known users keep their index (other sources refer to it); new ones come after.
    const std::vector<UsageUser> users {
        {u"u9"_s, ownerId}, {u"u2"_s, accountantId}, {u"u1"_s, ownerId}, {u"u3"_s, 0}};
    QCOMPARE(result.users, users);
    QCOMPARE(result.source.counts.front().user, 1); // u2 sorts first now
}

void TestEventImport::interleavedUsersAndMonths()
{
    // Runs of one user and one month are looked up once: switching back and forth still
    // counts each event where it belongs.
    QTemporaryDir dir;
    const QString path = writeTemp(dir, u"events.csv"_s,
                                   "user_id,event,timestamp\n"
                                   "u1,invoice.sent,2026-01-05\n"
                                   "u1,invoice.sent,2026-02-05\n"
                                   "u2,invoice.sent,2026-01-06\n"
                                   "u1,invoice.sent,2026-01-07\n"
                                   "u1,report.daily,2026-01-07\n"
                                   "u2,invoice.sent,2026-02-08\n"
                                   "u1,invoice.sent,2026-02-09\n");
    const UsageImportResult result = UsageImport::read(path, workspace());
    QVERIFY(result.ok);
    const std::vector<UsageCount> counts {{0, sendInvoiceId, jan(), 2},
                                          {0, reportsId, jan(), 1},
                                          {0, sendInvoiceId, feb(), 2},
                                          {1, sendInvoiceId, jan(), 1},
                                          {1, sendInvoiceId, feb(), 1}};
    QCOMPARE(result.source.counts, counts);
    const std::vector<UsageActivity> activity {{0, jan(), 2, QDate(2026, 1, 7)},
                                               {0, feb(), 2, QDate(2026, 2, 9)},
                                               {1, jan(), 1, QDate(2026, 1, 6)},
                                               {1, feb(), 1, QDate(2026, 2, 8)}};
    QCOMPARE(result.source.activity, activity);
}

void TestEventImport::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // after "FILE:"

    QTest::newRow("csv: missing column")
        << "user_id,event\nu1,a\n"_ba
        << u"1: missing required column: timestamp (the header must be "
           "user_id,event,timestamp[,persona])"_s;
    QTest::newRow("csv: not events")
        << "hello\n"_ba
        << u"1: not an events file: the first line must be the header "
           "user_id,event,timestamp[,persona] or user_id,persona,event,month,count, or a JSON "
           "line of Mixpanel's or Amplitude's export"_s;
    QTest::newRow("csv: malformed line")
        << "user_id,event,timestamp\nu1,a,2026-01-01\nu1,\"a,2026-01-01\n"_ba
        << u"3: a quoted field is not closed"_s;
    QTest::newRow("csv: fields") << "user_id,event,timestamp\nu1,a,2026-01-01,x\n"_ba
                                 << u"2: 4 fields where the header names 3"_s;
    QTest::newRow("csv: timestamp")
        << "user_id,event,timestamp\nu1,a,yesterday\n"_ba
        << u"2: the timestamp \"yesterday\" is not ISO 8601 nor Unix seconds or milliseconds"_s;
    QTest::newRow("csv: UTF-8") << "user_id,event,timestamp\nu\xff,a,2026-01-01\n"_ba
                                << u"2: the line is not UTF-8 text"_s;
    QTest::newRow("csv: empty user")
        << "user_id,event,timestamp\n,a,2026-01-01\n"_ba << u"2: the user_id is empty"_s;
    QTest::newRow("counts: month") << "user_id,persona,event,month,count\nu1,Owner,a,January,3\n"_ba
                                   << u"2: the month \"January\" is not YYYY-MM"_s;
    QTest::newRow("counts: count")
        << "user_id,persona,event,month,count\nu1,Owner,a,2026-01,-3\n"_ba
        << u"2: the count \"-3\" is not a whole number from 0"_s;
    QTest::newRow("mixpanel: not JSON")
        << "{\"event\":\"a\",\"properties\":{\"time\":1,\"distinct_id\":\"u\"}}\n{\"event\":\n"_ba
        << u"2: not JSON: unterminated object at character 10"_s;
    QTest::newRow("mixpanel: no time")
        << "{\"event\":\"a\",\"properties\":{\"distinct_id\":\"u\"}}\n"_ba
        << u"1: no time, or one that is not a timestamp (\"properties.time\")"_s;
    QTest::newRow("mixpanel: UTF-8")
        << "{\"event\":\"a\xc3\",\"properties\":{\"time\":1,\"distinct_id\":\"u\"}}\n"_ba
        << u"1: the line is not UTF-8 text"_s;
    QTest::newRow("amplitude: no user")
        << "{\"event_type\":\"a\",\"event_time\":\"2026-01-01 00:00:00.000000\"}\n"_ba
        << u"1: no user (\"user_id\" nor \"device_id\")"_s;
    QTest::newRow("amplitude: time")
        << "{\"event_type\":\"a\",\"user_id\":\"u\",\"event_time\":\"soon\"}\n"_ba
        << u"1: no time, or one that is not a timestamp (\"event_time\")"_s;
    QTest::newRow("json: neither")
        << "{\"name\":\"a\"}\n"_ba
        << u"1: JSON lines that are neither Mixpanel's export (event, properties) nor "
           "Amplitude's (event_type, user_id, event_time)"_s;
}

void TestEventImport::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = writeTemp(dir, u"bad.txt"_s, content);
    const UsageImportResult result = UsageImport::read(path, workspace());
    QVERIFY(!result.ok);
    const QString message = result.failure.isEmpty() ? result.errors.value(0) : result.failure;
    QCOMPARE(message, path + u':' + expected);
}

void TestEventImport::skipBadRows()
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, u"events.csv"_s,
                                   "user_id,event,timestamp\n"
                                   "u1,invoice.sent,2026-01-05\n"
                                   "u1,invoice.sent,never\n"
                                   "u1,invoice.sent,2026-01-07\n"
                                   "u2,\"bank.reconciled,2026-01-07\n");
    UsageImportResult result = UsageImport::read(path, workspace());
    QVERIFY(!result.ok);
    QCOMPARE(result.badRows, 2);
    QCOMPARE(result.errors.size(), 2);
    QVERIFY(result.errors[1].startsWith(path + u":5: "_s));
    QVERIFY(result.source.counts.empty());

    UsageImportOptions options;
    options.skipBadRows = true;
    result = UsageImport::read(path, workspace(), options);
    QVERIFY(result.ok);
    QCOMPARE(result.badRows, 2);
    QCOMPARE(result.source.events, 2);
    QCOMPARE(result.source.counts, (std::vector<UsageCount> {{0, sendInvoiceId, jan(), 2}}));
}

void TestEventImport::truncatedGzip()
{
    QFile gz(fixture(u"amplitude.json.gz"_s));
    QVERIFY(gz.open(QIODevice::ReadOnly));
    const QByteArray bytes = gz.readAll();
    QTemporaryDir dir;
    const QString path = writeTemp(dir, u"cut.json.gz"_s, bytes.left(bytes.size() - 12));
    const UsageImportResult result = UsageImport::read(path, workspace());
    QVERIFY(!result.ok);
    QCOMPARE(
        result.failure,
        path + u": the gzip file is truncated (it ends after %1 bytes)"_s.arg(bytes.size() - 12));
    QVERIFY(result.source.counts.empty());
}

void TestEventImport::cancel()
{
    QTemporaryDir dir;
    QByteArray lines = "user_id,event,timestamp\n";
    for (int i = 0; i < 70000; ++i)
        lines += "u" + QByteArray::number(i % 50) + ",invoice.sent,2026-01-05\n";
    const QString path = writeTemp(dir, u"big.csv"_s, lines);
    UsageImportOptions options;
    int calls = 0;
    options.progress = [&calls](qint64 done, qint64 total) {
        ++calls;
        return done < total / 100; // cancel at the first report
    };
    const UsageImportResult result = UsageImport::read(path, workspace(), options);
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok);
    QCOMPARE(calls, 1);
}

QTEST_GUILESS_MAIN(TestEventImport)
#include "tst_eventimport.moc"
