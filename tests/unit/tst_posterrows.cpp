// Wrapped posters: stages cut into consecutive rows, balanced, and the row count that gives
// the smallest text its largest size on a sheet.
#include "layout/posterrows.h"

#include <QTest>

#include <numeric>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

std::vector<qreal> equalStages(int count, qreal width = 236)
{
    return std::vector<qreal>(size_t(count), width);
}

// Cuts are consecutive, cover every unit once, and each row's width is its units' sum.
void checkCovers(const std::vector<PosterRowCut> &cuts, const std::vector<qreal> &widths)
{
    int next = 0;
    for (const PosterRowCut &c : cuts) {
        QCOMPARE(c.first, next);
        QVERIFY(c.count > 0);
        const qreal sum = std::accumulate(widths.begin() + c.first,
                                          widths.begin() + c.first + c.count, qreal(0));
        QCOMPARE(c.width, sum);
        next += c.count;
    }
    QCOMPARE(next, int(widths.size()));
}

std::vector<int> counts(const std::vector<PosterRowCut> &cuts)
{
    std::vector<int> result;
    result.reserve(cuts.size());
    for (const PosterRowCut &c : cuts)
        result.push_back(c.count);
    return result;
}

PosterSettings a0(QPageLayout::Orientation orientation)
{
    PosterSettings s;
    s.posterSize = QPageSize(QPageSize::A0);
    s.orientation = orientation;
    return s;
}

// 50 stages of 236 px, lane headers of 176 px, rows 1000 px high, 40 px apart.
PosterWrapGeometry fiftyStages()
{
    PosterWrapGeometry g;
    g.unitWidths = equalStages(50);
    g.headerWidth = 176;
    g.rowHeight = 1000;
    g.gap = 40;
    return g;
}

} // namespace

class TestPosterRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void equalStagesGetEqualCounts();
    void neverCutsInsideAStage();
    void balancesByMeasuredWidth();
    void rowCountIsClamped();
    void wrappedSize();
    void automaticChoiceOnA0();
    void automaticChoiceKeepsOneRowForATallMap();
    void describe();
};

void TestPosterRows::equalStagesGetEqualCounts()
{
    const std::vector<qreal> widths = equalStages(50);
    const std::vector<PosterRowCut> cuts = PosterRows::cut(widths, 4);
    checkCovers(cuts, widths);
    std::vector<int> c = counts(cuts);
    std::sort(c.begin(), c.end());
    QCOMPARE(c, (std::vector<int> {12, 12, 13, 13})); // never 13, 13, 13, 11
    QCOMPARE(PosterRows::narrowestWidth(widths, 4), 13 * 236.0);

    const std::vector<PosterRowCut> two = PosterRows::cut(widths, 2);
    QCOMPARE(counts(two), (std::vector<int> {25, 25}));
}

void TestPosterRows::neverCutsInsideAStage()
{
    // Half of the total (500) falls at a stage's edge either way.
    const std::vector<qreal> widths {100, 300, 100, 100, 100, 300};
    QCOMPARE(PosterRows::narrowestWidth(widths, 2), 500.0);
    const std::vector<PosterRowCut> cuts = PosterRows::cut(widths, 2);
    checkCovers(cuts, widths);
    QCOMPARE(counts(cuts), (std::vector<int> {3, 3}));

    // Half of the total (550) falls inside the 300 of the third stage: the row takes it
    // whole or leaves it whole.
    const std::vector<qreal> uneven {200, 200, 300, 200, 200};
    QCOMPARE(PosterRows::narrowestWidth(uneven, 2), 700.0);
    checkCovers(PosterRows::cut(uneven, 2), uneven);
}

void TestPosterRows::balancesByMeasuredWidth()
{
    // A wide first stage is a row by itself; the four narrow ones share the other.
    const std::vector<qreal> widths {400, 100, 100, 100, 100};
    QCOMPARE(PosterRows::narrowestWidth(widths, 2), 400.0);
    QCOMPARE(counts(PosterRows::cut(widths, 2)), (std::vector<int> {1, 4}));
    // Three rows of the narrow ones: 400 | 200 | 200, not 400 | 300 | 100.
    QCOMPARE(counts(PosterRows::cut(widths, 3)), (std::vector<int> {1, 2, 2}));
}

void TestPosterRows::rowCountIsClamped()
{
    const std::vector<qreal> widths = equalStages(3);
    QCOMPARE(PosterRows::cut(widths, 0).size(), size_t(1));
    QCOMPARE(PosterRows::cut(widths, 9).size(), size_t(3));
    QVERIFY(PosterRows::cut({}, 2).empty());
}

void TestPosterRows::wrappedSize()
{
    const PosterWrapGeometry g = fiftyStages();
    QCOMPARE(PosterRows::wrappedSize(g, 1), QSizeF(176 + 50 * 236, 1000));
    QCOMPARE(PosterRows::wrappedSize(g, 4), QSizeF(176 + 13 * 236, 4 * 1000 + 3 * 40));
}

void TestPosterRows::automaticChoiceOnA0()
{
    // A0 portrait prints 821 × 1169 mm inside its margins: 4 rows of 12–13 stages
    // (3244 × 4120 px) fill its width and height best; landscape (1169 × 821 mm), 3 rows.
    const PosterWrapGeometry g = fiftyStages();
    const PosterRows::Choice portrait = PosterRows::choose(a0(QPageLayout::Portrait), g, 11, 0, 0);
    QCOMPARE(portrait.rows, 4);
    QCOMPARE(portrait.scale, 821.0 / 3244);
    QCOMPARE(portrait.smallestTextPt, 11 * 821.0 / 3244 / (25.4 / 72));
    QVERIFY(portrait.smallestTextPt > 7.8 && portrait.smallestTextPt < 8);
    QCOMPARE(PosterRows::choose(a0(QPageLayout::Landscape), g, 11, 0, 0).rows, 3);

    // A title block and legend 2000 px high leave less height for the rows: 3.
    QCOMPARE(PosterRows::choose(a0(QPageLayout::Portrait), g, 11, 2000, 0).rows, 3);
    // One row is 8 times smaller (the band across the sheet).
    const PosterRows::Choice one
        = PosterRows::choose(a0(QPageLayout::Portrait), PosterWrapGeometry {}, 11, 0, 0);
    QCOMPARE(one.rows, 1);
}

void TestPosterRows::automaticChoiceKeepsOneRowForATallMap()
{
    // Three stages, far taller than wide: more rows only make it smaller.
    PosterWrapGeometry g;
    g.unitWidths = equalStages(3);
    g.headerWidth = 176;
    g.rowHeight = 3000;
    g.gap = 40;
    QCOMPARE(PosterRows::choose(a0(QPageLayout::Portrait), g, 11, 0, 0).rows, 1);
}

void TestPosterRows::describe()
{
    QCOMPARE(PosterRows::describe(PosterRows::cut(equalStages(50), 4)),
             u"4 rows of 12–13 stages"_s);
    QCOMPARE(PosterRows::describe(PosterRows::cut(equalStages(50), 2)), u"2 rows of 25 stages"_s);
    QCOMPARE(PosterRows::describe(PosterRows::cut(equalStages(50), 1)), u"1 row of 50 stages"_s);
    QCOMPARE(PosterRows::describe(PosterRows::cut(equalStages(2), 2)), u"2 rows of 1 stage"_s);
}

QTEST_GUILESS_MAIN(TestPosterRows)
#include "tst_posterrows.moc"
