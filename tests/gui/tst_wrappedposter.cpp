// Wrapped journey posters (issue 19): the stages cut into rows under repeated lane headers,
// the emotion curve running on from row to row with its markers, automatic rows reading at
// 6 pt on A0 for a long generated Mermaid journey, and the tiles of a wrapped poster.
#include "formats/mermaidformat.h"
#include "posters/journeypostercontent.h"
#include "posters/posterexporter.h"
#include "posters/posterrenderer.h"
#include "posters/usecasemappostercontent.h"
#include "store/workspacestore.h"
#include "support/generatedjourney.h"
#include "support/parcoursrun.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <array>
#include <cmath>

using namespace Parcours;
using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

namespace {

// Six stages with a text lane and an emotion lane scored everywhere.
Workspace sixStages()
{
    Workspace w;
    w.info.name = u"Atelier"_s;
    Journey j;
    j.id = 21;
    j.name = u"Renewal"_s;
    j.lanes
        = {{31, u"Actions"_s, LaneKind::Text, true}, {33, u"Feeling"_s, LaneKind::Emotion, true}};
    const QList<double> emotions = {1, -1.5, 0.5, 2, -2, 1};
    for (int i = 0; i < 6; ++i) {
        Stage s;
        s.id = 100 + i;
        s.withOneStep();
        s.name = u"Step %1"_s.arg(i + 1);
        s.firstCells().insert(31, Cell {u"Reads the offer"_s, std::nullopt});
        s.firstCells().insert(33, Cell {QString(), emotions[i]});
        j.stages.push_back(s);
    }
    w.journeys.push_back(j);
    return w;
}

// A persona with `count` use cases, "Use case 1" … (problems of a few words, varied cadences).
Workspace manyUseCases(int count)
{
    Workspace w;
    w.info.name = u"Atelier"_s;
    Persona persona;
    persona.id = 41;
    persona.name = u"Planner"_s;
    persona.cadence = Cadence::Monthly;
    const Period periods[] = {Period::Week, Period::Month, Period::Year};
    for (int i = 1; i <= count; ++i) {
        UseCase u;
        u.id = 1000 + i;
        u.problem = u"Needs to plan visit %1 with the family"_s.arg(i);
        u.useCase = u"Use case %1 "_s.arg(i); // the space: "Use case 1" is not in "Use case 12"
        u.frequency = UsageFrequency(1 + i % 3, 1 + i % 4, periods[i % 3]);
        persona.useCases.push_back(u);
    }
    w.personas.push_back(persona);
    return w;
}

// Every point of the lines stroked in `color` in an SVG (path and polyline coordinates, control
// points included), in the SVG's user units (the sheet's millimetres for a poster).
QList<QPointF> strokedPoints(const QString &svg, const QColor &color)
{
    QFile file(svg);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    struct State
    {
        QTransform transform;
        QString stroke;
    };
    QList<State> stack {State {}};
    static const QRegularExpression number(u"[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?"_s);
    QList<QPointF> points;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            stack.removeLast();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        State state = stack.last();
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.hasAttribute(u"stroke"_s))
            state.stroke = attributes.value(u"stroke"_s).toString();
        const QString transform = attributes.value(u"transform"_s).toString();
        if (transform.startsWith(u"matrix("_s)) {
            QList<qreal> m;
            for (auto match = number.globalMatch(transform); match.hasNext();)
                m << match.next().captured().toDouble();
            if (m.size() == 6)
                state.transform = QTransform(m[0], m[1], m[2], m[3], m[4], m[5]) * state.transform;
        }
        stack << state;
        const QString geometry = xml.name() == u"path"_s ? attributes.value(u"d"_s).toString()
            : xml.name() == u"polyline"_s                ? attributes.value(u"points"_s).toString()
                                                         : QString();
        if (geometry.isEmpty() || QColor(state.stroke) != color)
            continue;
        QList<qreal> xy;
        for (auto match = number.globalMatch(geometry); match.hasNext();)
            xy << match.next().captured().toDouble();
        for (qsizetype i = 0; i + 1 < xy.size(); i += 2)
            points << state.transform.map(QPointF(xy[i], xy[i + 1]));
    }
    return points;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-raw"_s, pdf, u"-"_s});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The journey as a Mermaid import made it before steps (issue 18): a column per section, its
