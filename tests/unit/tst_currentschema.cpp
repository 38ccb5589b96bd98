// A new workspace file is created at the current schema in one pass (store/currentschema.cpp)
// rather than through every migration from 1: the two must give the same file. When a
// migration is added without the statements, this test fails and writes the list to paste.
#include "store/currentschema.h"
#include "store/migrations.h"
#include "store/sqldialect.h"
#include "store/workspacestore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

// An SQLite connection of the test's own, closed with the scope.
class Db
{
public:
    explicit Db(const QString &path)
        : mName(u"tst-currentschema-%1"_s.arg(++sCount))
    {
        mDb = QSqlDatabase::addDatabase(u"QSQLITE"_s, mName);
        mDb.setDatabaseName(path);
        mOpen = mDb.open();
    }
    ~Db()
    {
        mDb.close();
        mDb = QSqlDatabase();
        QSqlDatabase::removeDatabase(mName);
    }
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;
    bool isOpen() const { return mOpen; }
    QSqlDatabase &db() { return mDb; }

private:
    static inline int sCount = 0;
    QString mName;
    QSqlDatabase mDb;
    bool mOpen = false;
};

QStringList rows(QSqlDatabase &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {u"error: "_s + q.lastError().text()};
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << (q.isNull(i) ? u"NULL"_s : q.value(i).toString());
        out << values.join(u" | "_s);
    }
    return out;
}

// Everything of a file's schema a reader sees: sqlite_master (in name order: the root pages
// and the order of creation differ), the header's versions and parcours_meta.
QStringList describe(const QString &path)
{
    Db c(path);
    if (!c.isOpen())
        return {u"cannot open "_s + path};
    QStringList out = rows(c.db(),
                           u"SELECT type, name, tbl_name, sql FROM sqlite_master"
                           " ORDER BY type, name"_s);
    out << rows(c.db(), u"PRAGMA user_version"_s) << rows(c.db(), u"PRAGMA application_id"_s)
        << rows(c.db(), u"SELECT key, value FROM parcours_meta ORDER BY key"_s);
    return out;
}

QStringList onlyIn(const QStringList &these, const QStringList &others)
{
    QStringList out;
    for (const QString &line : these) {
        if (!others.contains(line))
            out << line;
    }
    return out;
}

bool migrateFrom1(const QString &path, int targetVersion = Migrations::currentVersion())
{
    QString error;
    if (!WorkspaceStore::createAtVersion(path, 1, &error))
        return false;
    Db c(path);
    return c.isOpen()
        && Migrations::upgrade(c.db(), SqlEngine::Sqlite, targetVersion).outcome
        == MigrationOutcome::Upgraded;
}

// The statements of a migrated file as CurrentSchema::sqliteStatements() lists them: in
// creation order, without SQLite's own tables and indexes, in string literals of at most 86
// characters (cut at spaces, so that the stored text is the same).
QString statementsToPaste(const QString &path)
{
    Db c(path);
    QString out;
    QSqlQuery q(c.db());
    q.exec(u"SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
           " ORDER BY rowid"_s);
    while (q.next()) {
        const QStringList words = q.value(0).toString().split(u' ');
        QStringList pieces {QString()};
        for (int i = 0; i < words.size(); ++i) {
            const QString word = words[i] + (i + 1 < words.size() ? u" "_s : QString());
            if (!pieces.last().isEmpty() && pieces.last().size() + word.size() > 86)
                pieces << QString();
            pieces.last() += word;
        }
        for (QString &piece : pieces) {
            piece.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
            piece = u"        \""_s + piece + u'"';
        }
        out += pieces.join(u'\n') + u",\n"_s;
    }
    return out;
}

} // namespace

class TestCurrentSchema : public QObject
{
    Q_OBJECT

private slots:
    void newFileMatchesOneMigratedFrom1();
    void aMissingMigrationShows();
    void newFileOpensAndKeepsRows();
};

