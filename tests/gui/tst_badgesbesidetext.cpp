// Badges beside a journey's text, never over it: a cell's opportunity badge ("◆ N", issue 20),
// its comment badge (issue 23), both at once, a stage header's opportunity badge, and the
// numbered comments a poster prints (export --comments). A pain point's long text, a stage's
// name, chips and KPIs stop before the badges, a gap left (pixels of the canvas and of a
// rendered poster), while the same text where there is no badge runs on as before.
#include "support/journeyeditorfixture.h"

#include "common/commentcounts.h"
#include "common/commenttextbeside.h"
#include "document/editscomments.h"
#include "document/editsopportunity.h"
#include "document/editsseverity.h"
#include "document/workspacedocument.h"
#include "journey/journeycanvas.h"
#include "journey/journeyeditor.h"
#include "journey/opportunitybadges.h"
#include "posters/journeypostercontent.h"

#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

constexpr Id journeyId = 10;
constexpr Id painsLane = 20;
constexpr Id chipsLane = 21;
constexpr Id kpiLane = 22;
constexpr Id ownerLane = 23; // empty: the current cell's frame goes there
constexpr Id badgedStage = 30; // its one step has the same id
constexpr Id plainStage = 40; // the same texts, no badge

// One word broken anywhere: every line fills the cell's width, up to its right padding, so
// the first line reaches where the badges are. Wraps at any cell width.
const QString longText = QString(u"m"_s).repeated(90);
const QString longName = QString(u"M"_s).repeated(40);

Workspace journey()
{
    Workspace w;
    w.info.name = u"Badges"_s;
    Journey j;
    j.id = journeyId;
    j.name = u"Checkout"_s;
    Lane pains {painsLane, u"Pain points"_s};
    Lane chips {chipsLane, u"Touchpoints"_s};
    chips.kind = LaneKind::Chips;
    Lane kpis {kpiLane, u"KPIs"_s};
    kpis.kind = LaneKind::Kpi;
    j.lanes = {pains, chips, kpis, {ownerLane, u"Owner team"_s}};
    for (const Id id : {badgedStage, plainStage}) {
        Stage stage;
        stage.id = id;
        stage.name = longName;
        stage.withOneStep();
        Step &step = stage.steps.front();
        step.cells[painsLane].text = longText;
        // A first chip as wide as the cell (a word broken anywhere), then short ones.
        step.cells[chipsLane].text = longText.left(60) + u"\nWebsite\nPricing page\nEmail"_s;
        step.cells[kpiLane].text = longText.left(60) + u": 1200 visits"_s;
        j.stages.push_back(stage);
    }
    w.journeys = {j};
    return w;
}

// Pixels of `image` in `rect` that are not `background`: text, chips' borders, anything.
int marksIn(const QImage &image, const QRect &rect, const QColor &background)
{
    int marks = 0;
    const QRect inside = rect.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - background.red()) + std::abs(c.green() - background.green())
                    + std::abs(c.blue() - background.blue())
                > 60)
                ++marks;
        }
    }
    return marks;
}

// The strip of `gap` pixels left of `badge`, in its rows, where a line reaching the badge ran;
// without the pixel against the badge (its antialiased edge), and from `top` down.
QRectF gapBefore(const QRectF &badge, qreal top = -1e9)
{
    const qreal from = std::max(badge.top(), top);
    return {badge.left() - CommentTextBeside::gap, from, CommentTextBeside::gap - 1,
            badge.bottom() - from};
}

// Pixels of `image` in `rect` within a few shades of `color`.
int pixelsOf(const QImage &image, const QRect &rect, const QColor &color)
{
    int count = 0;
    const QRect inside = rect.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += std::abs(c.red() - color.red()) + std::abs(c.green() - color.green())
                    + std::abs(c.blue() - color.blue())
                < 30;
        }
    }
    return count;
}

} // namespace

class TestBadgesBesideText : public QObject, private TestSupport::JourneyEditorFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void painPointBesideItsOpportunityBadge();
    void painPointBesideBothBadges();
    void stageNameBesideItsOpportunityBadge();
    void chipsAndKpisBesideTheirBadges();
    void posterTextBesideItsCommentNumbers();

private:
    QRectF cellOf(Id step, Id lane) const
    {
        const JourneyLayout *l = mCanvas->journeyLayout();
        return l->cellRect(l->columnOfStep(step), l->rowOf(lane));
    }
    // The canvas as shown, both stages' cells of `lane` (or headers, lane 0) in view.
    QImage shown(Id lane);
    QRect onScreen(const QRectF &scene) const
    {
        return mCanvas->mapFromScene(scene).boundingRect().adjusted(1, 1, -1, -1);
    }
    // A cell's (or header's) own fill, in its bottom right corner, inside its padding.
    QColor fillOf(const QImage &image, const QRectF &item) const
    {
        return image.pixelColor(mCanvas->mapFromScene(item.bottomRight() - QPointF(4, 4)));
    }
    void linkOpportunities(const OpportunityLink &link, int count);
    // Checks the text of `lane`'s badged cell (or the badged stage's header, lane 0) stops
    // before `band` (the leftmost badge's left, gap left), that the text is there before it,
    // and that in the plain stage the same text runs into that strip.
    void checkBeside(Id lane, const QRectF &band);
};

