#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

// Poster geometry, in millimetres, without any painting: which sheet size and orientation,
// where the content goes and at what scale, whether its text stays legible, and for a tiled
// poster the grid of sheets with each sheet's part of the poster and its label.
namespace Parcours {

struct PosterSettings
{
    enum class TileOrientation { Automatic, Portrait, Landscape };

    // The poster. Printed on one sheet of this size, or tiled across smaller sheets.
    QPageSize posterSize {QPageSize::A3};
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    // White border, in mm, around the poster and on every side of every printed sheet (where a
    // printer cannot print, and where a tiled sheet's label and marks go).
    qreal margin = 10;

    bool tiled = false;
    QPageSize tileSize {QPageSize::A4};
    TileOrientation tileOrientation = TileOrientation::Automatic; // Automatic: fewer sheets
    qreal overlap = 10; // mm printed twice where neighbouring sheets meet

    // Text below this size (in points, on paper) is reported as not legible.
    qreal minimumTextPt = 6;

    // Content that wraps (a journey's stages) is cut into this many rows stacked on the
    // poster; automaticRows: the count that prints its smallest text largest on this sheet.
    // PosterLayout places the poster it is given; PosterRenderer::layout() wraps it first.
    static constexpr int automaticRows = 0;
    int rows = 1;

    // Who the poster is for. Customer: a service blueprint without the lanes below its line of
    // visibility (backstage, support processes), for the customer's eyes; the content applies
    // it (PosterContent::setAudience()).
    enum class Audience { Everyone, Customer };
    Audience audience = Audience::Everyone;

    // True when the tile sheet is at least as large as the poster on both sides (in some
    // orientation): tiling would print the whole poster on one sheet of that size.
    bool tileNotSmaller() const;

    // The sizes offered by the dialog and the command line, in that order.
    static QList<QPageSize::PageSizeId> standardSizes();
    // Custom sizes, per side: PDF viewers refuse pages larger than 200 in (5080 mm).
    static constexpr qreal minimumSideMm = 10;
    static constexpr qreal maximumSideMm = 5080;
    // "A4", "a0", "Letter", "tabloid", or a custom "600x900" / "600 x 900 mm" (width ×
    // height in mm, minimumSideMm to maximumSideMm); nullopt when not understood or out of
    // range. `error` (optional) then says why a size is refused ("too large (at most 5080 mm
    // per side)"), and stays empty for text that is not a size.
    static std::optional<QPageSize> parsePageSize(const QString &text, QString *error = nullptr);
    // A custom size in mm, named "600 × 900 mm".
    static QPageSize customSize(qreal widthMm, qreal heightMm);
    // "A4", or "600 × 900 mm" for a custom size.
    static QString sizeName(const QPageSize &size);
};

// One printed sheet of the poster. Rows are lettered from the top (A, B, … Z, AA, AB …),
// columns numbered from the left (1, 2, …): "B3" is the second row, third column.
struct PosterTile
{
    int row = 0;
    int column = 0;
    QString label;
    QRectF source; // the part of the poster on this sheet, in poster mm
    QPointF origin; // where source.topLeft() goes on the sheet, in sheet mm
    // The part of `source` also printed on the neighbouring sheet, on each side (0 on the
    // poster's edges).
    qreal overlapLeft = 0;
    qreal overlapTop = 0;
    qreal overlapRight = 0;
    qreal overlapBottom = 0;

    QRectF target() const { return {origin, source.size()}; } // on the sheet, in mm
};

// Where legibility advice is read, so that it offers only remedies that exist there.
struct PosterAdvice
{
    bool commandLine = false; // name the options (--landscape) rather than the dialog's words
    bool suggestTiling = true; // false for content printed on one sheet (the dashboard)
    QString shrink; // the content's own remedy, "Hide lanes or filter stages…"; empty: none
    // Wrapping into rows, when that makes the text legible ("Wrap it into 4 rows…"); offered
    // before a larger sheet. Empty: none.
    QString wrap;
};

class PosterLayout
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::PosterLayout)

