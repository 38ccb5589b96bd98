// Labelled versions inside the workspace file (issue 23): saved in one transaction, listed
// without their snapshots, read back whole, kept by Save As and JSON, refused with a reason.
#include "support/testworkspaces.h"

#include "document/editsversion.h"
#include "document/workspacedocument.h"
#include "formats/versionsjson.h"
#include "formats/workspacejson.h"
#include "formats/workspacesnapshot.h"
#include "store/workspacestore.h"
#include "store/workspaceversions.h"

#include <QProcess>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

StoredVersion versionOf(const Workspace &w, const QString &label)
{
    const QDateTime when = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    return {{label, when, u"Camille"_s, 0}, WorkspaceJson::write(w)};
}

Workspace workspaceOf(const QByteArray &json)
{
    const WorkspaceJson::ReadResult read = WorkspaceJson::read(json);
    if (!read.workspace)
        qFatal("unreadable snapshot: %s", qPrintable(read.error));
    return *read.workspace;
}

// everyField() with several curves, steps and observed usage: every kind of field is set.
Workspace richest()
{
    Workspace w = TestData::withCurves();
    UsageSource source;
    source.id = 7001;
    source.fileName = u"events-mars.csv"_s;
    source.size = 123456;
    source.fingerprint = u"ab12"_s;
    source.importedAt = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
    source.events = 42;
    source.unmappedEvents = 3;
    source.firstEvent = QDateTime(QDate(2026, 2, 1), QTime(0, 0, 1), Qt::UTC);
    source.lastEvent = QDateTime(QDate(2026, 2, 28), QTime(23, 59), Qt::UTC);
    source.unmappedEventNames = {{u"page_view"_s, 2}, {u"clic « droit »"_s, 1}};
    source.counts = {{0, w.personas.front().useCases.front().id, QDate(2026, 2, 1), 39}};
    source.activity = {{0, QDate(2026, 2, 1), 12, QDate(2026, 2, 27)}};
    w.usage.users = {{u"user-1"_s, w.personas.front().id}};
    w.usage.sources = {source};
    w.personas.front().useCases.front().events = QStringList {u"invoice_search"_s, u"export"_s};
    AudienceView executive;
    executive.id = 9001;
    executive.name = u"Executive « board »"_s;
    executive.lanes = {w.journeys.front().lanes.front().id};
    executive.curvePersonas = {w.personas.front().id};
    executive.zoom = 0.5;
    executive.firstStage = w.journeys.front().stages.front().id;
    w.journeys.front().views = {executive};
    return w;
}

// Pages SQLite read from the file on this connection (cache misses) since it opened.
int pagesRead(QSqlDatabase db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        qFatal("not an SQLite connection");
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    int misses = 0;
    int highest = 0;
    sqlite3_db_status(sqlite, SQLITE_DBSTATUS_CACHE_MISS, &misses, &highest, 0);
    return misses;
}

} // namespace

class TestVersions : public QObject
{
    Q_OBJECT

private slots:
    void savedVersionReadsBackWhole();
    void binarySnapshotKeepsEveryField();
    void olderJsonSnapshotStillReads();
    void damagedSnapshotIsReported();
    void openingReadsNoVersion();
    void emptyOrTakenLabelIsRefused();
    void olderFileGainsVersions();
    void versionsSurviveSaveAs();
    void versionsRoundTripThroughJson();
    void badVersionsInJsonNameThePlace();
    void killedSaveLeavesVersionCompleteOrAbsent();
    void restoreIsOneUndoStep();
    void versionsKeepTheMapNotItsComments();
};

void TestVersions::savedVersionReadsBackWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.parcours"_s);
    const Workspace w = TestData::everyField();
    const WorkspaceStore::OpenResult created = WorkspaceStore::create(path, w);
    QVERIFY2(created.store, qPrintable(created.error));
    WorkspaceVersions versions(created.store->database());
    QCOMPARE(versions.list()->size(), size_t(0));
    StoredVersion saved = versionOf(w, u"Workshop 1"_s);
    QVERIFY2(versions.save(saved), qPrintable(versions.lastError()));

    const std::vector<VersionInfo> list = *versions.list();
    QCOMPARE(list.size(), size_t(1));
    QCOMPARE(list[0].label, u"Workshop 1"_s);
    QCOMPARE(list[0].created, saved.info.created);
    QCOMPARE(list[0].author, u"Camille"_s);
    // Compressed: far smaller than the JSON it holds.
    QVERIFY(list[0].storedBytes > 0);
    QVERIFY(list[0].storedBytes < saved.snapshot.size() / 2);
    QCOMPARE(workspaceOf(*versions.snapshot(u"Workshop 1"_s)), w);
    QVERIFY(!versions.snapshot(u"Workshop 2"_s));
    QCOMPARE(versions.lastError(), u"no version is labelled \"Workshop 2\""_s);
}

