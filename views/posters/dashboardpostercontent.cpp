#include "posters/dashboardpostercontent.h"

#include "analytics/dashboardsummary.h"
#include "analytics/renewallevers.h"
#include "analytics/retentionmetrics.h"
#include "common/preferences.h"
#include "dashboard/retentioncharts.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QXYSeries>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// The page, in logical pixels: three rows of two parts, the left column a little narrower.
// Its proportions, with the title block and legend, are those of a landscape sheet, and its
// smallest text stays above 6 pt on A4 or Letter.
constexpr double pageWidth = 1250;
constexpr double gap = 16;
constexpr double leftWidth = 560;
constexpr double topRow = 250; // metrics table, CRR chart
constexpr double middleRow = 210; // stickiness, below monthly
constexpr double bottomTop = topRow + gap + middleRow + gap; // journeys, renewal levers
constexpr double pageHeight = bottomTop + 124;
constexpr double journeysWidth = 700;
constexpr double bodyText = 11;
constexpr double smallText = 10;
constexpr double titleText = 13;
constexpr double tableRow = 19;

const QColor ink(0x22, 0x22, 0x22);
const QColor muted(0x66, 0x66, 0x66);
const QColor rule(0xcc, 0xcc, 0xcc);
const QColor flagged(0xfd, 0xe8, 0xe6);
const QColor blockerColor(0xb0, 0x30, 0x30);

QFont font(double pixels, bool bold = false)
{
    QFont f;
    f.setPixelSize(std::max(1, int(std::lround(pixels))));
    f.setBold(bold);
    // No ligatures, so that the PDF's text can be searched (as the poster renderer's fonts).
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return f;
}

QRectF sectionTitle(QPainter *painter, const QRectF &area, const QString &title)
{
    painter->setPen(ink);
    painter->setFont(font(titleText, true));
    painter->drawText(QRectF(area.left(), area.top(), area.width(), 20),
                      Qt::AlignLeft | Qt::AlignVCenter, title);
    return area.adjusted(0, 24, 0, 0);
}

// Draws text elided to the width of `rect`, vertically centred.
void drawCell(QPainter *painter, const QRectF &rect, const QString &text,
              Qt::Alignment alignment = Qt::AlignLeft)
{
    const QString elided
        = painter->fontMetrics().elidedText(text, Qt::ElideRight, int(rect.width()) - 4);
    painter->drawText(rect.adjusted(2, 0, -2, 0), int(alignment | Qt::AlignVCenter), elided);
}

QString count(const std::optional<qint64> &value)
{
    return value ? QLocale().toString(*value) : QString();
}

// A chart built for the screen, with print-sized fonts, laid out at `size` in a scene that
// owns it.
std::unique_ptr<QGraphicsScene> chartScene(QChart *chart, const QSizeF &size)
{
    auto scene = std::make_unique<QGraphicsScene>();
    scene->addItem(chart);
    chart->setTitleFont(font(titleText, true));
    chart->legend()->setFont(font(smallText));
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(font(smallText));
        axis->setTitleFont(font(smallText));
    }
    // Value labels in pixels too: a point size would follow the device's resolution (the SVG
    // generator's gives them three times too large).
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *xy = qobject_cast<QXYSeries *>(s))
            xy->setPointLabelsFont(font(smallText));
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const auto sets = bars->barSets();
            for (QBarSet *set : sets)
                set->setLabelFont(font(smallText));
        }
    }
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    // Lay the chart out now, with the print fonts, rather than on the next event loop pass.
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
    scene->setSceneRect(QRectF(QPointF(0, 0), size));
    return scene;
}

void paintScene(QPainter *painter, const QPointF &at, QGraphicsScene *scene)
{
    const QRectF source = scene->sceneRect();
    scene->render(painter, QRectF(at, source.size()), source);
}

void paintSymbol(QPainter *painter, const QRectF &rect, const QString &symbol, const QColor &color)
{
    painter->save();
    QFont f = painter->font();
    f.setPixelSize(std::max(1, int(rect.height())));
    painter->setFont(f);
    painter->setPen(color);
    painter->drawText(rect, Qt::AlignCenter, symbol);
    painter->restore();
}

} // namespace

DashboardPosterContent::DashboardPosterContent(const Workspace &workspace)
    : mWorkspace(workspace)
{
    const RetentionChartData data = RetentionChartData::compute(workspace);
    const double rightWidth = pageWidth - leftWidth - gap;
    mCrr = chartScene(RetentionCharts::crrChart(data), QSizeF(rightWidth, topRow));
    mStickiness = chartScene(RetentionCharts::stickinessChart(data), QSizeF(leftWidth, middleRow));
    mBelowMonthly
        = chartScene(RetentionCharts::belowMonthlyChart(data), QSizeF(rightWidth, middleRow));
}

