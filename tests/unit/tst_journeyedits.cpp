// Stage and lane operations on a journey, their undo, and what reaches the file.
#include "document/edits.h"
#include "document/workspacedocument.h"
#include "support/saasjourneytest.h"

#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestJourneyEdits : public TestData::SaasJourneyTest
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addAndInsertStage();
    void renameStageAndUndo();
    void reorderStage();
    void deleteStageWithContentAndUndo();
    void laneOperations();
    void deleteLaneRestoresEveryCell();
    void conversionAndValueMarksAreExclusive();
    void emotionDragIsOneUndoStepPerDrag();
    void duplicateJourney();
    void cellEditsReachTheFile();

private:
    QStringList stageNames() const;
};

QStringList TestJourneyEdits::stageNames() const
{
    QStringList names;
    for (const Stage &s : journey().stages)
        names << s.name;
    return names;
}

void TestJourneyEdits::init()
{
    const QString error = createFile(u"journey"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestJourneyEdits::cleanup()
{
    mDoc.reset();
}

void TestJourneyEdits::addAndInsertStage()
{
    const int before = int(journey().stages.size());
    Stage last;
    last.name = u"Last"_s;
    Edit::addStage(*mDoc, mJourneyId, last);
    Stage inserted;
    inserted.name = u"Inserted"_s;
    const Id id = Edit::addStage(*mDoc, mJourneyId, inserted, 2);
    QCOMPARE(int(journey().stages.size()), before + 2);
    QCOMPARE(stageNames().at(2), u"Inserted"_s);
    QCOMPARE(stageNames().last(), u"Last"_s);
    QCOMPARE(journey().stages[2].id, id);

    mDoc->undoStack()->undo();
    QCOMPARE(int(journey().stages.size()), before + 1);
    QVERIFY(!stageNames().contains(u"Inserted"_s));
    mDoc->undoStack()->redo();
    QCOMPARE(stageNames().at(2), u"Inserted"_s);
    QCOMPARE(reopened().stages[2].name, u"Inserted"_s);
}

void TestJourneyEdits::renameStageAndUndo()
{
    const Stage first = journey().stages.front();
    QVERIFY(Edit::setField(*mDoc, EntityRef::stage(mJourneyId, first.id), Field::StageName,
                           u"Découverte — 认知"_s));
    QCOMPARE(journey().stages.front().name, u"Découverte — 认知"_s);
    QCOMPARE(reopened().stages.front().name, u"Découverte — 认知"_s);
    // The undo stack does not survive reopening: rename again and undo.
    Edit::setField(*mDoc, EntityRef::stage(mJourneyId, first.id), Field::StageName, u"X"_s);
    mDoc->undoStack()->undo();
    QCOMPARE(journey().stages.front().name, u"Découverte — 认知"_s);
}

void TestJourneyEdits::reorderStage()
{
    const QStringList original = stageNames();
    const Id moved = journey().stages[1].id;
    QVERIFY(Edit::move(*mDoc, EntityRef::stage(mJourneyId, moved), 4));
    QStringList expected = original;
    expected.move(1, 4);
    QCOMPARE(stageNames(), expected);
    QVERIFY(!Edit::move(*mDoc, EntityRef::stage(mJourneyId, moved), 4)); // no-op
    QVERIFY(!Edit::move(*mDoc, EntityRef::stage(mJourneyId, moved), 99));
    mDoc->undoStack()->undo();
    QCOMPARE(stageNames(), original);
    mDoc->undoStack()->redo();
    QCOMPARE(stageNames(), expected);
    QStringList fromFile;
    for (const Stage &s : reopened().stages)
        fromFile << s.name;
    QCOMPARE(fromFile, expected);
}

void TestJourneyEdits::deleteStageWithContentAndUndo()
{
    const Journey original = journey();
    const Stage victim = original.stages[3];
    QVERIFY(victim.firstCells().size() >= 8);
    Edit::removeStage(*mDoc, mJourneyId, victim.id);
    QCOMPARE(journey().stages.size(), original.stages.size() - 1);
    QCOMPARE(indexOfId(journey().stages, victim.id), -1);

    mDoc->undoStack()->undo();
    QCOMPARE(journey().stages[3].firstCells(), victim.firstCells());
    QCOMPARE(journey(), original);
    QCOMPARE(reopened(), original); // the undo reached the file, every cell included

    Edit::removeStage(*mDoc, mJourneyId, victim.id);
    const Journey fromFile = reopened();
    QCOMPARE(fromFile.stages.size(), original.stages.size() - 1);
    QCOMPARE(indexOfId(fromFile.stages, victim.id), -1);
}

void TestJourneyEdits::laneOperations()
{
    Lane custom;
    custom.name = u"Competitors"_s;
    custom.kind = LaneKind::Chips;
    const Id lane = Edit::addLane(*mDoc, mJourneyId, custom, 1);
    QCOMPARE(journey().lanes[1].name, u"Competitors"_s);
    QVERIFY(Edit::setField(*mDoc, EntityRef::lane(mJourneyId, lane), Field::LaneName,
                           u"Alternatives"_s));
    QVERIFY(Edit::setField(*mDoc, EntityRef::lane(mJourneyId, lane), Field::LaneVisible, false));
    QVERIFY(Edit::move(*mDoc, EntityRef::lane(mJourneyId, lane), 5));
    QCOMPARE(journey().lanes[5].id, lane);
    QCOMPARE(journey().lanes[5].visible, false);
    QCOMPARE(journey().lanes[5].name, u"Alternatives"_s);

    const Journey fromFile = reopened();
    QCOMPARE(fromFile.lanes[5].id, lane);
    QCOMPARE(fromFile.lanes[5].visible, false);
    QCOMPARE(fromFile.lanes[5].kind, LaneKind::Chips);

    Edit::move(*mDoc, EntityRef::lane(mJourneyId, lane), 0);
    Edit::setField(*mDoc, EntityRef::lane(mJourneyId, lane), Field::LaneVisible, true);
    mDoc->undoStack()->undo();
    mDoc->undoStack()->undo();
    QCOMPARE(journey().lanes[5].id, lane);
    QCOMPARE(journey().lanes[5].visible, false);
}

void TestJourneyEdits::deleteLaneRestoresEveryCell()
{
    const Journey original = journey();
    const Lane thoughts = original.lanes[3];
    int filled = 0;
    for (const Stage &s : original.stages)
        filled += s.firstCells().contains(thoughts.id) ? 1 : 0;
    QCOMPARE(filled, int(original.stages.size()));

    Edit::removeLane(*mDoc, mJourneyId, thoughts.id);
    QCOMPARE(indexOfId(journey().lanes, thoughts.id), -1);
    for (const Stage &s : journey().stages)
        QVERIFY(!s.firstCells().contains(thoughts.id));
    mDoc->undoStack()->undo();
    QCOMPARE(journey(), original);
    mDoc->undoStack()->redo();
    mDoc->undoStack()->undo();
    QCOMPARE(reopened(), original);
}

void TestJourneyEdits::conversionAndValueMarksAreExclusive()
{
    const auto &stages = journey().stages;
    const int conversion = int(
        std::find_if(stages.begin(), stages.end(), [](const Stage &s) { return s.isConversion; })
        - stages.begin());
    const Id other = stages[1].id;
    Edit::setConversionStage(*mDoc, mJourneyId, other);
    int marked = 0;
    for (const Stage &s : journey().stages)
        marked += s.isConversion ? 1 : 0;
    QCOMPARE(marked, 1);
    QVERIFY(journey().stages[1].isConversion);
    QVERIFY(!journey().stages[size_t(conversion)].isConversion);
    mDoc->undoStack()->undo();
    QVERIFY(journey().stages[size_t(conversion)].isConversion);
    QVERIFY(!journey().stages[1].isConversion);

    Edit::setValueDeliveredStage(*mDoc, mJourneyId, 0); // clears the mark
    for (const Stage &s : journey().stages)
        QVERIFY(!s.isValueDelivered);
    const Journey fromFile = reopened();
    for (const Stage &s : fromFile.stages)
        QVERIFY(!s.isValueDelivered);
}

void TestJourneyEdits::emotionDragIsOneUndoStepPerDrag()
{
    const Stage stage = journey().stages[2];
    const Id emotionLane = journey().lanes[4].id;
    QCOMPARE(journey().lanes[4].kind, LaneKind::Emotion);
    const EntityRef cell = EntityRef::cell(mJourneyId, stage.id, emotionLane);
    const double before = *stage.firstCells().value(emotionLane).emotion;
    const int steps = mDoc->undoStack()->count();

    for (double v : {0.5, 0.0, -0.5, -1.0})
        Edit::setField(*mDoc, cell, Field::CellEmotion, v, true);
    Edit::endMergeableEdit(*mDoc);
    QCOMPARE(mDoc->undoStack()->count(), steps + 1);
    for (double v : {-1.5, -2.0})
        Edit::setField(*mDoc, cell, Field::CellEmotion, v, true);
    Edit::endMergeableEdit(*mDoc);
    QCOMPARE(mDoc->undoStack()->count(), steps + 2);
    QCOMPARE(*journey().stages[2].firstCells().value(emotionLane).emotion, -2.0);

    mDoc->undoStack()->undo();
    QCOMPARE(*journey().stages[2].firstCells().value(emotionLane).emotion, -1.0);
    mDoc->undoStack()->undo();
    QCOMPARE(*journey().stages[2].firstCells().value(emotionLane).emotion, before);
}

void TestJourneyEdits::duplicateJourney()
{
    const Id copy = Edit::duplicateJourney(*mDoc, mJourneyId, u"To-be"_s);
    const Journey *duplicate = mDoc->workspace().journey(copy);
    QVERIFY(duplicate);
    QCOMPARE(duplicate->name, u"To-be"_s);
    QCOMPARE(duplicate->stages.size(), journey().stages.size());
    QVERIFY(duplicate->stages[0].id != journey().stages[0].id);
    QCOMPARE(duplicate->stages[0].firstCells().size(), journey().stages[0].firstCells().size());
    // Cells follow the copied lanes.
    const Id lane = duplicate->lanes[0].id;
    QCOMPARE(duplicate->stages[0].firstCells().value(lane).text,
             journey().stages[0].firstCells().value(journey().lanes[0].id).text);
}

void TestJourneyEdits::cellEditsReachTheFile()
{
    const Id stage = journey().stages[0].id;
    const Id lane = journey().lanes[0].id;
    const QString text = u"Lit un avis\nsur 小红书"_s;
    QVERIFY(Edit::setField(*mDoc, EntityRef::cell(mJourneyId, stage, lane), Field::CellText, text));
    QCOMPARE(reopened().stages[0].firstCells().value(lane).text, text);
    QVERIFY(Edit::setField(*mDoc, EntityRef::cell(mJourneyId, stage, lane), Field::CellText,
                           QString()));
    QVERIFY(!journey().stages[0].firstCells().contains(lane));
    QVERIFY(!reopened().stages[0].firstCells().contains(lane));
}

QTEST_GUILESS_MAIN(TestJourneyEdits)
#include "tst_journeyedits.moc"
