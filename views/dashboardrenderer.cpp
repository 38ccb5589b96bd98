#include "dashboardrenderer.h"

#include "dashboardsummary.h"
#include "retentioncharts.h"
#include "retentionmetrics.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QLegend>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <memory>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr double margin = 24;
const QColor ink(0x22, 0x22, 0x22);
const QColor muted(0x66, 0x66, 0x66);
const QColor rule(0xcc, 0xcc, 0xcc);
const QColor flagged(0xfd, 0xe8, 0xe6);

QFont font(double pixels, bool bold = false)
{
    QFont f;
    f.setPixelSize(std::max(1, int(std::lround(pixels))));
    f.setBold(bold);
    return f;
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

// Renders a chart built for the screen onto the page, with print-sized fonts.
void paintChart(QPainter *painter, const QRectF &area, QChart *chart)
{
    std::unique_ptr<QChart> owner(chart);
    chart->setTitleFont(font(13, true));
    chart->legend()->setFont(font(9.5));
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(font(9.5));
        axis->setTitleFont(font(9.5));
    }
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), area.size()));
    // Lay the chart out now, with the print fonts, rather than on the next event loop pass.
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
    scene.setSceneRect(QRectF(QPointF(0, 0), area.size()));
    scene.render(painter, area, scene.sceneRect());
    scene.removeItem(chart);
}

} // namespace

DashboardRenderer::DashboardRenderer(const Workspace &workspace, QDate date)
    : mWorkspace(workspace)
    , mDate(date)
{ }

void DashboardRenderer::paint(QPainter *painter, const QRectF &target) const
{
    const QSizeF design = designSize();
    const double scale
        = std::min(target.width() / design.width(), target.height() / design.height());
    painter->save();
    painter->translate(target.center());
    painter->scale(scale, scale);
    painter->translate(-design.width() / 2, -design.height() / 2);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    const double width = design.width() - 2 * margin;
    paintHeader(painter, QRectF(margin, margin, width, 56));

    const RetentionChartData data = RetentionChartData::compute(mWorkspace);
    paintMetricsTable(painter, QRectF(margin, 92, 524, 260));
    paintChart(painter, QRectF(560, 92, design.width() - margin - 560, 260),
               RetentionCharts::crrChart(data));

    const double right = design.width() - margin;
    paintChart(painter, QRectF(margin, 360, 524, 236), RetentionCharts::stickinessChart(data));
    paintChart(painter, QRectF(560, 360, right - 560, 236),
               RetentionCharts::belowMonthlyChart(data));

    paintJourneys(painter, QRectF(margin, 606, 676, 160));
    paintReadiness(painter, QRectF(724, 606, right - 724, 160));

    painter->setFont(font(9));
    painter->setPen(muted);
    painter->drawText(QRectF(margin, design.height() - margin - 4, width, 14),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      tr("CRR = (customers at end − new customers) / customers at start × 100; "
                         "churned = start + new − end; stickiness = DAU / MAU. Target CRR "
                         "%1–%2 %. Impossible periods are flagged ⚠ and left out of the charts.")
                          .arg(RetentionMetrics::targetLow)
                          .arg(RetentionMetrics::targetHigh));
    painter->restore();
}

void DashboardRenderer::paintHeader(QPainter *painter, const QRectF &area) const
{
    const QString name = mWorkspace.info.name.isEmpty() ? tr("Workspace") : mWorkspace.info.name;
    painter->setPen(ink);
    painter->setFont(font(22, true));
    painter->drawText(QRectF(area.left(), area.top(), area.width(), 28),
                      Qt::AlignLeft | Qt::AlignVCenter, tr("Retention dashboard — %1").arg(name));
    painter->setFont(font(12));
    painter->setPen(muted);
    painter->drawText(QRectF(area.left(), area.top(), area.width(), 28),
                      Qt::AlignRight | Qt::AlignVCenter,
                      QLocale().toString(mDate, QLocale::LongFormat));
    const RetentionType type = mWorkspace.info.retentionType;
    QString line = tr("Retention type: %1").arg(RetentionMetrics::retentionTypeName(type));
    if (type != RetentionType::Unspecified)
        line += u" — "_s + RetentionMetrics::retentionTypeDescription(type);
    if (!mWorkspace.info.product.isEmpty())
        line = tr("Product: %1").arg(mWorkspace.info.product) + u"   ·   "_s + line;
    painter->setPen(ink);
    painter->setFont(font(12));
    drawCell(painter, QRectF(area.left(), area.top() + 30, area.width(), 20), line);
    painter->setPen(QPen(rule, 1));
    painter->drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
}

