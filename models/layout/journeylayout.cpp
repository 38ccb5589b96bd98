#include "layout/journeylayout.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

// Positions: columns and rows from the measured content, the rectangles of every part, and
// hit testing. Measuring is in journeylayoutmeasure.cpp.

namespace Parcours {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::JourneyLayout", text);
}

constexpr qreal emotionPlotMargin = 18;

} // namespace

// --- JourneyLayout -----------------------------------------------------------------------

JourneyLayout::JourneyLayout(const Workspace &workspace, Id journeyId, const JourneyStyle &style,
                             Measure measure)
    : mWorkspace(workspace)
    , mJourneyId(journeyId)
    , mStyle(style)
{
    if (measure == Measure::Now)
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

void JourneyLayout::setViewFilter(const ViewFilter &view)
{
    mView = view;
    mFunnelDirty = true;
}

void JourneyLayout::setShowTitle(bool show)
{
    mShowTitle = show;
}

void JourneyLayout::setCustomerViewOnly(bool only)
{
    mCustomerViewOnly = only;
}

bool JourneyLayout::hasLanesBelowVisibility(const Journey &journey)
{
    return std::any_of(journey.lanes.begin(), journey.lanes.end(), [](const Lane &lane) {
        const LaneRole role = laneRole(lane.group);
        return lane.visible && (role == LaneRole::Backstage || role == LaneRole::Support);
    });
}

void JourneyLayout::invalidateCell(Id step, Id lane)
{
    mCellCache.remove({step, lane});
}

void JourneyLayout::invalidateStage(Id stage)
{
    mHeaderCache.remove(stage);
    if (const Journey *j = journey()) {
        const int index = indexOfId(j->stages, stage);
        for (const Lane &lane : j->lanes) {
            mCellCache.remove({stage, lane.id});
            if (index < 0)
                continue;
            for (const Step &step : j->stages[size_t(index)].steps)
                mCellCache.remove({step.id, lane.id});
        }
    }
    mFunnelDirty = true;
}

void JourneyLayout::invalidateLane(Id lane)
{
    mLaneCache.remove(lane);
    if (const Journey *j = journey()) {
        for (const Stage &stage : j->stages) {
            for (const Step &step : stage.steps)
                mCellCache.remove({step.id, lane});
        }
    }
}

void JourneyLayout::invalidateAll()
{
    mCellCache.clear();
    mHeaderCache.clear();
    mLaneCache.clear();
    mFunnelDirty = true;
}

void JourneyLayout::update()
{
    const Journey *j = journey();
    mColumns.clear();
    mSpans.clear();
    mStepNames.clear();
    mRows.clear();
    mCells.clear();
    mHeaders.clear();
    mLaneHeaders.clear();
    mColumnOfStage.clear();
    mColumnOfStep.clear();
    mRowOfLane.clear();
    mTimeToValueRect = QRectF();
    mTimeToValueColumns = {-1, -1};
    mFunnelHeight = 0;
    mStepRowHeight = 0;
    if (!j) {
        mFunnel.clear();
        mSize = QSizeF();
        return;
    }
    const JourneyStyle &s = mStyle;
    const qreal left = s.margin + s.laneHeaderWidth;

    // Columns (each stage's steps) and rows in order.
    const QList<int> visible = mView.stagesIn(*j, mFilter.apply(*j));
    bool severalSteps = false;
    for (int index : visible) {
        const Stage &stage = j->stages[size_t(index)];
        const int first = int(mColumns.size());
        mColumnOfStage.insert(stage.id, first);
        for (size_t k = 0; k < stage.steps.size(); ++k) {
            const Step &step = stage.steps[k];
            mColumnOfStep.insert(step.id, int(mColumns.size()));
            mColumns.push_back({stage.id, index, step.id, int(k), int(mSpans.size()),
                                left + qreal(mColumns.size()) * s.columnWidth});
        }
        mSpans.push_back({first, int(mColumns.size()) - 1});
        severalSteps = severalSteps || stage.steps.size() > 1;
    }
    // A blueprint line goes above the first row of a deeper group than any row above it.
    LaneRole deepest = LaneRole::None;
    for (const Lane &lane : j->lanes) {
        if (!lane.visible || !mView.showsLane(lane.id))
            continue;
        const LaneRole role = laneRole(lane.group);
        if (mCustomerViewOnly && (role == LaneRole::Backstage || role == LaneRole::Support))
            break; // below the line of visibility: this lane and every one after it
        const bool builtIn = role != LaneRole::None && role != LaneRole::Custom;
        const bool startsLine = builtIn && !mRows.empty() && role > deepest
            && (role == LaneRole::Frontstage || role == LaneRole::Backstage
                || role == LaneRole::Support);
        if (builtIn)
            deepest = std::max(deepest, role);
        mRowOfLane.insert(lane.id, int(mRows.size()));
        mRows.push_back({lane.id, lane.kind, 0, 0, startsLine ? role : LaneRole::None, 0});
    }
    mLineLabels.clear();
    for (Row &row : mRows) {
        if (row.line == LaneRole::None)
            continue;
        auto label = mLineLabels.find(int(row.line));
        if (label == mLineLabels.end()) {
            QFont bold = s.smallFont;
            bold.setBold(true);
            label = mLineLabels.insert(
                int(row.line),
                TextBox(lineName(row.line), bold, s.laneHeaderWidth - 2 * s.padding));
        }
        row.band = label->height() + 2 * s.spacing;
    }

    // Measure what is not cached.
    for (const Span &span : mSpans) {
        const Stage &stage = j->stages[size_t(mColumns[size_t(span.first)].index)];
        auto &header = mHeaderCache[stage.id];
        if (!header)
            header = std::make_shared<const StageHeaderBox>(measureHeader(stage));
        mHeaders.push_back(header);
    }
    if (severalSteps) {
        QFont bold = s.smallFont;
        bold.setBold(true);
        for (const Column &c : mColumns) {
            const Stage &stage = j->stages[size_t(c.index)];
            const Step &step = stage.steps[size_t(c.stepIndex)];
            // Unnamed: nothing under a stage's only step, a placeholder among several.
            const QString name = !step.name.isEmpty() ? step.name
                : stage.steps.size() > 1              ? tr("(unnamed step)")
                                                      : QString();
            auto cached = mStepNameCache.find(step.id);
            if (cached == mStepNameCache.end() || cached->first != name)
                cached = mStepNameCache.insert(step.id, {name, TextBox(name, bold, innerWidth())});
            mStepNames.push_back(cached->second);
        }
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
        const Step &step = j->stages[size_t(c.index)].steps[size_t(c.stepIndex)];
        for (const Row &r : mRows) {
            auto &cell = mCellCache[{step.id, r.lane}];
            if (!cell) {
                const Lane &lane = j->lanes[size_t(indexOfId(j->lanes, r.lane))];
                cell = std::make_shared<const CellBox>(measureCell(step, lane));
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
    for (const Span &span : mSpans) {
        const Column &c = mColumns[size_t(span.first)];
        funnelKey.emplace_back(c.stage, j->stages[size_t(c.index)].entering);
    }
    for (const Stage &stage : j->stages) {
        anyCount = anyCount || stage.entering.has_value();
        funnelKey.emplace_back(stage.id, stage.entering); // drops depend on hidden stages too
    }
    if (anyCount && (mFunnelDirty || funnelKey != mFunnelKey || mFunnel.size() != mSpans.size()))
        measureFunnel(*j);
    if (!anyCount)
        mFunnel.assign(mSpans.size(), FunnelBox());
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
    if (severalSteps) {
        qreal names = 0;
        for (const TextBox &name : mStepNames)
            names = std::max(names, name.height());
        mStepRowHeight = std::max(names, qreal(16)) + 2 * s.spacing;
        y += mStepRowHeight;
    }
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
        row.height = std::max(s.minRowHeight, content + 2 * s.padding) + row.band;
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

Id JourneyLayout::stepIdAt(int column) const
{
    return column >= 0 && column < columnCount() ? mColumns[size_t(column)].step : 0;
}

int JourneyLayout::stepIndexAt(int column) const
{
    return column >= 0 && column < columnCount() ? mColumns[size_t(column)].stepIndex : -1;
}

int JourneyLayout::stageFirstColumn(int column) const
{
    if (column < 0 || column >= columnCount())
        return -1;
    return mSpans[size_t(mColumns[size_t(column)].span)].first;
}

int JourneyLayout::stageLastColumn(int column) const
{
    if (column < 0 || column >= columnCount())
        return -1;
    return mSpans[size_t(mColumns[size_t(column)].span)].last;
}

const Step *JourneyLayout::stepAt(int column) const
{
    const Stage *stage = stageAt(column);
    if (!stage)
        return nullptr;
    const Column &c = mColumns[size_t(column)];
    if (c.stepIndex < int(stage->steps.size()) && stage->steps[size_t(c.stepIndex)].id == c.step)
        return &stage->steps[size_t(c.stepIndex)];
    const Journey *j = journey(); // the journey changed since update()
    return j ? findStep(*j, c.step) : nullptr;
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

int JourneyLayout::columnOfStep(Id step) const
{
    return mColumnOfStep.value(step, -1);
}

int JourneyLayout::rowOf(Id lane) const
{
    return mRowOfLane.value(lane, -1);
}

QRectF JourneyLayout::cornerRect() const
{
    return QRectF(mStyle.margin, mGridTop, mStyle.laneHeaderWidth, mHeaderHeight + mStepRowHeight);
}

QRectF JourneyLayout::headerRect(int column) const
{
    const Span &span = mSpans[size_t(mColumns[size_t(column)].span)];
    return QRectF(mColumns[size_t(span.first)].x, mGridTop,
                  qreal(span.last - span.first + 1) * mStyle.columnWidth, mHeaderHeight);
}

QRectF JourneyLayout::stepHeaderRect(int column) const
{
    return QRectF(mColumns[size_t(column)].x, mGridTop + mHeaderHeight, mStyle.columnWidth,
                  mStepRowHeight);
}

QRectF JourneyLayout::funnelRect(int column) const
{
    const Span &span = mSpans[size_t(mColumns[size_t(column)].span)];
    return QRectF(mColumns[size_t(span.first)].x, mGridTop + mHeaderHeight + mStepRowHeight,
                  qreal(span.last - span.first + 1) * mStyle.columnWidth, mFunnelHeight);
}

QRectF JourneyLayout::funnelLabelRect() const
{
    return QRectF(mStyle.margin, mGridTop + mHeaderHeight + mStepRowHeight, mStyle.laneHeaderWidth,
                  mFunnelHeight);
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
    return cellRect(column, row).adjusted(p, p + mRows[size_t(row)].band, -p, -p);
}

LaneRole JourneyLayout::lineAbove(int row) const
{
    return row >= 0 && row < rowCount() ? mRows[size_t(row)].line : LaneRole::None;
}

qreal JourneyLayout::lineBand(int row) const
{
    return row >= 0 && row < rowCount() ? mRows[size_t(row)].band : 0;
}

qreal JourneyLayout::lineY(int row) const
{
    const Row &r = mRows[size_t(row)];
    return r.y + r.band / 2;
}

const TextBox &JourneyLayout::lineLabel(int row) const
{
    static const TextBox none;
    const auto it = mLineLabels.constFind(int(lineAbove(row)));
    return it == mLineLabels.cend() ? none : *it;
}

QString JourneyLayout::lineName(LaneRole role)
{
    switch (role) {
    case LaneRole::Frontstage: return tr("Line of interaction");
    case LaneRole::Backstage: return tr("Line of visibility");
    case LaneRole::Support: return tr("Line of internal interaction");
    default: return {};
    }
}

QRectF JourneyLayout::emotionPlotRect(int row) const
{
    const Row &r = mRows[size_t(row)];
    const qreal left = mStyle.margin + mStyle.laneHeaderWidth;
    return QRectF(left, r.y + r.band + emotionPlotMargin + 4,
                  qreal(mColumns.size()) * mStyle.columnWidth,
                  r.height - r.band - 2 * emotionPlotMargin - 8);
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
    if (pos.y() < mGridTop + mHeaderHeight + mStepRowHeight + mFunnelHeight) {
        if (inLaneColumn)
            hit.kind = Hit::Corner;
        else if (hit.column >= 0)
            hit.kind = pos.y() < mGridTop + mHeaderHeight             ? Hit::StageHeader
                : pos.y() < mGridTop + mHeaderHeight + mStepRowHeight ? Hit::StepHeader
                                                                      : Hit::Funnel;
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
    return *mHeaders[size_t(mColumns[size_t(column)].span)];
}

const TextBox &JourneyLayout::stepNameBox(int column) const
{
    static const TextBox none;
    return size_t(column) < mStepNames.size() ? mStepNames[size_t(column)] : none;
}

const LaneHeaderBox &JourneyLayout::laneHeaderBox(int row) const
{
    return *mLaneHeaders[size_t(row)];
}

const FunnelBox &JourneyLayout::funnelBox(int column) const
{
    return mFunnel[size_t(mColumns[size_t(column)].span)];
}

} // namespace Parcours
