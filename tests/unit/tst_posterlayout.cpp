// Poster geometry: page sizes and orientations, fitting and legibility, the tile grid with
// its overlap and labels.
#include "layout/posterlayout.h"

#include <QRegularExpression>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

PosterSettings fit(QPageSize::PageSizeId size, QPageLayout::Orientation orientation)
{
    PosterSettings s;
    s.posterSize = QPageSize(size);
    s.orientation = orientation;
    return s;
}

PosterSettings tiled(QPageSize::PageSizeId poster, QPageSize::PageSizeId sheet,
                     QPageLayout::Orientation orientation = QPageLayout::Portrait)
{
    PosterSettings s = fit(poster, orientation);
    s.tiled = true;
    s.tileSize = QPageSize(sheet);
    return s;
}

const QSizeF wide(1900, 1300); // a journey map, in its logical pixels

// Content of the printable part's proportions, so that a tiled poster prints all of it.
QSizeF filling(const PosterSettings &s)
{
    const QSizeF poster = PosterLayout::orientedSize(s.posterSize, s.orientation);
    return QSizeF(poster.width() - 2 * s.margin, poster.height() - 2 * s.margin) * 2;
}

} // namespace

class TestPosterLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void standardSizes_data();
    void standardSizes();
    void parsePageSize_data();
    void parsePageSize();
    void customLandscapeStaysLandscape();
    void fitScalesAndCentres();
    void legibility();
    void legibilityAdvice();
    void orientationAdvice();
    void a2OnA3IsTwoByTwo();
    void tilesCoverThePosterWithOverlap();
    void automaticTileOrientation();
    void tilesLeaveBlankBandsOut();
    void tileNotSmallerThanThePoster();
    void tileLabels_data();
    void tileLabels();
    void invalidSettings();
};

void TestPosterLayout::standardSizes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSizeF>("portrait"); // mm
    QTest::newRow("A0") << u"A0"_s << QSizeF(841, 1189);
    QTest::newRow("A1") << u"A1"_s << QSizeF(594, 841);
    QTest::newRow("A2") << u"A2"_s << QSizeF(420, 594);
    QTest::newRow("A3") << u"A3"_s << QSizeF(297, 420);
    QTest::newRow("A4") << u"a4"_s << QSizeF(210, 297);
    QTest::newRow("Letter") << u"letter"_s << QSizeF(215.9, 279.4);
    QTest::newRow("Legal") << u"Legal"_s << QSizeF(215.9, 355.6);
    QTest::newRow("Tabloid") << u"TABLOID"_s << QSizeF(279.4, 431.8);
}

void TestPosterLayout::standardSizes()
{
    QFETCH(QString, name);
    QFETCH(QSizeF, portrait);
    const std::optional<QPageSize> size = PosterSettings::parsePageSize(name);
    QVERIFY(size);
    PosterSettings s;
    s.posterSize = *size;
    s.orientation = QPageLayout::Portrait;
    const PosterLayout portraitLayout(s, wide, 12);
    QVERIFY(portraitLayout.isValid());
    QVERIFY2(std::abs(portraitLayout.posterSize().width() - portrait.width()) < 0.2,
             qPrintable(u"%1 wide"_s.arg(portraitLayout.posterSize().width())));
    QVERIFY(std::abs(portraitLayout.posterSize().height() - portrait.height()) < 0.2);
    QCOMPARE(portraitLayout.sheetCount(), 1);
    s.orientation = QPageLayout::Landscape;
    const PosterLayout landscape(s, wide, 12);
    QVERIFY(std::abs(landscape.posterSize().width() - portrait.height()) < 0.2);
    QVERIFY(std::abs(landscape.posterSize().height() - portrait.width()) < 0.2);
    QCOMPARE(landscape.sheetPageLayout().orientation(), QPageLayout::Landscape);
    QVERIFY(std::abs(landscape.sheetPageLayout().fullRect(QPageLayout::Millimeter).width()
                     - portrait.height())
            < 0.2);
}