DashboardPosterContent::~DashboardPosterContent() = default;

QSizeF DashboardPosterContent::size() const
{
    return {pageWidth, pageHeight};
}

qreal DashboardPosterContent::bodyTextSize() const
{
    return bodyText;
}

qreal DashboardPosterContent::smallestTextSize() const
{
    return smallText;
}

void DashboardPosterContent::paint(QPainter *painter, const QRectF &) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const double right = leftWidth + gap;
    paintMetricsTable(painter, QRectF(0, 0, leftWidth, topRow));
    paintScene(painter, QPointF(right, 0), mCrr.get());
    paintScene(painter, QPointF(0, topRow + gap), mStickiness.get());
    paintScene(painter, QPointF(right, topRow + gap), mBelowMonthly.get());
    paintJourneys(painter, QRectF(0, bottomTop, journeysWidth, pageHeight - bottomTop));
    paintReadiness(painter,
                   QRectF(journeysWidth + 2 * gap, bottomTop, pageWidth - journeysWidth - 2 * gap,
                          pageHeight - bottomTop));
    painter->restore();
}

PosterHeading DashboardPosterContent::heading() const
{
    PosterHeading heading;
    heading.kind = tr("Retention dashboard");
    heading.title = mWorkspace.info.name.isEmpty() ? tr("Workspace") : mWorkspace.info.name;
    const RetentionType type = mWorkspace.info.retentionType;
    heading.description = tr("Retention type: %1").arg(RetentionMetrics::retentionTypeName(type));
    if (type != RetentionType::Unspecified)
        heading.description += u" — "_s + RetentionMetrics::retentionTypeDescription(type);
    // The latest period with a CRR, against the target.
    const RetentionChartData data = RetentionChartData::compute(mWorkspace);
    if (!data.crr.empty()) {
        const RetentionChartData::Point &last = data.crr.back();
        heading.summary
            = tr("Latest CRR %1 (%2), target %3–%4 %")
                  .arg(RetentionMetrics::percentText(last.value), data.labels.value(last.slot),
                       QLocale().toString(RetentionMetrics::targetLow),
                       QLocale().toString(RetentionMetrics::targetHigh));
    }
    if (!mWorkspace.info.product.isEmpty())
        heading.fields << std::pair(tr("Product"), mWorkspace.info.product);
    heading.fields << std::pair(tr("Periods"),
                                QLocale().toString(qlonglong(mWorkspace.metrics.size())));
    heading.documentTitle = tr("Retention dashboard — %1").arg(heading.title);
    return heading;
}

QList<PosterLegendSection> DashboardPosterContent::legend() const
{
    PosterLegendSection marks;
    marks.title = tr("Marks");
    marks.entries << PosterLegendEntry {
        tr("Target CRR %1–%2 %")
            .arg(QLocale().toString(RetentionMetrics::targetLow),
                 QLocale().toString(RetentionMetrics::targetHigh)),
        [](QPainter *painter, const QRectF &rect) {
            painter->fillRect(rect.adjusted(0, rect.height() / 4, 0, -rect.height() / 4),
                              QColor(0x59, 0xa1, 0x4f, 90));
        },
        2};
    marks.entries << PosterLegendEntry {
        tr("Impossible period, with its reason: left out of the charts"),
        [](QPainter *painter, const QRectF &rect) {
            painter->fillRect(rect, flagged);
            paintSymbol(painter, rect.adjusted(1, 1, -1, -1), u"\u26A0"_s, ink);
        }};
    marks.entries << PosterLegendEntry {tr("Renewal question answered no: a blocker"),
                                        [](QPainter *painter, const QRectF &rect) {
                                            paintSymbol(painter, rect, u"\u2717"_s, blockerColor);
                                        }};
    PosterLegendSection formulas;
    formulas.title = tr("Formulas");
    formulas.entries << PosterLegendEntry {tr("CRR = (customers at end − new customers) / "
                                              "customers at start × 100"),
                                           {}};
    formulas.entries << PosterLegendEntry {tr("Churned = start + new − end"), {}};
    formulas.entries << PosterLegendEntry {tr("Stickiness = DAU / MAU"), {}};
    return {marks, formulas};
}

PosterDefaults DashboardPosterContent::defaults() const
{
    PosterDefaults defaults;
    defaults.settingsGroup = u"dashboardPoster/"_s;
    // The page size: the Preferences' sheet, as for every poster (PosterDialog).
    defaults.settings.orientation = QPageLayout::Landscape;
    defaults.settings.tiled = false;
    return defaults;
}