// tasks as lines of the customer-actions cell, the mean score as the stage's emotion. These
// figures are about a map of many wide columns, not about steps.
Workspace imported(const QByteArray &mermaid)
{
    ImportOptions options;
    options.fileName = u"generated.mmd"_s;
    const ImportResult result = MermaidFormat().read(mermaid, options);
    Workspace w = result.fragment.value_or(Workspace());
    for (Journey &j : w.journeys) {
        const Id actions = j.lanes.at(0).id; // Customer actions, Emotion, Actors
        const Id emotion = j.lanes.at(1).id;
        const Id actors = j.lanes.at(2).id;
        for (Stage &stage : j.stages) {
            QStringList lines;
            double sum = 0;
            for (const Step &step : stage.steps) {
                const double e = step.cells.value(emotion).emotion.value_or(0);
                lines << MermaidFormat::actionLine(
                    {step.name, int(std::lround(e + 3)),
                     step.cells.value(actors).text.split(u'\n', Qt::SkipEmptyParts)});
                sum += e;
            }
            const double mean = std::round(sum / double(stage.steps.size()) * 100) / 100;
            stage.withOneStep({{actions, Cell(lines.join(u'\n'))}, {emotion, {QString(), mean}}});
        }
        j.lanes.resize(2);
    }
    return w;
}

PosterSettings sheet(QPageSize::PageSizeId size, QPageLayout::Orientation orientation, int rows)
{
    PosterSettings s;
    s.posterSize = QPageSize(size);
    s.orientation = orientation;
    s.rows = rows;
    return s;
}

QImage render(const PosterRenderer &renderer, const PosterLayout &layout, int tile, qreal k)
{
    QImage image((layout.sheetSize() * k).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    p.scale(k, k);
    renderer.paintSheet(&p, layout, tile);
    return image;
}

bool near(QRgb pixel, const QColor &color, int tolerance)
{
    return std::abs(qRed(pixel) - color.red()) <= tolerance
        && std::abs(qGreen(pixel) - color.green()) <= tolerance
        && std::abs(qBlue(pixel) - color.blue()) <= tolerance;
}

// Pixels of `color` in `rect` (image pixels).
int count(const QImage &image, const QRect &rect, const QColor &color, int tolerance = 30)
{
    int n = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += near(image.pixel(x, y), color, tolerance);
    return n;
}

} // namespace

class TestWrappedPoster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void rowsRepeatLaneHeadersAndContinueTheCurve();
    void pdfTextHasTheMarkersAndLaneNamesOnEveryRow();
    void generatedJourneyReadsOnA0();
    void twoHundredStagesNameTheSizeNeeded();
    void tilesOfAWrappedPosterCoverIt();
    void oneRowIsTheBand();
    void commandLineRows();
    void commandLineRowsErrors();
    void useCaseMapFlowsIntoColumns();
    void useCaseMapColumnsRepeatTheHeaderAndCutNoRow();
    void commandLineUseCaseMapColumns();
    void svgCurveEndsAtEachRowsEdge();
};

