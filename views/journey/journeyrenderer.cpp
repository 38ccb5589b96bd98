#include "journey/journeyrenderer.h"

#include "common/commenttextbeside.h"
#include "journey/curvepainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// Text and icons on a coloured fill: white, unless a light theme colour (the projector's white
// accent, its light grey) would make them vanish.
QColor inkOn(const QColor &fill)
{
    return fill.lightness() > 170 ? QColor(Qt::black) : QColor(Qt::white);
}

// The part of `line` (left to right) between x = `left` and x = `right`, its ends on those
// lines where it crosses them; `skipped` receives the length left out before it.
QPolygonF cutPolyline(const QPolygonF &line, qreal left, qreal right, qreal *skipped)
{
    QPolygonF inside;
    *skipped = 0;
    auto at = [](const QPointF &p, const QPointF &q, qreal x) {
        return p + (x - p.x()) / (q.x() - p.x()) * (q - p);
    };
    for (int i = 1; i < line.size(); ++i) {
        const QPointF &p = line[i - 1];
        const QPointF &q = line[i];
        if (q.x() < left) {
            *skipped += QLineF(p, q).length();
            continue;
        }
        if (p.x() > right)
            break;
        const QPointF from = p.x() < left ? at(p, q, left) : p;
        *skipped += QLineF(p, from).length();
        if (inside.isEmpty())
            inside << from;
        inside << (q.x() > right ? at(p, q, right) : q);
    }
    return inside;
}

constexpr qreal pillIcon = 14;
constexpr qreal pillPad = 6;
constexpr qreal pointRadius = 7;

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QPen iconPen(const QRectF &rect, const QColor &color)
{
    QPen pen(color, std::max(qreal(1.2), rect.width() / 6.5));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

// A service blueprint's line across [left, right] of a row's top band: solid for the line of
// interaction, dashed for visibility, dash-dot for internal interaction (told apart in grey
// print too).
void paintBlueprintLine(QPainter *painter, const JourneyLayout &layout, int row, qreal left,
                        qreal right)
{
    const LaneRole line = layout.lineAbove(row);
    if (line == LaneRole::None)
        return;
    const Qt::PenStyle style = line == LaneRole::Frontstage ? Qt::SolidLine
        : line == LaneRole::Backstage                       ? Qt::DashLine
                                                            : Qt::DashDotLine;
    painter->save();
    QPen pen(layout.style().accent, 2, style);
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    const qreal y = layout.lineY(row);
    painter->drawLine(QPointF(left, y), QPointF(right, y));
    painter->restore();
}

} // namespace

JourneyRenderer::JourneyRenderer(const JourneyLayout &layout)
    : mLayout(layout)
{ }

QColor JourneyRenderer::stageColor(const Stage &stage)
{
    const QColor color = QColor::fromString(stage.color);
    return color.isValid() ? color : QColor(0xb8, 0xbf, 0xc9);
}

bool JourneyRenderer::isTooSmall(QPainter *painter, const QFont &font) const
{
    if (!mGreeking)
        return false;
    const qreal scale = std::sqrt(std::abs(painter->worldTransform().determinant()));
    return font.pixelSize() * scale < 4.5;
}

void JourneyRenderer::drawText(QPainter *painter, const TextBox &text, const QPointF &topLeft,
                               const QColor &color, const QRectF &badge) const
{
    if (text.isEmpty())
        return;
    if (isTooSmall(painter, text.font())) {
        const QList<QRectF> lines = badge.isEmpty()
            ? text.lineRects()
            : CommentTextBeside(text, QPointF(), badge.translated(-topLeft)).lineRects();
        for (const QRectF &line : lines) {
            painter->fillRect(QRectF(topLeft.x() + line.x(),
                                     topLeft.y() + line.y() + line.height() * 0.25, line.width(),
                                     line.height() * 0.5),
                              withAlpha(color, 70));
        }
        return;
    }
    painter->setPen(color);
    if (badge.isEmpty())
        text.draw(painter, topLeft);
    else
        CommentTextBeside(text, topLeft, badge).draw(painter);
}

void JourneyRenderer::drawPill(QPainter *painter, const Pill &pill, const QPointF &origin,
                               const QColor &fill, const QColor &textColor) const
{
    const QRectF rect = pill.rect.translated(origin);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    drawText(painter, pill.text, pill.textPos + origin, textColor);
}

