#include "store/writerlock.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Parcours {

WriterLock::WriterLock(const QString &lockPath)
    : mLockPath(lockPath)
    , mLock(lockPath)
{
    mLock.setStaleLockTime(0); // stale only when its process is gone, however long it runs
}

WriterLock::~WriterLock() = default; // QLockFile removes the file

std::unique_ptr<WriterLock> WriterLock::acquire(const QString &workspacePath, bool *heldElsewhere)
{
    std::unique_ptr<WriterLock> lock(new WriterLock(lockPathFor(workspacePath)));
    const bool locked = lock->mLock.tryLock(0);
    if (heldElsewhere)
        *heldElsewhere = !locked && lock->mLock.error() == QLockFile::LockFailedError;
    if (!locked)
        return nullptr;
    return lock;
}

QString WriterLock::lockPathFor(const QString &workspacePath)
{
    const QFileInfo file(workspacePath);
    QString canonical = file.canonicalFilePath();
    if (canonical.isEmpty()) { // not created yet
        const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
        canonical
            = folder.isEmpty() ? file.absoluteFilePath() : QDir(folder).filePath(file.fileName());
    }
    return canonical + u".lock"_s;
}

bool WriterLock::sameFile(const QString &a, const QString &b)
{
    return lockPathFor(a) == lockPathFor(b);
}

bool WriterLock::guards(const QString &workspacePath) const
{
    return lockPathFor(workspacePath) == mLockPath;
}

} // namespace Parcours
