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

    // The whole poster (title block, content, legend), in the content's unit.
    QSizeF size() const { return mSize; }
    qreal smallestTextSize() const { return mSmallestText; }
    PosterLayout layout(const PosterSettings &settings) const;
    // The orientation of the sheet that gives the poster the larger scale (landscape on a tie).
    QPageLayout::Orientation largerScaleOrientation(PosterSettings settings) const;
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

    void measureHeading(qreal width);
    void measureLegend(qreal width);
    void paintHeading(QPainter *painter) const;
    void paintLegend(QPainter *painter) const;
    void paintTileMarks(QPainter *painter, const PosterLayout &layout, int tile) const;

    const PosterContent &mContent;
    PosterInfo mInfo;
    JourneyStyle mStyle; // fonts and colours of the title block and legend
    qreal mUnit = 1; // content units per title block unit

    // Title block and legend, measured in their own unit (a 13 px body text).
    TextBox mKind, mTitle, mDescription, mSummary;
    qreal mTitleY = 0, mDescriptionY = 0, mSummaryY = 0;
    std::vector<Field> mFields;
    qreal mFieldsX = 0; // left edge of the field column; 0 when below the title
    qreal mHeadingHeight = 0;
    QList<PosterLegendSection> mSections;
    std::vector<LegendItem> mLegendItems;
    qreal mLegendHeight = 0;

    // Where the parts go, in the content's unit.
    QRectF mHeadingRect, mContentRect, mLegendRect;
    QSizeF mSize;
    qreal mSmallestText = 0;
};

} // namespace Parcours