void DashboardPosterContent::paintMetricsTable(QPainter *painter, const QRectF &area) const
{
    const QRectF body = sectionTitle(painter, area, tr("Metrics per period"));
    const QList<double> widths = {0.18, 0.11, 0.13, 0.10, 0.14, 0.14, 0.20};
    const QStringList headers = {tr("Period"), tr("Start"),   tr("New"),       tr("End"),
                                 tr("CRR"),    tr("Churned"), tr("Stickiness")};
    constexpr double rowHeight = tableRow;
    double y = body.top();
    auto columnRect = [&](int column, double top, double height = tableRow) {
        double x = area.left();
        for (int c = 0; c < column; ++c)
            x += widths[c] * area.width();
        return QRectF(x, top, widths[column] * area.width(), height);
    };
    painter->setFont(font(bodyText, true));
    for (int c = 0; c < headers.size(); ++c)
        drawCell(painter, columnRect(c, y), headers[c], c == 0 ? Qt::AlignLeft : Qt::AlignRight);
    y += rowHeight;
    painter->setPen(QPen(rule, 1));
    painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    y += 2;

    painter->setFont(font(bodyText));
    const auto &metrics = mWorkspace.metrics;
    if (metrics.empty()) {
        painter->setPen(muted);
        drawCell(painter, QRectF(area.left(), y, area.width(), rowHeight),
                 tr("No periods yet: add them on the dashboard or import a metrics CSV file."));
        return;
    }
    // An impossible period's reason is written whole, wrapped across the number columns.
    const QRectF reasonColumns = columnRect(1, 0).united(columnRect(6, 0)).adjusted(2, 0, -2, 0);
    constexpr int reasonFlags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;
    std::vector<PeriodMetrics> computed;
    std::vector<double> heights;
    for (const MetricPeriod &p : metrics) {
        computed.push_back(RetentionMetrics::compute(p));
        const PeriodMetrics &m = computed.back();
        double height = rowHeight;
        if (m.isImpossible()) {
            const QRect bounds(0, 0, int(reasonColumns.width()), 10000);
            height = std::max(height,
                              painter->fontMetrics()
                                      .boundingRect(bounds, reasonFlags, u"\u26A0 "_s + m.problem)
                                      .height()
                                  + 4.0);
        }
        heights.push_back(height);
    }
    // The most recent periods (the end of the table) when they do not all fit.
    size_t first = metrics.size();
    double used = 0;
    while (first > 0 && y + used + heights[first - 1] <= area.bottom() - rowHeight) {
        used += heights[first - 1];
        --first;
    }
    if (first == 1 && y + used + heights[0] <= area.bottom())
        first = 0; // the last row fits where the "not shown" line would go
    if (first > 0) {
        painter->setPen(muted);
        drawCell(painter, QRectF(area.left(), y, area.width(), rowHeight),
                 tr("… %n earlier periods not shown", nullptr, int(first)));
        y += rowHeight;
    }
    for (size_t i = first; i < metrics.size(); ++i) {
        const MetricPeriod &p = metrics[i];
        const PeriodMetrics &m = computed[i];
        const double height = heights[i];
        painter->setPen(ink);
        if (m.isImpossible()) {
            painter->fillRect(QRectF(area.left(), y, area.width(), height), flagged);
            drawCell(painter, columnRect(0, y, height), RetentionMetrics::label(p));
            painter->drawText(QRectF(reasonColumns.left(), y, reasonColumns.width(), height),
                              reasonFlags, u"\u26A0 "_s + m.problem);
        } else {
            drawCell(painter, columnRect(0, y), RetentionMetrics::label(p));
            drawCell(painter, columnRect(1, y), count(p.customersStart), Qt::AlignRight);
            drawCell(painter, columnRect(2, y), count(p.customersNew), Qt::AlignRight);
            drawCell(painter, columnRect(3, y), count(p.customersEnd), Qt::AlignRight);
            drawCell(painter, columnRect(4, y),
                     m.crr ? RetentionMetrics::percentText(*m.crr) : QString(), Qt::AlignRight);
            drawCell(painter, columnRect(5, y), count(m.churned), Qt::AlignRight);
            drawCell(painter, columnRect(6, y),
                     m.stickiness ? RetentionMetrics::percentText(*m.stickiness * 100) : QString(),
                     Qt::AlignRight);
        }
        y += height;
    }
}

