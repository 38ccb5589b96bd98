#pragma once

#include <QByteArray>
#include <QString>

namespace Parcours {

// The text of a file that must be UTF-8, as the text formats (CSV, Mermaid) read it.
struct Utf8Text
{
    QString text; // without a leading byte order mark
    bool hadByteOrderMark = false;
    int badLine = 0; // 1-based line of the first byte that is not UTF-8; 0 when all of it is
};

Utf8Text decodeUtf8(const QByteArray &data);

} // namespace Parcours
