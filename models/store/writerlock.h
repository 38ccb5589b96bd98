#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace Parcours {

// One writer per workspace file. The file uses SQLite's normal locking, so that readers (the
// command line exporting or reporting) read snapshots while a window writes; this lock file
// beside it (FILE.lock) keeps a second writer out: another window, another Parcours,
// `parcours import -o`. A lock left by a process that died (a crash, kill -9) is stale and
// taken over; a running writer's lock never ages into a stale one.
class WriterLock
{
public:
    ~WriterLock();
    WriterLock(const WriterLock &) = delete;
    WriterLock &operator=(const WriterLock &) = delete;

    // The lock of the workspace at `workspacePath` (which may not exist yet), or null when
    // another writer holds it (`heldElsewhere`) or the lock file cannot be written.
    static std::unique_ptr<WriterLock> acquire(const QString &workspacePath,
                                               bool *heldElsewhere = nullptr);

    // The lock file of `workspacePath`: one name however the workspace is reached (relative
    // path, symbolic link).
    static QString lockPathFor(const QString &workspacePath);

    // Whether `a` and `b` name the same workspace file.
    static bool sameFile(const QString &a, const QString &b);

    bool guards(const QString &workspacePath) const;

private:
    explicit WriterLock(const QString &lockPath);

    QString mLockPath;
    QLockFile mLock;
};

} // namespace Parcours
