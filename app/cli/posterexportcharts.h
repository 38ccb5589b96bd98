#pragma once

#include "domain/ids.h"

#include <QStringList>

#include <memory>

namespace Parcours {
class PosterContent;
struct Workspace;
} // namespace Parcours

namespace Parcours::Cli {

// The posters drawn with Qt Charts: the dashboard (--dashboard), the opportunity board
// (--opportunities) and a persona's use-case map (--persona: its frequency spectrum). A chart
// needs a QApplication, so these are drawn in the window module (posterexportcharts.cpp). The
// poster module (app/postermain.cpp), which has a QGuiApplication only, links
// posterexportnocharts.cpp instead: the command line never hands it these
// (drawsWithoutWidgets()).
enum class ChartPoster { Dashboard, Opportunities, UseCaseMap };
std::unique_ptr<PosterContent> makeChartPosterContent(const Workspace &workspace, ChartPoster kind,
                                                      Id personaId = 0);

// True for `parcours export … --format pdf|svg|png` of a journey: a poster drawn with Qt Gui and
// Svg, not the window's libraries (Widgets, Charts, Print Support). Kept apart from the drawing
// code: the command-line module asks this before it loads any.
bool drawsWithoutWidgets(const QStringList &args);

} // namespace Parcours::Cli
