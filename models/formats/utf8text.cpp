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

} // namespace Parcours
