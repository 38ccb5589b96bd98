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

} // namespace Parcours
