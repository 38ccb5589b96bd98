#pragma once

#include "analytics/journeyanalytics.h"
#include "domain/workspace.h"
#include "layout/viewfilter.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QRectF>

#include <memory>
#include <vector>

class QPainter;
class QTextLayout;

namespace Parcours {

// Plain text wrapped to a width, laid out once and painted many times, at any scale and on
// any device: line breaks and glyph positions come from the layout (design metrics), never
// from the device, so text measured here stays inside its box on screen, in a PDF or an
// image. Breaks at word boundaries, or anywhere in a word too long for a line.
class TextBox
{
public:
    TextBox() = default;
    TextBox(const QString &text, const QFont &font, qreal width);

    bool isEmpty() const { return !mLayout; }
    QSizeF size() const { return mSize; } // width: the widest line
    qreal height() const { return mSize.height(); }
    QString text() const;
    QFont font() const;
    int lineCount() const;
    // Each line's extent, relative to the top-left corner.
    QList<QRectF> lineRects() const;
    // The top of each paragraph (the text's lines split at '\n'), relative to the top.
    QList<qreal> paragraphTops() const;
    void draw(QPainter *painter, const QPointF &topLeft) const;

private:
    std::shared_ptr<QTextLayout> mLayout;
    QSizeF mSize;
};

// Sizes, fonts and colours of a journey map, in logical pixels at 100 %.
struct JourneyStyle
{
    QFont font; // cells
    QFont smallFont; // captions, badges, KPI names
    QFont headerFont; // stage names
    QFont laneFont; // lane names
    QFont titleFont;

    qreal margin = 24;
    qreal laneHeaderWidth = 176;
    qreal columnWidth = 236;
    qreal padding = 10;
    qreal spacing = 6;
    qreal minRowHeight = 48;
    qreal emotionRowHeight = 150;
    qreal colorBand = 6;
    qreal numberWidth = 30;
    qreal badgeHeight = 22;
    qreal chipPaddingX = 8;
    qreal chipPaddingY = 3;
    qreal chipSpacing = 5;
    qreal funnelBarHeight = 10;

    QColor background {0xff, 0xff, 0xff};
    QColor text {0x1f, 0x23, 0x28};
    QColor secondaryText {0x5c, 0x63, 0x70};
    QColor grid {0xd5, 0xd9, 0xdf};
    QColor headerBackground {0xf6, 0xf7, 0xf9};
    QColor laneBackground {0xee, 0xf0, 0xf3};
    QColor alternateRow {0xfb, 0xfb, 0xfc};
    QColor chipBackground {0xe3, 0xec, 0xf7};
    QColor chipBorder {0xb6, 0xc8, 0xe0};
    QColor accent {0x3b, 0x5b, 0xa9};
    QColor emotionLine {0x5e, 0x35, 0xb1};
    QColor positive {0x2e, 0x7d, 0x32};
    QColor negative {0xc6, 0x28, 0x28};
    QColor funnelBar {0x6b, 0x8e, 0xc9};

    // Editing help: under chip and KPI lane names ("Tags, one per line"), and how to get a
    // time-to-value ("not set: mark a stage as the conversion"); off on posters, which show
    // no time-to-value until there is one.
    bool editorHints = true;

    // DejaVu Sans (falling back per glyph, e.g. to WenQuanYi for Chinese) at pixel sizes.
    static JourneyStyle standard();
    // The colour an assessment is shown in, along with its icon and label.
    static QColor assessmentColor(Assessment assessment);
};

// A rounded label with an icon: assessment, conversion and value marks, largest drop.
struct Pill
{
    QRectF rect; // relative to the content origin
    TextBox text; // drawn at textPos
    QPointF textPos;

