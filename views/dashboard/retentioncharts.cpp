#include "dashboard/retentioncharts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QGraphicsObject>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::RetentionCharts", text);
}

const QColor crrColor(0x4e, 0x79, 0xa7);
const QColor stickinessColor(0xf2, 0x8e, 0x2b);
const QColor belowMonthlyColor(0xe1, 0x57, 0x59);

// A category axis needs distinct names; repeated labels get " (2)", " (3)", …
QStringList distinct(const QStringList &labels)
{
    QStringList result;
    for (const QString &label : labels) {
        QString name = label;
        for (int n = 2; result.contains(name); ++n)
            name = u"%1 (%2)"_s.arg(label).arg(n);
        result << name;
    }
    return result;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Legend entries drawn as their series (a line with its points), not as squares.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    // Numbers Qt writes itself (bar labels) in the user's locale: "67", "12,5".
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    return chart;
}

// The periods' axis: a point per slot, a label on at most `maxLabels` of them (every k-th
// slot) so that labels stay whole and apart however many periods there are.
QCategoryAxis *periodAxis(QChart *chart, const QStringList &labels)
{
    constexpr int maxLabels = 4;
    auto *axis = new QCategoryAxis;
    const int count = int(labels.size());
    axis->setRange(-0.5, std::max(count, 1) - 0.5);
    axis->setStartValue(-0.5);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setTruncateLabels(false);
    const int step = std::max(1, (count + maxLabels - 1) / maxLabels);
    const QStringList names = distinct(labels);
    for (int slot = 0; slot < count; slot += step)
        axis->append(names.at(slot), slot);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

// Persona names on two lines when long, so that neighbours do not hide each other; both
// lines centred under the bar, as a one-line name is.
QString wrapped(const QString &name)
{
    QString escaped = name.toHtmlEscaped();
    if (name.size() <= 12)
        return escaped;
    int best = -1;
    for (int i = 0; i < escaped.size(); ++i) {
        if (escaped.at(i) == u' '
            && (best < 0 || std::abs(i - escaped.size() / 2) < std::abs(best - escaped.size() / 2)))
            best = i;
    }
    if (best < 0)
        return escaped;
    return u"<div align=\"center\">%1<br>%2</div>"_s.arg(escaped.left(best), escaped.mid(best + 1));
}

const char *const barNamesProperty = "parcoursBarNames";

// `name` in lines no wider than `width` (words kept whole where they fit, a word wider than
// the room cut with "…"), centred: Qt Charts hides a bar's label wider than its bar.
QString wrappedToWidth(const QString &name, const QFontMetricsF &metrics, qreal width)
{
    QStringList lines;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
        const QString joined = lines.isEmpty() ? word : lines.last() + u' ' + word;
        if (!lines.isEmpty() && metrics.horizontalAdvance(joined) <= width)
            lines.last() = joined;
        else
            lines << metrics.elidedText(word, Qt::ElideRight, width);
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.size() <= 1 ? lines.value(0)
                             : u"<div align=\"center\">%1</div>"_s.arg(lines.join(u"<br>"_s));
}

// The bars' names fitted to the room each bar has, after every change of the plot area (the
// dashboard's three charts share a window's width: about 90 pixels a persona at 1400).
void fitBarLabels(QChart *chart)
{
    const QStringList names = chart->property(barNamesProperty).toStringList();
    QBarCategoryAxis *axis = nullptr;
    for (QAbstractAxis *a : chart->axes(Qt::Horizontal)) {
        if (auto *bar = qobject_cast<QBarCategoryAxis *>(a))
            axis = bar;
    }
    if (!axis || names.isEmpty() || chart->plotArea().width() <= 0)
        return;
    const qreal room = chart->plotArea().width() / qreal(names.size()) - 4;
    const QFontMetricsF metrics(axis->labelsFont());
    QStringList labels;
    for (const QString &name : names) {
        // Two balanced lines (wrapped()) where they fit, else as many lines as needed.
        const QString balanced = wrapped(name);
        QStringList lines = balanced.split(u"<br>"_s);
        bool fits = room > 0;
        for (QString line : lines) {
            line.remove(u"<div align=\"center\">"_s).remove(u"</div>"_s);
            QTextDocument text;
            text.setHtml(line);
            fits = fits && metrics.horizontalAdvance(text.toPlainText()) <= room;
        }
        labels << (fits || room <= 0 ? balanced : wrappedToWidth(name, metrics, room));
    }
    labels = distinct(labels);
    if (labels != axis->categories())
        axis->setCategories(labels);
}

// A percentage axis whose labels are written as the metrics table writes CRR ("90 %", with
// the translation's no-break space in French): QValueAxis::setLabelFormat() takes a printf
// format, with neither the locale's decimal sign nor its space before "%".
QCategoryAxis *percentAxis(QChart *chart, double low, double high, const QString &title)
{
    auto *axis = new QCategoryAxis;
    axis->setTitleText(title);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setTruncateLabels(false);
    int tens = int(std::lround((high - low) / 10));
    if (tens > 5 && tens % 2 == 1) { // whole steps of 20
        if (high + 10 <= 100)
            high += 10;
        else
            low -= 10;
        ++tens;
    }
    // Steps of 5 for short ranges, 10 for medium ones, 20 for 0–100 %: labels stay legible
    // on small printed charts.
    const int ticks = tens <= 3 ? tens * 2 + 1 : (tens <= 5 ? tens + 1 : tens / 2 + 1);
    axis->setRange(low, high);
    axis->setStartValue(low);
    for (int tick = 0; tick < ticks; ++tick) {
        const double value = low + (high - low) * tick / (ticks - 1);
        axis->append(RetentionMetrics::percentText(value, 0), value);
    }
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

// The values beside a line's points. Qt's point labels ("@yPoint") write a decimal point
// whatever the locale, and Qt 6.4 has no per-point label format (QXYSeries::PointConfiguration
// gains LabelFormat in 6.5), so the chart draws its own: one decimal in the chart's locale, as
// the metrics table shows it; above the point, below it at the top of the plot area; on a halo
// of the chart's background, so that the target band's edges and the grid do not run through
// the digits. Font and colour are the series' point-label ones, which the printout sets.
class PointLabels final : public QGraphicsObject
{
public:
    PointLabels(QChart *chart, QXYSeries *series)
        : QGraphicsObject(chart)
        , mChart(chart)
        , mSeries(series)
    {
        setZValue(100); // above the series, the axes and the grid
        connect(chart, &QChart::plotAreaChanged, this, [this] { prepareGeometryChange(); });
    }

    QXYSeries *series() const { return mSeries; }

    QString text(int index) const
    {
        return mChart->locale().toString(mSeries->at(index).y(), 'f', 1);
    }

    QRectF boundingRect() const override { return mChart->rect(); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem * /*option*/,
               QWidget * /*widget*/) override
    {
        painter->save();
        painter->setFont(mSeries->pointLabelsFont());
        const QFontMetricsF metrics(painter->font(), painter->device());
        const QRectF plot = mChart->plotArea();
        // Clear of the point's dot (Qt draws it 1.5 pen widths wide).
        const double gap = mSeries->pen().widthF() * 0.75 + metrics.descent();
        for (int i = 0; i < mSeries->count(); ++i) {
            const QString label = text(i);
            const QPointF at = mChart->mapToPosition(mSeries->at(i), mSeries);
            const QSizeF size(metrics.horizontalAdvance(label) + 2, metrics.height());
            QRectF rect(QPointF(at.x() - size.width() / 2, at.y() - gap - size.height()), size);
            // Up to half a label above the plot area is free (the top axis label's half).
            if (rect.top() < plot.top() - size.height() / 2)
                rect.moveTop(at.y() + gap);
            painter->setPen(Qt::NoPen);
            painter->setBrush(mChart->backgroundBrush()); // the theme's, often a gradient
            painter->setOpacity(0.85);
            painter->drawRoundedRect(rect, 2, 2);
            painter->setOpacity(1);
            painter->setPen(mSeries->pointLabelsColor());
            painter->drawText(rect, Qt::AlignCenter, label);
        }
        painter->restore();
    }

private:
    QChart *mChart;
    QXYSeries *mSeries;
};

// One line per run of consecutive periods, so that the line breaks where a period is
// impossible or incomplete; one legend entry for all of them.
void addRuns(QChart *chart, const std::vector<RetentionChartData::Point> &points,
             const QString &name, const QColor &color, QAbstractAxis *x, QAbstractAxis *y)
{
    bool first = true;
    for (const auto &run : RetentionChartData::runs(points)) {
        auto *series = new QLineSeries;
        series->setName(name);
        series->setColor(color);
        QPen pen = series->pen();
        pen.setWidthF(2.5);
        series->setPen(pen);
        series->setPointsVisible(true);
        for (const RetentionChartData::Point &p : run)
            series->append(p.slot, std::round(p.value * 10) / 10); // labels show one decimal
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        new PointLabels(chart, series); // the chart's child
        if (!first) {
            const auto markers = chart->legend()->markers(series);
            for (QLegendMarker *marker : markers)
                marker->setVisible(false);
        }
        first = false;
    }
}

QLineSeries *horizontalLine(double y, int count)
{
    auto *line = new QLineSeries;
    line->append(-0.5, y);
    line->append(std::max(count, 1) - 0.5, y);
    return line;
}

} // namespace

namespace RetentionCharts {

QString crrSeriesName()
{
    return tr("CRR");
}

QString targetSeriesName()
{
    return tr("Target 85–90 %");
}

QString stickinessSeriesName()
{
    return tr("Stickiness (DAU/MAU)");
}

QString belowMonthlySetName()
{
    return tr("Below monthly");
}

QStringList pointLabels(const QChart *chart, const QString &seriesName)
{
    QStringList labels;
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        if (s->name() != seriesName)
            continue;
        const auto items = chart->childItems();
        for (QGraphicsItem *item : items) {
            const auto *pointLabels = dynamic_cast<PointLabels *>(item);
            if (!pointLabels || pointLabels->series() != s)
                continue;
            for (int i = 0; i < pointLabels->series()->count(); ++i)
                labels << pointLabels->text(i);
        }
    }
    return labels;
}

QChart *crrChart(const RetentionChartData &data)
{
    QChart *chart = newChart(data.crr.empty() ? tr("CRR: no complete period yet")
                                              : tr("Customer retention rate"));
    double low = 80;
    for (const RetentionChartData::Point &p : data.crr)
        low = std::min(low, std::floor(p.value / 10) * 10);
    QCategoryAxis *x = periodAxis(chart, data.labels);
    QCategoryAxis *y = percentAxis(chart, low, 100, tr("CRR"));

    // The band seed 004 calls the level to aim for.
    auto *band = new QAreaSeries;
    // An area series does not own its boundary lines: they become its children.
    QLineSeries *upper = horizontalLine(RetentionMetrics::targetHigh, int(data.labels.size()));
    QLineSeries *lower = horizontalLine(RetentionMetrics::targetLow, int(data.labels.size()));
    upper->setParent(band);
    lower->setParent(band);
    band->setUpperSeries(upper);
    band->setLowerSeries(lower);
    band->setName(targetSeriesName());
    QColor fill(0x59, 0xa1, 0x4f);
    band->setPen(QPen(fill, 1, Qt::DashLine));
    fill.setAlpha(60);
    band->setBrush(fill);
    chart->addSeries(band);
    band->attachAxis(x);
    band->attachAxis(y);

    addRuns(chart, data.crr, crrSeriesName(), crrColor, x, y);
    return chart;
}

QChart *stickinessChart(const RetentionChartData &data)
{
    QChart *chart = newChart(data.stickiness.empty() ? tr("Stickiness: no DAU and MAU yet")
                                                     : tr("Stickiness"));
    double high = 30;
    for (const RetentionChartData::Point &p : data.stickiness)
        high = std::max(high, std::ceil(p.value / 10) * 10);
    QCategoryAxis *x = periodAxis(chart, data.labels);
    QCategoryAxis *y = percentAxis(chart, 0, std::min(high, 100.0), tr("DAU / MAU"));
    addRuns(chart, data.stickiness, stickinessSeriesName(), stickinessColor, x, y);
    return chart;
}

QChart *belowMonthlyChart(const RetentionChartData &data)
{
    QChart *chart = newChart(data.belowMonthly.empty() ? tr("Forgotten zone: no frequencies yet")
                                                       : tr("Forgotten zone per persona"));
    QStringList names;
    QStringList plainNames;
    auto *set = new QBarSet(belowMonthlySetName());
    set->setColor(belowMonthlyColor);
    for (const RetentionChartData::Bar &bar : data.belowMonthly) {
        // "▽" marks personas in the forgotten zone, as in the sidebar: not colour alone.
        plainNames << (bar.forgottenZone ? bar.name + u" \u25BD"_s : bar.name);
        names << wrapped(plainNames.last());
        set->append(std::round(bar.shareBelowMonthly));
    }
    chart->setProperty(barNamesProperty, plainNames);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart] { fitBarLabels(chart); });
    auto *x = new QBarCategoryAxis;
    x->append(names.isEmpty() ? QStringList {QString()} : distinct(names));
    x->setTruncateLabels(false);
    chart->addAxis(x, Qt::AlignBottom);
    QCategoryAxis *y = percentAxis(chart, 0, 100, tr("below monthly"));
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(RetentionMetrics::percentPattern().arg(u"@value"_s));
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);

    QLineSeries *line = horizontalLine(50, int(names.size()));
    line->setName(tr("50 % threshold"));
    line->setPen(QPen(Qt::darkGray, 1.5, Qt::DashLine));
    chart->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
    return chart;
}

} // namespace RetentionCharts