void TestVersions::binarySnapshotKeepsEveryField()
{
    const Workspace w = richest();
    const QByteArray stored = WorkspaceSnapshot::pack(w);
    QVERIFY(stored.startsWith("PRCV\x03"));
    const WorkspaceSnapshot::ReadResult read = WorkspaceSnapshot::unpack(stored);
    QVERIFY2(read.workspace, qPrintable(read.error));
    QCOMPARE(*read.workspace, w);
    QCOMPARE(WorkspaceJson::write(*read.workspace), WorkspaceJson::write(w));

    QTemporaryDir dir;
    const WorkspaceStore::OpenResult created
        = WorkspaceStore::create(dir.filePath(u"w.parcours"_s), w);
    QVERIFY(created.store);
    WorkspaceVersions versions(created.store->database());
    const VersionInfo info {u"Atelier"_s, QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC),
                            u"Camille"_s, 0};
    const std::optional<VersionInfo> saved = versions.saveWorkspace(info, w);
    QVERIFY2(saved, qPrintable(versions.lastError()));
    QCOMPARE(saved->storedBytes, qint64(stored.size()));
    QCOMPARE(*versions.workspace(u"Atelier"_s), w);
    // JSON export of a binary version: the same JSON as the workspace's own.
    QCOMPARE(*versions.snapshot(u"Atelier"_s), WorkspaceJson::write(w));
    QVERIFY(!versions.saveWorkspace(info, w));
    QCOMPARE(versions.lastError(),
             u"a version labelled \"Atelier\" exists already; choose another label"_s);
    QCOMPARE(versions.list()->size(), size_t(1));
}

void TestVersions::olderJsonSnapshotStillReads()
{
    // Before the binary form a snapshot was the workspace JSON compressed with qCompress.
    QTemporaryDir dir;
    const Workspace w = richest();
    const WorkspaceStore::OpenResult created
        = WorkspaceStore::create(dir.filePath(u"w.parcours"_s), w);
    QVERIFY(created.store);
    const QByteArray json = WorkspaceJson::write(w);
    QSqlQuery insert(created.store->database());
    insert.prepare(u"INSERT INTO workspace_version (label, created_at, author, snapshot_size, "
                   "snapshot) VALUES ('Old', '2026-01-05T10:00:00Z', 'Léa', ?, ?)"_s);
    insert.addBindValue(qint64(json.size()));
    insert.addBindValue(qCompress(json, 9));
    QVERIFY(insert.exec());
    WorkspaceVersions versions(created.store->database());
    QCOMPARE(*versions.workspace(u"Old"_s), w);
    QCOMPARE(*versions.snapshot(u"Old"_s), json);
    QCOMPARE(versions.list()->front().author, u"Léa"_s);
}

void TestVersions::damagedSnapshotIsReported()
{
    const QByteArray stored = WorkspaceSnapshot::pack(richest());
    const WorkspaceSnapshot::ReadResult cut = WorkspaceSnapshot::unpack(stored.left(40));
    QVERIFY(!cut.workspace);
    QCOMPARE(cut.error, u"the snapshot is damaged: it does not uncompress"_s);
    const QByteArray binary = WorkspaceSnapshot::encode(richest());
    const WorkspaceSnapshot::ReadResult shortened
        = WorkspaceSnapshot::decode(binary.left(binary.size() - 3));
    QVERIFY(!shortened.workspace);
    QCOMPARE(shortened.error, u"the snapshot is damaged: its data ends early or is out of range"_s);
    QByteArray newer = stored;
    newer[4] = char(9);
    QCOMPARE(WorkspaceSnapshot::unpack(newer).error,
             u"the snapshot is in format 9, newer than this version of Parcours reads (3)"_s);

    QTemporaryDir dir;
    const WorkspaceStore::OpenResult created
        = WorkspaceStore::create(dir.filePath(u"w.parcours"_s), richest());
    QVERIFY(created.store);
    QSqlQuery insert(created.store->database());
    insert.prepare(u"INSERT INTO workspace_version (label, created_at, snapshot) "
                   "VALUES ('Cut', '2026-01-05T10:00:00Z', ?)"_s);
    insert.addBindValue(stored.left(40));
    QVERIFY(insert.exec());
    WorkspaceVersions versions(created.store->database());
    QVERIFY(!versions.workspace(u"Cut"_s));
    QCOMPARE(versions.lastError(),
             u"the version \"Cut\" is damaged: the snapshot is damaged: it does not "
             "uncompress"_s);
}

