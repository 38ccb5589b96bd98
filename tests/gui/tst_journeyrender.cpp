// The journey renderer on an image: text of every stage stays inside its column (no overlap)
// for long labels, words longer than a column, Chinese and accented text, at several scales.
#include "domain/journeytemplates.h"
#include "journey/journeyrenderer.h"
#include "layout/journeylayout.h"

#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

// A journey made to overflow: long names, words wider than a column, Chinese without spaces.
Workspace hardWorkspace()
{
    Workspace w;
    Persona persona;
    persona.id = 77;
    persona.name = u"Acheteuse « pressée » — 忙碌的买家"_s;
    w.personas.push_back(persona);
    Journey j = JourneyTemplates::blank(u"Parcours d’achat — 客户旅程 with a long title"_s,
                                        JourneyTemplates::Language::French);
    j.personaId = persona.id;
    const QStringList names = {
        u"Découverte élargie à l’échelle européenne — ça coûte très cher"_s,
        u"认知阶段：客户第一次听说我们的产品并开始了解它能解决什么问题"_s,
        u"Supercalifragilisticexpialidocious_onboarding_without_any_space_at_all"_s,
        u"Ça"_s,
    };
    j.stages.clear();
    Id id = 1000;
    for (const QString &name : names) {
        Stage s;
        s.id = ++id;
        s.withOneStep();
        s.name = name;
        s.description = name + u" — "_s + name;
        j.stages.push_back(s);
    }
    j.stages[0].assessment = Assessment::ToReinforce;
    j.stages[1].assessment = Assessment::NotWorkingWell;
    j.stages[2].assessment = Assessment::ToAdd;
    j.stages[1].isConversion = true;
    j.stages[2].isValueDelivered = true;
    j.stages[1].duration = 3;
    j.stages[2].duration = 2.5;
    j.stages[2].durationUnit = DurationUnit::Weeks;
    j.stages[0].entering = 123456789;
    j.stages[1].entering = 4567;
    j.stages[3].entering = 12;
    const QString longWord = u"Anticonstitutionnellement_et_sans_la_moindre_espace_pour_couper"_s;
    const QString chinese = u"客户在注册之后需要很长时间才能看到价值，这是我们最大的问题之一。"_s;
    const QString accents = u"Élève, garçon, œuvre, naïve, São Paulo, Łódź, Ærøskøbing."_s;
    for (Stage &s : j.stages) {
        for (const Lane &lane : j.lanes) {
            Cell cell;
            switch (lane.kind) {
            case LaneKind::Text: cell.text = longWord + u' ' + chinese + u' ' + accents; break;
            case LaneKind::Chips:
                cell.text = u"Blog\n"_s + longWord + u"\n小红书\nÉvénement à Montréal"_s;
                break;
            case LaneKind::Emotion: cell.emotion = s.id % 2 ? 1.5 : -2; break;
            case LaneKind::Kpi:
                cell.text = u"Taux de conversion après l’essai gratuit de quatorze jours: 12 %\n"_s
                            u"转化率: 1234567890123456789 utilisateurs_actifs_par_mois"_s;
                break;
            }
            s.firstCells().insert(lane.id, cell);
        }
    }
    w.journeys.push_back(j);
    return w;
}

// Black text on white: only text and icons are dark, so any dark pixel in a gutter is text
// that left its column.
JourneyStyle contrastStyle()
{
    JourneyStyle s = JourneyStyle::standard();
    s.background = s.headerBackground = s.laneBackground = s.alternateRow = Qt::white;
    s.chipBackground = Qt::white;
    s.grid = s.chipBorder = QColor(220, 220, 220);
    s.text = s.secondaryText = Qt::black;
    return s;
}

struct Ink
{
    QString where;
    QPoint at;
};

QList<Ink> inkIn(const QImage &image, const QRectF &band, qreal scale, const QString &where)
{
    QList<Ink> found;
    const QRect r
        = QRectF(band.x() * scale, band.y() * scale, band.width() * scale, band.height() * scale)
              .toAlignedRect()
              .adjusted(1, 1, -1, -1)
              .intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = r.left(); x <= r.right(); ++x) {
            if (qGray(line[x]) < 110) {
                found << Ink {where, QPoint(x, y)};
                break;
            }
        }
    }
    return found;
}

