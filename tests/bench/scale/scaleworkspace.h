#pragma once

#include "domain/workspace.h"

#include <QString>

namespace Parcours::Bench {

// The size of a generated workspace (issue #9): S, M and L.
struct Scale
{
    QString name; // "S", "M", "L"
    int personas = 0;
    int useCasesPerPersona = 0;
    int journeys = 0;
    int stagesPerJourney = 0;
    int lanesPerJourney = 0;
    // Steps in every stage (issue 18): L keeps its cell count with 40 stages of 5 steps.
    int stepsPerStage = 1;
    // Persona curves on each journey's emotion lane, a point on every step (issue 18): the
    // journey's persona and the next ones. L has 3; S and M none (their workspaces unchanged).
    int curvesPerJourney = 0;

    int useCaseRows() const { return personas * useCasesPerPersona; }
    int columnsPerJourney() const { return stagesPerJourney * stepsPerStage; }
    int cellsPerJourney() const { return columnsPerJourney() * lanesPerJourney; }
    int cells() const { return journeys * cellsPerJourney(); }
    // Rows the store holds for the workspace's data: use cases and journey cells.
    int dataRows() const { return useCaseRows() + cells(); }

    static Scale byName(const QString &name); // invalid (0 personas) when unknown
};

// A workspace of that scale, the same for every run (fixed seed, ids included): personas
// with English descriptions, use cases with realistic text in every column, frequencies
// from several a day to every few years, some weights, a fifth planned; journeys with every
// lane of every stage filled (text, chips, emotion, KPI) and, at L, persona curves on the
// emotion lane. Journey 0 is the largest.
Workspace generateWorkspace(const Scale &scale);

} // namespace Parcours::Bench