void TestPosterLayout::parsePageSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QSizeF>("expected"); // empty: rejected
    QTest::addColumn<QString>("error"); // why a size is refused; empty for what is not a size
    QTest::newRow("x") << u"600x900"_s << QSizeF(600, 900) << QString();
    QTest::newRow("spaces and mm") << u" 600 x 900 mm "_s << QSizeF(600, 900) << QString();
    QTest::newRow("times sign, decimals") << u"500,5×700.5"_s << QSizeF(500.5, 700.5) << QString();
    QTest::newRow("landscape dimensions") << u"1000x500"_s << QSizeF(1000, 500) << QString();
    QTest::newRow("largest") << u"5080x841"_s << QSizeF(5080, 841) << QString();
    QTest::newRow("unknown name") << u"A9000"_s << QSizeF() << QString();
    QTest::newRow("too small") << u"5x5"_s << QSizeF() << u"too small (at least 10 mm per side)"_s;
    // PDF viewers refuse pages over 200 in (5080 mm).
    QTest::newRow("too wide") << u"10000x841"_s << QSizeF()
                              << u"too large (at most 5080 mm per side)"_s;
    QTest::newRow("too large") << u"20000x1000"_s << QSizeF()
                               << u"too large (at most 5080 mm per side)"_s;
    QTest::newRow("garbage") << u"big"_s << QSizeF() << QString();
    QTest::newRow("empty") << QString() << QSizeF() << QString();
}

void TestPosterLayout::parsePageSize()
{
    QFETCH(QString, text);
    QFETCH(QSizeF, expected);
    QFETCH(QString, error);
    QString why = u"stale"_s;
    const std::optional<QPageSize> size = PosterSettings::parsePageSize(text, &why);
    QCOMPARE(why, error);
    if (expected.isEmpty()) {
        QVERIFY(!size);
        return;
    }
    QVERIFY(size);
    QCOMPARE(size->size(QPageSize::Millimeter), expected);
}

// Qt turns a custom size given in landscape dimensions back to portrait when its orientation
// is set to landscape; the sheet layout must still be landscape, and keep its dimensions.
void TestPosterLayout::customLandscapeStaysLandscape()
{
    PosterSettings s;
    s.posterSize = PosterSettings::customSize(1000, 500);
    s.orientation = QPageLayout::Landscape;
    const PosterLayout layout(s, wide, 12);
    QCOMPARE(layout.posterSize(), QSizeF(1000, 500));
    const QPageLayout page = layout.sheetPageLayout();
    QCOMPARE(page.orientation(), QPageLayout::Landscape);
    const QRectF full = page.fullRect(QPageLayout::Millimeter);
    QVERIFY2(std::abs(full.width() - 1000) < 0.5 && std::abs(full.height() - 500) < 0.5,
             qPrintable(u"%1 × %2"_s.arg(full.width()).arg(full.height())));
    QCOMPARE(PosterSettings::sizeName(s.posterSize), u"1000 × 500 mm"_s);
}

void TestPosterLayout::fitScalesAndCentres()
{
    PosterSettings s = fit(QPageSize::A0, QPageLayout::Portrait);
    s.margin = 10;
    const PosterLayout layout(s, wide, 12);
    QVERIFY(layout.isValid());
    QCOMPARE(layout.posterSize(), QSizeF(841, 1189));
    QCOMPARE(layout.sheetSize(), QSizeF(841, 1189));
    QCOMPARE(layout.printableRect(), QRectF(10, 10, 821, 1169));
    // Wider than tall on a portrait sheet: the width decides, centred vertically.
    QCOMPARE(layout.scale(), 821.0 / 1900);
    const QRectF c = layout.contentRect();
    QCOMPARE(c.left(), 10.0);
    QCOMPARE(c.width(), 821.0);
    QVERIFY(std::abs(c.height() - 1300 * 821.0 / 1900) < 1e-9);
    QVERIFY(std::abs(c.center().y() - 1189.0 / 2) < 1e-9);
    QCOMPARE(layout.sheetCount(), 1);
    const PosterTile &tile = layout.tiles().front();
    QCOMPARE(tile.label, u"A1"_s);
    QCOMPARE(tile.source, QRectF(0, 0, 841, 1189));
    QCOMPARE(tile.target(), QRectF(0, 0, 841, 1189));
    // 12 units × 821/1900 mm per unit, in points.
    QVERIFY(std::abs(layout.smallestTextPt() - 12 * 821.0 / 1900 * 72 / 25.4) < 1e-9);
    QVERIFY(layout.isLegible());
    QVERIFY(layout.legibilityWarning().isEmpty());
    QVERIFY2(layout.describe().contains(u"A0 portrait (841 × 1189 mm)"_s),
             qPrintable(layout.describe()));
}

