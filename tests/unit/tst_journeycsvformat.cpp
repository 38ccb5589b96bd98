#include "document/edits.h"
#include "formats/journeycsvformat.h"
#include "formats/workspacejson.h"
#include "support/testworkspaces.h"

#include <QFile>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(PARCOURS_TEST_DATA) + u"/journeys/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    return file.readAll();
}

ImportResult import(const QByteArray &data, bool skipBadRows = false)
{
    ImportOptions options;
    options.fileName = u"j.csv"_s;
    options.skipBadRows = skipBadRows;
    return JourneyCsvFormat().read(data, options);
}

// What the CSV carries of a workspace: journeys with their stages' names, assessments,
// durations, entering counts, lanes by name (kinds as inferred on reading) and cells with
// their blueprint marks and arrows.
Workspace csvPart(const Workspace &w)
{
    Workspace part;
    for (Journey j : w.journeys) {
        j.description.clear();
        j.personaId = 0;
        j.renewal.clear();
        for (Lane &l : j.lanes)
            l.visible = true;
        for (Stage &s : j.stages) {
            for (auto c = s.firstCells().begin();
                 c != s.firstCells().end();) // marks and arrows too
                c = c->isEmpty() ? s.firstCells().erase(c) : std::next(c);
            s.description.clear();
            s.color.clear();
            s.isConversion = false;
            s.isValueDelivered = false;
            if (!s.duration)
                s.durationUnit = DurationUnit::Days;
        }
        part.journeys.push_back(j);
    }
    return part;
}

QString json(const Workspace &w)
{
    return QString::fromUtf8(WorkspaceJson::write(TestData::withoutIds(w)));
}

} // namespace

class TestJourneyCsvFormat : public QObject
{
    Q_OBJECT

private slots:
    void registered();
    void exportHeaderAndRows();
    void roundTripEveryField();
    void journeysWithoutLanesOrStages();
    void frenchSemicolonFileWithBom();
    void malformedRowsReportedWithLineNumbers();
    void skipBadRowsImportsTheGoodOnes();
    void wrongHeaderAndEmptyFile();
    void exportRefusesAmbiguousLanes();
    void durations_data();
    void durations();
    void laneGroupsAndTheOlderHeader();
    void marksAndArrows();
    void marksAndArrowsRefused();
    void stepsRoundTrip();
    void stepsRefused();
};

void TestJourneyCsvFormat::registered()
{
    const WorkspaceFormat *format = WorkspaceFormats::find(u"journey-csv"_s);
    QVERIFY(format);
    QVERIFY(format->canRead() && format->canWrite());
}

void TestJourneyCsvFormat::exportHeaderAndRows()
{
    const ExportResult out = JourneyCsvFormat().write(TestData::everyField(), {});
    QVERIFY(out.error.isEmpty());
    const QString text = QString::fromUtf8(out.data);
    QVERIFY2(text.startsWith(u"journey,stage_order,stage,lane,value,assessment,emotion,duration,"
                             "entering,group,failure,wait,arrows,severity,step_order,step\r\n"_s),
             qPrintable(text));
    QVERIFY(
        text.contains(u"旅程 as-is,1,Découverte,Actions,\"Reads a review,\nthen \"\"asks\"\"\","
                      "to_reinforce,,7.5 weeks,5000,customer,yes,2 jours,\"2:Touchpoints\n1:KPIs\","
                      "abandonment|trivial,1,\r\n"_s));
    QVERIFY(text.contains(
        u"旅程 as-is,1,Découverte,Emotion,,to_reinforce,-1.5,7.5 weeks,5000,,,,,,1,\r\n"_s));
    QVERIFY(text.contains(
        u"旅程 as-is,2,注册,Touchpoints,\"Web\nE-mail\",to_add,,,,frontstage,,,,,1,\r\n"_s));
    QVERIFY(text.contains(u",Équipe « ops »,,,,,1,\r\n"_s)); // a custom group, named freely
    QCOMPARE(text.count(u"\r\n"_s), 1 + 2 * 4); // header, 2 stages × 4 lanes
}

