#include "analytics/dashboardsummary.h"
#include "document/edits.h"
#include "document/editsseverity.h"
#include "document/entityfields.h"
#include "domain/painseverity.h"
#include "formats/journeycsvformat.h"
#include "formats/workspacejson.h"
#include "support/saasjourneytest.h"
#include "support/testworkspaces.h"

#include <QTest>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

using Sev = std::vector<PainSeverity>;
constexpr PainSeverity None = PainSeverity::None;
constexpr PainSeverity Trivial = PainSeverity::Trivial;
constexpr PainSeverity Workaround = PainSeverity::Workaround;
constexpr PainSeverity Abandonment = PainSeverity::Abandonment;

Journey quietJourney()
{
    Journey journey;
    journey.stages.resize(2);
    return journey;
}

ImportResult importCsv(const QByteArray &data)
{
    ImportOptions options;
    options.fileName = u"j.csv"_s;
    return JourneyCsvFormat().read(data, options);
}

} // namespace

Q_DECLARE_METATYPE(std::vector<Parcours::PainSeverity>)

// Pain-point severity per line of a cell (issue 20): keys, how severities follow the lines
// when the text changes, the edit and its undo, counts, JSON and the journey CSV.
class TestPainSeverity : public TestData::SaasJourneyTest
{
    Q_OBJECT

private slots:
    void keysRoundTripAndRefuseUnknown();
    void severitiesFollowTheirLines_data();
    void severitiesFollowTheirLines();
    void setLineSeverityIsOneUndoStep();
    void textEditsMoveSeveritiesWithUndo();
    void countsPerStage();
    void jsonRoundTripAndBadValues();
    void csvRoundTripOlderHeaderAndBadValues();

private:
    // The SaaS template's "Pain points" lane and the first stage, with `text` in the cell.
    EntityRef painCell(const QString &text);
};

EntityRef TestPainSeverity::painCell(const QString &text)
{
    const Journey &j = journey();
    Id lane = 0;
    for (const Lane &l : j.lanes) {
        if (l.name == u"Pain points"_s)
            lane = l.id;
    }
    const EntityRef ref = EntityRef::cell(mJourneyId, j.stages.front().id, lane);
    Edit::setField(*mDoc, ref, Field::CellText, text);
    mDoc->undoStack()->clear();
    return ref;
}

void TestPainSeverity::keysRoundTripAndRefuseUnknown()
{
    QCOMPARE(painSeveritiesKey({Abandonment, None, Trivial}), u"abandonment||trivial"_s);
    QCOMPARE(painSeveritiesFromKey(u"abandonment||trivial"_s).value(),
             Sev({Abandonment, None, Trivial}));
    // Trailing nones are dropped; "none", spaces and capitals are read.
    QCOMPARE(painSeveritiesFromKey(u" Workaround |none||"_s).value(), Sev({Workaround}));
    QCOMPARE(painSeveritiesFromKey(QString()).value(), Sev());
    QString bad;
    QVERIFY(!painSeveritiesFromKey(u"trivial|awful"_s, &bad));
    QCOMPARE(bad, u"awful"_s);
    QCOMPARE(painSeverityMark(Abandonment), u"!!!A"_s);
    QCOMPARE(painSeverityMark(None), QString());
    QCOMPARE(withSeverity({Trivial}, 2, Abandonment), Sev({Trivial, None, Abandonment}));
    QCOMPARE(withSeverity({Trivial, None, Abandonment}, 2, None), Sev({Trivial}));
}

void TestPainSeverity::severitiesFollowTheirLines_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<Sev>("severities");
    QTest::addColumn<Sev>("expected");
    QTest::newRow("a line inserted above")
        << u"a\nb"_s << u"new\na\nb"_s << Sev {Trivial, Abandonment}
        << Sev {None, Trivial, Abandonment};
    QTest::newRow("a line inserted between")
        << u"a\nb"_s << u"a\nnew\nb"_s << Sev {Trivial, Abandonment}
        << Sev {Trivial, None, Abandonment};
    QTest::newRow("edited in place")
        << u"a\nb"_s << u"a\nb, worse"_s << Sev {None, Abandonment} << Sev {None, Abandonment};
    QTest::newRow("a deleted line's goes")
        << u"a\nb\nc"_s << u"a\nc"_s << Sev {Trivial, Abandonment, Workaround}
        << Sev {Trivial, Workaround};
    QTest::newRow("edited while a line is added")
        << u"a\nb"_s << u"a2\nb\nc"_s << Sev {Trivial, Workaround} << Sev {None, Workaround};
    QTest::newRow("moved down") << u"a\nb\nc"_s << u"b\nc\na\nd"_s << Sev {Abandonment}
                                << Sev {None, None, Abandonment};
    QTest::newRow("all deleted") << u"a"_s << QString() << Sev {Trivial} << Sev {};
    QTest::newRow("a line cleared")
        << u"a\nb"_s << u"a\n "_s << Sev {Trivial, Workaround} << Sev {Trivial};
}

