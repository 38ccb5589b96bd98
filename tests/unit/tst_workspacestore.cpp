#include "formats/workspacejson.h"
#include "store/migrations.h"
#include "store/workspacestore.h"
#include "support/testworkspaces.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

QByteArray checksum(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

// Runs SQL on a file outside the store, as another program would.
void execSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

} // namespace

class TestWorkspaceStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTripEveryField();
    void fileIsSqliteWithApplicationId();
    void singleFileAfterClose();
    void createdFileHoldsEveryRowAlone();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void newerIncompatibleRefused();
    void newerCompatibleOpensReadOnly();
    void migratesFromVersion1WithBackup();
    void migratesVersion3ToBlueprints();
    void migratesVersion4ToOpportunities();
    void migratesVersion5ToSeverities();
    void migratesVersion6ToSteps();
    void stepsRoundTrip();
    void migratesVersion8ToCurves();
    void curvesRoundTrip();
    void readOnlyFileOpensReadOnly();
    void secondOpenIsBusy();
    void readersReadWhileAWriterHasItOpen();
    void staleLockOfADeadWriterIsTakenOver();
    void aReaderStillInAtCloseLeavesACompleteFile();
    void createOverItsOwnFileKeepsTheLock();
    void saveCopyIsCompleteAndConsistent();
    void checkReportsProblems();

private:
    std::unique_ptr<QTemporaryDir> mDir;
    QString path(const QString &name) const { return mDir->filePath(name); }
};

void TestWorkspaceStore::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
}

void TestWorkspaceStore::roundTripEveryField()
{
    const Workspace original = TestData::everyField();
    {
        WorkspaceStore::OpenResult created
            = WorkspaceStore::create(path(u"w.parcours"_s), original);
        QVERIFY2(created.store, qPrintable(created.error));
        QCOMPARE(created.workspace, original);
    }
    WorkspaceStore::OpenResult reopened = WorkspaceStore::open(path(u"w.parcours"_s));
    QVERIFY2(reopened.store, qPrintable(reopened.error));
    QCOMPARE(reopened.workspace.info, original.info);
    QCOMPARE(reopened.workspace.personas, original.personas);
    QCOMPARE(reopened.workspace.journeys, original.journeys);
    QCOMPARE(reopened.workspace.metrics, original.metrics);
}

void TestWorkspaceStore::fileIsSqliteWithApplicationId()
{
    QVERIFY(WorkspaceStore::create(path(u"w.parcours"_s)).store);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
    db.setDatabaseName(path(u"w.parcours"_s));
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"PRAGMA application_id"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0x50524353);
    QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), Migrations::currentVersion());
    q = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check"_s);
}

void TestWorkspaceStore::singleFileAfterClose()
{
    {
        WorkspaceStore::OpenResult created = WorkspaceStore::create(path(u"w.parcours"_s));
        QVERIFY(created.store);
        Workspace w = TestData::everyField();
        QVERIFY(created.store->write(w, {{PendingWrite::Subtree, EntityRef::persona(101)}}));
        QVERIFY(filesIn(mDir->path()).contains(u"w.parcours-wal"_s)); // WAL while open
    }
    QCOMPARE(filesIn(mDir->path()), QStringList {u"w.parcours"_s});
    WorkspaceStore::OpenResult reopened = WorkspaceStore::open(path(u"w.parcours"_s));
    QCOMPARE(reopened.workspace.personas.size(), size_t(1));
}

void TestWorkspaceStore::rejectsBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("failure");
    QTest::addColumn<QString>("reason");
    QTest::newRow("text file") << u"text"_s << int(WorkspaceStore::Failure::NotAWorkspace)
                               << u"not an SQLite database"_s;
    QTest::newRow("empty file") << u"empty"_s << int(WorkspaceStore::Failure::NotAWorkspace)
                                << u"empty"_s;
    QTest::newRow("foreign sqlite")
        << u"foreign"_s << int(WorkspaceStore::Failure::NotAWorkspace) << u"another program"_s;
    QTest::newRow("truncated") << u"truncated"_s << int(WorkspaceStore::Failure::Corrupt)
                               << u"truncated"_s;
    QTest::newRow("corrupt pages")
        << u"corrupt"_s << int(WorkspaceStore::Failure::Corrupt) << u"corrupt"_s;
    QTest::newRow("missing") << u"missing"_s << int(WorkspaceStore::Failure::NotFound)
                             << u"does not exist"_s;
}