void TestVersions::openingReadsNoVersion()
{
    // 100 versions of a workspace: opening it reads the same pages as opening it without
    // them (versions are read only when asked for), and its data is the same.
    QTemporaryDir dir;
    const Workspace w = richest();
    const QString plain = dir.filePath(u"plain.parcours"_s);
    const QString withVersions = dir.filePath(u"versions.parcours"_s);
    QVERIFY(WorkspaceStore::create(plain, w).store);
    {
        const WorkspaceStore::OpenResult created = WorkspaceStore::create(withVersions, w);
        QVERIFY(created.store);
        WorkspaceVersions versions(created.store->database());
        Workspace state = w;
        for (int i = 0; i < 100; ++i) {
            state.personas.front().name = u"Persona as of version %1"_s.arg(i);
            QVERIFY(versions.saveWorkspace(
                {u"v%1"_s.arg(i), QDateTime::currentDateTimeUtc(), u"test"_s, 0}, state));
        }
    }
    const auto openedPages = [](const QString &path, Workspace *read) {
        const WorkspaceStore::OpenResult opened = WorkspaceStore::open(path);
        if (!opened.store)
            qFatal("cannot open: %s", qPrintable(opened.error));
        *read = opened.workspace;
        return pagesRead(opened.store->database());
    };
    Workspace alone;
    Workspace withThem;
    const int plainPages = openedPages(plain, &alone);
    const int versionsPages = openedPages(withVersions, &withThem);
    QCOMPARE(withThem, alone);
    QVERIFY(plainPages > 0);
    // The versions' table is one more entry in the schema, on a page read anyway.
    QCOMPARE(versionsPages, plainPages);
    // Reading one version does read its pages: the count sees them.
    const WorkspaceStore::OpenResult opened = WorkspaceStore::open(withVersions);
    QVERIFY(opened.store);
    const int before = pagesRead(opened.store->database());
    WorkspaceVersions versions(opened.store->database());
    QVERIFY(versions.list()->size() == 100);
    QVERIFY(pagesRead(opened.store->database()) > before);
}

void TestVersions::emptyOrTakenLabelIsRefused()
{
    QTemporaryDir dir;
    const WorkspaceStore::OpenResult created
        = WorkspaceStore::create(dir.filePath(u"w.parcours"_s), TestData::everyField());
    QVERIFY(created.store);
    WorkspaceVersions versions(created.store->database());
    QVERIFY(versions.save(versionOf(created.workspace, u"Baseline"_s)));
    QVERIFY(!versions.save(versionOf(created.workspace, u"Baseline"_s)));
    QCOMPARE(versions.lastError(),
             u"a version labelled \"Baseline\" exists already; choose another label"_s);
    QVERIFY(!versions.save(versionOf(created.workspace, u"  "_s)));
    QCOMPARE(versions.lastError(), u"a version needs a label"_s);
    // Two at once with one refused: neither is saved.
    std::vector<StoredVersion> two {versionOf(created.workspace, u"A"_s),
                                    versionOf(created.workspace, u""_s)};
    QVERIFY(!versions.save(two));
    QCOMPARE(versions.list()->size(), size_t(1));
}

