// Observed usage (issue 22) kept: the import as one undo step, re-import replacing, the
// workspace file (schema 7), the workspace JSON and the use cases' events in usecases-csv.
#include "document/editsusage.h"
#include "formats/usageimport.h"
#include "formats/usagejson.h"
#include "formats/usecasecsvformat.h"
#include "formats/workspacejson.h"
#include "store/migrations.h"
#include "support/testworkspaces.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

constexpr Id ownerId = 11;
constexpr Id sendInvoiceId = 101, reportsId = 102;

Workspace mapped()
{
    Workspace w;
    w.info.name = u"Invoices"_s;
    Persona owner;
    owner.id = ownerId;
    owner.name = u"Owner"_s;
    UseCase sendInvoice;
    sendInvoice.id = sendInvoiceId;
    sendInvoice.useCase = u"Send an invoice"_s;
    sendInvoice.events = {u"invoice.sent"_s, u"invoice.resent"_s};
    UseCase reports;
    reports.id = reportsId;
    reports.useCase = u"Read the reports"_s;
    reports.events = {u"report.*"_s};
    owner.useCases = {sendInvoice, reports};
    w.personas = {owner};
    return w;
}

QString writeFile(QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

const QByteArray january = "user_id,event,timestamp,persona\n"
                           "u1,invoice.sent,2026-01-05T09:00:00Z,Owner\n"
                           "u1,report.monthly,2026-01-09T12:00:00Z,Owner\n"
                           "u2,login,2026-01-10T08:00:00Z,\n";

UsageImportResult readEvents(const QString &path, const Workspace &w)
{
    UsageImportResult result = UsageImport::read(path, w);
    if (!result.ok)
        qFatal("cannot import %s", qPrintable(result.failure + result.errors.join(u'\n')));
    return result;
}

Workspace reopened(const QString &path)
{
    const WorkspaceDocument::OpenResult opened
        = WorkspaceDocument::open(path, StoreBackend::Access::ReadOnly); // a reader beside it
    if (!opened.document)
        qFatal("cannot reopen %s: %s", qPrintable(path), qPrintable(opened.error));
    return opened.document->workspace();
}

} // namespace

class TestUsageStore : public QObject
{
    Q_OBJECT

private slots:
    void importIsOneUndoStep();
    void reimportReplaces();
    void removeSource();
    void fileKeepsUsage();
    void olderFileUpgrades();
    void json();
    void jsonRefusesBadUsage();
    void useCasesCsvEvents();
};

void TestUsageStore::importIsOneUndoStep()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.parcours"_s);
    WorkspaceDocument::OpenResult created = WorkspaceDocument::create(path, mapped());
    QVERIFY(created.document);
    WorkspaceDocument &doc = *created.document;
    int usageChanges = 0;
    connect(&doc, &WorkspaceDocument::changed, this, [&usageChanges](const ChangeEvent &e) {
        if (e.entity == EntityRef::workspace() && e.field == Field::WorkspaceUsage)
            ++usageChanges;
    });
    UsageImportResult result = readEvents(writeFile(dir, u"jan.csv"_s, january), doc.workspace());
    QCOMPARE(Edit::importUsage(doc, result.source, result.users), Edit::UsageImported::Added);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), u"Import Events"_s);
    QCOMPARE(usageChanges, 1);
    const ObservedUsage &usage = doc.workspace().usage;
    QCOMPARE(usage.sources.size(), size_t(1));
    QVERIFY(usage.sources[0].id != 0);
    QCOMPARE(usage.sources[0].counts.size(), size_t(2));
    QCOMPARE(usage.users.size(), size_t(2));
    QCOMPARE(reopened(path).usage, usage);

    doc.undoStack()->undo();
    QVERIFY(doc.workspace().usage.isEmpty());
    QVERIFY(doc.workspace().usage.users.empty());
    QCOMPARE(reopened(path).usage, ObservedUsage());
    QCOMPARE(usageChanges, 2);
    doc.undoStack()->redo();
    QCOMPARE(doc.workspace().usage.sources.size(), size_t(1));
    QCOMPARE(reopened(path).usage, doc.workspace().usage);
}

