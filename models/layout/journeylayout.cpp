#include "layout/journeylayout.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::JourneyLayout", text);
}

constexpr qreal pillIcon = 14;
constexpr qreal pillPad = 6;
constexpr qreal pillGap = 5;
constexpr qreal emotionPlotMargin = 18;

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

// --- JourneyLayout -----------------------------------------------------------------------

JourneyLayout::JourneyLayout(const Workspace &workspace, Id journeyId, const JourneyStyle &style)
    : mWorkspace(workspace)
    , mJourneyId(journeyId)
    , mStyle(style)
{
    update();
}

JourneyLayout::~JourneyLayout() = default;

const Journey *JourneyLayout::journey() const
{
    return mWorkspace.journey(mJourneyId);
}

void JourneyLayout::setFilter(const StageFilter &filter)
{
    mFilter = filter;
    mFunnelDirty = true;
}

void JourneyLayout::setShowTitle(bool show)
{
    mShowTitle = show;
}

void JourneyLayout::invalidateCell(Id stage, Id lane)
{
    mCellCache.remove({stage, lane});
}

void JourneyLayout::invalidateStage(Id stage)
{
    mHeaderCache.remove(stage);
    if (const Journey *j = journey()) {
        for (const Lane &lane : j->lanes)
            mCellCache.remove({stage, lane.id});
    }
    mFunnelDirty = true;
}

void JourneyLayout::invalidateLane(Id lane)
{
    mLaneCache.remove(lane);
    if (const Journey *j = journey()) {
        for (const Stage &stage : j->stages)
            mCellCache.remove({stage.id, lane});
    }
}

void JourneyLayout::invalidateAll()
{
    mCellCache.clear();
    mHeaderCache.clear();
    mLaneCache.clear();
    mFunnelDirty = true;
}

