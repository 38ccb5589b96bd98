#pragma once

#include <QByteArrayView>
#include <QDate>

#include <optional>

// Timestamps of analytics events, read fast (ten million lines): ISO 8601 with or without a
// zone (none means UTC; a space may stand for the T, as in Amplitude's exports), or Unix
// seconds or milliseconds (a number of more than 11 digits is milliseconds).
namespace Parcours::EventTime {

// Milliseconds since 1970-01-01T00:00:00Z, or nothing when the text is not a timestamp.
std::optional<qint64> parse(QByteArrayView text);
// A JSON number: seconds, or milliseconds when above 1e11.
qint64 fromNumber(double value);

// Days since 1970-01-01 of a civil date, and back (proleptic Gregorian, UTC).
qint64 daysFromCivil(int year, int month, int day);
QDate dateOfDay(qint64 day);
// The civil date of a day since 1970-01-01, without QDate (once per event).
void civilFromDays(qint64 day, int *year, int *month, int *dayOfMonth);
// The --from/--to window in milliseconds: from the start of `from` (no bound when invalid) to
// just past the end of `to` (no bound when invalid), exclusive.
qint64 windowStart(const QDate &from);
qint64 windowEnd(const QDate &to);
inline qint64 dayOf(qint64 msecs)
{
    constexpr qint64 msecsPerDay = 86400000;
    return msecs >= 0 ? msecs / msecsPerDay : -((-msecs + msecsPerDay - 1) / msecsPerDay);
}

} // namespace Parcours::EventTime
