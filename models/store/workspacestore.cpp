#include "store/workspacestore.h"

#include "store/currentschema.h"
#include "store/sqldialect.h"
#include "store/storereader.h"
#include "store/storewriter.h"
#include "store/writerlock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QPluginLoader>
#include <QSqlDriver>
#include <QSqlDriverPlugin>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QThread>
#include <QtEndian>

#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QString newConnectionName()
{
    static std::atomic<int> counter {0};
    return u"parcours-store-%1"_s.arg(++counter);
}

#ifdef Q_OS_LINUX
// Makes QSQLITE connections from the SQLite driver plugin's one file. Otherwise the first
// addDatabase() has Qt's plugin loader list sqldrivers/ and read the metadata of every driver
// there (PostgreSQL's, ODBC's…) before it loads SQLite's: 0.75 ms of a 15 ms `parcours check`
// (docs/PERFORMANCE.md, "Fourth round"). Registered connections keep the driver name QSQLITE.
class SqliteDriverCreator : public QSqlDriverCreatorBase
{
public:
    explicit SqliteDriverCreator(QSqlDriverPlugin *plugin)
        : mPlugin(plugin)
    { }
    QSqlDriver *createObject() const override { return mPlugin->create(u"QSQLITE"_s); }

private:
    QSqlDriverPlugin *mPlugin;
};

// Finds the plugin where Qt's loader would look first; leaves the loader to it when not there.
void registerSqliteDriver()
{
    static const bool registered = [] {
        for (const QString &dir : QCoreApplication::libraryPaths()) {
            const QString path = dir + u"/sqldrivers/libqsqlite.so"_s;
            if (!QFileInfo::exists(path))
                continue;
            // Never unloaded: its drivers serve connections until the process ends.
            QPluginLoader loader(path);
            if (auto *plugin = qobject_cast<QSqlDriverPlugin *>(loader.instance())) {
                QSqlDatabase::registerSqlDriver(u"QSQLITE"_s, new SqliteDriverCreator(plugin));
                return true;
            }
            return false; // not loadable: Qt's loader reports why, as before
        }
        return false;
    }();
    Q_UNUSED(registered)
}
#else
void registerSqliteDriver()
{ }
#endif

} // namespace

// An SQLite connection removed from Qt's registry when it goes out of scope.
class Connection
{
public:
    Connection(const QString &path, bool readOnly)
        : mName(newConnectionName())
    {
        registerSqliteDriver();
        mDb = QSqlDatabase::addDatabase(u"QSQLITE"_s, mName);
        mDb.setDatabaseName(path);
        // A reader and the writer wait for each other only while one of them briefly holds
        // the whole file (entering or leaving WAL mode, a checkpoint); a second writer is
        // refused at once by the WriterLock, not here.
        mDb.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s
                                       : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        mOpen = mDb.open();
    }
    ~Connection() { release(); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return mOpen; }
    QSqlDatabase &db() { return mDb; }
    QString name() const { return mName; }
    // Hands the connection over to a store that closes it itself.
    QString detach()
    {
        QString name = mName;
        mName.clear();
        mDb = QSqlDatabase();
        return name;
    }
    void release()
    {
        if (mName.isEmpty())
            return;
        mDb.close();
        mDb = QSqlDatabase();
        QSqlDatabase::removeDatabase(mName);
        mName.clear();
    }

private:
    QString mName;
    QSqlDatabase mDb;
    bool mOpen = false;
};

namespace {

bool isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"5" || code == u"6";
}

bool exec(QSqlDatabase &db, const QString &sql, QSqlError *error = nullptr)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError();
    return false;
}

QVariant pragma(QSqlDatabase &db, const QString &name, QSqlError *error)
{
    QSqlQuery q(db);
    if (q.exec(u"PRAGMA "_s + name) && q.next())
        return q.value(0);
    *error = q.lastError();
    return {};
}

// Reads in one transaction: the version and the data come from one snapshot, even while a
// window commits edits.
bool beginRead(QSqlDatabase &db)
{
    return exec(db, u"BEGIN"_s);
}

