#pragma once

#include "domain/journey.h"

#include <QStringList>

#include <vector>

// Writing one journey as a Mermaid user journey. The reader uses the same task lines to tell
// whether a section is still as Parcours wrote it.
namespace Parcours::MermaidWriter {

// The lanes that Mermaid tasks and scores map to.
struct TaskLanes
{
    Id actions = 0; // the "Customer actions" text lane, else the first text lane
    Id score = 0; // the first emotion lane
};
TaskLanes taskLanesOf(const Journey &journey);

// One task line Parcours writes for a stage: the line (without indentation), the line of the
// customer-actions cell it comes from, and its score.
struct WrittenTask
{
    QString line;
    QString cellLine;
    int score = 3;
};
std::vector<WrittenTask> writtenTasks(const Stage &stage, const TaskLanes &lanes,
                                      const QString &personaName);

// A stage's statement lines as written (without indentation): its section line, unless it is
// the unnamed first stage, and one task line per non-empty line of its customer-actions cell.
QStringList stageLines(const Stage &stage, size_t index, const TaskLanes &lanes,
                       const QString &personaName);

// The whole diagram, with the "%% parcours-" comment lines that bring the journey back exactly.
QString exportJourney(const Journey &journey, const QString &personaName);

} // namespace Parcours::MermaidWriter
