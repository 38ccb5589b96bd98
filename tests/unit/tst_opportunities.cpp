#include "analytics/forgottenzonereport.h"
#include "analytics/opportunityranking.h"
#include "document/edits.h"
#include "document/editsopportunity.h"
#include "formats/workspacejson.h"
#include "store/workspacestore.h"
#include "support/testworkspaces.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

// Opportunities (issue 20): the score and quadrants, the edits and their undo, links to things
// deleted later, and the file and JSON round trips.
class TestOpportunities : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void scoreByHand_data();
    void scoreByHand();
    void quadrants_data();
    void quadrants();
    void keysReadBack();
    void unreadableLinksRefused_data();
    void unreadableLinksRefused();

    void addEditDeleteUndo();
    void linkAndUnlinkUndo();
    void refusedValuesLeaveNoUndoStep();
    void linksToDeletedItemsAreIgnoredAndComeBackOnUndo();
    void fileKeepsOpportunities();
    void jsonRoundTrip();
    void jsonImportRemapsLinks();
    void badJsonNamesThePlace_data();
    void badJsonNamesThePlace();
    void reportRanksByScore();

private:
    Opportunity &first() { return mWorkspace.opportunities.front(); }
    const Opportunity &firstInDoc() const { return mDoc->workspace().opportunities.front(); }
    QString undoText() const { return mDoc->undoStack()->undoText(); }

    Workspace mWorkspace;
    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<WorkspaceDocument> mDoc;
};

void TestOpportunities::init()
{
    mWorkspace = TestData::everyField();
    mDoc.reset();
    mDir = std::make_unique<QTemporaryDir>();
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(mDir->filePath(u"w.parcours"_s), mWorkspace);
    QVERIFY2(created.document, qPrintable(created.error));
    mDoc = std::move(created.document);
}

void TestOpportunities::scoreByHand_data()
{
    QTest::addColumn<int>("customer");
    QTest::addColumn<int>("business");
    QTest::addColumn<int>("effort");
    QTest::addColumn<int>("votes");
    QTest::addColumn<int>("total");
    QTest::addColumn<double>("score");
    // (c + b) × (1 + votes / total) / effort
    QTest::newRow("no votes anywhere") << 4 << 2 << 3 << 0 << 0 << 2.0; // 6 × 1 / 3
    QTest::newRow("a quarter of the votes") << 5 << 5 << 2 << 3 << 12 << 6.25; // 10 × 1.25 / 2
    QTest::newRow("every vote") << 1 << 1 << 1 << 4 << 4 << 4.0; // 2 × 2 / 1
    QTest::newRow("none of the votes") << 3 << 4 << 5 << 0 << 9 << 1.4; // 7 × 1 / 5
}

void TestOpportunities::scoreByHand()
{
    QFETCH(int, customer);
    QFETCH(int, business);
    QFETCH(int, effort);
    QFETCH(int, votes);
    QFETCH(int, total);
    QFETCH(double, score);
    Opportunity o;
    o.customerValue = customer;
    o.businessValue = business;
    o.effort = effort;
    o.votes = votes;
    QCOMPARE(opportunityScore(o, total), score);
}

void TestOpportunities::quadrants_data()
{
    QTest::addColumn<int>("customer");
    QTest::addColumn<int>("business");
    QTest::addColumn<int>("effort");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::newRow("value 6, effort 2") << 3 << 3 << 2 << u"quick_win"_s << u"Quick win"_s;
    QTest::newRow("value 10, effort 1") << 5 << 5 << 1 << u"quick_win"_s << u"Quick win"_s;
    QTest::newRow("value 6, effort 3") << 1 << 5 << 3 << u"big_bet"_s << u"Big bet"_s;
    QTest::newRow("value 5, effort 2") << 2 << 3 << 2 << u"fill_in"_s << u"Fill-in"_s;
    QTest::newRow("value 2, effort 1") << 1 << 1 << 1 << u"fill_in"_s << u"Fill-in"_s;
    QTest::newRow("value 5, effort 3") << 4 << 1 << 3 << u"money_pit"_s << u"Money pit"_s;
    QTest::newRow("value 2, effort 5") << 1 << 1 << 5 << u"money_pit"_s << u"Money pit"_s;
}

void TestOpportunities::quadrants()
{
    QFETCH(int, customer);
    QFETCH(int, business);
    QFETCH(int, effort);
    QFETCH(QString, key);
    QFETCH(QString, name);
    Opportunity o;
    o.customerValue = customer;
    o.businessValue = business;
    o.effort = effort;
    const OpportunityQuadrant quadrant = opportunityQuadrant(o);
    QCOMPARE(opportunityQuadrantKey(quadrant), key);
    QCOMPARE(opportunityQuadrantName(quadrant), name);
}

