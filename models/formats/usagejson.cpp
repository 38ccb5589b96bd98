#include "formats/usagejson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QString monthText(const QDate &month)
{
    return month.toString(u"yyyy-MM"_s);
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

QDateTime timeOf(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonObject sourceJson(const UsageSource &s)
{
    QJsonObject names;
    for (auto it = s.unmappedEventNames.cbegin(); it != s.unmappedEventNames.cend(); ++it)
        names.insert(it.key(), double(it.value()));
    QJsonArray counts;
    for (const UsageCount &c : s.counts)
        counts.append(
            QJsonArray {c.user, double(c.useCaseId), monthText(c.month), double(c.count)});
    QJsonArray activity;
    for (const UsageActivity &a : s.activity) {
        activity.append(
            QJsonArray {a.user, monthText(a.month), a.activeDays, a.lastDay.toString(Qt::ISODate)});
    }
    return {{u"id"_s, double(s.id)},
            {u"file_name"_s, s.fileName},
            {u"size"_s, double(s.size)},
            {u"fingerprint"_s, s.fingerprint},
            {u"imported_at"_s, timeJson(s.importedAt)},
            {u"events"_s, double(s.events)},
            {u"unmapped_events"_s, double(s.unmappedEvents)},
            {u"first_event"_s, timeJson(s.firstEvent)},
            {u"last_event"_s, timeJson(s.lastEvent)},
            {u"unmapped_event_names"_s, names},
            {u"counts"_s, counts},
            {u"activity"_s, activity}};
}

} // namespace

QJsonObject UsageJson::write(const ObservedUsage &usage)
{
    QJsonArray users;
    for (const UsageUser &u : usage.users)
        users.append(QJsonArray {u.userId, double(u.personaId)});
    QJsonArray sources;
    for (const UsageSource &s : usage.sources)
        sources.append(sourceJson(s));
    return {{u"users"_s, users}, {u"sources"_s, sources}};
}

bool UsageJson::read(const QJsonObject &object, ObservedUsage *usage, QString *error)
{
    *usage = {};
    auto fail = [error](const QString &path) {
        *error = u"usage%1: %2"_s.arg(path, tr("not observed usage as Parcours writes it"));
        return false;
    };
    const QJsonArray users = object.value(u"users"_s).toArray();
    for (qsizetype i = 0; i < users.size(); ++i) {
        const QJsonArray u = users[i].toArray();
        if (u.size() != 2 || !u[0].isString() || !u[1].isDouble())
            return fail(u".users[%1]"_s.arg(i));
        usage->users.push_back({u[0].toString(), Id(u[1].toDouble())});
    }
    const int userCount = int(usage->users.size());
    const QJsonArray sources = object.value(u"sources"_s).toArray();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString path = u".sources[%1]"_s.arg(i);
        const QJsonObject o = sources[i].toObject();
        UsageSource s;
        s.id = Id(o.value(u"id"_s).toDouble());
        if (s.id == 0)
            return fail(path + u".id"_s);
        s.fileName = o.value(u"file_name"_s).toString();
        s.size = o.value(u"size"_s).toInteger();
        s.fingerprint = o.value(u"fingerprint"_s).toString();
        s.importedAt = timeOf(o.value(u"imported_at"_s));
        s.events = o.value(u"events"_s).toInteger();
        s.unmappedEvents = o.value(u"unmapped_events"_s).toInteger();
        s.firstEvent = timeOf(o.value(u"first_event"_s));
        s.lastEvent = timeOf(o.value(u"last_event"_s));
        const QJsonObject names = o.value(u"unmapped_event_names"_s).toObject();
        for (auto it = names.begin(); it != names.end(); ++it)
            s.unmappedEventNames.insert(it.key(), it.value().toInteger());
        const QJsonArray counts = o.value(u"counts"_s).toArray();
        for (qsizetype j = 0; j < counts.size(); ++j) {
            const QJsonArray c = counts[j].toArray();
            const QDate month = QDate::fromString(c.at(2).toString(), u"yyyy-MM"_s);
            const int user = c.at(0).toInt(-1);
            if (c.size() != 4 || user < 0 || user >= userCount || !month.isValid())
                return fail(path + u".counts[%1]"_s.arg(j));
            s.counts.push_back({user, Id(c[1].toDouble()), month, c[3].toInteger()});
        }
        const QJsonArray activity = o.value(u"activity"_s).toArray();
        for (qsizetype j = 0; j < activity.size(); ++j) {
            const QJsonArray a = activity[j].toArray();
            const QDate month = QDate::fromString(a.at(1).toString(), u"yyyy-MM"_s);
            const QDate lastDay = QDate::fromString(a.at(3).toString(), Qt::ISODate);
            const int user = a.at(0).toInt(-1);
            if (a.size() != 4 || user < 0 || user >= userCount || !month.isValid()
                || !lastDay.isValid())
                return fail(path + u".activity[%1]"_s.arg(j));
            s.activity.push_back({user, month, a[2].toInt(), lastDay});
        }
        usage->sources.push_back(std::move(s));
    }
    return true;
}

} // namespace Parcours