void TestVersions::olderFileGainsVersions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.parcours"_s);
    QString error;
    QVERIFY2(WorkspaceStore::createAtVersion(path, versionsSchemaVersion - 1, &error),
             qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"PRAGMA application_id = 1347568467"_s)); // "PRCS"
        QVERIFY(!db.tables().contains(u"workspace_version"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    {
        // Read-only, it stays as it is: no versions, none to read.
        const WorkspaceStore::OpenResult reader
            = WorkspaceStore::open(path, WorkspaceStore::Access::ReadOnly);
        QVERIFY2(reader.store, qPrintable(reader.error));
        WorkspaceVersions versions(reader.store->database());
        QVERIFY2(versions.list(), qPrintable(versions.lastError()));
        QCOMPARE(versions.list()->size(), size_t(0));
        QVERIFY(!versions.snapshot(u"First"_s));
        QCOMPARE(versions.lastError(), u"no version is labelled \"First\""_s);
    }
    const WorkspaceStore::OpenResult opened = WorkspaceStore::open(path);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(opened.migration.toVersion >= versionsSchemaVersion);
    WorkspaceVersions versions(opened.store->database());
    QCOMPARE(versions.list()->size(), size_t(0));
    QVERIFY(versions.save(versionOf(opened.workspace, u"First"_s)));
}

void TestVersions::versionsSurviveSaveAs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.parcours"_s);
    const Workspace w = TestData::everyField();
    {
        const WorkspaceStore::OpenResult created = WorkspaceStore::create(path, w);
        QVERIFY(created.store);
        WorkspaceVersions versions(created.store->database());
        QVERIFY(versions.save(versionOf(w, u"Before"_s)));
    }
    const QString copy = dir.filePath(u"copy.parcours"_s);
    {
        WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(path);
        QVERIFY2(opened.document, qPrintable(opened.error));
        QString error;
        QVERIFY2(opened.document->saveAs(copy, &error), qPrintable(error));
    }
    const WorkspaceStore::OpenResult reopened
        = WorkspaceStore::open(copy, WorkspaceStore::Access::ReadOnly);
    QVERIFY(reopened.store);
    WorkspaceVersions versions(reopened.store->database());
    QCOMPARE(versions.list()->size(), size_t(1));
    QCOMPARE(workspaceOf(*versions.snapshot(u"Before"_s)), w);
}

void TestVersions::versionsRoundTripThroughJson()
{
    const Workspace w = TestData::everyField();
    Workspace earlier = w;
    earlier.personas.front().useCases.pop_back();
    const std::vector<StoredVersion> versions {versionOf(earlier, u"Earlier"_s),
                                               versionOf(w, u"Later — «é»"_s)};
    const QByteArray json = VersionsJson::withVersions(WorkspaceJson::write(w), versions);
    // The workspace reads as before: readers that know no versions ignore them.
    QCOMPARE(*WorkspaceJson::read(json).workspace, w);
    const VersionsJson::ReadResult read = VersionsJson::read(json);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.versions.size(), size_t(2));
    QCOMPARE(read.versions[0].info.label, u"Earlier"_s);
    QCOMPARE(read.versions[0].info.created, versions[0].info.created);
    QCOMPARE(read.versions[0].info.author, u"Camille"_s);
    QCOMPARE(workspaceOf(read.versions[0].snapshot), earlier);
    QCOMPARE(read.versions[1].info.label, u"Later — «é»"_s);
    QCOMPARE(workspaceOf(read.versions[1].snapshot), w);
    QCOMPARE(VersionsJson::withVersions(WorkspaceJson::write(w), {}), WorkspaceJson::write(w));
    QVERIFY(VersionsJson::read(WorkspaceJson::write(w)).versions.empty());
}

void TestVersions::badVersionsInJsonNameThePlace()
{
    const Workspace w = TestData::everyField();
    const auto withVersion = [&w](const QByteArray &from, const QByteArray &to) {
        QByteArray json = VersionsJson::withVersions(
            WorkspaceJson::write(w), {versionOf(w, u"One"_s), versionOf(w, u"Two"_s)});
        return json.replace(from, to);
    };
    QCOMPARE(VersionsJson::read(withVersion("\"Two\"", "\"One\"")).error,
             u"versions[1].label: a version labelled \"One\" exists already; choose another "
             "label"_s);
    QCOMPARE(VersionsJson::read(withVersion("2026-03-01T09:30:00Z", "yesterday")).error,
             u"versions[0].created: not a date and time (ISO 8601, e.g. 2026-03-01T09:30:00Z)"_s);
    QVERIFY(VersionsJson::read(withVersion("\"Acheteur «maison»\"", "7"))
                .error.startsWith(u"versions[0].workspace: personas[0].name"_s));
}

