#include "journey/canvastextcell.h"

#include "document/entitykinds.h"
#include "document/workspacedocument.h"
#include "journey/journeycanvas.h"

namespace Parcours {

CanvasTextCell canvasTextCell(const JourneyCanvas &canvas, WorkspaceDocument *doc)
{
    const Journey *journey = doc ? doc->workspace().journey(canvas.journeyId()) : nullptr;
    if (!journey)
        return {};
    const Step *step = findStep(*journey, canvas.currentStage());
    const Lane *lane = findById(journey->lanes, canvas.currentLane());
    if (!step || !lane || lane->kind != LaneKind::Text)
        return {};
    return {doc, journey, stageOfStep(*journey, step->id), step, lane->id};
}

} // namespace Parcours
