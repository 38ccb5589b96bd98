#include "analytics/retentionmetrics.h"

#include "analytics/forgottenzone.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Parcours {

PeriodMetrics RetentionMetrics::compute(const MetricPeriod &p)
{
    PeriodMetrics m;
    m.period = p.id;
    QStringList problems;
    // Counts out of range come from a file written elsewhere (the formats refuse them); the
    // sums below rely on this check to stay without overflow.
    auto checkNegative = [&problems](const std::optional<qint64> &value, const QString &what) {
        if (value && *value < 0)
            problems << tr("%1 is negative (%2)").arg(what).arg(*value);
        else if (value && *value > maxCount)
            problems << tr("%1 is above %2 (%3)").arg(what).arg(maxCount).arg(*value);
    };
    checkNegative(p.customersStart, tr("customers at start"));
    checkNegative(p.customersNew, tr("new customers"));
    checkNegative(p.customersEnd, tr("customers at end"));
    checkNegative(p.dau, tr("DAU"));
    checkNegative(p.mau, tr("MAU"));
    if (p.periodStart.isValid() && p.periodEnd.isValid() && p.periodEnd < p.periodStart) {
        problems << tr("the period ends (%1) before it starts (%2)")
                        .arg(p.periodEnd.toString(Qt::ISODate),
                             p.periodStart.toString(Qt::ISODate));
    }
    if (problems.isEmpty()) {
        if (p.customersStart && *p.customersStart == 0)
            problems << tr("no customers at start: CRR is undefined");
        if (p.customersStart && p.customersNew && p.customersEnd) {
            const qint64 start = *p.customersStart;
            const qint64 added = *p.customersNew;
            const qint64 end = *p.customersEnd;
            if (end - added > start) { // end > start + added, without overflow
                problems << tr("more customers at end (%1) than at start plus new ones "
                               "(%2 + %3 = %4)")
                                .arg(end)
                                .arg(start)
                                .arg(added)
                                .arg(start + added);
            } else if (end < added) {
                problems << tr("fewer customers at end (%1) than new ones (%2): CRR would be "
                               "negative")
                                .arg(end)
                                .arg(added);
            }
        }
        if (p.dau && p.mau && *p.dau > *p.mau)
            problems << tr("DAU (%1) above MAU (%2)").arg(*p.dau).arg(*p.mau);
    }
    if (!problems.isEmpty()) {
        m.problem = problems.join(u"; "_s);
        return m;
    }

    QStringList missing;
    if (p.customersStart && p.customersNew && p.customersEnd) {
        const qint64 start = *p.customersStart;
        const qint64 added = *p.customersNew;
        const qint64 end = *p.customersEnd;
        m.crr = double(end - added) / double(start) * 100.0;
        m.churned = start - (end - added); // start + added - end, without overflow
    } else {
        missing << tr("CRR needs customers at start, new customers and customers at end");
    }
    if (p.dau && p.mau && *p.mau > 0)
        m.stickiness = double(*p.dau) / double(*p.mau);
    else if (p.mau && *p.mau == 0)
        missing << tr("no monthly active users: stickiness is undefined");
    else if (p.dau || p.mau)
        missing << tr("stickiness needs both DAU and MAU");
    m.missing = missing.join(u"; "_s);
    return m;
}

RetentionMetrics::PeriodKind RetentionMetrics::kindOf(const MetricPeriod &p)
{
    const QDate start = p.periodStart;
    if (!start.isValid() || !p.periodEnd.isValid() || start.day() != 1)
        return PeriodKind::Other;
    if (p.periodEnd == start.addMonths(1).addDays(-1))
        return PeriodKind::Month;
    if ((start.month() - 1) % 3 == 0 && p.periodEnd == start.addMonths(3).addDays(-1))
        return PeriodKind::Quarter;
    return PeriodKind::Other;
}

QString RetentionMetrics::label(const MetricPeriod &p)
{
    switch (kindOf(p)) {
    case PeriodKind::Month: return QLocale().toString(p.periodStart, u"MMM yyyy"_s);
    case PeriodKind::Quarter:
        return tr("Q%1 %2").arg((p.periodStart.month() - 1) / 3 + 1).arg(p.periodStart.year());
    case PeriodKind::Other: break;
    }
    const QString start = p.periodStart.toString(Qt::ISODate);
    const QString end = p.periodEnd.toString(Qt::ISODate);
    if (start.isEmpty() && end.isEmpty())
        return tr("no dates");
    if (start.isEmpty() || end.isEmpty())
        return start + end;
    return u"%1 – %2"_s.arg(start, end);
}

MetricPeriod RetentionMetrics::nextPeriod(const MetricPeriod *last, QDate today)
{
    MetricPeriod next;
    const PeriodKind kind = last ? kindOf(*last) : PeriodKind::Other;
    if (last && kind != PeriodKind::Other) {
        const int months = kind == PeriodKind::Month ? 1 : 3;
        next.periodStart = last->periodStart.addMonths(months);
        next.periodEnd = next.periodStart.addMonths(months).addDays(-1);
    } else if (last && last->periodStart.isValid() && last->periodEnd.isValid()
               && last->periodStart <= last->periodEnd) {
        const qint64 length = last->periodStart.daysTo(last->periodEnd);
        next.periodStart = last->periodEnd.addDays(1);
        next.periodEnd = next.periodStart.addDays(length);
    } else {
        next.periodStart = QDate(today.year(), today.month(), 1);
        next.periodEnd = next.periodStart.addMonths(1).addDays(-1);
    }
    if (last)
        next.customersStart = last->customersEnd;
    return next;
}

