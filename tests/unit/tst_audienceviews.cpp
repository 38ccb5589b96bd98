// Audience views of a journey (issue 23): creating, renaming, changing and deleting a view, each
// one undo step; what reaches the file, the JSON, and bad views in either.
#include "document/edits.h"
#include "document/editsviews.h"
#include "document/workspacedocument.h"
#include "formats/workspacejson.h"
#include "layout/viewfilter.h"
#include "store/migrations.h"
#include "store/workspacestore.h"
#include "support/saasjourneytest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestAudienceViews : public TestData::SaasJourneyTest
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createRenameChangeDelete();
    void namesAreRefused();
    void viewsRoundTripThroughTheFile();
    void viewsRoundTripThroughJson();
    void badViewsInJsonAreNamed();
    void filterKeepsTheViewsLanesAndStages();
    void schemaStepIsRecorded();
    void olderFileGainsViews();

private:
    AudienceView executive() const
    {
        AudienceView view;
        view.name = u"  Executive "_s;
        view.lanes = {journey().lanes[0].id, journey().lanes[1].id};
        view.curvePersonas = {mBuyer};
        view.zoom = 0.75;
        view.firstStage = journey().stages[1].id;
        view.lastStage = journey().stages[3].id;
        return view;
    }
    Id mBuyer = 0;
};

void TestAudienceViews::init()
{
    const QString error = createFile(u"views"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    mBuyer = Edit::addPersona(*mDoc, Persona {0, u"Buyer"_s, {}, {}, std::nullopt, {}, {}});
    QVERIFY(mBuyer);
    QVERIFY(journey().stages.size() >= 4 && journey().lanes.size() >= 3);
}

void TestAudienceViews::cleanup()
{
    mDoc.reset();
}

void TestAudienceViews::createRenameChangeDelete()
{
    QUndoStack *undo = mDoc->undoStack();
    const int before = undo->index();
    const Id id = Edit::addView(*mDoc, mJourneyId, executive());
    QVERIFY(id);
    QCOMPARE(undo->index(), before + 1);
    QCOMPARE(undo->undoText(), u"Save View \"Executive\""_s);
    QCOMPARE(journey().views.size(), size_t(1));
    QCOMPARE(journey().views[0].name, u"Executive"_s); // trimmed
    QCOMPARE(journey().views[0].zoom, 0.75);

    QVERIFY(Edit::renameView(*mDoc, mJourneyId, id, u"Board"_s));
    QCOMPARE(undo->index(), before + 2);
    QCOMPARE(journey().views[0].name, u"Board"_s);

    AudienceView changed = journey().views[0];
    changed.lanes = {journey().lanes[2].id};
    changed.lastStage = 0;
    QVERIFY(Edit::changeView(*mDoc, mJourneyId, changed));
    QVERIFY(!Edit::changeView(*mDoc, mJourneyId, changed)); // no change: no step
    QCOMPARE(undo->index(), before + 3);
    QCOMPARE(journey().views[0], changed);

    QVERIFY(Edit::removeView(*mDoc, mJourneyId, id));
    QVERIFY(!Edit::removeView(*mDoc, mJourneyId, id));
    QCOMPARE(undo->index(), before + 4);
    QVERIFY(journey().views.empty());

    undo->undo(); // the delete
    QCOMPARE(journey().views.size(), size_t(1));
    QCOMPARE(journey().views[0], changed);
    undo->undo(); // the change
    QCOMPARE(journey().views[0].lanes.size(), qsizetype(2));
    undo->undo(); // the rename
    QCOMPARE(journey().views[0].name, u"Executive"_s);
    undo->undo(); // the creation
    QVERIFY(journey().views.empty());
    undo->redo();
    QCOMPARE(reopened().views.size(), size_t(1));
}

void TestAudienceViews::namesAreRefused()
{
    const Id id = Edit::addView(*mDoc, mJourneyId, executive());
    QVERIFY(id);
    const int before = mDoc->undoStack()->index();
    AudienceView other = executive();
    QVERIFY(!Edit::addView(*mDoc, mJourneyId, other)); // "Executive" is taken
    QCOMPARE(Edit::viewNameProblem(journey(), u" Executive"_s),
             u"This journey already has a view named \"Executive\"."_s);
    other.name = u"   "_s;
    QVERIFY(!Edit::addView(*mDoc, mJourneyId, other));
    QCOMPARE(Edit::viewNameProblem(journey(), other.name), u"A view needs a name."_s);
    other.name = u"Tiny"_s;
    other.zoom = 0.01;
    QVERIFY(!Edit::addView(*mDoc, mJourneyId, other));
    QVERIFY(!Edit::renameView(*mDoc, mJourneyId, id, QString()));
    QVERIFY(!Edit::renameView(*mDoc, mJourneyId, 424242, u"Other"_s));
    QVERIFY(Edit::viewNameProblem(journey(), u"Executive"_s, id).isEmpty()); // its own name
    QCOMPARE(mDoc->undoStack()->index(), before);
}

void TestAudienceViews::viewsRoundTripThroughTheFile()
{
    QVERIFY(Edit::addView(*mDoc, mJourneyId, executive()));
    AudienceView all;
    all.name = u"Workshop, every lane"_s;
    for (const Lane &lane : journey().lanes)
        all.lanes.append(lane.id);
    QVERIFY(Edit::addView(*mDoc, mJourneyId, all));
    const std::vector<AudienceView> views = journey().views;
    QCOMPARE(views.size(), size_t(2));
    const Journey back = reopened();
    QCOMPARE(back.views, views);
    QCOMPARE(back.views[1].firstStage, Id(0));
}

void TestAudienceViews::viewsRoundTripThroughJson()
{
    QVERIFY(Edit::addView(*mDoc, mJourneyId, executive()));
    const QByteArray json = WorkspaceJson::write(mDoc->workspace());
    const QJsonObject journeyObject
        = QJsonDocument::fromJson(json).object().value(u"journeys"_s).toArray()[0].toObject();
    const QJsonArray views = journeyObject.value(u"views"_s).toArray();
    QCOMPARE(views.size(), 1);
    QCOMPARE(views[0].toObject().value(u"name"_s).toString(), u"Executive"_s);
    QCOMPARE(views[0].toObject().value(u"zoom"_s).toDouble(), 0.75);
    const WorkspaceJson::ReadResult read = WorkspaceJson::read(json);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.workspace->journey(mJourneyId)->views, journey().views);

    // A journey without views writes no "views": older exports stay as they were.
    QVERIFY(Edit::removeView(*mDoc, mJourneyId, journey().views[0].id));
    QVERIFY(!WorkspaceJson::write(mDoc->workspace()).contains("\"views\""));
}

