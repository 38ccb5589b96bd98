// Observed usage in a shared workspace (issue 22): `parcours import EVENTS --format events -o
// postgresql://…` streams the events to the server (COPY), which aggregates them in SQL into
// what a workspace file would hold; and the warehouse SQL of docs/observed-usage.md makes a
// usage-counts CSV that imports to the same counts. Against a real server
// (tests/support/pgserver.h).
#include "pgserver.h"
#include "shared/pgconnection.h"
#include "shared/sharedserver.h"
#include "shared/sharedstore.h"
#include "store/workspacestore.h"
#include "support/parcoursrun.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(PARCOURS_TEST_DATA) + u"/events/"_s + name;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A source as compared between the server and a file: all but its id and import time.
UsageSource comparable(UsageSource source)
{
    source.id = 0;
    source.importedAt = {};
    return source;
}

} // namespace

class TestSharedUsage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverAggregatesAsAFileDoes_data();
    void serverAggregatesAsAFileDoes();
    void reimportReplacesItsCounts();
    void badRowsImportNothing();
    void publishCarriesTheUsage();
    void warehouseSqlMakesTheSameCounts();

private:
    static CliRun parcours(const QStringList &args);
    // A workspace file whose use cases name the fixtures' events, and a shared copy of it.
    QString mappedFile(const QString &name);
    QString publishedCopy(const QString &file);
    Workspace serverWorkspace(const QString &url);

    PgServer mServer;
    int mCounter = 0;
    QTemporaryDir mDir;
};

void TestSharedUsage::initTestCase()
{
    PARCOURS_START_PGSERVER(mServer);
    QStandardPaths::setTestModeEnabled(true);
}

CliRun TestSharedUsage::parcours(const QStringList &args)
{
    CliOptions options;
    options.environment.insert(u"PGPASSWORD"_s, PgServer::adminPassword());
    return runParcours(args, options);
}

QString TestSharedUsage::mappedFile(const QString &name)
{
    const QString csv = writeFile(
        mDir.filePath(name + u".csv"_s),
        "persona,problem,use_case,why_better,alternative,frequency,weight,status,notes,events\n"
        "Owner,,Send an invoice,,,weekly,,,,invoice.sent\n"
        "Owner,,Read the reports,,,monthly,,,,report.*\n"
        "Accountant,,Reconcile the bank account,,,monthly,,,,bank.reconciled|bank.matched\n");
    const QString file = mDir.filePath(name + u".parcours"_s);
    const CliRun created
        = parcours({u"import"_s, csv, u"--format"_s, u"usecases-csv"_s, u"-o"_s, file});
    if (created.code != 0)
        qFatal("cannot create the workspace: %s", qPrintable(created.err));
    return file;
}

QString TestSharedUsage::publishedCopy(const QString &file)
{
    const QString url = mServer.url(u"u%1"_s.arg(++mCounter));
    const CliRun published = parcours({u"publish"_s, file, url});
    if (published.code != 0)
        qFatal("cannot publish: %s", qPrintable(published.err));
    return url;
}

Workspace TestSharedUsage::serverWorkspace(const QString &url)
{
    std::optional<WorkspaceLocation> location = WorkspaceLocation::parse(url);
    if (!location)
        qFatal("not a location: %s", qPrintable(url));
    location->password = PgServer::adminPassword();
    SharedStore::OpenResult opened = SharedStore::open(*location, WorkspaceStore::Access::ReadOnly);
    if (!opened.store)
        qWarning("cannot open %s: %s", qPrintable(url), qPrintable(opened.error));
    return opened.workspace;
}

void TestSharedUsage::serverAggregatesAsAFileDoes_data()
{
    QTest::addColumn<QString>("events");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("events CSV") << u"events.csv"_s << QStringList();
    QTest::newRow("events CSV, users file")
        << u"events-no-persona.csv"_s << QStringList {u"--users"_s, fixture(u"users.csv"_s)};
    QTest::newRow("Mixpanel") << u"mixpanel.jsonl"_s << QStringList();
    QTest::newRow("Amplitude gzip") << u"amplitude.json.gz"_s << QStringList();
    QTest::newRow("usage counts") << u"usage-counts.csv"_s << QStringList();
    QTest::newRow("window") << u"events.csv"_s
                            << QStringList {u"--from"_s, u"2026-01-06"_s, u"--to"_s,
                                            u"2026-01-31"_s};
}