void TestBadgesBesideText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestBadgesBesideText::init()
{
    QVERIFY2(showJourney(journey(), journeyId), qPrintable(mError));
    mCanvas->setZoom(1.0);
    mCanvas->setCurrent(plainStage, ownerLane); // its frame away from the cells looked at
}

void TestBadgesBesideText::cleanup()
{
    closeJourney();
}

QImage TestBadgesBesideText::shown(Id lane)
{
    const JourneyLayout *l = mCanvas->journeyLayout();
    const QRectF badged
        = lane ? cellOf(badgedStage, lane) : l->headerRect(l->columnOf(badgedStage));
    const QRectF plain = lane ? cellOf(plainStage, lane) : l->headerRect(l->columnOf(plainStage));
    mCanvas->ensureVisible(badged.united(plain), 10, 10);
    QCoreApplication::processEvents();
    QImage image = mCanvas->viewport()->grab().toImage();
    if (image.devicePixelRatio() != 1.0)
        qFatal("the pixels are counted at a ratio of 1");
    return image;
}

void TestBadgesBesideText::linkOpportunities(const OpportunityLink &link, int count)
{
    for (int i = 0; i < count; ++i) {
        Opportunity o;
        o.title = u"Opportunity %1"_s.arg(i + 1);
        o.links = {link};
        QVERIFY(Edit::addOpportunity(*mDoc, o));
    }
}

void TestBadgesBesideText::checkBeside(Id lane, const QRectF &band)
{
    const JourneyLayout *l = mCanvas->journeyLayout();
    const QRectF badged
        = lane ? cellOf(badgedStage, lane) : l->headerRect(l->columnOf(badgedStage));
    const QRectF plain = lane ? cellOf(plainStage, lane) : l->headerRect(l->columnOf(plainStage));
    QVERIFY(badged.contains(band));
    const QImage image = shown(lane);
    const QColor fill = fillOf(image, badged);
    // A stage header's badge reaches into its colour band: the strip starts below it.
    const QRectF gap = gapBefore(band, lane ? badged.top() : badged.top() + l->style().colorBand);
    QVERIFY2(marksIn(image, onScreen(gap), fill) == 0, "text under or against the badge");
    // The text is there, elided before the badge ...
    const qreal padding = l->style().padding;
    const QRectF before(badged.left() + padding, band.top(), band.left() - badged.left() - 40,
                        band.height());
    QVERIFY(marksIn(image, onScreen(before), fill) > 20);
    // ... where the same text without a badge runs on into that strip.
    QVERIFY(marksIn(image, onScreen(gap.translated(plain.topLeft() - badged.topLeft())),
                    fillOf(image, plain))
            > 0);
}

// The case seen on the canvas: a pain point (a severity mark before it) with a long text and
// linked opportunities. Its first line ends before the badge; the lines below the badge's rows
// run on to the cell's padding as before.
void TestBadgesBesideText::painPointBesideItsOpportunityBadge()
{
    QVERIFY(Edit::setLineSeverity(*mDoc, journeyId, badgedStage, painsLane, 0,
                                  PainSeverity::Abandonment));
    QVERIFY(Edit::setLineSeverity(*mDoc, journeyId, plainStage, painsLane, 0,
                                  PainSeverity::Abandonment));
    linkOpportunities({OpportunityLink::Kind::Cell, badgedStage, painsLane}, 2);
    const QRectF badge = mCanvas->badgeRect(badgedStage, painsLane);
    QVERIFY(!badge.isEmpty());
    QVERIFY(mCanvas->badgeRect(plainStage, painsLane).isEmpty());
    QCOMPARE(badge, OpportunityBadges::rectIn(cellOf(badgedStage, painsLane)));
    checkBeside(painsLane, badge);
    if (QTest::currentTestFailed())
        return;
    // The badge itself is painted, in the accent colour.
    const QImage image = shown(painsLane);
    const QColor accent = mCanvas->journeyLayout()->style().accent;
    QVERIFY(pixelsOf(image, onScreen(badge), accent) > badge.width() * badge.height() / 3);
    // The second line, below the badge's rows, is not elided: it reaches under where the badge
    // is, as in the plain cell.
    const QRectF below(badge.left() - CommentTextBeside::gap, badge.bottom() + 4, badge.width(), 8);
    QVERIFY(marksIn(image, onScreen(below), fillOf(image, cellOf(badgedStage, painsLane))) > 0);
}

