#pragma once

#include "domain/workspace.h"

#include <QCoreApplication>

namespace Parcours {

// What one metric period gives once computed. A period with an impossible row (negative
// counts, more customers at the end than at the start plus new ones, fewer at the end than
// new ones, DAU above MAU, no customers at the start, an end date before the start date)
// has a problem text and no computed value at all: it is flagged, never charted.
struct PeriodMetrics
{
    Id period = 0;
    std::optional<double> crr; // percent: (end − new) / start × 100
    std::optional<qint64> churned; // start + new − end
    std::optional<double> stickiness; // DAU / MAU, a ratio from 0 to 1
    QString problem; // translated reasons, "; "-separated; empty when the row is possible
    QString missing; // translated: what is still needed for CRR or stickiness, for tooltips

    bool isImpossible() const { return !problem.isEmpty(); }
};

// The retention numbers of seeds 003 and 004, computed without widgets.
class RetentionMetrics
{
    Q_DECLARE_TR_FUNCTIONS(RetentionMetrics)

public:
    // Seed 004: "aim for at least 85 % to 90 % CRR".
    static constexpr double targetLow = 85;
    static constexpr double targetHigh = 90;
    // Every count (customers, DAU, MAU) is a whole number from 0 to 2^53 - 1, in every format:
    // the largest whole number a JSON reader holds exactly.
    static constexpr qint64 maxCount = (qint64(1) << 53) - 1;

    static PeriodMetrics compute(const MetricPeriod &period);

    enum class PeriodKind { Month, Quarter, Other };
    static PeriodKind kindOf(const MetricPeriod &period);
    // "Jan 2026", "Q1 2026", "2026-01-01 – 2026-02-15" (dates in ISO form), "no dates".
    static QString label(const MetricPeriod &period);
    // A period to add after `last` (nullptr: none yet): the next month or quarter, or the same
    // length again; it starts with the customers `last` ended with. `today` decides the
    // first month.
    static MetricPeriod nextPeriod(const MetricPeriod *last, QDate today);

    // "85.7 %" in the user's locale (one decimal by default; "85,7 %" in French, its space
    // the translation's). Charts write their axes with `decimals` 0.
    static QString percentText(double percent, int decimals = 1);
    // The translated "%1 %" that percentText() fills, for labels whose number someone else
    // writes (a chart's "@value").
    static QString percentPattern();

    // A customer count as typed or pasted: an optional + sign and digits, with spaces or
    // no-break spaces between groups ("1 234"), from 0 to maxCount; empty means absent. False
    // with a translated reason otherwise.
    static bool parseCount(const QString &text, std::optional<qint64> *count, QString *error);
    // A date as yyyy-MM-dd; with `localeFormats`, also the user's short and long formats.
    static bool parseDate(const QString &text, QDate *date, QString *error,
                          bool localeFormats = false);

    static QString retentionTypeName(RetentionType type);
    static QString retentionTypeDescription(RetentionType type);
};

// What the dashboard charts draw, in the order of the periods' start dates (periods
// without dates after them, in table order). Every period has a slot (its index in
// `labels`) on the horizontal axis; impossible or incomplete periods have no point, so the line
// breaks there.
struct RetentionChartData
{
    struct Point
    {
        int slot = 0;
        double value = 0; // percent
        Id period = 0;
    };
    struct Bar
    {
        Id persona = 0;
        QString name;
        QString color;
        double shareBelowMonthly = 0; // percent of current segments below monthly
        bool forgottenZone = false;
    };

    QStringList labels; // one per period: its slot on the horizontal axis
    std::vector<Point> crr;
    std::vector<Point> stickiness; // in percent
    std::vector<Bar> belowMonthly; // personas with at least one current use case with a frequency

    static RetentionChartData compute(const Workspace &workspace);
    // Consecutive points (no slot between them left empty), for lines that break at gaps.
    static std::vector<std::vector<Point>> runs(const std::vector<Point> &points);
};

} // namespace Parcours
