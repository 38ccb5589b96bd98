// Journey posters as files: PDF page count, page size and extractable text (accents, Chinese,
// tile labels), SVG well-formed with its text, PNG pixels matching size × dpi, tiles that
// reassemble into the poster, no file left behind on cancel or error, a reference image, and
// the command line.
#include "posters/journeypostercontent.h"
#include "posters/pngstreamwriter.h"
#include "posters/posterexporter.h"
#include "posters/posterrenderer.h"
#include "posters/usecasemappostercontent.h"
#include "store/workspacestore.h"
#include "support/parcoursrun.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cstring>

using namespace Parcours;
using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

namespace {

const QStringList stageNames
    = {u"Découverte"_s, u"认知阶段"_s, u"Inscription rapide"_s, u"Fidélité — renouvellement"_s};

// A small journey with every kind of lane and mark; fixed content, so the reference image
// changes only when the drawing does.
Workspace referenceWorkspace()
{
    Workspace w;
    w.info.name = u"Atelier Été"_s;
    Persona persona;
    persona.id = 11;
    persona.name = u"Acheteuse pressée"_s;
    w.personas.push_back(persona);
    Journey j;
    j.id = 21;
    j.name = u"Parcours d’achat"_s;
    j.description = u"Du premier contact au renouvellement."_s;
    j.personaId = persona.id;
    j.lanes = {{31, u"Actions"_s, LaneKind::Text, true},
               {32, u"Canaux"_s, LaneKind::Chips, true},
               {33, u"Émotion"_s, LaneKind::Emotion, true},
               {34, u"Hidden"_s, LaneKind::Text, false},
               {35, u"KPI"_s, LaneKind::Kpi, true}};
    const QList<double> emotions = {1, -1.5, 0.5, 2};
    const QList<qint64> entering = {5000, 1200, 900, 850};
    const QList<Assessment> assessments = {Assessment::WorksWell, Assessment::NotWorkingWell,
                                           Assessment::ToReinforce, Assessment::ToAdd};
    for (int i = 0; i < stageNames.size(); ++i) {
        Stage s;
        s.id = 100 + i;
        s.withOneStep();
        s.name = stageNames[i];
        s.description = u"Étape %1"_s.arg(i + 1);
        s.color = QStringList {u"#4e79a7"_s, u"#f28e2b"_s, u"#59a14f"_s, u"#e15759"_s}[i];
        s.duration = i + 2;
        s.entering = entering[i];
        s.assessment = assessments[i];
        s.isConversion = i == 1;
        s.isValueDelivered = i == 2;
        s.firstCells().insert(31, Cell {u"Lit un avis, compare les prix"_s, std::nullopt});
        s.firstCells().insert(32, Cell {u"Web\nApp\n微信"_s, std::nullopt});
        s.firstCells().insert(33, Cell {QString(), emotions[i]});
        s.firstCells().insert(35, Cell {u"Conversion: %1 %"_s.arg(10 * (i + 1)), std::nullopt});
        j.stages.push_back(s);
    }
    w.journeys.push_back(j);
    return w;
}

PosterInfo fixedInfo()
{
    return PosterInfo {QDate(2024, 5, 1), u"v2 — atelier de mars"_s};
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Pages and their sizes in points, from the file itself (Qt writes page objects unpacked).
QList<QSizeF> pdfPageSizes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString data = QString::fromLatin1(f.readAll());
    QList<QSizeF> sizes;
    static const QRegularExpression box(uR"(/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\])"_s);
    for (auto it = box.globalMatch(data); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        sizes << QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
    }
    return sizes;
}

QRect pixels(const QRectF &mm, qreal k)
{
    return QRect(int(std::lround(mm.x() * k)), int(std::lround(mm.y() * k)),
                 int(std::lround(mm.width() * k)), int(std::lround(mm.height() * k)));
}

QSizeF mmToPt(const QSizeF &mm)
{
    return mm * 72 / 25.4;
}

bool near(const QSizeF &a, const QSizeF &b, qreal tolerance = 1.0)
{
    return std::abs(a.width() - b.width()) <= tolerance
        && std::abs(a.height() - b.height()) <= tolerance;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

struct Difference
{
    int differing = 0; // pixels with a channel off by more than the tolerance
    double mean = 0; // mean absolute difference per channel, 0 … 255
};

Difference compareImages(const QImage &a, const QImage &b, int tolerance, QImage *diff = nullptr)
{
    Difference d;
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    if (diff) {
        *diff = QImage(x.size(), QImage::Format_RGB32);
        diff->fill(Qt::white);
    }
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int dr = std::abs(qRed(p[col]) - qRed(q[col]));
            const int dg = std::abs(qGreen(p[col]) - qGreen(q[col]));
            const int db = std::abs(qBlue(p[col]) - qBlue(q[col]));
            sum += dr + dg + db;
            if (std::max({dr, dg, db}) > tolerance) {
                ++d.differing;
                if (diff)
                    diff->setPixel(col, row, qRgb(255, 0, 0));
            }
        }
    }
    d.mean = sum / (3.0 * x.width() * x.height());
    return d;
}

// A journey of `stages` stages, far wider than high, as a 200-section Mermaid import gives.
Workspace longJourneyWorkspace(int stages)
{
    Workspace w;
    w.info.name = u"Big"_s;
    Journey j;
    j.id = 41;
    j.name = u"Big"_s;
    j.lanes = {{42, u"Tasks"_s, LaneKind::Text, true}};
    for (int i = 0; i < stages; ++i) {
        Stage s;
        s.id = 1000 + i;
        s.withOneStep();
        s.name = u"S%1"_s.arg(i + 1);
        s.firstCells().insert(42,
                              Cell {u"Task %1-1\nTask %1-2\nTask %1-3"_s.arg(i + 1), std::nullopt});
        j.stages.push_back(s);
    }
    w.journeys.push_back(j);
    return w;
}

} // namespace

class TestPosterExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfA0OnOneSheet();
    void pdfTextHasEveryStageName();
    void pdfTiledA2OnA3();
    void tilesReassembleIntoThePoster();
    void printsOnAPrinter();
    void svgIsWellFormedWithStageNames();
    void pngSizeMatchesDpi_data();
    void pngSizeMatchesDpi();
    void pngStreamDecodesToTheSamePixels_data();
    void pngStreamDecodesToTheSamePixels();
    void cancelLeavesNoFile_data();
    void cancelLeavesNoFile();
    void errorLeavesNoFile();
    void svgAndPngRefuseTiles();
    void referenceImage();
    void commandLine();
    void commandLineChoosesAndListsJourneys();
    void commandLineTilesOnlyTheContent();
    void posterLeavesOutEditorHints();
    void commandLinePrintsAPersonasUseCaseMap();
    void titleBlockNamesTheRetentionType();
    void commandLineDefaultSheetFollowsTheLocale_data();
    void commandLineDefaultSheetFollowsTheLocale();

private:
    std::unique_ptr<PosterExporter> exporter(const PosterSettings &settings);

    QTemporaryDir mDir;
    Workspace mWorkspace;
    std::unique_ptr<JourneyPosterContent> mContent;
    std::unique_ptr<PosterRenderer> mRenderer;
    std::vector<std::unique_ptr<PosterLayout>> mLayouts; // kept for the exporters
};

void TestPosterExport::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QCoreApplication::setApplicationVersion(u"test"_s);
    QVERIFY(mDir.isValid());
    mWorkspace = referenceWorkspace();
    mContent = std::make_unique<JourneyPosterContent>(mWorkspace, 21);
    QVERIFY(mContent->isValid());
    mRenderer = std::make_unique<PosterRenderer>(*mContent, fixedInfo());
}

std::unique_ptr<PosterExporter> TestPosterExport::exporter(const PosterSettings &settings)
{
    mLayouts.push_back(std::make_unique<PosterLayout>(mRenderer->layout(settings)));
    return std::make_unique<PosterExporter>(*mRenderer, *mLayouts.back());
}

void TestPosterExport::pdfA0OnOneSheet()
{
    PosterSettings s;
    s.posterSize = QPageSize(QPageSize::A0);
    s.orientation = QPageLayout::Portrait;
    const QString path = mDir.filePath(u"a0.pdf"_s);
    QList<int> steps;
    const PosterExporter::Result r
        = exporter(s)->write(PosterExporter::Format::Pdf, path, 300, [&steps](int done, int total) {
              steps << done << total;
              return true;
          });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(steps, QList<int>({0, 1, 1, 1}));
    const QList<QSizeF> pages = pdfPageSizes(path);
    QCOMPARE(pages.size(), 1);
    // 841 × 1189 mm is 2383.9 × 3370.4 pt.
    QVERIFY2(near(pages.first(), mmToPt(QSizeF(841, 1189))),
             qPrintable(u"%1 × %2 pt"_s.arg(pages.first().width()).arg(pages.first().height())));
    const QString pdfinfo = tool("pdfinfo");
    if (pdfinfo.isEmpty())
        QSKIP("pdfinfo (poppler-utils) not installed: page size checked from /MediaBox only");
    const QString info = runTool(pdfinfo, {path});
    QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)), qPrintable(info));
    QVERIFY2(info.contains(u"(A0)"_s), qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(u"Title:\\s+Parcours d’achat — Atelier Été\\n"_s)),
             qPrintable(info));
}

