#include "formats/eventinput.h"

#include <QFileInfo>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr qsizetype chunkSize = 1 << 20;

} // namespace

EventInput::EventInput() = default;

EventInput::~EventInput()
{
    if (mZip)
        inflateEnd(mZip.get());
}

bool EventInput::fail(const QString &reason)
{
    mError = u"%1: %2"_s.arg(mFileName, reason);
    mAtEnd = true;
    return false;
}

bool EventInput::open(const QString &path)
{
    mFileName = path;
    mFile.setFileName(path);
    if (!mFile.open(QIODevice::ReadOnly))
        return fail(mFile.errorString());
    mSize = mFile.size();
    const QByteArray magic = mFile.peek(2);
    mGzip = magic.size() == 2 && uchar(magic[0]) == 0x1f && uchar(magic[1]) == 0x8b;
    if (mGzip) {
        mZip = std::make_unique<z_stream_s>();
        *mZip = {};
        // 16 + MAX_WBITS: a gzip header and trailer around the deflate data.
        if (inflateInit2(mZip.get(), 16 + MAX_WBITS) != Z_OK)
            return fail(tr("cannot decompress this file"));
        mStreamEnded = false;
    }
    mRaw.resize(chunkSize);
    return true;
}

bool EventInput::inflateChunk(const QByteArray &raw)
{
    mZip->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.constData()));
    mZip->avail_in = uInt(raw.size());
    char out[1 << 16];
    while (mZip->avail_in > 0) {
        if (mStreamEnded) {
            // Concatenated gzip members read as one file.
            if (inflateReset(mZip.get()) != Z_OK)
                return fail(tr("cannot decompress this file"));
            mStreamEnded = false;
        }
        mZip->next_out = reinterpret_cast<Bytef *>(out);
        mZip->avail_out = sizeof(out);
        const int status = inflate(mZip.get(), Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
            return fail(tr("the gzip data is damaged (%1)")
                            .arg(QString::fromLatin1(mZip->msg ? mZip->msg : "")));
        mBuffer.append(out, qsizetype(sizeof(out) - mZip->avail_out));
        if (status == Z_STREAM_END)
            mStreamEnded = true;
        else if (status == Z_BUF_ERROR && mZip->avail_out != 0)
            break;
    }
    return true;
}

bool EventInput::fill()
{
    if (mAtEnd)
        return false;
    const qint64 n = mFile.read(mRaw.data(), chunkSize);
    if (n < 0)
        return fail(mFile.errorString());
    if (n == 0) {
        mAtEnd = true;
        mFingerprint = QString::fromLatin1(mHash.resultHex());
        if (mGzip && !mStreamEnded) {
            mError = u"%1: %2"_s.arg(
                mFileName,
                tr("the gzip file is truncated (it ends after %1 bytes)").arg(bytesRead()));
        }
        return false;
    }
    mRawRead.fetch_add(n, std::memory_order_relaxed);
    const QByteArray raw = QByteArray::fromRawData(mRaw.constData(), qsizetype(n));
    mHash.addData(raw);
    if (mGzip)
        return inflateChunk(raw);
    mBuffer.append(raw);
    return true;
}

bool EventInput::readLine(QByteArrayView *line)
{
    for (;;) {
        const qsizetype end = mBuffer.indexOf('\n', mPos);
        if (end >= 0) {
            qsizetype stop = end;
            if (stop > mPos && mBuffer[stop - 1] == '\r')
                --stop;
            *line = QByteArrayView(mBuffer.constData() + mPos, stop - mPos);
            mPos = end + 1;
            ++mLine;
            return true;
        }
        if (mBuffer.size() - mPos > maxLineLength)
            return fail(tr("line %1 is longer than %2 MB").arg(mLine + 1).arg(maxLineLength >> 20));
        // Keep the unfinished line, drop what was read.
        mBuffer.remove(0, mPos);
        mPos = 0;
        const bool more = fill();
        if (!more) {
            if (!mError.isEmpty() || mBuffer.isEmpty())
                return false;
            // The last line, without a line break.
            qsizetype stop = mBuffer.size();
            if (mBuffer.endsWith('\r'))
                --stop;
            *line = QByteArrayView(mBuffer.constData(), stop);
            mPos = mBuffer.size();
            ++mLine;
            return true;
        }
    }
}

} // namespace Parcours
