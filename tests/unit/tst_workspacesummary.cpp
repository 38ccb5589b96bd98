// What `parcours info` reads of a file (issue 24): StoreReader::readSummary() gives what a
// whole read gives (use-case counts, forgotten-zone verdicts, journeys' personas and stages),
// from schema 15's index over the use cases' verdict columns, and a file of schema 14 is
// upgraded to it (in a private copy when read-only).
#include "analytics/forgottenzone.h"
#include "store/migrations.h"
#include "store/storereadersummary.h"
#include "store/workspacestore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

UseCase useCase(Id id, std::optional<UsageFrequency> frequency, std::optional<double> weight,
                UseCaseStatus status = UseCaseStatus::Current)
{
    UseCase u;
    u.id = id;
    u.problem = u"A problem of %1"_s.arg(id);
    if (frequency)
        u.frequency = *frequency;
    u.weight = weight;
    u.status = status;
    return u;
}

Workspace sample()
{
    Workspace w;
    Persona buyer;
    buyer.id = 1;
    buyer.name = u"Acheteur «maison»"_s;
    // Below monthly by weight (3 of 4), though only one of two current segments; a planned
    // use case, not counted in today's verdict, would tip it the other way.
    buyer.useCases = {useCase(11, UsageFrequency(1, 1, Period::Year), 3.0),
                      useCase(12, UsageFrequency(2, 1, Period::Week), 1.0),
                      useCase(13, UsageFrequency(5, 1, Period::Day), 9.0, UseCaseStatus::Planned),
                      useCase(14, std::nullopt, std::nullopt)};
    Persona admin;
    admin.id = 2;
    admin.name = u"Admin"_s;
    admin.useCases = {useCase(21, UsageFrequency(1, 1, Period::Day), std::nullopt)};
    Persona nobody;
    nobody.id = 3;
    nobody.name = u"Nobody yet"_s;
    w.personas = {buyer, admin, nobody};
    Journey checkout;
    checkout.id = 5;
    checkout.name = u"Checkout"_s;
    checkout.personaId = 1;
    checkout.stages.resize(3);
    checkout.stages[0].id = 51;
    checkout.stages[0].name = u"Découverte"_s;
    checkout.stages[1].id = 52;
    checkout.stages[1].name = u"注册"_s;
    checkout.stages[2].id = 53;
    checkout.stages[2].name = u"Pay"_s;
    Journey free;
    free.id = 6;
    free.name = u"Without a persona"_s;
    free.stages.resize(1);
    free.stages[0].id = 61;
    free.stages[0].name = u"Only"_s;
    w.journeys = {checkout, free};
    return w;
}

bool execSql(const QString &file, const QStringList &statements, QStringList *rows = nullptr)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
        db.setDatabaseName(file);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(sql)) {
                qWarning() << sql << q.lastError().text();
                ok = false;
            }
            while (ok && rows && q.next())
                rows->append(q.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fixture"_s);
    return ok;
}

void compareSummaries(const WorkspaceSummary &read, const WorkspaceSummary &expected)
{
    QCOMPARE(read.personas.size(), expected.personas.size());
    for (size_t i = 0; i < read.personas.size(); ++i) {
        QCOMPARE(read.personas[i].name, expected.personas[i].name);
        QCOMPARE(read.personas[i].useCases, expected.personas[i].useCases);
        QCOMPARE(read.personas[i].forgottenZone, expected.personas[i].forgottenZone);
    }
    QCOMPARE(read.journeys.size(), expected.journeys.size());
    for (size_t i = 0; i < read.journeys.size(); ++i) {
        QCOMPARE(read.journeys[i].name, expected.journeys[i].name);
        QCOMPARE(read.journeys[i].persona, expected.journeys[i].persona);
        QCOMPARE(read.journeys[i].stages, expected.journeys[i].stages);
    }
}

} // namespace

class TestWorkspaceSummary : public QObject
{
    Q_OBJECT

private slots:
    void summaryIsWhatAWholeReadGives();
    void summaryKeepsEachPersonasOrder();
    void stagesKeepEachJourneysOrder();
    void damagedRowsAreNamed();
    void schema14FileGetsTheVerdictIndex();
};