void JourneyRenderer::paintAssessmentIcon(QPainter *painter, const QRectF &r, Assessment assessment,
                                          const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(iconPen(r, color));
    painter->setBrush(Qt::NoBrush);
    const QRectF a
        = r.adjusted(r.width() * 0.15, r.height() * 0.15, -r.width() * 0.15, -r.height() * 0.15);
    switch (assessment) {
    case Assessment::None: {
        QPen pen = iconPen(r, color);
        pen.setStyle(Qt::DotLine);
        painter->setPen(pen);
        painter->drawEllipse(a);
        break;
    }
    case Assessment::WorksWell: { // check mark
        QPainterPath path;
        path.moveTo(a.left(), a.center().y());
        path.lineTo(a.left() + a.width() * 0.38, a.bottom() - a.height() * 0.1);
        path.lineTo(a.right(), a.top() + a.height() * 0.1);
        painter->drawPath(path);
        break;
    }
    case Assessment::Useless: // circle with a slash
        painter->drawEllipse(a);
        painter->drawLine(QPointF(a.left() + a.width() * 0.15, a.bottom() - a.height() * 0.15),
                          QPointF(a.right() - a.width() * 0.15, a.top() + a.height() * 0.15));
        break;
    case Assessment::NotWorkingWell: // cross
        painter->drawLine(a.topLeft(), a.bottomRight());
        painter->drawLine(a.topRight(), a.bottomLeft());
        break;
    case Assessment::ToReinforce: { // upward arrow
        QPainterPath path;
        path.moveTo(a.center().x(), a.bottom());
        path.lineTo(a.center().x(), a.top());
        path.moveTo(a.left(), a.top() + a.height() * 0.45);
        path.lineTo(a.center().x(), a.top());
        path.lineTo(a.right(), a.top() + a.height() * 0.45);
        painter->drawPath(path);
        break;
    }
    case Assessment::ToAdd: // plus
        painter->drawLine(QPointF(a.center().x(), a.top()), QPointF(a.center().x(), a.bottom()));
        painter->drawLine(QPointF(a.left(), a.center().y()), QPointF(a.right(), a.center().y()));
        break;
    }
    painter->restore();
}

void JourneyRenderer::paintMarkIcon(QPainter *painter, const QRectF &r, Mark mark,
                                    const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(iconPen(r, color));
    const QRectF a
        = r.adjusted(r.width() * 0.15, r.height() * 0.12, -r.width() * 0.15, -r.height() * 0.12);
    switch (mark) {
    case Mark::Conversion: { // flag
        painter->drawLine(a.bottomLeft(), a.topLeft());
        QPainterPath flag;
        flag.moveTo(a.topLeft());
        flag.lineTo(a.right(), a.top() + a.height() * 0.27);
        flag.lineTo(a.left(), a.top() + a.height() * 0.55);
        flag.closeSubpath();
        painter->setBrush(color);
        painter->drawPath(flag);
        break;
    }
    case Mark::ValueDelivered: { // star
        QPainterPath star;
        const QPointF c = a.center();
        const qreal outer = a.width() / 2 + 1;
        const qreal inner = outer * 0.45;
        for (int i = 0; i < 10; ++i) {
            const qreal angle = -M_PI / 2 + i * M_PI / 5;
            const qreal radius = i % 2 ? inner : outer;
            const QPointF p(c.x() + radius * std::cos(angle), c.y() + radius * std::sin(angle));
            if (i == 0)
                star.moveTo(p);
            else
                star.lineTo(p);
        }
        star.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPath(star);
        break;
    }
    case Mark::LargestDrop: { // downward arrow
        QPainterPath path;
        path.moveTo(a.center().x(), a.top());
        path.lineTo(a.center().x(), a.bottom());
        path.moveTo(a.left(), a.top() + a.height() * 0.55);
        path.lineTo(a.center().x(), a.bottom());
        path.lineTo(a.right(), a.top() + a.height() * 0.55);
        painter->drawPath(path);
        break;
    }
    }
    painter->restore();
}