void TestWorkspaceStore::rejectsBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(int, failure);
    QFETCH(QString, reason);
    const QString file = path(u"bad.parcours"_s);
    if (kind == u"text") {
        writeFile(file, "persona,problem\nnot a database\n");
    } else if (kind == u"empty") {
        writeFile(file, {});
    } else if (kind == u"foreign") {
        execSql(file,
                {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
                 u"INSERT INTO notes (body) VALUES ('hello')"_s});
    } else if (kind == u"truncated" || kind == u"corrupt") {
        const QString good = path(u"good.parcours"_s);
        QVERIFY(WorkspaceStore::create(good, TestData::everyField()).store);
        QFile f(good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 8192);
        if (kind == u"truncated") {
            bytes.truncate(bytes.size() / 2);
        } else {
            for (qsizetype i = 4096; i < bytes.size(); i += 7) // scribble over every b-tree page
                bytes[i] = char(0xA5);
        }
        writeFile(file, bytes);
    }
    const QByteArray before = checksum(file);
    const QStringList filesBefore = filesIn(mDir->path());

    const WorkspaceStore::OpenResult result = WorkspaceStore::open(file);
    QVERIFY(!result.store);
    QCOMPARE(int(result.failure), failure);
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    QCOMPARE(checksum(file), before); // the file on disk is untouched
    QCOMPARE(filesIn(mDir->path()), filesBefore); // and nothing was left beside it
}

void TestWorkspaceStore::newerIncompatibleRefused()
{
    const QString file = path(u"newer.parcours"_s);
    QVERIFY(WorkspaceStore::create(file).store);
    execSql(file,
            {u"PRAGMA user_version = 99"_s,
             u"UPDATE parcours_meta SET value = '50' WHERE key = 'min_reader_version'"_s});
    const QByteArray before = checksum(file);
    const WorkspaceStore::OpenResult result = WorkspaceStore::open(file);
    QVERIFY(!result.store);
    QCOMPARE(result.failure, WorkspaceStore::Failure::Newer);
    QVERIFY2(result.error.contains(u"newer version"_s), qPrintable(result.error));
    QVERIFY(result.error.contains(u"99"_s));
    QCOMPARE(checksum(file), before);
}

void TestWorkspaceStore::newerCompatibleOpensReadOnly()
{
    const QString file = path(u"newer.parcours"_s);
    QVERIFY(WorkspaceStore::create(file, TestData::everyField()).store);
    execSql(
        file,
        {u"PRAGMA user_version = 99"_s, u"CREATE TABLE future_feature (id INTEGER PRIMARY KEY)"_s});
    const QByteArray before = checksum(file);
    {
        const WorkspaceStore::OpenResult result = WorkspaceStore::open(file);
        QVERIFY2(result.store, qPrintable(result.error));
        QVERIFY(result.store->isReadOnly());
        QCOMPARE(result.migration.outcome, MigrationOutcome::NewerCompatible);
        QVERIFY(result.notice.contains(u"read-only"_s));
        QCOMPARE(result.workspace, TestData::everyField());
    }
    QCOMPARE(checksum(file), before);
}

void TestWorkspaceStore::migratesFromVersion1WithBackup()
{
    const QString file = path(u"v1.parcours"_s);
    QString error;
    QVERIFY2(WorkspaceStore::createAtVersion(file, 1, &error), qPrintable(error));
    execSql(file, {u"INSERT INTO persona (id, position, name) VALUES (7, 0, 'Old persona')"_s});
    const QByteArray original = checksum(file);

    const WorkspaceStore::OpenResult result = WorkspaceStore::open(file);
    QVERIFY2(result.store, qPrintable(result.error));
    QCOMPARE(result.migration.outcome, MigrationOutcome::Upgraded);
    QCOMPARE(result.migration.fromVersion, 1);
    QCOMPARE(result.migration.toVersion, Migrations::currentVersion());
    QCOMPARE(result.workspace.personas.size(), size_t(1));
    QCOMPARE(result.workspace.personas.front().name, u"Old persona"_s);
    QVERIFY(result.notice.contains(u"Upgraded"_s));
    QCOMPARE(checksum(result.backupPath), original); // the untouched original is kept
    // The upgraded file accepts data of the new tables.
    Workspace w = result.workspace;
    w.metrics.push_back({55, QDate(2026, 2, 1), QDate(2026, 2, 28), 1, 2, 3, {}, {}});
    QVERIFY2(result.store->write(w, {{PendingWrite::Row, EntityRef::metricPeriod(55)}}),
             qPrintable(result.store->lastError()));
}