void TestWrappedPoster::rowsRepeatLaneHeadersAndContinueTheCurve()
{
    const Workspace w = sixStages();
    const JourneyPosterContent content(w, 21);
    const PosterRenderer renderer(content);
    const PosterLayout layout = renderer.layout(sheet(QPageSize::A3, QPageLayout::Landscape, 2));
    QCOMPARE(renderer.rowCuts().size(), size_t(2));
    QCOMPARE(renderer.rowCuts()[0].count, 3);
    QCOMPARE(renderer.describeRows(layout).left(25), u"2 rows of 3 stages, small"_s);

    constexpr qreal k = 4; // pixels per mm
    const QImage image = render(renderer, layout, 0, k);
    const PosterWrapGeometry g = content.wrapGeometry();
    const JourneyLayout &map = content.journeyLayout();
    const qreal m = map.style().margin;
    // Poster units (the renderer's) to image pixels.
    auto toPixels = [&](const QRectF &r) {
        const QRectF mm(layout.contentRect().topLeft() + r.topLeft() * layout.scale(),
                        r.size() * layout.scale());
        return QRect(QPoint(int(mm.left() * k), int(mm.top() * k)),
                     QPoint(int(mm.right() * k), int(mm.bottom() * k)));
    };
    const QPointF origin = renderer.contentRect().topLeft();
    const QRectF emotionLane = map.laneHeaderRect(1).translated(-m, -m);
    const QColor header = map.style().laneBackground;
    const QColor curve = map.style().emotionLine;
    for (int row = 0; row < 2; ++row) {
        const QPointF top = origin + QPointF(0, row * (g.rowHeight + g.gap));
        // The lane headers at the row's left.
        const QRect laneHeader = toPixels(emotionLane.translated(top));
        QVERIFY2(count(image, laneHeader, header, 4) > laneHeader.width() * laneHeader.height() / 2,
                 qPrintable(u"row %1 has no lane header"_s.arg(row + 1)));
        // The curve crosses the row's edge where the rows join: the end of the first, the
        // start of the second (just right of the lane headers).
        const qreal x
            = row == 0 ? g.headerWidth + renderer.rowCuts()[0].width - 3 : g.headerWidth + 1;
        const QRect edge
            = toPixels(QRectF(top.x() + x, top.y() + emotionLane.top(), 2, emotionLane.height()));
        QVERIFY2(count(image, edge, curve, 40) > 0,
                 qPrintable(u"row %1: no curve at its joining edge"_s.arg(row + 1)));
    }
    // Nothing of the second row's stages beyond the first row's end: the first row is as
    // wide as the second, so right of both is blank.
    const QRectF beyond(origin.x() + g.headerWidth + renderer.rowCuts()[0].width + 2, origin.y(),
                        20, g.rowHeight);
    QCOMPARE(count(image, toPixels(beyond), curve, 40), 0);
}

void TestWrappedPoster::pdfTextHasTheMarkersAndLaneNamesOnEveryRow()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const Workspace w = sixStages();
    const JourneyPosterContent content(w, 21);
    const PosterRenderer renderer(content);
    const PosterLayout layout = renderer.layout(sheet(QPageSize::A3, QPageLayout::Landscape, 3));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"wrapped.pdf"_s);
    QVERIFY(PosterExporter(renderer, layout).write(PosterExporter::Format::Pdf, path).ok);
    QProcess p;
    p.start(pdftotext, {path, u"-"_s});
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(text.count(u"Actions"_s), 3); // the lane headers on each of the three rows
    QCOMPARE(text.count(u"Feeling"_s), 3);
    QCOMPARE(text.count(u"continued ▸"_s), 2);
    QVERIFY2(text.contains(u"▸ from stage 3"_s) && text.contains(u"▸ from stage 5"_s),
             qPrintable(text));
    for (int i = 1; i <= 6; ++i)
        QCOMPARE(text.count(u"Step %1"_s.arg(i)), 1); // each stage once
}

void TestWrappedPoster::generatedJourneyReadsOnA0()
{
    // 50 sections × 10 tasks: one band across A0 prints its text at about 3.3 pt.
    const Workspace w = imported(TestData::generatedMermaidJourney(50, 10));
    QCOMPARE(w.journeys.size(), size_t(1));
    QCOMPARE(w.journeys.front().stages.size(), size_t(50));
    const JourneyPosterContent content(w, w.journeys.front().id);
    const PosterRenderer renderer(content);
    PosterSettings band = sheet(QPageSize::A0, QPageLayout::Landscape, 1);
    const PosterLayout one = renderer.layout(band);
    QVERIFY2(one.smallestTextPt() < 4, qPrintable(QString::number(one.smallestTextPt())));
    // The advice says to wrap, before a larger sheet.
    PosterAdvice advice;
    advice.wrap = renderer.wrapAdvice(band, advice);
    QVERIFY(one.legibilityWarning(advice).contains(u"Choose automatic rows"_s));

    for (QPageLayout::Orientation o : {QPageLayout::Portrait, QPageLayout::Landscape}) {
        const PosterLayout wrapped
            = renderer.layout(sheet(QPageSize::A0, o, PosterSettings::automaticRows));
        QVERIFY2(wrapped.smallestTextPt() >= 6,
                 qPrintable(QString::number(wrapped.smallestTextPt())));
        QVERIFY(wrapped.isLegible());
        QVERIFY(renderer.rowCuts().size() > 1);
        // No other row count prints it larger.
        for (int rows = 1; rows <= 12; ++rows) {
            const PosterLayout other = renderer.layout(sheet(QPageSize::A0, o, rows));
            QVERIFY2(other.smallestTextPt() <= wrapped.smallestTextPt() + 1e-6,
                     qPrintable(u"%1 rows: %2 pt"_s.arg(rows).arg(other.smallestTextPt())));
        }
    }
    // In portrait, 5 rows of 10 stages.
    const PosterLayout portrait = renderer.layout(
        sheet(QPageSize::A0, QPageLayout::Portrait, PosterSettings::automaticRows));
    QVERIFY2(renderer.describeRows(portrait).startsWith(u"5 rows of 10 stages, smallest text "_s),
             qPrintable(renderer.describeRows(portrait)));
}

