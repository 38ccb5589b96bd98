// Opportunity links per step (issue 18): a cell link names a step and a lane, follows its step
// through split, merge, moves and deletion (each one undo step), and reaches every format: the
// file (with schema 14 mapping older cell links to their stage's first step), the workspace
// JSON, the opportunities CSV and versions' snapshots (and what changed since one), old forms
// of each still read.
#include "analytics/workspacediff.h"
#include "document/edits.h"
#include "document/editsopportunity.h"
#include "document/editssteps.h"
#include "document/workspacedocument.h"
#include "domain/opportunitylinkplace.h"
#include "formats/opportunitycsvformat.h"
#include "formats/workspacejson.h"
#include "formats/workspacesnapshot.h"
#include "store/migrations.h"
#include "store/storereader.h"
#include "store/workspacestore.h"
#include "support/saasjourneytest.h"

#include "formats/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

using Kind = OpportunityLink::Kind;

class TestOpportunitySteps : public TestData::SaasJourneyTest
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keyNamesTheStep();
    void madeFromACellLinksItsStep();
    void linksFollowReorderSplitAndMoves();
    void mergedStepsAndStagesTakeTheirLinks();
    void deletedStageHidesLinksUntilUndo();
    void jsonRoundTripAndOlderJson();
    void csvRoundTripAndOlderHeader();
    void snapshotOfFormat1ReadsFirstSteps();
    void schema12FileUpgradesToFirstSteps();

private:
    // The first stage, made of three steps: its own and two added; their ids.
    std::vector<Id> threeSteps();
    Id textLane() const;
    const Opportunity &made() const { return mDoc->workspace().opportunities.back(); }

    Id mStage = 0;
};