void TestVersions::killedSaveLeavesVersionCompleteOrAbsent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crash.parcours"_s);
    const Workspace w = TestData::everyField();
    QVERIFY(WorkspaceStore::create(path, w).store);

    QProcess saver;
    saver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    saver.start(QStringLiteral(VERSION_SAVER_PATH), {path});
    QVERIFY(saver.waitForStarted());
    int lastSaved = -1;
    QByteArray pending;
    while (lastSaved < 30) {
        QVERIFY2(saver.waitForReadyRead(20000), "the saver stopped reporting versions");
        pending += saver.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline);
            pending.remove(0, newline + 1);
            QVERIFY(line.startsWith("saved "));
            lastSaved = line.mid(6).toInt();
        }
    }
    saver.kill(); // SIGKILL on Unix: no destructor, no close, likely mid-transaction
    QVERIFY(saver.waitForFinished());
    QCOMPARE(saver.exitStatus(), QProcess::CrashExit);

    QCOMPARE(WorkspaceStore::check(path), QStringList());
    const WorkspaceStore::OpenResult reopened = WorkspaceStore::open(path);
    QVERIFY2(reopened.store, qPrintable(reopened.error));
    WorkspaceVersions versions(reopened.store->database());
    const std::vector<VersionInfo> list = *versions.list();
    // Every reported version is there; the one being saved may be there too, never in part.
    QVERIFY(int(list.size()) >= lastSaved + 1);
    QVERIFY(int(list.size()) <= lastSaved + 2);
    for (int i = 0; i < int(list.size()); ++i) {
        QCOMPARE(list[size_t(i)].label, u"v%1"_s.arg(i));
        QCOMPARE(workspaceOf(*versions.snapshot(list[size_t(i)].label)), w);
    }
}

void TestVersions::restoreIsOneUndoStep()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.parcours"_s);
    const Workspace now = TestData::everyField();
    Workspace version = now;
    version.info.name = u"Before the workshop"_s;
    version.personas.erase(version.personas.begin());
    version.journeys[0].personaId = 0;
    version.journeys[0].stages[0].name = u"Discover"_s;
    version.metrics.clear();
    version.opportunities[0].votes = 0;
    version.opportunities[0].links.pop_back(); // its use case is gone
    Persona added {999, u"Newcomer"_s, {}, u"#000000"_s, std::nullopt, Cadence::None, {}};
    version.personas.push_back(added);
    const auto reopened = [&path] {
        const WorkspaceStore::OpenResult opened
            = WorkspaceStore::open(path, WorkspaceStore::Access::ReadOnly);
        if (!opened.store)
            qFatal("cannot reopen: %s", qPrintable(opened.error));
        return opened.workspace;
    };
    WorkspaceDocument::OpenResult created = WorkspaceDocument::create(path, now);
    QVERIFY(created.document);
    WorkspaceDocument &doc = *created.document;
    QVERIFY(Edit::restoreWorkspace(doc, version, u"Restore Version"_s));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), u"Restore Version"_s);
    QCOMPARE(doc.workspace(), version);
    QCOMPARE(reopened(), version);
    doc.undoStack()->undo();
    QCOMPARE(doc.workspace(), now);
    QCOMPARE(reopened(), now);
    doc.undoStack()->redo();
    QCOMPARE(reopened(), version);
    // Restoring what is there already changes nothing and adds no step.
    QVERIFY(!Edit::restoreWorkspace(doc, version, u"Restore Version"_s));
    QCOMPARE(doc.undoStack()->count(), 1);
}

// A version is the map: its comment threads are not in the snapshot, and restoring one leaves
// today's threads as they are (they follow their items).
void TestVersions::versionsKeepTheMapNotItsComments()
{
    const Workspace now = TestData::withComments();
    QVERIFY(!now.comments.empty());
    const WorkspaceSnapshot::ReadResult read
        = WorkspaceSnapshot::unpack(WorkspaceSnapshot::pack(now));
    QVERIFY2(read.workspace, qPrintable(read.error));
    QVERIFY(read.workspace->comments.empty());

    QTemporaryDir dir;
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(dir.filePath(u"w.parcours"_s), now);
    QVERIFY(created.document);
    WorkspaceDocument &doc = *created.document;
    // The same map without its comments: nothing to restore.
    QVERIFY(!Edit::restoreWorkspace(doc, *read.workspace, u"Restore Version"_s));
    Workspace older = *read.workspace;
    older.info.name = u"Before the workshop"_s;
    QVERIFY(Edit::restoreWorkspace(doc, older, u"Restore Version"_s));
    QCOMPARE(doc.workspace().info.name, u"Before the workshop"_s);
    QCOMPARE(doc.workspace().comments, now.comments);
}

QTEST_GUILESS_MAIN(TestVersions)
#include "tst_versions.moc"