void TestAudienceViews::badViewsInJsonAreNamed()
{
    QVERIFY(Edit::addView(*mDoc, mJourneyId, executive()));
    const QByteArray good = WorkspaceJson::write(mDoc->workspace());
    const auto withViews = [&good](const QJsonValue &views) {
        QJsonObject root = QJsonDocument::fromJson(good).object();
        QJsonArray journeys = root.value(u"journeys"_s).toArray();
        QJsonObject j = journeys[0].toObject();
        j.insert(u"views"_s, views);
        journeys[0] = j;
        root.insert(u"journeys"_s, journeys);
        return WorkspaceJson::read(QJsonDocument(root).toJson()).error;
    };
    const QJsonObject view = QJsonDocument::fromJson(good)
                                 .object()
                                 .value(u"journeys"_s)
                                 .toArray()[0]
                                 .toObject()
                                 .value(u"views"_s)
                                 .toArray()[0]
                                 .toObject();
    QCOMPARE(withViews(u"Executive"_s), u"journeys[0].views: not a list of views"_s);
    QJsonObject unnamed = view;
    unnamed.insert(u"name"_s, u""_s);
    QCOMPARE(withViews(QJsonArray {unnamed}),
             u"journeys[0].views: views[0].name: a view needs a name"_s);
    QCOMPARE(withViews(QJsonArray {view, view}),
             u"journeys[0].views: views[1].name: another view is named \"Executive\""_s);
    QJsonObject zoomed = view;
    zoomed.insert(u"zoom"_s, 9);
    QCOMPARE(withViews(QJsonArray {zoomed}),
             u"journeys[0].views: views[0].zoom: takes 0.25 to 4"_s);
    QJsonObject badLanes = view;
    badLanes.insert(u"lanes"_s, QJsonArray {u"Actions"_s});
    QCOMPARE(withViews(QJsonArray {badLanes}),
             u"journeys[0].views: views[0]: lanes and curves are lists of ids"_s);
}