void TestPainSeverity::severitiesFollowTheirLines()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(Sev, severities);
    QFETCH(Sev, expected);
    QCOMPARE(realignSeverities(before, after, severities), expected);
}

void TestPainSeverity::setLineSeverityIsOneUndoStep()
{
    QVERIFY2(createFile(u"set"_s).isEmpty(), "file");
    const EntityRef ref = painCell(u"Slow page\nCard refused\nNo receipt"_s);
    QVERIFY(Edit::setLineSeverity(*mDoc, ref.parent, ref.id, ref.secondary, 1, Abandonment));
    QVERIFY(Edit::setLineSeverity(*mDoc, ref.parent, ref.id, ref.secondary, 2, Trivial));
    QCOMPARE(mDoc->undoStack()->count(), 2);
    QCOMPARE(mDoc->undoStack()->undoText(), u"Set Pain-Point Severity"_s);
    const auto cell = [&] {
        return journey().stages.front().firstCells().value(ref.secondary);
    };
    QCOMPARE(cell().severities, Sev({None, Abandonment, Trivial}));
    // The same again, a line the cell does not have, or a lane that is not text: nothing.
    QVERIFY(!Edit::setLineSeverity(*mDoc, ref.parent, ref.id, ref.secondary, 1, Abandonment));
    QVERIFY(!Edit::setLineSeverity(*mDoc, ref.parent, ref.id, ref.secondary, 3, Trivial));
    Id emotion = 0;
    for (const Lane &l : journey().lanes)
        emotion = l.kind == LaneKind::Emotion ? l.id : emotion;
    QVERIFY(!Edit::setLineSeverity(*mDoc, ref.parent, ref.id, emotion, 0, Trivial));
    QCOMPARE(mDoc->undoStack()->count(), 2);

    mDoc->undoStack()->undo();
    QCOMPARE(cell().severities, Sev({None, Abandonment}));
    mDoc->undoStack()->redo();
    // In the file.
    const Journey back = reopened();
    QCOMPARE(back.stages.front().firstCells().value(ref.secondary).severities,
             Sev({None, Abandonment, Trivial}));
}

void TestPainSeverity::textEditsMoveSeveritiesWithUndo()
{
    QVERIFY2(createFile(u"text"_s).isEmpty(), "file");
    const EntityRef ref = painCell(u"Slow page\nCard refused"_s);
    QVERIFY(Edit::setLineSeverity(*mDoc, ref.parent, ref.id, ref.secondary, 1, Abandonment));
    const auto cell = [&] {
        return journey().stages.front().firstCells().value(ref.secondary);
    };

    // A line typed above: the refused card keeps its mark, one undo step for both.
    QVERIFY(Edit::setField(*mDoc, ref, Field::CellText, u"No stock\nSlow page\nCard refused"_s));
    QCOMPARE(cell().severities, Sev({None, None, Abandonment}));
    QCOMPARE(mDoc->undoStack()->count(), 2);
    QCOMPARE(mDoc->undoStack()->undoText(), u"Edit cell"_s);
    mDoc->undoStack()->undo();
    QCOMPARE(cell().text, u"Slow page\nCard refused"_s);
    QCOMPARE(cell().severities, Sev({None, Abandonment}));

    // Its line deleted: the mark goes, and comes back on undo.
    QVERIFY(Edit::setField(*mDoc, ref, Field::CellText, u"Slow page"_s));
    QCOMPARE(cell().severities, Sev());
    mDoc->undoStack()->undo();
    QCOMPARE(cell().severities, Sev({None, Abandonment}));

    // Pasting a block (setFields) follows the lines too.
    QVERIFY(Edit::setFields(*mDoc, {{ref, Field::CellText, u"Card refused"_s}}, u"Paste"_s));
    QCOMPARE(cell().severities, Sev({Abandonment}));
    const Journey back = reopened();
    QCOMPARE(back.stages.front().firstCells().value(ref.secondary).severities, Sev({Abandonment}));
}

void TestPainSeverity::countsPerStage()
{
    Stage stage;
    Cell pains {u"a\nb\nc"_s};
    pains.severities = {Abandonment, Abandonment, Workaround};
    Cell more {u"d"_s};
    more.severities = {Trivial, Abandonment}; // a severity past the last line is not counted
    stage.firstCells().insert(1, pains);
    stage.firstCells().insert(2, more);
    const SeverityCounts counts = severityCounts(stage);
    QCOMPARE(counts.abandonment, 2);
    QCOMPARE(counts.workaround, 1);
    QCOMPARE(counts.trivial, 1);
    QCOMPARE(describeSeverityCounts(counts), u"2 abandonment, 1 workaround, 1 trivial"_s);
    QCOMPARE(describeSeverityCounts({}), QString());

    // The dashboard's journey summary, stage by stage.
    Journey journey;
    stage.name = u"Checkout"_s;
    Stage quiet;
    quiet.name = u"Browse"_s;
    journey.stages = {quiet, stage, stage};
    journey.stages[2].name = u"Pay"_s;
    QCOMPARE(DashboardSummary::summarize(journey).painPoints,
             u"Checkout: 2 abandonment, 1 workaround, 1 trivial; Pay: 2 abandonment, "
             "1 workaround, 1 trivial"_s);
    QCOMPARE(DashboardSummary::summarize(quietJourney()).painPoints, QString());
}