void TestOpportunities::keysReadBack()
{
    for (int s = 0; s <= int(OpportunityStatus::Dropped); ++s) {
        const auto status = OpportunityStatus(s);
        QCOMPARE(opportunityStatusFromKey(opportunityStatusKey(status)), status);
    }
    QCOMPARE(opportunityStatusKey(OpportunityStatus::InProgress), u"in_progress"_s);
    QVERIFY(!opportunityStatusFromKey(u"someday"_s));
    const std::vector<OpportunityLink> links = first().links;
    QCOMPARE(opportunityLinksKey(links), u"stage:501 cell:502:402 usecase:201"_s);
    QCOMPARE(opportunityLinksFromKey(opportunityLinksKey(links)), links);
    QCOMPARE(opportunityLinksFromKey(QString()), std::vector<OpportunityLink>());
}

void TestOpportunities::unreadableLinksRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("unknown kind") << u"journey:5"_s;
    QTest::newRow("cell without a lane") << u"cell:5"_s;
    QTest::newRow("stage with a lane") << u"stage:5:6"_s;
    QTest::newRow("not a number") << u"usecase:x"_s;
    QTest::newRow("zero") << u"stage:0"_s;
}

void TestOpportunities::unreadableLinksRefused()
{
    QFETCH(QString, key);
    QVERIFY(!opportunityLinksFromKey(key));
}

void TestOpportunities::addEditDeleteUndo()
{
    QUndoStack *undo = mDoc->undoStack();
    Opportunity added;
    added.title = u"Faster sign-up"_s;
    added.customerValue = 5;
    added.effort = 2;
    const Id id = Edit::addOpportunity(*mDoc, added);
    QVERIFY(id != 0);
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undoText(), u"Add opportunity"_s);
    QCOMPARE(mDoc->workspace().opportunities.size(), size_t(2));
    QCOMPARE(mDoc->workspace().opportunity(id)->title, u"Faster sign-up"_s);

    QVERIFY(Edit::setOpportunityField(*mDoc, id, Field::OpportunityEffort, 4));
    QCOMPARE(undo->count(), 2);
    QCOMPARE(undoText(), u"Change opportunity"_s);
    QVERIFY(Edit::setOpportunityField(*mDoc, id, Field::OpportunityStatus,
                                      int(OpportunityStatus::InProgress)));
    QCOMPARE(mDoc->workspace().opportunity(id)->status, OpportunityStatus::InProgress);
    QCOMPARE(mDoc->workspace().opportunity(id)->effort, 4);

    Edit::removeOpportunities(*mDoc, {id});
    QCOMPARE(undo->count(), 4);
    QCOMPARE(undoText(), u"Delete opportunity"_s);
    QVERIFY(!mDoc->workspace().opportunity(id));

    undo->undo(); // the deletion
    QCOMPARE(mDoc->workspace().opportunity(id)->status, OpportunityStatus::InProgress);
    undo->undo(); // the status
    undo->undo(); // the effort
    QCOMPARE(mDoc->workspace().opportunity(id)->effort, 2);
    undo->undo(); // the addition
    QVERIFY(!mDoc->workspace().opportunity(id));
    QCOMPARE(mDoc->workspace(), mWorkspace);
    undo->redo();
    QCOMPARE(mDoc->workspace().opportunity(id)->title, u"Faster sign-up"_s);
}

void TestOpportunities::linkAndUnlinkUndo()
{
    QUndoStack *undo = mDoc->undoStack();
    const Id id = first().id;
    const OpportunityLink agentUseCase {OpportunityLink::Kind::UseCase, 204, 0};
    QVERIFY(Edit::linkOpportunity(*mDoc, id, agentUseCase));
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undoText(), u"Link opportunity"_s);
    QCOMPARE(firstInDoc().links.size(), size_t(4));
    QVERIFY(!Edit::linkOpportunity(*mDoc, id, agentUseCase)); // already linked
    QVERIFY(!Edit::linkOpportunity(*mDoc, id, {OpportunityLink::Kind::Stage, 999, 0}));
    QCOMPARE(undo->count(), 1);

    const OpportunityLink stage = first().links.front();
    QVERIFY(Edit::unlinkOpportunity(*mDoc, id, stage));
    QCOMPARE(undo->count(), 2);
    QCOMPARE(undoText(), u"Unlink opportunity"_s);
    QCOMPARE(firstInDoc().links.size(), size_t(3));
    QVERIFY(!Edit::unlinkOpportunity(*mDoc, id, stage));

    undo->undo();
    QCOMPARE(firstInDoc().links.size(), size_t(4));
    undo->undo();
    QCOMPARE(firstInDoc(), first());
}

