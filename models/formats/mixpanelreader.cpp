#include "formats/eventjsonlines.h"

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// Mixpanel's raw event export: one JSON object a line,
// {"event": NAME, "properties": {"distinct_id": USER, "time": SECONDS, …}}; a `persona`
// property, when there, names the user's persona.
class MixpanelReader final : public EventReader
{
public:
    explicit MixpanelReader(EventInput &input)
        : EventReader(input)
    { }
    QString shapeName() const override { return EventReader::tr("Mixpanel export"); }

private:
    bool parse(QByteArrayView line, EventRecord *record, QString *reason) override
    {
        QJsonObject object;
        if (!EventJson::object(line, &object, reason))
            return false;
        const QJsonObject properties = object.value(u"properties"_s).toObject();
        record->eventText = EventJson::text(object.value(u"event"_s));
        record->userText = EventJson::text(properties.value(u"distinct_id"_s));
        record->personaText = EventJson::text(properties.value(u"persona"_s));
        record->event = record->eventText;
        record->user = record->userText;
        record->persona = record->personaText;
        record->month = {};
        if (record->event.isEmpty()) {
            *reason = EventReader::tr("no event name (\"event\")");
            return false;
        }
        if (record->user.isEmpty()) {
            *reason = EventReader::tr("no user (\"properties.distinct_id\")");
            return false;
        }
        const std::optional<qint64> msecs = EventJson::time(properties.value(u"time"_s));
        if (!msecs) {
            *reason
                = EventReader::tr("no time, or one that is not a timestamp (\"properties.time\")");
            return false;
        }
        record->msecs = *msecs;
        return true;
    }
};

} // namespace

std::unique_ptr<EventReader> makeMixpanelReader(EventInput &input, QByteArrayView firstLine)
{
    auto reader = std::make_unique<MixpanelReader>(input);
    reader->keepFirstLine(firstLine);
    return reader;
}

} // namespace Parcours