void DashboardRenderer::paintMetricsTable(QPainter *painter, const QRectF &area) const
{
    painter->setPen(ink);
    painter->setFont(font(13, true));
    painter->drawText(QRectF(area.left(), area.top(), area.width(), 20),
                      Qt::AlignLeft | Qt::AlignVCenter, tr("Metrics per period"));
    const QList<double> widths = {0.22, 0.11, 0.10, 0.11, 0.15, 0.13, 0.18};
    const QStringList headers = {tr("Period"), tr("Start"),   tr("New"),       tr("End"),
                                 tr("CRR"),    tr("Churned"), tr("Stickiness")};
    const double rowHeight = 18;
    double y = area.top() + 24;
    auto columnRect = [&](int column, double top) {
        double x = area.left();
        for (int c = 0; c < column; ++c)
            x += widths[c] * area.width();
        return QRectF(x, top, widths[column] * area.width(), rowHeight);
    };
    painter->setFont(font(10.5, true));
    for (int c = 0; c < headers.size(); ++c)
        drawCell(painter, columnRect(c, y), headers[c], c == 0 ? Qt::AlignLeft : Qt::AlignRight);
    y += rowHeight;
    painter->setPen(QPen(rule, 1));
    painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));

    const auto &metrics = mWorkspace.metrics;
    const int fits = int((area.bottom() - y) / rowHeight) - 1;
    // The most recent periods (the end of the table) when they do not all fit.
    const int first = std::max(0, int(metrics.size()) - fits);
    painter->setFont(font(10.5));
    if (metrics.empty()) {
        painter->setPen(muted);
        drawCell(painter, QRectF(area.left(), y + 2, area.width(), rowHeight),
                 tr("No periods yet: add them on the dashboard or import a metrics CSV file."));
    }
    if (first > 0) {
        painter->setPen(muted);
        drawCell(painter, QRectF(area.left(), y + 2, area.width(), rowHeight),
                 tr("… %n earlier periods not shown", nullptr, first));
        y += rowHeight;
    }
    for (int i = first; i < int(metrics.size()); ++i) {
        const MetricPeriod &p = metrics[size_t(i)];
        const PeriodMetrics m = RetentionMetrics::compute(p);
        const double top = y + 2;
        if (m.isImpossible())
            painter->fillRect(QRectF(area.left(), top, area.width(), rowHeight), flagged);
        painter->setPen(ink);
        drawCell(painter, columnRect(0, top), RetentionMetrics::label(p));
        if (m.isImpossible()) {
            const QRectF rest = columnRect(1, top).united(columnRect(6, top));
            drawCell(painter, rest, u"\u26A0 "_s + m.problem);
        } else {
            drawCell(painter, columnRect(1, top), count(p.customersStart), Qt::AlignRight);
            drawCell(painter, columnRect(2, top), count(p.customersNew), Qt::AlignRight);
            drawCell(painter, columnRect(3, top), count(p.customersEnd), Qt::AlignRight);
            drawCell(painter, columnRect(4, top),
                     m.crr ? RetentionMetrics::percentText(*m.crr) : QString(), Qt::AlignRight);
            drawCell(painter, columnRect(5, top), count(m.churned), Qt::AlignRight);
            drawCell(painter, columnRect(6, top),
                     m.stickiness ? RetentionMetrics::percentText(*m.stickiness * 100) : QString(),
                     Qt::AlignRight);
        }
        y += rowHeight;
    }
}

