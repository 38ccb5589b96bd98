#include "store/workspacestore.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

// The MIME type the package installs (installer/org.parcours.Parcours.xml) recognises
// workspaces by name and by content, so a double-click opens them in Parcours: the shared
// MIME database is built from it in a temporary folder and asked about real files.
class TestMimeType : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workspaceByNameAndContent();
    void otherSqliteIsNotAWorkspace();
    void desktopEntryOpensTheType();

private:
    QTemporaryDir mDir;
};

static const QString workspaceType = u"application/x-parcours-workspace"_s;

void TestMimeType::initTestCase()
{
    const QString packages = mDir.filePath(u"data/mime/packages"_s);
    QVERIFY(QDir().mkpath(packages));
    // The freedesktop.org base types (application/vnd.sqlite3 is the parent type).
    QVERIFY(QFile::copy(u"/usr/share/mime/packages/freedesktop.org.xml"_s,
                        packages + u"/freedesktop.org.xml"_s));
    QVERIFY(QFile::copy(QStringLiteral(PARCOURS_SOURCE_DIR "/installer/org.parcours.Parcours.xml"),
                        packages + u"/org.parcours.Parcours.xml"_s));
    QProcess update;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PKGSYSTEM_ENABLE_FSYNC"_s, u"0"_s); // a throwaway database: no fsync
    update.setProcessEnvironment(env);
    update.start(u"update-mime-database"_s, {mDir.filePath(u"data/mime"_s)});
    QVERIFY2(update.waitForFinished(60000), "update-mime-database (shared-mime-info) missing?");
    QVERIFY2(update.exitCode() == 0, update.readAllStandardError().constData());
    // Only this database: set before the first QMimeDatabase is made.
    qputenv("XDG_DATA_DIRS", QFile::encodeName(mDir.filePath(u"data"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(mDir.filePath(u"home"_s)));
}

void TestMimeType::workspaceByNameAndContent()
{
    const QString path = mDir.filePath(u"Workshop.parcours"_s);
    QVERIFY(WorkspaceStore::create(path, Workspace()).store);
    QMimeDatabase db;
    QCOMPARE(db.mimeTypeForFile(path).name(), workspaceType);
    QCOMPARE(db.mimeTypeForFile(path, QMimeDatabase::MatchContent).name(), workspaceType);
    QVERIFY(db.mimeTypeForName(workspaceType).inherits(u"application/vnd.sqlite3"_s));
    QCOMPARE(db.mimeTypeForName(workspaceType).comment().isEmpty(), false);

    // Renamed without the extension, it is still recognised by its application id.
    const QString renamed = mDir.filePath(u"workshop-copy"_s);
    QVERIFY(QFile::copy(path, renamed));
    QCOMPARE(db.mimeTypeForFile(renamed).name(), workspaceType);
    QCOMPARE(db.mimeTypeForName(workspaceType).suffixes(), QStringList {u"parcours"_s});
}

void TestMimeType::otherSqliteIsNotAWorkspace()
{
    const QString path = mDir.filePath(u"other.db"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE t (a)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    QCOMPARE(QMimeDatabase().mimeTypeForFile(path).name(), u"application/vnd.sqlite3"_s);
}

void TestMimeType::desktopEntryOpensTheType()
{
    QFile desktop(QStringLiteral(PARCOURS_SOURCE_DIR "/installer/org.parcours.Parcours.desktop"));
    QVERIFY(desktop.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(desktop.readAll());
    QVERIFY(text.contains(u"\nMimeType="_s + workspaceType + u";\n"_s));
    QVERIFY(text.contains(u"\nExec=parcours %f\n"_s)); // the file path is handed over
    QVERIFY(text.contains(u"\nIcon=org.parcours.Parcours\n"_s));
}

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