// A file of schema 3 (before service blueprints): its lanes and cells open unchanged, in no
// group and without marks, and take blueprint data once upgraded.
void TestWorkspaceStore::migratesVersion3ToBlueprints()
{
    const QString file = path(u"v3.parcours"_s);
    QString error;
    QVERIFY2(WorkspaceStore::createAtVersion(file, 3, &error), qPrintable(error));
    execSql(file,
            {u"INSERT INTO journey (id, position, name) VALUES (1, 0, 'Old journey')"_s,
             u"INSERT INTO stage (id, journey_id, position, name) VALUES (2, 1, 0, 'Pay')"_s,
             u"INSERT INTO lane (id, journey_id, position, name, kind, visible)"
             " VALUES (3, 1, 0, 'Actions', 'text', 1)"_s,
             u"INSERT INTO lane (id, journey_id, position, name, kind, visible)"
             " VALUES (4, 1, 1, 'Systems', 'text', 0)"_s,
             u"INSERT INTO cell (stage_id, lane_id, text) VALUES (2, 3, 'Pays')"_s});
    const QByteArray original = checksum(file);

    WorkspaceStore::OpenResult result = WorkspaceStore::open(file);
    QVERIFY2(result.store, qPrintable(result.error));
    QCOMPARE(result.migration.outcome, MigrationOutcome::Upgraded);
    QCOMPARE(result.migration.fromVersion, 3);
    QCOMPARE(result.migration.toVersion, Migrations::currentVersion());
    QVERIFY(result.backupPath.endsWith(u".v3.bak"_s));
    QCOMPARE(checksum(result.backupPath), original);
    Journey expected;
    expected.id = 1;
    expected.name = u"Old journey"_s;
    expected.lanes
        = {{3, u"Actions"_s, LaneKind::Text, true}, {4, u"Systems"_s, LaneKind::Text, false}};
    Stage pay;
    pay.id = 2;
    pay.withOneStep();
    pay.name = u"Pay"_s;
    pay.firstCells().insert(3, {u"Pays"_s});
    expected.stages = {pay};
    QCOMPARE(result.workspace.journeys.size(), size_t(1));
    QVERIFY(result.workspace.journeys.front() == expected);

    // The upgraded file keeps groups, marks and arrows.
    Workspace w = result.workspace;
    Journey &j = w.journeys.front();
    j.lanes[1].group = u"support"_s;
    Cell &pays = j.stages[0].firstCells()[3];
    pays.failurePoint = true;
    pays.wait = u"3 days"_s;
    pays.arrows = {{2, 4}};
    QVERIFY2(result.store->write(w, {{PendingWrite::Subtree, EntityRef::journey(1)}}),
             qPrintable(result.store->lastError()));
    const Workspace expectedAfter = w;
    result.store.reset(); // closed: the next open is the only one
    const WorkspaceStore::OpenResult reopened = WorkspaceStore::open(file);
    QVERIFY2(reopened.store, qPrintable(reopened.error));
    QCOMPARE(reopened.migration.outcome, MigrationOutcome::Current);
    QVERIFY(reopened.workspace.journeys.front() == expectedAfter.journeys.front());
}

// A file of schema 4 (before opportunities) opens with none, keeps a backup, and takes
// opportunities once upgraded.
void TestWorkspaceStore::migratesVersion4ToOpportunities()
{
    const QString file = path(u"v4.parcours"_s);
    QString error;
    QVERIFY2(WorkspaceStore::createAtVersion(file, 4, &error), qPrintable(error));
    execSql(file,
            {u"INSERT INTO journey (id, position, name) VALUES (1, 0, 'Old journey')"_s,
             u"INSERT INTO stage (id, journey_id, position, name) VALUES (2, 1, 0, 'Pay')"_s});
    const QByteArray original = checksum(file);

    WorkspaceStore::OpenResult result = WorkspaceStore::open(file);
    QVERIFY2(result.store, qPrintable(result.error));
    QCOMPARE(result.migration.outcome, MigrationOutcome::Upgraded);
    QCOMPARE(result.migration.fromVersion, 4);
    QCOMPARE(result.migration.toVersion, Migrations::currentVersion());
    QVERIFY(result.backupPath.endsWith(u".v4.bak"_s));
    QCOMPARE(checksum(result.backupPath), original);
    QVERIFY(result.workspace.opportunities.empty());
    QCOMPARE(result.workspace.journeys.front().stages.front().name, u"Pay"_s);

    Workspace w = result.workspace;
    Opportunity o;
    o.id = 9;
    o.title = u"Pay in one click"_s;
    o.status = OpportunityStatus::Done;
    o.customerValue = 5;
    o.businessValue = 1;
    o.effort = 2;
    o.votes = 4;
    o.links = {{OpportunityLink::Kind::Stage, 2, 0}};
    w.opportunities = {o};
    QVERIFY2(result.store->write(w, {{PendingWrite::Row, EntityRef::opportunity(9)}}),
             qPrintable(result.store->lastError()));
    result.store.reset();
    const WorkspaceStore::OpenResult reopened = WorkspaceStore::open(file);
    QVERIFY2(reopened.store, qPrintable(reopened.error));
    QCOMPARE(reopened.migration.outcome, MigrationOutcome::Current);
    QVERIFY(reopened.workspace == w);
}