void TestWrappedPoster::twoHundredStagesNameTheSizeNeeded()
{
    // 200 sections: even wrapped, A0 is too small; the best row count is printed and the
    // advice names the size that reaches 6 pt.
    const Workspace w = imported(TestData::generatedMermaidJourney(200, 10));
    const JourneyPosterContent content(w, w.journeys.front().id);
    const PosterRenderer renderer(content);
    const PosterSettings s
        = sheet(QPageSize::A0, QPageLayout::Portrait, PosterSettings::automaticRows);
    const PosterLayout wrapped = renderer.layout(s);
    QCOMPARE(renderer.rowCuts().size(), size_t(10));
    QVERIFY(!wrapped.isLegible());
    QVERIFY(wrapped.smallestTextPt() > 5);
    for (int rows : {9, 11}) {
        QVERIFY(renderer.layout(sheet(QPageSize::A0, QPageLayout::Portrait, rows)).smallestTextPt()
                < wrapped.smallestTextPt());
    }
    renderer.layout(s);
    QVERIFY2(wrapped.legibilityWarning().contains(u"A custom size of at least "_s),
             qPrintable(wrapped.legibilityWarning()));
    // One band: the warning says that wrapping gets close, and what the wrapped poster needs.
    const PosterSettings band = sheet(QPageSize::A0, QPageLayout::Portrait, 1);
    const PosterLayout one = renderer.layout(band);
    PosterAdvice advice;
    advice.commandLine = true;
    advice.wrap = renderer.wrapAdvice(band, advice);
    const QString warning = one.legibilityWarning(advice);
    QVERIFY2(warning.contains(u"below the legible 6 pt. Wrapped into 10 rows (--rows auto), it "
                              "would print at 5.6 pt; then: A custom size of at least "_s),
             qPrintable(warning));
}

void TestWrappedPoster::tilesOfAWrappedPosterCoverIt()
{
    const Workspace w = sixStages();
    const JourneyPosterContent content(w, 21);
    const PosterRenderer renderer(content);
    PosterSettings s = sheet(QPageSize::A2, QPageLayout::Portrait, 2);
    const PosterLayout whole = renderer.layout(s);
    s.tiled = true;
    s.tileSize = QPageSize(QPageSize::A4);
    const PosterLayout tiles = renderer.layout(s);
    QCOMPARE(tiles.contentRect(), whole.contentRect());
    QVERIFY(tiles.sheetCount() > 1);
    constexpr qreal k = 2;
    const QImage poster = render(renderer, whole, 0, k);
    int inked = 0;
    for (int i = 0; i < tiles.sheetCount(); ++i) {
        const PosterTile &t = tiles.tiles()[size_t(i)];
        const QImage image = render(renderer, tiles, i, k);
        const QRect target(
            QPoint(int(std::lround(t.target().left() * k)), int(std::lround(t.target().top() * k))),
            (t.source.size() * k).toSize());
        const QRect source(
            QPoint(int(std::lround(t.source.left() * k)), int(std::lround(t.source.top() * k))),
            target.size());
        const QRect inner(QPoint(1, 1), target.size() - QSize(2, 2));
        const QImage printed = image.copy(inner.translated(target.topLeft()));
        const QImage expected = poster.copy(inner.translated(source.topLeft()));
        int differing = 0;
        for (int y = 0; y < printed.height(); ++y) {
            for (int x = 0; x < printed.width(); ++x) {
                const QRgb a = printed.pixel(x, y);
                const QRgb b = expected.pixel(x, y);
                differing += std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                                       std::abs(qBlue(a) - qBlue(b))})
                    > 40;
                inked += (x % 7 == 0 && y % 7 == 0 && qGray(a) < 128);
            }
        }
        QVERIFY2(differing <= printed.width() * printed.height() / 1000,
                 qPrintable(u"sheet %1: %2 pixels differ"_s.arg(t.label).arg(differing)));
    }
    QVERIFY(inked > 100);
}

