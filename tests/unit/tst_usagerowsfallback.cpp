// The events import's rows written one statement a row (store/usagerows.cpp), the fallback
// for when the bulk INSERT … SELECT over the `parcours_rows` virtual table
// (store/usagerowsbulk.*) cannot be prepared. What makes it unavailable here is what does in a
// real connection: SQLite refusing the statement, an authorizer denying its reads of
// `parcours_rows`, so that preparing it fails before anything is written. The fallback must
// write the bulk path's rows, row ids included, for the same events file; a row it cannot
// write is an error with SQLite's reason, as on the bulk path, never rows silently lost.
#include "domain/workspace.h"
#include "formats/usageimport.h"
#include "store/migrations.h"
#include "store/sqlitehandle.h"
#include "store/usagerows.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sqlite3.h>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

constexpr Id sendInvoiceId = 101, reportsId = 102;

Workspace mapped()
{
    Workspace w;
    Persona owner;
    owner.id = 11;
    owner.name = u"Owner"_s;
    UseCase sendInvoice;
    sendInvoice.id = sendInvoiceId;
    sendInvoice.useCase = u"Send an invoice"_s;
    sendInvoice.events = {u"invoice.sent"_s};
    UseCase reports;
    reports.id = reportsId;
    reports.useCase = u"Read the reports"_s;
    reports.events = {u"report.*"_s};
    owner.useCases = {sendInvoice, reports};
    w.personas = {owner};
    return w;
}

// 40 users over three months, each with their own mix of the two use cases, some events no
// use case names: a few hundred count rows and a hundred activity rows.
QByteArray events(int seed)
{
    QByteArray csv = "user_id,event,timestamp,persona\n";
    for (int user = 0; user < 40; ++user) {
        for (int month = 1; month <= 3; ++month) {
            for (int day = 1; day <= (user * seed + month) % 6; ++day) {
                const QByteArray when
                    = QDateTime(QDate(2026, month, day * 4), QTime(9, user % 60), Qt::UTC)
                          .toString(Qt::ISODate)
                          .toLatin1();
                const QByteArray who = "u" + QByteArray::number(user);
                const QByteArray persona = user % 5 ? "Owner" : "";
                csv += who + ",invoice.sent," + when + ',' + persona + '\n';
                if ((day + user) % 3 == 0)
                    csv += who + ",report.monthly," + when + ',' + persona + '\n';
                if (user % 7 == 0)
                    csv += who + ",login," + when + ',' + persona + '\n';
            }
        }
    }
    return csv;
}

// Two imported files, as the workspace holds them after two imports.
ObservedUsage usage(const QTemporaryDir &dir)
{
    Workspace w = mapped(); // each file read against the usage imported before it
    for (int file = 1; file <= 2; ++file) {
        const QString path = dir.filePath(u"events%1.csv"_s.arg(file));
        QFile out(path);
        const QByteArray bytes = events(file + 2);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        out.close();
        UsageImportResult result = UsageImport::read(path, w);
        if (!result.ok)
            qFatal("cannot import %s", qPrintable(result.failure + result.errors.join(u'\n')));
        result.source.id = 70 + file;
        result.source.importedAt = QDateTime(QDate(2026, 4, file), QTime(10, 0), Qt::UTC);
        w.usage.users = result.users;
        w.usage.sources.push_back(std::move(result.source));
    }
    return w.usage;
}

// What the authorizer refuses: the bulk statements' reads of the virtual table, for both
// tables or for the activity rows only (the counts then go the bulk way).
struct Refusal
{
    enum class Of { Nothing, Everything, Activity };
    Of of = Of::Nothing;
    QByteArray inserting; // the table of the INSERT being prepared
    int bulkReads = 0; // reads of parcours_rows asked for
    int refused = 0;
};

int authorize(void *data, int action, const char *first, const char *, const char *, const char *)
{
    auto &refusal = *static_cast<Refusal *>(data);
    if (action == SQLITE_INSERT)
        refusal.inserting = first;
    if (action != SQLITE_READ || qstrcmp(first, "parcours_rows") != 0)
        return SQLITE_OK;
    ++refusal.bulkReads;
    if (refusal.of == Refusal::Of::Everything
        || (refusal.of == Refusal::Of::Activity && refusal.inserting == "usage_activity")) {
        ++refusal.refused;
        return SQLITE_DENY;
    }
    return SQLITE_OK;
}

// Every row of the usage tables with its row id, in row id order.
QList<QVariantList> rowsOf(QSqlDatabase &db)
{
    QList<QVariantList> rows;
    for (const QString &table :
         {u"usage_user"_s, u"usage_source"_s, u"usage_count"_s, u"usage_activity"_s}) {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT rowid, * FROM %1 ORDER BY rowid"_s.arg(table)))
            qFatal("%s", qPrintable(q.lastError().text()));
        while (q.next()) {
            QVariantList row {table};
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            rows << row;
        }
    }
    return rows;
}

qint64 countOf(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
        qFatal("%s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

} // namespace

class TestUsageRowsFallback : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fallbackWritesTheBulkRows_data();
    void fallbackWritesTheBulkRows();
    void failedRowIsAnError_data();
    void failedRowIsAnError();

private:
    // A new file at the current schema, its connection's authorizer set to `refusal`.
    QSqlDatabase open(const QString &name, Refusal *refusal);
    // UsageRows::write() in a transaction, committed when it succeeds, else rolled back.
    bool write(QSqlDatabase &db, const ObservedUsage &usage, QString *error);

    std::unique_ptr<QTemporaryDir> mDir; // a new one for each test: new files
    QStringList mConnections;
};

void TestUsageRowsFallback::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
}

void TestUsageRowsFallback::cleanup()
{
    for (const QString &name : std::as_const(mConnections))
        QSqlDatabase::removeDatabase(name);
    mConnections.clear();
}