// A file of schema 5 (before pain-point severities) opens with the same map and none set,
// keeps a .v5.bak copy, and takes severities once upgraded.
void TestWorkspaceStore::migratesVersion5ToSeverities()
{
    const QString file = path(u"v5.parcours"_s);
    QString error;
    QVERIFY2(WorkspaceStore::createAtVersion(file, 5, &error), qPrintable(error));
    execSql(file,
            {u"INSERT INTO journey (id, position, name) VALUES (1, 0, 'Old journey')"_s,
             u"INSERT INTO stage (id, journey_id, position, name) VALUES (2, 1, 0, 'Pay')"_s,
             u"INSERT INTO lane (id, journey_id, position, name) VALUES (3, 1, 0, 'Pains')"_s,
             u"INSERT INTO cell (stage_id, lane_id, text, failure_point) VALUES "
             "(2, 3, 'Slow page' || char(10) || 'Card refused', 1)"_s});
    const QByteArray original = checksum(file);

    WorkspaceStore::OpenResult result = WorkspaceStore::open(file);
    QVERIFY2(result.store, qPrintable(result.error));
    QCOMPARE(result.migration.outcome, MigrationOutcome::Upgraded);
    QCOMPARE(result.migration.fromVersion, 5);
    QCOMPARE(result.migration.toVersion, Migrations::currentVersion());
    QVERIFY(result.backupPath.endsWith(u".v5.bak"_s));
    QCOMPARE(checksum(result.backupPath), original);
    Journey expected;
    expected.id = 1;
    expected.name = u"Old journey"_s;
    expected.lanes = {{3, u"Pains"_s}};
    Stage pay;
    pay.id = 2;
    pay.withOneStep();
    pay.name = u"Pay"_s;
    Cell pains {u"Slow page\nCard refused"_s};
    pains.failurePoint = true;
    pay.firstCells().insert(3, pains);
    expected.stages = {pay};
    QCOMPARE(result.workspace.journeys.size(), size_t(1));
    QVERIFY(result.workspace.journeys.front() == expected);

    Workspace w = result.workspace;
    w.journeys.front().stages.front().firstCells()[3].severities
        = {PainSeverity::None, PainSeverity::Abandonment};
    QVERIFY2(result.store->write(w, {{PendingWrite::Subtree, EntityRef::journey(1)}}),
             qPrintable(result.store->lastError()));
    result.store.reset();
    {
        const WorkspaceStore::OpenResult reopened = WorkspaceStore::open(file);
        QVERIFY2(reopened.store, qPrintable(reopened.error));
        QCOMPARE(reopened.migration.outcome, MigrationOutcome::Current);
        QVERIFY(reopened.workspace == w);
    }

    // An unknown severity in the file is refused, naming it; the file is left alone.
    execSql(file, {u"UPDATE cell SET severities = 'trivial|awful'"_s});
    const QByteArray damaged = checksum(file);
    const WorkspaceStore::OpenResult refused = WorkspaceStore::open(file);
    QVERIFY(!refused.store);
    QVERIFY2(refused.error.contains(u"a cell's pain-point severity is unknown: awful"_s),
             qPrintable(refused.error));
    QCOMPARE(checksum(file), damaged);
}