void TestWrappedPoster::oneRowIsTheBand()
{
    const Workspace w = sixStages();
    const JourneyPosterContent content(w, 21);
    const PosterRenderer renderer(content);
    const QSizeF band = renderer.size();
    renderer.layout(sheet(QPageSize::A3, QPageLayout::Landscape, 3));
    QVERIFY(renderer.size().width() < band.width());
    renderer.layout(sheet(QPageSize::A3, QPageLayout::Landscape, 1));
    QVERIFY(renderer.rowCuts().empty());
    QCOMPARE(renderer.size(), band);
    // More rows than stages: one stage a row.
    renderer.layout(sheet(QPageSize::A3, QPageLayout::Landscape, 40));
    QCOMPARE(renderer.rowCuts().size(), size_t(6));
}

void TestWrappedPoster::commandLineRows()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(u"long.parcours"_s);
    QVERIFY(WorkspaceStore::create(ws, imported(TestData::generatedMermaidJourney(50, 10))).store);

    // One band: too small, and the warning offers wrapping first.
    const QString band = dir.filePath(u"band.pdf"_s);
    CliRun r = runParcours(
        {u"export"_s, ws, u"--format"_s, u"pdf"_s, u"--page"_s, u"A0"_s, u"-o"_s, band});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"the smallest text would be 3.3 pt, below the legible 6 pt. Wrap it "
                            "into 3 rows (--rows auto): the smallest text would be "_s),
             qPrintable(r.err));

    // Automatic rows: the orientation and row count printing the text largest, said.
    const QString wrapped = dir.filePath(u"wrapped.pdf"_s);
    r = runParcours({u"export"_s, ws, u"--format"_s, u"pdf"_s, u"--page"_s, u"A0"_s, u"--rows"_s,
                     u"auto"_s, u"-o"_s, wrapped});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // legible: no warning
    QVERIFY2(r.out.contains(u"One A0 portrait (841 × 1189 mm) sheet; 5 rows of 10 stages, "
                            "smallest text "_s),
             qPrintable(r.out));

    // A chosen count, tiled on A4.
    const QString tiled = dir.filePath(u"tiled.pdf"_s);
    r = runParcours({u"export"_s, ws, u"--format"_s, u"pdf"_s, u"--page"_s, u"A0"_s,
                     u"--landscape"_s, u"--rows=3"_s, u"--tile"_s, u"A4"_s, u"-o"_s, tiled});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"; 3 rows of 16–17 stages, smallest text "_s), qPrintable(r.out));
    QVERIFY(QFileInfo(tiled).size() > 0);
}

void TestWrappedPoster::commandLineRowsErrors()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(u"six.parcours"_s);
    QVERIFY(WorkspaceStore::create(ws, sixStages()).store);
    const QString out = dir.filePath(u"never.pdf"_s);
    const QStringList base {u"export"_s, ws, u"--format"_s, u"pdf"_s, u"-o"_s, out};
    for (const QString &rows : {u"0"_s, u"-2"_s, u"two"_s, u"1.5"_s, u""_s}) {
        const CliRun r = runParcours(base + QStringList {u"--rows"_s, rows});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"export: --rows takes auto or a number of rows (1, 2, 3 …), "
                                "not \"%1\""_s.arg(rows)),
                 qPrintable(r.err));
    }
    CliRun r = runParcours(base + QStringList {u"--rows"_s, u"7"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"export: --rows 7 is more rows than the journey's 6 stages"_s),
             qPrintable(r.err));
    r = runParcours({u"export"_s, ws, u"--dashboard"_s, u"-o"_s, out, u"--rows"_s, u"2"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"export: --rows applies to journey posters (rows of stages) "
                            "and use-case maps (columns of the table)"_s),
             qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
    // AUTO in capitals, and 6 rows of one stage each, are fine.
    r = runParcours(base + QStringList {u"--rows"_s, u"AUTO"_s});
    QCOMPARE(r.code, 0);
    r = runParcours(base + QStringList {u"--rows"_s, u"6"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"; 6 rows of 1 stage, smallest text "_s), qPrintable(r.out));
}

