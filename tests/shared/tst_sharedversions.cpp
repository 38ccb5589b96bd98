// Labelled versions of a shared workspace, kept on its PostgreSQL server (issue 23): saved by
// the connected user, listed, read back whole, refused when the label is taken, and never
// read when the workspace opens. Against the server tests/support/pgserver.h starts.
#include "support/parcoursrun.h"
#include "support/pgserver.h"
#include "support/testworkspaces.h"

#include "document/editsversion.h"
#include "document/workspacedocument.h"

#include "shared/sharedserver.h"
#include "shared/sharedstore.h"
#include "shared/sharedversions.h"
#include "versions/versionaccess.h"

#include <QTest>

using namespace Parcours;
using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

class TestSharedVersions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionRoundTripsThroughTheServer();
    void unknownWorkspaceIsNamed();
    void editorsAddVersionsAndNobodyChangesThem();
    void commandLineSavesListsAndDiffs();
    void windowKeepsVersionsOnTheServer();

private:
    PgServer mServer;
};

void TestSharedVersions::initTestCase()
{
    PARCOURS_START_PGSERVER(mServer);
}

void TestSharedVersions::versionRoundTripsThroughTheServer()
{
    const Workspace w = TestData::withCurves();
    QString error;
    QVERIFY2(SharedServer::publish(mServer.location(u"versioned"_s), w, {}, &error),
             qPrintable(error));
    SharedVersions versions(mServer.location(u"versioned"_s));
    QVERIFY2(versions.list(), qPrintable(versions.lastError()));
    QCOMPARE(versions.list()->size(), size_t(0));

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const std::optional<VersionInfo> saved = versions.save(u"Atelier 1"_s, w);
    QVERIFY2(saved, qPrintable(versions.lastError()));
    QVERIFY(saved->storedBytes > 0);
    Workspace later = w;
    later.personas.front().name = u"Renamed after the workshop"_s;
    QVERIFY2(versions.save(u"Atelier 2"_s, later), qPrintable(versions.lastError()));

    const std::vector<VersionInfo> list = *versions.list();
    QCOMPARE(list.size(), size_t(2));
    QCOMPARE(list[0].label, u"Atelier 1"_s);
    QCOMPARE(list[0].author, PgServer::adminUser()); // the connected user
    QVERIFY(list[0].created >= before);
    QCOMPARE(list[0].storedBytes, saved->storedBytes);
    QCOMPARE(list[1].label, u"Atelier 2"_s);
    QCOMPARE(*versions.workspace(u"Atelier 1"_s), w);
    QCOMPARE(*versions.workspace(u"Atelier 2"_s), later);

    QVERIFY(!versions.save(u"Atelier 1"_s, later));
    QCOMPARE(versions.lastError(),
             u"a version labelled \"Atelier 1\" exists already; choose another label"_s);
    QVERIFY(!versions.workspace(u"Atelier 3"_s));
    QCOMPARE(versions.lastError(), u"no version is labelled \"Atelier 3\""_s);

    // The workspace itself reads as it was: versions are beside it, not in it.
    const SharedStore::OpenResult opened
        = SharedStore::open(mServer.location(u"versioned"_s), WorkspaceStore::Access::ReadOnly);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QCOMPARE(opened.workspace.personas, w.personas);
    QCOMPARE(opened.workspace.journeys, w.journeys);
}

void TestSharedVersions::unknownWorkspaceIsNamed()
{
    SharedVersions versions(mServer.location(u"nowhere"_s));
    QVERIFY(!versions.list());
    QCOMPARE(versions.lastError(), u"no shared workspace named nowhere on this server"_s);
}

// The server keeps versions immutable: an editor saves one (as its author) but can neither
// change nor delete it; a viewer lists and reads them but saves none.
void TestSharedVersions::editorsAddVersionsAndNobodyChangesThem()
{
    QString error;
    QVERIFY2(
        SharedServer::publish(mServer.location(u"roles"_s), TestData::everyField(), {}, &error),
        qPrintable(error));
    QVERIFY2(mServer.createLogin(u"dave"_s, u"dave-pw"_s, &error), qPrintable(error));
    QVERIFY2(mServer.createLogin(u"carol"_s, u"carol-pw"_s, &error), qPrintable(error));
    QStringList log;
    QVERIFY2(SharedServer::initServer(mServer.location(u"roles"_s), {{u"dave"_s}, {u"carol"_s}},
                                      &log, &error),
             qPrintable(error));

    SharedVersions byDave(mServer.location(u"roles"_s, u"dave"_s, u"dave-pw"_s));
    QVERIFY2(byDave.save(u"Dave's"_s, TestData::everyField()), qPrintable(byDave.lastError()));
    QCOMPARE(byDave.list()->front().author, u"dave"_s);
    const QString table = u"parcours_roles.workspace_version"_s;
    QVERIFY(!mServer.exec({u"UPDATE %1 SET label = 'Renamed'"_s.arg(table)}, &error, u"dave"_s,
                          u"dave-pw"_s));
    QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));
    QVERIFY(!mServer.exec({u"DELETE FROM %1"_s.arg(table)}, &error, u"dave"_s, u"dave-pw"_s));
    QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));

    SharedVersions byCarol(mServer.location(u"roles"_s, u"carol"_s, u"carol-pw"_s));
    QCOMPARE(byCarol.list()->size(), size_t(1));
    QCOMPARE(*byCarol.workspace(u"Dave's"_s), TestData::everyField());
    QVERIFY(!byCarol.save(u"Carol's"_s, TestData::everyField()));
    QVERIFY2(byCarol.lastError().contains(u"permission denied"_s), qPrintable(byCarol.lastError()));
    QCOMPARE(byDave.list()->size(), size_t(1));
}