void TestPosterLayout::legibility()
{
    // 1900 units on 277 mm: 12 units are 1.75 mm, 4.96 pt.
    PosterSettings s = fit(QPageSize::A4, QPageLayout::Landscape);
    const PosterLayout a4(s, wide, 12);
    QVERIFY(a4.isValid());
    QVERIFY(!a4.isLegible());
    QVERIFY(std::abs(a4.smallestTextPt() - 4.96) < 0.01);
    const QString warning = a4.legibilityWarning();
    QVERIFY2(warning.contains(u"At A4 landscape the smallest text would be 5.0 pt, below the "
                              u"legible 6 pt"_s),
             qPrintable(warning));
    s.minimumTextPt = 4.5;
    QVERIFY(PosterLayout(s, wide, 12).isLegible());
    s = fit(QPageSize::A3, QPageLayout::Landscape);
    QVERIFY(PosterLayout(s, wide, 12).isLegible());
}

void TestPosterLayout::orientationAdvice()
{
    // 1900 × 1300 on A0 portrait: 821 / 1900 mm per unit; landscape: min(1169 / 1900,
    // 821 / 1300) = 0.6153, 42 % larger.
    PosterSettings s = fit(QPageSize::A0, QPageLayout::Portrait);
    const PosterLayout portrait(s, wide, 12);
    QVERIFY(std::abs(portrait.otherOrientationGain() - (1169.0 / 1900) / (821.0 / 1900)) < 1e-9);
    QCOMPARE(portrait.orientationAdvice(), u"Landscape would print it 42 % larger."_s);
    s.orientation = QPageLayout::Landscape;
    const PosterLayout landscape(s, wide, 12);
    QVERIFY(landscape.otherOrientationGain() < 1);
    QVERIFY(landscape.orientationAdvice().isEmpty());
}

void TestPosterLayout::legibilityAdvice()
{
    // Portrait A4 is too small; landscape A4 too; A3 in either orientation does.
    PosterSettings s = fit(QPageSize::A4, QPageLayout::Portrait);
    QString warning = PosterLayout(s, wide, 12).legibilityWarning();
    QVERIFY2(warning.contains(u"Choose A3 or larger, or print a tiled poster"_s),
             qPrintable(warning));
    // A tall map on landscape A3: portrait would do.
    s = fit(QPageSize::A3, QPageLayout::Landscape);
    warning = PosterLayout(s, QSizeF(1000, 2200), 12).legibilityWarning();
    QVERIFY2(warning.endsWith(u"Turn it to portrait."_s), qPrintable(warning));
    QVERIFY2(!warning.contains(u"map"_s), qPrintable(warning)); // posters are not all maps
    // On the command line the option is named.
    PosterAdvice cli;
    cli.commandLine = true;
    warning = PosterLayout(s, QSizeF(1000, 2200), 12).legibilityWarning(cli);
    QVERIFY2(warning.endsWith(u"Turn it to portrait (--portrait)."_s), qPrintable(warning));
    // Content meant for one sheet (the dashboard) is not told to tile.
    PosterAdvice oneSheet;
    oneSheet.suggestTiling = false;
    warning = PosterLayout(fit(QPageSize::A4, QPageLayout::Portrait), wide, 12)
                  .legibilityWarning(oneSheet);
    QVERIFY2(warning.endsWith(u"Choose A3 or larger."_s), qPrintable(warning));
    // US paper: Tabloid (Ledger) comes after Letter, not A3.
    s.posterSize = QPageSize(QPageSize::Letter);
    s.orientation = QPageLayout::Portrait;
    warning = PosterLayout(s, wide, 11).legibilityWarning();
    QVERIFY2(warning.contains(u"Choose Tabloid"_s), qPrintable(warning)); // "Tabloid / ANSI B"
    // Too large for A0: the custom size that would do.
    s = tiled(QPageSize::A0, QPageSize::A4);
    warning = PosterLayout(s, QSizeF(8000, 4000), 12).legibilityWarning();
    static const QRegularExpression customSize(
        u"A custom size of at least (\\d+) × (\\d+) mm would do\\.$"_s);
    const QRegularExpressionMatch m = customSize.match(warning);
    QVERIFY2(m.hasMatch(), qPrintable(warning));
    PosterSettings custom = fit(QPageSize::A0, QPageLayout::Landscape);
    custom.posterSize
        = PosterSettings::customSize(m.captured(1).toDouble(), m.captured(2).toDouble());
    QVERIFY(PosterLayout(custom, QSizeF(8000, 4000), 12).isLegible()); // and it would
    QVERIFY2(!warning.contains(u"Even"_s), qPrintable(warning));
    // Larger than A0 already (6000 × 841 mm) and too small even at 5080 mm per side: no "even
    // A0"; the content's own remedy only where it is given (the window, not the command line).
    s.posterSize = PosterSettings::customSize(5080, 841);
    s.orientation = QPageLayout::Landscape;
    const PosterLayout huge(s, QSizeF(200000, 3000), 12);
    QVERIFY(huge.isValid());
    warning = huge.legibilityWarning(cli);
    QVERIFY2(!warning.contains(u"A0"_s), qPrintable(warning));
    QVERIFY2(warning.endsWith(u"Even at 5080 mm per side, the largest size a PDF page can have, "
                              u"the text would be too small."_s),
             qPrintable(warning));
    PosterAdvice window;
    window.shrink = u"Hide lanes or filter stages to print less."_s;
    warning = huge.legibilityWarning(window);
    QVERIFY2(warning.endsWith(u"too small. Hide lanes or filter stages to print less."_s),
             qPrintable(warning));
}

