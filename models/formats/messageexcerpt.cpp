#include "formats/messageexcerpt.h"

namespace Parcours::MessageText {

QString excerpt(QStringView text, qsizetype max)
{
    return text.size() <= max ? text.toString() : text.left(max).toString() + u'…';
}

QString withExcerpt(QString message, const QString &value)
{
    const QString trimmed = value.trimmed();
    for (const QString &shown : {value, trimmed}) {
        if (shown.size() > 60 && message.contains(shown))
            return message.replace(shown, excerpt(shown));
    }
    return message;
}

} // namespace Parcours::MessageText