void TestJourneyCsvFormat::roundTripEveryField()
{
    const Workspace original = TestData::everyField();
    const ExportResult out = JourneyCsvFormat().write(original, {});
    const ImportResult in = import(out.data);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QVERIFY(in.fragment);
    const Workspace carried = csvPart(original);
    const Journey &a = carried.journeys[0];
    const Journey &b = in.fragment->journeys[0];
    QCOMPARE(b.name, a.name);
    QCOMPARE(b.lanes.size(), a.lanes.size());
    for (size_t l = 0; l < a.lanes.size(); ++l) {
        QCOMPARE(b.lanes[l].name, a.lanes[l].name);
        QCOMPARE(b.lanes[l].kind, a.lanes[l].kind); // Touchpoints and KPIs by their names
        QCOMPARE(b.lanes[l].group, a.lanes[l].group);
    }
    QCOMPARE(b.stages.size(), a.stages.size());
    for (size_t s = 0; s < a.stages.size(); ++s) {
        QCOMPARE(b.stages[s].name, a.stages[s].name);
        QCOMPARE(b.stages[s].assessment, a.stages[s].assessment);
        QCOMPARE(b.stages[s].duration, a.stages[s].duration);
        QCOMPARE(b.stages[s].durationUnit, a.stages[s].durationUnit);
        QCOMPARE(b.stages[s].entering, a.stages[s].entering);
        for (size_t l = 0; l < a.lanes.size(); ++l) {
            Cell x = a.stages[s].firstCells().value(a.lanes[l].id);
            Cell y = b.stages[s].firstCells().value(b.lanes[l].id);
            QCOMPARE(y.arrows.size(), x.arrows.size()); // their ids: by the JSON below
            x.arrows.clear();
            y.arrows.clear();
            QCOMPARE(y, x);
        }
    }
    // Points of failure, waits and arrows (to the next stage, and within the stage).
    const Cell reads = b.stages[0].firstCells().value(b.lanes[0].id);
    QVERIFY(reads.failurePoint);
    QCOMPARE(reads.wait, u"2 jours"_s);
    QCOMPARE(reads.arrows,
             (std::vector<CellArrow> {{b.stages[1].id, b.lanes[1].id},
                                      {b.stages[0].id, b.lanes[3].id}}));
    QCOMPARE(json(*in.fragment), json(csvPart(original)));
    // A second export is byte for byte the first.
    QCOMPARE(JourneyCsvFormat().write(*in.fragment, {}).data, out.data);
}

void TestJourneyCsvFormat::journeysWithoutLanesOrStages()
{
    Workspace w;
    Journey empty;
    empty.id = 1;
    empty.name = u"Empty"_s;
    Journey noLanes;
    noLanes.id = 2;
    noLanes.name = u"Stages only"_s;
    Stage a;
    a.id = 3;
    a.withOneStep();
    a.name = u"A"_s;
    a.duration = 1;
    a.durationUnit = DurationUnit::Months;
    Stage b;
    b.id = 4;
    b.withOneStep();
    b.name = u"B"_s;
    b.entering = 0;
    noLanes.stages = {a, b};
    Journey noStages;
    noStages.id = 5;
    noStages.name = u"Lanes only"_s;
    noStages.lanes = {{6, u"Thoughts"_s, LaneKind::Text, true}};
    w.journeys = {empty, noLanes, noStages};

    const ExportResult out = JourneyCsvFormat().write(w, {});
    QVERIFY(out.data.contains("Empty,,,,,,,,,,,,,,,\r\n"));
    QVERIFY(out.data.contains("Stages only,1,A,,,,,1 month,,,,,,,1,\r\n"));
    QVERIFY(out.data.contains("Lanes only,,,Thoughts,,,,,,,,,,,,\r\n"));
    const ImportResult in = import(out.data);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QCOMPARE(json(*in.fragment), json(w));

    ExportOptions one;
    one.journey = 5;
    QCOMPARE(JourneyCsvFormat().write(w, one).data.count('\n'), 2);
}

