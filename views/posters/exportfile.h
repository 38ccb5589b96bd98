#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QIODevice>
#include <QString>

#include <memory>

namespace Parcours {

// The file an export goes to, as the device the writers (QPdfWriter, QSvgGenerator, PNG, a
// format's bytes) write to: a temporary file renamed into place by finish() (QSaveFile), so that
// a failed or cancelled export leaves no file and an existing one as it was; except for a target
// that exists and is not a regular file (a device such as /dev/stdout, a pipe), written
// directly: renaming over it would replace it (as root, /dev/null would become a plain file).
//
// Every block is written whole, or the export fails with the system's reason ("No space left on
// device", "File too large"): QFileDevice takes a short write (a disk filling up) for success
// and loses the reason in its buffered path ("Unknown error"); Qt 6.4's QSaveFile::commit()
// ignores a failed last flush and renames a truncated file into place; QPdfWriter and
// QSvgGenerator do not check what write() returns.
class ExportFile : public QIODevice
{
public:
    ExportFile();
    ~ExportFile() override;

    // False with failure() when the target cannot be opened.
    bool openTarget(const QString &path);
    // The first failure (the system's reason), or empty.
    QString failure() const { return mFailure; }
    // Drops what was written: the temporary file is removed, the target stays as it was.
    void discard();
    // Puts the file in place; else drops it and returns the reason.
    QString finish();

    // Writes `data` to `path` as above: empty, or the reason it could not.
    static QString save(const QString &path, const QByteArray &data);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool writeOut();
    bool writeWhole(const char *data, qint64 size);

    std::unique_ptr<QFileDevice> mFile;
    QByteArray mBuffer;
    QString mFailure;
};

} // namespace Parcours
