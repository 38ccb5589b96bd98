#include "analytics/usagemetrics.h"
#include "document/commands.h"
#include "document/edits.h"
#include "document/editsblueprint.h"
#include "document/editscomments.h"
#include "document/editscurves.h"
#include "document/editsmetricsfill.h"
#include "document/editsopportunity.h"
#include "document/editssteps.h"
#include "document/editsusage.h"
#include "domain/journeytemplates.h"
#include "formats/csv.h"
#include "formats/usecasetext.h"
#include "formats/workspacejson.h"
#include "layout/journeylayout.h"
#include "support/observedusagedata.h"
#include "support/testworkspaces.h"

#include <algorithm>

#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Parcours;
using namespace Qt::StringLiterals;

// tst_translations checks that parcours_fr.ts has every string lupdate finds; this test checks
// that the running code looks them up under the same context, with the compiled catalogue
// (:/i18n/parcours_fr.qm, as app/language.cpp installs it). A tr() helper with a context of
// its own made such messages come out in English although their French was in the file.
class TestFrenchRuntime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commandRefusalReason();
    void workspaceJsonError();
    void importNote();
    // The files whose messages go through a tr() helper of their own (edits.cpp, csv.cpp,
    // usecasetext.cpp, journeylayout*.cpp): the helper's context must be the one lupdate files
    // the strings under.
    void undoCommandName();
    void blueprintLanesAndUndoName();
    void opportunityUndoNameAndQuadrant();
    void stepsUsageAndFillUndoNames();
    void csvProblem();
    void csvHeaderWithOptionalColumn();
    void useCaseTextProblem();
    void emptyJourneyText();

private:
    QTranslator mTranslator;
};

namespace {

// Asks commands.cpp why an insert cannot be redone, as a command does before redoing it on a
// shared workspace.
class ProbeCommand final : public Commands::WorkspaceCommand
{
public:
    using WorkspaceCommand::WorkspaceCommand;
    QString whyParentMissing(const EntityRef &ref) const { return parentMissing(ref); }
};

} // namespace

void TestFrenchRuntime::initTestCase()
{
    QVERIFY(mTranslator.load(u"parcours_fr"_s, u":/i18n"_s));
    QVERIFY(QCoreApplication::installTranslator(&mTranslator));
}

void TestFrenchRuntime::commandRefusalReason()
{
    QTemporaryDir dir;
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(dir.filePath(u"w.parcours"_s), TestData::everyField());
    QVERIFY2(created.document, qPrintable(created.error));
    const ProbeCommand probe(*created.document, u"Add use case"_s);
    QCOMPARE(probe.whyParentMissing(EntityRef::useCase(999, 1)),
             u"son persona a été supprimé par quelqu’un d’autre"_s);
}

void TestFrenchRuntime::workspaceJsonError()
{
    const WorkspaceJson::ReadResult read = WorkspaceJson::read(
        R"({"format": "parcours-workspace", "version": 1, "personas": [{"id": 0}]})");
    QVERIFY(!read.workspace);
    QCOMPARE(read.error, u"personas[0].id: nombre entier de 1 à 2^53 - 1 attendu"_s);
}

void TestFrenchRuntime::importNote()
{
    Workspace target = TestData::everyField();
    Workspace fragment;
    fragment.personas.push_back(target.personas.front()); // same name, same first use case
    fragment.personas.front().useCases.resize(1);
    Edit::ImportNotes notes;
    Edit::mergeFragment(target, fragment, &notes);
    QCOMPARE(notes.warnings(u"again.csv"_s),
             QStringList {u"again.csv\u00a0: avertissement\u00a0: 1 cas d’utilisation est déjà "
                          u"dans l’espace de travail\u00a0; pas ajouté une seconde fois"_s});
    // The free tr() of document/fragmentmerge.cpp (context Parcours::Edit).
    QCOMPARE(Edit::renamedJourneyWarning(u"j.mmd"_s, {u"Achat"_s, u"Achat (2)"_s}),
             u"j.mmd\u00a0: avertissement\u00a0: un parcours nommé «\u00a0Achat\u00a0» existe "
             u"déjà dans l’espace de travail\u00a0; importé sous le nom «\u00a0Achat (2)\u00a0»"_s);
}

void TestFrenchRuntime::undoCommandName()
{
    QTemporaryDir dir;
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(dir.filePath(u"w.parcours"_s), TestData::everyField());
    QVERIFY2(created.document, qPrintable(created.error));
    Persona persona;
    persona.name = u"Nouveau"_s;
    Edit::addPersona(*created.document, persona);
    QCOMPARE(created.document->undoStack()->undoText(), u"Ajouter un persona"_s);
}

void TestFrenchRuntime::blueprintLanesAndUndoName()
{
    QTemporaryDir dir;
    const Workspace w = JourneyTemplates::makeWorkspace(JourneyTemplates::Kind::Saas,
                                                        JourneyTemplates::Language::English);
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(dir.filePath(u"w.parcours"_s), w);
    QVERIFY2(created.document, qPrintable(created.error));
    const Id journeyId = w.journeys.front().id;
    QVERIFY(Edit::addBlueprintLanes(*created.document, journeyId) > 0);
    QCOMPARE(created.document->undoStack()->undoText(), u"Ajouter les lignes du plan de service"_s);
    QStringList names;
    for (const Lane &lane : created.document->workspace().journey(journeyId)->lanes)
        names << lane.name;
    QVERIFY2(names.contains(u"Preuves physiques"_s), qPrintable(names.join(u", ")));
}