QSqlDatabase TestUsageRowsFallback::open(const QString &name, Refusal *refusal)
{
    const QString connection = u"fallback-"_s + name;
    mConnections << connection;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(mDir->filePath(name + u".parcours"_s));
    if (!db.open())
        qFatal("%s", qPrintable(db.lastError().text()));
    const MigrationResult made = Migrations::upgrade(db, SqlEngine::Sqlite);
    if (!made.error.isEmpty())
        qFatal("%s", qPrintable(made.error));
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        qFatal("not SQLite's own connection");
    sqlite3_set_authorizer(handle, authorize, refusal);
    return db;
}

bool TestUsageRowsFallback::write(QSqlDatabase &db, const ObservedUsage &usage, QString *error)
{
    if (!db.transaction())
        qFatal("%s", qPrintable(db.lastError().text()));
    if (UsageRows::write(db, usage, error))
        return db.commit();
    db.rollback();
    return false;
}

void TestUsageRowsFallback::fallbackWritesTheBulkRows_data()
{
    QTest::addColumn<int>("refused");
    QTest::newRow("counts and activity row by row") << int(Refusal::Of::Everything);
    QTest::newRow("activity row by row") << int(Refusal::Of::Activity);
}

void TestUsageRowsFallback::fallbackWritesTheBulkRows()
{
    QFETCH(int, refused);
    const ObservedUsage written = usage(*mDir);
    QVERIFY(written.sources[0].counts.size() > 100);
    QVERIFY(written.sources[1].activity.size() > 50);

    Refusal none;
    QSqlDatabase bulk = open(u"bulk"_s, &none);
    QString error;
    QVERIFY2(write(bulk, written, &error), qPrintable(error));
    QVERIFY(none.bulkReads > 0); // the reference went the bulk way
    QCOMPARE(none.refused, 0);

    Refusal refusal;
    refusal.of = Refusal::Of(refused);
    QSqlDatabase rowByRow = open(u"rowbyrow"_s, &refusal);
    QVERIFY2(write(rowByRow, written, &error), qPrintable(error));
    QVERIFY(refusal.refused > 0); // the bulk statement was tried, and refused
    if (refusal.of == Refusal::Of::Activity) // the counts still went the bulk way
        QVERIFY(refusal.bulkReads > refusal.refused);

    const QList<QVariantList> expected = rowsOf(bulk);
    QVERIFY(countOf(bulk, u"usage_count"_s) > 200);
    QCOMPARE(rowsOf(rowByRow), expected);
    ObservedUsage read;
    QVERIFY2(UsageRows::read(rowByRow, &read, &error), qPrintable(error));
    QCOMPARE(read, written);

    // Written again with a source replaced and one removed: the same rows either way.
    ObservedUsage second = written;
    second.sources.erase(second.sources.begin());
    second.sources[0].importedAt = second.sources[0].importedAt.addDays(1);
    QVERIFY2(write(bulk, second, &error), qPrintable(error));
    QVERIFY2(write(rowByRow, second, &error), qPrintable(error));
    QCOMPARE(rowsOf(rowByRow), rowsOf(bulk));
}

void TestUsageRowsFallback::failedRowIsAnError_data()
{
    QTest::addColumn<int>("refused");
    QTest::addColumn<QString>("table");
    QTest::newRow("row by row, a count") << int(Refusal::Of::Everything) << u"usage_count"_s;
    QTest::newRow("row by row, an activity row")
        << int(Refusal::Of::Everything) << u"usage_activity"_s;
    QTest::newRow("activity row by row, an activity row")
        << int(Refusal::Of::Activity) << u"usage_activity"_s;
    QTest::newRow("bulk, a count") << int(Refusal::Of::Nothing) << u"usage_count"_s;
    QTest::newRow("bulk, an activity row") << int(Refusal::Of::Nothing) << u"usage_activity"_s;
}

// The fourth row of a table refused (a full disk, a constraint: a trigger stands for them):
// write() fails with SQLite's reason, on whichever path, and the caller's rollback leaves
// no row of the import behind.
void TestUsageRowsFallback::failedRowIsAnError()
{
    QFETCH(int, refused);
    QFETCH(QString, table);
    const ObservedUsage written = usage(*mDir);
    Refusal refusal;
    refusal.of = Refusal::Of(refused);
    QSqlDatabase db = open(u"failing"_s, &refusal);
    QSqlQuery trigger(db);
    QVERIFY2(
        trigger.exec(u"CREATE TEMP TRIGGER refuse_fourth BEFORE INSERT ON %1"
                     " WHEN (SELECT count(*) FROM %1) >= 3"
                     " BEGIN SELECT RAISE(ABORT, 'no room for row 4 of %1'); END"_s.arg(table)),
        qPrintable(trigger.lastError().text()));
    QString error;
    QVERIFY(!write(db, written, &error));
    QVERIFY2(error.contains(u"no room for row 4 of "_s + table), qPrintable(error));
    QCOMPARE(refusal.refused > 0, refusal.of != Refusal::Of::Nothing);
    for (const QString &t :
         {u"usage_user"_s, u"usage_source"_s, u"usage_count"_s, u"usage_activity"_s})
        QCOMPARE(countOf(db, t), 0);

    // The same write without the trigger succeeds: the failure was the refused row's.
    QVERIFY(trigger.exec(u"DROP TRIGGER refuse_fourth"_s));
    QVERIFY2(write(db, written, &error), qPrintable(error));
    ObservedUsage read;
    QVERIFY2(UsageRows::read(db, &read, &error), qPrintable(error));
    QCOMPARE(read, written);
}

QTEST_GUILESS_MAIN(TestUsageRowsFallback)
#include "tst_usagerowsfallback.moc"
