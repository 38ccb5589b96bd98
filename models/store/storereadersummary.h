#pragma once

#include "domain/workspace.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace Parcours {

// What `parcours info` prints of a workspace, and nothing else: each persona's name, number of
// use cases and forgotten-zone verdict (today's use cases), each journey's name, persona and
// stage names, in the workspace's order. StoreReader::readSummary() reads it from a file
// without making the personas' use cases or the journeys' stages (docs/PERFORMANCE.md,
// "Start-up"); summaryOf() makes it from a workspace read whole (a shared one).
struct WorkspaceSummary
{
    struct PersonaLine
    {
        QString name;
        qsizetype useCases = 0;
        bool forgottenZone = false;
    };
    struct JourneyLine
    {
        QString name;
        std::optional<QString> persona; // its persona's name; none when it has none
        QStringList stages;
    };
    std::vector<PersonaLine> personas;
    std::vector<JourneyLine> journeys;
};

WorkspaceSummary summaryOf(const Workspace &workspace);

} // namespace Parcours