void TestPosterExport::pdfTextHasEveryStageName()
{
    PosterSettings s;
    s.posterSize = QPageSize(QPageSize::A3);
    const QString path = mDir.filePath(u"text.pdf"_s);
    const PosterExporter::Result r = exporter(s)->write(PosterExporter::Format::Pdf, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QString pdftotext = tool("pdftotext");
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed: cannot extract the PDF's text");
    // Words of one label may sit on several lines of a column: compare with spaces.
    const QString text = runTool(pdftotext, {path, u"-"_s}).simplified();
    QVERIFY(!text.isEmpty());
    for (const QString &name : stageNames)
        QVERIFY2(text.contains(name), qPrintable(u"\"%1\" not in:\n%2"_s.arg(name, text)));
    // Title block and legend, searchable too (no ligatures: "first" stays "first").
    for (const QString &expected :
         {u"Parcours d’achat"_s, u"Atelier Été"_s, u"Acheteuse pressée"_s, u"2024-05-01"_s,
          u"v2 — atelier de mars"_s, u"Works well"_s, u"Positive, up to +2"_s, u"微信"_s})
        QVERIFY2(text.contains(expected), qPrintable(u"\"%1\" not in:\n%2"_s.arg(expected, text)));
    QVERIFY(!text.contains(QChar(0xFB01)));
    // Every font embedded, so accents and Chinese print anywhere.
    const QString pdffonts = tool("pdffonts");
    if (pdffonts.isEmpty())
        return;
    const QStringList lines = runTool(pdffonts, {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(lines.size() >= 2);
    bool chinese = false;
    for (const QString &line : lines) {
        QVERIFY2(line.contains(QRegularExpression(u"\\s+yes\\s+\\S+\\s+yes\\s"_s)),
                 qPrintable(u"not embedded with a Unicode map: "_s + line));
        chinese = chinese || line.contains(u"WenQuanYi"_s) || line.contains(u"Noto"_s)
            || line.contains(u"Micro"_s);
    }
    QVERIFY2(chinese, qPrintable(lines.join(u'\n')));
}

// The issue's example: A2 on A3 is a 2 × 2 grid, four A3 pages, each labelled (landscape,
// which the map fills from side to side: on portrait A2 its blank band would be left out).
void TestPosterExport::pdfTiledA2OnA3()
{
    PosterSettings s;
    s.posterSize = QPageSize(QPageSize::A2);
    s.orientation = QPageLayout::Landscape; // the map fills its width
    s.tiled = true;
    s.tileSize = QPageSize(QPageSize::A3);
    const QString path = mDir.filePath(u"tiled.pdf"_s);
    QList<int> steps;
    const PosterExporter::Result r
        = exporter(s)->write(PosterExporter::Format::Pdf, path, 300, [&steps](int done, int) {
              steps << done;
              return true;
          });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(steps, QList<int>({0, 1, 2, 3, 4}));
    const QList<QSizeF> pages = pdfPageSizes(path);
    QCOMPARE(pages.size(), 4);
    for (const QSizeF &page : pages)
        QVERIFY(near(page, mmToPt(QSizeF(297, 420))));
    const QString pdftotext = tool("pdftotext");
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed: tile labels not checked");
    const QStringList labels = {u"A1"_s, u"A2"_s, u"B1"_s, u"B2"_s};
    for (int page = 1; page <= 4; ++page) {
        const QString text = runTool(
            pdftotext,
            {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), path, u"-"_s});
        const QString &label = labels[page - 1];
        QVERIFY2(text.contains(QRegularExpression(u"^%1\\s"_s.arg(label),
                                                  QRegularExpression::MultilineOption)),
                 qPrintable(text.left(200)));
        QVERIFY2(text.contains(u"Row %1, column %2 · sheet %3 of 4"_s.arg(label.at(0))
                                   .arg(label.mid(1))
                                   .arg(page)),
                 qPrintable(text.left(300)));
    }
    // The first row holds the title; the poster's text is split across the sheets.
    const QString first = runTool(pdftotext, {u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, path, u"-"_s});
    QVERIFY(first.contains(u"Parcours d’achat"_s));
}

// What each sheet shows inside its cut marks is the poster, pixel for pixel (up to
// anti-aliasing): painted through the tile's offset, nothing shifted, clipped or missing.
void TestPosterExport::tilesReassembleIntoThePoster()
{
    PosterSettings s;
    s.posterSize = QPageSize(QPageSize::A2);
    s.orientation = QPageLayout::Landscape; // the map fills its width
    const PosterLayout whole = mRenderer->layout(s);
    s.tiled = true;
    s.tileSize = QPageSize(QPageSize::A3);
    const PosterLayout tiles = mRenderer->layout(s);
    QCOMPARE(tiles.contentRect(), whole.contentRect());
    constexpr qreal k = 2; // pixels per mm: every offset lands on a pixel
    auto render = [k](const PosterRenderer &renderer, const PosterLayout &layout, int tile) {
        QImage image((layout.sheetSize() * k).toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        p.scale(k, k);
        renderer.paintSheet(&p, layout, tile);
        return image;
    };
    const QImage poster = render(*mRenderer, whole, 0);
    int inked = 0;
    for (int i = 0; i < tiles.sheetCount(); ++i) {
        const PosterTile &t = tiles.tiles()[size_t(i)];
        const QImage sheet = render(*mRenderer, tiles, i);
        const QRect target = pixels(t.target(), k);
        const QRect source = pixels(t.source, k);
        QCOMPARE(target.size(), source.size());
        // One pixel in from the cut line, where the clip's edge may blend.
        const QRect inner(QPoint(1, 1), target.size() - QSize(2, 2));
        const QImage printed = sheet.copy(inner.translated(target.topLeft()));
        const QImage expected = poster.copy(inner.translated(source.topLeft()));
        const Difference d = compareImages(printed, expected, 40);
        QVERIFY2(d.differing <= printed.width() * printed.height() / 1000,
                 qPrintable(u"sheet %1: %2 pixels differ"_s.arg(t.label).arg(d.differing)));
        for (int y = 0; y < printed.height(); y += 7)
            for (int x = 0; x < printed.width(); x += 7)
                inked += qGray(printed.pixel(x, y)) < 128;
        // No poster beyond the cut lines: the left margin is white at a quarter height.
        const int y = target.top() + target.height() / 4;
        for (int x = 2; x < target.left() - 2; ++x)
            QCOMPARE(sheet.pixel(x, y), qRgb(255, 255, 255));
    }
    QVERIFY(inked > 100); // the comparison compared something
}

// Printing goes through the same sheets: on a PDF printer, one page per tile at the tiles'
// paper size, painted from the paper's corner whatever the printer's margins.
void TestPosterExport::printsOnAPrinter()
{
    PosterSettings s;
    s.posterSize = QPageSize(QPageSize::A2);
    s.orientation = QPageLayout::Landscape; // the map fills its width
    s.tiled = true;
    s.tileSize = QPageSize(QPageSize::A3);
    const PosterLayout layout = mRenderer->layout(s);
    const QString path = mDir.filePath(u"printed.pdf"_s);
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        PosterExporter::preparePrinter(&printer, layout, mRenderer->documentTitle());
        QVERIFY(printer.fullPage());
        QCOMPARE(printer.pageLayout().orientation(), QPageLayout::Portrait);
        // A printer dialog that changed nothing keeps the layout.
        QCOMPARE(PosterExporter::withPrinterPage(s, &printer).tileSize.id(), QPageSize::A3);
        const PosterExporter::Result r = PosterExporter(*mRenderer, layout).print(&printer);
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    const QList<QSizeF> pages = pdfPageSizes(path);
    QCOMPARE(pages.size(), 4);
    QVERIFY(near(pages.last(), mmToPt(QSizeF(297, 420))));
    // The sheet the printer dialog chose wins: A4 landscape paper for the tiles.
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
    const PosterSettings chosen = PosterExporter::withPrinterPage(s, &printer);
    QCOMPARE(chosen.tileSize.id(), QPageSize::A4);
    QCOMPARE(chosen.tileOrientation, PosterSettings::TileOrientation::Landscape);
    QCOMPARE(chosen.posterSize.id(), QPageSize::A2);
    s.tiled = false;
    QCOMPARE(PosterExporter::withPrinterPage(s, &printer).orientation, QPageLayout::Landscape);
}

void TestPosterExport::svgIsWellFormedWithStageNames()
{
    PosterSettings s;
    s.posterSize = QPageSize(QPageSize::A3);
    s.orientation = QPageLayout::Landscape;
    const QString path = mDir.filePath(u"poster.svg"_s);
    const PosterExporter::Result r = exporter(s)->write(PosterExporter::Format::Svg, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString text;
    QString width;
    QString height;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"svg") {
            width = xml.attributes().value(u"width"_s).toString();
            height = xml.attributes().value(u"height"_s).toString();
        }
        if (xml.isCharacters())
            text += xml.text().toString() + u' ';
    }
    text = text.simplified();
    QVERIFY2(!xml.hasError(),
             qPrintable(u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber())));
    QCOMPARE(width, u"420mm"_s);
    QCOMPARE(height, u"297mm"_s);
    for (const QString &name : stageNames)
        QVERIFY2(text.contains(name), qPrintable(u"\"%1\" not in the SVG's text"_s.arg(name)));
    QVERIFY(text.contains(u"Parcours d’achat"_s));
}

void TestPosterExport::pngSizeMatchesDpi_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("pixels");
    // mm × dpi / 25.4, rounded.
    QTest::newRow("A4 landscape 150") << u"A4"_s << true << 150 << QSize(1754, 1240);
    QTest::newRow("A4 portrait 300") << u"A4"_s << false << 300 << QSize(2480, 3508);
    QTest::newRow("custom 600") << u"80x50"_s << true << 600 << QSize(1890, 1181);
}

