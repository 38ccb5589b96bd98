#include "usecases/frequencyspectrumchart.h"

#include "analytics/observedfrequency.h"
#include "document/workspacedocument.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QHelpEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QFont styledFont(const FrequencySpectrumChart::Style &style, qreal scale = 1.0, bool bold = false)
{
    QFont font;
    if (style.print)
        font.setPixelSize(std::max(1, int(std::lround(style.fontSize * scale))));
    else
        font.setPointSizeF(style.fontSize * scale);
    font.setBold(bold);
    return font;
}

QString elided(const QString &text, int length = 30)
{
    QString single = text.simplified();
    return single.size() <= length ? single : single.left(length - 1) + u'…';
}

QColor personaColor(const QString &color)
{
    return QColor::isValidColorName(color) ? QColor::fromString(color) : QColor(0x4e, 0x79, 0xa7);
}

QAreaSeries *zoneArea(double x0, double x1, double y0, double y1, const QBrush &brush)
{
    auto *area = new QAreaSeries;
    auto *upper = new QLineSeries(area);
    auto *lower = new QLineSeries(area);
    upper->append(x0, y1);
    upper->append(x1, y1);
    lower->append(x0, y0);
    lower->append(x1, y0);
    area->setUpperSeries(upper);
    area->setLowerSeries(lower);
    area->setBrush(brush);
    area->setPen(Qt::NoPen);
    return area;
}

// Everything populate() draws but the points: when it is the same as last time (an edit
// moved a point), the chart's axes, zone, line and legend series are kept as they are.
// Qt Charts takes about 0.2 ms to remove or add a series (400 of them for 200 personas).
QString layoutKey(const FrequencySpectrum &spectrum, const QString &title,
                  const FrequencySpectrumChart::Style &style)
{
    QString key = u"%1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(title)
                      .arg(style.print)
                      .arg(style.fontSize)
                      .arg(style.markerSize)
                      .arg(spectrum.minUsesPerMonth, 0, 'g', 17)
                      .arg(spectrum.maxUsesPerMonth, 0, 'g', 17)
                      .arg(spectrum.minY, 0, 'g', 17)
                      .arg(spectrum.maxY, 0, 'g', 17)
                      .arg(spectrum.onePersona);
    for (const FrequencySpectrum::Band &band : spectrum.bands)
        key += u"|b%1|%2|%3"_s.arg(band.label).arg(band.to, 0, 'g', 17).arg(band.row);
    for (const FrequencySpectrum::Series &serie : spectrum.series) {
        key += u"|s%1|%2|%3|%4"_s.arg(serie.name, serie.color)
                   .arg(serie.planned)
                   .arg(serie.points.empty());
        if (serie.observed) { // their spreads are line series of the layout
            for (const FrequencySpectrum::Point &p : serie.points)
                key += u"|o%1|%2|%3"_s.arg(p.spreadFrom, 0, 'g', 17)
                           .arg(p.spreadTo, 0, 'g', 17)
                           .arg(p.y, 0, 'g', 17);
        }
    }
    return key;
}

const char *const layoutKeyProperty = "parcoursSpectrumLayout";
QColor observedColor()
{
    return {0x20, 0x20, 0x20};
}

} // namespace

FrequencySpectrumChart::FrequencySpectrumChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(u"frequencySpectrum"_s);
    setRenderHint(QPainter::Antialiasing);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setBackgroundRoundness(0);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    // A few dozen items (axes, labels, legend): a BSP index would not pay for itself.
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    setMinimumHeight(200);
    setMouseTracking(true); // hovering a point names it, without a button pressed
    viewport()->setMouseTracking(true);
    mRefreshTimer.setSingleShot(true);
    mRefreshTimer.setInterval(0);
    connect(&mRefreshTimer, &QTimer::timeout, this, &FrequencySpectrumChart::refresh);
    refresh();
}

FrequencySpectrumChart::~FrequencySpectrumChart()
{
    if (mDocument)
        mDocument->disconnect(this);
}

void FrequencySpectrumChart::setDocument(WorkspaceDocument *document)
{
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    mPersona = 0;
    if (mDocument)
        connect(mDocument, &WorkspaceDocument::changed, this, &FrequencySpectrumChart::onChanged);
    refresh();
}