// A file written by schema 6 (before steps; tests/data/schema6, with its JSON export) opens as
// the same map, each stage a stage of one step with the stage's id holding its cells (arrows
// still point where they did), keeps a .v6.bak copy, and is refused by older versions.
void TestWorkspaceStore::migratesVersion6ToSteps()
{
    const QString data = QStringLiteral(PARCOURS_TEST_DATA) + u"/schema6/"_s;
    const QString file = path(u"v6.parcours"_s);
    QVERIFY(QFile::copy(data + u"sample-v6.parcours"_s, file));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray original = checksum(file);
    QFile json(data + u"sample-v6.json"_s);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const WorkspaceJson::ReadResult expected = WorkspaceJson::read(json.readAll());
    QVERIFY2(expected.error.isEmpty(), qPrintable(expected.error));

    WorkspaceStore::OpenResult result = WorkspaceStore::open(file);
    QVERIFY2(result.store, qPrintable(result.error));
    QCOMPARE(result.migration.outcome, MigrationOutcome::Upgraded);
    QCOMPARE(result.migration.fromVersion, 6);
    QCOMPARE(result.migration.toVersion, Migrations::currentVersion()); // steps are 7
    QVERIFY(Migrations::currentVersion() >= 7);
    QVERIFY(result.backupPath.endsWith(u".v6.bak"_s));
    QCOMPARE(checksum(result.backupPath), original);
    QVERIFY(result.workspace == expected.workspace);
    const Journey &j = result.workspace.journeys.front();
    for (const Stage &stage : j.stages) {
        QCOMPARE(stage.steps.size(), size_t(1));
        QCOMPARE(stage.steps.front().id, stage.id);
    }
    const Cell &first = j.stages[0].firstCells().value(j.stages[0].firstCells().keys().front());
    Q_UNUSED(first);
    int arrows = 0;
    for (const Stage &stage : j.stages) {
        for (const Cell &cell : stage.firstCells())
            arrows += int(cell.arrows.size());
    }
    QCOMPARE(arrows, 1);
    result.store.reset();

    // Schema 6 apps refuse the file with the "newer version" message.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"minReader"_s);
    db.setDatabaseName(file);
    QVERIFY(db.open());
    QCOMPARE(Migrations::minReaderVersion(db), 7);
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"minReader"_s);
    QCOMPARE(Migrations::assess(7, 7, 6), MigrationOutcome::NewerIncompatible);
}

// Stages of several steps, named and ordered, with cells and an arrow to another stage's
// second step, come back from the file as they were; a step merged away goes with its cells.
void TestWorkspaceStore::stepsRoundTrip()
{
    Workspace w = TestData::everyField();
    Journey &j = w.journeys.front();
    Stage &first = j.stages.front();
    first.steps.front().name = u"Form"_s;
    first.steps.push_back({7001, u"Confirmation e-mail"_s, {}});
    first.steps.push_back({7002, u"First login"_s, {}});
    const Id lane = j.lanes.front().id;
    first.steps[1].cells.insert(lane, {u"Clicks the link"_s});
    first.steps[2].cells.insert(lane, {u"Logs in"_s, std::nullopt});
    first.steps[2].cells[lane].arrows = {{7001, lane}};
    const QString file = path(u"steps.parcours"_s);
    QVERIFY(WorkspaceStore::create(file, w).store);
    {
        WorkspaceStore::OpenResult reopened = WorkspaceStore::open(file);
        QVERIFY2(reopened.store, qPrintable(reopened.error));
        QVERIFY(reopened.workspace == w);
        // Merging the second step into the first: one stage row written, the step and its
        // cells gone from the file.
        Stage &stage = w.journeys.front().stages.front();
        stage.steps.erase(stage.steps.begin() + 1);
        stage.steps[1].cells[lane].arrows.clear();
        QVERIFY2(reopened.store->write(
                     w,
                     {{PendingWrite::Row, EntityRef::stage(w.journeys.front().id, stage.id)},
                      {PendingWrite::Row, EntityRef::cell(w.journeys.front().id, 7002, lane)}}),
                 qPrintable(reopened.store->lastError()));
    }
    const WorkspaceStore::OpenResult again = WorkspaceStore::open(file);
    QVERIFY2(again.store, qPrintable(again.error));
    QVERIFY(again.workspace == w);
}