void DashboardRenderer::paintReadiness(QPainter *painter, const QRectF &area) const
{
    painter->setPen(ink);
    painter->setFont(font(13, true));
    painter->drawText(QRectF(area.left(), area.top(), area.width(), 20),
                      Qt::AlignLeft | Qt::AlignVCenter, tr("Renewal levers"));
    double y = area.top() + 26;
    if (mWorkspace.journeys.empty()) {
        painter->setFont(font(10.5));
        painter->setPen(muted);
        drawCell(painter, QRectF(area.left(), y, area.width(), 16), tr("No journeys yet."));
        return;
    }
    for (size_t i = 0; i < mWorkspace.journeys.size(); ++i) {
        const Journey &journey = mWorkspace.journeys[i];
        if (y + 46 > area.bottom()) {
            painter->setFont(font(10));
            painter->setPen(muted);
            drawCell(
                painter, QRectF(area.left(), y, area.width(), 14),
                tr("… %n more journeys not shown", nullptr, int(mWorkspace.journeys.size() - i)));
            break;
        }
        const RenewalReadiness r = RenewalReadiness::of(journey);
        painter->setPen(ink);
        painter->setFont(font(11, true));
        drawCell(painter, QRectF(area.left(), y, area.width(), 16),
                 tr("%1: %2 %").arg(journey.name, QLocale().toString(r.percent(), 'f', 0)));
        y += 16;
        painter->setFont(font(10.5));
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
            painter->setPen(QColor(0xb0, 0x30, 0x30));
            drawCell(painter, QRectF(area.left() + 8, y, area.width() - 8, 15),
                     u"\u2717 "_s + RenewalLevers::questionText(blocker));
            y += 15;
        }
        y += 6;
    }
}

void DashboardRenderer::paintJourneys(QPainter *painter, const QRectF &area) const
{
    painter->setPen(ink);
    painter->setFont(font(13, true));
    painter->drawText(QRectF(area.left(), area.top(), area.width(), 20),
                      Qt::AlignLeft | Qt::AlignVCenter, tr("Journeys"));
    const QList<double> widths = {0.2, 0.34, 0.16, 0.3};
    const QStringList headers
        = {tr("Journey"), tr("Stages needing work"), tr("Time-to-value"), tr("Largest drop-off")};
    double y = area.top() + 22;
    // Cells wrap on two lines at most.
    auto rowCells = [&](const QStringList &texts, double top, double height) {
        double x = area.left();
        for (int c = 0; c < texts.size(); ++c) {
            const QRectF cell(x + 2, top, widths[c] * area.width() - 6, height);
            painter->drawText(cell, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, texts[c]);
            x += widths[c] * area.width();
        }
    };
    painter->setFont(font(10.5, true));
    rowCells(headers, y, 16);
    y += 17;
    painter->setPen(QPen(rule, 1));
    painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    painter->setFont(font(10));
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

bool DashboardRenderer::exportPdf(const QString &path, QString *error) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setCreator(u"Parcours"_s);
    writer.setTitle(tr("Retention dashboard — %1").arg(mWorkspace.info.name));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("%1 cannot be written").arg(QFileInfo(path).fileName());
        return false;
    }
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    paint(&painter, QRectF(QPointF(0, 0), page.size()));
    if (!painter.end()) {
        *error = tr("%1 cannot be written").arg(QFileInfo(path).fileName());
        return false;
    }
    return true;
}

QSize DashboardRenderer::pngSize(int dpi)
{
    const QSizeF mm = QPageSize(QPageSize::A4).size(QPageSize::Millimeter).transposed();
    return {int(std::lround(mm.width() / 25.4 * dpi)), int(std::lround(mm.height() / 25.4 * dpi))};
}

bool DashboardRenderer::exportPng(const QString &path, QString *error, int dpi) const
{
    QImage image(pngSize(dpi), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        const double inset = 8 / 25.4 * dpi; // the PDF's margins
        paint(&painter, QRectF(image.rect()).adjusted(inset, inset, -inset, -inset));
    }
    if (!image.save(path, "PNG")) {
        *error = tr("%1 cannot be written").arg(QFileInfo(path).fileName());
        return false;
    }
    return true;
}

} // namespace Parcours