void TestWorkspaceSummary::summaryIsWhatAWholeReadGives()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"w.parcours"_s);
    QVERIFY(WorkspaceStore::create(file, sample()).store);

    const WorkspaceStore::OpenResult whole
        = WorkspaceStore::open(file, WorkspaceStore::Access::ReadOnly);
    QVERIFY2(whole.store, qPrintable(whole.error));
    const WorkspaceStore::OpenResult summary = WorkspaceStore::open(
        file, WorkspaceStore::Access::ReadOnly, WorkspaceStore::Reading::Summary);
    QVERIFY2(summary.store, qPrintable(summary.error));
    QVERIFY(summary.workspace.personas.empty()); // the summary only
    compareSummaries(summary.summary, summaryOf(whole.workspace));

    // And what that is, as `parcours info` prints it.
    const WorkspaceSummary &s = summary.summary;
    QCOMPARE(s.personas[0].useCases, qsizetype(4));
    QVERIFY(s.personas[0].forgottenZone);
    QCOMPARE(s.personas[1].useCases, qsizetype(1));
    QVERIFY(!s.personas[1].forgottenZone);
    QCOMPARE(s.personas[2].useCases, qsizetype(0));
    QCOMPARE(s.journeys[0].persona.value_or(QString()), u"Acheteur «maison»"_s);
    QCOMPARE(s.journeys[0].stages, (QStringList {u"Découverte"_s, u"注册"_s, u"Pay"_s}));
    QVERIFY(!s.journeys[1].persona);
}

// The rows are read in each persona's order (position, then id), as a whole read holds them
// (the verdict's sums of weights depend on it): rows written out of order (ids, positions and
// personas interleaved) are counted for their own persona.
void TestWorkspaceSummary::summaryKeepsEachPersonasOrder()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"w.parcours"_s);
    Workspace w = sample();
    w.personas[0].useCases.clear();
    QVERIFY(WorkspaceStore::create(file, w).store);
    QVERIFY(execSql(
        file,
        {u"INSERT INTO use_case (id, persona_id, position, freq_times, freq_interval, freq_period,"
         " weight) VALUES (90, 1, 2, 1, 1, 'year', 1), (91, 2, 1, 1, 1, 'year', NULL),"
         " (92, 1, 0, 1, 1, 'day', 1), (80, 1, 1, 1, 1, 'year', 1)"_s}));
    const WorkspaceStore::OpenResult whole
        = WorkspaceStore::open(file, WorkspaceStore::Access::ReadOnly);
    QVERIFY2(whole.store, qPrintable(whole.error));
    QCOMPARE(whole.workspace.personas[0].useCases.size(), size_t(3));
    QCOMPARE(whole.workspace.personas[0].useCases[0].id, Id(92)); // position 0
    const WorkspaceStore::OpenResult summary = WorkspaceStore::open(
        file, WorkspaceStore::Access::ReadOnly, WorkspaceStore::Reading::Summary);
    QVERIFY2(summary.store, qPrintable(summary.error));
    compareSummaries(summary.summary, summaryOf(whole.workspace));
    QCOMPARE(summary.summary.personas[0].useCases, qsizetype(3));
    QVERIFY(summary.summary.personas[0].forgottenZone); // 2 of 3 below monthly
    QCOMPARE(summary.summary.personas[1].useCases, qsizetype(2));
}

// The stages are read in table order and sorted by journey, position and id, as a whole read
// holds them: rows written interleaved, out of order and with equal positions.
void TestWorkspaceSummary::stagesKeepEachJourneysOrder()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"w.parcours"_s);
    QVERIFY(WorkspaceStore::create(file, sample()).store);
    QVERIFY(execSql(file,
                    {u"INSERT INTO stage (id, journey_id, position, name) VALUES"
                     " (70, 6, 5, 'Late'), (71, 5, -1, 'First'), (72, 6, -2, 'Early'),"
                     " (49, 5, 1, 'Tied, lower id'), (99, 5, 1, 'Tied, higher id')"_s}));
    const WorkspaceStore::OpenResult whole
        = WorkspaceStore::open(file, WorkspaceStore::Access::ReadOnly);
    QVERIFY2(whole.store, qPrintable(whole.error));
    const WorkspaceStore::OpenResult summary = WorkspaceStore::open(
        file, WorkspaceStore::Access::ReadOnly, WorkspaceStore::Reading::Summary);
    QVERIFY2(summary.store, qPrintable(summary.error));
    compareSummaries(summary.summary, summaryOf(whole.workspace));
    QCOMPARE(summary.summary.journeys[0].stages,
             (QStringList {u"First"_s, u"Découverte"_s, u"Tied, lower id"_s, u"注册"_s,
                           u"Tied, higher id"_s, u"Pay"_s}));
    QCOMPARE(summary.summary.journeys[1].stages, (QStringList {u"Early"_s, u"Only"_s, u"Late"_s}));
}