void TestJourneyCsvFormat::frenchSemicolonFileWithBom()
{
    const ImportResult in = import(readData(u"fr-semicolon.csv"_s));
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QVERIFY(in.fragment);
    QCOMPARE(in.fragment->journeys.size(), size_t(2));
    const Journey &j = in.fragment->journeys[0];
    QCOMPARE(j.name, u"Abonnement SaaS"_s);
    QCOMPARE(j.lanes.size(), size_t(3));
    QCOMPARE(j.lanes[0].name, u"Actions client"_s); // order of first appearance
    QCOMPARE(j.lanes[0].kind, LaneKind::Text);
    QCOMPARE(j.lanes[1].name, u"Émotion"_s);
    QCOMPARE(j.lanes[1].kind, LaneKind::Emotion);
    QCOMPARE(j.lanes[2].kind, LaneKind::Chips); // "Canaux"
    QCOMPARE(j.stages.size(), size_t(2));
    const Stage &discovery = j.stages[0]; // sorted by stage_order, not file order
    QCOMPARE(discovery.name, u"Découverte"_s);
    QCOMPARE(discovery.assessment, Assessment::WorksWell);
    QCOMPARE(discovery.duration, std::optional<double>(2));
    QCOMPARE(discovery.durationUnit, DurationUnit::Weeks);
    QCOMPARE(discovery.entering, std::optional<qint64>(5000));
    QCOMPARE(discovery.firstCells().value(j.lanes[1].id).emotion, std::optional<double>(-1.5));
    QCOMPARE(discovery.firstCells().value(j.lanes[2].id).text, u"Instagram\nRecherche"_s);
    const Stage &signUp = j.stages[1];
    QCOMPARE(signUp.firstCells().value(j.lanes[0].id).text,
             u"Crée un compte; confirme\nl'e-mail"_s);
    QCOMPARE(signUp.assessment, Assessment::ToReinforce);
    QCOMPARE(signUp.entering, std::optional<qint64>(1200));
    QCOMPARE(signUp.durationUnit, DurationUnit::Days);
    QCOMPARE(in.fragment->journeys[1].name, u"顧客の旅"_s);
    QCOMPARE(in.fragment->journeys[1].stages[0].durationUnit, DurationUnit::Hours);
}

void TestJourneyCsvFormat::malformedRowsReportedWithLineNumbers()
{
    const ImportResult in = import(readData(u"malformed.csv"_s));
    QVERIFY(!in.fragment); // nothing imported from a file with errors
    const QStringList expected = {
        u"j.csv:3: stage_order \"first\" is not a whole number from 1"_s,
        u"j.csv:4: emotion \"3\" is not a number from -2 to 2"_s,
        u"j.csv:5: duration \"2 weeks\" differs from \"7 days\" on line 2; every row of a stage "
        "gives the same duration"_s,
        u"j.csv:6: a second row for lane \"Actions\" of stage 1 (the first is on line 2)"_s,
        u"j.csv:7: stage 1 is named \"Sign-up\" on line 2, not \"Signup\""_s,
        u"j.csv:8: expected 9 fields separated by \",\", found 5"_s,
        u"j.csv:9: assessment \"sometimes\" is unknown; use works_well, useless, "
        "not_working_well, to_reinforce or to_add; duration unit \"fortnights\" is unknown; use "
        "hours, days, weeks or months; entering \"-4\" is not a whole number of customers"_s,
        u"j.csv:10: the journey name is empty"_s,
    };
    QCOMPARE(in.errors.size(), expected.size() + 1);
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(in.errors[i], expected[i]);
    QVERIFY2(in.errors.last().startsWith(u"j.csv:11: unterminated quoted field"_s),
             qPrintable(in.errors.last()));
}

void TestJourneyCsvFormat::skipBadRowsImportsTheGoodOnes()
{
    const ImportResult in = import(readData(u"malformed.csv"_s), true);
    QCOMPARE(in.errors.size(), 9);
    QVERIFY(in.fragment);
    QCOMPARE(in.fragment->journeys.size(), size_t(1));
    const Journey &j = in.fragment->journeys[0];
    QCOMPARE(j.stages.size(), size_t(1));
    QCOMPARE(j.lanes.size(), size_t(1)); // rows with errors add no lane
    QCOMPARE(j.stages[0].firstCells().value(j.lanes[0].id).text, u"Creates an account"_s);
    QCOMPARE(j.stages[0].duration, std::optional<double>(7));
}

