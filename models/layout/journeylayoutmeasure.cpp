#include "layout/journeylayout.h"

#include "domain/painseverity.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

// Text measuring: wrapped text boxes, the standard style, and what each header, cell, funnel
// step and the title need, measured once and cached by JourneyLayout.

namespace Parcours {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::JourneyLayout", text);
}

constexpr qreal pillIcon = 14;
constexpr qreal pillPad = 6;
constexpr qreal pillGap = 5;
QFont pixelFont(const QString &family, int pixels, bool bold = false)
{
    QFont font(family);
    font.setPixelSize(pixels);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

// A pill whose top-left is at `origin`, at most `maxWidth` wide.
Pill makePill(const QString &label, const QFont &font, qreal maxWidth, const QPointF &origin,
              qreal minHeight)
{
    Pill pill;
    const qreal chrome = pillPad + pillIcon + pillGap + pillPad;
    pill.text = TextBox(label, font, std::max(qreal(20), maxWidth - chrome));
    const qreal h = std::max(minHeight, pill.text.height() + 6);
    pill.rect = QRectF(origin, QSizeF(std::min(maxWidth, chrome + pill.text.size().width()), h));
    pill.textPos = QPointF(origin.x() + pillPad + pillIcon + pillGap,
                           origin.y() + (h - pill.text.height()) / 2);
    return pill;
}

} // namespace

// --- TextBox -----------------------------------------------------------------------------

TextBox::TextBox(const QString &text, const QFont &font, qreal width)
{
    if (text.isEmpty())
        return;
    QString t = text;
    t.replace(u'\n', QChar::LineSeparator);
    auto layout = std::make_shared<QTextLayout>(t, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    qreal y = 0;
    qreal widest = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        widest = std::max(widest, line.naturalTextWidth());
    }
    layout->endLayout();
    mLayout = std::move(layout);
    mSize = QSizeF(std::min(widest, width), y);
}

QString TextBox::text() const
{
    if (!mLayout)
        return {};
    QString t = mLayout->text();
    t.replace(QChar::LineSeparator, u'\n');
    return t;
}

QFont TextBox::font() const
{
    return mLayout ? mLayout->font() : QFont();
}

int TextBox::lineCount() const
{
    return mLayout ? mLayout->lineCount() : 0;
}

QList<qreal> TextBox::paragraphTops() const
{
    QList<qreal> tops;
    if (!mLayout)
        return tops;
    const QString t = mLayout->text();
    int start = 0;
    for (int i = 0; i < mLayout->lineCount(); ++i) {
        const QTextLine line = mLayout->lineAt(i);
        if (line.textStart() >= start) {
            tops << line.y();
            const qsizetype separator = t.indexOf(QChar::LineSeparator, line.textStart());
            start = separator < 0 ? int(t.size()) + 1 : int(separator) + 1;
        }
    }
    return tops;
}

QList<QRectF> TextBox::lineRects() const
{
    QList<QRectF> rects;
    if (!mLayout)
        return rects;
    for (int i = 0; i < mLayout->lineCount(); ++i) {
        const QTextLine line = mLayout->lineAt(i);
        rects << QRectF(line.x(), line.y(), line.naturalTextWidth(), line.height());
    }
    return rects;
}

void TextBox::draw(QPainter *painter, const QPointF &topLeft) const
{
    if (mLayout)
        mLayout->draw(painter, topLeft);
}

// --- JourneyStyle ------------------------------------------------------------------------

JourneyStyle JourneyStyle::standard()
{
    JourneyStyle style;
    const QString family = u"DejaVu Sans"_s;
    style.font = pixelFont(family, 13);
    style.smallFont = pixelFont(family, 12);
    style.headerFont = pixelFont(family, 15, true);
    style.laneFont = pixelFont(family, 13, true);
    style.titleFont = pixelFont(family, 24, true);
    return style;
}

QColor JourneyStyle::assessmentColor(Assessment assessment)
{
    switch (assessment) {
    case Assessment::None: return QColor(0x9e, 0xa4, 0xad);
    case Assessment::WorksWell: return QColor(0x2e, 0x7d, 0x32);
    case Assessment::Useless: return QColor(0x6d, 0x6d, 0x6d);
    case Assessment::NotWorkingWell: return QColor(0xc6, 0x28, 0x28);
    case Assessment::ToReinforce: return QColor(0xe6, 0x5c, 0x00);
    case Assessment::ToAdd: return QColor(0x15, 0x65, 0xc0);
    }
    return {};
}

