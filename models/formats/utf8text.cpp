#include "formats/utf8text.h"

#include <QStringDecoder>

namespace Parcours {

namespace {

int firstBadLine(QByteArrayView data)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(data.sliced(start, end - start));
        if (decoder.hasError())
            return line;
        ++line;
        start = end + 1;
    }
    return 1; // a sequence cut at the very end of the file
}

} // namespace

Utf8Text decodeUtf8(const QByteArray &data)
{
    Utf8Text result;
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result.hadByteOrderMark = true;
        bytes = bytes.sliced(3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    result.text = decoder.decode(bytes);
    if (decoder.hasError()) {
        result.text.clear();
        result.badLine = firstBadLine(bytes);
    } else if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        result.text.clear();
        result.badLine = int(bytes.first(nul).count('\n')) + 1;
        result.nulByte = true;
    }
    return result;
}

// The well-formed sequences of Unicode's table 3-7, which QStringDecoder accepts.
void Utf8Checker::feed(QByteArrayView bytes)
{
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (mNeeded > 0) {
            if (b >= mLow && b <= mHigh) {
                --mNeeded;
                mLow = 0x80;
                mHigh = 0xBF;
                continue;
            }
            if (mBadLine == 0)
                mBadLine = mLine; // a sequence cut short; b starts afresh
            mNeeded = 0;
            mLow = 0x80;
            mHigh = 0xBF;
        }
        if (b < 0x80) {
            if (b == '\n')
                ++mLine;
            else if (b == 0 && mNulLine == 0)
                mNulLine = mLine;
            continue;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            mNeeded = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            mNeeded = 2;
            if (b == 0xE0)
                mLow = 0xA0;
            else if (b == 0xED)
                mHigh = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            mNeeded = 3;
            if (b == 0xF0)
                mLow = 0x90;
            else if (b == 0xF4)
                mHigh = 0x8F;
        } else if (mBadLine == 0) {
            mBadLine = mLine;
        }
    }
}

void Utf8Checker::finish()
{
    // A sequence cut by the end of the file is not an error: decodeUtf8()'s decoder keeps it
    // as state and drops it, and the two must agree.
    mNeeded = 0;
}

} // namespace Parcours