void TestAudienceViews::filterKeepsTheViewsLanesAndStages()
{
    const AudienceView view = executive();
    const ViewFilter filter = ViewFilter::of(view);
    QVERIFY(!filter.isAll());
    QVERIFY(filter.showsLane(journey().lanes[1].id));
    QVERIFY(!filter.showsLane(journey().lanes[2].id));
    QVERIFY(filter.showsCurve(mBuyer));
    QVERIFY(!filter.showsCurve(424242));
    const QList<int> every {0, 1, 2, 3, 4};
    QCOMPARE(filter.stagesIn(journey(), every), (QList<int> {1, 2, 3}));
    QCOMPARE(filter.stagesIn(journey(), {0, 2, 4}), (QList<int> {2}));
    QCOMPARE(ViewFilter().stagesIn(journey(), every), every);
    AudienceView reversed = view;
    std::swap(reversed.firstStage, reversed.lastStage);
    QCOMPARE(ViewFilter::of(reversed).stageRange(journey()),
             std::make_pair(0, int(journey().stages.size()) - 1));
    AudienceView gone = view;
    gone.firstStage = 424242; // a stage deleted since: from the first
    QCOMPARE(ViewFilter::of(gone).stageRange(journey()), std::make_pair(0, 3));
}

void TestAudienceViews::schemaStepIsRecorded()
{
    QVERIFY(Migrations::currentVersion() >= audienceViewsSchemaVersion);
    const auto step
        = std::find_if(Migrations::all().cbegin(), Migrations::all().cend(),
                       [](const Migration &m) { return m.version == audienceViewsSchemaVersion; });
    QVERIFY(step != Migrations::all().cend());
    QVERIFY(QByteArray(step->statements.front()).contains("audience_views"));
}

// A file from before views (schema 10) reads as it is, then upgrades and keeps views.
void TestAudienceViews::olderFileGainsViews()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.parcours"_s);
    QString error;
    QVERIFY2(WorkspaceStore::createAtVersion(path, versionsSchemaVersion, &error),
             qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"PRAGMA application_id = 1347568467"_s)); // "PRCS"
        QVERIFY(!db.record(u"journey"_s).contains(u"audience_views"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    {
        const WorkspaceStore::OpenResult reader
            = WorkspaceStore::open(path, WorkspaceStore::Access::ReadOnly);
        QVERIFY2(reader.store, qPrintable(reader.error));
        QVERIFY(reader.workspace.journeys.empty());
    }
    Id journeyId = 0;
    {
        WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(path);
        QVERIFY2(opened.document, qPrintable(opened.error));
        Journey j;
        j.name = u"Onboarding"_s;
        j.lanes = {{newId(), u"Actions"_s}};
        journeyId = Edit::addJourney(*opened.document, j);
        QVERIFY(journeyId);
        AudienceView view;
        view.name = u"Executive"_s;
        view.lanes = {opened.document->workspace().journey(journeyId)->lanes[0].id};
        QVERIFY(Edit::addView(*opened.document, journeyId, view));
    }
    WorkspaceDocument::OpenResult reopened = WorkspaceDocument::open(path);
    QVERIFY2(reopened.document, qPrintable(reopened.error));
    const Journey *j = reopened.document->workspace().journey(journeyId);
    QVERIFY(j);
    QCOMPARE(j->views.size(), size_t(1));
    QCOMPARE(j->views[0].name, u"Executive"_s);
}

QTEST_GUILESS_MAIN(TestAudienceViews)
#include "tst_audienceviews.moc"
