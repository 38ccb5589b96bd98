// What changed between two workspaces (issue 23), on hand-built pairs: one field kind each.
#include "support/testworkspaces.h"

#include "analytics/forgottenzone.h"
#include "analytics/workspacediff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

// The text's lines without the trailing newline.
QStringList lines(const WorkspaceDiff &diff)
{
    QStringList all = diff.toText().split(u'\n');
    if (!all.isEmpty() && all.constLast().isEmpty())
        all.removeLast();
    return all;
}

QStringList diffLines(const Workspace &before, const Workspace &after)
{
    return lines(WorkspaceDiff::compare(before, after));
}

} // namespace

class TestWorkspaceDiff : public QObject
{
    Q_OBJECT

private slots:
    void sameWorkspaceHasNoChanges();
    void workspaceInfo();
    void personaFields();
    void useCasesAddedRemovedChanged();
    void flippedVerdictComesFirst();
    void metricPeriodsComeFirst();
    void journeyLanesAndStages();
    void cellsByStageAndLane();
    void stepAdded();
    void renewalAnswer();
    void opportunities();
    void journeyRemoved();
    void json();
};

void TestWorkspaceDiff::sameWorkspaceHasNoChanges()
{
    const Workspace w = TestData::everyField();
    const WorkspaceDiff diff = WorkspaceDiff::compare(w, w);
    QVERIFY(diff.isEmpty());
    QCOMPARE(diff.changeCount(), 0);
    QCOMPARE(diff.toText(), u"No changes.\n"_s);
}

void TestWorkspaceDiff::workspaceInfo()
{
    const Workspace before = TestData::everyField();
    Workspace after = before;
    after.info.product = u"HomeFinder 2"_s;
    after.info.retentionType = RetentionType::Continuous;
    QCOMPARE(
        diffLines(before, after),
        QStringList({u"Workspace:"_s,
                     u"  changed workspace \"Atelier — Zillow\": product: \"HomeFinder 住宅\" → "
                     "\"HomeFinder 2\"; retention_type: \"discontinuous\" → \"continuous\""_s}));
}

void TestWorkspaceDiff::personaFields()
{
    const Workspace before = TestData::everyField();
    Workspace after = before;
    after.personas[1].name = u"Agent immobilier"_s;
    after.personas[1].weight = 0.25;
    after.personas[1].cadence = Cadence::Daily;
    QCOMPARE(
        diffLines(before, after),
        QStringList({u"Persona \"Agent immobilier\":"_s,
                     u"  changed persona \"Agent immobilier\": cadence: \"weekly\" → "
                     "\"daily\"; name: \"Agent\" → \"Agent immobilier\"; weight: — → 0.25"_s}));
}

void TestWorkspaceDiff::useCasesAddedRemovedChanged()
{
    const Workspace before = TestData::everyField();
    Workspace after = before;
    std::vector<UseCase> &useCases = after.personas[0].useCases;
    useCases[1].notes = u"Asked twice"_s; // Zestimate
    useCases.erase(useCases.begin() + 2); // "Sans fréquence", no use-case text: its problem
    UseCase added;
    added.id = 299;
    added.useCase = u"Book a visit"_s;
    useCases.push_back(added);
    QCOMPARE(diffLines(before, after),
             QStringList({u"Persona \"Acheteur «maison»\":"_s,
                          u"  changed use case \"Zestimate\": notes: \"\" → \"Asked twice\""_s,
                          u"  added use case \"Book a visit\""_s,
                          u"  removed use case \"Sans fréquence\""_s}));
}

void TestWorkspaceDiff::flippedVerdictComesFirst()
{
    const Workspace before = TestData::everyField();
    QVERIFY(personaVerdict(before.personas[0], VerdictScope::CurrentOnly).forgottenZone);
    Workspace after = before;
    after.personas[0].useCases[0].frequency = UsageFrequency(2, 1, Period::Week);
    const QStringList text = diffLines(before, after);
    QCOMPARE(text.mid(0, 3),
             QStringList({u"Forgotten-zone verdicts that flipped:"_s,
                          u"  persona \"Acheteur «maison»\" is no longer in the forgotten zone"_s,
                          u"Persona \"Acheteur «maison»\":"_s}));
    QCOMPARE(text.size(), 4);
    QVERIFY2(text[3].startsWith(u"  changed use case \"Search listings\": frequency: \""_s),
             qPrintable(text[3]));
    QVERIFY2(text[3].endsWith(u"\" → \"twice a week\""_s), qPrintable(text[3]));
    const WorkspaceDiff back = WorkspaceDiff::compare(after, before);
    QCOMPARE(back.verdictFlips.size(), size_t(1));
    QVERIFY(back.verdictFlips[0].after);
}

