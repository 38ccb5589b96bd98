#include "posters/journeypostercontent.h"

#include "analytics/retentionmetrics.h"
#include "domain/painseverity.h"
#include "posters/curveslegend.h"

#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// A coloured disc with a white mark, as the stage headers' pills show it.
void paintDisc(QPainter *painter, const QRectF &rect, const QColor &color,
               const std::function<void(const QRectF &)> &mark)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    const qreal d = std::min(rect.width(), rect.height());
    const QRectF disc(rect.center().x() - d / 2, rect.center().y() - d / 2, d, d);
    painter->drawEllipse(disc);
    mark(disc.adjusted(d * 0.2, d * 0.2, -d * 0.2, -d * 0.2));
    painter->restore();
}

void paintPoint(QPainter *painter, const QRectF &rect, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Qt::white, rect.height() * 0.1));
    painter->setBrush(color);
    const qreal r = rect.height() * 0.38;
    painter->drawEllipse(rect.center(), r, r);
    painter->restore();
}

// Without ligatures, so that a PDF's text reads "first", not "ﬁrst", when searched or copied:
// Qt shapes letter-spaced text without them, and 1/64 px is invisible.
QFont withoutLigatures(QFont font)
{
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return font;
}

// A blueprint line as the map draws it: solid, dashed or dash-dot, in the accent colour.
PosterLegendEntry lineEntry(const QString &label, Qt::PenStyle style, const QColor &color)
{
    return PosterLegendEntry {label,
                              [style, color](QPainter *p, const QRectF &r) {
                                  p->save();
                                  QPen pen(color, r.height() * 0.12, style);
                                  pen.setCapStyle(Qt::FlatCap);
                                  p->setPen(pen);
                                  p->drawLine(QPointF(r.left(), r.center().y()),
                                              QPointF(r.right(), r.center().y()));
                                  p->restore();
                              },
                              2};
}

// A letter in a circle, as a cell's point of failure (F) and wait (W) marks.
PosterLegendEntry letterEntry(const QString &label, const QString &letter, const QColor &color,
                              const QColor &background)
{
    return PosterLegendEntry {label,
                              [letter, color, background](QPainter *p, const QRectF &r) {
                                  p->save();
                                  p->setRenderHint(QPainter::Antialiasing);
                                  const qreal d = std::min(r.width(), r.height()) * 0.9;
                                  const QRectF disc(r.center().x() - d / 2, r.center().y() - d / 2,
                                                    d, d);
                                  p->setPen(QPen(color, d * 0.08));
                                  p->setBrush(background);
                                  p->drawEllipse(disc);
                                  QFont bold = p->font();
                                  bold.setBold(true);
                                  bold.setPixelSize(std::max(1, int(d * 0.55)));
                                  p->setFont(bold);
                                  p->drawText(disc, Qt::AlignCenter, letter);
                                  p->restore();
                              },
                              1};
}

JourneyStyle posterStyle()
{
    JourneyStyle style = JourneyStyle::standard();
    style.editorHints = false;
    for (QFont *font :
         {&style.font, &style.smallFont, &style.headerFont, &style.laneFont, &style.titleFont})
        *font = withoutLigatures(*font);
    return style;
}

} // namespace

JourneyPosterContent::JourneyPosterContent(const Workspace &workspace, Id journey,
                                           const StageFilter &filter)
    : mLayout(workspace, journey, posterStyle(), JourneyLayout::Measure::Deferred)
    , mRenderer(mLayout)
{
    mLayout.setFilter(filter);
    mLayout.setShowTitle(false);
    measure();
}

void JourneyPosterContent::measure()
{
    // Laid out once: the poster's title block shows the journey's name and its figures line
    // (the canvas title's), so the map itself goes without its title.
    mLayout.update();
    mSummary = mLayout.summaryText();
    mComments = mPrintComments ? CommentsLegend::of(mLayout) : CommentsLegend();
    mRenderer.setOverlaidBadges(mComments.markRects()); // the text beside the numbers
}

void JourneyPosterContent::setPrintComments(bool print)
{
    if (print == mPrintComments)
        return;
    mPrintComments = print;
    measure();
}

bool JourneyPosterContent::hasComments() const
{
    const Journey *journey = mLayout.journey();
    if (!journey)
        return false;
    const auto &threads = mLayout.workspace().comments;
    return std::any_of(threads.cbegin(), threads.cend(), [journey](const CommentThread &t) {
        return !t.resolved && t.target.parent == journey->id
            && (t.target.kind == CommentTarget::Kind::Cell
                || t.target.kind == CommentTarget::Kind::Stage
                || t.target.kind == CommentTarget::Kind::Step);
    });
}

bool JourneyPosterContent::offersAudience() const
{
    const Journey *journey = mLayout.journey();
    return journey && JourneyLayout::hasLanesBelowVisibility(*journey);
}

