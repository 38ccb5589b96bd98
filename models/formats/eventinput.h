#pragma once

#include "formats/eventfingerprint.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <atomic>
#include <memory>

struct z_stream_s;

namespace Parcours {

// The lines of an events file, read in bounded memory whatever its size: plain text, or
// gzip-compressed (recognised by its first bytes, as Amplitude's archive holds it). While
// reading it fingerprints the file's own bytes (SHA-256), so that a re-import is recognised
// without reading the file twice.
class EventInput
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::EventInput)

public:
    // Longer lines are refused: a file that is not line-based text stops here, not in memory.
    static constexpr qsizetype maxLineLength = 1 << 20;

    EventInput();
    ~EventInput();
    EventInput(const EventInput &) = delete;
    EventInput &operator=(const EventInput &) = delete;

    bool open(const QString &path);
    // The next line without its line break (LF or CRLF), valid until the next call; false at
    // the end of the file or when it cannot be read (error() says why, naming the file).
    bool readLine(QByteArrayView *line);
    // 1-based number of the line readLine() returned last.
    qint64 lineNumber() const { return mLine; }
    QString error() const { return mError; }
    bool isGzip() const { return mGzip; }
    QString fileName() const { return mFileName; }
    // Both may be asked from another thread than the one reading (formats/eventreadahead.h).
    qint64 size() const { return mSize; }
    qint64 bytesRead() const { return mRawRead.load(std::memory_order_relaxed); }
    // SHA-256 of the file's bytes in hex, once it has been read to its end.
    QString fingerprint() const { return mFingerprint; }

private:
    bool fill(); // appends decoded bytes to mBuffer; false at the end or on error
    bool inflateChunk(const QByteArray &raw);
    bool fail(const QString &reason);

    QFile mFile;
    QString mFileName;
    QString mError;
    EventFingerprint mHash;
    QString mFingerprint;
    QByteArray mRaw;
    QByteArray mBuffer;
    qsizetype mPos = 0;
    qint64 mLine = 0;
    qint64 mSize = 0;
    std::atomic<qint64> mRawRead {0};
    bool mGzip = false;
    bool mAtEnd = false;
    bool mStreamEnded = true; // the last gzip member is complete
    std::unique_ptr<z_stream_s> mZip;
};

} // namespace Parcours
