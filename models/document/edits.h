#pragma once

#include "document/workspacedocument.h"

#include <QCoreApplication>

// The only way to change a workspace: each function pushes one undoable command on the
// document's undo stack (or nothing, when it would change nothing).
namespace Parcours::Edit {

// Changes one field (see entityref.h's Field enums). Returns false when the value is the
// same or the entity does not exist. `mergeable` folds consecutive edits into one step.
bool setField(WorkspaceDocument &doc, const EntityRef &ref, int field, const QVariant &value,
              bool mergeable = false);
// Ends a series of mergeable edits (a drag): the next one starts a new undo step.
void endMergeableEdit(WorkspaceDocument &doc);

// Several field changes as one undo step (pasting a block of cells). Unchanged values and
// missing entities are skipped; returns false when nothing changes.
struct FieldChange
{
    EntityRef ref;
    int field = -1;
    QVariant value;
};
bool setFields(WorkspaceDocument &doc, const QList<FieldChange> &changes, const QString &undoText);

// index -1 appends. Entities get a fresh id when theirs is 0. Returns the id.
Id addPersona(WorkspaceDocument &doc, Persona persona, int index = -1);
void removePersona(WorkspaceDocument &doc, Id persona); // journeys tied to it become untied
Id addUseCase(WorkspaceDocument &doc, Id persona, UseCase useCase, int index = -1);
void removeUseCases(WorkspaceDocument &doc, Id persona, const QList<Id> &useCases);
// Inserts use cases at `index` (-1 appends), in order, as one undo step (pasting rows).
// Returns their ids.
QList<Id> addUseCases(WorkspaceDocument &doc, Id persona, std::vector<UseCase> useCases, int index,
                      const QString &undoText);
// Copies of use cases, each inserted after the last of the originals; returns the copies' ids.
QList<Id> duplicateUseCases(WorkspaceDocument &doc, Id persona, const QList<Id> &useCases);
Id addJourney(WorkspaceDocument &doc, Journey journey, int index = -1);
void removeJourney(WorkspaceDocument &doc, Id journey);
Id duplicateJourney(WorkspaceDocument &doc, Id journey, const QString &name);
Id addStage(WorkspaceDocument &doc, Id journey, Stage stage, int index = -1);
void removeStage(WorkspaceDocument &doc, Id journey, Id stage);
Id addLane(WorkspaceDocument &doc, Id journey, Lane lane, int index = -1);
void removeLane(WorkspaceDocument &doc, Id journey, Id lane);
Id addMetricPeriod(WorkspaceDocument &doc, MetricPeriod period, int index = -1);
void removeMetricPeriod(WorkspaceDocument &doc, Id period);
void removeMetricPeriods(WorkspaceDocument &doc, const QList<Id> &periods);
// Pasting a block into the metrics table: field changes to existing periods and new periods
// appended after the last one, as one undo step. Returns false when nothing changes.
bool pasteMetricPeriods(WorkspaceDocument &doc, const QList<FieldChange> &changes,
                        std::vector<MetricPeriod> added, const QString &undoText);

// Moves a persona, use case, journey, stage, lane or metric period to a new position.
bool move(WorkspaceDocument &doc, const EntityRef &ref, int toIndex);

// "Conversion" and "value delivered" mark one stage each: setting one clears the other.
void setConversionStage(WorkspaceDocument &doc, Id journey, Id stage);
void setValueDeliveredStage(WorkspaceDocument &doc, Id journey, Id stage);

// A journey imported under another name because the workspace already had one of its name.
struct RenamedJourney
{
    QString from;
    QString to;
};
// "FILE: warning: a journey named "X" is already in the workspace; imported as "X (2)"".
QString renamedJourneyWarning(const QString &fileName, const RenamedJourney &renamed);

// What an import did besides adding: journeys renamed, and rows left out because the
// workspace already has them, field for field (importing the same file twice, or an export
// edited in a spreadsheet and imported back, adds only what is new).
struct ImportNotes
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::Edit::ImportNotes)

public:
    QList<RenamedJourney> renamedJourneys;
    int identicalUseCases = 0;
    int identicalPeriods = 0;
    int identicalOpportunities = 0;

    // One "FILE: warning: …" line each.
    QStringList warnings(const QString &fileName) const;
};

// Merges an imported fragment as one undoable step: personas are matched by name (their use
// cases are appended, except those the persona already has), everything else is added with
// fresh ids (except metric periods and opportunities the workspace already has, an
// opportunity's links compared by name); an empty workspace name,
// product or unspecified retention type is taken from the fragment. A journey whose name is
// taken in the workspace is renamed "Name (2)" (or the next free number). `notes` lists both.
// Returns false when there is nothing to import.
bool importFragment(WorkspaceDocument &doc, Workspace fragment, const QString &undoText,
                    ImportNotes *notes = nullptr);
// The same merge on plain data, for files that are not open (command-line import).
void mergeFragment(Workspace &target, Workspace fragment, ImportNotes *notes = nullptr);

// Gives fresh ids to an entity and everything it owns (pasting, duplicating, importing).
void assignNewIds(Persona &persona);
void assignNewIds(Journey &journey);

} // namespace Parcours::Edit
