#include "formats/eventreader.h"

#include "formats/eventtime.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// The plain events CSV: a header of exactly user_id,event,timestamp and an optional fourth
// column persona; timestamps ISO 8601 or Unix seconds or milliseconds, UTC.
class EventsCsvReader final : public EventReader
{
public:
    EventsCsvReader(EventInput &input, bool hasPersona)
        : EventReader(input)
        , mColumns(hasPersona ? 4 : 3)
    { }
    QString shapeName() const override { return EventReader::tr("events CSV"); }

private:
    bool parse(QByteArrayView line, EventRecord *record, QString *reason) override
    {
        // Most lines quote nothing: their fields are views of the line. A quoted line is
        // unquoted into mFields first.
        QByteArrayView fields[4];
        qsizetype count = 0;
        if (!EventText::splitPlainCsv(line, fields, 4, &count)) {
            if (!EventText::splitCsv(line, &mFields)) {
                *reason = EventReader::tr("a quoted field is not closed");
                return false;
            }
            count = mFields.size();
            for (qsizetype i = 0; i < std::min<qsizetype>(count, 4); ++i)
                fields[i] = mFields[i];
        }
        if (count != mColumns) {
            *reason
                = EventReader::tr("%1 fields where the header names %2").arg(count).arg(mColumns);
            return false;
        }
        const std::optional<qint64> msecs = EventTime::parse(fields[2]);
        if (!msecs) {
            *reason = EventReader::tr(
                          "the timestamp \"%1\" is not ISO 8601 nor Unix seconds or milliseconds")
                          .arg(QString::fromUtf8(fields[2]).left(40));
            return false;
        }
        record->user = fields[0].trimmed();
        record->event = fields[1].trimmed();
        record->msecs = *msecs;
        record->month = {};
        if (mColumns == 4)
            record->persona = fields[3].trimmed();
        if (record->user.isEmpty() || record->event.isEmpty()) {
            *reason = record->user.isEmpty() ? EventReader::tr("the user_id is empty")
                                             : EventReader::tr("the event is empty");
            return false;
        }
        if (!EventText::isUtf8(line)) {
            *reason = EventReader::tr("the line is not UTF-8 text");
            return false;
        }
        return true;
    }

    qsizetype mColumns;
    QList<QByteArray> mFields;
};

} // namespace

std::unique_ptr<EventReader> makeEventsCsvReader(EventInput &input, QByteArrayView header,
                                                 QString *error)
{
    const QByteArray names = header.trimmed().toByteArray();
    if (names == "user_id,event,timestamp")
        return std::make_unique<EventsCsvReader>(input, false);
    if (names == "user_id,event,timestamp,persona")
        return std::make_unique<EventsCsvReader>(input, true);
    QStringList missing;
    const QList<QByteArray> columns = names.split(',');
    for (const char *required : {"user_id", "event", "timestamp"}) {
        if (!columns.contains(QByteArray(required)))
            missing.append(QString::fromLatin1(required));
    }
    const QString where = u"%1:%2"_s.arg(input.fileName()).arg(input.lineNumber());
    if (!missing.isEmpty() && columns.size() > 1) {
        *error = u"%1: %2"_s.arg(where,
                                 EventReader::tr("missing required column: %1 (the "
                                                 "header must be "
                                                 "user_id,event,timestamp[,persona])")
                                     .arg(missing.join(u", "_s)));
    } else {
        *error = u"%1: %2"_s.arg(
            where,
            EventReader::tr("not an events file: the first line must be the header "
                            "user_id,event,timestamp[,persona] or "
                            "user_id,persona,event,month,count, or a JSON line of "
                            "Mixpanel's or Amplitude's export"));
    }
    return nullptr;
}

} // namespace Parcours