void TestUsageStore::reimportReplaces()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.parcours"_s);
    WorkspaceDocument::OpenResult created = WorkspaceDocument::create(path, mapped());
    QVERIFY(created.document);
    WorkspaceDocument &doc = *created.document;
    const QString jan = writeFile(dir, u"jan.csv"_s, january);
    UsageImportResult first = readEvents(jan, doc.workspace());
    Edit::importUsage(doc, first.source, first.users);
    const Id firstId = doc.workspace().usage.sources[0].id;
    const QString feb
        = writeFile(dir, u"feb.csv"_s, "user_id,event,timestamp\nu3,invoice.resent,2026-02-02\n");
    UsageImportResult second = readEvents(feb, doc.workspace());
    QCOMPARE(Edit::importUsage(doc, second.source, second.users), Edit::UsageImported::Added);
    QCOMPARE(doc.workspace().usage.sources.size(), size_t(2));
    QCOMPARE(doc.workspace().usage.users.size(), size_t(3));

    // The same bytes under another name: recognised by the fingerprint, replaced in place.
    const QString again = writeFile(dir, u"jan-again.csv"_s, january);
    UsageImportResult third = readEvents(again, doc.workspace());
    QCOMPARE(Edit::importUsage(doc, third.source, third.users), Edit::UsageImported::Replaced);
    QCOMPARE(doc.undoStack()->count(), 3);
    QCOMPARE(doc.undoStack()->undoText(), u"Re-import Events"_s);
    const ObservedUsage &usage = doc.workspace().usage;
    QCOMPARE(usage.sources.size(), size_t(2));
    QCOMPARE(usage.sources[0].id, firstId);
    QCOMPARE(usage.sources[0].fileName, u"jan-again.csv"_s);
    QCOMPARE(usage.sources[0].counts, first.source.counts);
    QCOMPARE(usage.users.size(), size_t(3)); // nobody new
    QCOMPARE(reopened(path).usage, usage);

    doc.undoStack()->undo();
    QCOMPARE(doc.workspace().usage.sources[0].fileName, u"jan.csv"_s);
    QCOMPARE(reopened(path).usage, doc.workspace().usage);
}

void TestUsageStore::removeSource()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.parcours"_s);
    WorkspaceDocument::OpenResult created = WorkspaceDocument::create(path, mapped());
    WorkspaceDocument &doc = *created.document;
    UsageImportResult result = readEvents(writeFile(dir, u"jan.csv"_s, january), doc.workspace());
    Edit::importUsage(doc, result.source, result.users);
    const Id id = doc.workspace().usage.sources[0].id;
    QVERIFY(!Edit::removeUsageSource(doc, id + 1));
    QVERIFY(Edit::removeUsageSource(doc, id));
    QVERIFY(doc.workspace().usage.isEmpty());
    QVERIFY(reopened(path).usage.isEmpty());
    doc.undoStack()->undo();
    QCOMPARE(reopened(path).usage.sources.size(), size_t(1));
}

void TestUsageStore::fileKeepsUsage()
{
    // A workspace created with usage (Save As, a new file) writes it whole.
    QTemporaryDir dir;
    Workspace w = mapped();
    UsageImportResult result = readEvents(writeFile(dir, u"jan.csv"_s, january), w);
    result.source.id = 77;
    w.usage.users = result.users;
    w.usage.sources = {result.source};
    const QString path = dir.filePath(u"w.parcours"_s);
    QVERIFY(WorkspaceDocument::create(path, w).document);
    const Workspace read = reopened(path);
    QCOMPARE(read.usage, w.usage);
    QCOMPARE(read.personas[0].useCases[0].events, w.personas[0].useCases[0].events);
    QCOMPARE(read, w);
}

