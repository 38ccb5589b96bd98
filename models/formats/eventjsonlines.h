#pragma once

#include "formats/eventreader.h"

#include <QJsonObject>
#include <QJsonValue>

// What Mixpanel's and Amplitude's JSON lines readers share.
namespace Parcours::EventJson {

// The line as a JSON object; false with a reason when it is not one or not UTF-8.
bool object(QByteArrayView line, QJsonObject *object, QString *reason);
// A user id or event name: a string, or a number written as text; empty when neither.
QByteArray text(const QJsonValue &value);
// A timestamp: a number (seconds, or milliseconds above 1e11) or a string (ISO 8601 or such
// a number).
std::optional<qint64> time(const QJsonValue &value);

} // namespace Parcours::EventJson