void TestPosterExport::pngSizeMatchesDpi()
{
    QFETCH(QString, page);
    QFETCH(bool, landscape);
    QFETCH(int, dpi);
    QFETCH(QSize, pixels);
    PosterSettings s;
    s.posterSize = *PosterSettings::parsePageSize(page);
    s.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    s.margin = 5;
    const QString path = mDir.filePath(u"poster-%1.png"_s.arg(dpi));
    int bands = 0;
    const PosterExporter::Result r
        = exporter(s)->write(PosterExporter::Format::Png, path, dpi, [&bands](int, int total) {
              bands = total;
              return true;
          });
    QVERIFY2(r.ok, qPrintable(r.error));
    QImage image;
    QVERIFY(image.load(path));
    QCOMPARE(image.size(), pixels);
    QCOMPARE(image.dotsPerMeterX(), int(std::lround(dpi / 0.0254)));
    QVERIFY(bands >= 1);
    // Painted band by band without seams: the poster is there, margins white.
    QCOMPARE(image.pixel(2, 2), qRgb(255, 255, 255));
    int dark = 0;
    for (int y = 0; y < image.height(); y += 3)
        dark += qGray(image.pixel(image.width() / 2, y)) < 100;
    QVERIFY(dark > 3);
}

void TestPosterExport::pngStreamDecodesToTheSamePixels_data()
{
    using Filter = PngStreamWriter::Filter;
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("filter");
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("threads");
    // Wide rows (one row is more than the 32 kB window), narrow ones (many rows in it).
    QTest::newRow("Up, level 3, every core") << 11000 << int(Filter::Up) << 3 << 0;
    QTest::newRow("Up, 3 parts, narrow") << 37 << int(Filter::Up) << 3 << 3;
    QTest::newRow("none, level 1") << 900 << int(Filter::None) << 1 << 2;
    QTest::newRow("Sub, level 6") << 900 << int(Filter::Sub) << 6 << 2;
    QTest::newRow("Paeth, level 9") << 901 << int(Filter::Paeth) << 9 << 4;
    QTest::newRow("adaptive, one core") << 900 << int(Filter::Adaptive) << 2 << 1;
}

void TestPosterExport::pngStreamDecodesToTheSamePixels()
{
    // Bands of uneven heights, split into parts compressed on several threads into one
    // stream: any reader must see the rows drawn, pixel for pixel.
    QFETCH(int, width);
    QFETCH(int, filter);
    QFETCH(int, level);
    QFETCH(int, threads);
    const int height = 300;
    QImage source(width, height, QImage::Format_RGB32);
    source.fill(Qt::white);
    {
        QPainter painter(&source);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillRect(QRectF(width * 0.1, 20, width * 0.5, 120), QColor(0xe1, 0x57, 0x59));
        painter.setPen(QPen(Qt::darkBlue, 3));
        painter.drawEllipse(QRectF(width * 0.3, 60, width * 0.6, 200));
        painter.drawText(QRectF(0, 150, width, 60), Qt::AlignCenter, u"Découverte 认知"_s);
    }
    QRandomGenerator random(24); // noise in a corner: literal bytes, not only matches
    for (int y = 250; y < height; ++y) {
        for (int x = 0; x < std::min(width, 200); ++x)
            source.setPixel(x, y, random.generate() | 0xff000000);
    }
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    PngStreamWriter png(&buffer);
    png.setCompression({PngStreamWriter::Filter(filter), level, threads});
    QVERIFY(png.begin(width, height, 11811));
    int top = 0;
    for (int rows : {97, 1, 150, 52}) { // the exporter's band can be taller than its rows
        QImage band(width, 160, QImage::Format_RGB32);
        band.fill(Qt::black);
        for (int y = 0; y < rows; ++y)
            std::memcpy(band.scanLine(y), source.constScanLine(top + y), size_t(width) * 4);
        QVERIFY2(png.writeRows(band, rows), qPrintable(png.errorString()));
        top += rows;
    }
    QCOMPARE(top, height);
    QVERIFY(!png.writeRows(source, 1)); // no more rows than the image has
    QVERIFY(png.finish());
    QImage decoded;
    QVERIFY(decoded.loadFromData(buffer.data(), "PNG"));
    QCOMPARE(decoded.size(), source.size());
    QCOMPARE(decoded.dotsPerMeterX(), 11811);
    QCOMPARE(decoded.convertToFormat(QImage::Format_RGB32), source);
}