void FrequencySpectrumChart::setPersona(Id persona)
{
    if (persona == mPersona)
        return;
    mPersona = persona;
    refresh();
}

void FrequencySpectrumChart::setScope(Scope scope)
{
    if (scope == mScope)
        return;
    mScope = scope;
    refresh();
}

void FrequencySpectrumChart::onChanged(const ChangeEvent &event)
{
    const EntityRef &e = event.entity;
    // Imported events change the observed points.
    bool relevant = event.type == ChangeEvent::Reset
        || (e.kind == EntityKind::Workspace && event.field == Field::WorkspaceUsage);
    if (mScope == Scope::AllPersonas)
        relevant = relevant || e.kind == EntityKind::Persona || e.kind == EntityKind::UseCase;
    else
        relevant = relevant || (e.kind == EntityKind::Persona && e.id == mPersona)
            || (e.kind == EntityKind::UseCase && e.parent == mPersona);
    if (relevant)
        mRefreshTimer.start(); // many changes in one command: one refresh
}

void FrequencySpectrumChart::refresh()
{
    mRefreshTimer.stop();
    QString title;
    const Persona *persona = mDocument ? mDocument->workspace().persona(mPersona) : nullptr;
    if (mDocument && mScope == Scope::AllPersonas) {
        const Workspace &workspace = mDocument->workspace();
        mSpectrum = workspace.usage.isEmpty()
            ? FrequencySpectrum::forWorkspace(workspace)
            : FrequencySpectrum::forWorkspace(workspace, ObservedFrequency(workspace));
        title = tr("Frequency spectrum — all personas");
    } else if (persona && !mDocument->workspace().usage.isEmpty()) {
        mSpectrum
            = FrequencySpectrum::forPersona(*persona, ObservedFrequency(mDocument->workspace()));
        title = tr("Frequency spectrum — %1").arg(persona->name);
    } else if (persona) {
        mSpectrum = FrequencySpectrum::forPersona(*persona);
        title = tr("Frequency spectrum — %1").arg(persona->name);
    } else {
        mSpectrum = FrequencySpectrum::forPersona(Persona()); // nothing to show
    }
    mPointSeries = populate(chart(), mSpectrum, title, Style());
    // What a screen reader says of the chart: the points are not separate widgets.
    setAccessibleName(title.isEmpty() ? tr("Frequency spectrum") : title);
    int forgotten = 0;
    QStringList points;
    for (const FrequencySpectrum::Series &series : mSpectrum.series) {
        for (const FrequencySpectrum::Point &point : series.points) {
            forgotten += point.forgotten ? 1 : 0;
            points << FrequencySpectrum::describe(point);
        }
    }
    QString description
        = tr("%n use cases on a scale from rare to several a day", nullptr, mSpectrum.pointCount());
    if (forgotten > 0)
        description += u"; "_s + tr("%n below monthly (forgotten zone)", nullptr, forgotten);
    if (mSpectrum.withoutFrequency > 0)
        description
            += u"; "_s + tr("%n without a frequency yet", nullptr, mSpectrum.withoutFrequency);
    if (!points.isEmpty())
        description += u". "_s + points.join(u". "_s);
    setAccessibleDescription(description);
    mMarkers = SpectrumMarkers::of(chart());
    mHovered = mPressed = {};
}

QString FrequencySpectrumChart::describePoint(int series, int point) const
{
    if (series < 0 || size_t(series) >= mSpectrum.series.size() || point < 0
        || size_t(point) >= mSpectrum.series[size_t(series)].points.size())
        return {};
    return FrequencySpectrum::describe(mSpectrum.series[size_t(series)].points[size_t(point)]);
}

SpectrumMarkers::Hit FrequencySpectrumChart::markerAt(const QPoint &viewportPosition) const
{
    if (!mMarkers)
        return {};
    return mMarkers->markerAt(chart()->mapFromScene(mapToScene(viewportPosition)));
}

void FrequencySpectrumChart::hover(const QPoint &viewportPosition)
{
    const SpectrumMarkers::Hit hit = markerAt(viewportPosition);
    if (hit == mHovered)
        return;
    mHovered = hit;
    if (!hit.isValid()) {
        mHoverText.clear();
        QToolTip::hideText();
        return;
    }
    mHoverText = describePoint(hit.series, hit.point);
    QToolTip::showText(viewport()->mapToGlobal(viewportPosition), mHoverText, this);
}