void TestWorkspaceDiff::metricPeriodsComeFirst()
{
    const Workspace before = TestData::everyField();
    Workspace after = before;
    after.info.name = u"Atelier 2"_s;
    after.metrics[0].customersEnd = 88;
    after.metrics[0].dau.reset();
    MetricPeriod feb;
    feb.id = 602;
    feb.periodStart = QDate(2026, 2, 1);
    feb.periodEnd = QDate(2026, 2, 28);
    after.metrics.push_back(feb);
    QCOMPARE(diffLines(before, after),
             QStringList({u"Metric periods:"_s,
                          u"  changed metric period \"2026-01-01 – 2026-01-31\": customers_end: "
                          "90 → 88"_s,
                          u"  added metric period \"2026-02-01 – 2026-02-28\""_s, u"Workspace:"_s,
                          u"  changed workspace \"Atelier 2\": name: \"Atelier — Zillow\" → "
                          "\"Atelier 2\""_s}));
}

void TestWorkspaceDiff::journeyLanesAndStages()
{
    const Workspace before = TestData::everyField();
    Workspace after = before;
    Journey &j = after.journeys[0];
    j.description = u"Awareness to renewal"_s;
    j.lanes[1].visible = true;
    j.lanes[3].name = u"Indicateurs"_s;
    j.stages[0].duration = 8;
    j.stages[0].assessment = Assessment::WorksWell;
    j.stages[1].isConversion = true;
    QCOMPARE(diffLines(before, after),
             QStringList({u"Journey \"旅程 as-is\":"_s,
                          u"  changed journey \"旅程 as-is\": description: \"From awareness to "
                          "renewal\" → \"Awareness to renewal\""_s,
                          u"  changed lane \"Touchpoints\": visible: no → yes"_s,
                          u"  changed lane \"Indicateurs\": name: \"KPIs\" → \"Indicateurs\""_s,
                          u"  changed stage \"Découverte\": assessment: \"to_reinforce\" → "
                          "\"works_well\"; duration: 7.5 → 8"_s,
                          u"  changed stage \"注册\": conversion: no → yes"_s}));
}

void TestWorkspaceDiff::cellsByStageAndLane()
{
    const Workspace before = TestData::everyField();
    Workspace after = before;
    Stage &discover = after.journeys[0].stages[0];
    discover.firstCells()[401].text = u"Reads two reviews"_s;
    discover.firstCells()[401].severities = {PainSeverity::Abandonment};
    discover.firstCells()[403].emotion = 1;
    discover.firstCells()[402].text = u"Blog"_s; // a new cell
    after.journeys[0].stages[1].firstCells().remove(404); // a cell emptied
    const QStringList text = diffLines(before, after);
    QCOMPARE(text.size(), 5);
    QCOMPARE(text[0], u"Journey \"旅程 as-is\":"_s);
    QCOMPARE(text[1],
             u"  changed cell \"Découverte × Actions\": severities: [\"abandonment\",\"trivial\"] "
             "→ [\"abandonment\"]; text: \"Reads a review,\\nthen \"asks\"\" → \"Reads two "
             "reviews\""_s);
    QCOMPARE(text[2], u"  changed cell \"Découverte × Emotion\": emotion: -1.5 → 1"_s);
    QCOMPARE(text[3], u"  changed cell \"Découverte × Touchpoints\": text: — → \"Blog\""_s);
    QCOMPARE(text[4], u"  changed cell \"注册 × KPIs\": text: \"Completion: 78 %\" → —"_s);
}