    bool isEmpty() const { return text.isEmpty(); }
};

// What a cell shows, measured; positions relative to the cell's content origin.
struct CellBox
{
    TextBox text; // text lanes, at (textX, 0)
    qreal textX = 0; // the width of the severity marks' column, when a line has one
    // Pain-point severities (text lanes): a mark ("!!!A") before each line that has one.
    struct SeverityMark
    {
        qreal y = 0;
        TextBox mark;
    };
    std::vector<SeverityMark> severityMarks;
    QList<qreal> lineTops; // each line's top (text lanes), to find the line under a point
    std::vector<Pill> chips; // chip lanes
    struct Kpi
    {
        qreal y = 0;
        TextBox name;
        qreal valueY = 0;
        TextBox value; // value and unit
    };
    std::vector<Kpi> kpis; // KPI lanes
    // Service blueprint marks, on a line of their own below the content (marksY < 0: none):
    // a point of failure ("F" in a circle) and a wait ("W" in a circle, then its note).
    qreal marksY = -1;
    bool failurePoint = false;
    bool waits = false;
    TextBox wait;
    qreal height = 0; // content height, without padding
};

struct StageHeaderBox
{
    TextBox name; // beside the number, at (numberWidth, 0)
    TextBox description;
    qreal descriptionY = 0;
    Pill conversion;
    Pill valueDelivered;
    Pill assessment;
    TextBox meta; // duration
    qreal metaY = 0;
    qreal height = 0; // content height, without padding and colour band
};

struct LaneHeaderBox
{
    TextBox name;
    TextBox caption; // kind hint, e.g. "Tags"
    qreal captionY = 0;
    qreal height = 0;
};

struct FunnelBox
{
    TextBox count; // "5,000 entering" or "No count"
    qreal barY = 0;
    double barShare = -1; // bar length, 0 … 1 of the largest count; -1: no bar
    TextBox drop; // "48 % lost (2,400)"
    qreal dropY = 0;
    bool gain = false; // more customers enter the next stage
    Pill largest; // "Largest drop", on the largest only
    qreal height = 0;
};

struct TitleBox
{
    TextBox title;
    TextBox subtitle; // persona, description
    qreal subtitleY = 0;
    TextBox summary; // stages, assessments, time-to-value, largest drop
    qreal summaryY = 0;
    qreal height = 0;
};

// Where everything of one journey map goes: columns (the steps of the stages the filter
// keeps), rows (visible lanes), stage headers spanning their steps' columns, a row of step
// names (only when a stage has more than one step: a map of one-step stages looks as it did
// before steps), funnel and time-to-value bands, and every cell's measured text. Rows grow to
// their tallest content; columns have one width. Measurements are cached by step (or stage)
// and lane id, so after an edit, invalidating what changed and calling update() re-measures
// only that.
// Reads the journey from `workspace`, which must outlive the layout.
class JourneyLayout
{
public:
    // Measured at once, or (Deferred) at the first update(), after the filters are set.
    enum class Measure { Now, Deferred };
    JourneyLayout(const Workspace &workspace, Id journeyId,
                  const JourneyStyle &style = JourneyStyle::standard(),
                  Measure measure = Measure::Now);
    ~JourneyLayout();

    const Workspace &workspace() const { return mWorkspace; }
    Id journeyId() const { return mJourneyId; }
    const Journey *journey() const;
    const JourneyStyle &style() const { return mStyle; }

    void setFilter(const StageFilter &filter);
    StageFilter filter() const { return mFilter; }
    // An audience view's lanes and stages (issue 23); call update() after.
    void setViewFilter(const ViewFilter &view);
    const ViewFilter &viewFilter() const { return mView; }
    void setShowTitle(bool show);
    bool showTitle() const { return mShowTitle; }
    // A service blueprint for the customer's eyes: no row from the first lane below the line
    // of visibility (backstage, support processes) on, and the title's figures count only the
    // rows shown. Call update() after.
    void setCustomerViewOnly(bool only);
    bool customerViewOnly() const { return mCustomerViewOnly; }
    // True when the journey has a visible lane below the line of visibility, which a customer
    // view leaves out.
    static bool hasLanesBelowVisibility(const Journey &journey);

    // Call after the journey changed, then update().
    void invalidateCell(Id step, Id lane);
    void invalidateStage(Id stage); // its header and its steps' cells
    void invalidateLane(Id lane); // its header and cells
    void invalidateAll();
    void update();

