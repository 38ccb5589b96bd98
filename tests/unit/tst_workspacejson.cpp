#include "document/edits.h"
#include "document/workspacedocument.h"
#include "formats/jsonformat.h"
#include "formats/workspacejson.h"
#include "store/workspacestore.h"
#include "support/testworkspaces.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

QString readError(const QByteArray &json)
{
    const WorkspaceJson::ReadResult read = WorkspaceJson::read(json);
    return read.workspace ? QString() : read.error;
}

// A small valid file to break in one place.
QJsonObject baseFile()
{
    return QJsonDocument::fromJson(R"({
        "format": "parcours-workspace", "version": 1,
        "workspace": {"name": "W", "product": "P", "retention_type": "continuous"},
        "personas": [
            {"id": 1, "name": "A", "use_cases": [{"id": 11, "use_case": "x"}]},
            {"id": 2, "name": "B", "use_cases": [{"id": 12, "use_case": "y"}]}
        ],
        "journeys": [
            {"id": 3, "name": "J", "persona": 1,
             "lanes": [{"id": 31, "name": "Actions", "kind": "text", "visible": false},
                       {"id": 32, "name": "Emotion", "kind": "emotion"}],
             "stages": [{"id": 41, "name": "S", "cells": [{"lane": 31, "text": "t"},
                                                          {"lane": 32, "emotion": -1.5}]}],
             "renewal": [{"question": 7, "answer": "yes", "note": "n"}]}
        ],
        "metrics": [{"id": 5, "period_start": "2026-01-01", "period_end": "2026-01-31",
                     "customers_start": 70}]
    })")
        .object();
}

QJsonObject journey0(const QJsonObject &root)
{
    return root[u"journeys"_s].toArray()[0].toObject();
}

QJsonObject withJourney0(QJsonObject root, const QJsonObject &journey)
{
    QJsonArray journeys = root[u"journeys"_s].toArray();
    journeys[0] = journey;
    root[u"journeys"_s] = journeys;
    return root;
}

QJsonObject withStage0(const QJsonObject &root, const QJsonObject &stage)
{
    QJsonObject j = journey0(root);
    QJsonArray stages = j[u"stages"_s].toArray();
    stages[0] = stage;
    j[u"stages"_s] = stages;
    return withJourney0(root, j);
}

QJsonObject stage0(const QJsonObject &root)
{
    return journey0(root)[u"stages"_s].toArray()[0].toObject();
}

QByteArray bytes(const QJsonObject &root)
{
    return QJsonDocument(root).toJson();
}

} // namespace

class TestWorkspaceJson : public QObject
{
    Q_OBJECT

private slots:
    void exactRoundTripKeepsIds();
    void importIntoNewWorkspaceIsLossless();
    void importIntoOpenDocumentIsOneUndoStep();
    void baseFileReads();
    void stepsRoundTrip();
    void curvesRoundTrip();
    void rejected_data();
    void rejected();
    void deepNestingIsAnError();
    void formatRegistered();
};

void TestWorkspaceJson::exactRoundTripKeepsIds()
{
    const Workspace original = TestData::everyField();
    const QByteArray json = WorkspaceJson::write(original);
    QVERIFY(json.contains("\"format\": \"parcours-workspace\""));
    QVERIFY(json.contains("\"version\": 1"));
    const WorkspaceJson::ReadResult read = WorkspaceJson::read(json);
    QVERIFY2(read.workspace, qPrintable(read.error));
    QCOMPARE(WorkspaceJson::write(*read.workspace), json);
    QVERIFY(*read.workspace == original);
}