void TestOpportunities::refusedValuesLeaveNoUndoStep()
{
    const Id id = first().id;
    QVERIFY(!Edit::setOpportunityField(*mDoc, id, Field::OpportunityCustomerValue, 0));
    QVERIFY(!Edit::setOpportunityField(*mDoc, id, Field::OpportunityBusinessValue, 6));
    QVERIFY(!Edit::setOpportunityField(*mDoc, id, Field::OpportunityEffort, u"lots"_s));
    QVERIFY(!Edit::setOpportunityField(*mDoc, id, Field::OpportunityVotes, -1));
    QVERIFY(!Edit::setOpportunityField(*mDoc, id, Field::OpportunityStatus, 9));
    QVERIFY(!Edit::setOpportunityField(*mDoc, id, Field::OpportunityLinks, u"stage:x"_s));
    Opportunity bad;
    bad.effort = 0;
    QCOMPARE(Edit::addOpportunity(*mDoc, bad), Id(0));
    QCOMPARE(mDoc->undoStack()->count(), 0);
    QCOMPARE(mDoc->workspace(), mWorkspace);
}

void TestOpportunities::linksToDeletedItemsAreIgnoredAndComeBackOnUndo()
{
    QCOMPARE(liveLinks(mDoc->workspace(), firstInDoc()).size(), size_t(3));
    Edit::removeStage(*mDoc, 301, 502); // the linked cell's stage
    QCOMPARE(liveLinks(mDoc->workspace(), firstInDoc()),
             (std::vector<OpportunityLink> {first().links[0], first().links[2]}));
    Edit::removeUseCases(*mDoc, 101, {201});
    QCOMPARE(liveLinks(mDoc->workspace(), firstInDoc()),
             std::vector<OpportunityLink> {first().links[0]});
    Edit::removeLane(*mDoc, 301, 402);
    Edit::removeJourney(*mDoc, 301);
    QVERIFY(liveLinks(mDoc->workspace(), firstInDoc()).empty());
    // The opportunity itself keeps its links: they are the same once the deletions are undone.
    QCOMPARE(firstInDoc().links, first().links);
    while (mDoc->undoStack()->canUndo())
        mDoc->undoStack()->undo();
    QCOMPARE(liveLinks(mDoc->workspace(), firstInDoc()), first().links);
    QCOMPARE(mDoc->workspace(), mWorkspace);
}

void TestOpportunities::fileKeepsOpportunities()
{
    const QString file = mDoc->filePath();
    const Id id = Edit::addOpportunity(*mDoc, {});
    QVERIFY(Edit::setOpportunityField(*mDoc, id, Field::OpportunityVotes, 7));
    QVERIFY(Edit::linkOpportunity(*mDoc, id, {OpportunityLink::Kind::Cell, 501, 401}));
    QVERIFY(mDoc->isSaved());
    const Workspace expected = mDoc->workspace();
    mDoc.reset();
    const WorkspaceStore::OpenResult reopened = WorkspaceStore::open(file);
    QVERIFY2(reopened.store, qPrintable(reopened.error));
    QCOMPARE(reopened.workspace.opportunities.size(), size_t(2));
    QVERIFY(reopened.workspace == expected);
}

void TestOpportunities::jsonRoundTrip()
{
    const QByteArray json = WorkspaceJson::write(mWorkspace);
    QVERIFY(json.contains("\"opportunities\""));
    QVERIFY(json.contains("\"customer_value\": 4"));
    const WorkspaceJson::ReadResult read = WorkspaceJson::read(json);
    QVERIFY2(read.workspace, qPrintable(read.error));
    QVERIFY(*read.workspace == mWorkspace);

    // A workspace without opportunities is written as before: no key.
    Workspace none = mWorkspace;
    none.opportunities.clear();
    QVERIFY(!WorkspaceJson::write(none).contains("opportunities"));
}

void TestOpportunities::jsonImportRemapsLinks()
{
    Workspace target;
    Workspace fragment = mWorkspace;
    Edit::mergeFragment(target, fragment);
    QCOMPARE(target.opportunities.size(), size_t(1));
    QVERIFY(target.opportunities.front().id != first().id);
    QCOMPARE(liveLinks(target, target.opportunities.front()).size(), size_t(3));
    QVERIFY(TestData::withoutIds(target) == TestData::withoutIds(mWorkspace));
}