void TestJourneyCsvFormat::wrongHeaderAndEmptyFile()
{
    ImportResult in = import("journey,order,stage,lane,value,assessment,emotion,duration,entering\n"
                             "J,1,S,L,v,,,,\n");
    QVERIFY(!in.fragment);
    QCOMPARE(in.errors.size(), 1);
    QVERIFY(in.errors[0].startsWith(u"j.csv:1: the header must be exactly journey,stage_order,"_s));
    in = import("");
    QVERIFY(!in.fragment);
    QVERIFY(in.errors[0].startsWith(u"j.csv:1: the file is empty"_s));
    in = import("journey,stage_order\n\xff\xfe\n");
    QVERIFY(!in.fragment);
    QVERIFY2(in.errors[0].startsWith(u"j.csv:2: the text is not UTF-8"_s),
             qPrintable(in.errors[0]));
}

void TestJourneyCsvFormat::exportRefusesAmbiguousLanes()
{
    Workspace w = TestData::everyField();
    w.journeys[0].lanes[1].name = u"Actions"_s;
    ExportResult out = JourneyCsvFormat().write(w, {});
    QVERIFY(out.data.isEmpty());
    QCOMPARE(out.error,
             u"journey \"旅程 as-is\" has two lanes named \"Actions\"; rename one to "
             "export the journey as CSV"_s);
    w.journeys[0].lanes[1].name = u" "_s;
    out = JourneyCsvFormat().write(w, {});
    QVERIFY(out.error.contains(u"a lane without a name"_s));
}

void TestJourneyCsvFormat::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("unit");
    QTest::newRow("days") << u"7 days"_s << true << 7.0 << int(DurationUnit::Days);
    QTest::newRow("one week") << u"1 week"_s << true << 1.0 << int(DurationUnit::Weeks);
    QTest::newRow("decimal comma") << u"1,5 mois"_s << true << 1.5 << int(DurationUnit::Months);
    QTest::newRow("hours short") << u"36h"_s << true << 36.0 << int(DurationUnit::Hours);
    QTest::newRow("bare number is days") << u"3"_s << true << 3.0 << int(DurationUnit::Days);
    QTest::newRow("capitals") << u"2 Weeks"_s << true << 2.0 << int(DurationUnit::Weeks);
    QTest::newRow("no number") << u"weeks"_s << false << 0.0 << 0;
    QTest::newRow("negative") << u"-2 days"_s << false << 0.0 << 0;
    QTest::newRow("unknown unit") << u"2 years"_s << false << 0.0 << 0;
}

void TestJourneyCsvFormat::durations()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    std::optional<double> parsed;
    DurationUnit parsedUnit = DurationUnit::Days;
    QString error;
    QCOMPARE(JourneyCsvFormat::parseDuration(text, &parsed, &parsedUnit, &error), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QFETCH(double, value);
    QFETCH(int, unit);
    QCOMPARE(*parsed, value);
    QCOMPARE(int(parsedUnit), unit);
    // What is written reads back the same.
    std::optional<double> again;
    DurationUnit againUnit = DurationUnit::Days;
    QVERIFY(JourneyCsvFormat::parseDuration(JourneyCsvFormat::formatDuration(value, parsedUnit),
                                            &again, &againUnit, &error));
    QCOMPARE(*again, value);
    QCOMPARE(againUnit, parsedUnit);
}