void DashboardPosterContent::paintReadiness(QPainter *painter, const QRectF &area) const
{
    const QRectF body = sectionTitle(painter, area, tr("Renewal levers"));
    double y = body.top() + 2;
    if (mWorkspace.journeys.empty()) {
        painter->setFont(font(bodyText));
        painter->setPen(muted);
        drawCell(painter, QRectF(area.left(), y, area.width(), 16), tr("No journeys yet."));
        return;
    }
    for (size_t i = 0; i < mWorkspace.journeys.size(); ++i) {
        const Journey &journey = mWorkspace.journeys[i];
        if (y + 46 > area.bottom()) {
            painter->setFont(font(smallText));
            painter->setPen(muted);
            drawCell(
                painter, QRectF(area.left(), y, area.width(), 14),
                tr("… %n more journeys not shown", nullptr, int(mWorkspace.journeys.size() - i)));
            break;
        }
        const RenewalReadiness r = RenewalReadiness::of(journey);
        painter->setPen(ink);
        painter->setFont(font(bodyText, true));
        drawCell(painter, QRectF(area.left(), y, area.width(), 16),
                 tr("%1: %2 %").arg(journey.name, QLocale().toString(r.percent(), 'f', 0)));
        y += 16;
        painter->setFont(font(bodyText));
        drawCell(painter, QRectF(area.left() + 8, y, area.width() - 8, 15), r.verdict());
        y += 15;
        QStringList levers;
        for (int l = 0; l < renewalLeverCount; ++l) {
            const RenewalReadiness lever = RenewalReadiness::of(journey, RenewalLever(l));
            levers << tr("%1 %2 %").arg(RenewalLevers::leverName(RenewalLever(l)),
                                        QLocale().toString(lever.percent(), 'f', 0));
        }
        painter->setPen(muted);
        drawCell(painter, QRectF(area.left() + 8, y, area.width() - 8, 15), levers.join(u" · "_s));
        y += 15;
        for (RenewalQuestion blocker : r.blockers) {
            if (y + 15 > area.bottom())
                break;
            painter->setPen(blockerColor);
            drawCell(painter, QRectF(area.left() + 8, y, area.width() - 8, 15),
                     u"\u2717 "_s + RenewalLevers::questionText(blocker));
            y += 15;
        }
        y += 6;
    }
}

void DashboardPosterContent::paintJourneys(QPainter *painter, const QRectF &area) const
{
    const QRectF body = sectionTitle(painter, area, tr("Journeys"));
    const QList<double> widths = {0.2, 0.32, 0.2, 0.28};
    const QStringList headers
        = {tr("Journey"), tr("Stages needing work"), tr("Time-to-value"), tr("Largest drop-off")};
    double y = body.top();
    // Cells wrap on two lines at most.
    auto rowCells = [&](const QStringList &texts, double top, double height) {
        double x = area.left();
        for (int c = 0; c < texts.size(); ++c) {
            const QRectF cell(x + 2, top, widths[c] * area.width() - 6, height);
            painter->drawText(cell, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, texts[c]);
            x += widths[c] * area.width();
        }
    };
    // Headers wrap too ("Délai de création de valeur").
    painter->setFont(font(bodyText, true));
    double headerHeight = 16;
    for (int c = 0; c < headers.size(); ++c) {
        const QRect bounds(0, 0, int(widths[c] * area.width()) - 6, 1000);
        headerHeight = std::max(headerHeight,
                                qreal(painter->fontMetrics()
                                          .boundingRect(bounds, Qt::TextWordWrap, headers[c])
                                          .height()));
    }
    rowCells(headers, y, headerHeight);
    y += headerHeight + 1;
    painter->setPen(QPen(rule, 1));
    painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    painter->setFont(font(smallText));
    painter->setPen(ink);
    const std::vector<JourneySummary> summaries = DashboardSummary::journeys(mWorkspace);
    if (summaries.empty())
        drawCell(painter, QRectF(area.left(), y + 2, area.width(), 16), tr("No journeys yet."));
    const double rowHeight = 28;
    for (size_t i = 0; i < summaries.size(); ++i) {
        const JourneySummary &s = summaries[i];
        if (y + 3 + rowHeight > area.bottom()) {
            painter->setPen(muted);
            drawCell(painter, QRectF(area.left(), y + 3, area.width(), 14),
                     tr("… %n more journeys not shown", nullptr, int(summaries.size() - i)));
            break;
        }
        rowCells({s.name, DashboardSummary::needingWorkText(s),
                  DashboardSummary::timeToValueText(s), DashboardSummary::dropOffText(s)},
                 y + 3, rowHeight);
        y += rowHeight;
    }
}

} // namespace Parcours
