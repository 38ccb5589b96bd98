#include "formats/eventjsonlines.h"

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// Amplitude's export (the files of its archive, plain or .json.gz): one JSON object a line,
// {"event_type": NAME, "user_id": USER, "event_time": "2024-03-01 09:15:02.123000", …}; an
// anonymous event (user_id null) counts for its device_id; a `persona` user property (or
// event property) names the user's persona.
class AmplitudeReader final : public EventReader
{
public:
    explicit AmplitudeReader(EventInput &input)
        : EventReader(input)
    { }
    QString shapeName() const override { return EventReader::tr("Amplitude export"); }

private:
    bool parse(QByteArrayView line, EventRecord *record, QString *reason) override
    {
        QJsonObject object;
        if (!EventJson::object(line, &object, reason))
            return false;
        record->eventText = EventJson::text(object.value(u"event_type"_s));
        record->userText = EventJson::text(object.value(u"user_id"_s));
        if (record->userText.isEmpty())
            record->userText = EventJson::text(object.value(u"device_id"_s));
        record->personaText
            = EventJson::text(object.value(u"user_properties"_s).toObject().value(u"persona"_s));
        if (record->personaText.isEmpty()) {
            record->personaText = EventJson::text(
                object.value(u"event_properties"_s).toObject().value(u"persona"_s));
        }
        record->event = record->eventText;
        record->user = record->userText;
        record->persona = record->personaText;
        record->month = {};
        if (record->event.isEmpty()) {
            *reason = EventReader::tr("no event name (\"event_type\")");
            return false;
        }
        if (record->user.isEmpty()) {
            *reason = EventReader::tr("no user (\"user_id\" nor \"device_id\")");
            return false;
        }
        const std::optional<qint64> msecs = EventJson::time(object.value(u"event_time"_s));
        if (!msecs) {
            *reason = EventReader::tr("no time, or one that is not a timestamp (\"event_time\")");
            return false;
        }
        record->msecs = *msecs;
        return true;
    }
};

} // namespace

std::unique_ptr<EventReader> makeAmplitudeReader(EventInput &input, QByteArrayView firstLine)
{
    auto reader = std::make_unique<AmplitudeReader>(input);
    reader->keepFirstLine(firstLine);
    return reader;
}

} // namespace Parcours