// The same file imported into a workspace file and into a shared workspace: the same users,
// personas, counts, activity and source, and the same report on the terminal.
void TestSharedUsage::serverAggregatesAsAFileDoes()
{
    QFETCH(QString, events);
    QFETCH(QStringList, options);
    const QString file = mappedFile(u"local%1"_s.arg(mCounter));
    const QString url = publishedCopy(file);

    const QStringList args = QStringList {u"import"_s, fixture(events), u"--format"_s, u"events"_s}
        + options + QStringList {u"-o"_s};
    const CliRun local = parcours(args + QStringList {file});
    const CliRun shared = parcours(args + QStringList {url});
    QVERIFY2(local.code == 0, qPrintable(local.err));
    QVERIFY2(shared.code == 0, qPrintable(shared.err));
    QCOMPARE(shared.err, local.err);
    // The first line names the workspace; the rest is the same word for word.
    QVERIFY2(shared.out.startsWith(u"Imported "_s), qPrintable(shared.out));
    QVERIFY2(shared.out.section(u'\n', 0, 0).contains(u"?workspace=u%1&"_s.arg(mCounter)),
             qPrintable(shared.out));
    QCOMPARE(shared.out.section(u'\n', 1), local.out.section(u'\n', 1));

    const ObservedUsage fromFile = WorkspaceStore::open(file).workspace.usage;
    const ObservedUsage fromServer = serverWorkspace(url).usage;
    QCOMPARE(fromServer.users, fromFile.users);
    QCOMPARE(fromServer.sources.size(), size_t(1));
    QCOMPARE(fromFile.sources.size(), size_t(1));
    QVERIFY(!fromServer.sources[0].counts.empty());
    QCOMPARE(comparable(fromServer.sources[0]), comparable(fromFile.sources[0]));
}

// The same file again replaces its counts (same source, same id); another file adds a source.
void TestSharedUsage::reimportReplacesItsCounts()
{
    const QString url = publishedCopy(mappedFile(u"again"_s));
    const QStringList import {
        u"import"_s, fixture(u"events.csv"_s), u"--format"_s, u"events"_s, u"-o"_s, url};
    CliRun r = parcours(import);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const ObservedUsage first = serverWorkspace(url).usage;
    QCOMPARE(first.sources.size(), size_t(1));

    r = parcours(import);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(u"Re-imported "_s) && r.out.contains(u"replacing its earlier"_s),
             qPrintable(r.out));
    const ObservedUsage second = serverWorkspace(url).usage;
    QCOMPARE(second.sources.size(), size_t(1));
    QCOMPARE(second.sources[0].id, first.sources[0].id);
    QCOMPARE(second.sources[0].counts, first.sources[0].counts);
    QCOMPARE(second.sources[0].activity, first.sources[0].activity);
    QCOMPARE(second.users, first.users);

    r = parcours(
        {u"import"_s, fixture(u"mixpanel.jsonl"_s), u"--format"_s, u"events"_s, u"-o"_s, url});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const ObservedUsage third = serverWorkspace(url).usage;
    QCOMPARE(third.sources.size(), size_t(2));
    QCOMPARE(comparable(third.sources[0]), comparable(second.sources[0]));
}

// A bad row names its line and nothing reaches the server; --skip-bad-rows imports the rest.
void TestSharedUsage::badRowsImportNothing()
{
    const QString url = publishedCopy(mappedFile(u"bad"_s));
    const QString bad = writeFile(mDir.filePath(u"bad.csv"_s),
                                  "user_id,event,timestamp,persona\n"
                                  "u1,invoice.sent,2026-01-05T09:00:00Z,Owner\n"
                                  "u2,invoice.sent,yesterday,Owner\n");
    CliRun r = parcours({u"import"_s, bad, u"--format"_s, u"events"_s, u"-o"_s, url});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"bad.csv:3: "_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"nothing imported (1 bad rows)"_s), qPrintable(r.err));
    QVERIFY(serverWorkspace(url).usage.isEmpty());
    QVERIFY(serverWorkspace(url).usage.users.empty());

    r = parcours(
        {u"import"_s, bad, u"--format"_s, u"events"_s, u"-o"_s, url, u"--skip-bad-rows"_s});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"imported the good rows"_s), qPrintable(r.err));
    const ObservedUsage usage = serverWorkspace(url).usage;
    QCOMPARE(usage.sources.size(), size_t(1));
    QCOMPARE(usage.sources[0].events, qint64(1));
    QCOMPARE(usage.users.size(), size_t(1));
}