// Gutters: each column's padding on both sides, the lane headers' right padding, and each
// cell's bottom padding; emotion rows are left out (their curve crosses columns by design).
QList<Ink> overflow(const QImage &image, const JourneyLayout &l, qreal scale)
{
    const JourneyStyle &s = l.style();
    const qreal p = s.padding;
    QList<std::pair<qreal, qreal>> spans; // vertical ranges to check, scene coordinates
    const QRectF header = l.headerRect(0);
    spans << std::pair(header.top() + s.colorBand, header.bottom());
    if (l.hasFunnel())
        spans << std::pair(l.funnelRect(0).top(), l.funnelRect(0).bottom());
    for (int r = 0; r < l.rowCount(); ++r) {
        if (l.laneAt(r)->kind != LaneKind::Emotion) // a blueprint line crosses the gutters
            spans << std::pair(l.laneHeaderRect(r).top() + l.lineBand(r),
                               l.laneHeaderRect(r).bottom());
    }
    QList<Ink> found;
    for (const auto &[top, bottom] : spans) {
        for (int c = 0; c < l.columnCount(); ++c) {
            const QRectF column = l.headerRect(c);
            const QString where = u"column %1, y %2"_s.arg(c).arg(top);
            found << inkIn(image, QRectF(column.left(), top, p, bottom - top), scale, where);
            found << inkIn(image, QRectF(column.right() - p, top, p, bottom - top), scale, where);
        }
        const QRectF lanes = l.cornerRect();
        found << inkIn(image, QRectF(lanes.right() - p, top, p, bottom - top), scale,
                       u"lane headers, y %1"_s.arg(top));
    }
    for (int r = 0; r < l.rowCount(); ++r) {
        if (l.laneAt(r)->kind == LaneKind::Emotion)
            continue;
        for (int c = 0; c < l.columnCount(); ++c) {
            const QRectF cell = l.cellRect(c, r);
            found << inkIn(image, QRectF(cell.left(), cell.bottom() - p, cell.width(), p), scale,
                           u"below cell %1,%2"_s.arg(c).arg(r));
        }
    }
    return found;
}

QImage render(const JourneyLayout &layout, qreal scale)
{
    QImage image((layout.size() * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    JourneyRenderer(layout).paint(&painter);
    painter.end();
    return image;
}

QString describe(const QList<Ink> &ink)
{
    QStringList lines;
    for (int i = 0; i < std::min<qsizetype>(ink.size(), 8); ++i)
        lines << u"%1 at (%2, %3)"_s.arg(ink[i].where).arg(ink[i].at.x()).arg(ink[i].at.y());
    return lines.join(u"; "_s);
}

} // namespace

class TestJourneyRender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void measuredTextFitsItsBoxes();
    void textStaysInsideColumns_data();
    void textStaysInsideColumns();
    void checkerCatchesOverflow();
    void chineseAndAccentsAreDrawn();
    void templatesRender();

private:
    Workspace mWorkspace;
};

void TestJourneyRender::initTestCase()
{
    mWorkspace = hardWorkspace();
    const QString out = qEnvironmentVariable("PARCOURS_SCREENSHOTS");
    if (!out.isEmpty()) {
        JourneyLayout layout(mWorkspace, mWorkspace.journeys.front().id);
        render(layout, 1.0).save(out + u"/render-hard.png"_s);
    }
}

void TestJourneyRender::measuredTextFitsItsBoxes()
{
    JourneyLayout l(mWorkspace, mWorkspace.journeys.front().id, contrastStyle());
    QCOMPARE(l.columnCount(), 4);
    for (int c = 0; c < l.columnCount(); ++c) {
        const qreal inner = l.style().columnWidth - 2 * l.style().padding;
        const StageHeaderBox &h = l.headerBox(c);
        QVERIFY(h.name.size().width() <= inner - l.style().numberWidth + 0.01);
        QVERIFY(h.description.size().width() <= inner + 0.01);
        if (c < 3)
            QVERIFY(h.name.lineCount() >= 2); // wrapped, never elided
        QVERIFY(l.headerRect(c).height() >= h.height + 2 * l.style().padding);
        for (int r = 0; r < l.rowCount(); ++r) {
            const CellBox &box = l.cellBox(c, r);
            const QRectF content = l.contentRect(c, r);
            QVERIFY2(box.height <= content.height() + 0.01, qPrintable(u"%1,%2"_s.arg(c).arg(r)));
            QVERIFY(box.text.size().width() <= content.width() + 0.01);
            for (const Pill &chip : box.chips)
                QVERIFY(chip.rect.right() <= content.width() + 0.01);
            for (const CellBox::Kpi &kpi : box.kpis)
                QVERIFY(kpi.value.size().width() <= content.width() + 0.01);
        }
    }
    // All the text is kept: nothing is elided.
    const Stage &stage = mWorkspace.journeys.front().stages[2];
    QCOMPARE(l.headerBox(2).name.text(), stage.name);
}