bool FrequencySpectrumChart::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip:
        // The scene answers tooltip requests itself and hides any tip its items lack: keep
        // naming the hovered point instead.
        if (!mHoverText.isEmpty()) {
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), mHoverText, this);
            return true;
        }
        break;
    case QEvent::MouseMove: hover(static_cast<QMouseEvent *>(event)->position().toPoint()); break;
    case QEvent::Leave: hover(QPoint(-1, -1)); break;
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        mPressed = mouse->button() == Qt::LeftButton ? markerAt(mouse->position().toPoint())
                                                     : SpectrumMarkers::Hit();
        break;
    }
    case QEvent::MouseButtonRelease: {
        // A click is a press on a point and its release, as on a Qt Charts marker.
        const SpectrumMarkers::Hit pressed = mPressed;
        mPressed = {};
        if (pressed.isValid() && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton)
            emit useCaseClicked(
                mSpectrum.series[size_t(pressed.series)].points[size_t(pressed.point)].useCase);
        break;
    }
    default: break;
    }
    return QChartView::viewportEvent(event);
}

QList<QScatterSeries *> FrequencySpectrumChart::populate(QChart *chart,
                                                         const FrequencySpectrum &spectrum,
                                                         const QString &title, const Style &style)
{
    const double x0 = std::log10(spectrum.minUsesPerMonth);
    const double x1 = std::log10(spectrum.maxUsesPerMonth);
    const QRectF domain(x0, spectrum.minY, x1 - x0, spectrum.maxY - spectrum.minY);
    std::vector<SpectrumMarkers::Series> markers;
    markers.reserve(spectrum.series.size());
    for (const FrequencySpectrum::Series &serie : spectrum.series) {
        const QColor color = personaColor(serie.color);
        QPen pen(serie.planned ? color : color.darker(160));
        pen.setWidthF(serie.planned ? 2.2 : 1.2);
        if (serie.observed) // a hollow ring, dark: told apart from the declared points in print
            pen = QPen(observedColor(), 2.4);
        SpectrumMarkers::Series drawn;
        drawn.look
            = {pen, serie.planned || serie.observed ? QBrush(Qt::white) : QBrush(color),
               serie.planned ? SpectrumMarkers::Shape::Triangle : SpectrumMarkers::Shape::Circle,
               serie.observed ? style.markerSize * 0.8 : style.markerSize};
        drawn.values.reserve(serie.points.size());
        for (const FrequencySpectrum::Point &point : serie.points)
            drawn.values.emplace_back(std::log10(point.usesPerMonth), point.y);
        markers.push_back(std::move(drawn));
    }
    SpectrumMarkers::of(chart)->setSeries(std::move(markers), domain);

    const QString key = layoutKey(spectrum, title, style);
    if (chart->property(layoutKeyProperty).toString() == key) {
        QList<QScatterSeries *> kept;
        const QList<QAbstractSeries *> all = chart->series();
        for (QAbstractSeries *series : all) {
            if (auto *scatter = qobject_cast<QScatterSeries *>(series))
                kept << scatter;
        }
        return kept;
    }
    chart->setProperty(layoutKeyProperty, key);
    chart->removeAllSeries();
    const QList<QAbstractAxis *> oldAxes = chart->axes();
    for (QAbstractAxis *axis : oldAxes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    chart->setTitleFont(styledFont(style, 1.25, true));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(styledFont(style));
    // Each entry drawn as its series: a circle, a triangle, a dashed line, a swatch.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->setDropShadowEnabled(false);

    const QColor gridColor(0xd0, 0xd0, 0xd0);

    auto *x = new QCategoryAxis;
    x->setRange(x0, x1);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (const FrequencySpectrum::Tick &tick : spectrum.ticks())
        x->append(tick.label, std::log10(tick.usesPerMonth));
    x->setTitleText(tr("How often (uses per month, logarithmic scale)"));
    x->setLabelsFont(styledFont(style));
    x->setTitleFont(styledFont(style, 0.95));
    x->setGridLineColor(gridColor);
    x->setStartValue(x0);

    auto *y = new QCategoryAxis;
    y->setRange(spectrum.minY, spectrum.maxY);
    y->setStartValue(spectrum.minY);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    y->setLabelsFont(styledFont(style));
    y->setGridLineColor(gridColor);
    y->setGridLineVisible(spectrum.bands.size() <= 20); // dense bands: lines would hide points
    std::vector<FrequencySpectrum::Band> bands = spectrum.bands;
    std::sort(bands.begin(), bands.end(), [](const auto &a, const auto &b) { return a.to < b.to; });
    QStringList used;
    for (auto &band : bands) {
        QString label = elided(band.label);
        if (band.row > 0) // one persona: numbered as the table's rows
            label = u"%1. %2"_s.arg(band.row).arg(label);
        while (used.contains(label))
            label += u'\u200B'; // category labels must be unique
        used << label;
        y->append(label, band.to);
    }
    if (bands.empty()) {
        y->append(u" "_s, spectrum.maxY); // the page's verdict already says there is none
        y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    }

    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    auto attach = [&](QAbstractSeries *series) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };

    // The forgotten zone: a light fill and a hatch, so that it survives greyscale print.
    QAreaSeries *fill = zoneArea(x0, 0, spectrum.minY, spectrum.maxY, QColor(0xe1, 0x57, 0x59, 38));
    attach(fill);
    QAreaSeries *hatch = zoneArea(x0, 0, spectrum.minY, spectrum.maxY,
                                  QBrush(QColor(0xb0, 0x30, 0x30, 110), Qt::BDiagPattern));
    hatch->setName(tr("Forgotten zone (below monthly)"));
    attach(hatch);
    for (QLegendMarker *marker : chart->legend()->markers(fill))
        marker->setVisible(false);
    for (QLegendMarker *marker : chart->legend()->markers(hatch)) { // a hatch is lost that small
        marker->setBrush(QColor(0xf0, 0xa8, 0xa8));
        marker->setPen(QPen(QColor(0xb0, 0x30, 0x30)));
    }

    auto *monthly = new QLineSeries;
    monthly->setName(tr("Monthly line"));
    monthly->append(0, spectrum.minY);
    monthly->append(0, spectrum.maxY);
    QPen monthlyPen(QColor(0x30, 0x30, 0x30));
    monthlyPen.setWidthF(style.print ? 1.5 : 2);
    monthlyPen.setStyle(Qt::DashLine);
    monthly->setPen(monthlyPen);
    attach(monthly);

    // Observed points' spreads: a bar from the 25th to the 75th percentile (issue 22).
    for (const FrequencySpectrum::Series &serie : spectrum.series) {
        if (!serie.observed)
            continue;
        for (const FrequencySpectrum::Point &point : serie.points) {
            auto *spread = new QLineSeries;
            spread->append(std::log10(point.spreadFrom), point.y);
            spread->append(std::log10(point.spreadTo), point.y);
            spread->setPen(QPen(observedColor(), style.print ? 1.5 : 2));
            attach(spread);
            for (QLegendMarker *marker : chart->legend()->markers(spread))
                marker->setVisible(false);
        }
    }

    QList<QScatterSeries *> pointSeries;
    for (const FrequencySpectrum::Series &serie : spectrum.series) {
        auto *scatter = new QScatterSeries;
        scatter->setName(serie.name);
        const QColor color = personaColor(serie.color);
        scatter->setMarkerSize(style.markerSize);
        QPen pen(serie.planned ? color : color.darker(160));
        pen.setWidthF(serie.planned ? 2.2 : 1.2);
        scatter->setPen(pen);
        if (serie.observed) {
            scatter->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            scatter->setMarkerSize(style.markerSize * 0.8);
            scatter->setPen(QPen(observedColor(), 2.4));
            scatter->setBrush(Qt::white);
        } else if (serie.planned) {
            scatter->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
            scatter->setBrush(Qt::white);
        } else {
            scatter->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            scatter->setBrush(color);
        }
        attach(scatter); // without points: the legend's entry (the markers item draws them)
        if (serie.points.empty() && !spectrum.onePersona) {
            for (QLegendMarker *marker : chart->legend()->markers(scatter))
                marker->setVisible(false);
        }
        pointSeries << scatter;
    }
    return pointSeries;
}

} // namespace Parcours