void TestPosterExport::cancelLeavesNoFile_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("tiled");
    QTest::addColumn<int>("cancelAt");
    QTest::newRow("pdf at the second sheet") << int(PosterExporter::Format::Pdf) << true << 1;
    QTest::newRow("pdf at the end") << int(PosterExporter::Format::Pdf) << false << 1;
    QTest::newRow("svg before") << int(PosterExporter::Format::Svg) << false << 0;
    QTest::newRow("svg at the end") << int(PosterExporter::Format::Svg) << false << 1;
    QTest::newRow("png in a band") << int(PosterExporter::Format::Png) << false << 2;
}

void TestPosterExport::cancelLeavesNoFile()
{
    QFETCH(int, format);
    QFETCH(bool, tiled);
    QFETCH(int, cancelAt);
    QTemporaryDir dir;
    PosterSettings s;
    s.posterSize = QPageSize(QPageSize::A2);
    s.tiled = tiled;
    const QString path = dir.filePath(u"out"_s);
    // An earlier export stays as it was.
    const QString kept = dir.filePath(u"kept"_s);
    QFile old(kept);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("earlier poster");
    old.close();
    for (const QString &target : {path, kept}) {
        const PosterExporter::Result r
            = exporter(s)->write(PosterExporter::Format(format), target, 300,
                                 [cancelAt](int done, int) { return done < cancelAt; });
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok);
        QVERIFY(r.error.isEmpty());
    }
    QCOMPARE(filesIn(dir.path()), QStringList({u"kept"_s}));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("earlier poster"));
}

void TestPosterExport::errorLeavesNoFile()
{
    PosterSettings s;
    s.posterSize = QPageSize(QPageSize::A4);
    QTemporaryDir dir;
    // A folder that does not exist, and a file standing where a folder should be.
    QFile file(dir.filePath(u"plain"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    for (const QString &path :
         {dir.filePath(u"missing/poster"_s), dir.filePath(u"plain/poster"_s)}) {
        for (auto format : {PosterExporter::Format::Pdf, PosterExporter::Format::Svg,
                            PosterExporter::Format::Png}) {
            const PosterExporter::Result r = exporter(s)->write(format, path, 150);
            QVERIFY(!r.ok);
            QVERIFY(!r.cancelled);
            QVERIFY2(!r.error.isEmpty(), qPrintable(path));
            QVERIFY(!QFile::exists(path));
        }
    }
    // A folder without write permission (root may write anyway: then it is not an error).
    const QString locked = dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkdir(locked));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
    const PosterExporter::Result r
        = exporter(s)->write(PosterExporter::Format::Pdf, locked + u"/poster.pdf"_s);
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!r.ok) {
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(filesIn(locked), QStringList());
    }
    QCOMPARE(filesIn(dir.path()), QStringList({u"plain"_s}));
    // Invalid settings: an error before anything is written.
    s.margin = 200;
    const PosterExporter::Result invalid
        = exporter(s)->write(PosterExporter::Format::Pdf, dir.filePath(u"x.pdf"_s));
    QVERIFY(invalid.error.contains(u"leave no room"_s));
    QCOMPARE(filesIn(dir.path()), QStringList({u"plain"_s}));
}

void TestPosterExport::svgAndPngRefuseTiles()
{
    PosterSettings s;
    s.posterSize = QPageSize(QPageSize::A2);
    s.tiled = true;
    for (auto format : {PosterExporter::Format::Svg, PosterExporter::Format::Png}) {
        const QString path = mDir.filePath(u"tiled-picture"_s);
        const PosterExporter::Result r = exporter(s)->write(format, path);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(u"tiling applies to PDF"_s));
        QVERIFY(!QFile::exists(path));
    }
}

// The reference poster, small, against a stored image: layout regressions show, font
// hinting noise does not. Regenerate with PARCOURS_UPDATE_REFERENCES=1 after a deliberate
// change, and look at the new image before committing it.
void TestPosterExport::referenceImage()
{
    PosterSettings s;
    s.posterSize = PosterSettings::customSize(200, 130);
    s.orientation = QPageLayout::Landscape;
    s.margin = 5;
    const QString path = mDir.filePath(u"reference.png"_s);
    const PosterExporter::Result r = exporter(s)->write(PosterExporter::Format::Png, path, 100);
    QVERIFY2(r.ok, qPrintable(r.error));
    QImage actual;
    QVERIFY(actual.load(path));
    QCOMPARE(actual.size(), QSize(787, 512));
    const QString reference = QStringLiteral(PARCOURS_TEST_DATA) + u"/poster-reference.png"_s;
    if (qEnvironmentVariableIntValue("PARCOURS_UPDATE_REFERENCES") == 1) {
        QFile::remove(reference);
        QVERIFY(QFile::copy(path, reference));
        QSKIP("reference image regenerated: look at it before committing");
    }
    QImage expected;
    QVERIFY2(expected.load(reference),
             "tests/data/poster-reference.png is missing: run with PARCOURS_UPDATE_REFERENCES=1");
    QCOMPARE(actual.size(), expected.size());
    QImage diff;
    const Difference d = compareImages(actual, expected, 64, &diff);
    const int allowed = actual.width() * actual.height() / 200; // 0.5 %
    if (d.differing > allowed || d.mean > 3) {
        const QString actualPath = QDir::temp().filePath(u"poster-actual.png"_s);
        const QString diffPath = QDir::temp().filePath(u"poster-diff.png"_s);
        actual.save(actualPath);
        diff.save(diffPath);
        QFAIL(qPrintable(
            u"%1 pixels differ (allowed %2), mean difference %3; see %4 and %5"_s.arg(d.differing)
                .arg(allowed)
                .arg(d.mean, 0, 'f', 2)
                .arg(actualPath, diffPath)));
    }
}