    // --- Geometry, in logical pixels from (0, 0) -------------------------------------------
    QSizeF size() const { return mSize; }
    QRectF bounds() const { return {QPointF(), mSize}; }
    // A column is a step; a stage spans the columns of its steps.
    int columnCount() const { return int(mColumns.size()); }
    int rowCount() const { return int(mRows.size()); }
    Id stageIdAt(int column) const; // the stage holding the column's step
    Id stepIdAt(int column) const;
    Id laneIdAt(int row) const;
    const Stage *stageAt(int column) const;
    const Step *stepAt(int column) const;
    const Lane *laneAt(int row) const;
    int stageIndexAt(int column) const; // position in Journey::stages
    int stepIndexAt(int column) const; // position in its stage's steps
    // The first and last columns of the stage holding `column`.
    int stageFirstColumn(int column) const;
    int stageLastColumn(int column) const;
    int columnOf(Id stage) const; // the stage's first column; -1 when filtered out or absent
    int columnOfStep(Id step) const; // -1 when filtered out or absent
    int rowOf(Id lane) const;
    // True when some stage shown has more than one step: the step names get a row.
    bool hasStepRow() const { return mStepRowHeight > 0; }

    bool hasTimeToValueBand() const { return !mTimeToValueRect.isEmpty(); }
    bool hasFunnel() const { return mFunnelHeight > 0; }
    QRectF titleRect() const { return mTitleRect; }
    QRectF timeToValueRect() const { return mTimeToValueRect; }
    QRectF cornerRect() const; // above the lane headers, beside the stage headers
    // The header of the stage holding `column`, across all its steps' columns.
    QRectF headerRect(int column) const;
    QRectF stepHeaderRect(int column) const; // the step's name, below its stage's header
    QRectF funnelRect(int column) const; // the stage's, across its columns
    QRectF funnelLabelRect() const; // beside the funnel row
    QRectF laneHeaderRect(int row) const;
    QRectF cellRect(int column, int row) const;
    QRectF rowRect(int row) const; // the cells of a row, without its header
    QRectF columnRect(int column) const; // header, funnel and cells
    QRectF gridRect() const; // headers and cells
    // The cell rectangle less padding (and a blueprint line's band): where text goes.
    QRectF contentRect(int column, int row) const;

    // Service blueprints: the line drawn across the top band of a row, where the lanes pass
    // from the customer's side to the frontstage (line of interaction), to the backstage (line
    // of visibility) or to support processes (line of internal interaction). The row's role
    // names the line (Frontstage, Backstage, Support); None when the row starts no line.
    LaneRole lineAbove(int row) const;
    qreal lineBand(int row) const; // the band's height, 0 without a line
    qreal lineY(int row) const; // where the line goes
    const TextBox &lineLabel(int row) const;
    static QString lineName(LaneRole role); // "Line of interaction", …

    // Emotion rows: -2 at the bottom, +2 at the top.
    QRectF emotionPlotRect(int row) const;
    QPointF emotionPoint(int column, int row, double score) const;
    double emotionAt(int row, qreal y) const;

    struct Hit
    {
        enum Kind {
            None,
            Title,
            TimeToValue,
            Corner,
            StageHeader,
            Funnel,
            LaneHeader,
            Cell,
            StepHeader
        };
        Kind kind = None;
        int column = -1;
        int row = -1;
    };
    Hit hitTest(const QPointF &pos) const;
    int columnAtX(qreal x) const; // -1 outside the columns
    int rowAtY(qreal y) const;
    // Where a dragged column dropped at x goes: 0 … columnCount().
    int insertionColumnAtX(qreal x) const;
    int insertionRowAtY(qreal y) const;

    // --- Measured content ------------------------------------------------------------------
    const CellBox &cellBox(int column, int row) const;
    const StageHeaderBox &headerBox(int column) const; // of the stage holding `column`
    const TextBox &stepNameBox(int column) const; // empty without a step row
    const LaneHeaderBox &laneHeaderBox(int row) const;
    const FunnelBox &funnelBox(int column) const; // of the stage holding `column`
    const TitleBox &titleBox() const { return mTitle; }
    // The title's figures line ("6 stages  ·  …") of the last update(), whether or not the
    // title is shown.
    QString summaryText() const;
    const TextBox &timeToValueText() const { return mTimeToValueText; }
    const TextBox &funnelLabel() const { return mFunnelLabel; }
    const TextBox &emptyText() const { return mEmptyText; } // when there are no stages