QString RetentionMetrics::percentText(double percent, int decimals)
{
    return percentPattern().arg(QLocale().toString(percent, 'f', decimals));
}

QString RetentionMetrics::percentPattern()
{
    return tr("%1 %");
}

bool RetentionMetrics::parseCount(const QString &text, std::optional<qint64> *count, QString *error)
{
    QString digits = text.trimmed();
    digits.remove(u' ').remove(u'\u00A0').remove(u'\u202F').remove(u'\u2009');
    if (digits.isEmpty()) {
        count->reset();
        return true;
    }
    const bool signedNumber = digits.startsWith(u'-') || digits.startsWith(u'+');
    const QStringView body = QStringView(digits).mid(signedNumber ? 1 : 0);
    const bool allDigits = !body.isEmpty()
        && std::all_of(body.begin(), body.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!allDigits) {
        *error = tr("\"%1\" is not a whole number").arg(text.trimmed());
        return false;
    }
    // The range of every format (JSON holds whole numbers exactly up to 2^53 - 1); digits too
    // many for 64 bits are out of range too, not "not a number".
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value < 0 || value > maxCount) {
        *error = tr("\"%1\" is out of range: a count is a whole number from 0 to %2")
                     .arg(text.trimmed())
                     .arg(maxCount);
        return false;
    }
    *count = value;
    return true;
}

bool RetentionMetrics::parseDate(const QString &text, QDate *date, QString *error,
                                 bool localeFormats)
{
    const QString trimmed = text.trimmed();
    QDate parsed = QDate::fromString(trimmed, u"yyyy-MM-dd"_s);
    if (!parsed.isValid() && localeFormats && !trimmed.isEmpty()) {
        const QLocale locale;
        parsed = locale.toDate(trimmed, QLocale::ShortFormat);
        if (!parsed.isValid())
            parsed = locale.toDate(trimmed, QLocale::LongFormat);
    }
    if (!parsed.isValid()) {
        *error = trimmed.isEmpty()
            ? tr("a date is needed, as yyyy-mm-dd (e.g. 2026-01-31)")
            : tr("\"%1\" is not a date; write it as yyyy-mm-dd (e.g. 2026-01-31)").arg(trimmed);
        return false;
    }
    *date = parsed;
    return true;
}

QString RetentionMetrics::retentionTypeName(RetentionType type)
{
    switch (type) {
    case RetentionType::Unspecified: return tr("Not chosen");
    case RetentionType::Continuous: return tr("Continuous");
    case RetentionType::Discontinuous: return tr("Discontinuous");
    case RetentionType::Intentional: return tr("Intentional");
    }
    return {};
}

QString RetentionMetrics::retentionTypeDescription(RetentionType type)
{
    switch (type) {
    case RetentionType::Unspecified: return tr("Choose how customers come back to this business.");
    case RetentionType::Continuous:
        return tr("Continuous retention: ongoing use, such as a monthly or yearly subscription.");
    case RetentionType::Discontinuous:
        return tr("Discontinuous retention: periodic use, driven by seasons, events or "
                  "circumstances.");
    case RetentionType::Intentional:
        return tr("Intentional retention: a collaboration bounded in time, such as a service "
                  "engagement or retail; each renewal is a new decision.");
    }
    return {};
}

RetentionChartData RetentionChartData::compute(const Workspace &w)
{
    RetentionChartData data;
    std::vector<size_t> order(w.metrics.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&w](size_t a, size_t b) {
        const QDate da = w.metrics[a].periodStart;
        const QDate db = w.metrics[b].periodStart;
        if (da.isValid() != db.isValid())
            return da.isValid();
        return da.isValid() && da < db;
    });
    for (size_t i : order) {
        const MetricPeriod &period = w.metrics[i];
        const int slot = int(data.labels.size());
        data.labels << RetentionMetrics::label(period);
        const PeriodMetrics m = RetentionMetrics::compute(period);
        if (m.crr)
            data.crr.push_back({slot, *m.crr, period.id});
        if (m.stickiness)
            data.stickiness.push_back({slot, *m.stickiness * 100.0, period.id});
    }
    for (const Persona &p : w.personas) {
        const PersonaVerdict verdict = personaVerdict(p, VerdictScope::CurrentOnly);
        if (verdict.segments == 0)
            continue;
        data.belowMonthly.push_back(
            {p.id, p.name, p.color, verdict.shareBelowMonthly() * 100.0, verdict.forgottenZone});
    }
    return data;
}

std::vector<std::vector<RetentionChartData::Point>> RetentionChartData::runs(
    const std::vector<Point> &points)
{
    std::vector<std::vector<Point>> result;
    for (const Point &point : points) {
        if (result.empty() || result.back().back().slot + 1 != point.slot)
            result.emplace_back();
        result.back().push_back(point);
    }
    return result;
}

} // namespace Parcours