// Publishing a workspace file takes its observed usage to the server, and taking the shared
// workspace home brings it back.
void TestSharedUsage::publishCarriesTheUsage()
{
    const QString file = mappedFile(u"carried"_s);
    CliRun r = parcours(
        {u"import"_s, fixture(u"events.csv"_s), u"--format"_s, u"events"_s, u"-o"_s, file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString url = publishedCopy(file);
    const ObservedUsage local = WorkspaceStore::open(file).workspace.usage;
    QCOMPARE(serverWorkspace(url).usage, local);

    const QString home = mDir.filePath(u"home.parcours"_s);
    r = parcours({u"publish"_s, url, home});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(WorkspaceStore::open(home).workspace.usage, local);
}

// The warehouse SQL of docs/observed-usage.md, run on PostgreSQL over an events table holding
// the rows of tests/data/events/events.csv, gives a usage-counts CSV that imports to the
// counts the events themselves give.
void TestSharedUsage::warehouseSqlMakesTheSameCounts()
{
    QFile guide(QStringLiteral(PARCOURS_SOURCE_DIR) + u"/docs/observed-usage.md"_s);
    QVERIFY(guide.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(guide.readAll());
    const qsizetype heading = text.indexOf(u"### Aggregating in a warehouse"_s);
    QVERIFY(heading >= 0);
    const qsizetype start = text.indexOf(u"```sql\n"_s, heading);
    const qsizetype end = text.indexOf(u"```"_s, start + 7);
    QVERIFY(start > 0 && end > start);
    const QString sql = text.mid(start + 7, end - start - 7);

    QVERIFY(mServer.exec({
        u"DROP TABLE IF EXISTS public.events"_s,
        u"CREATE TABLE public.events (user_id text, event text, ts timestamp, persona text)"_s,
        // tests/data/events/events.csv, its times in UTC
        u"INSERT INTO public.events VALUES"
        " ('u1', 'invoice.sent', '2026-01-05 09:00:00', 'Owner'),"
        " ('u1', 'invoice.sent', '2026-01-05 18:00:00', 'Owner'),"
        " ('u1', 'report.monthly', '2026-01-09 12:00:00', 'Owner'),"
        " ('u2', 'bank.reconciled', '2026-01-15 12:00:00', 'Accountant'),"
        " ('u2', 'login', '2026-01-31 23:30:00', 'Accountant'),"
        " ('u3', 'invoice.sent', '2026-02-10 08:00:00', '')"_s,
    }));
    PgConnection connection(mServer.location(u"warehouse"_s));
    QString error;
    QVERIFY2(connection.open(&error), qPrintable(error));
    QSqlQuery q(connection.db());
    QVERIFY2(q.exec(u"SET search_path TO public"_s), qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    QByteArray csv = "user_id,persona,event,month,count\n";
    QStringList rows;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 5; ++i)
            fields << q.value(i).toString();
        rows << fields.join(u',');
    }
    rows.sort();
    // Hand-checked: u1's two invoices of January on one row, u2's login in January (UTC).
    QCOMPARE(
        rows,
        QStringList({u"u1,Owner,invoice.sent,202601,2"_s, u"u1,Owner,report.monthly,202601,1"_s,
                     u"u2,Accountant,bank.reconciled,202601,1"_s, u"u2,Accountant,login,202601,1"_s,
                     u"u3,,invoice.sent,202602,1"_s}));
    csv += rows.join(u'\n').toUtf8() + '\n';
    const QString counts = writeFile(mDir.filePath(u"warehouse.csv"_s), csv);

    // Two copies of one workspace: the same persona and use-case ids.
    const QString fromEvents = mappedFile(u"fromevents"_s);
    const QString fromCounts = mDir.filePath(u"fromcounts.parcours"_s);
    QVERIFY(QFile::copy(fromEvents, fromCounts));
    CliRun r = parcours(
        {u"import"_s, fixture(u"events.csv"_s), u"--format"_s, u"events"_s, u"-o"_s, fromEvents});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = parcours({u"import"_s, counts, u"--format"_s, u"events"_s, u"-o"_s, fromCounts});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"(usage counts)"_s) || r.out.contains(u"usage"_s), qPrintable(r.out));
    const ObservedUsage a = WorkspaceStore::open(fromEvents).workspace.usage;
    const ObservedUsage b = WorkspaceStore::open(fromCounts).workspace.usage;
    QCOMPARE(b.users, a.users);
    QCOMPARE(b.sources.size(), size_t(1));
    QCOMPARE(b.sources[0].counts, a.sources[0].counts);
    QCOMPARE(b.sources[0].events, a.sources[0].events);
}

QTEST_GUILESS_MAIN(TestSharedUsage)
#include "tst_sharedusage.moc"