// A read-only open reads the workspace through a small page cache, then goes back to SQLite's
// default (2 MB) for as long as the store stays open. The open's read passes over each table
// once, so recycling a few pages loses nothing, while a cache grown page by page to the size of
// what is read cost `info` at L a malloc and a first touch of fresh memory for each of its 400
// pages: 4 ms of its 40 (docs/PERFORMANCE.md, "Fourteenth session"). Reading through a memory
// map (`PRAGMA mmap_size`) saved the copies but cost as much in page faults, and a program
// truncating the file while mapped would kill the reader (SIGBUS): not done.
void readThroughSmallCache(QSqlDatabase &db, bool reading)
{
    exec(db, reading ? u"PRAGMA cache_size = 32"_s : u"PRAGMA cache_size = -2000"_s);
}

QString busyMessage()
{
    return WorkspaceStore::tr("the workspace is open in another Parcours window or program");
}

// The lock of `path` for a writer, or why not.
std::unique_ptr<WriterLock> lockForWriting(const QString &path, WorkspaceStore::Failure *failure,
                                           QString *error)
{
    bool heldElsewhere = false;
    std::unique_ptr<WriterLock> lock = WriterLock::acquire(path, &heldElsewhere);
    if (!lock) {
        *failure = heldElsewhere ? WorkspaceStore::Failure::Busy : WorkspaceStore::Failure::IoError;
        *error = heldElsewhere ? busyMessage()
                               : WorkspaceStore::tr("cannot write in %1")
                                     .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    }
    return lock;
}

// The files this process has open for writing (a count each: Save As over its own file opens
// it again before the first store closes). Reading one of them through another descriptor,
// then closing it, would drop the POSIX locks SQLite holds on it for the whole process (see
// "How To Corrupt An SQLite Database File", 2.2): then a reader in another process could take
// the log away from the writer.
QMutex openWritersMutex;
QHash<QString, int> openWriters;

void countWriter(const QString &path, int delta)
{
    const QMutexLocker locker(&openWritersMutex);
    const QString key = WriterLock::lockPathFor(path);
    if ((openWriters[key] += delta) <= 0)
        openWriters.remove(key);
}

bool isOpenForWritingHere(const QString &path)
{
    const QMutexLocker locker(&openWritersMutex);
    return openWriters.contains(WriterLock::lockPathFor(path));
}

struct HeaderCheck
{
    WorkspaceStore::Failure failure = WorkspaceStore::Failure::None;
    QString error;
};

QString notARegularFile()
{
    return WorkspaceStore::tr("this is a pipe or a device, not a workspace file");
}

// Checks the SQLite file header before SQLite sees the file, so that text files, empty
// files and truncated copies get a precise message.
HeaderCheck inspectHeader(const QString &path)
{
    using F = WorkspaceStore::Failure;
    if (isOpenForWritingHere(path))
        return {}; // checked when it was opened; SQLite reads it from here on
    const QFileInfo info(path);
    if (info.isDir())
        return {F::NotAWorkspace, WorkspaceStore::tr("this is a folder, not a workspace file")};
    // A pipe or a device: reading it would wait for a writer, or take its data.
    if (info.exists() && !info.isFile())
        return {F::NotAWorkspace, notARegularFile()};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {F::IoError, WorkspaceStore::tr("cannot read the file: %1").arg(file.errorString())};
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return {F::NotAWorkspace, WorkspaceStore::tr("the file is empty")};
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return {F::NotAWorkspace,
                WorkspaceStore::tr("not a Parcours workspace (not an SQLite database)")};
    if (header.size() < 100)
        return {F::Corrupt, WorkspaceStore::tr("the file is truncated (incomplete header)")};
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const auto changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const auto pageCount = qFromBigEndian<quint32>(bytes + 28);
    const auto validFor = qFromBigEndian<quint32>(bytes + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return {F::Corrupt, WorkspaceStore::tr("the file is corrupt (invalid page size)")};
    const qint64 expected = qint64(pageCount) * pageSize;
    if (validFor == changeCounter && pageCount > 0 && file.size() < expected) {
        return {F::Corrupt,
                WorkspaceStore::tr("the file is truncated: %1 bytes of %2")
                    .arg(file.size())
                    .arg(expected)};
    }
    return {};
}

QString backupPathFor(const QString &path, int version)
{
    QString candidate = u"%1.v%2.bak"_s.arg(path).arg(version);
    if (QFileInfo::exists(candidate)) {
        candidate = u"%1.v%2-%3.bak"_s.arg(path).arg(version).arg(
            QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
    }
    return candidate;
}

// Moves the whole log into the file and syncs both (synchronous = FULL at the checkpoint), so
// that the file alone holds every committed row; false if any of the log stayed behind.
bool checkpoint(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(u"PRAGMA synchronous = FULL"_s) && q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s)
        && q.next() && q.value(0).toInt() == 0)
        return true;
    *error = q.lastError().text(); // empty when the log stayed behind without an error
    return false;
}

