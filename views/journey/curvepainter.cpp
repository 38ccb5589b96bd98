#include "journey/curvepainter.h"

#include "analytics/journeyanalytics.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <cmath>
#include <functional>
#include <iterator>
#include <limits>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// The shapes of the persona curves in turn; the journey's own curve keeps its discs.
constexpr MarkerShape curveShapes[] = {
    MarkerShape::Square,   MarkerShape::Triangle, MarkerShape::Diamond, MarkerShape::TriangleDown,
    MarkerShape::Pentagon, MarkerShape::Hexagon,  MarkerShape::Star};
constexpr int shapeCount = int(std::size(curveShapes));

QPolygonF regularPolygon(const QPointF &c, qreal r, int sides, qreal startDegrees)
{
    QPolygonF polygon;
    for (int i = 0; i < sides; ++i) {
        const qreal a = qDegreesToRadians(startDegrees + 360.0 * i / sides);
        polygon << c + QPointF(r * std::cos(a), r * std::sin(a));
    }
    return polygon;
}

QPainterPath markerPath(const QPointF &c, qreal r, MarkerShape shape)
{
    QPainterPath path;
    switch (shape) {
    case MarkerShape::Circle: path.addEllipse(c, r, r); break;
    case MarkerShape::Square:
        path.addRect(QRectF(c.x() - r * 0.85, c.y() - r * 0.85, r * 1.7, r * 1.7));
        break;
    case MarkerShape::Triangle: path.addPolygon(regularPolygon(c, r * 1.2, 3, -90)); break;
    case MarkerShape::TriangleDown: path.addPolygon(regularPolygon(c, r * 1.2, 3, 90)); break;
    case MarkerShape::Diamond: path.addPolygon(regularPolygon(c, r * 1.2, 4, -90)); break;
    case MarkerShape::Pentagon: path.addPolygon(regularPolygon(c, r * 1.1, 5, -90)); break;
    case MarkerShape::Hexagon: path.addPolygon(regularPolygon(c, r * 1.05, 6, 0)); break;
    case MarkerShape::Star: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const qreal a = qDegreesToRadians(-90.0 + 36.0 * i);
            const qreal radius = i % 2 ? r * 0.55 : r * 1.3;
            star << c + QPointF(radius * std::cos(a), radius * std::sin(a));
        }
        path.addPolygon(star);
        break;
    }
    }
    path.closeSubpath();
    return path;
}

// The part of a line running left to right between x = left and x = right.
QPolygonF cutToColumns(const QPolygonF &line, qreal left, qreal right)
{
    QPolygonF cut;
    for (int i = 0; i < line.size(); ++i) {
        const QPointF &p = line[i];
        if (i > 0) {
            const QPointF &q = line[i - 1];
            for (const qreal edge : {left, right}) {
                if ((q.x() < edge && p.x() > edge) || (q.x() > edge && p.x() < edge)) {
                    const qreal t = (edge - q.x()) / (p.x() - q.x());
                    cut << q + t * (p - q);
                }
            }
        }
        if (p.x() >= left && p.x() <= right)
            cut << p;
    }
    return cut;
}

// A curve through `points` (left to right): solid between neighbouring columns, thinner and
// dashed across columns without a point; cut to [left, right] (SVG output ignores clipping).
void drawCurve(QPainter *painter, const std::vector<std::pair<int, QPointF>> &points,
               const QPen &pen, qreal left, qreal right)
{
    for (size_t i = 1; i < points.size(); ++i) {
        const QPointF &a = points[i - 1].second;
        const QPointF &b = points[i].second;
        if (b.x() < left || a.x() > right)
            continue;
        QPainterPath path(a);
        const qreal dx = (b.x() - a.x()) / 2;
        path.cubicTo(QPointF(a.x() + dx, a.y()), QPointF(b.x() - dx, b.y()), b);
        QPen p = pen;
        if (points[i].first - points[i - 1].first > 1) {
            p.setWidthF(pen.widthF() * 0.6);
            p.setStyle(Qt::DashLine);
        }
        painter->setPen(p);
        painter->drawPolyline(cutToColumns(path.toSubpathPolygons().value(0), left, right));
    }
}

} // namespace

