#include "layout/posterlayout.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr qreal mmPerPt = 25.4 / 72;
constexpr qreal epsilon = 1e-6;
// Tile labels and cut marks need this much white around each tiled sheet.
constexpr qreal minimumTiledMargin = 5;

// "841", "12.5": millimetres with at most one decimal, in the user's locale.
QString mm(qreal value)
{
    const qreal rounded = std::round(value * 10) / 10;
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator); // "1189 mm"
    return locale.toString(rounded, 'f', std::abs(rounded - std::round(rounded)) < 0.05 ? 0 : 1);
}

QString orientationName(QPageLayout::Orientation orientation)
{
    // PosterLayout::tr, written out: lupdate ignores strings passed to a helper of our own.
    return orientation == QPageLayout::Landscape ? PosterLayout::tr("landscape")
                                                 : PosterLayout::tr("portrait");
}

// Sheets along one side: the first covers `printable`, each further one `printable - overlap`
// more.
// Sheets needed along one side; 0 when a sheet's printable part does not exceed the overlap
// (no count would do: the caller reports the settings).
int sheetsAlong(qreal poster, qreal printable, qreal overlap)
{
    if (poster <= printable + epsilon)
        return 1;
    if (printable - overlap <= epsilon)
        return 0;
    const qreal sheets = std::ceil((poster - overlap) / (printable - overlap) - epsilon);
    return sheets < 1e6 ? int(sheets) : 1000000; // far beyond any layout that is printed
}

qreal fitScale(const QSizeF &content, const QSizeF &area)
{
    if (content.width() <= 0 || content.height() <= 0 || area.width() <= 0 || area.height() <= 0)
        return 0;
    return std::min(area.width() / content.width(), area.height() / content.height());
}

} // namespace

// --- PosterSettings ------------------------------------------------------------------------

QList<QPageSize::PageSizeId> PosterSettings::standardSizes()
{
    return {QPageSize::A4, QPageSize::A3,     QPageSize::A2,    QPageSize::A1,
            QPageSize::A0, QPageSize::Letter, QPageSize::Legal, QPageSize::Tabloid};
}

