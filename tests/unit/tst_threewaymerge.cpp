#include "shared/threewaymerge.h"

#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

// The merge a shared workspace makes when someone else changed a row since this client read
// it: base is what this client last saw, mine what it wants to write, theirs what the server
// has now. No server needed.
class TestThreeWayMerge : public QObject
{
    Q_OBJECT

private:
    static constexpr Id personaId = 11;
    static constexpr Id journeyId = 21;
    static constexpr Id stageId = 31;
    static constexpr Id laneId = 41;

    static Workspace base()
    {
        Workspace w;
        Persona p;
        p.id = personaId;
        p.name = u"Home buyer"_s;
        p.description = u"Buys once"_s;
        p.color = u"#336699"_s;
        p.weight = 0.5;
        w.personas.push_back(p);
        Journey j;
        j.id = journeyId;
        j.name = u"Purchase"_s;
        Lane lane;
        lane.id = laneId;
        lane.name = u"Feeling"_s;
        j.lanes.push_back(lane);
        Stage s;
        s.id = stageId;
        s.withOneStep();
        s.name = u"Search"_s;
        s.firstCells().insert(laneId, Cell {u"Hopeful"_s, 1.0});
        j.stages.push_back(s);
        w.journeys.push_back(j);
        return w;
    }
    static Persona &persona(Workspace &w) { return w.personas.front(); }
    static Cell &cell(Workspace &w)
    {
        return w.journeys.front().stages.front().firstCells()[laneId];
    }

    static MergeVerdict merge(const Workspace &mine, const Workspace &theirs, const EntityRef &ref,
                              Workspace *merged)
    {
        *merged = mine;
        return mergeThreeWay(base(), mine, theirs, ref, merged);
    }

private slots:
    void onlyMineChangedIsClean()
    {
        Workspace mine = base();
        persona(mine).name = u"First-time buyer"_s;
        const Workspace theirs = base(); // they wrote the row without changing a field
        Workspace merged;
        const MergeVerdict verdict = merge(mine, theirs, EntityRef::persona(personaId), &merged);
        QCOMPARE(verdict.outcome, MergeVerdict::Clean);
        QCOMPARE(persona(merged).name, u"First-time buyer"_s);
        QCOMPARE(persona(merged).description, u"Buys once"_s);
    }

    void sameChangeOnBothSidesIsClean()
    {
        Workspace mine = base();
        persona(mine).name = u"Buyer"_s;
        Workspace theirs = base();
        persona(theirs).name = u"Buyer"_s;
        Workspace merged;
        QCOMPARE(merge(mine, theirs, EntityRef::persona(personaId), &merged).outcome,
                 MergeVerdict::Clean);
    }

    void otherFieldsTheyChangedAreMerged()
    {
        Workspace mine = base();
        persona(mine).name = u"First-time buyer"_s;
        Workspace theirs = base();
        persona(theirs).description = u"Buys every five years"_s;
        persona(theirs).weight = 0.25;
        Workspace merged;
        const MergeVerdict verdict = merge(mine, theirs, EntityRef::persona(personaId), &merged);
        QCOMPARE(verdict.outcome, MergeVerdict::Merged);
        QCOMPARE(persona(merged).name, u"First-time buyer"_s);
        QCOMPARE(persona(merged).description, u"Buys every five years"_s);
        QCOMPARE(persona(merged).weight, std::optional<double>(0.25));
        QCOMPARE(persona(merged).color, u"#336699"_s);
    }

    void sameTextFieldChangedDifferentlyConflicts()
    {
        Workspace mine = base();
        persona(mine).name = u"Mine"_s;
        persona(mine).color = u"#000000"_s;
        Workspace theirs = base();
        persona(theirs).name = u"Theirs"_s;
        Workspace merged;
        const MergeVerdict verdict = merge(mine, theirs, EntityRef::persona(personaId), &merged);
        QCOMPARE(verdict.outcome, MergeVerdict::Conflict);
        QCOMPARE(verdict.theirValue, u"Theirs"_s);
    }