// --- Measuring -------------------------------------------------------------------------

CellBox JourneyLayout::measureCell(const Step &step, const Lane &lane) const
{
    CellBox box;
    const QString text = step.cells.value(lane.id).text;
    const qreal width = innerWidth();
    switch (lane.kind) {
    case LaneKind::Emotion: break;
    case LaneKind::Text: {
        const Cell &cell = step.cells.value(lane.id);
        const int lines = int(cellLines(text).size());
        QFont markFont = mStyle.smallFont;
        markFont.setBold(true);
        std::vector<std::pair<int, TextBox>> marks;
        for (int i = 0; i < lines && size_t(i) < cell.severities.size(); ++i) {
            if (cell.severities[size_t(i)] != PainSeverity::None)
                marks.emplace_back(
                    i, TextBox(painSeverityMark(cell.severities[size_t(i)]), markFont, width / 3));
        }
        for (const auto &mark : marks)
            box.textX = std::max(box.textX, mark.second.size().width() + mStyle.spacing + 4);
        box.text = TextBox(text, mStyle.font, width - box.textX);
        box.height = box.text.height();
        box.lineTops = box.text.paragraphTops();
        for (auto &[line, mark] : marks) {
            if (line < box.lineTops.size())
                box.severityMarks.push_back({box.lineTops.at(line), std::move(mark)});
        }
        break;
    }
    case LaneKind::Chips: {
        qreal x = 0;
        qreal y = 0;
        qreal lineHeight = 0;
        const QStringList chips = chipsOf(text);
        for (const QString &chip : chips) {
            Pill pill;
            pill.text = TextBox(chip, mStyle.smallFont, width - 2 * mStyle.chipPaddingX);
            const QSizeF size(pill.text.size().width() + 2 * mStyle.chipPaddingX,
                              pill.text.height() + 2 * mStyle.chipPaddingY);
            if (x > 0 && x + size.width() > width) {
                x = 0;
                y += lineHeight + mStyle.chipSpacing;
                lineHeight = 0;
            }
            pill.rect = QRectF(QPointF(x, y), size);
            pill.textPos = QPointF(x + mStyle.chipPaddingX, y + mStyle.chipPaddingY);
            x += size.width() + mStyle.chipSpacing;
            lineHeight = std::max(lineHeight, size.height());
            box.chips.push_back(std::move(pill));
        }
        box.height = y + lineHeight;
        break;
    }
    case LaneKind::Kpi: {
        qreal y = 0;
        QFont valueFont = mStyle.font;
        valueFont.setBold(true);
        const QList<Kpi> kpis = kpisOf(text);
        for (const Kpi &kpi : kpis) {
            CellBox::Kpi k;
            if (y > 0)
                y += mStyle.spacing + 2;
            k.y = y;
            const QString value = (kpi.value + u' ' + kpi.unit).trimmed();
            if (value.isEmpty()) {
                k.value = TextBox(kpi.name, mStyle.font, width);
            } else {
                k.name = TextBox(kpi.name, mStyle.smallFont, width);
                k.value = TextBox(value, valueFont, width);
            }
            k.valueY = y + (k.name.isEmpty() ? 0 : k.name.height() + 1);
            y = k.valueY + k.value.height();
            box.kpis.push_back(std::move(k));
        }
        box.height = y;
        break;
    }
    }
    const Cell cell = step.cells.value(lane.id);
    if (cell.failurePoint || !cell.wait.isEmpty()) {
        box.marksY = box.height > 0 ? box.height + mStyle.spacing : 0;
        box.failurePoint = cell.failurePoint;
        box.waits = !cell.wait.isEmpty();
        const qreal markWidth = mStyle.badgeHeight + mStyle.spacing;
        if (box.waits) {
            box.wait = TextBox(cell.wait, mStyle.smallFont,
                               width - markWidth * (box.failurePoint ? 2 : 1));
        }
        box.height = box.marksY + std::max(mStyle.badgeHeight, box.wait.height());
    }
    return box;
}