// A comment badge left of the opportunity badge: the text stops before the pair, and nothing
// is drawn between the two.
void TestBadgesBesideText::painPointBesideBothBadges()
{
    linkOpportunities({OpportunityLink::Kind::Cell, badgedStage, painsLane}, 1);
    QVERIFY(Edit::addCommentThread(*mDoc, CommentTarget::cell(journeyId, badgedStage, painsLane),
                                   u"Ana"_s, u"Measured?"_s));
    const QRectF opportunity = mCanvas->badgeRect(badgedStage, painsLane);
    const QRectF comment = mCanvas->commentBadgeRect(badgedStage, painsLane);
    QVERIFY(!opportunity.isEmpty() && !comment.isEmpty());
    QVERIFY(comment.right() < opportunity.left());
    checkBeside(painsLane, comment.united(opportunity));
    if (QTest::currentTestFailed())
        return;
    const QImage image = shown(painsLane);
    const QRectF between(comment.right() + 1, opportunity.top(),
                         opportunity.left() - comment.right() - 2, opportunity.height());
    QCOMPARE(marksIn(image, onScreen(between), fillOf(image, cellOf(badgedStage, painsLane))), 0);
}

void TestBadgesBesideText::stageNameBesideItsOpportunityBadge()
{
    linkOpportunities({OpportunityLink::Kind::Stage, badgedStage, 0}, 3);
    const QRectF badge = mCanvas->badgeRect(badgedStage, 0);
    QVERIFY(!badge.isEmpty());
    checkBeside(0, badge);
}

// Chips and KPIs are text too: a chip reaching the badge is cut short, its text elided, and
// those after it in its row are left out; a KPI's lines are elided as a cell's.
void TestBadgesBesideText::chipsAndKpisBesideTheirBadges()
{
    for (const Id lane : {chipsLane, kpiLane}) {
        linkOpportunities({OpportunityLink::Kind::Cell, badgedStage, lane}, 1);
        const QRectF badge = mCanvas->badgeRect(badgedStage, lane);
        QVERIFY(!badge.isEmpty());
        checkBeside(lane, badge);
        if (QTest::currentTestFailed())
            return;
    }
    // The chips after the cut one are where they were, as in the plain cell.
    const QRectF badged = cellOf(badgedStage, chipsLane);
    const QRectF plain = cellOf(plainStage, chipsLane);
    const JourneyLayout *l = mCanvas->journeyLayout();
    const CellBox &box = l->cellBox(l->columnOfStep(badgedStage), l->rowOf(chipsLane));
    QCOMPARE(int(box.chips.size()), 4);
    const qreal secondTop = box.chips[1].rect.top() + l->style().padding;
    const QRectF lower(badged.left() + 1, badged.top() + secondTop, badged.width() - 2,
                       box.chips.back().rect.bottom() - box.chips[1].rect.top());
    const QImage image = shown(chipsLane);
    QCOMPARE(image.copy(onScreen(lower)),
             image.copy(onScreen(lower.translated(plain.topLeft() - badged.topLeft()))));
}

// A poster with its comments printed: the numbered bubbles are painted over the map after it,
// and the text of their items keeps out of them as out of the canvas's badges.
void TestBadgesBesideText::posterTextBesideItsCommentNumbers()
{
    QVERIFY(Edit::addCommentThread(*mDoc, CommentTarget::cell(journeyId, badgedStage, painsLane),
                                   u"Ana"_s, u"Measured?"_s));
    QVERIFY(Edit::addCommentThread(*mDoc, CommentTarget::stage(journeyId, badgedStage), u"Ana"_s,
                                   u"Rename?"_s));
    JourneyPosterContent poster(mDoc->workspace(), journeyId);
    poster.setPrintComments(true);
    const QSize size = poster.size().toSize();
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        poster.paint(&painter, QRectF());
    }
    const JourneyLayout &l = poster.journeyLayout();
    const qreal m = l.style().margin; // the poster leaves the map's margin out
    const auto inImage = [m](const QRectF &r) {
        return r.translated(-m, -m).toAlignedRect().adjusted(1, 1, -1, -1);
    };
    const struct
    {
        QRectF badged;
        QRectF plain;
        qreal top; // the colour band of a header is no text
        qreal below; // a header's name starts low: its first line's rows under the mark too
    } items[] = {
        {l.cellRect(l.columnOfStep(badgedStage), l.rowOf(painsLane)),
         l.cellRect(l.columnOfStep(plainStage), l.rowOf(painsLane)), -1e9, 0},
        {l.headerRect(l.columnOf(badgedStage)), l.headerRect(l.columnOf(plainStage)),
         l.headerRect(l.columnOf(badgedStage)).top() + l.style().colorBand, 6},
    };
    for (const auto &item : items) {
        const QRectF mark = CommentCounts::rectIn(item.badged);
        const QColor fill = image.pixelColor(inImage(item.badged).bottomRight() - QPoint(3, 3));
        QVERIFY(marksIn(image, inImage(mark), fill) > 20); // the number is printed there
        const QRectF gap = gapBefore(mark, item.top).adjusted(0, 0, 0, item.below);
        QCOMPARE(marksIn(image, inImage(gap), fill), 0);
        const QPointF toPlain = item.plain.topLeft() - item.badged.topLeft();
        QVERIFY(marksIn(image, inImage(gap.translated(toPlain)), fill) > 0);
        QVERIFY(marksIn(image, inImage(mark.translated(toPlain)), fill) > 20); // text, no badge
    }
}

QTEST_MAIN(TestBadgesBesideText)
#include "tst_badgesbesidetext.moc"