void TestWorkspaceDiff::stepAdded()
{
    const Workspace before = TestData::everyField();
    Workspace after = before;
    Step compare;
    compare.id = 503;
    compare.name = u"Compare"_s;
    compare.cells.insert(401, Cell(u"Opens two tabs"_s));
    after.journeys[0].stages[1].steps.front().name = u"Sign up"_s;
    after.journeys[0].stages[1].steps.push_back(compare);
    QCOMPARE(diffLines(before, after),
             QStringList({u"Journey \"旅程 as-is\":"_s,
                          u"  changed step \"注册 / Sign up\": name: \"\" → \"Sign up\""_s,
                          u"  added step \"注册 / Compare\""_s}));
}

void TestWorkspaceDiff::renewalAnswer()
{
    const Workspace before = TestData::everyField();
    Workspace after = before;
    after.journeys[0].renewal[int(RenewalQuestion::Trigger)].answer = RenewalAnswerValue::Yes;
    after.journeys[0].renewal.insert(int(RenewalQuestion::SatisfiedCustomer),
                                     {RenewalAnswerValue::No, {}});
    QCOMPARE(diffLines(before, after),
             QStringList({u"Journey \"旅程 as-is\":"_s, u"  added renewal question \"1\""_s,
                          u"  changed renewal question \"8\": answer: \"partly\" → \"yes\""_s}));
}

void TestWorkspaceDiff::opportunities()
{
    const Workspace before = TestData::everyField();
    Workspace after = before;
    after.opportunities[0].votes = 5;
    after.opportunities[0].status = OpportunityStatus::Done;
    QCOMPARE(diffLines(before, after),
             QStringList({u"Opportunities:"_s,
                          u"  changed opportunity \"Relancer « l'acheteur »\": status: "
                          "\"planned\" → \"done\"; votes: 3 → 5"_s}));
}

void TestWorkspaceDiff::journeyRemoved()
{
    const Workspace before = TestData::everyField();
    Workspace after = before;
    after.journeys.clear();
    const WorkspaceDiff diff = WorkspaceDiff::compare(before, after);
    QCOMPARE(lines(diff),
             QStringList({u"Journey \"旅程 as-is\":"_s, u"  removed journey \"旅程 as-is\""_s}));
    QCOMPARE(diff.changeCount(), 1);
    QCOMPARE(lines(WorkspaceDiff::compare(after, before)),
             QStringList({u"Journey \"旅程 as-is\":"_s, u"  added journey \"旅程 as-is\""_s}));
}

void TestWorkspaceDiff::json()
{
    const Workspace before = TestData::everyField();
    Workspace after = before;
    after.personas[0].useCases[0].frequency = UsageFrequency(2, 1, Period::Week);
    after.journeys[0].stages[0].name = u"Discover"_s;
    const QJsonObject root
        = QJsonDocument::fromJson(WorkspaceDiff::compare(before, after).toJson()).object();
    QCOMPARE(root.value(u"changed"_s).toBool(), true);
    QCOMPARE(
        root.value(u"forgotten_zone"_s).toArray(),
        QJsonArray({QJsonObject {
            {u"persona"_s, u"Acheteur «maison»"_s}, {u"before"_s, true}, {u"after"_s, false}}}));
    QCOMPARE(root.value(u"metrics"_s).toArray(), QJsonArray());
    const QJsonArray groups = root.value(u"groups"_s).toArray();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups[0].toObject().value(u"kind"_s).toString(), u"persona"_s);
    const QJsonObject stage = groups[1].toObject().value(u"changes"_s).toArray()[0].toObject();
    QCOMPARE(stage,
             (QJsonObject {{u"change"_s, u"changed"_s},
                           {u"item"_s, u"stage"_s},
                           {u"name"_s, u"Discover"_s},
                           {u"fields"_s,
                            QJsonArray({QJsonObject {{u"field"_s, u"name"_s},
                                                     {u"before"_s, u"Découverte"_s},
                                                     {u"after"_s, u"Discover"_s}}})}}));
    QCOMPARE(QJsonDocument::fromJson(WorkspaceDiff::compare(before, before).toJson())
                 .object()
                 .value(u"changed"_s),
             QJsonValue(false));
}

QTEST_GUILESS_MAIN(TestWorkspaceDiff)
#include "tst_workspacediff.moc"