CurvePainter::CurvePainter(const JourneyLayout &layout, const QSet<Id> *hidden)
    : mLayout(layout)
    , mHidden(hidden)
{ }

std::vector<CurveInfo> CurvePainter::curves(Id lane, bool includeHidden) const
{
    std::vector<CurveInfo> result;
    const Journey *journey = mLayout.journey();
    if (!journey)
        return result;
    // The personas with a point on the lane. Painted on every frame: the scan stops once every
    // persona of the workspace has been seen (each curve usually has a point at the first step).
    const std::vector<Persona> &personas = mLayout.workspace().personas;
    QSet<Id> present;
    size_t seen = 0; // of the workspace's personas, in `present`
    for (const Stage &stage : journey->stages) {
        for (const Step &step : stage.steps) {
            const auto cell = step.cells.constFind(lane);
            if (cell == step.cells.cend())
                continue;
            for (auto it = cell->curves.cbegin(); it != cell->curves.cend(); ++it) {
                if (present.contains(it.key()))
                    continue;
                present.insert(it.key());
                if (mLayout.workspace().persona(it.key()))
                    ++seen;
            }
            if (seen == personas.size())
                break;
        }
        if (seen == personas.size())
            break;
    }
    int index = 0;
    for (size_t i = 0; i < personas.size() && !present.isEmpty(); ++i) {
        const Persona &p = personas[i];
        if (!present.contains(p.id))
            continue;
        CurveInfo c;
        c.persona = p.id;
        c.name = p.name.trimmed().isEmpty() ? tr("(unnamed persona)") : p.name;
        c.color = QColor(p.color);
        if (!c.color.isValid())
            c.color = QColor(defaultPersonaColor(int(i)));
        c.shape = curveShapes[index % shapeCount];
        c.hollow = (index / shapeCount) % 2 == 1;
        ++index;
        // Shown unless hidden on the canvas (Show Curves…) or left out of the audience view.
        const bool shown
            = (!mHidden || !mHidden->contains(p.id)) && mLayout.viewFilter().showsCurve(p.id);
        if (includeHidden || shown)
            result.push_back(c);
    }
    return result;
}

std::vector<CurveInfo> CurvePainter::allCurves() const
{
    std::vector<CurveInfo> result;
    const Journey *journey = mLayout.journey();
    if (!journey)
        return result;
    QSet<Id> seen;
    for (const Lane &lane : journey->lanes) {
        if (lane.kind != LaneKind::Emotion || !lane.visible)
            continue;
        for (const CurveInfo &c : curves(lane.id, true)) {
            if (!seen.contains(c.persona)) {
                seen.insert(c.persona);
                result.push_back(c);
            }
        }
    }
    return result;
}

const Journey *CurvePainter::comparedJourney() const
{
    const Journey *journey = mLayout.journey();
    if (!journey || !journey->compareWith || journey->compareWith == journey->id)
        return nullptr;
    return mLayout.workspace().journey(journey->compareWith);
}

JourneyComparison CurvePainter::comparison(int row) const
{
    const Journey *journey = mLayout.journey();
    const Journey *other = comparedJourney();
    if (!journey || !other)
        return {};
    return compareJourneys(*journey, mLayout.laneIdAt(row), *other);
}

QColor CurvePainter::comparedColor()
{
    return {0x37, 0x3d, 0x47};
}

QString CurvePainter::formatDifference(double difference)
{
    return formatEmotion(difference); // signed, as on the -2 … +2 scale, whatever the scale
}

void CurvePainter::paintMarker(QPainter *painter, const QPointF &center, qreal radius,
                               MarkerShape shape, const QColor &color, bool hollow)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (hollow) {
        painter->setPen(QPen(color, 2));
        painter->setBrush(Qt::white);
    } else {
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(color);
    }
    painter->drawPath(markerPath(center, radius, shape));
    painter->restore();
}