    void sameNumberFieldChangedDifferentlyConflictsWithoutText()
    {
        Workspace mine = base();
        persona(mine).weight = 0.1;
        Workspace theirs = base();
        persona(theirs).weight = std::nullopt;
        Workspace merged;
        const MergeVerdict verdict = merge(mine, theirs, EntityRef::persona(personaId), &merged);
        QCOMPARE(verdict.outcome, MergeVerdict::Conflict);
        QVERIFY(verdict.theirValue.isEmpty());
    }

    void deletingWhatTheyLeftAloneIsClean()
    {
        Workspace mine = base();
        mine.personas.clear();
        Workspace merged;
        QCOMPARE(merge(mine, base(), EntityRef::persona(personaId), &merged).outcome,
                 MergeVerdict::Clean);
    }

    void deletingWhatTheyChangedConflicts()
    {
        Workspace mine = base();
        mine.personas.clear();
        Workspace theirs = base();
        persona(theirs).description = u"Changed meanwhile"_s;
        Workspace merged;
        QCOMPARE(merge(mine, theirs, EntityRef::persona(personaId), &merged).outcome,
                 MergeVerdict::Conflict);
    }

    void deletedOnBothSidesIsAlreadyGone()
    {
        Workspace mine = base();
        mine.personas.clear();
        Workspace theirs = base();
        theirs.personas.clear();
        Workspace merged;
        QCOMPARE(merge(mine, theirs, EntityRef::persona(personaId), &merged).outcome,
                 MergeVerdict::AlreadyGone);
    }

    void changingWhatTheyDeletedConflicts()
    {
        Workspace mine = base();
        persona(mine).name = u"Renamed"_s;
        Workspace theirs = base();
        theirs.personas.clear();
        Workspace merged;
        QCOMPARE(merge(mine, theirs, EntityRef::persona(personaId), &merged).outcome,
                 MergeVerdict::Conflict);
    }

    void cellsMergeFieldByField()
    {
        // A cell exists as soon as its stage does: an emptied cell is not a deletion.
        Workspace mine = base();
        cell(mine).text = u"Anxious"_s;
        Workspace theirs = base();
        cell(theirs).emotion = -1.0;
        Workspace merged;
        const EntityRef ref = EntityRef::cell(journeyId, stageId, laneId);
        QVERIFY(isPresentIn(theirs, ref));
        const MergeVerdict verdict = merge(mine, theirs, ref, &merged);
        QCOMPARE(verdict.outcome, MergeVerdict::Merged);
        QCOMPARE(cell(merged).text, u"Anxious"_s);
        QCOMPARE(cell(merged).emotion, std::optional<double>(-1.0));
    }

    void curvesMergePointByPoint()
    {
        // Two clients moving different personas' points on one cell: both moves count.
        const EntityRef ref = EntityRef::cell(journeyId, stageId, laneId);
        Workspace mine = base();
        cell(mine).curves = {{personaId, -1.0}};
        Workspace theirs = base();
        cell(theirs).curves = {{personaId + 1, 2.0}};
        Workspace merged;
        QCOMPARE(merge(mine, theirs, ref, &merged).outcome, MergeVerdict::Merged);
        QCOMPARE(cell(merged).curves, (QMap<Id, double> {{personaId, -1.0}, {personaId + 1, 2.0}}));

        // One removing a point while the other leaves it: removed.
        Workspace start = base();
        cell(start).curves = {{personaId, 1.0}, {personaId + 1, 0.0}};
        Workspace removed = start;
        cell(removed).curves.remove(personaId);
        Workspace moved = start;
        cell(moved).curves[personaId + 1] = 0.5;
        Workspace both = removed;
        QCOMPARE(mergeThreeWay(start, removed, moved, ref, &both).outcome, MergeVerdict::Merged);
        QCOMPARE(cell(both).curves, (QMap<Id, double> {{personaId + 1, 0.5}}));

        // The same point moved to two places: a conflict.
        Workspace other = start;
        cell(other).curves[personaId + 1] = -0.5;
        Workspace conflicting = moved;
        QCOMPARE(mergeThreeWay(start, moved, other, ref, &conflicting).outcome,
                 MergeVerdict::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestThreeWayMerge)
#include "tst_threewaymerge.moc"
