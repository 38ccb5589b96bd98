// Stands in for posterexportcharts.cpp in the poster module (app/postermain.cpp), so that it
// links no chart or widget code: the command line hands --dashboard, --opportunities and
// --persona to the window module (drawsWithoutWidgets()), so this is never called.
#include "posterexportcharts.h"

#include "posters/postercontent.h"

namespace Parcours::Cli {

std::unique_ptr<PosterContent> makeChartPosterContent(const Workspace &, ChartPoster, Id)
{
    return nullptr;
}

} // namespace Parcours::Cli