StageHeaderBox JourneyLayout::measureHeader(const Stage &stage) const
{
    StageHeaderBox box;
    const qreal width = innerWidth();
    box.name = TextBox(stage.name.isEmpty() ? tr("(unnamed stage)") : stage.name, mStyle.headerFont,
                       width - mStyle.numberWidth);
    qreal y = std::max(box.name.height(), qreal(22));
    if (!stage.description.isEmpty()) {
        box.description = TextBox(stage.description, mStyle.smallFont, width);
        box.descriptionY = y + 3;
        y = box.descriptionY + box.description.height();
    }
    QFont bold = mStyle.smallFont;
    bold.setBold(true);
    if (stage.isConversion) {
        box.conversion = makePill(tr("Conversion"), bold, width, QPointF(0, y + mStyle.spacing),
                                  mStyle.badgeHeight);
        y = box.conversion.rect.bottom();
    }
    if (stage.isValueDelivered) {
        box.valueDelivered = makePill(tr("Value delivered"), bold, width,
                                      QPointF(0, y + mStyle.spacing), mStyle.badgeHeight);
        y = box.valueDelivered.rect.bottom();
    }
    if (stage.assessment != Assessment::None) {
        box.assessment = makePill(assessmentLabel(stage.assessment), bold, width,
                                  QPointF(0, y + mStyle.spacing), mStyle.badgeHeight);
        y = box.assessment.rect.bottom();
    }
    if (stage.duration) {
        box.meta
            = TextBox(tr("Duration: %1").arg(formatDuration(*stage.duration, stage.durationUnit)),
                      mStyle.smallFont, width);
        box.metaY = y + mStyle.spacing;
        y = box.metaY + box.meta.height();
    }
    box.height = y;
    return box;
}

LaneHeaderBox JourneyLayout::measureLaneHeader(const Lane &lane) const
{
    LaneHeaderBox box;
    // Emotion lanes keep room on the right for their scale (+2, 0, −2).
    const qreal width
        = mStyle.laneHeaderWidth - 2 * mStyle.padding - (lane.kind == LaneKind::Emotion ? 40 : 0);
    box.name
        = TextBox(lane.name.isEmpty() ? tr("(unnamed lane)") : lane.name, mStyle.laneFont, width);
    QString caption;
    switch (lane.kind) {
    case LaneKind::Text: break;
    case LaneKind::Chips: caption = tr("Tags, one per line (Shift+Enter)"); break;
    case LaneKind::Kpi: caption = tr("name: value unit"); break;
    case LaneKind::Emotion: break; // the scale is drawn instead
    }
    if (!mStyle.editorHints)
        caption.clear();
    box.height = box.name.height();
    if (!caption.isEmpty()) {
        box.caption = TextBox(caption, mStyle.smallFont, width);
        box.captionY = box.height + 3;
        box.height = box.captionY + box.caption.height();
    }
    return box;
}

void JourneyLayout::measureFunnel(const Journey &journey)
{
    mFunnel.assign(mSpans.size(), FunnelBox());
    mFunnelLabel = TextBox(tr("Customers entering"), mStyle.laneFont,
                           mStyle.laneHeaderWidth - 2 * mStyle.padding);
    qint64 most = 0;
    for (const Stage &s : journey.stages)
        most = std::max(most, s.entering.value_or(0));
    const QLocale locale;
    const qreal width = innerWidth();
    QFont bold = mStyle.smallFont;
    bold.setBold(true);
    for (size_t c = 0; c < mSpans.size(); ++c) {
        FunnelBox &box = mFunnel[c];
        const int index = mColumns[size_t(mSpans[c].first)].index;
        const Stage &stage = journey.stages[size_t(index)];
        qreal y = 0;
        if (stage.entering) {
            box.count
                = TextBox(tr("%1 entering").arg(locale.toString(*stage.entering)), bold, width);
            box.barShare = most > 0 ? double(*stage.entering) / double(most) : 0;
        } else {
            box.count = TextBox(tr("No count"), mStyle.smallFont, width);
        }
        y = box.count.height();
        box.barY = y + 4;
        y = box.barY + mStyle.funnelBarHeight;
        if (const DropOff *d = mDropOff.fromStage(index)) {
            const QString share = locale.toString(std::abs(d->share) * 100, 'f', 0) + u" %"_s;
            const QString count = locale.toString(std::abs(d->lost()));
            const QString nextName = journey.stages[size_t(d->toStage)].name;
            QString text;
            box.gain = d->lost() < 0;
            if (box.gain)
                text = tr("%1 more enter %2 (+%3)").arg(share, nextName, count);
            else if (d->toStage == d->fromStage + 1)
                text = tr("%1 lost before the next stage (%2)").arg(share, count);
            else
                text = tr("%1 lost before %2 (%3)").arg(share, nextName, count);
            box.drop = TextBox(text, mStyle.smallFont, width);
            box.dropY = y + 4;
            y = box.dropY + box.drop.height();
            if (mDropOff.largestDropOff() == d) {
                box.largest = makePill(tr("Largest drop"), bold, width, QPointF(0, y + 5),
                                       mStyle.badgeHeight);
                y = box.largest.rect.bottom();
            }
        }
        box.height = y;
    }
}