void TestOpportunitySteps::init()
{
    const QString error = createFile(u"links"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestOpportunitySteps::cleanup()
{
    mDoc.reset();
}

std::vector<Id> TestOpportunitySteps::threeSteps()
{
    mStage = journey().stages.front().id;
    Edit::addStep(*mDoc, mJourneyId, mStage, -1, u"Form"_s);
    Edit::addStep(*mDoc, mJourneyId, mStage, -1, u"Confirmation"_s);
    std::vector<Id> ids;
    for (const Step &s : journey().stages.front().steps)
        ids.push_back(s.id);
    return ids;
}

Id TestOpportunitySteps::textLane() const
{
    for (const Lane &l : journey().lanes) {
        if (l.kind == LaneKind::Text)
            return l.id;
    }
    return 0;
}

void TestOpportunitySteps::keyNamesTheStep()
{
    const std::vector<Id> steps = threeSteps();
    QVERIFY(steps.size() >= 3);
    const OpportunityLink cell {Kind::Cell, steps[2], textLane()};
    QCOMPARE(opportunityLinksKey({cell}), u"cell:%1:%2"_s.arg(steps[2]).arg(textLane()));
    QVERIFY(linkResolves(mDoc->workspace(), cell));
    const LinkPlace place = linkPlace(mDoc->workspace(), cell);
    QCOMPARE(place.stage->id, mStage);
    QCOMPARE(place.step->name, u"Confirmation"_s);
    // The stage's id is no step's once its own step is gone: a cell link to it names nothing.
    QVERIFY(Edit::moveStep(*mDoc, mJourneyId, steps[0], 2));
    QVERIFY(Edit::mergeStepIntoPrevious(*mDoc, mJourneyId, steps[0]));
    QVERIFY(!linkResolves(mDoc->workspace(), {Kind::Cell, mStage, textLane()}));
    QVERIFY(linkResolves(mDoc->workspace(), {Kind::Stage, mStage, 0}));
}

void TestOpportunitySteps::madeFromACellLinksItsStep()
{
    const std::vector<Id> steps = threeSteps();
    const Id lane = textLane();
    const int undoBefore = mDoc->undoStack()->index();
    const Id id = Edit::makeOpportunityFromCell(*mDoc, mJourneyId, steps[1], lane, u" Fix it "_s);
    QVERIFY(id);
    QCOMPARE(mDoc->undoStack()->index(), undoBefore + 1);
    QCOMPARE(made().title, u"Fix it"_s);
    const std::vector<OpportunityLink> expected
        = {{Kind::Stage, mStage, 0}, {Kind::Cell, steps[1], lane}};
    QCOMPARE(made().links, expected);
    QVERIFY(!Edit::makeOpportunityFromCell(*mDoc, mJourneyId, 424242, lane, u"x"_s));
    QCOMPARE(reopened().stages.front().steps.size(), size_t(3));
    QCOMPARE(made().links, expected); // the file keeps the step
    mDoc->undoStack()->setIndex(0);
}

void TestOpportunitySteps::linksFollowReorderSplitAndMoves()
{
    const std::vector<Id> steps = threeSteps();
    const Id lane = textLane();
    const Id id = Edit::makeOpportunityFromCell(*mDoc, mJourneyId, steps[1], lane, u"Fix"_s);
    const std::vector<OpportunityLink> links = made().links;
    const auto stageOfCell = [&] {
        return linkPlace(mDoc->workspace(), made().links[1]).stage->id;
    };

    QVERIFY(Edit::moveStep(*mDoc, mJourneyId, steps[1], 0)); // reorder
    QCOMPARE(made().links, links);
    QCOMPARE(stageOfCell(), mStage);

    const Id second = Edit::splitStage(*mDoc, mJourneyId, steps[2]);
    QVERIFY(second);
    QVERIFY(Edit::moveStepToNeighbour(*mDoc, mJourneyId, steps[1], true)); // into the new stage
    QCOMPARE(made().links, links);
    QCOMPARE(stageOfCell(), second);
    QCOMPARE(liveLinks(mDoc->workspace(), made()).size(), size_t(2));
    mDoc->undoStack()->undo();
    QCOMPARE(stageOfCell(), mStage);
    QCOMPARE(mDoc->workspace().opportunity(id)->links, links);
}

void TestOpportunitySteps::mergedStepsAndStagesTakeTheirLinks()
{
    const std::vector<Id> steps = threeSteps();
    const Id lane = textLane();
    Edit::makeOpportunityFromCell(*mDoc, mJourneyId, steps[2], lane, u"Fix"_s);
    const std::vector<OpportunityLink> links = made().links;

    // Merging the step into the one before: its cell's link now names the kept step's cell.
    int index = mDoc->undoStack()->index();
    QVERIFY(Edit::mergeStepIntoPrevious(*mDoc, mJourneyId, steps[2]));
    QCOMPARE(mDoc->undoStack()->index(), index + 1);
    QCOMPARE(made().links[1], (OpportunityLink {Kind::Cell, steps[1], lane}));
    mDoc->undoStack()->undo();
    QCOMPARE(made().links, links);

    // Split, then a link to the new stage; merging it back moves that link to the kept stage.
    const Id second = Edit::splitStage(*mDoc, mJourneyId, steps[2]);
    const Id other = Edit::makeOpportunityFromCell(*mDoc, mJourneyId, steps[2], lane, u"Two"_s);
    QCOMPARE(made().links.front(), (OpportunityLink {Kind::Stage, second, 0}));
    index = mDoc->undoStack()->index();
    QVERIFY(Edit::mergeStageIntoPrevious(*mDoc, mJourneyId, second));
    QCOMPARE(mDoc->undoStack()->index(), index + 1);
    QCOMPARE(
        mDoc->workspace().opportunity(other)->links,
        (std::vector<OpportunityLink> {{Kind::Stage, mStage, 0}, {Kind::Cell, steps[2], lane}}));
    QCOMPARE(reopened().stages.front().steps.size(), size_t(3));
    QCOMPARE(mDoc->workspace().opportunity(other)->links.front(),
             (OpportunityLink {Kind::Stage, mStage, 0}));
}

void TestOpportunitySteps::deletedStageHidesLinksUntilUndo()
{
    const std::vector<Id> steps = threeSteps();
    Edit::makeOpportunityFromCell(*mDoc, mJourneyId, steps[1], textLane(), u"Fix"_s);
    const std::vector<OpportunityLink> links = made().links;
    Edit::removeStage(*mDoc, mJourneyId, mStage);
    QCOMPARE(made().links, links); // kept, as every link to something deleted
    QVERIFY(liveLinks(mDoc->workspace(), made()).empty());
    mDoc->undoStack()->undo();
    QCOMPARE(liveLinks(mDoc->workspace(), made()), links);
}

void TestOpportunitySteps::jsonRoundTripAndOlderJson()
{
    const std::vector<Id> steps = threeSteps();
    const Id lane = textLane();
    Edit::makeOpportunityFromCell(*mDoc, mJourneyId, steps[2], lane, u"Fix"_s);
    const Workspace &w = mDoc->workspace();
    const QByteArray json = WorkspaceJson::write(w);
    const WorkspaceJson::ReadResult back = WorkspaceJson::read(json);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QCOMPARE(back.workspace->opportunities, w.opportunities);

    // The cell link as written: its stage (what older versions read) and its step.
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray opportunities = root.value(u"opportunities"_s).toArray();
    QJsonObject o = opportunities.last().toObject();
    QJsonArray links = o.value(u"links"_s).toArray();
    QJsonObject cell = links[1].toObject();
    QCOMPARE(cell.value(u"stage"_s).toInteger(), mStage);
    QCOMPARE(cell.value(u"step"_s).toInteger(), steps[2]);

    // A file from before steps in links has no "step": the stage's first step.
    cell.remove(u"step"_s);
    links[1] = cell;
    o.insert(u"links"_s, links);
    opportunities[opportunities.size() - 1] = o;
    root.insert(u"opportunities"_s, opportunities);
    const WorkspaceJson::ReadResult old = WorkspaceJson::read(QJsonDocument(root).toJson());
    QVERIFY2(old.error.isEmpty(), qPrintable(old.error));
    QCOMPARE(old.workspace->opportunities.back().links[1],
             (OpportunityLink {Kind::Cell, steps[0], lane}));

    // A step of another stage is refused, naming where.
    cell.insert(u"step"_s, double(journey().stages[1].steps.front().id));
    links[1] = cell;
    o.insert(u"links"_s, links);
    opportunities[opportunities.size() - 1] = o;
    root.insert(u"opportunities"_s, opportunities);
    const WorkspaceJson::ReadResult wrong = WorkspaceJson::read(QJsonDocument(root).toJson());
    QVERIFY(!wrong.workspace);
    QVERIFY2(wrong.error.contains(u"links[1].step"_s), qPrintable(wrong.error));
    QVERIFY2(wrong.error.contains(u"is no step of stage"_s), qPrintable(wrong.error));
}

void TestOpportunitySteps::csvRoundTripAndOlderHeader()
{
    const std::vector<Id> steps = threeSteps();
    const Id lane = textLane();
    Edit::makeOpportunityFromCell(*mDoc, mJourneyId, steps[2], lane, u"Fix"_s);
    const Workspace &w = mDoc->workspace();
    const WorkspaceFormat *format = WorkspaceFormats::find(u"opportunities-csv"_s);
    QVERIFY(format);
    const QByteArray csv = format->write(w, {}).data;
    Csv::Document table = Csv::read(csv);
    const QStringList header = table.records.first().fields;
    QCOMPARE(header.last(), u"link_steps"_s);
    QStringList row;
    for (const Csv::Record &r : table.records) {
        if (r.fields.first() == u"Fix")
            row = r.fields;
    }
    QCOMPARE(row.last(), u"\n3"_s); // the stage link, then the cell's step: the third

    ImportOptions options;
    options.fileName = u"o.csv"_s;
    options.target = &w;
    const auto importedFix = [&](const QByteArray &data) {
        ImportResult read = format->read(data, options);
        if (!read.errors.isEmpty())
            qWarning() << read.errors;
        std::vector<OpportunityLink> links;
        for (const Opportunity &o :
             read.fragment ? read.fragment->opportunities : std::vector<Opportunity>()) {
            if (o.title == u"Fix")
                links = o.links;
        }
        return links;
    };
    const std::vector<OpportunityLink> stepLinks
        = {{Kind::Stage, mStage, 0}, {Kind::Cell, steps[2], lane}};
    QCOMPARE(importedFix(csv), stepLinks);

    // The header before link_steps still imports: the cell on its stage's first step.
    QList<QStringList> rows;
    for (const Csv::Record &r : table.records)
        rows << r.fields.first(r.fields.size() - 1);
    const std::vector<OpportunityLink> firstStep
        = {{Kind::Stage, mStage, 0}, {Kind::Cell, steps[0], lane}};
    QCOMPARE(importedFix(Csv::write(rows)), firstStep);

    // A step the stage does not have is an error naming the line and the stage.
    rows.clear();
    for (const Csv::Record &r : table.records) {
        QStringList fields = r.fields;
        if (fields.first() == u"Fix")
            fields.last() = u"\n7"_s;
        rows << fields;
    }
    const ImportResult bad = format->read(Csv::write(rows), options);
    QCOMPARE(bad.errors.size(), 1);
    QVERIFY2(bad.errors.first().contains(u"link_steps: \"7\" is not a step of"_s),
             qPrintable(bad.errors.first()));
}

void TestOpportunitySteps::snapshotOfFormat1ReadsFirstSteps()
{
    const std::vector<Id> steps = threeSteps();
    const Id lane = textLane();
    // The stage's own step last: its first step's id is no longer the stage's.
    QVERIFY(Edit::moveStep(*mDoc, mJourneyId, steps[0], 2));
    Edit::makeOpportunityFromCell(*mDoc, mJourneyId, steps[2], lane, u"Fix"_s);
    const Workspace w = mDoc->workspace();
    const QByteArray stored = WorkspaceSnapshot::pack(w);
    QCOMPARE(int(stored.at(4)), 3); // the format that knows step links
    QCOMPARE(*WorkspaceSnapshot::unpack(stored).workspace, w);

    // A format 2 snapshot, saved before: its cell link names the stage.
    Workspace old = w;
    old.opportunities.back().links[1] = {Kind::Cell, mStage, lane};
    const QByteArray format2
        = QByteArray("PRCV") + char(2) + qCompress(WorkspaceSnapshot::encode(old), 3);
    const WorkspaceSnapshot::ReadResult read = WorkspaceSnapshot::unpack(format2);
    QVERIFY2(read.workspace, qPrintable(read.error));
    QCOMPARE(read.workspace->opportunities.back().links[1],
             (OpportunityLink {Kind::Cell, steps[1], lane})); // the stage's first step now
    const QByteArray format4 = QByteArray("PRCV") + char(4) + format2.mid(5);
    QVERIFY(!WorkspaceSnapshot::unpack(format4).workspace);

    // What changed since that version: the link, from the first step to the card step; with
    // the link on the first step now, nothing.
    const auto opportunityChanges = [](const WorkspaceDiff &diff) {
        QStringList fields;
        for (const ChangeGroup &g : diff.groups) {
            for (const ItemChange &c :
                 g.kind == u"opportunities" ? g.changes : std::vector<ItemChange>()) {
                for (const FieldChange &f : c.fields)
                    fields << c.name + u": "_s + f.field;
            }
        }
        return fields;
    };
    QCOMPARE(opportunityChanges(WorkspaceDiff::compare(*read.workspace, w)),
             QStringList {u"Fix: links"_s});
    Workspace onFirst = w;
    onFirst.opportunities.back().links[1] = {Kind::Cell, steps[1], lane};
    QVERIFY(opportunityChanges(WorkspaceDiff::compare(*read.workspace, onFirst)).isEmpty());
}

namespace {

bool execSql(const QString &file, const QStringList &statements)
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
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fixture"_s);
    return ok;
}

} // namespace

// A file of schema 12 (before links named steps; h1's 13 may come between): its cell links
// name stages, read as their first steps, and the upgrade writes them so.
void TestOpportunitySteps::schema12FileUpgradesToFirstSteps()
{
    QCOMPARE(opportunityStepsSchemaVersion, 14);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"v12.parcours"_s);
    QString error;
    QVERIFY2(WorkspaceStore::createAtVersion(file, 12, &error), qPrintable(error));
    // Stage 2 has steps 21 (first) and 2; stage 3 its own step 3; lane 4.
    QVERIFY(
        execSql(file,
                {u"INSERT INTO journey (id, position, name) VALUES (1, 0, 'Checkout')"_s,
                 u"INSERT INTO stage (id, journey_id, position, name) VALUES (2, 1, 0, 'Pay')"_s,
                 u"INSERT INTO stage (id, journey_id, position, name) VALUES (3, 1, 1, 'Ship')"_s,
                 u"INSERT INTO step (id, stage_id, position, name) VALUES (21, 2, 0, 'Card')"_s,
                 u"INSERT INTO step (id, stage_id, position, name) VALUES (2, 2, 1, 'Confirm')"_s,
                 u"INSERT INTO step (id, stage_id, position, name) VALUES (3, 3, 0, '')"_s,
                 u"INSERT INTO lane (id, journey_id, position, name) VALUES (4, 1, 0, 'Pains')"_s,
                 u"INSERT INTO opportunity (id, position, title, links) VALUES"
                 " (9, 0, 'One click', 'stage:2 cell:2:4 cell:3:4')"_s}));
    const std::vector<OpportunityLink> expected
        = {{Kind::Stage, 2, 0}, {Kind::Cell, 21, 4}, {Kind::Cell, 3, 4}};

    { // Read as it is, without upgrading (as a viewer reads an older shared workspace).
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"asis"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        Workspace w;
        StoreReader reader(db);
        QVERIFY2(reader.read(w), qPrintable(reader.error()));
        QCOMPARE(w.opportunities.front().links, expected);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"asis"_s);

    WorkspaceStore::OpenResult result = WorkspaceStore::open(file);
    QVERIFY2(result.store, qPrintable(result.error));
    QCOMPARE(result.migration.fromVersion, 12);
    QCOMPARE(result.migration.toVersion, Migrations::currentVersion());
    QVERIFY(result.backupPath.endsWith(u".v12.bak"_s));
    QCOMPARE(result.workspace.opportunities.front().links, expected);
    result.store.reset();

    QString stored;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"after"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT links FROM opportunity WHERE id = 9"_s) && q.next());
        stored = q.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"after"_s);
    QCOMPARE(stored, u"stage:2 cell:21:4 cell:3:4"_s);
    const WorkspaceStore::OpenResult again = WorkspaceStore::open(file);
    QVERIFY2(again.store, qPrintable(again.error));
    QCOMPARE(again.migration.outcome, MigrationOutcome::Current);
    QCOMPARE(again.workspace.opportunities.front().links, expected);
}

QTEST_GUILESS_MAIN(TestOpportunitySteps)
#include "tst_opportunitysteps.moc"