void JourneyPosterContent::setAudience(PosterSettings::Audience audience)
{
    const bool customer = audience == PosterSettings::Audience::Customer;
    if (customer == mLayout.customerViewOnly())
        return;
    mLayout.setCustomerViewOnly(customer);
    measure();
}

void JourneyPosterContent::setViewFilter(const ViewFilter &view)
{
    if (view == mLayout.viewFilter())
        return;
    mLayout.setViewFilter(view);
    measure();
}

QSizeF JourneyPosterContent::size() const
{
    const qreal m = mLayout.style().margin;
    const QSizeF s = mLayout.size();
    return s.isEmpty() ? QSizeF() : QSizeF(s.width() - 2 * m, s.height() - 2 * m);
}

qreal JourneyPosterContent::bodyTextSize() const
{
    return mLayout.style().font.pixelSize();
}

qreal JourneyPosterContent::smallestTextSize() const
{
    const JourneyStyle &s = mLayout.style();
    return std::min({s.font.pixelSize(), s.smallFont.pixelSize(), s.headerFont.pixelSize(),
                     s.laneFont.pixelSize()});
}

void JourneyPosterContent::paint(QPainter *painter, const QRectF &exposed) const
{
    const qreal m = mLayout.style().margin;
    painter->save();
    painter->translate(-m, -m);
    const QRectF area
        = exposed.isEmpty() ? QRectF(QPointF(m, m), size()) : exposed.translated(m, m);
    // The map has a margin of its own: paint only the map, not its white border.
    mRenderer.paint(painter, area.intersected(QRectF(QPointF(m, m), size())));
    mComments.paintMarks(painter, mLayout.style().smallFont);
    painter->restore();
}

PosterWrapGeometry JourneyPosterContent::wrapGeometry() const
{
    PosterWrapGeometry g;
    const JourneyStyle &s = mLayout.style();
    // Stages follow the lane headers without a gap, each as wide as its steps' columns: a row
    // never cuts a stage.
    for (int c = 0; c < mLayout.columnCount(); ++c) {
        if (c == mLayout.stageFirstColumn(c))
            g.unitWidths.push_back(qreal(mLayout.stageLastColumn(c) - c + 1) * s.columnWidth);
    }
    g.headerWidth = s.laneHeaderWidth;
    g.rowHeight = size().height();
    g.gap = 4 * bodyTextSize(); // room for the continuation markers
    return g;
}

QString JourneyPosterContent::continuedFrom(int unit) const
{
    int stage = -1; // the unit-th stage shown
    for (int c = 0; c < mLayout.columnCount(); ++c) {
        if (c == mLayout.stageFirstColumn(c) && unit-- == 0)
            stage = mLayout.stageIndexAt(c);
    }
    return tr("▸ from stage %1").arg(stage + 1);
}

QString JourneyPosterContent::shrinkAdvice() const
{
    return tr("Hide lanes or filter stages to print less.");
}

PosterHeading JourneyPosterContent::heading() const
{
    PosterHeading h;
    const Journey *journey = mLayout.journey();
    if (!journey)
        return h;
    const Workspace &w = mLayout.workspace();
    h.kind = tr("Customer journey");
    h.title = journey->name.isEmpty() ? tr("(unnamed journey)") : journey->name;
    h.description = journey->description;
    h.summary = mSummary;
    const QString workspace = w.info.name.isEmpty() ? w.info.product : w.info.name;
    if (!workspace.isEmpty()) {
        h.fields << std::pair(tr("Workspace"), workspace);
        h.documentTitle = tr("%1 — %2").arg(h.title, workspace);
    }
    if (const Persona *p = w.persona(journey->personaId))
        h.fields << std::pair(tr("Persona"), p->name);
    if (w.info.retentionType != RetentionType::Unspecified)
        h.fields << std::pair(tr("Retention"),
                              RetentionMetrics::retentionTypeName(w.info.retentionType));
    return h;
}

