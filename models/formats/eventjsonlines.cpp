#include "formats/eventjsonlines.h"

#include "formats/eventtime.h"

#include <QJsonDocument>

namespace Parcours::EventJson {

bool object(QByteArrayView line, QJsonObject *object, QString *reason)
{
    if (!EventText::isUtf8(line)) {
        *reason = EventReader::tr("the line is not UTF-8 text");
        return false;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        *reason = EventReader::tr("not JSON: %1 at character %2")
                      .arg(error.errorString())
                      .arg(error.offset + 1);
        return false;
    }
    if (!document.isObject()) {
        *reason = EventReader::tr("not a JSON object");
        return false;
    }
    *object = document.object();
    return true;
}

QByteArray text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed().toUtf8();
    if (value.isDouble())
        return QByteArray::number(value.toDouble(), 'g', 17);
    return {};
}

std::optional<qint64> time(const QJsonValue &value)
{
    if (value.isDouble())
        return EventTime::fromNumber(value.toDouble());
    if (value.isString())
        return EventTime::parse(value.toString().toUtf8());
    return std::nullopt;
}

} // namespace Parcours::EventJson