QString temporarySibling(const QString &target)
{
    QTemporaryFile tmp(target + u".tmp-XXXXXX"_s);
    tmp.setAutoRemove(false);
    if (!tmp.open())
        return {};
    QString name = tmp.fileName();
    tmp.close();
    QFile::remove(name); // SQLite wants to create it itself
    return name;
}

QString sqlQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"''"_s);
    return u'\'' + quoted + u'\'';
}

} // namespace

bool replaceFile(const QString &source, const QString &target, QString *error)
{
#ifdef Q_OS_WIN
    QFile::remove(target);
    if (QFile::rename(source, target))
        return true;
#else
    if (std::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData())
        == 0)
        return true;
#endif
    if (error)
        *error = WorkspaceStore::tr("cannot replace %1").arg(QDir::toNativeSeparators(target));
    return false;
}

bool WorkspaceStore::isWorkspaceFile(const QString &path)
{
    if (isOpenForWritingHere(path))
        return true;
    // A pipe or a device (`-o /dev/stdout` into a pipe) is no workspace, and reading it would
    // wait for data that never comes, or take what another reader expects.
    if (!QFileInfo(path).isFile())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 72 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return false;
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    return qFromBigEndian<qint32>(bytes + 68) == parcoursApplicationId; // PRAGMA application_id
}

WorkspaceStore::WorkspaceStore(QString path, QString connection, bool readOnly,
                               std::unique_ptr<WriterLock> writerLock)
    : mPath(std::move(path))
    , mConnection(std::move(connection))
    , mReadOnly(readOnly)
    , mWriterLock(std::move(writerLock))
{
    mWriter = std::make_unique<StoreWriter>(QSqlDatabase::database(mConnection, false));
    if (!mReadOnly)
        countWriter(mPath, 1);
}

WorkspaceStore::~WorkspaceStore()
{
    close();
}