QList<PosterLegendSection> JourneyPosterContent::legend() const
{
    const JourneyStyle &s = mLayout.style();
    QList<PosterLegendSection> sections;

    // The assessment legend only when the map shows an assessed stage.
    bool assessed = false;
    for (int c = 0; c < mLayout.columnCount(); ++c) {
        if (const Stage *stage = mLayout.stageAt(c))
            assessed = assessed || stage->assessment != Assessment::None;
    }
    PosterLegendSection assessment {tr("Assessment"), {}};
    for (Assessment a : {Assessment::WorksWell, Assessment::NotWorkingWell, Assessment::Useless,
                         Assessment::ToReinforce, Assessment::ToAdd}) {
        if (!assessed)
            break;
        assessment.entries << PosterLegendEntry {
            assessmentLabel(a),
            [a](QPainter *p, const QRectF &r) {
                paintDisc(p, r, JourneyStyle::assessmentColor(a), [p, a](const QRectF &inner) {
                    JourneyRenderer::paintAssessmentIcon(p, inner, a, Qt::white);
                });
            },
            1};
    }
    if (!assessment.entries.isEmpty())
        sections << assessment;

    // Marks the map shows.
    bool conversion = false;
    bool value = false;
    bool emotion = false;
    for (int c = 0; c < mLayout.columnCount(); ++c) {
        if (const Stage *stage = mLayout.stageAt(c)) {
            conversion = conversion || stage->isConversion;
            value = value || stage->isValueDelivered;
        }
    }
    for (int r = 0; r < mLayout.rowCount(); ++r)
        emotion = emotion || (mLayout.laneAt(r) && mLayout.laneAt(r)->kind == LaneKind::Emotion);
    PosterLegendSection marks {tr("Marks"), {}};
    auto markEntry = [](const QString &label, JourneyRenderer::Mark mark, const QColor &color) {
        return PosterLegendEntry {label,
                                  [mark, color](QPainter *p, const QRectF &r) {
                                      paintDisc(p, r, color, [p, mark](const QRectF &inner) {
                                          JourneyRenderer::paintMarkIcon(p, inner, mark, Qt::white);
                                      });
                                  },
                                  1};
    };
    if (conversion)
        marks.entries << markEntry(tr("Conversion stage"), JourneyRenderer::Mark::Conversion,
                                   s.accent);
    if (value)
        marks.entries << markEntry(tr("Value delivered"), JourneyRenderer::Mark::ValueDelivered,
                                   s.positive);
    if (mLayout.hasTimeToValueBand()) {
        const QColor accent = s.accent;
        marks.entries << PosterLegendEntry {
            tr("Time to value: from conversion to value delivered"),
            [accent](QPainter *p, const QRectF &r) {
                p->save();
                p->setRenderHint(QPainter::Antialiasing);
                QPen pen(accent, r.height() * 0.12);
                pen.setCapStyle(Qt::RoundCap);
                p->setPen(pen);
                const qreal y = r.center().y();
                p->drawLine(QPointF(r.left(), y + r.height() * 0.25), QPointF(r.left(), y));
                p->drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
                p->drawLine(QPointF(r.right(), y), QPointF(r.right(), y + r.height() * 0.25));
                p->restore();
            },
            2};
    }
    if (!marks.entries.isEmpty())
        sections << marks;

    if (mLayout.hasFunnel()) {
        PosterLegendSection funnel {tr("Drop-off"), {}};
        const QColor bar = s.funnelBar;
        const QColor track = s.laneBackground;
        funnel.entries << PosterLegendEntry {
            tr("Customers entering the stage"),
            [bar, track](QPainter *p, const QRectF &r) {
                const QRectF t(r.left(), r.center().y() - r.height() * 0.2, r.width(),
                               r.height() * 0.4);
                p->fillRect(t, track);
                p->fillRect(QRectF(t.topLeft(), QSizeF(t.width() * 0.6, t.height())), bar);
            },
            2};
        if (mLayout.dropOff().largestDropOff())
            funnel.entries << markEntry(tr("Largest share lost between two stages"),
                                        JourneyRenderer::Mark::LargestDrop, s.negative);
        sections << funnel;
    }

    if (const PosterLegendSection blueprint = blueprintLegend(); !blueprint.entries.isEmpty())
        sections << blueprint;
    if (const PosterLegendSection severity = severityLegend(); !severity.entries.isEmpty())
        sections << severity;

    if (emotion) {
        PosterLegendSection scale {tr("Emotion"), {}};
        scale.entries << PosterLegendEntry {
            tr("Positive, up to %1").arg(formatEmotion(emotionMax, mRenderer.emotionScale())),
            [c = s.positive](QPainter *p, const QRectF &r) { paintPoint(p, r, c); }, 1};
        scale.entries << PosterLegendEntry {
            tr("Neutral, %1").arg(formatEmotion(0, mRenderer.emotionScale())),
            [c = s.secondaryText](QPainter *p, const QRectF &r) { paintPoint(p, r, c); }, 1};
        scale.entries << PosterLegendEntry {
            tr("Negative, down to %1").arg(formatEmotion(emotionMin, mRenderer.emotionScale())),
            [c = s.negative](QPainter *p, const QRectF &r) { paintPoint(p, r, c); }, 1};
        const QColor line = s.emotionLine;
        scale.entries << PosterLegendEntry {tr("Dashed: across stages without a score"),
                                            [line](QPainter *p, const QRectF &r) {
                                                p->save();
                                                p->setRenderHint(QPainter::Antialiasing);
                                                QPen pen(line, r.height() * 0.12, Qt::DashLine);
                                                p->setPen(pen);
                                                p->drawLine(QPointF(r.left(), r.center().y()),
                                                            QPointF(r.right(), r.center().y()));
                                                p->restore();
                                            },
                                            2};
        sections << scale;
    }
    if (const PosterLegendSection curves = CurvesLegend::of(mLayout); !curves.entries.isEmpty())
        sections << curves;
    if (!mComments.isEmpty()) // last: the list may be long
        sections << mComments.section();
    return sections;
}