std::optional<QPageSize> PosterSettings::parsePageSize(const QString &text, QString *error)
{
    if (error)
        error->clear();
    const QString t = text.trimmed();
    for (QPageSize::PageSizeId id : standardSizes()) {
        if (t.compare(QPageSize::name(id), Qt::CaseInsensitive) == 0
            || t.compare(QPageSize::key(id), Qt::CaseInsensitive) == 0)
            return QPageSize(id);
    }
    static const QRegularExpression custom(
        uR"(^(\d+(?:[.,]\d+)?)\s*[x×*]\s*(\d+(?:[.,]\d+)?)\s*(?:mm)?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = custom.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const qreal w = m.captured(1).replace(u',', u'.').toDouble();
    const qreal h = m.captured(2).replace(u',', u'.').toDouble();
    if (std::max(w, h) > maximumSideMm) {
        if (error)
            *error = PosterLayout::tr("too large (at most %1 mm per side)").arg(mm(maximumSideMm));
        return std::nullopt;
    }
    if (std::min(w, h) < minimumSideMm) {
        if (error)
            *error = PosterLayout::tr("too small (at least %1 mm per side)").arg(mm(minimumSideMm));
        return std::nullopt;
    }
    return customSize(w, h);
}

bool PosterSettings::tileNotSmaller() const
{
    const QSizeF tile = PosterLayout::orientedSize(tileSize, QPageLayout::Portrait);
    const QSizeF poster = PosterLayout::orientedSize(posterSize, QPageLayout::Portrait);
    return tile.width() + epsilon >= poster.width() && tile.height() + epsilon >= poster.height();
}

QPageSize PosterSettings::customSize(qreal widthMm, qreal heightMm)
{
    return QPageSize(QSizeF(widthMm, heightMm), QPageSize::Millimeter,
                     PosterLayout::tr("%1 × %2 mm").arg(mm(widthMm), mm(heightMm)),
                     QPageSize::ExactMatch);
}

QString PosterSettings::sizeName(const QPageSize &size)
{
    if (size.id() != QPageSize::Custom)
        return QPageSize::name(size.id());
    const QSizeF s = size.size(QPageSize::Millimeter);
    return PosterLayout::tr("%1 × %2 mm").arg(mm(s.width()), mm(s.height()));
}

// --- PosterLayout --------------------------------------------------------------------------

QSizeF PosterLayout::orientedSize(const QPageSize &size, QPageLayout::Orientation orientation)
{
    const QSizeF s = size.size(QPageSize::Millimeter);
    const qreal shortSide = std::min(s.width(), s.height());
    const qreal longSide = std::max(s.width(), s.height());
    return orientation == QPageLayout::Landscape ? QSizeF(longSide, shortSide)
                                                 : QSizeF(shortSide, longSide);
}

std::pair<int, int> PosterLayout::gridFor(const QSizeF &poster, const QSizeF &sheet, qreal margin,
                                          qreal overlap)
{
    const QSizeF printable(sheet.width() - 2 * margin, sheet.height() - 2 * margin);
    return {sheetsAlong(poster.height(), printable.height(), overlap),
            sheetsAlong(poster.width(), printable.width(), overlap)};
}

QString PosterLayout::rowLetters(int row)
{
    QString letters;
    for (int n = row + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString PosterLayout::tileLabel(int row, int column)
{
    return rowLetters(row) + QString::number(column + 1);
}

PosterLayout::PosterLayout(const PosterSettings &settings, const QSizeF &contentSize,
                           qreal smallestText)
    : mSettings(settings)
    , mContentSize(contentSize)
    , mSmallestText(smallestText)
{
    const PosterSettings &s = mSettings;
    mPosterSize = orientedSize(s.posterSize, s.orientation);
    mSheetOrientation = s.orientation;
    mSheetSize = mPosterSize;

    if (!s.posterSize.isValid() || mPosterSize.isEmpty()) {
        mError = tr("The poster size is not valid.");
        return;
    }
    if (s.margin < 0 || 2 * s.margin >= std::min(mPosterSize.width(), mPosterSize.height())) {
        mError = tr("Margins of %1 mm leave no room on %2.")
                     .arg(mm(s.margin), PosterSettings::sizeName(s.posterSize));
        return;
    }
    if (contentSize.isEmpty()) {
        mError = tr("There is nothing to print.");
        return;
    }

    // The content, scaled to the poster inside its margin and centred.
    const QRectF printable = printableRect();
    mScale = fitScale(contentSize, printable.size());
    const QSizeF scaled = contentSize * mScale;
    mContentRect
        = QRectF(printable.center() - QPointF(scaled.width(), scaled.height()) / 2, scaled);
    mSmallestTextPt = smallestText * mScale / mmPerPt;
    // One sheet holds the whole poster; tiles cover only the content and its margin: a band
    // of blank sheets above and below a wide journey would be paper wasted.
    // Whole millimetres outward, so that the sheets' offsets stay round numbers.
    const QRectF poster(QPointF(), mPosterSize);
    mPrintedRect = poster;
    if (s.tiled) {
        const QRectF around = mContentRect.adjusted(-s.margin, -s.margin, s.margin, s.margin);
        const QPointF topLeft(std::floor(around.left() + epsilon),
                              std::floor(around.top() + epsilon));
        const QPointF bottomRight(std::ceil(around.right() - epsilon),
                                  std::ceil(around.bottom() - epsilon));
        mPrintedRect = QRectF(topLeft, bottomRight).intersected(poster);
    }

    if (s.tiled)
        layOutTiles();
    else if (mError.isEmpty()) {
        mRows = mColumns = 1;
        PosterTile tile;
        tile.label = tileLabel(0, 0);
        tile.source = QRectF(QPointF(), mPosterSize);
        mTiles.push_back(tile);
    }
}

void PosterLayout::layOutTiles()
{
    const PosterSettings &s = mSettings;
    if (!s.tileSize.isValid()) {
        mError = tr("The sheet size is not valid.");
        return;
    }
    if (s.tileNotSmaller()) {
        mError = tr("The tile sheet %1 is not smaller than the poster %2: print the poster on "
                    "one sheet.")
                     .arg(PosterSettings::sizeName(s.tileSize),
                          PosterSettings::sizeName(s.posterSize));
        return;
    }
    if (s.margin < minimumTiledMargin - epsilon) {
        mError = tr("A tiled poster needs margins of at least %1 mm for the sheet labels and "
                    "cut marks.")
                     .arg(mm(minimumTiledMargin));
        return;
    }
    // Automatic orientation: whichever needs fewer sheets; portrait on a tie.
    QPageLayout::Orientation orientation
        = s.tileOrientation == PosterSettings::TileOrientation::Landscape ? QPageLayout::Landscape
                                                                          : QPageLayout::Portrait;
    if (s.tileOrientation == PosterSettings::TileOrientation::Automatic) {
        const QSizeF printed = mPrintedRect.size();
        const auto [pr, pc] = gridFor(printed, orientedSize(s.tileSize, QPageLayout::Portrait),
                                      s.margin, s.overlap);
        const auto [lr, lc] = gridFor(printed, orientedSize(s.tileSize, QPageLayout::Landscape),
                                      s.margin, s.overlap);
        const qint64 portraitSheets = qint64(pr) * pc;
        const qint64 landscapeSheets = qint64(lr) * lc;
        if (landscapeSheets > 0 && (portraitSheets == 0 || landscapeSheets < portraitSheets))
            orientation = QPageLayout::Landscape;
    }
    mSheetOrientation = orientation;
    mSheetSize = orientedSize(s.tileSize, orientation);
    const QSizeF printable(mSheetSize.width() - 2 * s.margin, mSheetSize.height() - 2 * s.margin);
    if (printable.width() <= 0 || printable.height() <= 0) {
        mError = tr("Margins of %1 mm leave no room on %2 sheets.")
                     .arg(mm(s.margin), PosterSettings::sizeName(s.tileSize));
        return;
    }
    const qreal shortSide = std::min(mSheetSize.width(), mSheetSize.height());
    const qreal shortPrintable = std::min(printable.width(), printable.height());
    if (s.overlap >= 0 && s.margin > s.overlap && 2 * s.overlap >= shortPrintable - epsilon) {
        // The margins are what leaves too little room: say so, with the largest that fits.
        mError = tr("Margins of %1 mm leave only %2 × %3 mm of each %4 sheet to print on, too "
                    "little for an overlap of %5 mm: use margins under %6 mm.")
                     .arg(mm(s.margin), mm(printable.width()), mm(printable.height()),
                          PosterSettings::sizeName(s.tileSize), mm(s.overlap),
                          mm((shortSide - 2 * s.overlap) / 2));
        return;
    }
    if (s.overlap < 0 || 2 * s.overlap >= shortPrintable - epsilon) {
        mError = tr("An overlap of %1 mm is too large for %2 sheets: use less than %3 mm.")
                     .arg(mm(s.overlap), PosterSettings::sizeName(s.tileSize),
                          mm(std::min(printable.width(), printable.height()) / 2));
        return;
    }
    std::tie(mRows, mColumns) = gridFor(mPrintedRect.size(), mSheetSize, s.margin, s.overlap);
    const QSizeF step(printable.width() - s.overlap, printable.height() - s.overlap);
    const QRectF &poster = mPrintedRect;
    for (int r = 0; r < mRows; ++r) {
        for (int c = 0; c < mColumns; ++c) {
            PosterTile tile;
            tile.row = r;
            tile.column = c;
            tile.label = tileLabel(r, c);
            tile.source
                = QRectF(poster.topLeft() + QPointF(c * step.width(), r * step.height()), printable)
                      .intersected(poster);
            tile.origin = QPointF(s.margin, s.margin);
            tile.overlapLeft = c > 0 ? s.overlap : 0;
            tile.overlapTop = r > 0 ? s.overlap : 0;
            tile.overlapRight = c + 1 < mColumns ? s.overlap : 0;
            tile.overlapBottom = r + 1 < mRows ? s.overlap : 0;
            mTiles.push_back(tile);
        }
    }
}

QRectF PosterLayout::printableRect() const
{
    const qreal m = mSettings.margin;
    return QRectF(QPointF(), mPosterSize).adjusted(m, m, -m, -m);
}

bool PosterLayout::isTrimmed() const
{
    // Less than a millimetre is not worth mentioning.
    return mSettings.tiled && isValid()
        && (mPrintedRect.width() < mPosterSize.width() - 1
            || mPrintedRect.height() < mPosterSize.height() - 1);
}

QPageSize PosterLayout::sheetPageSize() const
{
    return mSettings.tiled ? mSettings.tileSize : mSettings.posterSize;
}

QPageLayout PosterLayout::sheetPageLayout() const
{
    // Portrait dimensions with the orientation set: a custom size given in landscape
    // dimensions would otherwise be turned back to portrait.
    const QSizeF portrait = orientedSize(sheetPageSize(), QPageLayout::Portrait);
    const QPageSize size = sheetPageSize().id() == QPageSize::Custom
        ? QPageSize(portrait, QPageSize::Millimeter, sheetPageSize().name(), QPageSize::ExactMatch)
        : sheetPageSize();
    return QPageLayout(size, mSheetOrientation, QMarginsF(), QPageLayout::Millimeter);
}

QString PosterLayout::legibilityWarning(const PosterAdvice &context) const
{
    if (!isValid() || isLegible())
        return {};
    const PosterSettings &s = mSettings;
    const QString where = PosterSettings::sizeName(s.posterSize);
    const QString warning
        = tr("At %1 %2 the smallest text would be %3 pt, below the legible %4 pt.")
              .arg(where, orientationName(s.orientation),
                   QLocale().toString(mSmallestTextPt, 'f', 1),
                   QLocale().toString(s.minimumTextPt, 'f', 0));
    return warning + u' ' + legibilityRemedy(context);
}

QString PosterLayout::legibilityRemedy(const PosterAdvice &context) const
{
    if (!isValid() || isLegible())
        return {};
    const PosterSettings &s = mSettings;
    auto legibleAt = [this, &s](const QSizeF &poster) {
        const QSizeF printable(poster.width() - 2 * s.margin, poster.height() - 2 * s.margin);
        return mSmallestText * fitScale(mContentSize, printable) / mmPerPt + 1e-9
            >= s.minimumTextPt;
    };
    if (!context.wrap.isEmpty())
        return context.wrap;
    const QPageLayout::Orientation other
        = s.orientation == QPageLayout::Landscape ? QPageLayout::Portrait : QPageLayout::Landscape;
    QString advice;
    if (legibleAt(orientedSize(s.posterSize, other))) {
        advice = context.commandLine
            ? tr("Turn it to %1 (%2).")
                  .arg(orientationName(other),
                       other == QPageLayout::Landscape ? u"--landscape"_s : u"--portrait"_s)
            : tr("Turn it to %1.").arg(orientationName(other));
        return advice;
    }
    // The next larger offered sizes of the poster's paper family: Tabloid (Ledger turned)
    // after US Letter and Legal, then the A sizes, which are the poster sizes offered.
    const QPageSize::PageSizeId id = s.posterSize.id();
    const bool us = id == QPageSize::Letter || id == QPageSize::Legal || id == QPageSize::Tabloid
        || id == QPageSize::Ledger;
    const QList<QPageSize::PageSizeId> larger = us
        ? QList<QPageSize::PageSizeId> {QPageSize::Tabloid, QPageSize::A2, QPageSize::A1,
                                        QPageSize::A0}
        : QList<QPageSize::PageSizeId> {QPageSize::A4, QPageSize::A3, QPageSize::A2, QPageSize::A1,
                                        QPageSize::A0};
    const qreal area = mPosterSize.width() * mPosterSize.height();
    for (QPageSize::PageSizeId candidate : larger) {
        const QSizeF size = orientedSize(QPageSize(candidate), s.orientation);
        if (size.width() * size.height() <= area + epsilon)
            continue;
        if (legibleAt(size) || legibleAt(orientedSize(QPageSize(candidate), other))) {
            const QString name = QPageSize::name(candidate);
            if (s.tiled)
                advice = tr("Choose a poster of %1 or larger.").arg(name);
            else if (context.suggestTiling)
                advice = tr("Choose %1 or larger, or print a tiled poster across several "
                            "sheets.")
                             .arg(name);
            else
                advice = tr("Choose %1 or larger.").arg(name);
            return advice;
        }
    }
    // No offered size will do: the custom size that would, if there is one.
    const qreal needed = s.minimumTextPt * mmPerPt / mSmallestText; // mm per content unit
    const QSizeF poster(std::ceil(mContentSize.width() * needed + 2 * s.margin - epsilon),
                        std::ceil(mContentSize.height() * needed + 2 * s.margin - epsilon));
    if (std::max(poster.width(), poster.height()) <= PosterSettings::maximumSideMm) {
        advice = tr("A custom size of at least %1 × %2 mm would do.")
                     .arg(mm(poster.width()), mm(poster.height()));
    } else {
        advice = tr("Even at %1 mm per side, the largest size a PDF page can have, the text "
                    "would be too small.")
                     .arg(mm(PosterSettings::maximumSideMm));
        if (!context.shrink.isEmpty())
            advice += u' ' + context.shrink;
    }
    return advice;
}

qreal PosterLayout::otherOrientationGain() const
{
    if (!isValid() || mScale <= 0)
        return 1;
    const QSizeF turned(mPosterSize.height() - 2 * mSettings.margin,
                        mPosterSize.width() - 2 * mSettings.margin);
    return fitScale(mContentSize, turned) / mScale;
}

QString PosterLayout::orientationAdvice() const
{
    const qreal gain = otherOrientationGain();
    if (gain < 1.1)
        return {};
    const QString other
        = mSettings.orientation == QPageLayout::Landscape ? tr("Portrait") : tr("Landscape");
    return tr("%1 would print it %2 % larger.")
        .arg(other, QLocale().toString((gain - 1) * 100, 'f', 0));
}

QString PosterLayout::describe() const
{
    if (!isValid())
        return mError;
    const PosterSettings &s = mSettings;
    const QString poster
        = tr("%1 %2 (%3 × %4 mm)")
              .arg(PosterSettings::sizeName(s.posterSize), orientationName(s.orientation),
                   mm(mPosterSize.width()), mm(mPosterSize.height()));
    if (!s.tiled)
        return tr("One %1 sheet").arg(poster);
    const QString rows = mRows == 1 ? tr("1 row") : tr("%1 rows").arg(mRows);
    const QString columns = mColumns == 1 ? tr("1 column") : tr("%1 columns").arg(mColumns);
    QString sheets = sheetCount() == 1
        ? tr("%1 poster on 1 %2 %3 sheet")
              .arg(poster, PosterSettings::sizeName(s.tileSize), orientationName(mSheetOrientation))
        : tr("%1 poster on %2 %3 %4 sheets: %5 × %6, %7 mm overlap")
              .arg(poster)
              .arg(sheetCount())
              .arg(PosterSettings::sizeName(s.tileSize), orientationName(mSheetOrientation), rows,
                   columns, mm(s.overlap));
    if (!isTrimmed())
        return sheets;
    //: %1 describes the poster and its sheets
    return tr("%1; only the %2 × %3 mm holding the content are printed, not the blank around it")
        .arg(sheets, mm(mPrintedRect.width()), mm(mPrintedRect.height()));
}

} // namespace Parcours