// editsopportunity.cpp's free tr() and opportunity.cpp's translate() calls must use the
// contexts lupdate files their strings under (Parcours::Edit, Parcours::Opportunities).
void TestFrenchRuntime::opportunityUndoNameAndQuadrant()
{
    QTemporaryDir dir;
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(dir.filePath(u"w.parcours"_s), TestData::everyField());
    QVERIFY2(created.document, qPrintable(created.error));
    Opportunity opportunity;
    opportunity.title = u"Expliquer les prix"_s;
    QVERIFY(Edit::addOpportunity(*created.document, opportunity));
    QCOMPARE(created.document->undoStack()->undoText(), u"Ajouter une opportunité"_s);
    QCOMPARE(opportunityQuadrantName(OpportunityQuadrant::QuickWin), u"Gain rapide"_s);
}

void TestFrenchRuntime::csvProblem()
{
    QStringList problems;
    Csv::readTable(
        "a,b\n\"x,y\n", {u"a"_s, u"b"_s}, [](const Csv::Record &) {},
        [&problems](int, const QString &reason) { problems << reason; });
    QCOMPARE(problems,
             QStringList {u"champ entre guillemets non terminé\u00a0: un guillemet ouvert ici "
                          u"n’est jamais fermé"_s});
}

// A header with optional trailing columns (the metrics CSV's `computed`) names them apart.
void TestFrenchRuntime::csvHeaderWithOptionalColumn()
{
    QStringList problems;
    const auto report = [&problems](int, const QString &reason) {
        problems << reason;
    };
    const Csv::Header header({u"a"_s, u"b"_s, u"computed"_s}, 1);
    Csv::readTable(
        "a,x\n", header, [](const Csv::Record &) {}, report);
    Csv::readTable(
        "", header, [](const Csv::Record &) {}, report);
    QCOMPARE(problems,
             (QStringList {u"l’en-tête doit être exactement a,b, éventuellement suivi de computed "
                           u"(trouvé\u00a0: a,x)"_s,
                           u"le fichier est vide\u00a0; la première ligne doit être l’en-tête "
                           u"a,b, éventuellement suivi de computed"_s}));
}

void TestFrenchRuntime::useCaseTextProblem()
{
    std::optional<double> weight;
    QString error;
    QVERIFY(!UseCaseText::parseWeight(u"-2"_s, &weight, &error));
    QCOMPARE(error, u"le poids -2 est négatif"_s);
}

void TestFrenchRuntime::emptyJourneyText()
{
    Workspace workspace;
    Journey journey;
    journey.id = 7;
    journey.name = u"Vide"_s;
    workspace.journeys.push_back(journey);
    const JourneyLayout layout(workspace, journey.id);
    QCOMPARE(layout.emptyText().text(),
             u"Aucune étape pour l’instant\u00a0: ajoutez-en une pour commencer la carte."_s);
}

// editssteps.cpp's, editsusage.cpp's and editsmetricsfill.cpp's free tr() must use the context
// lupdate files their strings under (Parcours::Edit).
void TestFrenchRuntime::stepsUsageAndFillUndoNames()
{
    QTemporaryDir dir;
    Workspace w = TestData::observedUsage();
    const ObservedUsage usage = w.usage;
    w.usage = {};
    w.journeys = TestData::everyField().journeys;
    for (Journey &journey : w.journeys)
        journey.personaId = 0; // everyField()'s personas are not in this workspace
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(dir.filePath(u"w.parcours"_s), w);
    QVERIFY2(created.document, qPrintable(created.error));
    WorkspaceDocument &doc = *created.document;
    const Journey &journey = doc.workspace().journeys.front();
    QVERIFY(Edit::addStep(doc, journey.id, journey.stages.front().id) != 0);
    QCOMPARE(doc.undoStack()->undoText(), u"Ajouter une sous-\u00e9tape"_s);
    const Journey &stepped = doc.workspace().journeys.front();
    const auto emotionLane
        = std::find_if(stepped.lanes.begin(), stepped.lanes.end(),
                       [](const Lane &l) { return l.kind == LaneKind::Emotion; });
    QVERIFY(emotionLane != stepped.lanes.end());
    QVERIFY(Edit::setCurvePoint(doc, stepped.id, stepped.stages.front().steps.front().id,
                                emotionLane->id, TestData::renterId, 1.0));
    QCOMPARE(doc.undoStack()->undoText(), u"Placer le point de la courbe"_s);
    // editscomments.cpp's free tr() helper, under the context lupdate files it in.
    QVERIFY(Edit::addCommentThread(doc, CommentTarget::stage(stepped.id, stepped.stages.front().id),
                                   u"Léa"_s, u"Plus court ?"_s));
    QCOMPARE(doc.undoStack()->undoText(), u"Ajouter un commentaire"_s);
    QCOMPARE(Edit::importUsage(doc, usage.sources.front(), usage.users),
             Edit::UsageImported::Added);
    QCOMPARE(doc.undoStack()->undoText(), u"Importer des \u00e9v\u00e9nements"_s);
    const Edit::MetricsFillPlan plan
        = Edit::planMetricsFill(doc.workspace(), metricPeriodsFromUsage(doc.workspace().usage));
    QVERIFY(Edit::fillMetricPeriods(doc, plan, false));
    QCOMPARE(doc.undoStack()->undoText(), u"Remplir depuis les \u00e9v\u00e9nements"_s);
}

QTEST_MAIN(TestFrenchRuntime) // a QGuiApplication: the journey layout measures text
#include "tst_frenchruntime.moc"