    // --- Figures ---------------------------------------------------------------------------
    const DropOffAnalysis &dropOff() const { return mDropOff; }
    const TimeToValue &timeToValue() const { return mTimeToValue; }
    const AssessmentCounts &assessmentCounts() const { return mCounts; }
    // The visible columns spanned by time-to-value, or {-1, -1}.
    std::pair<int, int> timeToValueColumns() const { return mTimeToValueColumns; }

private:
    struct Column
    {
        Id stage = 0;
        int index = -1; // in Journey::stages
        Id step = 0;
        int stepIndex = 0; // in Stage::steps
        int span = 0; // in mSpans
        qreal x = 0;
    };
    // A stage shown: the columns of its steps.
    struct Span
    {
        int first = 0;
        int last = 0;
    };
    struct Row
    {
        Id lane = 0;
        LaneKind kind = LaneKind::Text;
        qreal y = 0;
        qreal height = 0;
        LaneRole line = LaneRole::None; // the blueprint line above its content
        qreal band = 0; // the height that line takes
    };
    using CellKey = std::pair<Id, Id>; // step, lane

    CellBox measureCell(const Step &step, const Lane &lane) const;
    StageHeaderBox measureHeader(const Stage &stage) const;
    LaneHeaderBox measureLaneHeader(const Lane &lane) const;
    void measureFunnel(const Journey &journey);
    void measureTitle(const Journey &journey);
    qreal innerWidth() const { return mStyle.columnWidth - 2 * mStyle.padding; }

    const Workspace &mWorkspace;
    Id mJourneyId;
    JourneyStyle mStyle;
    StageFilter mFilter;
    ViewFilter mView;
    bool mShowTitle = true;
    bool mCustomerViewOnly = false;

    // Shared, so that the current layout keeps what it shows while the cache changes.
    QHash<CellKey, std::shared_ptr<const CellBox>> mCellCache;
    QHash<Id, std::shared_ptr<const StageHeaderBox>> mHeaderCache;
    QHash<Id, std::shared_ptr<const LaneHeaderBox>> mLaneCache;
    QHash<Id, std::pair<QString, TextBox>> mStepNameCache; // by step: its name, measured
    bool mFunnelDirty = true;
    std::vector<std::pair<Id, std::optional<qint64>>> mFunnelKey;

    std::vector<Column> mColumns;
    std::vector<Span> mSpans;
    std::vector<Row> mRows;
    std::vector<std::shared_ptr<const CellBox>> mCells; // column-major: column * rows + row
    std::vector<std::shared_ptr<const StageHeaderBox>> mHeaders;
    std::vector<std::shared_ptr<const LaneHeaderBox>> mLaneHeaders;
    std::vector<TextBox> mStepNames; // by column, when there is a step row
    std::vector<FunnelBox> mFunnel; // by span
    QHash<Id, int> mColumnOfStage;
    QHash<Id, int> mColumnOfStep;
    QHash<Id, int> mRowOfLane;

    TitleBox mTitle;
    TextBox mTimeToValueText;
    TextBox mFunnelLabel;
    TextBox mEmptyText;
    QHash<int, TextBox> mLineLabels; // by LaneRole
    DropOffAnalysis mDropOff;
    TimeToValue mTimeToValue;
    AssessmentCounts mCounts;
    std::pair<int, int> mTimeToValueColumns {-1, -1};

    QSizeF mSize;
    QRectF mTitleRect;
    QRectF mTimeToValueRect;
    qreal mGridTop = 0;
    qreal mHeaderHeight = 0;
    qreal mStepRowHeight = 0;
    qreal mFunnelHeight = 0;
    qreal mRowsTop = 0;
};

} // namespace Parcours
