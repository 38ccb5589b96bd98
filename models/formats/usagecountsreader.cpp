#include "formats/eventreader.h"

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// Counts aggregated elsewhere (a warehouse, see docs/observed-usage.md):
// user_id,persona,event,month,count with month as YYYY-MM (or a date in it, or YYYYMM).
class UsageCountsReader final : public EventReader
{
public:
    explicit UsageCountsReader(EventInput &input)
        : EventReader(input)
    { }
    QString shapeName() const override { return EventReader::tr("usage counts"); }

private:
    bool parse(QByteArrayView line, EventRecord *record, QString *reason) override
    {
        if (!EventText::splitCsv(line, &mFields)) {
            *reason = EventReader::tr("a quoted field is not closed");
            return false;
        }
        if (mFields.size() != 5) {
            *reason
                = EventReader::tr("%1 fields where the header names %2").arg(mFields.size()).arg(5);
            return false;
        }
        const QByteArray month = mFields[3].trimmed();
        // YYYY-MM, a date in the month, or YYYYMM (EXTRACT(YEAR …) * 100 + EXTRACT(MONTH …)).
        const QDate date = month.size() == 6
            ? QDate::fromString(QString::fromLatin1(month), u"yyyyMM"_s)
            : QDate::fromString(QString::fromLatin1(month.left(7)), u"yyyy-MM"_s);
        if (!date.isValid() || (month.size() != 6 && month.size() != 7 && month.size() != 10)) {
            *reason = EventReader::tr("the month \"%1\" is not YYYY-MM")
                          .arg(QString::fromUtf8(month).left(40));
            return false;
        }
        bool ok = false;
        const qint64 count = mFields[4].trimmed().toLongLong(&ok);
        if (!ok || count < 0) {
            *reason = EventReader::tr("the count \"%1\" is not a whole number from 0")
                          .arg(QString::fromUtf8(mFields[4]).left(40));
            return false;
        }
        record->userText = mFields[0].trimmed();
        record->personaText = mFields[1].trimmed();
        record->eventText = mFields[2].trimmed();
        record->user = record->userText;
        record->persona = record->personaText;
        record->event = record->eventText;
        record->month = date;
        record->count = count;
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

    QList<QByteArray> mFields;
};

} // namespace

std::unique_ptr<EventReader> makeUsageCountsReader(EventInput &input)
{
    return std::make_unique<UsageCountsReader>(input);
}

} // namespace Parcours