void TestWrappedPoster::useCaseMapFlowsIntoColumns()
{
    const Workspace w = manyUseCases(150);
    const UseCaseMapPosterContent content(w, 41);
    const PosterRenderer renderer(content);
    QVERIFY(!renderer.canWrap()); // no rows: columns
    QVERIFY(renderer.flowsIntoColumns());
    QVERIFY2(renderer.maxColumns() >= 4, qPrintable(QString::number(renderer.maxColumns())));

    // One column on A1 landscape: a tall strip, far below 6 pt.
    const PosterLayout one = renderer.layout(sheet(QPageSize::A1, QPageLayout::Landscape, 1));
    QCOMPARE(renderer.columns(), 1);
    QVERIFY(renderer.describeRows(one).isEmpty());
    QVERIFY2(!one.isLegible(), qPrintable(QString::number(one.smallestTextPt())));

    // Automatic: the column count whose smallest text is largest, none better.
    const PosterLayout automatic = renderer.layout(
        sheet(QPageSize::A1, QPageLayout::Landscape, PosterSettings::automaticRows));
    const int chosen = renderer.columns();
    QCOMPARE(chosen, 3); // 150 rows on A1 landscape: three pages of the printout side by side
    QVERIFY2(automatic.smallestTextPt() > 2.5 * one.smallestTextPt(),
             qPrintable(QString::number(automatic.smallestTextPt())));
    QCOMPARE(renderer.describeRows(automatic),
             u"3 columns, smallest text %1 pt"_s.arg(automatic.smallestTextPt(), 0, 'f', 1));
    for (int columns = 1; columns <= renderer.maxColumns(); ++columns) {
        const PosterLayout other
            = renderer.layout(sheet(QPageSize::A1, QPageLayout::Landscape, columns));
        QCOMPARE(renderer.columns(), columns);
        QVERIFY2(other.smallestTextPt() <= automatic.smallestTextPt() + 1e-9,
                 qPrintable(u"%1 columns: %2 pt"_s.arg(columns).arg(other.smallestTextPt())));
    }

    // The legibility advice of one column offers columns: on A1 they reach 6 pt, on A2 they
    // come closer, and then the sheet must grow.
    PosterAdvice advice;
    advice.commandLine = true;
    QString offer = renderer.wrapAdvice(sheet(QPageSize::A1, QPageLayout::Landscape, 1), advice);
    QCOMPARE(offer, u"Flow it into 3 columns (--rows auto): the smallest text would be 6.2 pt."_s);
    offer = renderer.wrapAdvice(sheet(QPageSize::A2, QPageLayout::Landscape, 1), advice);
    QVERIFY2(offer.startsWith(u"Flowed into "_s) && offer.contains(u" pt; then: Choose A1 "_s),
             qPrintable(offer));
    const PosterLayout a0 = renderer.layout(
        sheet(QPageSize::A0, QPageLayout::Landscape, PosterSettings::automaticRows));
    QVERIFY2(a0.isLegible(), qPrintable(QString::number(a0.smallestTextPt())));

    // A short table has no columns to flow into.
    const Workspace few = manyUseCases(3);
    const UseCaseMapPosterContent short_(few, 41);
    QVERIFY(!PosterRenderer(short_).flowsIntoColumns());
}