void TestJourneyCsvFormat::laneGroupsAndTheOlderHeader()
{
    // Files written before the `group` column still import, their lanes in no group.
    ImportResult in = import("journey,stage_order,stage,lane,value,assessment,emotion,duration,"
                             "entering\nJ,1,S,Pays,v,,,,\n");
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QVERIFY(in.fragment);
    QCOMPARE(in.fragment->journeys[0].lanes[0].group, QString());
    // A lane's group is given on any of its rows; two rows must not disagree.
    in = import("journey,stage_order,stage,lane,value,assessment,emotion,duration,entering,group\n"
                "J,1,S,Pays,v,,,,,customer\n"
                "J,1,S,Payment check,w,,,,,backstage\n"
                "J,2,T,Pays,x,,,,,\n");
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    const Journey &j = in.fragment->journeys[0];
    QCOMPARE(j.lanes[0].group, u"customer"_s);
    QCOMPARE(j.lanes[1].group, u"backstage"_s);
    QCOMPARE(laneRole(j.lanes[1].group), LaneRole::Backstage);
    in = import("journey,stage_order,stage,lane,value,assessment,emotion,duration,entering,group\n"
                "J,1,S,Pays,v,,,,,customer\n"
                "J,2,T,Pays,x,,,,,support\n");
    QVERIFY(!in.fragment);
    QCOMPARE(in.errors,
             QStringList {u"j.csv:3: lane \"Pays\" is in group \"customer\" on line 2, not "
                          "\"support\""_s});
    // Both headers are recognised as journey CSV (File > Import… picks the format by them).
    for (const QByteArray &head :
         {QByteArray("journey,stage_order,stage,lane,value,assessment,emotion,duration,entering\n"),
          QByteArray("journey,stage_order,stage,lane,value,assessment,emotion,duration,entering,"
                     "group\n")}) {
        const WorkspaceFormat *detected = WorkspaceFormats::detect(u"j.csv"_s, head);
        QVERIFY(detected);
        QCOMPARE(detected->shortName(), u"journey-csv"_s);
    }
    // A header with a column fewer than the older one is still refused.
    in = import("journey,stage_order,stage,lane,value,assessment,emotion,duration\nJ,1,S,L,v,,,\n");
    QVERIFY(!in.fragment);
}

void TestJourneyCsvFormat::marksAndArrows()
{
    // Each header from the one without `group` to the full one imports.
    const QStringList full = JourneyCsvFormat::header();
    for (qsizetype n = full.size() - 5; n <= full.size(); ++n) {
        const QByteArray head = full.first(n).join(u',').toUtf8() + '\n';
        QByteArray row = "J,1,S,Pays,v,,,,";
        row += QByteArray(",").repeated(int(n) - 9) + '\n';
        const ImportResult in = import(head + row);
        QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
        QCOMPARE(in.fragment->journeys[0].stages[0].firstCells().size(), 1);
    }
    // Written by hand: a wait and an arrow on a cell that has no text, "oui" for a failure,
    // an arrow to a lane given on a later row, into the neighbouring stage.
    const ImportResult in
        = import("journey,stage_order,stage,lane,value,assessment,emotion,duration,entering,group,"
                 "failure,wait,arrows\n"
                 "J,1,Order,Pays,,,,,,customer,oui,2 days,\"2:Payment check\n1:Provider\"\n"
                 "J,1,Order,Provider,API,,,,,support,,,\n"
                 "J,2,Check,Payment check,,,,,,backstage,,,\n");
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    const Journey &j = in.fragment->journeys[0];
    const Cell pays = j.stages[0].firstCells().value(j.lanes[0].id);
    QVERIFY(pays.failurePoint);
    QCOMPARE(pays.wait, u"2 days"_s);
    QCOMPARE(pays.arrows,
             (std::vector<CellArrow> {{j.stages[1].id, j.lanes[2].id},
                                      {j.stages[0].id, j.lanes[1].id}}));
    // Exported, formula-like waits and lane names are protected, and read back the same.
    Workspace w = *in.fragment;
    w.journeys[0].lanes[1].name = u"=Provider"_s;
    w.journeys[0].stages[0].firstCells()[j.lanes[0].id].wait = u"+2 days"_s;
    const ExportResult out = JourneyCsvFormat().write(w, {});
    const QString text = QString::fromUtf8(out.data);
    QVERIFY2(text.contains(u",yes,'+2 days,\"2:Payment check\n1:=Provider\",,1,\r\n"_s),
             qPrintable(text));
    const ImportResult again = import(out.data);
    QVERIFY2(again.errors.isEmpty(), qPrintable(again.errors.join(u'\n')));
    const Journey &k = again.fragment->journeys[0];
    QCOMPARE(k.lanes[1].name, u"=Provider"_s);
    const Cell back = k.stages[0].firstCells().value(k.lanes[0].id);
    QCOMPARE(back.wait, u"+2 days"_s);
    QCOMPARE(back.arrows.size(), size_t(2));
    QCOMPARE(back.arrows[1].lane, k.lanes[1].id);
}