void TestPainSeverity::jsonRoundTripAndBadValues()
{
    const Workspace original = TestData::everyField();
    const QByteArray json = WorkspaceJson::write(original);
    QVERIFY2(json.contains(R"("severities": [)"), json.constData());
    const WorkspaceJson::ReadResult read = WorkspaceJson::read(json);
    QVERIFY2(read.workspace, qPrintable(read.error));
    QCOMPARE(*read.workspace, original);

    // JSON written before severities (no key) still reads; unknown values name their place.
    Workspace w = original;
    w.journeys[0].stages[0].firstCells()[401].severities.clear();
    QVERIFY(!WorkspaceJson::write(w).contains("severities"));
    QCOMPARE(*WorkspaceJson::read(WorkspaceJson::write(w)).workspace, w);
    QByteArray bad = json;
    bad.replace(R"("abandonment")", R"("dreadful")");
    const WorkspaceJson::ReadResult refused = WorkspaceJson::read(bad);
    QVERIFY(!refused.workspace);
    QVERIFY2(refused.error.startsWith(u"journeys[0].stages[0].cells[0].severities[0]: "_s),
             qPrintable(refused.error));
    QVERIFY2(refused.error.contains(u"pain-point severity"_s), qPrintable(refused.error));
    w.journeys[0].stages[0].firstCells()[401].severities = {Trivial, Trivial, Trivial};
    const WorkspaceJson::ReadResult tooMany = WorkspaceJson::read(WorkspaceJson::write(w));
    QVERIFY(!tooMany.workspace);
    QVERIFY2(tooMany.error.contains(u"more severities than the text has lines"_s),
             qPrintable(tooMany.error));
}

void TestPainSeverity::csvRoundTripOlderHeaderAndBadValues()
{
    const Workspace original = TestData::everyField();
    const QString text = QString::fromUtf8(JourneyCsvFormat().write(original, {}).data);
    QVERIFY2(text.contains(u"1:KPIs\",abandonment|trivial,1,\r\n"_s), qPrintable(text));
    const ImportResult in = importCsv(text.toUtf8());
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    const Journey &j = in.fragment->journeys[0];
    QCOMPARE(j.stages[0].firstCells().value(j.lanes[0].id).severities, Sev({Abandonment, Trivial}));

    // Written by hand: aligned with the value's lines, an empty entry for a line without.
    const QByteArray head = "journey,stage_order,stage,lane,value,assessment,emotion,duration,"
                            "entering,group,failure,wait,arrows,severity\n";
    ImportResult hand
        = importCsv(head + "J,1,Pay,Pains,\"a\nb\nc\",,,,,,,,,abandonment|trivial|\n");
    QVERIFY2(hand.errors.isEmpty(), qPrintable(hand.errors.join(u'\n')));
    QCOMPARE(hand.fragment->journeys[0].stages[0].firstCells().begin()->severities,
             Sev({Abandonment, Trivial}));
    // Each line of a value written with padding (three lines, three entries).
    Workspace w = *hand.fragment;
    QVERIFY(QString::fromUtf8(JourneyCsvFormat().write(w, {}).data)
                .contains(u",abandonment|trivial|,1,\r\n"_s));

    // The older header, without the column, still imports.
    hand = importCsv("journey,stage_order,stage,lane,value,assessment,emotion,duration,entering,"
                     "group,failure,wait,arrows\nJ,1,Pay,Pains,a,,,,,,,,\n");
    QVERIFY2(hand.errors.isEmpty(), qPrintable(hand.errors.join(u'\n')));
    QVERIFY(hand.fragment->journeys[0].stages[0].firstCells().begin()->severities.empty());

    // Bad values: FILE:LINE: reason, nothing imported.
    hand = importCsv(head
                     + "J,1,Pay,Pains,a,,,,,,,,,trivial\n"
                       "J,2,Sign,Pains,a,,,,,,,,,awful\n"
                       "J,3,Use,Pains,a,,,,,,,,,trivial|workaround\n");
    QVERIFY(!hand.fragment);
    QCOMPARE(hand.errors.size(), 2);
    QVERIFY2(hand.errors[0].startsWith(u"j.csv:3: severity \"awful\" is unknown"_s),
             qPrintable(hand.errors[0]));
    QVERIFY2(hand.errors[1].startsWith(u"j.csv:4: severity \"trivial|workaround\" has more "
                                       "entries than the value has lines (1)"_s),
             qPrintable(hand.errors[1]));
}

QTEST_GUILESS_MAIN(TestPainSeverity)
#include "tst_painseverity.moc"