void TestWrappedPoster::useCaseMapColumnsRepeatTheHeaderAndCutNoRow()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const Workspace w = manyUseCases(150);
    const UseCaseMapPosterContent content(w, 41);
    const PosterRenderer renderer(content);
    const PosterLayout layout = renderer.layout(sheet(QPageSize::A1, QPageLayout::Landscape, 3));
    QCOMPARE(renderer.columns(), 3);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"columns.pdf"_s);
    QVERIFY(PosterExporter(renderer, layout).write(PosterExporter::Format::Pdf, path).ok);
    const QString text = pdfText(path);
    QCOMPARE(text.count(u"Why we are better"_s), 3); // the header atop each column
    for (int i = 1; i <= 150; ++i) // every row once, none cut in two
        QVERIFY2(text.count(u"Use case %1 "_s.arg(i)) == 1, qPrintable(QString::number(i)));
    // The columns stand side by side: the poster is about three printouts wide.
    const QSizeF one = content.columnsSize(1);
    const QSizeF three = content.columnsSize(3);
    QVERIFY(three.width() > 3 * one.width() && three.width() < 3.2 * one.width());
    QVERIFY(three.height() < one.height() / 2.5);
}

void TestWrappedPoster::commandLineUseCaseMapColumns()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(u"map.parcours"_s);
    QVERIFY(WorkspaceStore::create(ws, manyUseCases(150)).store);
    const QString out = dir.filePath(u"map.pdf"_s);
    const QStringList base
        = {u"export"_s,  ws,          u"--format"_s, u"pdf"_s,         u"--persona"_s,
           u"Planner"_s, u"--page"_s, u"A0"_s,       u"--landscape"_s, u"-o"_s,
           out};
    // One column: too small, and the warning offers columns (on the same sheet).
    CliRun r = runParcours(base);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Flow it into "_s) && r.err.contains(u" columns (--rows auto)"_s),
             qPrintable(r.err));
    r = runParcours(base + QStringList {u"--rows"_s, u"auto"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // legible: no warning
    QVERIFY2(r.out.contains(u" columns, smallest text "_s), qPrintable(r.out));
    r = runParcours(base + QStringList {u"--rows"_s, u"2"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"; 2 columns, smallest text "_s), qPrintable(r.out));
    QFile::remove(out);
    r = runParcours(base + QStringList {u"--rows"_s, u"99"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"export: --rows 99 is more columns than the use-case map fills (at "
                            "most "_s),
             qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
}

// SVG ignores clipping: the curve of each row must itself end at the row's edges, not run on
// up to half a stage past its end (or under the lane headers at its start).
void TestWrappedPoster::svgCurveEndsAtEachRowsEdge()
{
    const Workspace w = sixStages();
    const JourneyPosterContent content(w, 21);
    const PosterRenderer renderer(content);
    const PosterLayout layout = renderer.layout(sheet(QPageSize::A3, QPageLayout::Landscape, 3));
    QCOMPARE(renderer.rowCuts().size(), size_t(3));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"wrapped.svg"_s);
    QVERIFY(PosterExporter(renderer, layout).write(PosterExporter::Format::Svg, path).ok);
    const QList<QPointF> points = strokedPoints(path, JourneyStyle::standard().emotionLine);
    QVERIFY2(points.size() > 10, qPrintable(QString::number(points.size())));

    // Each row's units in sheet millimetres, and how far a cut line may reach: half its pen.
    const PosterWrapGeometry wrap = content.wrapGeometry();
    const qreal k = layout.scale();
    const QPointF origin = layout.contentRect().topLeft() + renderer.contentRect().topLeft() * k;
    const qreal reach = 2 * k; // the 3-unit pen's half, and a hair
    std::array<int, 3> perRow {};
    const qreal bottom = origin.y() + renderer.contentRect().height() * k;
    for (const QPointF &p : points) {
        if (p.y() > bottom)
            continue; // the legend's sample of the curve
        const int row = int((p.y() - origin.y()) / ((wrap.rowHeight + wrap.gap) * k));
        QVERIFY2(row >= 0 && row < 3, qPrintable(u"%1, %2"_s.arg(p.x()).arg(p.y())));
        const qreal left = origin.x() + wrap.headerWidth * k;
        const qreal right = left + renderer.rowCuts()[size_t(row)].width * k;
        QVERIFY2(
            p.x() >= left - reach && p.x() <= right + reach,
            qPrintable(
                u"row %1: x %2 outside %3 … %4 mm"_s.arg(row + 1).arg(p.x()).arg(left).arg(right)));
        ++perRow[size_t(row)];
    }
    for (int n : perRow)
        QVERIFY(n > 0); // the curve is on every row
}

QTEST_MAIN(TestWrappedPoster)
#include "tst_wrappedposter.moc"