void WorkspaceStore::close()
{
    if (mConnection.isEmpty())
        return;
    mWriter.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(mConnection, false);
        // Checkpoints and leaves a single file. A reader connected at this moment (for the
        // milliseconds a command reads) keeps the file in WAL mode: retry a while, then at
        // least empty the log into the file, which is complete on its own.
        if (!mReadOnly) {
            const QDeadlineTimer deadline(2000);
            bool singleFile = setJournalMode(u"DELETE"_s, nullptr);
            while (!singleFile && !deadline.hasExpired()) {
                QThread::msleep(20);
                singleFile = setJournalMode(u"DELETE"_s, nullptr);
            }
            if (!singleFile)
                exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(mConnection);
    mConnection.clear();
    if (!mReadOnly)
        countWriter(mPath, -1);
    mWriterLock.reset(); // closed: another writer may come in
}

bool WorkspaceStore::setJournalMode(const QString &mode, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(mConnection, false);
    QSqlQuery q(db);
    if (q.exec(u"PRAGMA journal_mode = "_s + mode) && q.next()
        && q.value(0).toString().compare(mode, Qt::CaseInsensitive) == 0)
        return true;
    if (error)
        *error = isBusy(q.lastError()) ? busyMessage() : q.lastError().text();
    return false;
}

WorkspaceStore::OpenResult WorkspaceStore::open(const QString &path, Access access, Reading reading)
{
    return openLocked(path, access, nullptr, reading);
}

WorkspaceStore::OpenResult WorkspaceStore::openLocked(const QString &path, Access access,
                                                      std::unique_ptr<WriterLock> writerLock,
                                                      Reading reading)
{
    OpenResult result;
    auto failWith = [&result](Failure failure, const QString &error) {
        result.failure = failure;
        result.error = error;
        return std::move(result);
    };

    const QFileInfo info(path);
    if (!info.exists())
        return failWith(Failure::NotFound, tr("the file does not exist"));
    if (info.isDir())
        return failWith(Failure::NotAWorkspace, tr("this is a folder, not a workspace file"));
    if (!info.isFile()) // before the writer lock, which would leave a .lock file beside it
        return failWith(Failure::NotAWorkspace, notARegularFile());
    // The write bits count even for root: a file marked read-only opens read-only.
    const bool writable = info.isWritable()
        && (info.permissions()
            & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther))
        && QFileInfo(info.absolutePath()).isWritable();
    const bool readOnly = access == Access::ReadOnly || !writable;
    if (readOnly && access == Access::ReadWrite)
        result.notice = tr("The file is read-only: it opened read-only.");

    if (readOnly) {
        writerLock.reset();
    } else if (!writerLock || !writerLock->guards(path)) {
        writerLock = lockForWriting(path, &result.failure, &result.error);
        if (!writerLock)
            return result; // refused before reading the file (see countWriter())
    }
    if (const HeaderCheck header = inspectHeader(path); header.failure != Failure::None)
        return failWith(header.failure, header.error);

    // A reader opens the file read-only: closing, it never checkpoints nor removes the
    // write-ahead log a window is using.
    auto probe = std::make_unique<Connection>(path, readOnly);
    if (!probe->isOpen())
        return failWith(Failure::IoError, probe->db().lastError().text());
    QSqlDatabase &db = probe->db();
    exec(db, u"PRAGMA query_only = 1"_s); // nothing is written until the file is validated
    if (readOnly) {
        readThroughSmallCache(db, true);
        beginRead(db);
    }

    QSqlError error;
    const QVariant appId = pragma(db, u"application_id"_s, &error);
    if (!appId.isValid()) {
        if (isBusy(error))
            return failWith(Failure::Busy, busyMessage());
        return failWith(Failure::Corrupt, tr("the file is corrupt: %1").arg(error.text()));
    }
    if (appId.toInt() != parcoursApplicationId)
        return failWith(Failure::NotAWorkspace,
                        tr("not a Parcours workspace (an SQLite database of another program)"));

    const int fileVersion = Migrations::schemaVersion(db, SqlEngine::Sqlite);
    const int minReader = Migrations::minReaderVersion(db);
    const int appVersion = Migrations::currentVersion();
    result.migration.fromVersion = fileVersion;
    result.migration.toVersion = fileVersion;
    result.migration.outcome = Migrations::assess(fileVersion, minReader, appVersion);

    switch (result.migration.outcome) {
    case MigrationOutcome::NewerIncompatible:
        return failWith(Failure::Newer,
                        tr("the file was made by a newer version of Parcours (file format %1; "
                           "this version reads up to %2)")
                            .arg(fileVersion)
                            .arg(appVersion));
    case MigrationOutcome::NewerCompatible:
        // Readable, but writing could break what the newer version added.
        result.notice = tr("The file was made by a newer version of Parcours (file format %1): "
                           "it opened read-only.")
                            .arg(fileVersion);
        probe->release();
        probe = std::make_unique<Connection>(path, true);
        if (!probe->isOpen())
            return failWith(Failure::IoError, probe->db().lastError().text());
        readThroughSmallCache(probe->db(), true);
        beginRead(probe->db());
        return finishOpen(path, std::move(probe), true, nullptr, std::move(result), reading);
    case MigrationOutcome::Upgraded: {
        if (readOnly) {
            // Upgrade a private copy so that the original stays as it is.
            probe->release();
            const QString copy = temporarySibling(QDir::tempPath() + u"/parcours-readonly"_s);
            if (copy.isEmpty() || !QFile::copy(path, copy))
                return failWith(Failure::IoError, tr("cannot make a temporary copy to upgrade"));
            probe = std::make_unique<Connection>(copy, false);
            result.migration = Migrations::upgrade(probe->db(), SqlEngine::Sqlite);
            QFile::remove(copy); // stays readable through the open connection on Unix
        } else {
            result.backupPath = backupPathFor(path, fileVersion);
            probe->release();
            if (!QFile::copy(path, result.backupPath))
                return failWith(Failure::IoError,
                                tr("cannot keep a backup before upgrading: %1")
                                    .arg(QDir::toNativeSeparators(result.backupPath)));
            probe = std::make_unique<Connection>(path, false);
            result.migration = Migrations::upgrade(probe->db(), SqlEngine::Sqlite);
            result.notice = tr("Upgraded from file format %1 to %2; the original was kept as %3.")
                                .arg(result.migration.fromVersion)
                                .arg(result.migration.toVersion)
                                .arg(QDir::toNativeSeparators(result.backupPath));
        }
        if (result.migration.outcome == MigrationOutcome::Failed)
            return failWith(Failure::Corrupt, result.migration.error);
        exec(probe->db(), u"PRAGMA query_only = 1"_s);
        break;
    }
    case MigrationOutcome::Current:
    case MigrationOutcome::Failed: break;
    }

    return finishOpen(path, std::move(probe), readOnly, std::move(writerLock), std::move(result),
                      reading);
}