void TestJourneyRender::textStaysInsideColumns_data()
{
    QTest::addColumn<qreal>("scale");
    QTest::newRow("100 %") << 1.0;
    QTest::newRow("200 %") << 2.0;
    QTest::newRow("75 %") << 0.75;
}

void TestJourneyRender::textStaysInsideColumns()
{
    QFETCH(qreal, scale);
    JourneyLayout layout(mWorkspace, mWorkspace.journeys.front().id, contrastStyle());
    const QImage image = render(layout, scale);
    const QList<Ink> ink = overflow(image, layout, scale);
    QVERIFY2(ink.isEmpty(), qPrintable(describe(ink)));
}

void TestJourneyRender::checkerCatchesOverflow()
{
    // The same check on a map with text painted across a column boundary must fail.
    JourneyLayout layout(mWorkspace, mWorkspace.journeys.front().id, contrastStyle());
    QImage image = render(layout, 1.0);
    QPainter painter(&image);
    painter.setPen(Qt::black);
    painter.setFont(layout.style().font);
    const QRectF cell = layout.contentRect(1, 0);
    painter.drawText(QPointF(cell.right() - 30, cell.top() + 14), u"overflowing text"_s);
    painter.end();
    QVERIFY(!overflow(image, layout, 1.0).isEmpty());
}

void TestJourneyRender::chineseAndAccentsAreDrawn()
{
    const QStringList chineseFamilies = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    if (chineseFamilies.isEmpty())
        QSKIP("No font with Chinese glyphs (install fonts-wqy-microhei)");
    Workspace w;
    Journey j = JourneyTemplates::blank(u"x"_s, JourneyTemplates::Language::English);
    j.stages.resize(2);
    j.stages[0].name = u"认知阶段"_s;
    j.stages[1].name = u"Évaluation"_s;
    w.journeys.push_back(j);
    JourneyLayout layout(w, j.id, contrastStyle());
    layout.setShowTitle(false);
    layout.update();
    const QImage image = render(layout, 2.0);
    for (int c = 0; c < 2; ++c) {
        const StageHeaderBox &h = layout.headerBox(c);
        QCOMPARE(h.name.lineCount(), 1);
        const QRectF header = layout.headerRect(c);
        const QRectF name(header.left() + layout.style().padding + layout.style().numberWidth,
                          header.top() + layout.style().colorBand + layout.style().padding,
                          h.name.size().width(), h.name.height());
        const QRect r = QRectF(name.topLeft() * 2, name.size() * 2).toAlignedRect();
        int dark = 0;
        for (int y = r.top(); y <= r.bottom(); ++y) {
            for (int x = r.left(); x <= r.right(); ++x)
                dark += qGray(image.pixel(x, y)) < 110 ? 1 : 0;
        }
        QVERIFY2(dark > 60, qPrintable(u"stage %1: %2 dark pixels"_s.arg(c).arg(dark)));
    }
}

void TestJourneyRender::templatesRender()
{
    for (auto kind : JourneyTemplates::all()) {
        for (auto language :
             {JourneyTemplates::Language::English, JourneyTemplates::Language::French}) {
            Workspace w;
            w.journeys.push_back(JourneyTemplates::make(kind, language));
            JourneyLayout layout(w, w.journeys.front().id, contrastStyle());
            QVERIFY(layout.hasTimeToValueBand());
            const QImage image = render(layout, 1.0);
            const QList<Ink> ink = overflow(image, layout, 1.0);
            QVERIFY2(ink.isEmpty(), qPrintable(describe(ink)));
        }
    }
}

QTEST_MAIN(TestJourneyRender)
#include "tst_journeyrender.moc"