// `parcours version URL save|list` and `parcours diff URL --from LABEL` on the server.
void TestSharedVersions::commandLineSavesListsAndDiffs()
{
    QString error;
    QVERIFY2(SharedServer::publish(mServer.location(u"cli"_s), TestData::everyField(), {}, &error),
             qPrintable(error));
    const QString url = mServer.url(u"cli"_s);
    CliOptions options;
    options.environment.insert(u"PGPASSWORD"_s, PgServer::adminPassword());

    CliRun r = runParcours({u"version"_s, url, u"save"_s, u"Workshop 1"_s}, options);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(u"Saved version \"Workshop 1\" of "_s), qPrintable(r.out));
    r = runParcours({u"version"_s, url, u"save"_s, u"Workshop 1"_s}, options);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"exists already"_s), qPrintable(r.err));

    r = runParcours({u"version"_s, url, u"list"_s}, options);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList fields = r.out.trimmed().split(u'\t');
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields[0], u"Workshop 1"_s);
    QCOMPARE(fields[2], PgServer::adminUser());

    r = runParcours({u"diff"_s, url, u"--from"_s, u"Workshop 1"_s}, options);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err)); // nothing changed since
    SharedVersions versions(mServer.location(u"cli"_s));
    QVERIFY2(versions.save(u"With curves"_s, TestData::withCurves()),
             qPrintable(versions.lastError()));
    r = runParcours({u"diff"_s, url, u"--from"_s, u"Workshop 1"_s, u"--to"_s, u"With curves"_s},
                    options);
    QVERIFY2(r.code == 1, qPrintable(r.out + r.err)); // something changed between them
    r = runParcours({u"diff"_s, url, u"--from"_s, u"Workshop 9"_s}, options);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"no version is labelled \"Workshop 9\""_s), qPrintable(r.err));
}

// The window's Versions panel and Save Version… go through VersionAccess: on a shared
// workspace it saves on the server, by the connected user, lists and reads back from there.
void TestSharedVersions::windowKeepsVersionsOnTheServer()
{
    const Workspace w = TestData::everyField();
    QString error;
    QVERIFY2(SharedServer::publish(mServer.location(u"window"_s), w, {}, &error),
             qPrintable(error));
    WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(mServer.location(u"window"_s));
    QVERIFY2(opened.document, qPrintable(opened.error));
    VersionAccess access(opened.document.get());
    QVERIFY(access.unavailableReason().isEmpty());
    QVERIFY(access.canSave());
    QCOMPARE(access.author(), mServer.location(u"window"_s).user);
    QVERIFY2(access.save(u"Workshop 1"_s), qPrintable(access.error()));
    QVERIFY(!access.save(u"Workshop 1"_s)); // taken
    QVERIFY2(access.error().contains(u"Workshop 1"_s), qPrintable(access.error()));

    const std::optional<std::vector<VersionInfo>> list = access.list();
    QVERIFY2(list, qPrintable(access.error()));
    QCOMPARE(list->size(), size_t(1));
    QCOMPARE(list->front().author, mServer.location(u"window"_s).user);
    // The server holds it: another client reads the same version.
    SharedVersions other(mServer.location(u"window"_s));
    QCOMPARE(*other.workspace(u"Workshop 1"_s), w);

    // Restored into the shared document after an edit: the server's workspace comes back.
    Workspace edited = opened.document->workspace();
    edited.info.name = u"After the workshop"_s;
    QVERIFY(Edit::restoreWorkspace(*opened.document, edited, u"Edit"_s));
    const std::optional<Workspace> version = access.read(u"Workshop 1"_s);
    QVERIFY2(version, qPrintable(access.error()));
    QVERIFY(Edit::restoreWorkspace(*opened.document, *version, u"Restore Version"_s));
    QCOMPARE(opened.document->workspace().info.name, w.info.name);
}

QTEST_GUILESS_MAIN(TestSharedVersions)
#include "tst_sharedversions.moc"
