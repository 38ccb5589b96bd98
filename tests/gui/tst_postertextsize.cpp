// The smallest text a poster reports (its summary's "smallest text 9.5 pt", the legibility
// check) is the smallest text it draws: every poster painted on a device that records the
// size of each text it is given, in points on the sheet.
#include "formats/mermaidformat.h"
#include "posters/dashboardpostercontent.h"
#include "posters/journeypostercontent.h"
#include "posters/posterrenderer.h"
#include "posters/usecasemappostercontent.h"
#include "support/generatedjourney.h"
#include "support/testworkspaces.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QTest>
#include <QTextItem>

#include <cmath>
#include <limits>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

// Keeps the size of every text drawn, in device units (points: the device has 72 dpi).
class TextSizeEngine final : public QPaintEngine
{
public:
    TextSizeEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    { }

    qreal smallest = std::numeric_limits<qreal>::max();
    QString smallestText;
    int texts = 0;

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override { }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
    void drawImage(const QRectF &, const QImage &, const QRectF &,
                   Qt::ImageConversionFlags) override
    { }
    void drawPath(const QPainterPath &) override { }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
    void drawTextItem(const QPointF &, const QTextItem &item) override
    {
        if (item.text().trimmed().isEmpty())
            return;
        const QFont font = item.font();
        const qreal em = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF();
        const qreal size = em * std::sqrt(std::abs(state->transform().determinant()));
        ++texts;
        if (size < smallest) {
            smallest = size;
            smallestText = item.text();
        }
    }
    Type type() const override { return QPaintEngine::User; }
};

class TextSizeDevice final : public QPaintDevice
{
public:
    explicit TextSizeDevice(const QSizeF &mm)
        : mMm(mm)
    { }
    QPaintEngine *paintEngine() const override { return &mEngine; }
    TextSizeEngine &engine() const { return mEngine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth: return int(std::ceil(mMm.width() * 72 / 25.4));
        case PdmHeight: return int(std::ceil(mMm.height() * 72 / 25.4));
        case PdmWidthMM: return int(mMm.width());
        case PdmHeightMM: return int(mMm.height());
        case PdmNumColors: return std::numeric_limits<int>::max();
        case PdmDepth: return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY: return 72;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
        default: return 0;
        }
    }

private:
    QSizeF mMm;
    mutable TextSizeEngine mEngine;
};

// The smallest text drawn on the sheet of `layout`, in points, and what it says.
std::pair<qreal, QString> smallestDrawn(const PosterRenderer &renderer, const PosterLayout &layout)
{
    TextSizeDevice device(layout.sheetSize());
    QPainter painter(&device);
    painter.scale(72 / 25.4, 72 / 25.4); // the sheet's millimetres in points
    renderer.paintSheet(&painter, layout, 0);
    painter.end();
    return {device.engine().smallest, device.engine().smallestText};
}

PosterSettings sheet(QPageSize::PageSizeId size, QPageLayout::Orientation orientation, int rows)
{
    PosterSettings s;
    s.posterSize = QPageSize(size);
    s.orientation = orientation;
    s.rows = rows;
    return s;
}

Workspace imported(const QByteArray &mermaid)
{
    ImportOptions options;
    options.fileName = u"generated.mmd"_s;
    return MermaidFormat().read(mermaid, options).fragment.value_or(Workspace());
}

Workspace manyUseCases(int count)
{
    Workspace w;
    Persona persona;
    persona.id = 41;
    persona.name = u"Planner"_s;
    persona.cadence = Cadence::Monthly;
    for (int i = 1; i <= count; ++i) {
        UseCase u;
        u.id = 1000 + i;
        u.problem = u"Needs to plan visit %1"_s.arg(i);
        u.useCase = u"Use case %1"_s.arg(i);
        u.frequency = UsageFrequency(1 + i % 3, 1, i % 2 ? Period::Month : Period::Year);
        persona.useCases.push_back(u);
    }
    w.personas.push_back(persona);
    return w;
}

} // namespace

class TestPosterTextSize : public QObject
{
    Q_OBJECT

private slots:
    void journeyOfThreeDigitStages();
    void useCaseMapInColumns();
    void dashboard();
};

// 120 stages: three-digit stage numbers, wrapped into rows on A0.
void TestPosterTextSize::journeyOfThreeDigitStages()
{
    const Workspace w = imported(TestData::generatedMermaidJourney(120, 10));
    QVERIFY(!w.journeys.empty());
    const JourneyPosterContent content(w, w.journeys.front().id);
    const PosterRenderer renderer(content);
    for (int rows : {1, PosterSettings::automaticRows}) {
        const PosterLayout layout
            = renderer.layout(sheet(QPageSize::A0, QPageLayout::Landscape, rows));
        const auto [drawn, text] = smallestDrawn(renderer, layout);
        QVERIFY2(std::abs(drawn - layout.smallestTextPt()) < 0.01,
                 qPrintable(u"%1 rows: reported %2 pt, drawn %3 pt (\"%4\")"_s.arg(rows)
                                .arg(layout.smallestTextPt())
                                .arg(drawn)
                                .arg(text)));
    }
}

void TestPosterTextSize::useCaseMapInColumns()
{
    const Workspace w = manyUseCases(150);
    const UseCaseMapPosterContent content(w, 41);
    const PosterRenderer renderer(content);
    for (int columns : {1, 3}) {
        const PosterLayout layout
            = renderer.layout(sheet(QPageSize::A0, QPageLayout::Landscape, columns));
        const auto [drawn, text] = smallestDrawn(renderer, layout);
        QVERIFY2(std::abs(drawn - layout.smallestTextPt()) < 0.01,
                 qPrintable(u"%1 columns: reported %2 pt, drawn %3 pt (\"%4\")"_s.arg(columns)
                                .arg(layout.smallestTextPt())
                                .arg(drawn)
                                .arg(text)));
    }
}

void TestPosterTextSize::dashboard()
{
    const Workspace w = TestData::everyField();
    const DashboardPosterContent content(w);
    const PosterRenderer renderer(content);
    const PosterLayout layout = renderer.layout(sheet(QPageSize::A3, QPageLayout::Landscape, 1));
    const auto [drawn, text] = smallestDrawn(renderer, layout);
    QVERIFY2(std::abs(drawn - layout.smallestTextPt()) < 0.01,
             qPrintable(u"reported %1 pt, drawn %2 pt (\"%3\")"_s.arg(layout.smallestTextPt())
                            .arg(drawn)
                            .arg(text)));
}

QTEST_MAIN(TestPosterTextSize)
#include "tst_postertextsize.moc"