// The example: A2 portrait (420 × 594) on A3 portrait (297 × 420) with 10 mm margins
// and overlap: printable 277 × 400, two columns (277 + 267 ≥ 420) and two rows
// (400 + 390 ≥ 594), four sheets.
void TestPosterLayout::a2OnA3IsTwoByTwo()
{
    const PosterLayout layout(tiled(QPageSize::A2, QPageSize::A3),
                              filling(tiled(QPageSize::A2, QPageSize::A3)), 12);
    QVERIFY2(layout.isValid(), qPrintable(layout.error()));
    QCOMPARE(layout.rows(), 2);
    QCOMPARE(layout.columns(), 2);
    QCOMPARE(layout.sheetCount(), 4);
    QCOMPARE(layout.sheetOrientation(), QPageLayout::Portrait);
    QCOMPARE(layout.sheetSize(), QSizeF(297, 420));
    QCOMPARE(layout.posterSize(), QSizeF(420, 594));
    QStringList labels;
    for (const PosterTile &t : layout.tiles())
        labels << t.label;
    QCOMPARE(labels, QStringList({u"A1"_s, u"A2"_s, u"B1"_s, u"B2"_s}));
    const PosterTile &b2 = layout.tiles()[3];
    QCOMPARE(b2.row, 1);
    QCOMPARE(b2.column, 1);
    // Starts one printable width less the overlap further, ends at the poster's edge.
    QCOMPARE(b2.source, QRectF(267, 390, 420 - 267, 594 - 390));
    QCOMPARE(b2.origin, QPointF(10, 10));
    QCOMPARE(b2.overlapLeft, 10.0);
    QCOMPARE(b2.overlapTop, 10.0);
    QCOMPARE(b2.overlapRight, 0.0);
    QCOMPARE(b2.overlapBottom, 0.0);
    QVERIFY2(layout.describe().contains(u"on 4 A3 portrait sheets: 2 rows × 2 columns"_s),
             qPrintable(layout.describe()));
    QVERIFY(!layout.isTrimmed());
    // Forced landscape sheets need three rows.
    PosterSettings s = tiled(QPageSize::A2, QPageSize::A3);
    s.tileOrientation = PosterSettings::TileOrientation::Landscape;
    const PosterLayout landscape(s, filling(s), 12);
    QCOMPARE(landscape.rows(), 3);
    QCOMPARE(landscape.columns(), 2);
    QCOMPARE(landscape.sheetCount(), 6);
}

