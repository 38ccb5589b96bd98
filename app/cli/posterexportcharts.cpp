// The chart posters of `parcours export` (posterexportcharts.h), in the window module.
#include "posterexportcharts.h"

#include "posters/dashboardpostercontent.h"
#include "posters/opportunityboardpostercontent.h"
#include "posters/usecasemappostercontent.h"

namespace Parcours::Cli {

std::unique_ptr<PosterContent> makeChartPosterContent(const Workspace &workspace, ChartPoster kind,
                                                      Id personaId)
{
    switch (kind) {
    case ChartPoster::Dashboard: return std::make_unique<DashboardPosterContent>(workspace);
    case ChartPoster::Opportunities:
        return std::make_unique<OpportunityBoardPosterContent>(workspace);
    case ChartPoster::UseCaseMap:
        return std::make_unique<UseCaseMapPosterContent>(workspace, personaId);
    }
    return nullptr;
}

} // namespace Parcours::Cli