void TestCurrentSchema::newFileMatchesOneMigratedFrom1()
{
    QTemporaryDir dir;
    const QString created = dir.filePath(u"created.parcours"_s);
    const QString migrated = dir.filePath(u"migrated.parcours"_s);
    {
        WorkspaceStore::OpenResult r = WorkspaceStore::create(created);
        QVERIFY2(r.store, qPrintable(r.error));
    }
    QVERIFY(migrateFrom1(migrated));

    const QStringList expected = describe(migrated);
    const QStringList actual = describe(created);
    if (actual != expected || CurrentSchema::version() != Migrations::currentVersion()) {
        const QString paste = QCoreApplication::applicationDirPath() + u"/currentschema.inc"_s;
        QFile out(paste);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(statementsToPaste(migrated).toUtf8());
        QFAIL(
            qPrintable(u"A new file's schema (models/store/currentschema.cpp) is not the "
                       "migrations' (format %1). Replace the statements of "
                       "CurrentSchema::sqliteStatements() with the ones written to %2, and "
                       "make CurrentSchema::version() return the newest migration's number."
                       "\nOnly migrated:\n%3\nOnly created:\n%4"_s.arg(Migrations::currentVersion())
                           .arg(paste, onlyIn(expected, actual).join(u'\n'),
                                onlyIn(actual, expected).join(u'\n'))));
    }
    // The list is not empty and names the newest migration's index, so the comparison has
    // something to compare.
    QVERIFY(expected.size() > 40);
    QVERIFY(expected.join(u'\n').contains(u"use_case_verdict"_s));
}

// The comparison above fails when the statements lack a migration: here a file one step
// behind against the whole chain.
void TestCurrentSchema::aMissingMigrationShows()
{
    QTemporaryDir dir;
    const QString full = dir.filePath(u"full.parcours"_s);
    const QString behind = dir.filePath(u"behind.parcours"_s);
    QVERIFY(migrateFrom1(full));
    QVERIFY(migrateFrom1(behind, Migrations::currentVersion() - 1));
    QVERIFY(describe(full) != describe(behind));
    // A file that differs only in its SQL text (a column's default) is told apart too.
    const QString altered = dir.filePath(u"altered.parcours"_s);
    QVERIFY(migrateFrom1(altered));
    {
        Db c(altered);
        QSqlQuery q(c.db());
        QVERIFY(q.exec(u"DROP INDEX use_case_persona"_s));
        QVERIFY(q.exec(u"CREATE INDEX use_case_persona ON use_case (persona_id)"_s));
    }
    QVERIFY(describe(full) != describe(altered));
}

// A file created at the current schema is a workspace like any: it opens current, holds what
// was written, and its schema statements alone (without the migrations) make it.
void TestCurrentSchema::newFileOpensAndKeepsRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.parcours"_s);
    Workspace initial;
    initial.info.name = u"Nouveau"_s;
    Persona p;
    p.id = 7;
    p.name = u"Buyer"_s;
    UseCase u;
    u.id = 70;
    u.problem = u"Pay"_s;
    p.useCases = {u};
    initial.personas = {p};
    {
        WorkspaceStore::OpenResult r = WorkspaceStore::create(path, initial);
        QVERIFY2(r.store, qPrintable(r.error));
        QCOMPARE(r.migration.outcome, MigrationOutcome::Current);
    }
    WorkspaceStore::OpenResult r = WorkspaceStore::open(path, WorkspaceStore::Access::ReadOnly);
    QVERIFY2(r.store, qPrintable(r.error));
    QCOMPARE(r.migration.fromVersion, Migrations::currentVersion());
    QCOMPARE(r.workspace.info.name, u"Nouveau"_s);
    QCOMPARE(r.workspace.personas.size(), 1);
    QCOMPARE(r.workspace.personas[0].useCases.size(), 1);
    QCOMPARE(r.workspace.personas[0].useCases[0].problem, u"Pay"_s);
    QVERIFY(WorkspaceStore::check(path).isEmpty());

    // In an empty database of its own, create() reports the format it made.
    Db c(dir.filePath(u"bare.sqlite"_s));
    const MigrationResult made = CurrentSchema::create(c.db());
    QCOMPARE(made.outcome, MigrationOutcome::Upgraded);
    QCOMPARE(made.toVersion, Migrations::currentVersion());
    QCOMPARE(Migrations::schemaVersion(c.db(), SqlEngine::Sqlite), Migrations::currentVersion());
}

QTEST_MAIN(TestCurrentSchema)
#include "tst_currentschema.moc"