// A file of schema 8 (stages of several steps) opens as it was, without curves or a compared
// journey; the .v8.bak copy is kept; curves and the link then reach the file.
void TestWorkspaceStore::migratesVersion8ToCurves()
{
    const QString data = QStringLiteral(PARCOURS_TEST_DATA) + u"/schema8/"_s;
    const QString file = path(u"v8.parcours"_s);
    QVERIFY(QFile::copy(data + u"sample-v8.parcours"_s, file));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray original = checksum(file);
    QFile json(data + u"sample-v8.json"_s);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const WorkspaceJson::ReadResult expected = WorkspaceJson::read(json.readAll());
    QVERIFY2(expected.error.isEmpty(), qPrintable(expected.error));

    Workspace w;
    {
        WorkspaceStore::OpenResult result = WorkspaceStore::open(file);
        QVERIFY2(result.store, qPrintable(result.error));
        QCOMPARE(result.migration.outcome, MigrationOutcome::Upgraded);
        QCOMPARE(result.migration.fromVersion, 8);
        QCOMPARE(result.migration.toVersion, Migrations::currentVersion()); // and any step after it
        QVERIFY(result.backupPath.endsWith(u".v8.bak"_s));
        QCOMPARE(checksum(result.backupPath), original);
        QVERIFY(result.workspace == *expected.workspace);
        w = result.workspace;
        Journey &j = w.journeys.front();
        const Stage &signUp = j.stages[2];
        QCOMPARE(signUp.steps.size(), size_t(3));
        QCOMPARE(signUp.steps[1].name, u"Confirmation e-mail"_s);
        Id emotion = 0;
        for (const Lane &lane : j.lanes)
            emotion = lane.kind == LaneKind::Emotion ? lane.id : emotion;
        QCOMPARE(signUp.steps[1].cells.value(emotion).emotion, std::optional<double>(-1));
        QVERIFY(signUp.steps[1].cells.value(emotion).curves.isEmpty());
        QCOMPARE(j.compareWith, Id(0));
        j.stages[2].steps[1].cells[emotion].curves
            = {{w.personas[0].id, -2.0}, {w.personas[1].id, 1.5}};
        j.compareWith = j.id + 1; // a dangling link reads back as written
        QVERIFY2(result.store->write(
                     w,
                     {{PendingWrite::Row, EntityRef::journey(j.id)},
                      {PendingWrite::Row, EntityRef::cell(j.id, signUp.steps[1].id, emotion)}}),
                 qPrintable(result.store->lastError()));
    }
    const WorkspaceStore::OpenResult again = WorkspaceStore::open(file);
    QVERIFY2(again.store, qPrintable(again.error));
    QCOMPARE(again.migration.outcome, MigrationOutcome::Current);
    QVERIFY(again.workspace == w);
}

// Several personas' curves and the compared journey come back as they were; points removed,
// and a cell emptied of its only curve, leave the file.
void TestWorkspaceStore::curvesRoundTrip()
{
    Workspace w = TestData::withCurves();
    const QString file = path(u"curves.parcours"_s);
    QVERIFY(WorkspaceStore::create(file, w).store);
    {
        WorkspaceStore::OpenResult reopened = WorkspaceStore::open(file);
        QVERIFY2(reopened.store, qPrintable(reopened.error));
        QCOMPARE(reopened.workspace.journeys, w.journeys);
        Journey &j = w.journeys.front();
        j.stages[0].firstCells()[403].curves.remove(101);
        j.stages[1].steps[1].cells.remove(403);
        j.compareWith = 0;
        QVERIFY2(reopened.store->write(w,
                                       {{PendingWrite::Row, EntityRef::cell(j.id, 501, 403)},
                                        {PendingWrite::Row, EntityRef::cell(j.id, 511, 403)},
                                        {PendingWrite::Row, EntityRef::journey(j.id)}}),
                 qPrintable(reopened.store->lastError()));
    }
    {
        WorkspaceStore::OpenResult again = WorkspaceStore::open(file);
        QVERIFY2(again.store, qPrintable(again.error));
        QCOMPARE(again.workspace.journeys, w.journeys);
        // A stage put back whole (its steps changed) brings its cells' curves with it.
        Stage &second = w.journeys.front().stages[1];
        Cell moved;
        moved.curves = {{101, -0.25}};
        second.steps[0].cells.insert(403, moved);
        QVERIFY2(
            again.store->write(
                w, {{PendingWrite::Subtree, EntityRef::stage(w.journeys.front().id, second.id)}}),
            qPrintable(again.store->lastError()));
    }
    const WorkspaceStore::OpenResult last = WorkspaceStore::open(file);
    QVERIFY2(last.store, qPrintable(last.error));
    QCOMPARE(last.workspace.journeys, w.journeys);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"points"_s);
    db.setDatabaseName(file);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM curve_point"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // 102 at stage 501, 101 at stage 502
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"points"_s);
}

void TestWorkspaceStore::readOnlyFileOpensReadOnly()
{
    const QString file = path(u"ro.parcours"_s);
    QVERIFY(WorkspaceStore::create(file, TestData::everyField()).store);
    QFile::setPermissions(file, QFile::ReadOwner);
    const QByteArray before = checksum(file);
    {
        const WorkspaceStore::OpenResult result = WorkspaceStore::open(file);
        QVERIFY2(result.store, qPrintable(result.error));
        QVERIFY(result.store->isReadOnly());
        QVERIFY(result.notice.contains(u"read-only"_s));
        Workspace w = result.workspace;
        QVERIFY(!result.store->write(w, {{PendingWrite::Row, EntityRef::persona(101)}}));
    }
    QCOMPARE(checksum(file), before);
}

