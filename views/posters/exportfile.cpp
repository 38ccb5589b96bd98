#include "posters/exportfile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Parcours {

namespace {

constexpr qsizetype bufferSize = qsizetype(256) * 1024;

} // namespace

ExportFile::ExportFile() = default;

ExportFile::~ExportFile() = default; // an uncommitted QSaveFile removes its temporary file

bool ExportFile::openTarget(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir())
        mFile = std::make_unique<QFile>(path);
    else
        mFile = std::make_unique<QSaveFile>(path);
    // Unbuffered: this device buffers, and a failed write then says why.
    if (!mFile->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        mFailure = mFile->errorString();
        return false;
    }
    return open(QIODevice::WriteOnly);
}

void ExportFile::discard()
{
    close();
    mBuffer.clear();
    if (!mFile)
        return;
    if (auto *save = qobject_cast<QSaveFile *>(mFile.get()))
        save->cancelWriting();
    else
        mFile->close();
}

QString ExportFile::finish()
{
    if (mFailure.isEmpty())
        writeOut();
    if (!mFailure.isEmpty()) {
        discard();
        return mFailure;
    }
    close();
    if (auto *save = qobject_cast<QSaveFile *>(mFile.get()))
        return save->commit() ? QString() : save->errorString();
    mFile->close();
    return {};
}

QString ExportFile::save(const QString &path, const QByteArray &data)
{
    ExportFile file;
    if (!file.openTarget(path))
        return file.failure();
    if (file.write(data) != data.size()) {
        file.discard();
        return file.failure();
    }
    return file.finish();
}

qint64 ExportFile::readData(char *, qint64)
{
    return -1;
}

qint64 ExportFile::writeData(const char *data, qint64 size)
{
    if (!mFailure.isEmpty())
        return -1;
    // A block as large as the buffer (QSvgGenerator hands over the whole document at once)
    // goes out as it is, after what is buffered: no copy of it in memory.
    if (size >= bufferSize) {
        if (!writeOut() || !writeWhole(data, size))
            return -1;
        return size;
    }
    mBuffer.append(data, qsizetype(size));
    if (mBuffer.size() >= bufferSize && !writeOut())
        return -1;
    return size;
}

bool ExportFile::writeOut()
{
    if (!writeWhole(mBuffer.constData(), mBuffer.size()))
        return false;
    mBuffer.clear();
    return true;
}

// Writes `data` whole: after a short write, writing the rest gets the system's error.
bool ExportFile::writeWhole(const char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 n = mFile->write(data + done, size - done);
        if (n <= 0) {
            mFailure = mFile->errorString();
            setErrorString(mFailure);
            return false;
        }
        done += n;
    }
    return true;
}

} // namespace Parcours
