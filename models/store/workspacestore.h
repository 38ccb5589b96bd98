#pragma once

#include "document/pendingwrite.h"
#include "domain/workspace.h"
#include "store/migrations.h"
#include "store/storebackend.h"
#include "store/storereadersummary.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>

namespace Parcours {

class StoreWriter;
class Connection;
class WriterLock;

// A workspace file on disk. Opening validates before anything is written, so a foreign,
// corrupt, truncated or newer file is never modified. While open read-write, the file is in
// WAL mode with SQLite's normal locking and its WriterLock (FILE.lock) held: a second writer
// is refused as busy, while readers (Access::ReadOnly, `parcours check`) each read one
// consistent snapshot. Every write is one durable transaction, and closing leaves a single
// plain file again.
class WorkspaceStore final : public StoreBackend
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceStore)

public:
    // Access, Failure and Progress come from StoreBackend.

    struct OpenResult
    {
        std::unique_ptr<WorkspaceStore> store;
        Workspace workspace;
        WorkspaceSummary summary; // read instead of the workspace with Reading::Summary
        Failure failure = Failure::None;
        QString error; // why it failed, translated, without the file name
        QString notice; // e.g. "opened read-only: …", "upgraded from format 1; backup at …"
        MigrationResult migration;
        QString backupPath;
    };

    ~WorkspaceStore() override;
    WorkspaceStore(const WorkspaceStore &) = delete;
    WorkspaceStore &operator=(const WorkspaceStore &) = delete;

    // What open() reads into OpenResult::workspace: all of it, or its outline
    // (StoreReader::readOutline(): personas, use cases without text, journeys and stages,
    // without lanes and cells); or, into OpenResult::summary, what `parcours info` prints
    // (StoreReader::readSummary()).
    enum class Reading { Whole, Outline, Summary };
    static OpenResult open(const QString &path, Access access = Access::ReadWrite,
                           Reading reading = Reading::Whole);

    // Writes `initial` to a new file atomically (replacing any file at path), then opens it.
    // The file is written under a temporary name and renamed when complete: when `progress`
    // cancels (Failure::Cancelled) or writing fails, nothing is left at `path`, and a file
    // that was there stays as it was.
    // `replacing`: the store that has `path` open, when Save As writes over its own file; its
    // writer lock passes to the new store (and stays with it when that fails).
    static OpenResult create(const QString &path, const Workspace &initial = {},
                             const Progress &progress = {}, WorkspaceStore *replacing = nullptr);

    // The same file as create() makes, left closed without reading it back: for a command that
    // only writes a new workspace (`parcours new`, an import into a new file). Failure::None,
    // or Busy or IoError with `error` set.
    static Failure createClosed(const QString &path, const Workspace &initial, QString *error);

    QString path() const { return mPath; }
    QString location() const override { return mPath; }
    bool isReadOnly() const override { return mReadOnly; }

    // Brings the file up to date with `workspace` for these writes, in one transaction.
    bool write(const Workspace &workspace, const QList<PendingWrite> &writes);
    QString lastError() const { return mError; }
    // The file's connection, for what is read and written beside edits: its labelled versions
    // (store/workspaceversions.h).
    QSqlDatabase database() const;
    WriteResult commit(const Workspace &workspace, const QList<PendingWrite> &writes) override;

    // Many rows added in one transaction, as a streamed import writes them: beginAppend(), then
    // appendPersona() and appendUseCase() as rows come, then endAppend(true) commits, or
    // endAppend(false) rolls back and leaves the file as it was. False on failure
    // (lastError()); the transaction is then to be ended with endAppend(false).
    bool beginAppend();
    bool appendPersona(const Persona &persona, int position); // without its use cases
    bool appendUseCase(Id persona, const UseCase &useCase, int position);
    bool endAppend(bool keep);

    // A complete, consistent copy at `target`, written atomically. A workspace another writer
    // has open is never replaced; the store's own file is its own copy.
    bool saveCopy(const QString &target, QString *error) const override;

    // Save As: saveCopy(target), then `target` opened read-write, locked from before it was
    // replaced to the end. This store stays as it was.
    OpenResult openCopyAt(const QString &target) const;

    // Whether `path` is a Parcours workspace file (by its SQLite header's application id),
    // whatever its name: such a file is never replaced by an export.
    static bool isWorkspaceFile(const QString &path);

    // Problems found by `parcours check`: empty when the file is sound.
    static QStringList check(const QString &path);

    // Test hook: create a file at an older schema version.
    static bool createAtVersion(const QString &path, int version, QString *error);

private:
    WorkspaceStore(QString path, QString connection, bool readOnly,
                   std::unique_ptr<WriterLock> writerLock);
    void close();
    bool copyTo(const QString &target, QString *error) const;
    bool setJournalMode(const QString &mode, QString *error);
    // Writes a new file beside `path` under a temporary name, synced: in WAL mode when it is
    // to be opened, else in rollback-journal mode. Its name, or empty with `error` set.
    static QString writeNewFile(const QString &path, const Workspace &initial,
                                const Progress &progress, bool toOpen, QString *error,
                                bool *cancelled);
    static OpenResult openLocked(const QString &path, Access access,
                                 std::unique_ptr<WriterLock> writerLock,
                                 Reading reading = Reading::Whole);
    static QStringList invalidValues(const QSqlDatabase &db, const Workspace &workspace);
    static OpenResult finishOpen(const QString &path, std::unique_ptr<Connection> probe,
                                 bool readOnly, std::unique_ptr<WriterLock> writerLock,
                                 OpenResult result, Reading reading);

    QString mPath;
    QString mConnection;
    bool mReadOnly = false;
    std::unique_ptr<StoreWriter> mWriter;
    std::unique_ptr<WriterLock> mWriterLock; // held while open read-write
    QString mError;
};

// Replaces `target` by `source` atomically where the platform allows it.
bool replaceFile(const QString &source, const QString &target, QString *error);

} // namespace Parcours