void TestPosterExport::commandLine()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(u"one.parcours"_s);
    QVERIFY(WorkspaceStore::create(ws, referenceWorkspace()).store);

    // One journey: --journey may be left out. A0 portrait on one sheet.
    const QString a0 = dir.filePath(u"a0.pdf"_s);
    CliRun r = runParcours({u"export"_s, ws, u"--format"_s, u"pdf"_s, u"--page"_s, u"A0"_s,
                            u"--portrait"_s, u"-o"_s, a0});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QList<QSizeF> pages = pdfPageSizes(a0);
    QCOMPARE(pages.size(), 1);
    QVERIFY(near(pages.first(), mmToPt(QSizeF(841, 1189))));

    // Tiled on A4 with an overlap; landscape poster.
    const QString tiled = dir.filePath(u"tiled.pdf"_s);
    r = runParcours({u"export"_s, ws, u"--journey"_s, u"Parcours d’achat"_s, u"--format"_s,
                     u"pdf"_s, u"--page"_s, u"A2"_s, u"--landscape"_s, u"--tile"_s, u"A4"_s,
                     u"--overlap"_s, u"15"_s, u"-o"_s, tiled});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    PosterSettings s;
    s.posterSize = QPageSize(QPageSize::A2);
    s.orientation = QPageLayout::Landscape;
    s.tiled = true;
    s.tileSize = QPageSize(QPageSize::A4);
    s.overlap = 15;
    const PosterLayout expected = mRenderer->layout(s);
    pages = pdfPageSizes(tiled);
    QCOMPARE(pages.size(), expected.sheetCount());
    QVERIFY(pages.size() > 1);
    QVERIFY(near(pages.first(), mmToPt(expected.sheetSize())));

    // PNG at a chosen resolution; SVG.
    const QString png = dir.filePath(u"a6.png"_s);
    r = runParcours({u"export"_s, ws, u"--format"_s, u"png"_s, u"--page"_s, u"105x148"_s,
                     u"--portrait"_s, u"--dpi"_s, u"150"_s, u"-o"_s, png});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(QImage(png).size(), QSize(620, 874));
    // Too small to read: said on stderr, the poster is still written.
    QVERIFY2(r.err.contains(u"warning: At A6 portrait the smallest text would be"_s),
             qPrintable(r.err));
    // A custom size is printed as typed, width × height, without --portrait or --landscape.
    for (const auto &[page, expectedMm] :
         {std::pair(u"300x500"_s, QSizeF(300, 500)), std::pair(u"500x300"_s, QSizeF(500, 300))}) {
        const QString custom = dir.filePath(u"custom.pdf"_s);
        r = runParcours(
            {u"export"_s, ws, u"--format"_s, u"pdf"_s, u"--page"_s, page, u"-o"_s, custom});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        pages = pdfPageSizes(custom);
        QCOMPARE(pages.size(), 1);
        QVERIFY2(near(pages.first(), mmToPt(expectedMm)),
                 qPrintable(u"%1: %2 × %3 pt"_s.arg(page)
                                .arg(pages.first().width())
                                .arg(pages.first().height())));
    }
    const QString svg = dir.filePath(u"poster.svg"_s);
    r = runParcours({u"export"_s, ws, u"--format"_s, u"SVG"_s, u"-o"_s, svg});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(svg));

    // Usage errors (1) and bad input (2), with nothing written.
    const QString never = dir.filePath(u"never.pdf"_s);
    for (const QStringList &args :
         {QStringList {u"--format"_s, u"svg"_s, u"--tile"_s, u"A4"_s},
          QStringList {u"--format"_s, u"pdf"_s, u"--page"_s, u"A9"_s},
          QStringList {u"--format"_s, u"pdf"_s, u"--overlap"_s, u"lots"_s},
          QStringList {u"--format"_s, u"png"_s, u"--dpi"_s, u"5"_s},
          QStringList {u"--format"_s, u"pdf"_s, u"--landscape"_s, u"--portrait"_s},
          QStringList {u"--format"_s, u"pdf"_s, u"--bogus"_s}}) {
        r = runParcours(QStringList {u"export"_s, ws, u"-o"_s, never} + args);
        QVERIFY2(r.code == 1, qPrintable(args.join(u' ') + u": "_s + r.err));
    }
    // Custom sizes up to 200 in (5080 mm) per side, as PDF viewers accept; beyond, said so.
    r = runParcours(
        {u"export"_s, ws, u"--format"_s, u"pdf"_s, u"--page"_s, u"20000x1000"_s, u"-o"_s, never});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"the page size 20000x1000 is too large (at most 5080 mm per side)"_s),
             qPrintable(r.err));
    r = runParcours(
        {u"export"_s, ws, u"--format"_s, u"pdf"_s, u"--page"_s, u"10000x841"_s, u"-o"_s, never});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"too large (at most 5080 mm per side)"_s), qPrintable(r.err));
    r = runParcours(
        {u"export"_s, ws, u"--format"_s, u"pdf"_s, u"--page"_s, u"huge"_s, u"-o"_s, never});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"unknown page size huge"_s), qPrintable(r.err));
    const QString widest = dir.filePath(u"widest.pdf"_s);
    r = runParcours(
        {u"export"_s, ws, u"--format"_s, u"pdf"_s, u"--page"_s, u"5080x841"_s, u"-o"_s, widest});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(near(pdfPageSizes(widest).value(0), mmToPt(QSizeF(5080, 841))));
    // Margins too large for the tiles: the margin is blamed, not the default overlap.
    r = runParcours({u"export"_s, ws, u"--format"_s, u"pdf"_s, u"--page"_s, u"A0"_s, u"--tile"_s,
                     u"A4"_s, u"--margin"_s, u"100"_s, u"-o"_s, never});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"Margins of 100 mm leave only 10 × 97 mm of each A4 sheet to print "
                            u"on, too little for an overlap of 10 mm: use margins under 95 mm."_s),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"An overlap"_s), qPrintable(r.err));
    // --overlap without --tile is refused, not ignored.
    r = runParcours(
        {u"export"_s, ws, u"--format"_s, u"pdf"_s, u"--overlap"_s, u"5"_s, u"-o"_s, never});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"--overlap applies to tiled posters: add --tile SIZE"_s),
             qPrintable(r.err));
    // A tile sheet not smaller than the poster: refused (it gave one A0 page with an A4 poster
    // in a corner).
    r = runParcours({u"export"_s, ws, u"--format"_s, u"pdf"_s, u"--page"_s, u"A4"_s, u"--tile"_s,
                     u"A0"_s, u"-o"_s, never});
    QCOMPARE(r.code, 1);
    QVERIFY2(
        r.err.contains(u"the tile sheet A0 is not smaller than the poster A4: leave out --tile"_s),
        qPrintable(r.err));
    r = runParcours({u"export"_s, ws, u"--format"_s, u"pdf"_s, u"--page"_s, u"A2"_s, u"--tile"_s,
                     u"A4"_s, u"--overlap"_s, u"99"_s, u"-o"_s, never});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"too large for A4 sheets"_s), qPrintable(r.err));
    r = runParcours(
        {u"export"_s, ws, u"--format"_s, u"pdf"_s, u"-o"_s, dir.filePath(u"no/such.pdf"_s)});
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!QFile::exists(never));
    // The data formats still work as before.
    r = runParcours(
        {u"export"_s, ws, u"--format"_s, u"json"_s, u"-o"_s, dir.filePath(u"w.json"_s)});
    QCOMPARE(r.code, 0);
}