void TestWorkspaceStore::secondOpenIsBusy()
{
    const QString file = path(u"w.parcours"_s);
    WorkspaceStore::OpenResult first = WorkspaceStore::create(file, TestData::everyField());
    QVERIFY(first.store);
    const WorkspaceStore::OpenResult second = WorkspaceStore::open(file);
    QVERIFY(!second.store);
    QCOMPARE(second.failure, WorkspaceStore::Failure::Busy);
    QVERIFY2(second.error.contains(u"open in another"_s), qPrintable(second.error));
    // The first is unaffected and still writes.
    QVERIFY(first.store->write(first.workspace, {{PendingWrite::Row, EntityRef::persona(101)}}));
}

void TestWorkspaceStore::readersReadWhileAWriterHasItOpen()
{
    const QString file = path(u"w.parcours"_s);
    WorkspaceStore::OpenResult writer = WorkspaceStore::create(file, TestData::everyField());
    QVERIFY2(writer.store, qPrintable(writer.error));
    QVERIFY(filesIn(mDir->path()).contains(u"w.parcours.lock"_s));
    {
        const WorkspaceStore::OpenResult reader
            = WorkspaceStore::open(file, WorkspaceStore::Access::ReadOnly);
        QVERIFY2(reader.store, qPrintable(reader.error));
        QVERIFY(reader.store->isReadOnly());
        QCOMPARE(reader.workspace, TestData::everyField());
    }
    QCOMPARE(WorkspaceStore::check(file), QStringList());
    // Saving a copy over a workspace open for writing is refused: it stays as it was.
    WorkspaceStore::OpenResult other = WorkspaceStore::create(path(u"other.parcours"_s));
    QVERIFY(other.store);
    const QByteArray before = checksum(file);
    QString error;
    QVERIFY(!other.store->saveCopy(file, &error));
    QVERIFY2(error.contains(u"open in another"_s), qPrintable(error));
    QCOMPARE(checksum(file), before);
}

// A writer that died (a crash, kill -9) leaves its lock file: it does not lock the workspace
// for ever.
void TestWorkspaceStore::staleLockOfADeadWriterIsTakenOver()
{
    const QString file = path(u"w.parcours"_s);
    QVERIFY(WorkspaceStore::create(file, TestData::everyField()).store);
    QProcess gone;
    gone.start(u"true"_s, {});
    QVERIFY(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    QVERIFY(gone.waitForFinished());
    QFile lock(file + u".lock"_s);
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(deadPid) + "\nParcours\n" + QSysInfo::machineHostName().toUtf8()
               + "\n");
    lock.close();

    const WorkspaceStore::OpenResult opened = WorkspaceStore::open(file);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QCOMPARE(opened.workspace, TestData::everyField());
    QCOMPARE(WorkspaceStore::open(file).failure, WorkspaceStore::Failure::Busy); // locked anew
}

// A reader still connected when the window closes keeps the file in WAL mode, but the file
// alone holds every edit: a copy of it without its side files is complete.
void TestWorkspaceStore::aReaderStillInAtCloseLeavesACompleteFile()
{
    const QString file = path(u"w.parcours"_s);
    WorkspaceStore::OpenResult writer = WorkspaceStore::create(file, TestData::everyField());
    QVERIFY(writer.store);
    writer.workspace.personas.front().name = u"Renamed"_s;
    QVERIFY(writer.store->write(writer.workspace, {{PendingWrite::Row, EntityRef::persona(101)}}));
    const Workspace written = writer.workspace;
    const WorkspaceStore::OpenResult reader
        = WorkspaceStore::open(file, WorkspaceStore::Access::ReadOnly);
    QVERIFY2(reader.store, qPrintable(reader.error));
    writer.store.reset();
    QVERIFY(!filesIn(mDir->path()).contains(u"w.parcours.lock"_s));
    QCOMPARE(QFileInfo(file + u"-wal"_s).size(), 0); // all in the file
    QVERIFY(QFile::copy(file, path(u"copy.parcours"_s)));
    const WorkspaceStore::OpenResult copy = WorkspaceStore::open(path(u"copy.parcours"_s));
    QVERIFY2(copy.store, qPrintable(copy.error));
    QCOMPARE(copy.workspace, written);
}