void TestWorkspaceSummary::damagedRowsAreNamed()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"w.parcours"_s);
    QVERIFY(WorkspaceStore::create(file, sample()).store);
    auto summaryError = [&file]() {
        const WorkspaceStore::OpenResult r = WorkspaceStore::open(
            file, WorkspaceStore::Access::ReadOnly, WorkspaceStore::Reading::Summary);
        return r.store ? QString() : r.error;
    };
    QVERIFY(execSql(file, {u"UPDATE use_case SET freq_period = 'fortnight' WHERE id = 12"_s}));
    QCOMPARE(summaryError(),
             u"the file is corrupt: use case 12 has an unknown frequency period \"fortnight\""_s);
    QVERIFY(execSql(file,
                    {u"UPDATE use_case SET freq_period = 'week' WHERE id = 12"_s,
                     u"UPDATE use_case SET persona_id = 77 WHERE id = 21"_s}));
    QCOMPARE(summaryError(), u"the file is corrupt: use case 21 belongs to no persona"_s);
    QVERIFY(execSql(file,
                    {u"UPDATE use_case SET persona_id = 2 WHERE id = 21"_s,
                     u"UPDATE stage SET journey_id = 77 WHERE id = 53"_s}));
    QCOMPARE(summaryError(), u"the file is corrupt: stage 53 belongs to no journey"_s);
}

// A file of schema 14: `info` reads it in an upgraded private copy (the file stays at 14),
// opening it for writing upgrades it, and SQLite then answers the summary's use-case query
// from the index alone.
void TestWorkspaceSummary::schema14FileGetsTheVerdictIndex()
{
    QCOMPARE(useCaseVerdictIndexSchemaVersion, 15);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"v14.parcours"_s);
    QString error;
    QVERIFY2(WorkspaceStore::createAtVersion(file, 14, &error), qPrintable(error));
    QVERIFY(
        execSql(file,
                {u"INSERT INTO persona (id, position, name) VALUES (1, 0, 'Buyer')"_s,
                 u"INSERT INTO use_case (id, persona_id, position, freq_times, freq_interval,"
                 " freq_period, weight, status) VALUES (11, 1, 0, 1, 1, 'year', 2, 'current'),"
                 " (12, 1, 1, 1, 1, 'day', 1, 'current'), (13, 1, 2, 1, 1, 'day', 9, 'planned')"_s,
                 u"INSERT INTO journey (id, position, name, persona_id) VALUES (5, 0, 'J', 1)"_s,
                 u"INSERT INTO stage (id, journey_id, position, name) VALUES (51, 5, 0, 'S')"_s}));
    const QString indexQuery
        = u"SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'use_case_verdict'"_s;
    {
        const WorkspaceStore::OpenResult read = WorkspaceStore::open(
            file, WorkspaceStore::Access::ReadOnly, WorkspaceStore::Reading::Summary);
        QVERIFY2(read.store, qPrintable(read.error));
        QCOMPARE(read.migration.fromVersion, 14);
        QCOMPARE(read.migration.toVersion, Migrations::currentVersion());
        QCOMPARE(read.summary.personas.size(), size_t(1));
        QCOMPARE(read.summary.personas[0].useCases, qsizetype(3));
        QVERIFY(read.summary.personas[0].forgottenZone); // by weight, 2 of 3
        QCOMPARE(read.summary.journeys[0].persona.value_or(QString()), u"Buyer"_s);
    }
    QStringList rows;
    QVERIFY(execSql(file, {u"PRAGMA user_version"_s, indexQuery}, &rows));
    QCOMPARE(rows, QStringList {u"14"_s}); // the original as it was, without the index

    {
        const WorkspaceStore::OpenResult upgraded = WorkspaceStore::open(file);
        QVERIFY2(upgraded.store, qPrintable(upgraded.error));
        QCOMPARE(upgraded.migration.fromVersion, 14);
        QVERIFY(upgraded.backupPath.endsWith(u".v14.bak"_s));
    }
    rows.clear();
    QVERIFY(execSql(file,
                    {u"PRAGMA user_version"_s, indexQuery,
                     u"SELECT value FROM parcours_meta WHERE key = 'min_reader_version'"_s},
                    &rows));
    QCOMPARE(rows, (QStringList {u"15"_s, u"use_case_verdict"_s, u"7"_s}));
    // The plan's detail (EXPLAIN QUERY PLAN's fourth column): the index alone, no sorter.
    QStringList plan;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plan"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"EXPLAIN QUERY PLAN SELECT persona_id, id, status, freq_times,"
                       " freq_interval, freq_period, weight FROM use_case"
                       " ORDER BY persona_id, position, id"_s));
        while (q.next())
            plan << q.value(3).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"plan"_s);
    QCOMPARE(plan, QStringList {u"SCAN use_case USING COVERING INDEX use_case_verdict"_s});
}

QTEST_MAIN(TestWorkspaceSummary)
#include "tst_workspacesummary.moc"