void TestPosterExport::commandLineChoosesAndListsJourneys()
{
    QTemporaryDir dir;
    Workspace w = referenceWorkspace();
    Journey second = w.journeys.front();
    second.id = 22;
    second.name = u"旅程 B"_s;
    for (Stage &stage : second.stages)
        stage.id += 100;
    w.journeys.push_back(second);
    const QString ws = dir.filePath(u"two.parcours"_s);
    QVERIFY(WorkspaceStore::create(ws, w).store);
    auto run = [](const QStringList &args) {
        const CliRun r = runParcours(args);
        return std::pair(r.code, r.err);
    };
    const QString out = dir.filePath(u"out.pdf"_s);
    auto [code, err] = run({u"export"_s, ws, u"--format"_s, u"pdf"_s, u"-o"_s, out});
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(u"choose one with --journey NAME; available: \"Parcours d’achat\", "
                          u"\"旅程 B\""_s),
             qPrintable(err));
    std::tie(code, err)
        = run({u"export"_s, ws, u"--format"_s, u"pdf"_s, u"--journey"_s, u"Nope"_s, u"-o"_s, out});
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(u"no journey named \"Nope\"; available: \"Parcours d’achat\", "
                          u"\"旅程 B\""_s),
             qPrintable(err));
    QVERIFY(!QFile::exists(out));
    std::tie(code, err) = run(
        {u"export"_s, ws, u"--format"_s, u"pdf"_s, u"--journey"_s, u"旅程 B"_s, u"-o"_s, out});
    QVERIFY2(code == 0, qPrintable(err));
    const QString pdftotext = tool("pdftotext");
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed: the chosen journey not checked");
    QVERIFY(runTool(pdftotext, {out, u"-"_s}).contains(u"旅程 B"_s));
}

// A0 of a 200-stage journey on A4 sheets: the map is a band across the A0, and only the
// sheets holding it are printed (QA found 25 sheets, 20 of them blank); the output says how
// many.
void TestPosterExport::commandLineTilesOnlyTheContent()
{
    QTemporaryDir dir;
    const Workspace w = longJourneyWorkspace(200);
    const QString ws = dir.filePath(u"big.parcours"_s);
    QVERIFY(WorkspaceStore::create(ws, w).store);
    const QString out = dir.filePath(u"t.pdf"_s);
    const CliRun r = runParcours({u"export"_s, ws, u"--format"_s, u"pdf"_s, u"--page"_s, u"A0"_s,
                                  u"--tile"_s, u"A4"_s, u"-o"_s, out});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    const JourneyPosterContent content(w, 41);
    const PosterRenderer renderer(content);
    PosterSettings s;
    s.posterSize = QPageSize(QPageSize::A0);
    s.orientation = QPageLayout::Landscape;
    s.tiled = true;
    s.tileSize = QPageSize(QPageSize::A4);
    const PosterLayout expected = renderer.layout(s);
    const QList<QSizeF> pages = pdfPageSizes(out);
    QCOMPARE(pages.size(), expected.sheetCount());
    QVERIFY2(pages.size() <= 10, qPrintable(QString::number(pages.size())));
    QVERIFY2(r.out.contains(u"on %1 A4 "_s.arg(pages.size())), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"holding the content are printed"_s), qPrintable(r.out));

    // Every sheet holds part of the map: its stage names or task texts.
    const QString pdftotext = tool("pdftotext");
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed: the sheets' content not checked");
    for (int page = 1; page <= int(pages.size()); ++page) {
        const QString text = runTool(
            pdftotext,
            {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), out, u"-"_s});
        QVERIFY2(text.contains(QRegularExpression(u"Task \\d+-\\d"_s)),
                 qPrintable(u"sheet %1: %2"_s.arg(page).arg(text.left(300))));
        // The labels name the grid of the printed sheets: the first is A1.
        if (page == 1)
            QVERIFY2(text.contains(QRegularExpression(u"^A1\\s"_s)), qPrintable(text.left(200)));
    }
}