void CurvePainter::paintComparedMark(QPainter *painter, const QRectF &rect)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(comparedColor(), 2, Qt::DashLine);
    painter->setPen(pen);
    const qreal y = rect.center().y();
    painter->drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    painter->setBrush(Qt::white);
    painter->setPen(QPen(comparedColor(), 1.5));
    painter->drawEllipse(rect.center(), 3.5, 3.5);
    painter->restore();
}

void CurvePainter::paintCurves(QPainter *painter, int row, const QRectF &exposed) const
{
    const Lane *lane = mLayout.laneAt(row);
    if (!lane || lane->kind != LaneKind::Emotion)
        return;
    // Markers reach a little beyond their column's middle: keep whole ones at the cut.
    const qreal left = exposed.isEmpty() ? -std::numeric_limits<qreal>::max() : exposed.left();
    const qreal right = exposed.isEmpty() ? std::numeric_limits<qreal>::max() : exposed.right();
    const std::vector<CurveInfo> shown = curves(lane->id);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    for (const CurveInfo &curve : shown) {
        std::vector<std::pair<int, QPointF>> points;
        for (int c = 0; c < mLayout.columnCount(); ++c) {
            const Step *step = mLayout.stepAt(c);
            const auto cell
                = step ? step->cells.constFind(lane->id) : QHash<Id, Cell>::const_iterator();
            if (!step || cell == step->cells.cend())
                continue;
            const auto value = cell->curves.constFind(curve.persona);
            if (value != cell->curves.cend())
                points.emplace_back(c, mLayout.emotionPoint(c, row, *value));
        }
        QPen pen(curve.color, 2.5);
        pen.setCapStyle(Qt::RoundCap);
        drawCurve(painter, points, pen, left, right);
        for (const auto &point : points) {
            if (point.second.x() >= left - markerRadius && point.second.x() <= right + markerRadius)
                paintMarker(painter, point.second, markerRadius, curve.shape, curve.color,
                            curve.hollow);
        }
    }
    painter->restore();
    paintComparison(painter, row, exposed);
}

void CurvePainter::paintComparison(QPainter *painter, int row, const QRectF &exposed) const
{
    const Journey *other = comparedJourney();
    if (!other)
        return;
    const JourneyComparison compared = comparison(row);
    if (!compared.otherLane)
        return;
    const qreal left = exposed.isEmpty() ? -std::numeric_limits<qreal>::max() : exposed.left();
    const qreal right = exposed.isEmpty() ? std::numeric_limits<qreal>::max() : exposed.right();
    QHash<Id, const StepComparison *> byStep;
    for (const StepComparison &s : compared.steps)
        byStep.insert(s.step, &s);

    const JourneyStyle &style = mLayout.style();
    std::vector<std::pair<int, QPointF>> points;
    std::vector<std::pair<int, double>> differences;
    for (int c = 0; c < mLayout.columnCount(); ++c) {
        const StepComparison *s = byStep.value(mLayout.stepIdAt(c));
        if (!s || !s->other)
            continue;
        points.emplace_back(c, mLayout.emotionPoint(c, row, *s->other));
        if (const auto d = s->difference(); d && *d != 0)
            differences.emplace_back(c, *d);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    QPen pen(comparedColor(), 2, Qt::DashLine);
    drawCurve(painter, points, pen, left, right);
    qreal labelX = std::numeric_limits<qreal>::max();
    QPointF labelAt;
    for (const auto &point : points) {
        const QPointF &p = point.second;
        if (p.x() < left || p.x() > right)
            continue;
        painter->setPen(QPen(comparedColor(), 1.5));
        painter->setBrush(Qt::white);
        painter->drawEllipse(p, 4, 4);
        if (p.x() < labelX) {
            labelX = p.x();
            labelAt = p;
        }
    }
    QFont font = style.smallFont;
    font.setItalic(true);
    painter->setFont(font);
    if (labelX < std::numeric_limits<qreal>::max()) {
        // The other journey's name, beside its first point in view.
        const QString name
            = other->name.trimmed().isEmpty() ? tr("(unnamed journey)") : other->name;
        const QRectF label(labelAt.x() + 8, labelAt.y() - 20, style.columnWidth / 2 - 12, 16);
        painter->setPen(comparedColor());
        painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(font).elidedText(name, Qt::ElideRight, label.width()));
    }
    // Per step: how much better (▲ +2) or worse (▼ −1) the other journey is.
    QFont bold = style.smallFont;
    bold.setBold(true);
    painter->setFont(bold);
    for (const auto &[column, difference] : differences) {
        const QRectF cell = mLayout.cellRect(column, row);
        if (cell.right() < left || cell.left() > right)
            continue;
        const QRectF mark(cell.right() - 64, cell.bottom() - 20, 58, 16);
        painter->setPen(difference > 0 ? style.positive : style.negative);
        painter->drawText(mark, Qt::AlignRight | Qt::AlignVCenter,
                          (difference > 0 ? u"\u25b2 "_s : u"\u25bc "_s)
                              + formatDifference(difference));
    }
    painter->restore();
}