WorkspaceStore::OpenResult WorkspaceStore::finishOpen(const QString &path,
                                                      std::unique_ptr<Connection> probe,
                                                      bool readOnly,
                                                      std::unique_ptr<WriterLock> writerLock,
                                                      OpenResult result, Reading reading)
{
    auto failWith = [&result](Failure failure, const QString &error) {
        result.failure = failure;
        result.error = error;
        return std::move(result);
    };
    StoreReader reader(probe->db());
    const bool read = reading == Reading::Summary ? reader.readSummary(result.summary)
        : reading == Reading::Outline             ? reader.readOutline(result.workspace)
                                                  : reader.read(result.workspace);
    if (!read) {
        if (isBusy(probe->db().lastError()))
            return failWith(Failure::Busy, tr("the workspace is open in another program"));
        return failWith(Failure::Corrupt, tr("the file is corrupt: %1").arg(reader.error()));
    }
    if (readOnly) {
        exec(probe->db(), u"COMMIT"_s); // the end of the snapshot read
        readThroughSmallCache(probe->db(), false);
    }

    if (!readOnly) {
        QSqlDatabase &rw = probe->db();
        QSqlError pragmaError;
        // cache_size: a large transaction (importing 20,000 use cases) outgrew the default
        // 2 MB page cache and spilled pages to the WAL before committing, which made the
        // import grow faster than its rows (docs/PERFORMANCE.md). It is a ceiling: small
        // edits use a few pages.
        const bool ok = exec(rw, u"PRAGMA query_only = 0"_s, &pragmaError)
            && exec(rw, u"PRAGMA foreign_keys = ON"_s, &pragmaError)
            && exec(rw, u"PRAGMA journal_mode = WAL"_s, &pragmaError)
            && exec(rw, u"PRAGMA synchronous = FULL"_s, &pragmaError)
            && exec(rw, u"PRAGMA cache_size = -32000"_s, &pragmaError)
            && exec(rw, u"BEGIN IMMEDIATE"_s, &pragmaError) && exec(rw, u"COMMIT"_s, &pragmaError);
        if (!ok) {
            if (isBusy(pragmaError))
                return failWith(Failure::Busy, busyMessage());
            return failWith(Failure::IoError, pragmaError.text());
        }
    }

    result.store.reset(new WorkspaceStore(path, probe->detach(), readOnly, std::move(writerLock)));
    return result;
}