PosterLegendSection JourneyPosterContent::severityLegend() const
{
    const JourneyStyle &s = mLayout.style();
    PosterLegendSection section {tr("Pain-point severity"), {}};
    bool used = false;
    for (int c = 0; c < mLayout.columnCount() && !used; ++c) {
        if (const Stage *stage = mLayout.stageAt(c))
            used = severityCounts(*stage).total() > 0;
    }
    if (!used)
        return section;
    const std::pair<PainSeverity, QString> entries[] = {
        {PainSeverity::Trivial, tr("%1: an annoyance, the customer goes on")},
        {PainSeverity::Workaround, tr("%1: the customer finds a way around it")},
        {PainSeverity::Abandonment, tr("%1: the customer gives up")},
    };
    for (const auto &[severity, label] : entries) {
        section.entries << PosterLegendEntry {
            label.arg(painSeverityName(severity)),
            [mark = painSeverityMark(severity), text = s.text,
             frame = s.secondaryText](QPainter *p, const QRectF &r) {
                p->save();
                p->setRenderHint(QPainter::Antialiasing);
                p->setPen(QPen(frame, r.height() * 0.06));
                p->drawRoundedRect(r.adjusted(1, 1, -1, -1), r.height() * 0.15, r.height() * 0.15);
                QFont bold = p->font();
                bold.setBold(true);
                bold.setPixelSize(std::max(1, int(r.height() * 0.55)));
                p->setFont(bold);
                p->setPen(text);
                p->drawText(r, Qt::AlignCenter, mark);
                p->restore();
            },
            2};
    }
    return section;
}

PosterLegendSection JourneyPosterContent::blueprintLegend() const
{
    const JourneyStyle &s = mLayout.style();
    PosterLegendSection section {tr("Service blueprint"), {}};
    bool grouped = false;
    QList<LaneRole> lines;
    for (int r = 0; r < mLayout.rowCount(); ++r) {
        grouped = grouped || (mLayout.laneAt(r) && !mLayout.laneAt(r)->group.isEmpty());
        if (mLayout.lineAbove(r) != LaneRole::None && !lines.contains(mLayout.lineAbove(r)))
            lines << mLayout.lineAbove(r);
    }
    if (!grouped)
        return section;
    // The lines drawn, top to bottom, with what each one separates.
    for (LaneRole line : {LaneRole::Frontstage, LaneRole::Backstage, LaneRole::Support}) {
        if (!lines.contains(line))
            continue;
        switch (line) {
        case LaneRole::Frontstage:
            section.entries << lineEntry(
                tr("%1: where the customer meets the service").arg(JourneyLayout::lineName(line)),
                Qt::SolidLine, s.accent);
            break;
        case LaneRole::Backstage:
            section.entries << lineEntry(tr("%1: below it, what the customer does not see")
                                             .arg(JourneyLayout::lineName(line)),
                                         Qt::DashLine, s.accent);
            break;
        default:
            section.entries << lineEntry(
                tr("%1: support processes and systems below it").arg(JourneyLayout::lineName(line)),
                Qt::DashDotLine, s.accent);
            break;
        }
    }
    section.entries << letterEntry(tr("Point of failure"),
                                   JourneyRenderer::tr("F", "point of failure, in a circle"),
                                   s.negative, s.background);
    section.entries << letterEntry(tr("Wait, with its note"),
                                   JourneyRenderer::tr("W", "wait, in a circle"), s.secondaryText,
                                   s.background);
    const QColor text = s.text;
    section.entries << PosterLegendEntry {
        tr("Arrow: one step leads to another, in the same stage or the next"),
        [text](QPainter *p, const QRectF &r) {
            p->save();
            p->setRenderHint(QPainter::Antialiasing);
            const qreal y = r.center().y();
            const qreal head = r.height() * 0.4;
            p->setPen(QPen(text, r.height() * 0.1));
            p->drawLine(QPointF(r.left(), y), QPointF(r.right() - head, y));
            p->setPen(Qt::NoPen);
            p->setBrush(text);
            p->drawPolygon(QPolygonF {QPointF(r.right(), y),
                                      QPointF(r.right() - head, y - head / 2),
                                      QPointF(r.right() - head, y + head / 2)});
            p->restore();
        },
        2};
    return section;
}

} // namespace Parcours
