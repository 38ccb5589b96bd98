#include "formats/workspacejson.h"
#include "layout/posterlayout.h"
#include "posters/journeypostercontent.h"
#include "posters/posterrenderer.h"

#include <QFile>
#include <QPaintEngine>
#include <QPainter>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

// A paint device that keeps the text drawn on it, run by run, and draws nothing.
class TextRecorder final : public QPaintDevice
{
public:
    class Engine final : public QPaintEngine
    {
    public:
        Engine()
            : QPaintEngine(QPaintEngine::AllFeatures)
        { }
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override { }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
        void drawPath(const QPainterPath &) override { }
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
        void drawRects(const QRectF *, int) override { }
        void drawLines(const QLineF *, int) override { }
        void drawEllipse(const QRectF &) override { }
        void drawImage(const QRectF &, const QImage &, const QRectF &,
                       Qt::ImageConversionFlags) override
        { }
        void drawTextItem(const QPointF &, const QTextItem &item) override { texts << item.text(); }
        Type type() const override { return QPaintEngine::User; }

        QStringList texts;
    };

    QPaintEngine *paintEngine() const override { return &mEngine; }
    QStringList texts() const { return mEngine.texts; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
        case PdmHeight: return 10000;
        case PdmWidthMM:
        case PdmHeightMM: return 1000;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY: return 254;
        case PdmDepth: return 32;
        case PdmNumColors: return INT_MAX;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    mutable Engine mEngine;
};

} // namespace

// A tiled poster's sheets say where they go and how to assemble them in full, on a narrow
// last column too: wrapped or smaller, never cut ("Row A, column 3 · s…").
class TestPosterSheetLabels : public QObject
{
    Q_OBJECT

private slots:
    void labelsAreNeverCut();
};

void TestPosterSheetLabels::labelsAreNeverCut()
{
    QFile sample(u":/samples/sample.json"_s);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const WorkspaceJson::ReadResult read = WorkspaceJson::read(sample.readAll());
    QVERIFY(read.workspace);
    const JourneyPosterContent content(*read.workspace, read.workspace->journeys.front().id);
    const PosterRenderer renderer(content);

    const QStringList instructions
        = {PosterRenderer::tr("Start with this sheet and lay the others over it, edges on the "
                              "▼ ▶ marks."),
           PosterRenderer::tr("Trim the top and left edges on the cut marks; lay over the "
                              "neighbours, edges on their ▼ ▶ marks.")};
    qreal narrowest = 1000;
    for (const auto size : {QPageSize::A3, QPageSize::A2, QPageSize::A1, QPageSize::A0})
        for (const auto tileSize : {QPageSize::A4, QPageSize::A3})
            for (const auto orientation : {QPageLayout::Landscape, QPageLayout::Portrait}) {
                PosterSettings s;
                s.posterSize = QPageSize(size);
                s.orientation = orientation;
                s.tiled = true;
                s.tileSize = QPageSize(tileSize);
                if (s.tileNotSmaller())
                    continue;
                const PosterLayout layout = renderer.layout(s);
                QVERIFY2(layout.isValid(), qPrintable(layout.describe()));
                for (int tile = 0; tile < layout.sheetCount(); ++tile) {
                    const PosterTile &t = layout.tiles()[size_t(tile)];
                    narrowest = std::min(narrowest, t.target().width());
                    TextRecorder device;
                    QPainter painter(&device);
                    painter.scale(10, 10); // millimetres
                    renderer.paintSheet(&painter, layout, tile, QRectF());
                    painter.end();
                    // The margins' letters, in order, whatever the line breaks.
                    const QString words = device.texts().join(QString()).remove(u' ');
                    const QString where = u"%1 sheet %2 (%3 mm wide)"_s.arg(QPageSize::name(size))
                                              .arg(t.label)
                                              .arg(t.target().width());
                    QVERIFY2(!words.contains(u'…'), qPrintable(where + u": "_s + words));
                    const QString &how = instructions[t.row == 0 && t.column == 0 ? 0 : 1];
                    QVERIFY2(words.contains(QString(how).remove(u' ')),
                             qPrintable(where + u": "_s + words));
                    QVERIFY2(
                        words.contains(u"sheet%1of%2"_s.arg(tile + 1).arg(layout.sheetCount())),
                        qPrintable(where + u": "_s + words));
                }
            }
    QVERIFY2(narrowest <= 60, qPrintable(QString::number(narrowest))); // a narrow column was seen
}

QTEST_MAIN(TestPosterSheetLabels)
#include "tst_postersheetlabels.moc"