// Save As over the store's own file (after a failed write): the new file is written, and the
// lock passes to the store that opens it, with no moment where a second writer could come in.
void TestWorkspaceStore::createOverItsOwnFileKeepsTheLock()
{
    const QString file = path(u"w.parcours"_s);
    WorkspaceStore::OpenResult first = WorkspaceStore::create(file);
    QVERIFY(first.store);
    WorkspaceStore::OpenResult replaced
        = WorkspaceStore::create(file, TestData::everyField(), {}, first.store.get());
    QVERIFY2(replaced.store, qPrintable(replaced.error));
    QCOMPARE(replaced.workspace, TestData::everyField());
    first.store.reset(); // it gave its lock away
    QCOMPARE(WorkspaceStore::open(file).failure, WorkspaceStore::Failure::Busy);
    QVERIFY(
        replaced.store->write(replaced.workspace, {{PendingWrite::Row, EntityRef::persona(101)}}));
    replaced.store.reset();
    QCOMPARE(filesIn(mDir->path()), QStringList {u"w.parcours"_s});
    QCOMPARE(WorkspaceStore::open(file).workspace, TestData::everyField());
}

// A new file is written unsynced in WAL mode and checkpointed before it is renamed into place:
// the file alone, with no log beside it, must hold every row from the start.
void TestWorkspaceStore::createdFileHoldsEveryRowAlone()
{
    const WorkspaceStore::OpenResult created
        = WorkspaceStore::create(path(u"w.parcours"_s), TestData::everyField());
    QVERIFY2(created.store, qPrintable(created.error));
    const QStringList files = filesIn(mDir->path());
    QVERIFY2(!files.join(u' ').contains(u"tmp"_s), qPrintable(files.join(u' ')));
    QVERIFY(QFile::copy(path(u"w.parcours"_s), path(u"alone.parcours"_s)));
    const WorkspaceStore::OpenResult alone = WorkspaceStore::open(path(u"alone.parcours"_s));
    QVERIFY2(alone.store, qPrintable(alone.error));
    QCOMPARE(alone.workspace, TestData::everyField());
}

void TestWorkspaceStore::saveCopyIsCompleteAndConsistent()
{
    WorkspaceStore::OpenResult opened
        = WorkspaceStore::create(path(u"a.parcours"_s), TestData::everyField());
    QVERIFY(opened.store);
    QString error;
    QVERIFY2(opened.store->saveCopy(path(u"b.parcours"_s), &error), qPrintable(error));
    QVERIFY(!filesIn(mDir->path()).join(u' ').contains(u"tmp"_s)); // no temporary left
    {
        const WorkspaceStore::OpenResult copy = WorkspaceStore::open(path(u"b.parcours"_s));
        QVERIFY2(copy.store, qPrintable(copy.error));
        QCOMPARE(copy.workspace, TestData::everyField());
    }
    QCOMPARE(WorkspaceStore::check(path(u"b.parcours"_s)), QStringList());
}

void TestWorkspaceStore::checkReportsProblems()
{
    const QString good = path(u"good.parcours"_s);
    QVERIFY(WorkspaceStore::create(good, TestData::everyField()).store);
    QCOMPARE(WorkspaceStore::check(good), QStringList());

    const QString text = path(u"text.parcours"_s);
    writeFile(text, "hello");
    QCOMPARE(WorkspaceStore::check(text).size(), 1);

    const QString dangling = path(u"dangling.parcours"_s);
    QVERIFY(WorkspaceStore::create(dangling).store);
    execSql(dangling, {u"INSERT INTO use_case (id, persona_id, position) VALUES (1, 999, 0)"_s});
    const QStringList problems = WorkspaceStore::check(dangling);
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.join(u'\n').contains(u"use_case"_s), qPrintable(problems.join(u'\n')));

    // Values another program wrote that no edit could store: listed, each with its row.
    const QString tampered = path(u"tampered.parcours"_s);
    QVERIFY(WorkspaceStore::create(tampered, TestData::everyField()).store);
    execSql(tampered,
            {u"UPDATE use_case SET freq_times = -1 WHERE id = 201"_s,
             u"UPDATE use_case SET weight = -3, status = 'weird' WHERE id = 202"_s});
    const QStringList found = WorkspaceStore::check(tampered);
    QCOMPARE(found.size(), 3);
    QVERIFY2(found.contains(u"persona \"Acheteur «maison»\", use case \"Search listings\": the "
                            "number of uses must be greater than zero"_s),
             qPrintable(found.join(u'\n')));
    QVERIFY2(found.contains(u"persona \"Acheteur «maison»\", use case \"Zestimate\": negative "
                            "weight -3"_s),
             qPrintable(found.join(u'\n')));
    QVERIFY2(found.contains(u"use case 202: unknown status \"weird\""_s),
             qPrintable(found.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestWorkspaceStore)
#include "tst_workspacestore.moc"