void TestWorkspaceJson::importIntoNewWorkspaceIsLossless()
{
    const Workspace original = TestData::everyField();
    ImportOptions options;
    options.fileName = u"w.json"_s;
    ImportResult imported = JsonFormat().read(WorkspaceJson::write(original), options);
    QVERIFY(imported.errors.isEmpty());
    QVERIFY(imported.fragment);
    Workspace merged;
    Edit::mergeFragment(merged, std::move(*imported.fragment));
    // Ids are fresh, references follow them.
    QVERIFY(merged.personas[0].id != original.personas[0].id);
    QCOMPARE(merged.journeys[0].personaId, merged.personas[1].id);
    const Workspace expected = TestData::withoutIds(original);
    QCOMPARE(WorkspaceJson::write(TestData::withoutIds(merged)), WorkspaceJson::write(expected));
    QVERIFY(TestData::withoutIds(merged) == expected);
    // Field by field, the ones easy to lose on the way.
    QCOMPARE(merged.info.retentionType, RetentionType::Discontinuous);
    QCOMPARE(merged.journeys[0].lanes[1].visible, false);
    QCOMPARE(merged.journeys[0].renewal.value(int(RenewalQuestion::Trigger)).note, u"NPS"_s);
    QCOMPARE(merged.metrics[0].customersNew, std::optional<qint64>(30));
    QCOMPARE(merged.metrics[0].dau, std::optional<qint64>());

    // And through the SQLite store.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.parcours"_s);
    QVERIFY(WorkspaceStore::create(path, merged).store);
    const WorkspaceStore::OpenResult reopened = WorkspaceStore::open(path);
    QVERIFY2(reopened.store, qPrintable(reopened.error));
    QCOMPARE(WorkspaceJson::write(TestData::withoutIds(reopened.workspace)),
             WorkspaceJson::write(expected));
}

void TestWorkspaceJson::importIntoOpenDocumentIsOneUndoStep()
{
    QTemporaryDir dir;
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(dir.filePath(u"w.parcours"_s), Workspace());
    QVERIFY(created.document);
    WorkspaceDocument &doc = *created.document;
    const WorkspaceJson::ReadResult read
        = WorkspaceJson::read(WorkspaceJson::write(TestData::everyField()));
    QVERIFY(read.workspace);
    QVERIFY(Edit::importFragment(doc, *read.workspace, u"Import"_s));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(WorkspaceJson::write(TestData::withoutIds(doc.workspace())),
             WorkspaceJson::write(TestData::withoutIds(TestData::everyField())));
    doc.undoStack()->undo();
    QVERIFY(doc.workspace() == Workspace());
    doc.undoStack()->redo();
    QCOMPARE(doc.workspace().info.retentionType, RetentionType::Discontinuous);
}

void TestWorkspaceJson::baseFileReads()
{
    const WorkspaceJson::ReadResult read = WorkspaceJson::read(bytes(baseFile()));
    QVERIFY2(read.workspace, qPrintable(read.error));
    const Journey &j = read.workspace->journeys[0];
    QCOMPARE(j.lanes[0].visible, false);
    QCOMPARE(j.stages[0].firstCells().value(32).emotion, std::optional<double>(-1.5));
}

// Stages of several steps: "steps" with ids, names and cells, arrows to another step by
// "step"; a stage of its own one step is written as before steps, with "cells".
void TestWorkspaceJson::stepsRoundTrip()
{
    Workspace original = TestData::everyField();
    Journey &j = original.journeys.front();
    Stage &first = j.stages.front();
    first.steps.front().name = u"Form"_s;
    first.steps.push_back({7001, u"Confirmation e-mail"_s, {}});
    first.steps.back().cells.insert(401, {u"Clicks the link"_s});
    first.steps.back().cells[401].arrows = {{502, 402}};
    j.stages.back().firstCells()[402].arrows = {{7001, 401}};
    const QByteArray json = WorkspaceJson::write(original);
    QVERIFY(json.contains("\"steps\""));
    QVERIFY(json.contains("\"step\": 7001"));
    const WorkspaceJson::ReadResult read = WorkspaceJson::read(json);
    QVERIFY2(read.workspace, qPrintable(read.error));
    QVERIFY(*read.workspace == original);
    QCOMPARE(WorkspaceJson::write(*read.workspace), json);
    // One stage with steps, the other as before.
    const QJsonArray stages = QJsonDocument::fromJson(json)
                                  .object()[u"journeys"_s]
                                  .toArray()[0]
                                  .toObject()[u"stages"_s]
                                  .toArray();
    QCOMPARE(stages[0].toObject()[u"steps"_s].toArray().size(), 2);
    QVERIFY(!stages[0].toObject().contains(u"cells"_s));
    QVERIFY(stages[1].toObject().contains(u"cells"_s));
    QVERIFY(!stages[1].toObject().contains(u"steps"_s));

    // Imported with fresh ids, the arrows follow the steps.
    ImportOptions options;
    options.fileName = u"w.json"_s;
    ImportResult imported = JsonFormat().read(json, options);
    QVERIFY(imported.errors.isEmpty());
    Workspace merged;
    Edit::mergeFragment(merged, std::move(*imported.fragment));
    QVERIFY(TestData::withoutIds(merged) == TestData::withoutIds(original));
}