void CurvePainter::paintLegend(QPainter *painter, int row, qreal top) const
{
    const Lane *lane = mLayout.laneAt(row);
    const Journey *journey = mLayout.journey();
    if (!lane || lane->kind != LaneKind::Emotion || !journey)
        return;
    const std::vector<CurveInfo> shown = curves(lane->id);
    const Journey *other = comparison(row).otherLane ? comparedJourney() : nullptr;
    if (shown.empty() && !other)
        return;
    struct Entry
    {
        QString label;
        std::function<void(QPainter *, const QRectF &)> icon;
    };
    std::vector<Entry> entries;
    const QColor own = mLayout.style().emotionLine;
    entries.push_back({journey->name.trimmed().isEmpty() ? tr("This journey") : journey->name,
                       [own](QPainter *p, const QRectF &r) {
                           paintMarker(p, r.center(), 4.5, MarkerShape::Circle, own, false);
                       }});
    for (const CurveInfo &c : shown) {
        entries.push_back({c.name, [c](QPainter *p, const QRectF &r) {
                               paintMarker(p, r.center(), 4.5, c.shape, c.color, c.hollow);
                           }});
    }
    if (other) {
        entries.push_back({other->name.trimmed().isEmpty() ? tr("(unnamed journey)") : other->name,
                           [](QPainter *p, const QRectF &r) {
                               paintComparedMark(p, r);
                           }});
    }

    const JourneyStyle &s = mLayout.style();
    const QRectF header = mLayout.laneHeaderRect(row);
    const QFontMetricsF metrics(s.smallFont);
    const qreal lineHeight = metrics.height() + 3;
    const qreal x = header.left() + s.padding;
    const qreal width = header.width() - 2 * s.padding - 40; // the scale is at the right
    const int capacity = int((header.bottom() - s.padding - top) / lineHeight);
    if (capacity <= 0 || width <= 24)
        return;
    const int count = int(entries.size());
    const int listed = count > capacity ? capacity - 1 : count; // the last line: "+N more"
    painter->save();
    painter->setFont(s.smallFont);
    for (int i = 0; i < listed; ++i) {
        const qreal y = top + i * lineHeight;
        entries[size_t(i)].icon(painter, QRectF(x, y, 16, lineHeight));
        painter->setPen(s.text);
        painter->drawText(QRectF(x + 20, y, width - 20, lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(entries[size_t(i)].label, Qt::ElideRight, width - 20));
    }
    if (listed < count) {
        painter->setPen(s.secondaryText);
        painter->drawText(QRectF(x, top + listed * lineHeight, width, lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, tr("+%n more", "", count - listed));
    }
    painter->restore();
}

} // namespace Parcours
