#include "analytics/usagemetrics.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Parcours {

namespace {

QDate firstDayOf(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

struct MonthActivity
{
    QSet<int> users;
    qint64 activeDays = 0;
};

} // namespace

std::vector<MetricPeriod> metricPeriodsFromUsage(const ObservedUsage &usage)
{
    const QDate firstDay = usage.firstEvent().toUTC().date();
    const QDate lastDay = usage.lastEvent().toUTC().date();
    if (!firstDay.isValid() || !lastDay.isValid() || lastDay < firstDay)
        return {};
    QMap<QDate, MonthActivity> months;
    for (const UsageSource &source : usage.sources) {
        for (const UsageActivity &a : source.activity) {
            if (a.activeDays <= 0 || !a.month.isValid())
                continue;
            MonthActivity &month = months[firstDayOf(a.month)];
            month.users.insert(a.user);
            month.activeDays += a.activeDays;
        }
    }
    std::vector<MetricPeriod> periods;
    const MonthActivity none;
    const MonthActivity *before = nullptr; // the month before, when the events cover it whole
    for (QDate month = firstDayOf(firstDay); month <= lastDay; month = month.addMonths(1)) {
        const MonthActivity &now = months.contains(month) ? *months.find(month) : none;
        MetricPeriod period;
        period.periodStart = month;
        period.periodEnd = month.addMonths(1).addDays(-1);
        const QDate from = std::max(month, firstDay);
        const QDate to = std::min(period.periodEnd, lastDay);
        const qint64 days = from.daysTo(to) + 1;
        period.dau = std::llround(double(now.activeDays) / double(days));
        // A month seen in part (the events start or end inside it) has no month's actives:
        // counting them would make a day of events a month (stickiness 100 %) and the next
        // month's CRR the share of that day's users still active (100 % in the sample).
        const bool whole = from == month && to == period.periodEnd;
        if (whole) {
            period.mau = now.users.size();
            period.customersEnd = now.users.size();
        }
        if (before) {
            period.customersStart = before->users.size();
            if (whole)
                period.customersNew = (now.users - before->users).size();
        }
        periods.push_back(period);
        before = whole ? &now : nullptr;
    }
    return periods;
}

} // namespace Parcours