void JourneyLayout::measureTitle(const Journey &journey)
{
    const qreal width = std::max(qreal(200), mSize.width() - 2 * mStyle.margin);
    mTitle = TitleBox();
    mTitle.title = TextBox(journey.name.isEmpty() ? tr("(unnamed journey)") : journey.name,
                           mStyle.titleFont, width);
    QStringList sub;
    if (const Persona *p = mWorkspace.persona(journey.personaId))
        sub << tr("Persona: %1").arg(p->name);
    if (!journey.description.isEmpty())
        sub << journey.description;
    qreal y = mTitle.title.height();
    if (!sub.isEmpty()) {
        mTitle.subtitle = TextBox(sub.join(u" — "_s), mStyle.font, width);
        mTitle.subtitleY = y + 4;
        y = mTitle.subtitleY + mTitle.subtitle.height();
    }
    mTitle.summary = TextBox(summaryText(), mStyle.smallFont, width);
    mTitle.summaryY = y + 6;
    mTitle.height = mTitle.summaryY + mTitle.summary.height();
}

QString JourneyLayout::summaryText() const
{
    const Journey *found = journey();
    if (!found)
        return {};
    const Journey &journey = *found;
    QStringList summary;
    summary << (mCounts.stages == 1 ? tr("1 stage") : tr("%1 stages").arg(mCounts.stages));
    if (mCounts.needingWork > 0)
        summary << tr("%1 need work").arg(mCounts.needingWork);
    const QString assessed = describeAssessments(mCounts);
    if (!assessed.isEmpty())
        summary << assessed;
    // A poster has no one to act on "mark a stage as the conversion": it shows a figure or
    // nothing.
    const bool ttvFigure = mTimeToValue.isAvailable()
        && mTimeToValue.missingDurations.size() < mTimeToValue.toStage - mTimeToValue.fromStage + 1;
    if (mStyle.editorHints || ttvFigure)
        summary << tr("Time to value: %1").arg(describeTimeToValue(mTimeToValue));
    if (const DropOff *d = mDropOff.largestDropOff()) {
        summary << tr("Largest drop: %1 → %2, %3 % lost")
                       .arg(journey.stages[size_t(d->fromStage)].name,
                            journey.stages[size_t(d->toStage)].name,
                            QLocale().toString(d->share * 100, 'f', 0));
    }
    if (!mFilter.isAll() || int(mSpans.size()) < mCounts.stages) // a filter, or a view's range
        summary << tr("Showing %1 of %2 stages").arg(mSpans.size()).arg(mCounts.stages);
    // Service blueprints: points of failure and waits, over the stages shown.
    int failures = 0;
    int waits = 0;
    for (const Column &c : mColumns) {
        const auto &cells = journey.stages[size_t(c.index)].steps[size_t(c.stepIndex)].cells;
        for (auto cell = cells.cbegin(); cell != cells.cend(); ++cell) {
            if (mCustomerViewOnly && !mRowOfLane.contains(cell.key()))
                continue; // left out of the customer's view
            failures += cell->failurePoint ? 1 : 0;
            waits += cell->wait.isEmpty() ? 0 : 1;
        }
    }
    if (failures > 0)
        summary << (failures == 1 ? tr("1 point of failure")
                                  : tr("%1 points of failure").arg(failures));
    if (waits > 0)
        summary << (waits == 1 ? tr("1 wait") : tr("%1 waits").arg(waits));
    // Pain-point severities, over the stages shown.
    SeverityCounts severities;
    for (const Span &span : mSpans) {
        const int index = mColumns[size_t(span.first)].index;
        const SeverityCounts stage = severityCounts(journey.stages[size_t(index)]);
        severities.trivial += stage.trivial;
        severities.workaround += stage.workaround;
        severities.abandonment += stage.abandonment;
    }
    if (severities.total() > 0)
        summary << tr("Pain points: %1").arg(describeSeverityCounts(severities));
    return summary.join(u"  ·  "_s);
}

} // namespace Parcours
