#pragma once

#include "layout/journeylayout.h"
#include "layout/posterlayout.h"
#include "posters/postercontent.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

class QPainter;

namespace Parcours {

// What the title block adds to the content's own heading.
struct PosterInfo
{
    QDate date; // invalid: no date
    QString notes; // version or notes line; empty: none
};

// A poster: the content (a journey map…) with a title block above it and a legend below,
// painted on any QPainter. paint() works in the content's unit; paintSheet() paints one
// printed sheet of a PosterLayout in millimetres (the poster, or one tile of it with its
// label, neighbours, cut and alignment marks). Print, preview, PDF, SVG and PNG all go
// through paintSheet(), so every output shows the same poster.
class PosterRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::PosterRenderer)

public:
    // `content` must outlive the renderer.
    explicit PosterRenderer(const PosterContent &content, const PosterInfo &info = {});
    ~PosterRenderer();

    const PosterContent &content() const { return mContent; }
    const PosterInfo &info() const { return mInfo; }
    // "Journey name — Workspace", for document titles.
    QString documentTitle() const;

    // The whole poster (title block, content, legend), in the content's unit, as the last
    // layout() arranged it.
    QSizeF size() const { return mSize; }
    qreal smallestTextSize() const { return mSmallestText; }
    // The poster on the sheets of `settings`. Content that wraps (a journey) is first cut into
    // settings.rows rows (automaticRows: the count printing its smallest text largest on that
    // sheet); every painting after it shows that arrangement, until the next layout().
    PosterLayout layout(const PosterSettings &settings) const;
    // The orientation of the sheet that gives the poster the larger scale (landscape on a tie),
    // with settings.rows applied to each.
    QPageLayout::Orientation largerScaleOrientation(PosterSettings settings) const;

    // Whether the content wraps into rows, and the rows of the last layout() (empty: one band).
    bool canWrap() const { return mWrap.canWrap(); }
    // Whether the content flows into columns instead (a use-case table; settings.rows then
    // counts columns), the most it takes, and the columns of the last layout().
    bool flowsIntoColumns() const { return mContent.maxColumns() > 1; }
    int maxColumns() const { return mContent.maxColumns(); }
    int columns() const { return mColumns; }
    const std::vector<PosterRowCut> &rowCuts() const { return mCuts; }
    // The rows settings.rows gives on its sheet (automaticRows resolved); 1 when not wrapping.
    int rowCountFor(const PosterSettings &settings) const;
    // "4 rows of 12–13 stages, smallest text 9.5 pt" for a wrapped layout, "3 columns, smallest
    // text 8.1 pt" for content in columns; empty otherwise.
    QString describeRows(const PosterLayout &layout) const;
    // For PosterAdvice::wrap: when the poster of `settings` is one band too small to read and
    // automatic rows would print it legibly, how ("Wrap it into 4 rows (--rows auto)…"); when
    // they would print it much larger but still too small, that and what the wrapped poster
    // then needs. `context` says where the advice is read.
    QString wrapAdvice(const PosterSettings &settings, const PosterAdvice &context) const;
    QRectF headingRect() const { return mHeadingRect; }
    QRectF contentRect() const { return mContentRect; }
    QRectF legendRect() const { return mLegendRect; }

    // Paints what intersects `exposed` (empty: everything), in the content's unit.
    void paint(QPainter *painter, const QRectF &exposed = QRectF()) const;
    // Sheet `tile` of `layout` (from layout()), with the painter's unit the millimetre and its
    // origin the sheet's top-left corner. `exposed` (sheet mm, empty: all) limits the work.
    void paintSheet(QPainter *painter, const PosterLayout &layout, int tile,
                    const QRectF &exposed = QRectF()) const;

private:
    struct Field
    {
        TextBox label;
        TextBox value;
        QPointF pos;
    };
    struct LegendItem
    {
        TextBox text; // a section title or an entry's label
        QPointF textPos;
        QRectF icon; // empty for titles
        int section = -1;
        int entry = -1; // -1 for a section title
    };

    // Wrapping changes what the poster's parts measure: layout() (const) rearranges them, so
    // the members below that depend on it are mutable.
    void arrange(std::vector<PosterRowCut> cuts, int columns = 1) const;
    int columnsFor(const PosterSettings &settings) const;
    int automaticColumnCount(const PosterSettings &settings) const;
    QString columnsAdvice(const PosterSettings &settings, const PosterAdvice &context) const;
    std::vector<PosterRowCut> cutsFor(const PosterSettings &settings) const;
    int automaticRowCount(const PosterSettings &settings) const;
    qreal aroundHeight(qreal width) const; // title block, legend and gaps at a poster width
    void measureHeading(qreal width) const;
    void measureLegend(qreal width) const;
    void paintHeading(QPainter *painter) const;
    void paintLegend(QPainter *painter) const;
    void paintRows(QPainter *painter, const QRectF &part) const;
    void paintPart(QPainter *painter, const QRectF &target, const QPointF &source,
                   const QRectF &part) const;
    void paintRowMarkers(QPainter *painter, int row, qreal top) const;
    void paintTileMarks(QPainter *painter, const PosterLayout &layout, int tile) const;

    const PosterContent &mContent;
    PosterInfo mInfo;
    JourneyStyle mStyle; // fonts and colours of the title block and legend
    qreal mUnit = 1; // content units per title block unit

    PosterWrapGeometry mWrap; // how the content wraps, in its unit
    std::vector<qreal> mUnitLefts; // each unit's left edge in the one-band content

    // Title block and legend, measured in their own unit (a 13 px body text).
    struct Heading
    {
        TextBox kind, title, description, summary;
        qreal titleY = 0, descriptionY = 0, summaryY = 0;
        std::vector<Field> fields;
        qreal fieldsX = 0; // left edge of the field column; 0 when below the title
        qreal height = 0;
    };
    struct Legend
    {
        QList<PosterLegendSection> sections;
        std::vector<LegendItem> items;
        qreal height = 0;
    };
    Heading headingAt(qreal width) const;
    Legend legendAt(qreal width) const;
    mutable Heading mHeading;
    mutable Legend mLegend;
    // Each width measured (the content does not change under a renderer): choosing the rows
    // measures the title block and legend at a few widths, again and again.
    mutable std::vector<std::pair<qreal, Heading>> mHeadings;
    mutable std::vector<std::pair<qreal, Legend>> mLegends;

    // Where the parts go, in the content's unit.
    mutable std::vector<PosterRowCut> mCuts; // empty: the content as one band
    mutable int mColumns = 1; // the content's columns (flowsIntoColumns())
    mutable bool mArranged = false;
    mutable QRectF mHeadingRect, mContentRect, mLegendRect;
    mutable QSizeF mSize;
    qreal mSmallestText = 0;
};

} // namespace Parcours