QString WorkspaceStore::writeNewFile(const QString &path, const Workspace &initial,
                                     const Progress &progress, bool toOpen, QString *error,
                                     bool *cancelled)
{
    QString temp = temporarySibling(path); // not const: returned, so moved
    if (temp.isEmpty()) {
        *error = tr("cannot write in %1")
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return {};
    }
    {
        Connection connection(temp, false);
        QSqlDatabase &db = connection.db();
        MigrationResult migration;
        // Nothing on disk needs protecting until the file is renamed into place whole, so the
        // schema and rows go in unsynced and one sync at the end makes the file complete. A
        // file to be opened is written in WAL mode (which the store opens it in, so that
        // opening rewrites no header), then one checkpoint moves the rows into the file and
        // syncs it; a file left closed, in the rollback-journal mode a closed store leaves,
        // with the journal in memory and the last commit synced. A new workspace took 17
        // fdatasyncs, most of a small import's time waiting for the disk
        // (docs/PERFORMANCE.md).
        QSqlError pragmaError;
        const bool prepared = connection.isOpen()
            && exec(db, u"PRAGMA synchronous = OFF"_s, &pragmaError)
            && exec(db, toOpen ? u"PRAGMA journal_mode = WAL"_s : u"PRAGMA journal_mode = MEMORY"_s,
                    &pragmaError);
        if (prepared)
            migration = CurrentSchema::create(db);
        if (!prepared || migration.outcome == MigrationOutcome::Failed) {
            *error = prepared           ? migration.error
                : pragmaError.isValid() ? pragmaError.text()
                                        : db.lastError().text();
        } else {
            StoreWriter writer(db);
            exec(db, u"PRAGMA foreign_keys = ON"_s);
            if (!toOpen)
                exec(db, u"PRAGMA synchronous = FULL"_s); // the rows' commit syncs the file
            if (!db.transaction() || !writer.writeAll(initial, progress) || !db.commit()) {
                *cancelled = writer.wasCancelled();
                *error = *cancelled                ? tr("saving was cancelled")
                    : writer.lastError().isEmpty() ? db.lastError().text()
                                                   : writer.lastError();
                db.rollback();
            } else if (toOpen && !checkpoint(db, error) && error->isEmpty()) {
                *error = tr("cannot create %1").arg(QDir::toNativeSeparators(path));
            }
        }
    }
    if (!error->isEmpty()) {
        for (const QString &suffix : {QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(temp + suffix);
        return {};
    }
    return temp;
}

WorkspaceStore::OpenResult WorkspaceStore::create(const QString &path, const Workspace &initial,
                                                  const Progress &progress,
                                                  WorkspaceStore *replacing)
{
    OpenResult result;
    // A file another writer has open is never replaced under it. Over the replacing store's
    // own file, its lock passes on once the new file is written.
    const bool overOwnFile
        = replacing && replacing->mWriterLock && replacing->mWriterLock->guards(path);
    std::unique_ptr<WriterLock> writerLock;
    if (!overOwnFile) {
        writerLock = lockForWriting(path, &result.failure, &result.error);
        if (!writerLock)
            return result;
    }
    QString error;
    bool cancelled = false;
    const QString temp = writeNewFile(path, initial, progress, true, &error, &cancelled);
    // The replaced store leaves WAL mode first: its log and shared memory are named after the
    // path, and must not be taken for the new file's.
    const bool walLeft
        = error.isEmpty() && overOwnFile && replacing->setJournalMode(u"DELETE"_s, &error);
    if (walLeft)
        writerLock = std::move(replacing->mWriterLock);
    if (error.isEmpty() && !replaceFile(temp, path, &error))
        error = tr("cannot create %1").arg(QDir::toNativeSeparators(path));
    if (!error.isEmpty() && walLeft) { // it goes on with its own file
        replacing->mWriterLock = std::move(writerLock);
        replacing->setJournalMode(u"WAL"_s, nullptr);
    }
    if (!error.isEmpty()) {
        if (!temp.isEmpty())
            QFile::remove(temp);
        result.failure = cancelled ? Failure::Cancelled : Failure::IoError;
        result.error = error;
        return result;
    }
    result = openLocked(path, Access::ReadWrite, std::move(writerLock));
    if (!result.store && overOwnFile) // it still has its (former) file open
        replacing->mWriterLock = WriterLock::acquire(path);
    return result;
}

WorkspaceStore::Failure WorkspaceStore::createClosed(const QString &path, const Workspace &initial,
                                                     QString *error)
{
    Failure failure = Failure::None;
    // Held until the file is in place, as create() holds it until the store closes.
    const std::unique_ptr<WriterLock> writerLock = lockForWriting(path, &failure, error);
    if (!writerLock)
        return failure;
    bool cancelled = false;
    const QString temp = writeNewFile(path, initial, {}, false, error, &cancelled);
    if (error->isEmpty() && !replaceFile(temp, path, error)) {
        *error = tr("cannot create %1").arg(QDir::toNativeSeparators(path));
        QFile::remove(temp);
    }
    return error->isEmpty() ? Failure::None : Failure::IoError;
}

bool WorkspaceStore::createAtVersion(const QString &path, int version, QString *error)
{
    Connection connection(path, false);
    if (!connection.isOpen()) {
        *error = connection.db().lastError().text();
        return false;
    }
    const MigrationResult r = Migrations::upgrade(connection.db(), SqlEngine::Sqlite, version);
    *error = r.error;
    return r.outcome != MigrationOutcome::Failed;
}

bool WorkspaceStore::write(const Workspace &workspace, const QList<PendingWrite> &writes)
{
    if (mReadOnly) {
        mError = tr("the workspace is read-only");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(mConnection, false);
    if (!db.transaction()) {
        mError = db.lastError().text();
        return false;
    }
    for (const PendingWrite &w : writes) {
        if (!mWriter->apply(workspace, w)) {
            mError = mWriter->lastError();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        mError = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

QSqlDatabase WorkspaceStore::database() const
{
    return QSqlDatabase::database(mConnection, false);
}

bool WorkspaceStore::beginAppend()
{
    if (mReadOnly) {
        mError = tr("the workspace is read-only");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(mConnection, false);
    if (!db.transaction()) {
        mError = db.lastError().text();
        return false;
    }
    return true;
}

bool WorkspaceStore::appendPersona(const Persona &persona, int position)
{
    if (mWriter->writePersona(persona, position, false))
        return true;
    mError = mWriter->lastError();
    return false;
}

bool WorkspaceStore::appendUseCase(Id persona, const UseCase &useCase, int position)
{
    if (mWriter->writeUseCase(persona, useCase, position))
        return true;
    mError = mWriter->lastError();
    return false;
}

bool WorkspaceStore::endAppend(bool keep)
{
    QSqlDatabase db = QSqlDatabase::database(mConnection, false);
    if (keep && db.commit())
        return true;
    if (keep)
        mError = db.lastError().text();
    db.rollback();
    return false;
}

WriteResult WorkspaceStore::commit(const Workspace &workspace, const QList<PendingWrite> &writes)
{
    if (write(workspace, writes))
        return {};
    return {WriteResult::Failed, mError};
}

bool WorkspaceStore::saveCopy(const QString &target, QString *error) const
{
    if (WriterLock::sameFile(target, mPath))
        return true; // every write is in the file already
    Failure failure = Failure::None;
    const std::unique_ptr<WriterLock> targetLock = lockForWriting(target, &failure, error);
    if (!targetLock)
        return false;
    return copyTo(target, error);
}

WorkspaceStore::OpenResult WorkspaceStore::openCopyAt(const QString &target) const
{
    OpenResult result;
    std::unique_ptr<WriterLock> targetLock = lockForWriting(target, &result.failure, &result.error);
    if (!targetLock)
        return result;
    if (!copyTo(target, &result.error)) {
        result.failure = Failure::IoError;
        return result;
    }
    return openLocked(target, Access::ReadWrite, std::move(targetLock));
}

bool WorkspaceStore::copyTo(const QString &target, QString *error) const
{
    const QString temp = temporarySibling(target);
    if (temp.isEmpty()) {
        *error = tr("cannot write in %1")
                     .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(mConnection, false);
    QSqlError sqlError;
    if (!exec(db, u"VACUUM INTO "_s + sqlQuoted(temp), &sqlError)) {
        QFile::remove(temp);
        *error = sqlError.text();
        return false;
    }
    {
        Connection copy(temp, false);
        exec(copy.db(), u"PRAGMA journal_mode = DELETE"_s);
    }
    if (!replaceFile(temp, target, error)) {
        QFile::remove(temp);
        return false;
    }
    return true;
}

// Values no edit in Parcours can store (a file changed by another program): the editor would
// quietly treat them as missing.
QStringList WorkspaceStore::invalidValues(const QSqlDatabase &db, const Workspace &workspace)
{
    QStringList problems;
    for (const Persona &p : workspace.personas) {
        if (p.weight && *p.weight < 0)
            problems << tr("persona \"%1\": negative weight %2").arg(p.name).arg(*p.weight);
        for (const UseCase &u : p.useCases) {
            const QString name = u.useCase.isEmpty() ? QString::number(u.id) : u.useCase;
            const UsageFrequency &f = u.frequency;
            if (!(f.times() == 0 && f.interval() == 0)) { // stored; else none
                if (const QString why = UsageFrequency::validate(f.times(), f.interval());
                    !why.isEmpty())
                    problems << tr("persona \"%1\", use case \"%2\": %3").arg(p.name, name, why);
            }
            if (u.weight && *u.weight < 0) {
                problems << tr("persona \"%1\", use case \"%2\": negative weight %3")
                                .arg(p.name, name)
                                .arg(*u.weight);
            }
        }
    }
    QSqlQuery q(db);
    if (q.exec(u"SELECT id, status FROM use_case WHERE status NOT IN ('current', 'planned')"_s)) {
        while (q.next())
            problems << tr("use case %1: unknown status \"%2\"")
                            .arg(q.value(0).toString(), q.value(1).toString());
    }
    return problems;
}

QStringList WorkspaceStore::check(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {tr("the file does not exist")};
    if (const HeaderCheck header = inspectHeader(path); header.failure != Failure::None)
        return {header.error};

    Connection connection(path, true);
    if (!connection.isOpen())
        return {connection.db().lastError().text()};
    QSqlDatabase &db = connection.db();
    beginRead(db); // every check on one snapshot, while a window may be writing
    QStringList problems;
    QSqlError error;
    const QVariant appId = pragma(db, u"application_id"_s, &error);
    if (!appId.isValid())
        return {isBusy(error) ? tr("the workspace is open in another program; close it first")
                              : tr("the file is corrupt: %1").arg(error.text())};
    if (appId.toInt() != parcoursApplicationId)
        problems << tr("not a Parcours workspace: application id %1").arg(appId.toInt());
    const int version = Migrations::schemaVersion(db, SqlEngine::Sqlite);
    if (version > Migrations::currentVersion())
        problems << tr("file format %1 is newer than this version of Parcours reads (%2)")
                        .arg(version)
                        .arg(Migrations::currentVersion());
    if (version < 1)
        problems << tr("no schema version recorded");

    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA integrity_check"_s)) {
        problems << tr("integrity check failed: %1").arg(q.lastError().text());
        return problems;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok")
            problems << tr("integrity: %1").arg(line);
    }
    if (q.exec(u"PRAGMA foreign_key_check"_s)) {
        while (q.next()) {
            problems << tr("table %1, row %2: refers to a missing %3")
                            .arg(q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString());
        }
    }
    if (problems.isEmpty() && version == Migrations::currentVersion()) {
        Workspace workspace;
        StoreReader reader(db);
        if (!reader.read(workspace))
            problems << reader.error();
        else
            problems << invalidValues(db, workspace);
    }
    return problems;
}

} // namespace Parcours
