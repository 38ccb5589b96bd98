// Service blueprints (issue 21): lane groups, marks and arrows, their undo, the file and JSON.
#include "document/edits.h"
#include "document/editsblueprint.h"
#include "document/entityfields.h"
#include "document/workspacedocument.h"
#include "formats/workspacejson.h"
#include "support/saasjourneytest.h"

#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestBlueprint : public TestData::SaasJourneyTest
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void laneRolesAndArrowKeys();
    void addBlueprintLanesIsOneStep();
    void moveLaneBetweenGroups();
    void marksAreFieldsOfCells();
    void arrowsJoinNeighbouringCells();
    void jsonCarriesGroupsMarksAndArrows();
    void jsonRefusesArrowsToNowhere();

private:
    QStringList groups() const;
};

QStringList TestBlueprint::groups() const
{
    QStringList out;
    for (const Lane &l : journey().lanes)
        out << (l.group.isEmpty() ? u"-"_s : l.group);
    return out;
}

void TestBlueprint::init()
{
    const QString error = createFile(u"blueprint"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestBlueprint::cleanup()
{
    mDoc.reset();
}

void TestBlueprint::laneRolesAndArrowKeys()
{
    QCOMPARE(laneRole(QString()), LaneRole::None);
    QCOMPARE(laneRole(u"evidence"_s), LaneRole::Evidence);
    QCOMPARE(laneRole(u"support"_s), LaneRole::Support);
    QCOMPARE(laneRole(u"Marketing"_s), LaneRole::Custom);
    QCOMPARE(laneGroupKey(LaneRole::Frontstage), u"frontstage"_s);
    QCOMPARE(laneGroupKey(LaneRole::Custom), QString());
    const std::vector<CellArrow> arrows {{12, 34}, {9007199254740991, 1}};
    QCOMPARE(cellArrowsKey(arrows), u"12:34 9007199254740991:1"_s);
    QVERIFY(cellArrowsFromKey(cellArrowsKey(arrows)) == arrows);
    QVERIFY(cellArrowsFromKey(QString())->empty());
    QVERIFY(!cellArrowsFromKey(u"12"_s));
    QVERIFY(!cellArrowsFromKey(u"a:b"_s));
}

void TestBlueprint::addBlueprintLanesIsOneStep()
{
    const Journey before = journey();
    const int steps = mDoc->undoStack()->count();
    QCOMPARE(Edit::addBlueprintLanes(*mDoc, mJourneyId), 4);
    QCOMPARE(mDoc->undoStack()->count(), steps + 1);
    // Evidence above the customer actions (the first lane), the rest at the end.
    const Journey &j = journey();
    QCOMPARE(j.lanes.size(), before.lanes.size() + 4);
    QCOMPARE(j.lanes[0].group, u"evidence"_s);
    QCOMPARE(j.lanes[1].name, u"Customer actions"_s);
    QCOMPARE(j.lanes[1].group, u"customer"_s);
    QCOMPARE(groups().mid(groups().size() - 3),
             (QStringList {u"frontstage"_s, u"backstage"_s, u"support"_s}));
    // Again: nothing to add.
    QCOMPARE(Edit::addBlueprintLanes(*mDoc, mJourneyId), 0);
    QCOMPARE(mDoc->undoStack()->count(), steps + 1);
    const Journey grouped = journey();
    mDoc->undoStack()->undo();
    QCOMPARE(journey(), before);
    mDoc->undoStack()->redo();
    QCOMPARE(journey(), grouped);
    QCOMPARE(reopened(), grouped); // the file has the groups
}

void TestBlueprint::moveLaneBetweenGroups()
{
    Edit::addBlueprintLanes(*mDoc, mJourneyId);
    const Journey before = journey();
    const int count = int(before.lanes.size());
    const Id thoughts = before.lanes[4].id; // "Thoughts", in no group
    QCOMPARE(before.lanes[4].name, u"Thoughts"_s);
    const int steps = mDoc->undoStack()->count();
    // Into the backstage group: after its last lane, one undo step for field and move.
    QVERIFY(Edit::moveLaneToGroup(*mDoc, mJourneyId, thoughts, u"backstage"_s));
    QCOMPARE(mDoc->undoStack()->count(), steps + 1);
    QCOMPARE(journey().lanes[size_t(count - 2)].id, thoughts);
    QCOMPARE(journey().lanes[size_t(count - 2)].group, u"backstage"_s);
    QCOMPARE(journey().lanes[size_t(count - 3)].group, u"backstage"_s);
    QCOMPARE(journey().lanes.back().group, u"support"_s);
    // A custom group, named freely, at a position of the user's choice.
    QVERIFY(Edit::moveLaneToGroup(*mDoc, mJourneyId, thoughts, u"Partners"_s, 0));
    QCOMPARE(journey().lanes.front().id, thoughts);
    QCOMPARE(laneRole(journey().lanes.front().group), LaneRole::Custom);
    QVERIFY(!Edit::moveLaneToGroup(*mDoc, mJourneyId, thoughts, u"Partners"_s, 0));
    const Journey moved = journey();
    mDoc->undoStack()->undo();
    mDoc->undoStack()->undo();
    QCOMPARE(journey(), before);
    mDoc->undoStack()->redo();
    QCOMPARE(journey().lanes[size_t(count - 2)].id, thoughts);
    mDoc->undoStack()->redo();
    QCOMPARE(reopened(), moved);
}

void TestBlueprint::marksAreFieldsOfCells()
{
    const Id stage = journey().stages[1].id;
    const Id lane = journey().lanes[3].id; // Thoughts
    const EntityRef cell = EntityRef::cell(mJourneyId, stage, lane);
    const QString text = journey().stages[1].firstCells().value(lane).text;
    QVERIFY(Edit::setField(*mDoc, cell, Field::CellFailurePoint, true));
    QVERIFY(Edit::setField(*mDoc, cell, Field::CellWait, u"3 days"_s));
    QCOMPARE(journey().stages[1].firstCells().value(lane).failurePoint, true);
    QCOMPARE(journey().stages[1].firstCells().value(lane).wait, u"3 days"_s);
    QCOMPARE(journey().stages[1].firstCells().value(lane).text, text);
    mDoc->undoStack()->undo();
    QCOMPARE(journey().stages[1].firstCells().value(lane).wait, QString());
    QCOMPARE(journey().stages[1].firstCells().value(lane).failurePoint, true);
    mDoc->undoStack()->redo();
    const Journey marked = journey();
    QCOMPARE(reopened(), marked);
    QVERIFY(Edit::setField(*mDoc, cell, Field::CellFailurePoint, false));
    QVERIFY(Edit::setField(*mDoc, cell, Field::CellWait, QString()));
    QCOMPARE(journey().stages[1].firstCells().value(lane).failurePoint, false);
    mDoc->undoStack()->undo();
    QCOMPARE(journey().stages[1].firstCells().value(lane).wait, u"3 days"_s);
    // A mark alone keeps an otherwise empty cell.
    const Id empty = journey().stages[0].id;
    const Id kpis = journey().lanes.back().id;
    const EntityRef blank = EntityRef::cell(mJourneyId, empty, kpis);
    Edit::setField(*mDoc, blank, Field::CellText, QString());
    QVERIFY(Edit::setField(*mDoc, blank, Field::CellFailurePoint, true));
    QVERIFY(journey().stages[0].firstCells().contains(kpis));
    QCOMPARE(reopened().stages[0].firstCells().value(kpis).failurePoint, true);
}

void TestBlueprint::arrowsJoinNeighbouringCells()
{
    const Journey &j = journey();
    const CellArrow pays {j.stages[1].id, j.lanes[0].id};
    const CellArrow check {j.stages[1].id, j.lanes[3].id};
    const CellArrow next {j.stages[2].id, j.lanes[7].id};
    const CellArrow far {j.stages[3].id, j.lanes[7].id};
    QVERIFY(Edit::arrowRefusal(j, pays, check).isEmpty());
    QVERIFY(Edit::arrowRefusal(j, pays, next).isEmpty());
    QCOMPARE(Edit::arrowRefusal(j, pays, far),
             u"an arrow joins cells of the same stage or of neighbouring stages"_s);
    QCOMPARE(Edit::arrowRefusal(j, pays, pays), u"an arrow joins two different cells"_s);
    const int steps = mDoc->undoStack()->count();
    QVERIFY(!Edit::addArrow(*mDoc, mJourneyId, pays, far));
    QVERIFY(Edit::addArrow(*mDoc, mJourneyId, pays, check));
    QVERIFY(!Edit::addArrow(*mDoc, mJourneyId, pays, check)); // already there
    QVERIFY(Edit::addArrow(*mDoc, mJourneyId, check, next));
    QCOMPARE(mDoc->undoStack()->count(), steps + 2);
    QVERIFY(journey().stages[1].firstCells().value(pays.lane).arrows
            == std::vector<CellArrow> {check});
    const Journey drawn = journey();
    QCOMPARE(reopened(), drawn);
    QVERIFY(Edit::removeArrow(*mDoc, mJourneyId, pays, check));
    QVERIFY(journey().stages[1].firstCells().value(pays.lane).arrows.empty());
    mDoc->undoStack()->undo();
    QCOMPARE(journey(), drawn);
    // A duplicated journey's arrows point into the copy.
    const Id copy = Edit::duplicateJourney(*mDoc, mJourneyId, u"Copy"_s);
    const Journey *c = mDoc->workspace().journey(copy);
    QVERIFY(c);
    const std::vector<CellArrow> copied = c->stages[1].firstCells().value(c->lanes[0].id).arrows;
    QCOMPARE(copied.size(), size_t(1));
    QCOMPARE(copied.front().step, c->stages[1].id);
    QCOMPARE(copied.front().lane, c->lanes[3].id);
}

void TestBlueprint::jsonCarriesGroupsMarksAndArrows()
{
    Edit::addBlueprintLanes(*mDoc, mJourneyId);
    const Journey &j = journey();
    const CellArrow from {j.stages[0].id, j.lanes[1].id};
    QVERIFY(Edit::addArrow(*mDoc, mJourneyId, from, {j.stages[1].id, j.lanes.back().id}));
    Edit::setField(*mDoc, EntityRef::cell(mJourneyId, from.step, from.lane),
                   Field::CellFailurePoint, true);
    Edit::setField(*mDoc, EntityRef::cell(mJourneyId, from.step, from.lane), Field::CellWait,
                   u"2 min"_s);
    const QByteArray json = WorkspaceJson::write(mDoc->workspace());
    QVERIFY(json.contains("\"group\": \"support\""));
    QVERIFY(json.contains("\"failure_point\": true"));
    const WorkspaceJson::ReadResult read = WorkspaceJson::read(json);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QVERIFY(read.workspace);
    QCOMPARE(read.workspace->journeys.front(), journey());
}

void TestBlueprint::jsonRefusesArrowsToNowhere()
{
    Journey j = journey();
    Cell &cell = j.stages[0].firstCells()[j.lanes[0].id];
    cell.arrows = {{12345, j.lanes[1].id}};
    Workspace w;
    w.journeys = {j};
    const WorkspaceJson::ReadResult read = WorkspaceJson::read(WorkspaceJson::write(w));
    QVERIFY(read.error.contains(u"an arrow points to no cell of this journey"_s));
    QVERIFY2(read.error.startsWith(u"journeys[0].stages[0]"_s), qPrintable(read.error));
}

QTEST_GUILESS_MAIN(TestBlueprint)
#include "tst_blueprint.moc"