RetentionChartViews::RetentionChartViews(QObject *parent)
    : QObject(parent)
    , mCrr(new QChartView)
    , mStickiness(new QChartView)
    , mBelowMonthly(new QChartView)
{
    for (QChartView *view : {mCrr.data(), mStickiness.data(), mBelowMonthly.data()}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(240, 270); // three side by side beside the sidebar at 1100 px
        view->setFocusPolicy(Qt::NoFocus);
    }
    mCrr->setAccessibleName(tr("Customer retention rate chart"));
    mStickiness->setAccessibleName(tr("Stickiness chart"));
    mBelowMonthly->setAccessibleName(tr("Forgotten zone chart"));
    setData({});
}

RetentionChartViews::~RetentionChartViews()
{
    // Views not placed in a widget are ours to delete.
    for (QChartView *view : {mCrr.data(), mStickiness.data(), mBelowMonthly.data()}) {
        if (view && !view->parent())
            delete view;
    }
}

void RetentionChartViews::setData(const RetentionChartData &chartData)
{
    const auto replace = [](QChartView *view, QChart *chart) {
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    };
    replace(mCrr, RetentionCharts::crrChart(chartData));
    replace(mStickiness, RetentionCharts::stickinessChart(chartData));
    replace(mBelowMonthly, RetentionCharts::belowMonthlyChart(chartData));

    // The values as text, for screen readers: a chart is one picture to them.
    const QLocale locale;
    const auto percent = [&locale](double value) {
        return tr("%1 %").arg(locale.toString(value, 'f', 1));
    };
    const auto describeLine = [&](const std::vector<RetentionChartData::Point> &points) {
        QStringList parts;
        for (const RetentionChartData::Point &p : points)
            parts << tr("%1: %2").arg(chartData.labels.value(p.slot), percent(p.value));
        return parts.isEmpty() ? tr("No period with a value yet.") : parts.join(u"; "_s);
    };
    mCrr->setAccessibleDescription(describeLine(chartData.crr));
    mStickiness->setAccessibleDescription(describeLine(chartData.stickiness));
    QStringList bars;
    for (const RetentionChartData::Bar &bar : chartData.belowMonthly) {
        QString text = tr("%1: %2 below monthly").arg(bar.name, percent(bar.shareBelowMonthly));
        if (bar.forgottenZone)
            text += tr(" (forgotten zone)");
        bars << text;
    }
    mBelowMonthly->setAccessibleDescription(
        bars.isEmpty() ? tr("No persona with a current use case and a frequency yet.")
                       : bars.join(u"; "_s));
}

QChart *RetentionChartViews::crrChart() const
{
    return mCrr->chart();
}

QChart *RetentionChartViews::stickinessChart() const
{
    return mStickiness->chart();
}

QChart *RetentionChartViews::belowMonthlyChart() const
{
    return mBelowMonthly->chart();
}

} // namespace Parcours