CellBox JourneyLayout::measureCell(const Stage &stage, const Lane &lane) const
{
    CellBox box;
    const QString text = stage.cells.value(lane.id).text;
    const qreal width = innerWidth();
    switch (lane.kind) {
    case LaneKind::Emotion: break;
    case LaneKind::Text:
        box.text = TextBox(text, mStyle.font, width);
        box.height = box.text.height();
        break;
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
    case LaneKind::Chips: caption = tr("Tags, one per line"); break;
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
    mFunnel.assign(mColumns.size(), FunnelBox());
    mFunnelLabel = TextBox(tr("Customers entering"), mStyle.laneFont,
                           mStyle.laneHeaderWidth - 2 * mStyle.padding);
    qint64 most = 0;
    for (const Stage &s : journey.stages)
        most = std::max(most, s.entering.value_or(0));
    const QLocale locale;
    const qreal width = innerWidth();
    QFont bold = mStyle.smallFont;
    bold.setBold(true);
    for (size_t c = 0; c < mColumns.size(); ++c) {
        FunnelBox &box = mFunnel[c];
        const Stage &stage = journey.stages[size_t(mColumns[c].index)];
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
        if (const DropOff *d = mDropOff.fromStage(mColumns[c].index)) {
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
    if (!mFilter.isAll())
        summary << tr("Showing %1 of %2 stages").arg(mColumns.size()).arg(mCounts.stages);
    mTitle.summary = TextBox(summary.join(u"  ·  "_s), mStyle.smallFont, width);
    mTitle.summaryY = y + 6;
    mTitle.height = mTitle.summaryY + mTitle.summary.height();
}

void JourneyLayout::update()
{
    const Journey *j = journey();
    mColumns.clear();
    mRows.clear();
    mCells.clear();
    mHeaders.clear();
    mLaneHeaders.clear();
    mColumnOfStage.clear();
    mRowOfLane.clear();
    mTimeToValueRect = QRectF();
    mTimeToValueColumns = {-1, -1};
    mFunnelHeight = 0;
    if (!j) {
        mFunnel.clear();
        mSize = QSizeF();
        return;
    }
    const JourneyStyle &s = mStyle;
    const qreal left = s.margin + s.laneHeaderWidth;

    // Columns and rows in order.
    const QList<int> visible = mFilter.apply(*j);
    for (int index : visible) {
        const Stage &stage = j->stages[size_t(index)];
        mColumnOfStage.insert(stage.id, int(mColumns.size()));
        mColumns.push_back({stage.id, index, left + qreal(mColumns.size()) * s.columnWidth});
    }
    for (const Lane &lane : j->lanes) {
        if (!lane.visible)
            continue;
        mRowOfLane.insert(lane.id, int(mRows.size()));
        mRows.push_back({lane.id, lane.kind, 0, 0});
    }

    // Measure what is not cached.
    for (const Column &c : mColumns) {
        const Stage &stage = j->stages[size_t(c.index)];
        auto &header = mHeaderCache[stage.id];
        if (!header)
            header = std::make_shared<const StageHeaderBox>(measureHeader(stage));
        mHeaders.push_back(header);
    }
    for (const Row &r : mRows) {
        const Lane &lane = j->lanes[size_t(indexOfId(j->lanes, r.lane))];
        auto &header = mLaneCache[lane.id];
        if (!header)
            header = std::make_shared<const LaneHeaderBox>(measureLaneHeader(lane));
        mLaneHeaders.push_back(header);
    }
    mCells.reserve(mColumns.size() * mRows.size());
    for (const Column &c : mColumns) {
        const Stage &stage = j->stages[size_t(c.index)];
        for (const Row &r : mRows) {
            auto &cell = mCellCache[{stage.id, r.lane}];
            if (!cell) {
                const Lane &lane = j->lanes[size_t(indexOfId(j->lanes, r.lane))];
                cell = std::make_shared<const CellBox>(measureCell(stage, lane));
            }
            mCells.push_back(cell);
        }
    }

    // Figures.
    mDropOff = analyseDropOff(*j);
    mTimeToValue = Parcours::timeToValue(*j);
    mCounts = countAssessments(*j);
    std::vector<std::pair<Id, std::optional<qint64>>> funnelKey;
    bool anyCount = false;
    for (const Column &c : mColumns)
        funnelKey.emplace_back(c.stage, j->stages[size_t(c.index)].entering);
    for (const Stage &stage : j->stages) {
        anyCount = anyCount || stage.entering.has_value();
        funnelKey.emplace_back(stage.id, stage.entering); // drops depend on hidden stages too
    }
    if (anyCount && (mFunnelDirty || funnelKey != mFunnelKey || mFunnel.size() != mColumns.size()))
        measureFunnel(*j);
    if (!anyCount)
        mFunnel.assign(mColumns.size(), FunnelBox());
    mFunnelKey = std::move(funnelKey);
    mFunnelDirty = false;

    // Widths.
    const qreal columnsWidth = qreal(mColumns.empty() ? 2 : mColumns.size()) * s.columnWidth;
    mSize.setWidth(2 * s.margin + s.laneHeaderWidth + columnsWidth);
    if (mColumns.empty()) {
        mEmptyText = TextBox(mFilter.isAll() ? tr("No stages yet: add one to start the map.")
                                             : tr("No stage matches the filter."),
                             s.font, columnsWidth - 2 * s.padding);
    }

    // Heights, top to bottom.
    qreal y = s.margin;
    mTitleRect = QRectF();
    if (mShowTitle) {
        measureTitle(*j);
        mTitleRect = QRectF(s.margin, y, mSize.width() - 2 * s.margin, mTitle.height);
        y = mTitleRect.bottom() + 3 * s.spacing;
    }
    if (mTimeToValue.isAvailable()) {
        int first = -1;
        int last = -1;
        for (int c = 0; c < columnCount(); ++c) {
            const int index = mColumns[size_t(c)].index;
            if (index >= mTimeToValue.fromStage && index <= mTimeToValue.toStage) {
                if (first < 0)
                    first = c;
                last = c;
            }
        }
        if (first >= 0) {
            QFont bold = s.font;
            bold.setBold(true);
            mTimeToValueText = TextBox(
                tr("Time to value: %1").arg(describeTimeToValue(mTimeToValue)), bold,
                std::max(qreal(last - first + 1) * s.columnWidth - 2 * s.padding, qreal(160)));
            const qreal height = mTimeToValueText.height() + 14;
            mTimeToValueRect = QRectF(mColumns[size_t(first)].x + 4, y,
                                      qreal(last - first + 1) * s.columnWidth - 8, height);
            mTimeToValueColumns = {first, last};
            y = mTimeToValueRect.bottom() + 2;
        }
    }
    mGridTop = y;
    qreal header = 0;
    for (const auto &h : mHeaders)
        header = std::max(header, h->height);
    mHeaderHeight = s.colorBand + 2 * s.padding + std::max(header, qreal(36));
    y += mHeaderHeight;
    if (anyCount) {
        qreal funnel = mFunnelLabel.height();
        for (const FunnelBox &f : mFunnel)
            funnel = std::max(funnel, f.height);
        mFunnelHeight = funnel + 2 * s.padding;
        y += mFunnelHeight;
    }
    mRowsTop = y;
    const size_t rows = mRows.size();
    for (size_t r = 0; r < rows; ++r) {
        Row &row = mRows[r];
        qreal content = mLaneHeaders[r]->height;
        if (row.kind == LaneKind::Emotion)
            content = std::max(content + 3 * emotionPlotMargin, s.emotionRowHeight - 2 * s.padding);
        for (size_t c = 0; c < mColumns.size(); ++c)
            content = std::max(content, mCells[c * rows + r]->height);
        row.y = y;
        row.height = std::max(s.minRowHeight, content + 2 * s.padding);
        y += row.height;
    }
    if (mColumns.empty() && rows == 0)
        y += mEmptyText.height() + 2 * s.padding;
    mSize.setHeight(y + s.margin);
}

Id JourneyLayout::stageIdAt(int column) const
{
    return column >= 0 && column < columnCount() ? mColumns[size_t(column)].stage : 0;
}

Id JourneyLayout::laneIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? mRows[size_t(row)].lane : 0;
}

int JourneyLayout::stageIndexAt(int column) const
{
    return column >= 0 && column < columnCount() ? mColumns[size_t(column)].index : -1;
}

const Stage *JourneyLayout::stageAt(int column) const
{
    const Journey *j = journey();
    if (!j || column < 0 || column >= columnCount())
        return nullptr;
    const Column &c = mColumns[size_t(column)];
    if (c.index < int(j->stages.size()) && j->stages[size_t(c.index)].id == c.stage)
        return &j->stages[size_t(c.index)];
    const int index = indexOfId(j->stages, c.stage); // the journey changed since update()
    return index < 0 ? nullptr : &j->stages[size_t(index)];
}

const Lane *JourneyLayout::laneAt(int row) const
{
    const Journey *j = journey();
    if (!j || row < 0 || row >= rowCount())
        return nullptr;
    const int index = indexOfId(j->lanes, mRows[size_t(row)].lane);
    return index < 0 ? nullptr : &j->lanes[size_t(index)];
}

int JourneyLayout::columnOf(Id stage) const
{
    return mColumnOfStage.value(stage, -1);
}

int JourneyLayout::rowOf(Id lane) const
{
    return mRowOfLane.value(lane, -1);
}

QRectF JourneyLayout::cornerRect() const
{
    return QRectF(mStyle.margin, mGridTop, mStyle.laneHeaderWidth, mHeaderHeight);
}

QRectF JourneyLayout::headerRect(int column) const
{
    return QRectF(mColumns[size_t(column)].x, mGridTop, mStyle.columnWidth, mHeaderHeight);
}

QRectF JourneyLayout::funnelRect(int column) const
{
    return QRectF(mColumns[size_t(column)].x, mGridTop + mHeaderHeight, mStyle.columnWidth,
                  mFunnelHeight);
}

QRectF JourneyLayout::funnelLabelRect() const
{
    return QRectF(mStyle.margin, mGridTop + mHeaderHeight, mStyle.laneHeaderWidth, mFunnelHeight);
}

QRectF JourneyLayout::laneHeaderRect(int row) const
{
    const Row &r = mRows[size_t(row)];
    return QRectF(mStyle.margin, r.y, mStyle.laneHeaderWidth, r.height);
}

QRectF JourneyLayout::cellRect(int column, int row) const
{
    const Row &r = mRows[size_t(row)];
    return QRectF(mColumns[size_t(column)].x, r.y, mStyle.columnWidth, r.height);
}

QRectF JourneyLayout::rowRect(int row) const
{
    const Row &r = mRows[size_t(row)];
    const qreal left = mStyle.margin + mStyle.laneHeaderWidth;
    return QRectF(left, r.y, qreal(mColumns.size()) * mStyle.columnWidth, r.height);
}

QRectF JourneyLayout::columnRect(int column) const
{
    const qreal bottom = mRows.empty() ? mRowsTop : mRows.back().y + mRows.back().height;
    return QRectF(mColumns[size_t(column)].x, mGridTop, mStyle.columnWidth, bottom - mGridTop);
}

QRectF JourneyLayout::gridRect() const
{
    const qreal bottom = mRows.empty() ? mRowsTop : mRows.back().y + mRows.back().height;
    return QRectF(mStyle.margin, mGridTop,
                  mStyle.laneHeaderWidth + qreal(mColumns.size()) * mStyle.columnWidth,
                  bottom - mGridTop);
}

QRectF JourneyLayout::contentRect(int column, int row) const
{
    const qreal p = mStyle.padding;
    return cellRect(column, row).adjusted(p, p, -p, -p);
}

QRectF JourneyLayout::emotionPlotRect(int row) const
{
    const Row &r = mRows[size_t(row)];
    const qreal left = mStyle.margin + mStyle.laneHeaderWidth;
    return QRectF(left, r.y + emotionPlotMargin + 4, qreal(mColumns.size()) * mStyle.columnWidth,
                  r.height - 2 * emotionPlotMargin - 8);
}

QPointF JourneyLayout::emotionPoint(int column, int row, double score) const
{
    const QRectF plot = emotionPlotRect(row);
    const double t = (emotionMax - clampEmotion(score)) / (emotionMax - emotionMin);
    return QPointF(mColumns[size_t(column)].x + mStyle.columnWidth / 2,
                   plot.top() + t * plot.height());
}

double JourneyLayout::emotionAt(int row, qreal y) const
{
    const QRectF plot = emotionPlotRect(row);
    if (plot.height() <= 0)
        return 0;
    const double t = (y - plot.top()) / plot.height();
    return clampEmotion(emotionMax - t * (emotionMax - emotionMin));
}

int JourneyLayout::columnAtX(qreal x) const
{
    const qreal left = mStyle.margin + mStyle.laneHeaderWidth;
    if (x < left)
        return -1;
    const int column = int(std::floor((x - left) / mStyle.columnWidth));
    return column < columnCount() ? column : -1;
}

int JourneyLayout::rowAtY(qreal y) const
{
    const auto it = std::upper_bound(mRows.begin(), mRows.end(), y,
                                     [](qreal v, const Row &r) { return v < r.y; });
    if (it == mRows.begin())
        return -1;
    const auto row = std::prev(it);
    return y < row->y + row->height ? int(row - mRows.begin()) : -1;
}

int JourneyLayout::insertionColumnAtX(qreal x) const
{
    const qreal left = mStyle.margin + mStyle.laneHeaderWidth;
    const int at = int(std::lround((x - left) / mStyle.columnWidth));
    return std::clamp(at, 0, columnCount());
}

int JourneyLayout::insertionRowAtY(qreal y) const
{
    for (size_t r = 0; r < mRows.size(); ++r) {
        if (y < mRows[r].y + mRows[r].height / 2)
            return int(r);
    }
    return rowCount();
}

JourneyLayout::Hit JourneyLayout::hitTest(const QPointF &pos) const
{
    Hit hit;
    if (mTitleRect.contains(pos)) {
        hit.kind = Hit::Title;
        return hit;
    }
    if (mTimeToValueRect.contains(pos)) {
        hit.kind = Hit::TimeToValue;
        return hit;
    }
    const QRectF grid = gridRect();
    if (!grid.contains(pos))
        return hit;
    const bool inLaneColumn = pos.x() < mStyle.margin + mStyle.laneHeaderWidth;
    hit.column = inLaneColumn ? -1 : columnAtX(pos.x());
    if (pos.y() < mGridTop + mHeaderHeight + mFunnelHeight) {
        if (inLaneColumn)
            hit.kind = Hit::Corner;
        else if (hit.column >= 0)
            hit.kind = pos.y() < mGridTop + mHeaderHeight ? Hit::StageHeader : Hit::Funnel;
        return hit;
    }
    hit.row = rowAtY(pos.y());
    if (hit.row < 0)
        return hit;
    if (inLaneColumn)
        hit.kind = Hit::LaneHeader;
    else if (hit.column >= 0)
        hit.kind = Hit::Cell;
    return hit;
}

const CellBox &JourneyLayout::cellBox(int column, int row) const
{
    return *mCells[size_t(column) * mRows.size() + size_t(row)];
}

const StageHeaderBox &JourneyLayout::headerBox(int column) const
{
    return *mHeaders[size_t(column)];
}

const LaneHeaderBox &JourneyLayout::laneHeaderBox(int row) const
{
    return *mLaneHeaders[size_t(row)];
}

const FunnelBox &JourneyLayout::funnelBox(int column) const
{
    return mFunnel[size_t(column)];
}

} // namespace Parcours