// Several personas' curves and the compared journey: written only where set, read back
// exactly, and through an import their personas and journey follow the fresh ids.
void TestWorkspaceJson::curvesRoundTrip()
{
    const Workspace original = TestData::withCurves();
    const QByteArray json = WorkspaceJson::write(original);
    QVERIFY(json.contains("\"compare_with\": 302"));
    QVERIFY(json.contains("\"curves\": [\n"));
    QVERIFY(json.contains("\"persona\": 102"));
    QVERIFY(!WorkspaceJson::write(TestData::everyField()).contains("\"curves\""));
    QVERIFY(!WorkspaceJson::write(TestData::everyField()).contains("\"compare_with\""));
    const WorkspaceJson::ReadResult read = WorkspaceJson::read(json);
    QVERIFY2(read.workspace, qPrintable(read.error));
    QCOMPARE(read.workspace->journeys, original.journeys);
    QCOMPARE(WorkspaceJson::write(*read.workspace), json);

    Workspace merged;
    Edit::mergeFragment(merged, *read.workspace);
    QCOMPARE(merged.journeys[0].compareWith, merged.journeys[1].id);
    QVERIFY(merged.journeys[0]
                .stages[0]
                .firstCells()
                .value(merged.journeys[0].lanes[2].id)
                .curves.contains(merged.personas[1].id));
    QCOMPARE(WorkspaceJson::write(TestData::withoutIds(merged)),
             WorkspaceJson::write(TestData::withoutIds(original)));
    // A journey copied alone (no workspace around it) keeps its curves.
    const WorkspaceJson::JourneyResult alone
        = WorkspaceJson::journeyFromJson(WorkspaceJson::journeyToJson(original.journeys[0]), {});
    QVERIFY2(alone.journey, qPrintable(alone.error));
    QCOMPARE(*alone.journey, original.journeys[0]);
}

