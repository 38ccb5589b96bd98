// Opportunity links per step in a shared workspace (issue 18), against the PostgreSQL server
// tests/support/pgserver.h starts: cell links naming steps come back as written; a workspace
// of the schema before (cell links naming stages) reads as naming their first steps, whether a
// viewer reads it as it is or an editor's connection upgrades it (schema 14).
#include "support/pgserver.h"

#include "shared/sharedserver.h"
#include "shared/sharedstore.h"
#include "store/migrations.h"

#include <QTest>

using namespace Parcours;
using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

namespace {

using Kind = OpportunityLink::Kind;

// Stage 2 of steps 21 then 2 (its own id second), stage 3 of its own step; lane 4.
Workspace steppedWorkspace()
{
    Workspace w;
    w.info.name = u"Stepped"_s;
    Journey j;
    j.id = 1;
    j.name = u"Checkout"_s;
    j.lanes = {{4, u"Pains"_s}};
    Stage pay;
    pay.id = 2;
    pay.name = u"Pay"_s;
    pay.steps = {Step {21, u"Card"_s, {}}, Step {2, u"Confirm"_s, {}}};
    Stage ship;
    ship.id = 3;
    ship.name = u"Ship"_s;
    ship.withOneStep();
    j.stages = {pay, ship};
    w.journeys = {j};
    Opportunity o;
    o.id = 9;
    o.title = u"One click"_s;
    o.links = {{Kind::Stage, 2, 0}, {Kind::Cell, 2, 4}, {Kind::Cell, 3, 4}};
    w.opportunities = {o};
    return w;
}

} // namespace

class TestSharedOpportunitySteps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stepLinksRoundTrip();
    void olderWorkspaceReadsFirstStepsAndUpgrades();

private:
    PgServer mServer;
};

void TestSharedOpportunitySteps::initTestCase()
{
    PARCOURS_START_PGSERVER(mServer);
}

void TestSharedOpportunitySteps::stepLinksRoundTrip()
{
    Workspace w = steppedWorkspace();
    QString error;
    QVERIFY2(SharedServer::publish(mServer.location(u"stepped"_s), w, {}, &error),
             qPrintable(error));
    {
        SharedStore::OpenResult opened = SharedStore::open(mServer.location(u"stepped"_s));
        QVERIFY2(opened.store, qPrintable(opened.error));
        QCOMPARE(opened.schemaVersion, Migrations::currentVersion());
        QCOMPARE(opened.workspace.opportunities, w.opportunities);
        // The cell link moved to the stage's first step, written as one row.
        w.opportunities.front().links[1] = {Kind::Cell, 21, 4};
        const WriteResult written
            = opened.store->commit(w, {{PendingWrite::Row, EntityRef::opportunity(9)}});
        QVERIFY2(written.status == WriteResult::Written, qPrintable(written.error));
    }
    const SharedStore::OpenResult again
        = SharedStore::open(mServer.location(u"stepped"_s), WorkspaceStore::Access::ReadOnly);
    QVERIFY2(again.store, qPrintable(again.error));
    QCOMPARE(again.workspace.opportunities, w.opportunities);
}

void TestSharedOpportunitySteps::olderWorkspaceReadsFirstStepsAndUpgrades()
{
    QString error;
    QVERIFY2(SharedServer::publish(mServer.location(u"older"_s), steppedWorkspace(), {}, &error),
             qPrintable(error));
    // As the schema before wrote it: cell links name stages, and no later step's index.
    const int before = opportunityStepsSchemaVersion - 1;
    QVERIFY2(mServer.exec({u"UPDATE parcours_older.opportunity SET links ="
                           " 'stage:2 cell:2:4 cell:3:4'"_s,
                           u"DROP INDEX parcours_older.use_case_verdict"_s,
                           u"UPDATE parcours_older.parcours_meta SET value = '%1'"
                           " WHERE key = 'schema_version'"_s.arg(before)},
                          &error),
             qPrintable(error));
    const std::vector<OpportunityLink> expected
        = {{Kind::Stage, 2, 0}, {Kind::Cell, 21, 4}, {Kind::Cell, 3, 4}};

    { // Read as it is, as a viewer reads it: not upgraded.
        const SharedStore::OpenResult viewer
            = SharedStore::open(mServer.location(u"older"_s), WorkspaceStore::Access::ReadOnly);
        QVERIFY2(viewer.store, qPrintable(viewer.error));
        QCOMPARE(viewer.schemaVersion, before);
        QCOMPARE(viewer.workspace.opportunities.front().links, expected);
    }
    { // An editor's connection upgrades it.
        const SharedStore::OpenResult editor = SharedStore::open(mServer.location(u"older"_s));
        QVERIFY2(editor.store, qPrintable(editor.error));
        QCOMPARE(editor.schemaVersion, Migrations::currentVersion());
        QVERIFY2(editor.notice.contains(u"Upgraded"_s), qPrintable(editor.notice));
        QCOMPARE(editor.workspace.opportunities.front().links, expected);
    }
    // The rows now name the steps: read at the current schema, they give the same links.
    const SharedStore::OpenResult after
        = SharedStore::open(mServer.location(u"older"_s), WorkspaceStore::Access::ReadOnly);
    QVERIFY2(after.store, qPrintable(after.error));
    QCOMPARE(after.schemaVersion, Migrations::currentVersion());
    QCOMPARE(after.workspace.opportunities.front().links, expected);
}

QTEST_GUILESS_MAIN(TestSharedOpportunitySteps)
#include "tst_sharedopportunitysteps.moc"
