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
    Id actors = 0; // the "Actors" chips lane: a step's task actors, one per line
};
TaskLanes taskLanesOf(const Journey &journey);

// The name of the chips lane holding each step's actors.
inline const QString actorsLaneName = QStringLiteral("Actors");

// A stage written as before steps: one step of the stage's own id, without a name. Its tasks
// are the lines of its customer-actions cell; a stage with named steps has a task per step.
bool isWrittenAsCellLines(const Stage &stage);

// One task line Parcours writes for a stage: the line (without indentation), and its score.
struct WrittenTask
{
    QString line;
    int score = 3;
};
std::vector<WrittenTask> writtenTasks(const Stage &stage, const TaskLanes &lanes,
                                      const QString &personaName);

// A stage's statement lines as written (without indentation): its section line, unless it is
// the unnamed first stage, and its task lines (see isWrittenAsCellLines()).
QStringList stageLines(const Stage &stage, size_t index, const TaskLanes &lanes,
                       const QString &personaName);

// The whole diagram, with the "%% parcours-" comment lines that bring the journey back exactly.
// `personaNames` names the personas of the curves (ids are per workspace).
QString exportJourney(const Journey &journey, const QString &personaName,
                      const QHash<Id, QString> &personaNames = {});

} // namespace Parcours::MermaidWriter
