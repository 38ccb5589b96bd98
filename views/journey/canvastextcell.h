#pragma once

#include "domain/ids.h"

namespace Parcours {

class JourneyCanvas;
class WorkspaceDocument;
struct Journey;
struct Stage;
struct Step;

// The canvas's current cell when it lies in a lane of text: what the cell menus ("Severity",
// "Make an Opportunity") act on. Invalid when there is no document, no current cell, or the
// lane holds something else (an emotion curve, customers entering).
struct CanvasTextCell
{
    WorkspaceDocument *doc = nullptr;
    const Journey *journey = nullptr;
    const Stage *stage = nullptr; // the stage holding `step`
    const Step *step = nullptr; // the current cell's column
    Id lane = 0;

    bool isValid() const { return stage != nullptr; }
};

CanvasTextCell canvasTextCell(const JourneyCanvas &canvas, WorkspaceDocument *doc);

} // namespace Parcours
