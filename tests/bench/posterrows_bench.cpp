// Wrapped posters benchmark (issue 19): choosing the automatic row count for a generated
// Mermaid journey of 200 sections × 10 tasks on A0 (target < 50 ms), the pure choice alone,
// and writing the wrapped A0 PDF (target 1.5 s). Prints figures; not a test.
//
//   cmake --preset bench && cmake --build --preset bench --target posterrows_bench &&
//   QT_QPA_PLATFORM=offscreen build/bench/tests/bench/posterrows_bench
#include "formats/mermaidformat.h"
#include "layout/posterrows.h"
#include "posters/journeypostercontent.h"
#include "posters/posterexporter.h"
#include "posters/posterrenderer.h"
#include "support/generatedjourney.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

double medianMs(int runs, const std::function<void()> &f)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    for (int stages : {50, 200}) {
        ImportOptions options;
        options.fileName = u"generated.mmd"_s;
        const ImportResult imported
            = MermaidFormat().read(TestData::generatedMermaidJourney(stages, 10), options);
        if (!imported.fragment || imported.fragment->journeys.empty()) {
            out << "the generated journey did not import: " << imported.errors.join(u'\n')
                << Qt::endl;
            return 1;
        }
        const Workspace &w = *imported.fragment;
        const JourneyPosterContent content(w, w.journeys.front().id);
        const PosterRenderer renderer(content);
        PosterSettings settings;
        settings.posterSize = QPageSize(QPageSize::A0);
        settings.orientation = QPageLayout::Portrait;
        settings.rows = PosterSettings::automaticRows;

        const PosterWrapGeometry geometry = content.wrapGeometry();
        const double pure = medianMs(21, [&] {
            PosterRows::choose(settings, geometry, renderer.smallestTextSize(), 1000, 640);
        });
        const double choice = medianMs(11, [&] { renderer.rowCountFor(settings); });
        PosterLayout layout = renderer.layout(settings);
        settings.rows = 1;
        const qreal band = renderer.layout(settings).smallestTextPt();
        settings.rows = PosterSettings::automaticRows;
        layout = renderer.layout(settings);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"wrapped.pdf"_s);
        const double write = medianMs(
            3, [&] { PosterExporter(renderer, layout).write(PosterExporter::Format::Pdf, pdf); });
        out << stages << " stages on A0 portrait: " << renderer.describeRows(layout)
            << " (one band: " << QString::number(band, 'f', 1) << " pt)\n"
            << "  PosterRows::choose, every count:            " << QString::number(pure, 'f', 2)
            << " ms\n"
            << "  automatic rows with the title block measured: " << QString::number(choice, 'f', 2)
            << " ms   (target < 50 ms)\n"
            << "  the wrapped A0 PDF:                         " << QString::number(write, 'f', 0)
            << " ms   (target < 1500 ms)" << Qt::endl;
    }
    return 0;
}