void TestJourneyCsvFormat::marksAndArrowsRefused()
{
    const QByteArray head = "journey,stage_order,stage,lane,value,assessment,emotion,duration,"
                            "entering,group,failure,wait,arrows\n";
    ImportResult in = import(head
                             + "J,1,A,L,v,,,,,,maybe,,\n"
                               "J,2,B,L,v,,,,,,,,next\n"
                               "J,3,C,L,v,,,,,,,,5:L\n"
                               "J,4,D,L,v,,,,,,,,5:L\n"
                               "J,5,E,L,v,,,,,,,,5:Nobody\n"
                               "J,6,F,L,v,,,,,,,,6:L\n");
    QVERIFY(!in.fragment);
    QCOMPARE(in.errors,
             (QStringList {u"j.csv:2: failure \"maybe\" is not yes or empty"_s,
                           u"j.csv:3: arrow \"next\" is not STAGE_ORDER:LANE, e.g. \"2:Support "
                           "processes\""_s,
                           u"j.csv:4: the arrow to 5:L goes further than a neighbouring stage"_s,
                           u"j.csv:6: the arrow to 5:Nobody points at no lane \"Nobody\" of "
                           "journey \"J\""_s,
                           u"j.csv:7: the arrow to 6:L points at its own cell"_s}));
    // Skipping bad rows keeps the rest, the good arrow (2 → 3) included.
    in = import(head + "J,1,A,L,v,,,,,,,,3:L\nJ,2,B,L,v,,,,,,,,3:L\nJ,3,C,L,v,,,,,,,,\n", true);
    QVERIFY(in.fragment);
    QCOMPARE(in.errors.size(), 1);
    const Journey &j = in.fragment->journeys[0];
    QVERIFY(j.stages[0].firstCells().value(j.lanes[0].id).arrows.empty());
    QCOMPARE(j.stages[1].firstCells().value(j.lanes[0].id).arrows.size(), size_t(1));
}

