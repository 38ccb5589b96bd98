#include "formats/eventtime.h"

#include <limits>

namespace Parcours::EventTime {

namespace {

constexpr qint64 msecsPerDay = 86400000;
// A number of more digits than this (about the year 5138 in seconds) is milliseconds.
constexpr double firstMilliseconds = 1e11;

bool digits(QByteArrayView s, qsizetype from, qsizetype count, int *value)
{
    if (from + count > s.size())
        return false;
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}

// As QDate's, without making one for every event.
int daysInMonth(int year, int month)
{
    constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

std::optional<qint64> parseNumber(QByteArrayView s)
{
    qint64 whole = 0;
    qsizetype i = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
        if (i > 15)
            return std::nullopt;
        whole = whole * 10 + (s[i] - '0');
    }
    if (i == 0)
        return std::nullopt;
    const bool milliseconds = double(whole) >= firstMilliseconds;
    qint64 fraction = 0; // milliseconds
    if (i < s.size()) {
        if (s[i] != '.' || milliseconds)
            return std::nullopt;
        int scale = 100;
        for (++i; i < s.size(); ++i) {
            if (s[i] < '0' || s[i] > '9')
                return std::nullopt;
            fraction += qint64(s[i] - '0') * scale;
            scale /= 10;
        }
    }
    return milliseconds ? whole : whole * 1000 + fraction;
}

} // namespace

qint64 windowStart(const QDate &from)
{
    return from.isValid() ? daysFromCivil(from.year(), from.month(), from.day()) * msecsPerDay
                          : std::numeric_limits<qint64>::min();
}

qint64 windowEnd(const QDate &to)
{
    return to.isValid() ? (daysFromCivil(to.year(), to.month(), to.day()) + 1) * msecsPerDay
                        : std::numeric_limits<qint64>::max();
}

qint64 daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil.
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const auto yoe = unsigned(year - era * 400);
    const unsigned doy = (153 * unsigned(month + (month > 2 ? -3 : 9)) + 2) / 5 + unsigned(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 day, int *year, int *month, int *dayOfMonth)
{
    // Howard Hinnant's civil_from_days.
    const qint64 z = day + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *dayOfMonth = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(qint64(yoe) + era * 400 + (*month <= 2 ? 1 : 0));
}

QDate dateOfDay(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day);
}

qint64 fromNumber(double value)
{
    return value >= firstMilliseconds ? qint64(value) : qint64(value * 1000.0);
}

std::optional<qint64> parse(QByteArrayView text)
{
    const QByteArrayView s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    if (s.size() < 10 || s[4] != '-')
        return parseNumber(s);
    int year = 0;
    int month = 0;
    int day = 0;
    if (!digits(s, 0, 4, &year) || !digits(s, 5, 2, &month) || s[7] != '-' || !digits(s, 8, 2, &day)
        || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        return std::nullopt;
    }
    qint64 msecs = daysFromCivil(year, month, day) * msecsPerDay;
    qsizetype i = 10;
    if (i == s.size())
        return msecs;
    if (s[i] != 'T' && s[i] != 't' && s[i] != ' ')
        return std::nullopt;
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (!digits(s, i + 1, 2, &hour) || s.size() < i + 6 || s[i + 3] != ':'
        || !digits(s, i + 4, 2, &minute) || hour > 23 || minute > 59) {
        return std::nullopt;
    }
    i += 6;
    if (i < s.size() && s[i] == ':') {
        if (!digits(s, i + 1, 2, &second) || second > 60)
            return std::nullopt;
        i += 3;
        if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
            int scale = 100;
            qsizetype j = i + 1;
            for (; j < s.size() && s[j] >= '0' && s[j] <= '9'; ++j) {
                msecs += qint64(s[j] - '0') * scale;
                scale /= 10;
            }
            if (j == i + 1)
                return std::nullopt;
            i = j;
        }
    }
    msecs += (qint64(hour) * 3600 + qint64(minute) * 60 + second) * 1000;
    if (i == s.size() || ((s[i] == 'Z' || s[i] == 'z') && i + 1 == s.size()))
        return msecs;
    if (s[i] != '+' && s[i] != '-')
        return std::nullopt;
    const int sign = s[i] == '+' ? 1 : -1;
    int zoneHours = 0;
    int zoneMinutes = 0;
    if (!digits(s, i + 1, 2, &zoneHours))
        return std::nullopt;
    qsizetype rest = i + 3;
    if (rest < s.size() && s[rest] == ':')
        ++rest;
    if (rest < s.size() && (!digits(s, rest, 2, &zoneMinutes) || rest + 2 != s.size()))
        return std::nullopt;
    return msecs - sign * (qint64(zoneHours) * 60 + zoneMinutes) * 60 * 1000;
}

} // namespace Parcours::EventTime
