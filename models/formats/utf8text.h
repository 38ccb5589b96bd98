#pragma once

#include <QByteArray>
#include <QString>

namespace Parcours {

// The text of a file that must be UTF-8, as the text formats (CSV, Mermaid) read it.
struct Utf8Text
{
    QString text; // without a leading byte order mark; empty when badLine is set
    bool hadByteOrderMark = false;
    // 1-based line of the first byte that is not text: not UTF-8, or a NUL (byte 0, which no
    // text field may hold: PostgreSQL refuses it, so a shared workspace could not store it);
    // 0 when all of it is text.
    int badLine = 0;
    bool nulByte = false; // badLine is that of a NUL byte
};

Utf8Text decodeUtf8(const QByteArray &data);

// decodeUtf8()'s verdict on a file read in pieces, without keeping its text: feed the bytes
// after any byte order mark, then finish(). The same line as decodeUtf8() for the same bytes.
class Utf8Checker
{
public:
    void feed(QByteArrayView bytes);
    void finish();
    // As Utf8Text: the first line not UTF-8, else the first line with a NUL, else 0.
    int badLine() const { return mBadLine != 0 ? mBadLine : mNulLine; }
    bool nulByte() const { return mBadLine == 0 && mNulLine != 0; }

private:
    int mLine = 1;
    int mBadLine = 0;
    int mNulLine = 0;
    int mNeeded = 0; // continuation bytes still expected
    unsigned char mLow = 0x80; // the range of the next continuation byte
    unsigned char mHigh = 0xBF;
};

} // namespace Parcours