// Stages of several steps (issue 18): the step_order and step columns, a cell and an emotion
// per step, arrows to a later step ("2.3:Lane"); the older header imports one step per stage.
void TestJourneyCsvFormat::stepsRoundTrip()
{
    const ImportResult in = import(
        "journey,stage_order,stage,lane,value,assessment,emotion,duration,entering,group,"
        "failure,wait,arrows,severity,step_order,step\n"
        "J,1,Sign-up,Actions,Fills the form,to_reinforce,,1 day,900,,,,1.2:Actions,,1,Form\n"
        "J,1,Sign-up,Emotion,,,1,,,,,,,,1,Form\n"
        "J,1,Sign-up,Actions,Opens the e-mail,,,,,,,,,,2,Confirmation e-mail\n"
        "J,1,Sign-up,Emotion,,,-1,,,,,,,,2,Confirmation e-mail\n"
        "J,1,Sign-up,Emotion,,,0.5,,,,,,,,3,First login\n"
        "J,2,Use,Actions,Works,,,,,,,,1.3:Emotion,,,\n");
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QVERIFY(in.fragment);
    const Journey &j = in.fragment->journeys[0];
    QCOMPARE(j.stages.size(), size_t(2));
    const Stage &signUp = j.stages[0];
    QCOMPARE(signUp.steps.size(), size_t(3));
    QCOMPARE(signUp.steps[0].id, signUp.id); // the first step has the stage's id
    QCOMPARE(signUp.steps[0].name, u"Form"_s);
    QCOMPARE(signUp.steps[1].name, u"Confirmation e-mail"_s);
    QCOMPARE(signUp.steps[2].name, u"First login"_s);
    QCOMPARE(signUp.duration, std::optional<double>(1));
    QCOMPARE(signUp.entering, std::optional<qint64>(900));
    const Id actions = j.lanes[0].id;
    const Id emotion = j.lanes[1].id;
    QCOMPARE(j.lanes[1].kind, LaneKind::Emotion);
    QCOMPARE(signUp.steps[1].cells.value(actions).text, u"Opens the e-mail"_s);
    QCOMPARE(signUp.steps[1].cells.value(emotion).emotion, std::optional<double>(-1));
    QCOMPARE(signUp.steps[2].cells.value(emotion).emotion, std::optional<double>(0.5));
    QCOMPARE(signUp.steps[0].cells.value(actions).arrows,
             (std::vector<CellArrow> {{signUp.steps[1].id, actions}}));
    QCOMPARE(j.stages[1].steps.size(), size_t(1)); // no step_order: one step
    QCOMPARE(j.stages[1].steps[0].id, j.stages[1].id);
    QVERIFY(j.stages[1].steps[0].name.isEmpty());
    QCOMPARE(j.stages[1].firstCells().value(actions).arrows,
             (std::vector<CellArrow> {{signUp.steps[2].id, emotion}}));

    const ExportResult out = JourneyCsvFormat().write(*in.fragment, {});
    const QString text = QString::fromUtf8(out.data);
    QVERIFY2(text.startsWith(u"journey,stage_order,stage,lane,value,assessment,emotion,duration,"
                             "entering,group,failure,wait,arrows,severity,step_order,step\r\n"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"J,1,Sign-up,Actions,Opens the e-mail,to_reinforce,,1 day,900,,,,,,2,"
                           "Confirmation e-mail\r\n"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"J,2,Use,Actions,Works,,,,,,,,1.3:Emotion,,1,\r\n"_s));
    QCOMPARE(text.count(u"\r\n"_s), 1 + 3 * 2 + 2); // header, 3 steps × 2 lanes, 1 × 2
    const ImportResult again = import(out.data);
    QVERIFY2(again.errors.isEmpty(), qPrintable(again.errors.join(u'\n')));
    QCOMPARE(json(*again.fragment), json(*in.fragment));
    QCOMPARE(JourneyCsvFormat().write(*again.fragment, {}).data, out.data);

    // The older header: one step per stage, of the stage's id, as before steps.
    const ImportResult old
        = import("journey,stage_order,stage,lane,value,assessment,emotion,duration,entering,group,"
                 "failure,wait,arrows,severity\nJ,1,S,Actions,v,,,,,,,,,\nJ,2,T,Actions,w,,,,,,,,1:"
                 "Actions,\n");
    QVERIFY2(old.errors.isEmpty(), qPrintable(old.errors.join(u'\n')));
    for (const Stage &s : old.fragment->journeys[0].stages) {
        QCOMPARE(s.steps.size(), size_t(1));
        QCOMPARE(s.steps[0].id, s.id);
    }
}

void TestJourneyCsvFormat::stepsRefused()
{
    const QByteArray head = "journey,stage_order,stage,lane,value,assessment,emotion,duration,"
                            "entering,group,failure,wait,arrows,severity,step_order,step\n";
    const ImportResult in = import(head
                                   + "J,1,A,L,v,,,,,,,,,,1,Form\n"
                                     "J,1,A,M,v,,,,,,,,,,1,Other name\n"
                                     "J,1,A,L,w,,,,,,,,,,1,Form\n"
                                     "J,1,A,L,x,,,,,,,,,,0,\n"
                                     "J,2,B,L,v,,,,,,,,1.4:L,,1,\n");
    QVERIFY(!in.fragment);
    QCOMPARE(in.errors,
             (QStringList {u"j.csv:3: step 1 of stage 1 is named \"Form\" on line 2, not \"Other "
                           "name\""_s,
                           u"j.csv:4: a second row for lane \"L\" of stage 1 (the first is on "
                           "line 2)"_s,
                           u"j.csv:5: step_order \"0\" is not a whole number from 1"_s,
                           u"j.csv:6: the arrow to 1.4:L points at no step 4 of stage 1"_s}));
}

QTEST_GUILESS_MAIN(TestJourneyCsvFormat)
#include "tst_journeycsvformat.moc"