public:
    // `contentSize` in any unit (the content's own), `smallestText` the size of its smallest
    // font in the same unit: the content is scaled to fill the poster inside its margin.
    PosterLayout(const PosterSettings &settings, const QSizeF &contentSize, qreal smallestText);

    const PosterSettings &settings() const { return mSettings; }
    // False with an error() when the settings cannot give a poster (margin or overlap too
    // large for the sheet, empty size).
    bool isValid() const { return mError.isEmpty(); }
    QString error() const { return mError; }

    QSizeF posterSize() const { return mPosterSize; } // mm, in its orientation
    QRectF printableRect() const; // the poster less its margin
    QRectF contentRect() const { return mContentRect; } // the scaled content, centred
    // The part of the poster that is printed, in poster mm: the whole poster on one sheet; on
    // tiled sheets the content and its margin only, so that the blank bands a fitted poster
    // has above and below (or left and right of) its content take no sheets.
    QRectF printedRect() const { return mPrintedRect; }
    // True when a tiled poster leaves blank bands out (printedRect() smaller than the poster).
    bool isTrimmed() const;
    qreal scale() const { return mScale; } // mm per content unit
    // Smallest text on paper, in points; legible when at least settings().minimumTextPt.
    qreal smallestTextPt() const { return mSmallestTextPt; }
    bool isLegible() const { return mSmallestTextPt + 1e-9 >= mSettings.minimumTextPt; }
    // Empty when legible; otherwise why, and which size or mode would do.
    QString legibilityWarning(const PosterAdvice &context = {}) const;
    // Its remedy alone ("Choose A1 or larger…"); empty when legible.
    QString legibilityRemedy(const PosterAdvice &context = {}) const;
    // How much larger the content would print in the other orientation (1.4: 40 % larger);
    // below 1 when this one is better.
    qreal otherOrientationGain() const;
    // "Landscape would print it 40 % larger." when that is at least 10 % larger.
    QString orientationAdvice() const;

    // Every printed sheet: the poster size in fit mode, the tile size in tiled mode.
    QPageSize sheetPageSize() const;
    QPageLayout::Orientation sheetOrientation() const { return mSheetOrientation; }
    QSizeF sheetSize() const { return mSheetSize; } // mm, in its orientation
    // The sheets' page layout, without margins: painting starts at the paper's corner.
    QPageLayout sheetPageLayout() const;

    int rows() const { return mRows; }
    int columns() const { return mColumns; }
    int sheetCount() const { return int(mTiles.size()); }
    const std::vector<PosterTile> &tiles() const { return mTiles; }
    // "A0 portrait (841 × 1189 mm) poster on 25 A4 portrait sheets: 5 rows × 5 columns, 10 mm
    // overlap", saying so when blank bands are left out.
    QString describe() const;

    static QString tileLabel(int row, int column);
    static QString rowLetters(int row); // 0 → "A", 25 → "Z", 26 → "AA"
    // Width × height in mm of a page size in an orientation.
    static QSizeF orientedSize(const QPageSize &size, QPageLayout::Orientation orientation);
    // Sheets needed to tile `poster` mm (the printed part of a poster) on sheets of `sheet` mm.
    static std::pair<int, int> gridFor(const QSizeF &poster, const QSizeF &sheet, qreal margin,
                                       qreal overlap); // rows, columns

private:
    void layOutTiles();

    PosterSettings mSettings;
    QSizeF mContentSize;
    qreal mSmallestText = 0;
    QString mError;
    QSizeF mPosterSize;
    QRectF mContentRect;
    QRectF mPrintedRect;
    qreal mScale = 0;
    qreal mSmallestTextPt = 0;
    QPageLayout::Orientation mSheetOrientation = QPageLayout::Portrait;
    QSizeF mSheetSize;
    int mRows = 0;
    int mColumns = 0;
    std::vector<PosterTile> mTiles;
};

} // namespace Parcours