void TestPosterLayout::tilesCoverThePosterWithOverlap()
{
    PosterSettings s = tiled(QPageSize::A0, QPageSize::A4);
    s.overlap = 15;
    s.margin = 8;
    const PosterLayout layout(s, filling(s), 12);
    QVERIFY(layout.isValid());
    const QSizeF printable(layout.sheetSize().width() - 16, layout.sheetSize().height() - 16);
    QCOMPARE(layout.sheetCount(), layout.rows() * layout.columns());
    for (const PosterTile &t : layout.tiles()) {
        QVERIFY(t.source.width() <= printable.width() + 1e-9);
        QVERIFY(t.source.height() <= printable.height() + 1e-9);
        QVERIFY(QRectF(QPointF(), layout.posterSize()).contains(t.source));
        // Neighbours share exactly the overlap.
        if (t.column > 0) {
            const PosterTile &left
                = layout.tiles()[size_t(t.row * layout.columns() + t.column - 1)];
            QVERIFY(std::abs(left.source.right() - t.source.left() - 15) < 1e-9);
            QCOMPARE(t.overlapLeft, 15.0);
            QCOMPARE(left.overlapRight, 15.0);
        }
        if (t.row > 0) {
            const PosterTile &up
                = layout.tiles()[size_t(t.row - 1) * size_t(layout.columns()) + size_t(t.column)];
            QVERIFY(std::abs(up.source.bottom() - t.source.top() - 15) < 1e-9);
        }
    }
    // The last row and column reach the poster's edges; one fewer would not.
    const PosterTile &last = layout.tiles().back();
    QCOMPARE(last.source.right(), layout.posterSize().width());
    QCOMPARE(last.source.bottom(), layout.posterSize().height());
    const qreal stepX = printable.width() - 15;
    QVERIFY((layout.columns() - 1) * stepX + 15 < layout.posterSize().width());
    // No overlap at all: sheets meet edge to edge.
    s.overlap = 0;
    const PosterLayout flush(s, filling(s), 12);
    QCOMPARE(flush.tiles()[1].source.left(), flush.tiles()[0].source.right());
}

void TestPosterLayout::automaticTileOrientation()
{
    // A0 portrait on A4: portrait sheets 5 × 5 = 25, landscape 7 × 4 = 28.
    const PosterLayout portrait(tiled(QPageSize::A0, QPageSize::A4),
                                filling(tiled(QPageSize::A0, QPageSize::A4)), 12);
    QCOMPARE(portrait.sheetOrientation(), QPageLayout::Portrait);
    QCOMPARE(portrait.rows(), 5);
    QCOMPARE(portrait.columns(), 5);
    // A0 landscape on A4: landscape sheets 5 × 5 = 25, portrait 4 × 7 = 28.
    const PosterSettings a0Landscape = tiled(QPageSize::A0, QPageSize::A4, QPageLayout::Landscape);
    const PosterLayout landscape(a0Landscape, filling(a0Landscape), 12);
    QCOMPARE(landscape.sheetOrientation(), QPageLayout::Landscape);
    QCOMPARE(landscape.sheetCount(), 25);
    QCOMPARE(landscape.sheetPageLayout().orientation(), QPageLayout::Landscape);
}

// A tile sheet as large as the poster or larger would print the poster small on one sheet:
// refused, with the remedy.
void TestPosterLayout::tileNotSmallerThanThePoster()
{
    for (const auto &[poster, sheet] :
         {std::pair(QPageSize::A4, QPageSize::A3), std::pair(QPageSize::A4, QPageSize::A4),
          std::pair(QPageSize::A4, QPageSize::A0)}) {
        const PosterLayout layout(tiled(poster, sheet), wide, 12);
        QVERIFY(!layout.isValid());
        QCOMPARE(layout.sheetCount(), 0);
        QCOMPARE(layout.error(),
                 u"The tile sheet %1 is not smaller than the poster A4: print the poster on one "
                 "sheet."_s.arg(QPageSize::name(sheet)));
    }
    // Letter is wider but shorter than A4: two sheets.
    const PosterSettings onLetter = tiled(QPageSize::A4, QPageSize::Letter);
    const PosterLayout letter(onLetter, filling(onLetter), 12);
    QVERIFY2(letter.isValid(), qPrintable(letter.error()));
    QVERIFY(letter.sheetCount() > 1);
}