QIcon JourneyRenderer::assessmentIcon(Assessment assessment)
{
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        const QColor color = JourneyStyle::assessmentColor(assessment);
        if (assessment == Assessment::None) {
            paintAssessmentIcon(&p, QRectF(0, 0, size, size), assessment, color);
        } else {
            p.setBrush(color);
            p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
            paintAssessmentIcon(&p, QRectF(size * 0.2, size * 0.2, size * 0.6, size * 0.6),
                                assessment, Qt::white);
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void JourneyRenderer::paint(QPainter *painter, const QRectF &exposed) const
{
    const QRectF area = exposed.isEmpty() ? mLayout.bounds() : exposed;
    auto visible = [&area](const QRectF &r) {
        return r.intersects(area);
    };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintBackground(painter, area);
    if (mLayout.showTitle() && visible(mLayout.titleRect()))
        paintTitle(painter);
    if (mLayout.hasTimeToValueBand() && visible(mLayout.timeToValueRect()))
        paintTimeToValue(painter);
    if (visible(mLayout.cornerRect()))
        paintCorner(painter);
    if (mLayout.columnCount() == 0)
        paintEmpty(painter);
    const int first = std::max(0, mLayout.columnAtX(area.left()));
    int last = mLayout.columnAtX(area.right());
    if (last < 0)
        last = mLayout.columnCount() - 1;
    // A stage's header and funnel cell once, across its columns in view: a poster row that
    // starts inside a stage repeats its header there.
    for (int c = first; c <= last; ++c) {
        if (c != first && c != mLayout.stageFirstColumn(c))
            continue;
        const int to = std::min(last, mLayout.stageLastColumn(c));
        if (visible(mLayout.headerRect(c)))
            paintStageHeader(painter, c, to);
        if (mLayout.hasFunnel() && visible(mLayout.funnelRect(c)))
            paintFunnel(painter, c, to);
    }
    for (int c = first; c <= last && mLayout.hasStepRow(); ++c) {
        if (visible(mLayout.stepHeaderRect(c)))
            paintStepHeader(painter, c);
    }
    if (mLayout.hasFunnel() && visible(mLayout.funnelLabelRect()))
        paintFunnelLabel(painter);
    for (int r = 0; r < mLayout.rowCount(); ++r) {
        if (!visible(mLayout.laneHeaderRect(r).united(mLayout.rowRect(r))))
            continue;
        if (visible(mLayout.laneHeaderRect(r)))
            paintLaneHeader(painter, r);
        for (int c = first; c <= last; ++c) {
            if (visible(mLayout.cellRect(c, r)))
                paintCell(painter, c, r);
        }
        if (mLayout.laneAt(r) && mLayout.laneAt(r)->kind == LaneKind::Emotion) {
            paintEmotionCurve(painter, r, area);
            paintPersonaCurves(painter, r, area);
            for (int c = first; c <= last; ++c) {
                const Step *step = mLayout.stepAt(c);
                const auto score
                    = step ? step->cells.value(mLayout.laneIdAt(r)).emotion : std::nullopt;
                if (score)
                    paintEmotionPoint(painter, c, r, *score);
            }
        }
    }
    paintArrows(painter);
    painter->restore();
}

void JourneyRenderer::paintArrows(QPainter *painter) const
{
    const JourneyStyle &s = mLayout.style();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = s.text;
    for (int c = 0; c < mLayout.columnCount(); ++c) {
        const Step *step = mLayout.stepAt(c);
        if (!step)
            continue;
        for (auto it = step->cells.cbegin(); it != step->cells.cend(); ++it) {
            const int r = mLayout.rowOf(it.key());
            if (r < 0 || it->arrows.empty())
                continue;
            const QRectF from = mLayout.contentRect(c, r);
            for (const CellArrow &arrow : it->arrows) {
                const int tc = mLayout.columnOfStep(arrow.step);
                const int tr = mLayout.rowOf(arrow.lane);
                if (tc < 0 || tr < 0)
                    continue; // hidden, or gone
                const QRectF to = mLayout.contentRect(tc, tr);
                // Same step: top or bottom edge; other steps: facing sides.
                QPointF a;
                QPointF b;
                if (tc == c) {
                    const qreal x = from.center().x() + from.width() / 4;
                    a = QPointF(x, tr > r ? from.bottom() : from.top());
                    b = QPointF(x, tr > r ? to.top() - 2 : to.bottom() + 2);
                } else {
                    a = QPointF(tc > c ? from.right() + 4 : from.left() - 4, from.center().y());
                    b = QPointF(tc > c ? to.left() - 2 : to.right() + 2, to.center().y());
                }
                QPen pen(color, 1.6);
                pen.setCapStyle(Qt::RoundCap);
                painter->setPen(pen);
                painter->drawLine(a, b);
                // The head: a filled triangle at b.
                const QLineF line(a, b);
                if (line.length() < 1)
                    continue;
                const QPointF unit = (b - a) / line.length();
                const QPointF normal(-unit.y(), unit.x());
                const qreal size = 8;
                const QPolygonF head {b, b - unit * size + normal * size / 2,
                                      b - unit * size - normal * size / 2};
                painter->setBrush(color);
                painter->drawPolygon(head);
            }
        }
    }
    painter->restore();
}

void JourneyRenderer::paintBackground(QPainter *painter, const QRectF &rect) const
{
    painter->fillRect(rect, mLayout.style().background);
}

void JourneyRenderer::paintTitle(QPainter *painter) const
{
    const JourneyStyle &s = mLayout.style();
    const TitleBox &t = mLayout.titleBox();
    const QPointF o = mLayout.titleRect().topLeft();
    drawText(painter, t.title, o, s.text);
    drawText(painter, t.subtitle, o + QPointF(0, t.subtitleY), s.secondaryText);
    drawText(painter, t.summary, o + QPointF(0, t.summaryY), s.text);
}

void JourneyRenderer::paintTimeToValue(QPainter *painter) const
{
    const JourneyStyle &s = mLayout.style();
    const QRectF r = mLayout.timeToValueRect();
    const TextBox &text = mLayout.timeToValueText();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(s.accent, 2);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    const qreal y = r.bottom() - 5;
    painter->drawLine(QPointF(r.left(), y + 5), QPointF(r.left(), y));
    painter->drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    painter->drawLine(QPointF(r.right(), y), QPointF(r.right(), y + 5));
    const qreal x = std::max(r.left(), r.center().x() - text.size().width() / 2);
    const QRectF label(x - 4, r.top(), text.size().width() + 8, text.height() + 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(s.background);
    painter->drawRect(label);
    painter->restore();
    drawText(painter, text, QPointF(x, r.top()), s.accent);
}

void JourneyRenderer::paintCorner(QPainter *painter) const
{
    const JourneyStyle &s = mLayout.style();
    const QRectF r = mLayout.cornerRect();
    painter->fillRect(r, s.laneBackground);
    painter->setPen(QPen(s.grid, 1));
    painter->drawLine(r.bottomLeft(), r.bottomRight());
    painter->drawLine(r.topRight(), r.bottomRight());
}

void JourneyRenderer::paintStageHeader(QPainter *painter, int column, int lastColumn) const
{
    const Stage *stage = mLayout.stageAt(column);
    if (!stage)
        return;
    const JourneyStyle &s = mLayout.style();
    const StageHeaderBox &box = mLayout.headerBox(column);
    const QRectF r = stagePart(mLayout.headerRect(column), column, lastColumn);
    QColor background = s.headerBackground;
    if (stage->assessment != Assessment::None)
        background = blend(background, JourneyStyle::assessmentColor(stage->assessment), 0.12);
    painter->fillRect(r, background);
    painter->fillRect(QRectF(r.left(), r.top(), r.width(), s.colorBand), stageColor(*stage));
    painter->setPen(QPen(s.grid, 1));
    painter->drawLine(r.topRight(), r.bottomRight());
    painter->drawLine(r.bottomLeft(), r.bottomRight());

    const QPointF o(r.left() + s.padding, r.top() + s.colorBand + s.padding);
    // Number disc; from stage 100 a pill as wide as the number needs within the space before
    // the name, at the small font's size: it stays the smallest text a poster prints and
    // reports. Only from stage 1000 (four digits) does the number shrink to fit.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont numberFont = s.smallFont;
    numberFont.setBold(true);
    const QString number = QString::number(mLayout.stageIndexAt(column) + 1);
    const qreal widest = s.numberWidth - 2;
    qreal advance = QFontMetricsF(numberFont).horizontalAdvance(number);
    if (advance + 2 > widest) {
        numberFont.setPixelSize(
            std::max(1, int(std::floor(numberFont.pixelSize() * (widest - 2) / advance))));
        advance = QFontMetricsF(numberFont).horizontalAdvance(number);
    }
    const QRectF disc(o.x(), o.y() + 1, std::clamp(advance + 2, qreal(22), widest), 22);
    painter->setPen(Qt::NoPen);
    painter->setBrush(s.secondaryText);
    painter->drawRoundedRect(disc, 11, 11);
    if (!isTooSmall(painter, numberFont)) {
        painter->setFont(numberFont);
        painter->setPen(inkOn(s.secondaryText));
        painter->drawText(disc, Qt::AlignCenter, number);
    }
    painter->restore();

    const CommentTarget commentTarget = CommentTarget::stage(mLayout.journey()->id, stage->id);
    const QRectF commentBadge = commentBadgeRect(r, commentTarget);
    const QRectF band = badgeBand(r, commentBadge, stage->id, 0);
    drawText(painter, box.name, o + QPointF(s.numberWidth, 2), s.text, band);
    drawText(painter, box.description, o + QPointF(0, box.descriptionY), s.secondaryText, band);
    if (!box.conversion.isEmpty()) {
        drawPill(painter, box.conversion, o, s.accent, inkOn(s.accent));
        const QRectF icon(o.x() + box.conversion.rect.left() + pillPad,
                          o.y() + box.conversion.rect.center().y() - pillIcon / 2, pillIcon,
                          pillIcon);
        paintMarkIcon(painter, icon, Mark::Conversion, inkOn(s.accent));
    }
    if (!box.valueDelivered.isEmpty()) {
        drawPill(painter, box.valueDelivered, o, s.positive, inkOn(s.positive));
        const QRectF icon(o.x() + box.valueDelivered.rect.left() + pillPad,
                          o.y() + box.valueDelivered.rect.center().y() - pillIcon / 2, pillIcon,
                          pillIcon);
        paintMarkIcon(painter, icon, Mark::ValueDelivered, inkOn(s.positive));
    }
    if (!box.assessment.isEmpty()) {
        const QColor color = JourneyStyle::assessmentColor(stage->assessment);
        drawPill(painter, box.assessment, o, color, Qt::white);
        const QRectF icon(o.x() + box.assessment.rect.left() + pillPad,
                          o.y() + box.assessment.rect.center().y() - pillIcon / 2, pillIcon,
                          pillIcon);
        paintAssessmentIcon(painter, icon, stage->assessment, Qt::white);
    }
    drawText(painter, box.meta, o + QPointF(0, box.metaY), s.secondaryText, band);
    paintBadge(painter, r, stage->id, 0);
    paintCommentBadge(painter, commentBadge, commentTarget);
}

void JourneyRenderer::paintFunnelLabel(QPainter *painter) const
{
    const JourneyStyle &s = mLayout.style();
    const QRectF r = mLayout.funnelLabelRect();
    painter->fillRect(r, s.laneBackground);
    painter->setPen(QPen(s.grid, 1));
    painter->drawLine(r.bottomLeft(), r.bottomRight());
    painter->drawLine(r.topRight(), r.bottomRight());
    drawText(painter, mLayout.funnelLabel(), r.topLeft() + QPointF(s.padding, s.padding), s.text);
}

void JourneyRenderer::paintStepHeader(QPainter *painter, int column) const
{
    const JourneyStyle &s = mLayout.style();
    const QRectF r = mLayout.stepHeaderRect(column);
    painter->fillRect(r, s.headerBackground);
    painter->setPen(QPen(s.grid, 1));
    painter->drawLine(r.bottomLeft(), r.bottomRight());
    // A stage's last step closes the stage with a solid line; steps inside it, a dotted one.
    if (column != mLayout.stageLastColumn(column))
        painter->setPen(QPen(s.grid, 1, Qt::DotLine));
    painter->drawLine(r.topRight(), r.bottomRight());
    const TextBox &name = mLayout.stepNameBox(column);
    const Step *step = mLayout.stepAt(column);
    const CommentTarget commentTarget
        = CommentTarget::step(mLayout.journey()->id, step ? step->id : 0);
    const QRectF commentBadge = step ? commentBadgeRect(r, commentTarget) : QRectF();
    drawText(
        painter, name, QPointF(r.left() + s.padding, r.top() + (r.height() - name.height()) / 2),
        step && step->name.isEmpty() ? s.secondaryText : s.text, badgeBand(r, commentBadge, 0, 0));
    paintCommentBadge(painter, commentBadge, commentTarget);
}

QRectF JourneyRenderer::stagePart(const QRectF &stageRect, int column, int lastColumn) const
{
    if (lastColumn < 0)
        lastColumn = mLayout.stageLastColumn(column);
    const qreal left = mLayout.columnRect(column).left();
    const qreal right = mLayout.columnRect(lastColumn).right();
    return QRectF(left, stageRect.top(), right - left, stageRect.height());
}

void JourneyRenderer::paintFunnel(QPainter *painter, int column, int lastColumn) const
{
    const JourneyStyle &s = mLayout.style();
    const QRectF r = stagePart(mLayout.funnelRect(column), column, lastColumn);
    const FunnelBox &box = mLayout.funnelBox(column);
    const bool largest = !box.largest.isEmpty();
    painter->fillRect(r, largest ? blend(s.background, s.negative, 0.08) : s.background);
    painter->setPen(QPen(s.grid, 1));
    painter->drawLine(r.topRight(), r.bottomRight());
    painter->drawLine(r.bottomLeft(), r.bottomRight());
    const QPointF o(r.left() + s.padding, r.top() + s.padding);
    const qreal width = r.width() - 2 * s.padding;
    drawText(painter, box.count, o, box.barShare < 0 ? s.secondaryText : s.text);
    const QRectF track(o.x(), o.y() + box.barY, width, s.funnelBarHeight);
    painter->fillRect(track, s.laneBackground);
    if (box.barShare > 0)
        painter->fillRect(QRectF(track.topLeft(), QSizeF(width * box.barShare, track.height())),
                          s.funnelBar);
    const QColor dropColor = largest ? s.negative : (box.gain ? s.positive : s.secondaryText);
    drawText(painter, box.drop, o + QPointF(0, box.dropY), dropColor);
    if (largest) {
        drawPill(painter, box.largest, o, s.negative, Qt::white);
        const QRectF icon(o.x() + box.largest.rect.left() + pillPad,
                          o.y() + box.largest.rect.center().y() - pillIcon / 2, pillIcon, pillIcon);
        paintMarkIcon(painter, icon, Mark::LargestDrop, Qt::white);
    }
}

void JourneyRenderer::paintLaneHeader(QPainter *painter, int row) const
{
    const JourneyStyle &s = mLayout.style();
    const QRectF r = mLayout.laneHeaderRect(row);
    const LaneHeaderBox &box = mLayout.laneHeaderBox(row);
    painter->fillRect(r, s.laneBackground);
    painter->setPen(QPen(s.grid, 1));
    painter->drawLine(r.bottomLeft(), r.bottomRight());
    painter->drawLine(r.topRight(), r.bottomRight());
    const QPointF o(r.left() + s.padding, r.top() + s.padding + mLayout.lineBand(row));
    drawText(painter, box.name, o, s.text);
    drawText(painter, box.caption, o + QPointF(0, box.captionY), s.secondaryText);
    if (const TextBox &label = mLayout.lineLabel(row); !label.isEmpty()) {
        // The line's name at the left, on the line, the line running on after it.
        const QPointF at(r.left() + s.padding, mLayout.lineY(row) - label.height() / 2);
        paintBlueprintLine(painter, mLayout, row, at.x() + label.size().width() + s.spacing,
                           r.right());
        drawText(painter, label, at, s.accent);
    }
    const Lane *lane = mLayout.laneAt(row);
    if (!lane || lane->kind != LaneKind::Emotion || isTooSmall(painter, s.smallFont))
        return;
    // The curves' legend (issue 18), under the lane's name.
    CurvePainter(mLayout, mHiddenCurves)
        .paintLegend(
            painter, row,
            o.y()
                + (box.caption.isEmpty() ? box.name.height() : box.captionY + box.caption.height())
                + s.spacing);
    // The scale: +2, 0 and −2 (or 5, 3 and 1) at the height of the curve.
    const QRectF plot = mLayout.emotionPlotRect(row);
    painter->save();
    painter->setFont(s.smallFont);
    for (double v : {emotionMax, 0.0, emotionMin}) {
        const qreal y = plot.top() + (emotionMax - v) / (emotionMax - emotionMin) * plot.height();
        const QRectF label(r.right() - 44, y - 9, 36, 18);
        painter->setPen(v > 0 ? s.positive : (v < 0 ? s.negative : s.secondaryText));
        painter->drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                          formatEmotion(v, mEmotionScale));
    }
    painter->restore();
}

void JourneyRenderer::paintCell(QPainter *painter, int column, int row) const
{
    const JourneyStyle &s = mLayout.style();
    const QRectF r = mLayout.cellRect(column, row);
    painter->fillRect(r, row % 2 ? s.alternateRow : s.background);
    painter->setPen(QPen(s.grid, 1));
    painter->drawLine(r.topRight(), r.bottomRight());
    painter->drawLine(r.bottomLeft(), r.bottomRight());
    const Lane *lane = mLayout.laneAt(row);
    if (!lane)
        return;
    paintBlueprintLine(painter, mLayout, row, r.left(), r.right());
    const CellBox &box = mLayout.cellBox(column, row);
    const QPointF o(r.left() + s.padding, r.top() + s.padding + mLayout.lineBand(row));
    const CommentTarget commentTarget
        = CommentTarget::cell(mLayout.journey()->id, mLayout.stepIdAt(column), lane->id);
    const QRectF commentBadge = commentBadgeRect(r, commentTarget);
    const Id step = mLayout.stepIdAt(column); // cell links name a step
    const QRectF band = badgeBand(r, commentBadge, step, lane->id);
    switch (lane->kind) {
    case LaneKind::Text:
        // Severity marks: the symbol and letter in a thin frame; the text's colour, so they
        // read in both themes and never by colour alone.
        for (const CellBox::SeverityMark &mark : box.severityMarks) {
            const QRectF frame
                = QRectF(o + QPointF(0, mark.y), mark.mark.size()).adjusted(-1, 1, 3, -1);
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(QPen(s.secondaryText, 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(frame, 3, 3);
            painter->restore();
            drawText(painter, mark.mark, o + QPointF(1, mark.y), s.text);
        }
        drawText(painter, box.text, o + QPointF(box.textX, 0), s.text, band);
        break;
    case LaneKind::Chips: paintChips(painter, box, o, band); break;
    case LaneKind::Kpi:
        for (const CellBox::Kpi &kpi : box.kpis) {
            drawText(painter, kpi.name, o + QPointF(0, kpi.y), s.secondaryText, band);
            drawText(painter, kpi.value, o + QPointF(0, kpi.valueY), s.text, band);
        }
        break;
    case LaneKind::Emotion: {
        const QRectF plot = mLayout.emotionPlotRect(row);
        const qreal zero = plot.center().y();
        QPen pen(s.grid, 1, Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(QPointF(r.left(), zero), QPointF(r.right(), zero));
        painter->setPen(QPen(withAlpha(s.grid, 110), 1, Qt::DotLine));
        painter->drawLine(QPointF(r.left(), plot.top()), QPointF(r.right(), plot.top()));
        painter->drawLine(QPointF(r.left(), plot.bottom()), QPointF(r.right(), plot.bottom()));
        break;
    }
    }
    if (box.marksY >= 0)
        paintMarks(painter, box, o + QPointF(0, box.marksY), band);
    paintBadge(painter, r, step, lane->id);
    paintCommentBadge(painter, commentBadge, commentTarget);
}

QRectF JourneyRenderer::commentBadgeRect(const QRectF &rect, const CommentTarget &target) const
{
    // Nothing commented: no work per item.
    if (!mComments || mComments->isEmpty() || mComments->at(target) == 0)
        return {};
    return CommentCounts::rectIn(rect);
}

void JourneyRenderer::paintCommentBadge(QPainter *painter, const QRectF &badge,
                                        const CommentTarget &target) const
{
    if (!badge.isEmpty())
        CommentCounts::paint(painter, badge, CommentCounts::countText(mComments->at(target)),
                             mLayout.style().smallFont);
}

QRectF JourneyRenderer::badgeBand(const QRectF &rect, const QRectF &commentBadge, Id stage,
                                  Id lane) const
{
    QRectF band = commentBadge;
    if (mBadges && (stage || lane) && !mBadges->at(stage, lane).isEmpty())
        band = band.isEmpty() ? OpportunityBadges::rectIn(rect)
                              : band.united(OpportunityBadges::rectIn(rect));
    for (const QRectF &overlaid : mOverlaidBadges) {
        if (rect.contains(overlaid))
            band = band.isEmpty() ? overlaid : band.united(overlaid);
    }
    return band;
}

void JourneyRenderer::paintChips(QPainter *painter, const CellBox &box, const QPointF &at,
                                 const QRectF &band) const
{
    const JourneyStyle &s = mLayout.style();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Pill &chip : box.chips) {
        QRectF rect = chip.rect.translated(at);
        const QPointF textPos = chip.textPos + at;
        const bool beside = !band.isEmpty() && rect.top() < band.bottom()
            && rect.bottom() > band.top() && rect.right() > band.left() - CommentTextBeside::gap;
        if (!beside) {
            painter->setPen(QPen(s.chipBorder, 1));
            painter->setBrush(s.chipBackground);
            painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            drawText(painter, chip.text, textPos, s.text);
            continue;
        }
        // Every line of the chip's text elided before the band less the chip's right
        // padding (a pill has one right edge), the chip closed after it; nothing when no
        // letter fits.
        const qreal padding = textPos.x() - rect.left();
        const QRectF textBand(band.left() - padding, rect.top(), band.width() + padding,
                              rect.height());
        const CommentTextBeside text(chip.text, textPos, textBand);
        qreal right = rect.left(); // the text's, elided
        for (const QRectF &line : text.lineRects()) {
            if (line.width() > 0)
                right = std::max(right, line.right());
        }
        if (right <= rect.left())
            continue;
        rect.setRight(right + padding);
        painter->setPen(QPen(s.chipBorder, 1));
        painter->setBrush(s.chipBackground);
        painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        if (isTooSmall(painter, chip.text.font())) {
            drawText(painter, chip.text, textPos, s.text, textBand);
        } else {
            painter->setPen(s.text);
            text.draw(painter);
        }
    }
    painter->restore();
}

void JourneyRenderer::paintBadge(QPainter *painter, const QRectF &rect, Id stage, Id lane) const
{
    if (!mBadges)
        return;
    const qsizetype count = mBadges->at(stage, lane).size();
    if (count == 0)
        return;
    // A diamond and the count: the opportunities pointing here (the canvas lists them).
    const JourneyStyle &s = mLayout.style();
    const QRectF badge = OpportunityBadges::rectIn(rect);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(s.accent);
    painter->drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
    QFont bold = s.smallFont;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, u"◆ %1"_s.arg(count));
    painter->restore();
}

void JourneyRenderer::paintMarks(QPainter *painter, const CellBox &box, const QPointF &at,
                                 const QRectF &band) const
{
    // Letters in circles, as service blueprints draw them; colour only adds to the letter.
    const JourneyStyle &s = mLayout.style();
    const qreal d = s.badgeHeight - 4;
    qreal x = at.x();
    const auto circle = [&](const QString &letter, const QColor &color) {
        const QRectF disc(x + 0.5, at.y() + 2, d, d);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(color, 1.5));
        painter->setBrush(s.background);
        painter->drawEllipse(disc);
        QFont bold = s.smallFont;
        bold.setBold(true);
        painter->setFont(bold);
        painter->drawText(disc, Qt::AlignCenter, letter);
        painter->restore();
        x += s.badgeHeight + s.spacing;
    };
    if (box.failurePoint)
        circle(tr("F", "point of failure, in a circle"), s.negative);
    if (box.waits) {
        circle(tr("W", "wait, in a circle"), s.secondaryText);
        drawText(painter, box.wait, QPointF(x, at.y() + 3), s.text, band);
    }
}

void JourneyRenderer::paintEmotionCurve(QPainter *painter, int row, const QRectF &exposed) const
{
    const Lane *lane = mLayout.laneAt(row);
    if (!lane)
        return;
    const JourneyStyle &s = mLayout.style();
    int first = 0;
    int last = mLayout.columnCount() - 1;
    if (!exposed.isEmpty()) { // one point beyond each side, for the segments entering the view
        const int left = mLayout.columnAtX(exposed.left());
        const int right = mLayout.columnAtX(exposed.right());
        first = left < 0 ? 0 : left;
        last = right < 0 ? last : right;
        while (first > 0
               && !(mLayout.stepAt(first) && mLayout.stepAt(first)->cells.value(lane->id).emotion))
            --first;
        if (first > 0)
            --first;
        while (last < mLayout.columnCount() - 1
               && !(mLayout.stepAt(last) && mLayout.stepAt(last)->cells.value(lane->id).emotion))
            ++last;
        if (last < mLayout.columnCount() - 1)
            ++last;
    }
    struct Point
    {
        int column;
        QPointF pos;
    };
    std::vector<Point> points;
    for (int c = first; c <= last; ++c) {
        const Step *step = mLayout.stepAt(c);
        if (!step)
            continue;
        if (const auto score = step->cells.value(lane->id).emotion)
            points.push_back({c, mLayout.emotionPoint(c, row, *score)});
    }
    if (points.size() < 2)
        return;
    const QRectF plot = mLayout.emotionPlotRect(row);
    const qreal zero = plot.center().y();
    auto segment = [](QPainterPath &path, const QPointF &a, const QPointF &b) {
        const qreal dx = (b.x() - a.x()) / 2;
        path.cubicTo(QPointF(a.x() + dx, a.y()), QPointF(b.x() - dx, b.y()), b);
    };
    QPainterPath curve(points.front().pos);
    for (size_t i = 1; i < points.size(); ++i)
        segment(curve, points[i - 1].pos, points[i].pos);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Area between the curve and neutral: green above, red below.
    QPainterPath area = curve;
    area.lineTo(points.back().pos.x(), zero);
    area.lineTo(points.front().pos.x(), zero);
    area.closeSubpath();
    // Everything is cut to the exposed columns geometrically: SVG output ignores clipping, and
    // a wrapped poster's row would otherwise show the curve running on past its end.
    const qreal cutLeft = exposed.isEmpty() ? points.front().pos.x() : exposed.left();
    const qreal cutRight = exposed.isEmpty() ? points.back().pos.x() : exposed.right();
    const qreal spanLeft = std::max(points.front().pos.x(), cutLeft);
    const qreal spanRight = std::min(points.back().pos.x(), cutRight);
    const QRectF span(spanLeft, plot.top() - 20, std::max(qreal(0), spanRight - spanLeft),
                      plot.height() + 40);
    painter->setPen(Qt::NoPen);
    // Split by path intersection rather than clipping: SVG output ignores clips.
    QPainterPath above;
    QPainterPath below;
    above.addRect(QRectF(span.left(), span.top(), span.width(), zero - span.top()));
    below.addRect(QRectF(span.left(), zero, span.width(), span.bottom() - zero));
    painter->fillPath(area.intersected(above), withAlpha(s.positive, 40));
    painter->fillPath(area.intersected(below), withAlpha(s.negative, 40));

    // The curve: solid between neighbouring stages, dashed across stages without a score.
    QPen solid(s.emotionLine, 3);
    solid.setCapStyle(Qt::RoundCap);
    QPen dashed = solid;
    dashed.setWidthF(2);
    dashed.setStyle(Qt::DashLine);
    painter->setBrush(Qt::NoBrush);
    // A segment crossing a cut is drawn as the part of its flattened line inside, reaching half
    // a pen beyond the cut so that a clipped repaint on screen leaves no notch.
    const qreal reach = solid.widthF() / 2;
    for (size_t i = 1; i < points.size(); ++i) {
        const QPointF &a = points[i - 1].pos;
        const QPointF &b = points[i].pos;
        if (b.x() < cutLeft - reach || a.x() > cutRight + reach)
            continue;
        QPainterPath path(a);
        segment(path, a, b);
        QPen pen = points[i].column - points[i - 1].column > 1 ? dashed : solid;
        if (a.x() >= cutLeft - reach && b.x() <= cutRight + reach) {
            painter->setPen(pen);
            painter->drawPath(path);
            continue;
        }
        qreal skipped = 0; // the length cut off at the start, for the dashes to stay in step
        const QPolygonF line = cutPolyline(path.toSubpathPolygons().value(0), cutLeft - reach,
                                           cutRight + reach, &skipped);
        if (line.size() < 2)
            continue;
        pen.setCapStyle(Qt::FlatCap);
        if (pen.style() != Qt::SolidLine)
            pen.setDashOffset(skipped / pen.widthF());
        painter->setPen(pen);
        painter->drawPolyline(line);
    }
    painter->restore();
}

void JourneyRenderer::paintPersonaCurves(QPainter *painter, int row, const QRectF &exposed) const
{
    CurvePainter(mLayout, mHiddenCurves).paintCurves(painter, row, exposed);
}

void JourneyRenderer::paintEmotionPoint(QPainter *painter, int column, int row, double score,
                                        bool highlighted) const
{
    const JourneyStyle &s = mLayout.style();
    const QPointF p = mLayout.emotionPoint(column, row, score);
    const QColor fill = score > 0 ? s.positive : (score < 0 ? s.negative : s.secondaryText);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal radius = highlighted ? pointRadius + 2 : pointRadius;
    painter->setPen(QPen(Qt::white, 2));
    painter->setBrush(fill);
    painter->drawEllipse(p, radius, radius);
    QFont font = s.smallFont;
    font.setBold(true);
    if (!isTooSmall(painter, font)) {
        painter->setFont(font);
        painter->setPen(fill.darker(115));
        // Below the point near the top, above it elsewhere, never outside the row.
        const bool below = score > 1;
        const QRectF label(p.x() - 30, below ? p.y() + radius + 1 : p.y() - radius - 19, 60, 18);
        painter->drawText(label, Qt::AlignCenter, formatEmotion(score, mEmotionScale));
    }
    painter->restore();
}

void JourneyRenderer::paintEmpty(QPainter *painter) const
{
    const JourneyStyle &s = mLayout.style();
    const QRectF corner = mLayout.cornerRect();
    const QRectF r(corner.right(), corner.top(), 2 * s.columnWidth, corner.height());
    painter->save();
    painter->setPen(QPen(s.grid, 1, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(r.adjusted(4, 4, -4, -4));
    painter->restore();
    const TextBox &text = mLayout.emptyText();
    drawText(painter, text, QPointF(r.left() + s.padding, r.center().y() - text.height() / 2),
             s.secondaryText);
}

} // namespace Parcours