// A journey without conversion or value marks and without assessments: the poster prints no
// "Time to value: not set: mark a stage as the conversion" (a hint for the editor, which keeps
// it) and no assessment legend; once stages are marked and assessed, both are printed.
void TestPosterExport::posterLeavesOutEditorHints()
{
    const QString pdftotext = tool("pdftotext");
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed");
    Workspace w = longJourneyWorkspace(3);
    auto pdfText = [&](const Workspace &workspace) {
        const JourneyPosterContent content(workspace, 41);
        const PosterRenderer renderer(content, fixedInfo());
        PosterSettings s;
        s.posterSize = QPageSize(QPageSize::A3);
        const PosterLayout layout = renderer.layout(s);
        const QString path = mDir.filePath(u"hints.pdf"_s);
        const PosterExporter::Result r
            = PosterExporter(renderer, layout).write(PosterExporter::Format::Pdf, path);
        return r.ok ? runTool(pdftotext, {path, u"-"_s}) : QString();
    };
    QString text = pdfText(w);
    QVERIFY2(text.contains(u"Task 1-1"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Time to value"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"mark a stage"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"ASSESSMENT"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Works well"_s), qPrintable(text));
    // The editor's map still says how to get a time-to-value.
    JourneyLayout editor(w, 41, JourneyStyle::standard());
    editor.update();
    QVERIFY2(editor.titleBox().summary.text().contains(
                 u"Time to value: not set: mark a stage as the conversion"_s),
             qPrintable(editor.titleBox().summary.text()));

    // Marked, with durations, and one stage assessed: the figure and the legend are printed.
    Journey &j = w.journeys.front();
    j.stages[0].isConversion = true;
    j.stages[1].isValueDelivered = true;
    j.stages[0].duration = 1;
    j.stages[1].duration = 2;
    j.stages[2].assessment = Assessment::ToReinforce;
    text = pdfText(w);
    QVERIFY2(text.contains(u"Time to value: 3 days"_s), qPrintable(text));
    QVERIFY2(text.contains(u"ASSESSMENT"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Works well"_s), qPrintable(text));
}

void TestPosterExport::commandLinePrintsAPersonasUseCaseMap()
{
    QTemporaryDir dir;
    Workspace w = referenceWorkspace();
    Persona persona;
    persona.id = 31;
    persona.name = u"Acheteur 買家"_s;
    UseCase home;
    home.id = 32;
    home.useCase = u"Buy a home"_s;
    home.frequency = UsageFrequency(1, 5.5, Period::Year);
    persona.useCases.push_back(home);
    w.personas.push_back(persona);
    const QString ws = dir.filePath(u"persona.parcours"_s);
    QVERIFY(WorkspaceStore::create(ws, w).store);
    const QString out = dir.filePath(u"map.pdf"_s);
    const CliRun r = runParcours({u"export"_s, ws, u"--format"_s, u"pdf"_s, u"--persona"_s,
                                  u"Acheteur 買家"_s, u"--page"_s, u"A3"_s, u"-o"_s, out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString pdftotext = tool("pdftotext");
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed: the map's text not checked");
    const QString text = runTool(pdftotext, {out, u"-"_s});
    QVERIFY2(text.contains(u"Acheteur 買家"_s), qPrintable(text));
    QVERIFY(text.contains(u"Buy a home"_s));
    QVERIFY(text.contains(u"Use-case map"_s, Qt::CaseInsensitive));
    // The poster's title block names the persona once; the printed page's own title and
    // footer stay out of it.
    QCOMPARE(text.count(u"Acheteur 買家"_s), 1);
    QVERIFY2(!text.contains(u"Page 1 of 1"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Italics: a planned"_s), qPrintable(text)); // the legend
}

void TestPosterExport::titleBlockNamesTheRetentionType()
{
    const auto retentionField = [](const PosterHeading &heading) {
        for (const auto &[label, value] : heading.fields) {
            if (label == u"Retention"_s)
                return value;
        }
        return QString();
    };
    Workspace w = referenceWorkspace();
    QCOMPARE(retentionField(JourneyPosterContent(w, 21).heading()), QString()); // not chosen
    w.info.retentionType = RetentionType::Intentional;
    QCOMPARE(retentionField(JourneyPosterContent(w, 21).heading()), u"Intentional"_s);
    QCOMPARE(retentionField(UseCaseMapPosterContent(w, w.personas.front().id).heading()),
             u"Intentional"_s);
}

void TestPosterExport::commandLineDefaultSheetFollowsTheLocale_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QSizeF>("sheet"); // mm, portrait
    QTest::newRow("LC_ALL=en_US") << u"LC_ALL"_s << u"en_US.UTF-8"_s << QSizeF(215.9, 279.4);
    QTest::newRow("LC_ALL=fr_FR") << u"LC_ALL"_s << u"fr_FR.UTF-8"_s << QSizeF(210, 297);
    QTest::newRow("LANG=fr_CA") << u"LANG"_s << u"fr_CA.UTF-8"_s << QSizeF(215.9, 279.4);
    QTest::newRow("LANG=en_GB") << u"LANG"_s << u"en_GB.UTF-8"_s << QSizeF(210, 297);
    QTest::newRow("LC_ALL=C") << u"LC_ALL"_s << u"C"_s << QSizeF(210, 297);
}

// Without --page, the sheet is A4 or Letter from the environment's locale alone: the same on
// every account, whatever the window's Preferences say.
void TestPosterExport::commandLineDefaultSheetFollowsTheLocale()
{
    QFETCH(QString, variable);
    QFETCH(QString, locale);
    QFETCH(QSizeF, sheet);
    QTemporaryDir dir;
    const QString ws = dir.filePath(u"one.parcours"_s);
    QVERIFY(WorkspaceStore::create(ws, referenceWorkspace()).store);
    const QString out = dir.filePath(u"default.pdf"_s);
    CliOptions options;
    for (const QString &name : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANG"_s, u"LANGUAGE"_s})
        options.environment.insert(name, QString()); // removed
    options.environment.insert(variable, locale);
    const CliRun r = runParcours(
        {u"export"_s, ws, u"--format"_s, u"pdf"_s, u"--portrait"_s, u"-o"_s, out}, options);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QList<QSizeF> pages = pdfPageSizes(out);
    QCOMPARE(pages.size(), 1);
    QVERIFY2(near(pages.first(), mmToPt(sheet)),
             qPrintable(u"%1 × %2 pt"_s.arg(pages.first().width()).arg(pages.first().height())));
}

QTEST_MAIN(TestPosterExport)
#include "tst_posterexport.moc"