void TestOpportunities::badJsonNamesThePlace_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("error");
    QTest::newRow("value 6") << u"\"customer_value\": 4"_s << u"\"customer_value\": 6"_s
                             << u"opportunities[0].customer_value: expected a whole number "
                                "from 1 to 5"_s;
    QTest::newRow("effort 0") << u"\"effort\": 5"_s << u"\"effort\": 0"_s
                              << u"opportunities[0].effort: expected a whole number from 1 to 5"_s;
    QTest::newRow("negative votes") << u"\"votes\": 3"_s << u"\"votes\": -2"_s
                                    << u"opportunities[0].votes: expected a whole number from 0"_s;
    QTest::newRow("unknown status") << u"\"status\": \"planned\""_s << u"\"status\": \"soon\""_s
                                    << u"opportunities[0].status: unknown value \"soon\""_s;
    QTest::newRow("missing stage") << u"\"stage\": 501\n"_s << u"\"stage\": 999\n"_s
                                   << u"opportunities[0].links[0]: links to no stage, cell or "
                                      "use case of this workspace"_s;
    QTest::newRow("missing use case") << u"\"use_case\": 201\n"_s << u"\"use_case\": 209\n"_s
                                      << u"opportunities[0].links[2]: links to no stage, cell or "
                                         "use case of this workspace"_s;
}

void TestOpportunities::badJsonNamesThePlace()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, error);
    QString json = QString::fromUtf8(WorkspaceJson::write(mWorkspace));
    const qsizetype at = json.indexOf(u"\"opportunities\""_s);
    QVERIFY(at > 0);
    const qsizetype found = json.indexOf(from, at);
    QVERIFY2(found > 0, qPrintable(from));
    json.replace(found, from.size(), to);
    const WorkspaceJson::ReadResult read = WorkspaceJson::read(json.toUtf8());
    QVERIFY(!read.workspace);
    QCOMPARE(read.error, error);
}

void TestOpportunities::reportRanksByScore()
{
    Workspace w = mWorkspace; // 701: value 6, effort 5, 3 of 4 votes: 6 × 1.75 / 5 = 2.1
    Opportunity quick;
    quick.id = 702;
    quick.title = u"Quick"_s;
    quick.customerValue = 5;
    quick.businessValue = 4;
    quick.effort = 2;
    quick.votes = 1; // 9 × 1.25 / 2 = 5.625
    Opportunity pit;
    pit.id = 703;
    pit.title = u"Pit"_s;
    pit.customerValue = 1;
    pit.businessValue = 1;
    pit.effort = 4; // 2 × 1 / 4 = 0.5
    pit.links = {{OpportunityLink::Kind::Stage, 999, 0}}; // deleted since: left out
    w.opportunities = {pit, first(), quick};

    const QJsonArray ranked = ForgottenZoneReport::json(w).value(u"opportunities"_s).toArray();
    QCOMPARE(ranked.size(), 3);
    QCOMPARE(ranked[0][u"title"_s].toString(), u"Quick"_s);
    QCOMPARE(ranked[0][u"score"_s].toDouble(), 5.625);
    QCOMPARE(ranked[0][u"quadrant"_s].toString(), u"quick_win"_s);
    QCOMPARE(ranked[1][u"title"_s].toString(), first().title);
    QCOMPARE(ranked[1][u"score"_s].toDouble(), 2.1);
    QCOMPARE(ranked[1][u"quadrant"_s].toString(), u"big_bet"_s);
    QCOMPARE(ranked[1][u"status"_s].toString(), u"planned"_s);
    QCOMPARE(ranked[1][u"customer_value"_s].toInt(), 4);
    QCOMPARE(ranked[1][u"business_value"_s].toInt(), 2);
    QCOMPARE(ranked[1][u"effort"_s].toInt(), 5);
    QCOMPARE(ranked[1][u"votes"_s].toInt(), 3);
    const QJsonArray links = ranked[1][u"links"_s].toArray();
    QCOMPARE(links.size(), 3);
    QCOMPARE(links[0],
             QJsonValue(QJsonObject {{u"kind"_s, u"stage"_s}, {u"name"_s, u"Découverte"_s}}));
    QCOMPARE(
        links[1],
        QJsonValue(QJsonObject {{u"kind"_s, u"cell"_s}, {u"name"_s, u"注册 — Touchpoints"_s}}));
    QCOMPARE(
        links[2],
        QJsonValue(QJsonObject {{u"kind"_s, u"use_case"_s}, {u"name"_s, u"Search listings"_s}}));
    QCOMPARE(ranked[2][u"quadrant"_s].toString(), u"money_pit"_s);
    QCOMPARE(ranked[2][u"links"_s].toArray().size(), 0);
    // The existing keys are still there.
    const QJsonObject report = ForgottenZoneReport::json(w);
    for (const char *key : {"workspace", "personas", "metrics"})
        QVERIFY(report.contains(QLatin1StringView(key)));
}

QTEST_GUILESS_MAIN(TestOpportunities)
#include "tst_opportunities.moc"