void TestUsageStore::olderFileUpgrades()
{
    QVERIFY(usageSchemaVersion <= Migrations::currentVersion()); // later steps come after it
    // A file of the schema before: its use cases gain no events, it has no usage.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.parcours"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QCOMPARE(Migrations::upgrade(db, SqlEngine::Sqlite, usageSchemaVersion - 1).outcome,
                 MigrationOutcome::Upgraded);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA application_id = 1347568467"_s)); // "PRCS"
        QVERIFY(q.exec(u"INSERT INTO persona (id, position, name) VALUES (1, 0, 'P')"_s));
        QVERIFY(q.exec(u"INSERT INTO use_case (id, persona_id, position) VALUES (2, 1, 0)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(path);
    QVERIFY2(opened.document, qPrintable(opened.error));
    const Workspace &w = opened.document->workspace();
    QCOMPARE(w.personas.size(), size_t(1));
    QVERIFY(w.personas[0].useCases[0].events.isEmpty());
    QVERIFY(w.usage.isEmpty());
}

void TestUsageStore::json()
{
    QTemporaryDir dir;
    Workspace w = mapped();
    UsageImportResult result = readEvents(writeFile(dir, u"jan.csv"_s, january), w);
    result.source.id = 77;
    w.usage.users = result.users;
    w.usage.sources = {result.source};
    const QByteArray json = WorkspaceJson::write(w);
    QVERIFY(json.contains("\"events\": [\n"));
    QVERIFY(json.contains("\"usage\": {"));
    const WorkspaceJson::ReadResult read = WorkspaceJson::read(json);
    QVERIFY2(read.workspace, qPrintable(read.error));
    QCOMPARE(read.workspace->usage, w.usage);
    QCOMPARE(*read.workspace, w);
    // Without usage nor events, nothing new is written.
    const QByteArray plain = WorkspaceJson::write(Workspace());
    QVERIFY(!plain.contains("usage"));
}

void TestUsageStore::jsonRefusesBadUsage()
{
    ObservedUsage usage;
    QString error;
    const QJsonObject bad {
        {u"users"_s, QJsonArray {QJsonArray {u"u1"_s, 0}}},
        {u"sources"_s,
         QJsonArray {QJsonObject {
             {u"id"_s, 5}, {u"counts"_s, QJsonArray {QJsonArray {3, 101, u"2026-01"_s, 1}}}}}}};
    QVERIFY(!UsageJson::read(bad, &usage, &error));
    QCOMPARE(error, u"usage.sources[0].counts[0]: not observed usage as Parcours writes it"_s);
}

void TestUsageStore::useCasesCsvEvents()
{
    const UseCaseCsvFormat format;
    ExportResult written = format.write(mapped(), {});
    const QByteArray csv = written.data;
    QVERIFY(csv.startsWith("persona,problem,use_case,why_better,alternative,frequency,weight,"
                           "status,notes,events\r\n"));
    QVERIFY(csv.contains(",invoice.sent|invoice.resent\r\n"));
    ImportOptions options;
    options.fileName = u"usecases.csv"_s;
    ImportResult read = format.read(csv, options);
    QVERIFY(read.fragment);
    QCOMPARE(read.fragment->personas[0].useCases[0].events,
             (QStringList {u"invoice.sent"_s, u"invoice.resent"_s}));
    QCOMPARE(read.fragment->personas[0].useCases[1].events, QStringList {u"report.*"_s});

    // The header before issue 22 still imports; without events nothing new is written.
    read = format.read("persona,problem,use_case,why_better,alternative,frequency,weight,status,"
                       "notes\nOwner,,Pay,,,monthly,,,\n",
                       options);
    QVERIFY(read.fragment);
    QVERIFY(read.fragment->personas[0].useCases[0].events.isEmpty());
    Workspace plain = mapped();
    for (UseCase &u : plain.personas[0].useCases)
        u.events.clear();
    QVERIFY(format.write(plain, {}).data.startsWith(
        "persona,problem,use_case,why_better,alternative,frequency,weight,status,notes\r\n"));
    QVERIFY(WorkspaceFormats::detect(u"jan.csv"_s,
                                     "persona,problem,use_case,why_better,"
                                     "alternative,frequency,weight,status,notes,"
                                     "events\n"));
}

QTEST_GUILESS_MAIN(TestUsageStore)
#include "tst_usagestore.moc"