void TestWorkspaceJson::rejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QJsonObject base = baseFile();

    QJsonObject root = base;
    QJsonArray personas = root[u"personas"_s].toArray();
    QJsonObject second = personas[1].toObject();
    second[u"id"_s] = 1;
    personas[1] = second;
    root[u"personas"_s] = personas;
    QTest::newRow("duplicate persona id")
        << bytes(root) << u"personas[1].id: the id 1 is already used by personas[0]"_s;

    root = base;
    personas = root[u"personas"_s].toArray();
    second = personas[1].toObject();
    second[u"use_cases"_s] = QJsonArray {QJsonObject {{u"id"_s, 11}}};
    personas[1] = second;
    root[u"personas"_s] = personas;
    QTest::newRow("duplicate use-case id in another persona")
        << bytes(root)
        << u"personas[1].use_cases[0].id: the id 11 is already used by personas[0].use_cases[0]"_s;

    root = base;
    personas = root[u"personas"_s].toArray();
    QJsonObject first = personas[0].toObject();
    first[u"use_cases"_s] = QJsonArray {QJsonObject {
        {u"id"_s, 11},
        {u"frequency"_s,
         QJsonObject {{u"times"_s, 1}, {u"interval"_s, 1000000}, {u"period"_s, u"year"_s}}}}};
    personas[0] = first;
    root[u"personas"_s] = personas;
    QTest::newRow("frequency too rare")
        << bytes(root)
        << u"personas[0].use_cases[0].frequency: too rare: a frequency must be at least once "
           "every 100 years"_s;

    QJsonObject j = journey0(base);
    QJsonArray lanes = j[u"lanes"_s].toArray();
    lanes.append(QJsonObject {{u"id"_s, 31}, {u"name"_s, u"Again"_s}});
    j[u"lanes"_s] = lanes;
    QTest::newRow("duplicate lane id")
        << bytes(withJourney0(base, j))
        << u"journeys[0].lanes[2].id: the id 31 is already used by journeys[0].lanes[0]"_s;

    root = base;
    QJsonArray journeys = root[u"journeys"_s].toArray();
    QJsonObject copy = journey0(base);
    copy[u"id"_s] = 4;
    journeys.append(copy);
    root[u"journeys"_s] = journeys;
    QTest::newRow("lane ids shared by two journeys")
        << bytes(root)
        << u"journeys[1].lanes[0].id: the id 31 is already used by journeys[0].lanes[0]"_s;

    QJsonObject s = stage0(base);
    s[u"cells"_s] = QJsonArray {QJsonObject {{u"lane"_s, 99}, {u"text"_s, u"x"_s}}};
    QTest::newRow("cell of an unknown lane")
        << bytes(withStage0(base, s))
        << u"journeys[0].stages[0].cells[0].lane: no lane of this journey has the id 99"_s;

    s = stage0(base);
    s[u"cells"_s] = QJsonArray {QJsonObject {{u"lane"_s, 31}, {u"text"_s, u"x"_s}},
                                QJsonObject {{u"lane"_s, 31}, {u"text"_s, u"y"_s}}};
    QTest::newRow("two cells for one lane")
        << bytes(withStage0(base, s))
        << u"journeys[0].stages[0].cells[1].lane: a second cell for lane 31 (the first is "
           "cells[0])"_s;

    s = stage0(base);
    s[u"cells"_s] = QJsonArray {QJsonObject {{u"lane"_s, 32}, {u"emotion"_s, 3}}};
    QTest::newRow("emotion out of range")
        << bytes(withStage0(base, s))
        << u"journeys[0].stages[0].cells[0].emotion: expected a number from -2 to 2"_s;

    s = stage0(base);
    s[u"entering"_s] = -5;
    QTest::newRow("negative entering")
        << bytes(withStage0(base, s))
        << u"journeys[0].stages[0].entering: expected a whole number from 0"_s;

    s = stage0(base);
    s[u"conversion"_s] = u"yes"_s;
    QTest::newRow("conversion not a boolean")
        << bytes(withStage0(base, s))
        << u"journeys[0].stages[0].conversion: expected true or false"_s;

    s = stage0(base);
    s[u"id"_s] = 1e300;
    QTest::newRow("huge id") << bytes(withStage0(base, s))
                             << u"journeys[0].stages[0].id: expected a whole number from 1"_s;

    s = stage0(base);
    s[u"id"_s] = 1.5;
    QTest::newRow("fractional id")
        << bytes(withStage0(base, s)) << u"journeys[0].stages[0].id: expected a whole number"_s;

    j = journey0(base);
    j[u"persona"_s] = 77;
    QTest::newRow("unknown persona")
        << bytes(withJourney0(base, j)) << u"journeys[0].persona: no persona has the id 77"_s;

    s = stage0(base);
    s[u"cells"_s] = QJsonArray {QJsonObject {
        {u"lane"_s, 32},
        {u"curves"_s, QJsonArray {QJsonObject {{u"persona"_s, 77}, {u"emotion"_s, 1}}}}}};
    QTest::newRow("curve of an unknown persona")
        << bytes(withStage0(base, s))
        << u"journeys[0].stages[0]: a curve's persona 77 is not in the workspace"_s;

    s = stage0(base);
    s[u"cells"_s] = QJsonArray {QJsonObject {
        {u"lane"_s, 32},
        {u"curves"_s, QJsonArray {QJsonObject {{u"persona"_s, 1}, {u"emotion"_s, 3}}}}}};
    QTest::newRow("curve point out of range")
        << bytes(withStage0(base, s))
        << u"journeys[0].stages[0].cells[0].curves[0].emotion: expected a number from -2 to 2"_s;

    s = stage0(base);
    s[u"cells"_s] = QJsonArray {
        QJsonObject {{u"lane"_s, 32},
                     {u"curves"_s,
                      QJsonArray {QJsonObject {{u"persona"_s, 1}, {u"emotion"_s, 1}},
                                  QJsonObject {{u"persona"_s, 1}, {u"emotion"_s, 2}}}}}};
    QTest::newRow("two points of one curve in a cell")
        << bytes(withStage0(base, s))
        << u"journeys[0].stages[0].cells[0].curves[1].persona: a second point for persona 1"_s;

    j = journey0(base);
    j[u"compare_with"_s] = 3;
    QTest::newRow("compared with itself")
        << bytes(withJourney0(base, j))
        << u"journeys[0].compare_with: no other journey has the id 3"_s;

    j = journey0(base);
    j[u"compare_with"_s] = 99;
    QTest::newRow("compared with an unknown journey")
        << bytes(withJourney0(base, j))
        << u"journeys[0].compare_with: no other journey has the id 99"_s;

    j = journey0(base);
    j[u"persona"_s] = u"A"_s;
    QTest::newRow("persona by name")
        << bytes(withJourney0(base, j)) << u"journeys[0].persona: expected a whole number from 1"_s;

    j = journey0(base);
    j[u"renewal"_s] = QJsonArray {QJsonObject {{u"question"_s, 8}}};
    QTest::newRow("unknown renewal question")
        << bytes(withJourney0(base, j))
        << u"journeys[0].renewal[0].question: expected a whole number from 0"_s;

    j = journey0(base);
    j[u"renewal"_s] = QJsonArray {QJsonObject {{u"question"_s, 1}, {u"answer"_s, u"yes"_s}},
                                  QJsonObject {{u"question"_s, 1}, {u"answer"_s, u"no"_s}}};
    QTest::newRow("question answered twice")
        << bytes(withJourney0(base, j))
        << u"journeys[0].renewal[1].question: question 1 is answered twice"_s;

    root = base;
    QJsonArray metrics = root[u"metrics"_s].toArray();
    QJsonObject m = metrics[0].toObject();
    m[u"period_end"_s] = u"2026-02-30"_s;
    metrics[0] = m;
    root[u"metrics"_s] = metrics;
    QTest::newRow("impossible date")
        << bytes(root) << u"metrics[0].period_end: expected a date such as 2026-01-31"_s;

    root = base;
    root[u"version"_s] = 2;
    QTest::newRow("newer version") << bytes(root) << u"JSON format version 2 is not supported"_s;

    root = base;
    root[u"personas"_s] = u"none"_s;
    QTest::newRow("personas not a list") << bytes(root) << u"personas: expected a list"_s;

    QTest::newRow("syntax error with line")
        << QByteArray("{\"format\": \"parcours-workspace\",\n \"version\": 1,\n \"personas\": [}")
        << u"line 3, column"_s;
}

void TestWorkspaceJson::rejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const QString actual = readError(json);
    QVERIFY2(actual.startsWith(error), qPrintable(u"got: "_s + actual));
}

void TestWorkspaceJson::deepNestingIsAnError()
{
    const QByteArray deep = "{\"format\": \"parcours-workspace\", \"version\": 1, \"personas\": "
        + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
    QVERIFY(!readError(deep).isEmpty());
}

void TestWorkspaceJson::formatRegistered()
{
    const WorkspaceFormat *json = WorkspaceFormats::find(u"json"_s);
    QVERIFY(json && json->canRead() && json->canWrite());
    ImportOptions options;
    options.fileName = u"bad.json"_s;
    const ImportResult bad = json->read("[]", options);
    QVERIFY(!bad.fragment);
    QCOMPARE(bad.errors,
             QStringList {u"bad.json: not a Parcours workspace: the JSON is not an object"_s});
}

QTEST_GUILESS_MAIN(TestWorkspaceJson)
#include "tst_workspacejson.moc"