// A long journey fitted to A0 landscape is a band across the middle of the poster: the tiles
// cover that band (and its margin) only, labelled from A1 as a grid of their own, instead of
// rows of blank sheets above and below it.
void TestPosterLayout::tilesLeaveBlankBandsOut()
{
    PosterSettings s = tiled(QPageSize::A0, QPageSize::A4, QPageLayout::Landscape);
    const QSizeF band(60000, 3000); // 1169 × 58.5 mm on the poster
    const PosterLayout layout(s, band, 12);
    QVERIFY2(layout.isValid(), qPrintable(layout.error()));
    QVERIFY(layout.isTrimmed());
    // The printed part: the content and its 10 mm margin, in whole millimetres.
    const QRectF content = layout.contentRect();
    const QRectF printed = layout.printedRect();
    QVERIFY(printed.contains(content.adjusted(-10, -10, 10, 10)));
    QVERIFY2(printed.height() <= content.height() + 21,
             qPrintable(QString::number(printed.height())));
    QCOMPARE(printed.width(), 1189.0);
    QCOMPARE(printed.top(), std::floor(printed.top()));
    // One row of landscape A4 sheets (printable 277 × 190 mm): 1189 mm in 5 columns.
    QCOMPARE(layout.rows(), 1);
    QCOMPARE(layout.columns(), 5);
    QCOMPARE(layout.sheetCount(), 5);
    QStringList labels;
    for (const PosterTile &t : layout.tiles()) {
        labels << t.label;
        QVERIFY(printed.contains(t.source));
        QVERIFY(t.source.intersects(content)); // no sheet without content
        QCOMPARE(t.overlapTop, 0.0);
        QCOMPARE(t.overlapBottom, 0.0);
    }
    QCOMPARE(labels, QStringList({u"A1"_s, u"A2"_s, u"A3"_s, u"A4"_s, u"A5"_s}));
    QCOMPARE(layout.tiles().front().source.top(), printed.top());
    QCOMPARE(layout.tiles().back().source.right(), printed.right());
    const QString described = layout.describe();
    QVERIFY2(described.contains(u"poster on 5 A4 landscape sheets: 1 row × 5 columns"_s),
             qPrintable(described));
    QVERIFY2(described.contains(
                 u"only the 1189 × %1 mm holding the content are printed"_s.arg(printed.height())),
             qPrintable(described));
    // On one sheet the whole poster is the sheet.
    s.tiled = false;
    const PosterLayout one(s, band, 12);
    QCOMPARE(one.printedRect(), QRectF(0, 0, 1189, 841));
    QVERIFY(!one.isTrimmed());
}

void TestPosterLayout::tileLabels_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("label");
    QTest::newRow("first") << 0 << 0 << u"A1"_s;
    QTest::newRow("B3") << 1 << 2 << u"B3"_s;
    QTest::newRow("Z12") << 25 << 11 << u"Z12"_s;
    QTest::newRow("AA1") << 26 << 0 << u"AA1"_s;
    QTest::newRow("AZ1") << 51 << 0 << u"AZ1"_s;
    QTest::newRow("BA1") << 52 << 0 << u"BA1"_s;
}

void TestPosterLayout::tileLabels()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, label);
    QCOMPARE(PosterLayout::tileLabel(row, column), label);
}

void TestPosterLayout::invalidSettings()
{
    PosterSettings s = tiled(QPageSize::A2, QPageSize::A4);
    s.overlap = 100; // half of A4's 190 mm printable width is 95
    PosterLayout layout(s, wide, 12);
    QVERIFY(!layout.isValid());
    QVERIFY2(layout.error().contains(u"overlap of 100 mm is too large for A4 sheets"_s),
             qPrintable(layout.error()));
    QCOMPARE(layout.sheetCount(), 0);
    s.overlap = 10;
    // Margins, not the overlap, leave too little room: the margins are named (on portrait
    // sheets: neither orientation holds a sheet, and portrait wins a tie).
    s.margin = 100;
    layout = PosterLayout(s, wide, 12);
    QCOMPARE(layout.error(),
             u"Margins of 100 mm leave only 10 × 97 mm of each A4 sheet to print on, too little "
             "for an overlap of 10 mm: use margins under 95 mm."_s);
    s.margin = 94;
    QVERIFY2(PosterLayout(s, QSizeF(100, 100), 12).isValid(),
             qPrintable(PosterLayout(s, QSizeF(100, 100), 12).error()));
    s.margin = 2;
    QVERIFY(PosterLayout(s, wide, 12).error().contains(u"at least 5 mm"_s));
    s = fit(QPageSize::A4, QPageLayout::Portrait);
    s.margin = 110;
    QVERIFY(!PosterLayout(s, wide, 12).isValid());
    s.margin = 10;
    QVERIFY(!PosterLayout(s, QSizeF(), 12).isValid());
    QCOMPARE(PosterLayout(s, QSizeF(), 12).sheetCount(), 0);
}

QTEST_GUILESS_MAIN(TestPosterLayout)
#include "tst_posterlayout.moc"
