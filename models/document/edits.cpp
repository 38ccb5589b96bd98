#include "document/edits.h"

#include "document/commands.h"
#include "document/editscomments.h"
#include "document/entityfields.h"
#include "document/fragmentmerge.h"
#include "domain/painseverity.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Parcours::Edit {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::Edit", text);
}

int resolveIndex(WorkspaceDocument &doc, EntityKind kind, Id parent, int index)
{
    const int count = doc.siblingCount(kind, parent);
    return index < 0 || index > count ? count : index;
}

Id insert(WorkspaceDocument &doc, const QString &text, const EntityRef &ref, int index,
          EntityPayload payload)
{
    if (!doc.acceptsEdits())
        return 0;
    doc.undoStack()->push(new Commands::InsertEntity(
        doc, text, ref, resolveIndex(doc, ref.kind, ref.parent, index), std::move(payload)));
    return ref.id;
}

void remove(WorkspaceDocument &doc, const QString &text, const EntityRef &ref)
{
    if (doc.indexOf(ref) >= 0 && doc.acceptsEdits())
        doc.undoStack()->push(new Commands::RemoveEntity(doc, text, ref));
}

QString fieldUndoText(const EntityRef &ref)
{
    switch (ref.kind) {
    case EntityKind::Workspace: return tr("Change workspace");
    case EntityKind::Persona: return tr("Change persona");
    case EntityKind::UseCase: return tr("Change use case");
    case EntityKind::Journey: return tr("Change journey");
    case EntityKind::Stage: return tr("Change stage");
    case EntityKind::Lane: return tr("Change lane");
    case EntityKind::Cell: return tr("Edit cell");
    case EntityKind::MetricPeriod: return tr("Change period");
    case EntityKind::Renewal: return tr("Change renewal answer");
    case EntityKind::Opportunity: return tr("Change opportunity");
    case EntityKind::CommentThread: return tr("Change comment thread");
    case EntityKind::Comment: return tr("Edit comment");
    }
    return {};
}

// Pushes a composite command, or drops it when it has nothing to do.
void pushIfAny(WorkspaceDocument &doc, Commands::WorkspaceCommand *command)
{
    if (command->childCount() == 0)
        delete command;
    else
        doc.undoStack()->push(command);
}

void setExclusiveStageFlag(WorkspaceDocument &doc, Id journeyId, Id stageId, int field,
                           const QString &text)
{
    const Journey *journey = doc.workspace().journey(journeyId);
    if (!journey || !doc.acceptsEdits())
        return;
    auto *parent = new Commands::WorkspaceCommand(doc, text);
    for (const Stage &stage : journey->stages) {
        const bool wanted = stage.id == stageId;
        const EntityRef ref = EntityRef::stage(journeyId, stage.id);
        const bool current = EntityFields::value(doc.workspace(), ref, field).toBool();
        if (current != wanted)
            new Commands::SetField(doc, text, ref, field, current, wanted, false, parent);
    }
    pushIfAny(doc, parent);
}

// A cell's pain-point severities follow its lines when its text changes
// (realignSeverities()): the severities' new text, or a null QVariant when they stay.
QVariant severitiesAfterText(const WorkspaceDocument &doc, const EntityRef &ref, int field,
                             const QVariant &text)
{
    if (ref.kind != EntityKind::Cell || field != Field::CellText)
        return {};
    const QVariant old = EntityFields::value(doc.workspace(), ref, Field::CellSeverities);
    const auto severities = painSeveritiesFromKey(old.toString());
    if (!severities || severities->empty())
        return {};
    const QString before = EntityFields::value(doc.workspace(), ref, Field::CellText).toString();
    const QVariant after
        = painSeveritiesKey(realignSeverities(before, text.toString(), *severities));
    return after == old ? QVariant() : after;
}

} // namespace

bool setField(WorkspaceDocument &doc, const EntityRef &ref, int field, const QVariant &value,
              bool mergeable)
{
    if (!EntityFields::exists(doc.workspace(), ref))
        return false;
    const QVariant old = EntityFields::value(doc.workspace(), ref, field);
    if (old == value || (!old.isValid() && value.isNull()) || !doc.acceptsEdits())
        return false;
    if (const QVariant severities = severitiesAfterText(doc, ref, field, value);
        severities.isValid()) {
        const QString text = fieldUndoText(ref);
        auto *parent = new Commands::WorkspaceCommand(doc, text);
        new Commands::SetField(doc, text, ref, field, old, value, false, parent);
        new Commands::SetField(doc, text, ref, Field::CellSeverities,
                               EntityFields::value(doc.workspace(), ref, Field::CellSeverities),
                               severities, false, parent);
        doc.undoStack()->push(parent);
        return true;
    }
    doc.undoStack()->push(
        new Commands::SetField(doc, fieldUndoText(ref), ref, field, old, value, mergeable));
    return true;
}

bool setFields(WorkspaceDocument &doc, const QList<FieldChange> &changes, const QString &undoText)
{
    if (!doc.acceptsEdits())
        return false;
    auto *parent = new Commands::WorkspaceCommand(doc, undoText);
    for (const FieldChange &change : changes) {
        if (!EntityFields::exists(doc.workspace(), change.ref))
            continue;
        const QVariant old = EntityFields::value(doc.workspace(), change.ref, change.field);
        if (old == change.value || (!old.isValid() && change.value.isNull()))
            continue;
        new Commands::SetField(doc, undoText, change.ref, change.field, old, change.value, false,
                               parent);
        if (const QVariant severities
            = severitiesAfterText(doc, change.ref, change.field, change.value);
            severities.isValid()) {
            new Commands::SetField(
                doc, undoText, change.ref, Field::CellSeverities,
                EntityFields::value(doc.workspace(), change.ref, Field::CellSeverities), severities,
                false, parent);
        }
    }
    const bool any = parent->childCount() > 0;
    pushIfAny(doc, parent);
    return any;
}

void endMergeableEdit(WorkspaceDocument &doc)
{
    QUndoStack *stack = doc.undoStack();
    if (stack->index() == 0)
        return;
    // The stack hands out const commands; closing is not a change of the document.
    auto *top = const_cast<QUndoCommand *>(stack->command(stack->index() - 1));
    if (auto *set = dynamic_cast<Commands::SetField *>(top))
        set->closeMerging();
}

Id addPersona(WorkspaceDocument &doc, Persona persona, int index)
{
    if (!persona.id)
        persona.id = newId();
    for (UseCase &u : persona.useCases) {
        if (!u.id)
            u.id = newId();
    }
    const EntityRef ref = EntityRef::persona(persona.id);
    return insert(doc, tr("Add persona"), ref, index, std::move(persona));
}

void removePersona(WorkspaceDocument &doc, Id personaId)
{
    const EntityRef ref = EntityRef::persona(personaId);
    if (doc.indexOf(ref) < 0 || !doc.acceptsEdits())
        return;
    const QString text = tr("Delete persona");
    auto *parent = new Commands::WorkspaceCommand(doc, text);
    for (const Journey &journey : doc.workspace().journeys) {
        if (journey.personaId == personaId) {
            new Commands::SetField(doc, text, EntityRef::journey(journey.id), Field::JourneyPersona,
                                   personaId, Id(0), false, parent);
        }
        // Its curves go with it (emotion lanes' points of this persona).
        for (const Stage &stage : journey.stages) {
            for (const Step &step : stage.steps) {
                for (auto it = step.cells.cbegin(); it != step.cells.cend(); ++it) {
                    if (!it->curves.contains(personaId))
                        continue;
                    QMap<Id, double> kept = it->curves;
                    kept.remove(personaId);
                    new Commands::SetField(doc, text,
                                           EntityRef::cell(journey.id, step.id, it.key()),
                                           Field::CellCurves, cellCurvesKey(it->curves),
                                           cellCurvesKey(kept), false, parent);
                }
            }
        }
    }
    new Commands::RemoveEntity(doc, text, ref, parent);
    doc.undoStack()->push(parent);
}

Id addUseCase(WorkspaceDocument &doc, Id persona, UseCase useCase, int index)
{
    if (!useCase.id)
        useCase.id = newId();
    const EntityRef ref = EntityRef::useCase(persona, useCase.id);
    return insert(doc, tr("Add use case"), ref, index, std::move(useCase));
}

void removeUseCases(WorkspaceDocument &doc, Id persona, const QList<Id> &useCases)
{
    if (useCases.isEmpty() || !doc.acceptsEdits())
        return;
    const QString text = useCases.size() == 1 ? tr("Delete use case") : tr("Delete use cases");
    auto *parent = new Commands::WorkspaceCommand(doc, text);
    for (Id id : useCases) {
        const EntityRef ref = EntityRef::useCase(persona, id);
        if (doc.indexOf(ref) >= 0)
            new Commands::RemoveEntity(doc, text, ref, parent);
    }
    pushIfAny(doc, parent);
}

QList<Id> addUseCases(WorkspaceDocument &doc, Id persona, std::vector<UseCase> useCases, int index,
                      const QString &undoText)
{
    QList<Id> ids;
    if (!doc.acceptsEdits() || useCases.empty() || !doc.workspace().persona(persona))
        return ids;
    int at = resolveIndex(doc, EntityKind::UseCase, persona, index);
    auto *parent = new Commands::WorkspaceCommand(doc, undoText);
    for (UseCase &useCase : useCases) {
        if (!useCase.id)
            useCase.id = newId();
        ids << useCase.id;
        const EntityRef ref = EntityRef::useCase(persona, useCase.id);
        new Commands::InsertEntity(doc, undoText, ref, at++, std::move(useCase), parent);
    }
    doc.undoStack()->push(parent);
    return ids;
}

QList<Id> duplicateUseCases(WorkspaceDocument &doc, Id personaId, const QList<Id> &useCases)
{
    const Persona *persona = doc.workspace().persona(personaId);
    if (!persona)
        return {};
    std::vector<UseCase> copies;
    int last = -1;
    for (const UseCase &useCase : persona->useCases) { // in table order
        if (!useCases.contains(useCase.id))
            continue;
        UseCase copy = useCase;
        copy.id = newId();
        copies.push_back(copy);
        last = std::max(last, indexOfId(persona->useCases, useCase.id));
    }
    if (copies.empty())
        return {};
    return addUseCases(doc, personaId, std::move(copies), last + 1,
                       useCases.size() == 1 ? tr("Duplicate use case") : tr("Duplicate use cases"));
}

Id addJourney(WorkspaceDocument &doc, Journey journey, int index)
{
    if (!journey.id)
        journey.id = newId();
    const EntityRef ref = EntityRef::journey(journey.id);
    return insert(doc, tr("Add journey"), ref, index, std::move(journey));
}

void removeJourney(WorkspaceDocument &doc, Id journey)
{
    const EntityRef ref = EntityRef::journey(journey);
    if (doc.indexOf(ref) < 0 || !doc.acceptsEdits())
        return;
    const QString text = tr("Delete journey");
    auto *parent = new Commands::WorkspaceCommand(doc, text);
    for (const Journey &other : doc.workspace().journeys) { // compared with it: no longer
        if (other.compareWith == journey && other.id != journey)
            new Commands::SetField(doc, text, EntityRef::journey(other.id),
                                   Field::JourneyCompareWith, journey, Id(0), false, parent);
    }
    new Commands::RemoveEntity(doc, text, ref, parent);
    doc.undoStack()->push(parent);
}

Id duplicateJourney(WorkspaceDocument &doc, Id journeyId, const QString &name)
{
    const Journey *original = doc.workspace().journey(journeyId);
    if (!original)
        return 0;
    Journey copy = *original;
    assignNewIds(copy);
    copy.name = name;
    const Id id = copy.id;
    insert(doc, tr("Duplicate journey"), EntityRef::journey(id),
           doc.indexOf(EntityRef::journey(journeyId)) + 1, std::move(copy));
    return id;
}

Id addStage(WorkspaceDocument &doc, Id journey, Stage stage, int index)
{
    if (!stage.id)
        stage.id = newId();
    for (size_t i = 0; i < stage.steps.size(); ++i) {
        if (!stage.steps[i].id)
            stage.steps[i].id = i == 0 ? stage.id : newId();
    }
    const EntityRef ref = EntityRef::stage(journey, stage.id);
    return insert(doc, tr("Add stage"), ref, index, std::move(stage));
}

void removeStage(WorkspaceDocument &doc, Id journey, Id stage)
{
    remove(doc, tr("Delete stage"), EntityRef::stage(journey, stage));
}

Id addLane(WorkspaceDocument &doc, Id journey, Lane lane, int index)
{
    if (!lane.id)
        lane.id = newId();
    const EntityRef ref = EntityRef::lane(journey, lane.id);
    return insert(doc, tr("Add lane"), ref, index, TakenLane {std::move(lane), {}});
}

void removeLane(WorkspaceDocument &doc, Id journey, Id lane)
{
    remove(doc, tr("Delete lane"), EntityRef::lane(journey, lane));
}

Id addMetricPeriod(WorkspaceDocument &doc, MetricPeriod period, int index)
{
    if (!period.id)
        period.id = newId();
    const EntityRef ref = EntityRef::metricPeriod(period.id);
    return insert(doc, tr("Add period"), ref, index, period);
}

void removeMetricPeriod(WorkspaceDocument &doc, Id period)
{
    remove(doc, tr("Delete period"), EntityRef::metricPeriod(period));
}

void removeMetricPeriods(WorkspaceDocument &doc, const QList<Id> &periods)
{
    if (!doc.acceptsEdits() || periods.isEmpty())
        return;
    const QString text = periods.size() == 1 ? tr("Delete period") : tr("Delete periods");
    auto *parent = new Commands::WorkspaceCommand(doc, text);
    for (Id id : periods) {
        const EntityRef ref = EntityRef::metricPeriod(id);
        if (doc.indexOf(ref) >= 0)
            new Commands::RemoveEntity(doc, text, ref, parent);
    }
    pushIfAny(doc, parent);
}

bool pasteMetricPeriods(WorkspaceDocument &doc, const QList<FieldChange> &changes,
                        std::vector<MetricPeriod> added, const QString &undoText)
{
    if (!doc.acceptsEdits())
        return false;
    auto *parent = new Commands::WorkspaceCommand(doc, undoText);
    for (const FieldChange &change : changes) {
        if (change.ref.kind != EntityKind::MetricPeriod
            || !EntityFields::exists(doc.workspace(), change.ref))
            continue;
        const QVariant old = EntityFields::value(doc.workspace(), change.ref, change.field);
        if (old == change.value || (!old.isValid() && change.value.isNull()))
            continue;
        new Commands::SetField(doc, undoText, change.ref, change.field, old, change.value, false,
                               parent);
    }
    int at = doc.siblingCount(EntityKind::MetricPeriod, 0);
    for (MetricPeriod &period : added) {
        if (!period.id)
            period.id = newId();
        new Commands::InsertEntity(doc, undoText, EntityRef::metricPeriod(period.id), at++, period,
                                   parent);
    }
    const bool any = parent->childCount() > 0;
    pushIfAny(doc, parent);
    return any;
}

bool move(WorkspaceDocument &doc, const EntityRef &ref, int toIndex)
{
    const int from = doc.indexOf(ref);
    if (from < 0 || toIndex < 0 || toIndex >= doc.siblingCount(ref.kind, ref.parent)
        || from == toIndex || !doc.acceptsEdits())
        return false;
    doc.undoStack()->push(new Commands::MoveEntity(doc, tr("Move"), ref, from, toIndex));
    return true;
}

void setConversionStage(WorkspaceDocument &doc, Id journey, Id stage)
{
    setExclusiveStageFlag(doc, journey, stage, Field::StageConversion, tr("Mark conversion stage"));
}

void setValueDeliveredStage(WorkspaceDocument &doc, Id journey, Id stage)
{
    setExclusiveStageFlag(doc, journey, stage, Field::StageValueDelivered,
                          tr("Mark value-delivered stage"));
}

bool importFragment(WorkspaceDocument &doc, Workspace fragment, const QString &undoText,
                    ImportNotes *notes)
{
    if (!doc.acceptsEdits())
        return false;
    const Workspace &target = doc.workspace();
    prepareFragment(target, fragment, notes);
    auto *parent = new Commands::WorkspaceCommand(doc, undoText);
    if (target.info.name.isEmpty() && !fragment.info.name.isEmpty()) {
        new Commands::SetField(doc, undoText, EntityRef::workspace(), Field::WorkspaceName,
                               target.info.name, fragment.info.name, false, parent);
    }
    if (target.info.product.isEmpty() && !fragment.info.product.isEmpty()) {
        new Commands::SetField(doc, undoText, EntityRef::workspace(), Field::WorkspaceProduct,
                               target.info.product, fragment.info.product, false, parent);
    }
    if (target.info.retentionType == RetentionType::Unspecified
        && fragment.info.retentionType != RetentionType::Unspecified) {
        new Commands::SetField(doc, undoText, EntityRef::workspace(), Field::WorkspaceRetentionType,
                               int(target.info.retentionType), int(fragment.info.retentionType),
                               false, parent);
    }
    int personaIndex = int(target.personas.size());
    for (Persona &p : fragment.personas) {
        if (const Persona *existing = target.persona(p.id)) {
            int index = int(existing->useCases.size());
            for (UseCase &u : p.useCases) {
                const EntityRef ref = EntityRef::useCase(p.id, u.id);
                new Commands::InsertEntity(doc, undoText, ref, index++, std::move(u), parent);
            }
        } else {
            const EntityRef ref = EntityRef::persona(p.id);
            new Commands::InsertEntity(doc, undoText, ref, personaIndex++, std::move(p), parent);
        }
    }
    int journeyIndex = int(target.journeys.size());
    for (Journey &j : fragment.journeys) {
        const EntityRef ref = EntityRef::journey(j.id);
        new Commands::InsertEntity(doc, undoText, ref, journeyIndex++, std::move(j), parent);
    }
    int metricIndex = int(target.metrics.size());
    for (MetricPeriod &m : fragment.metrics) {
        const EntityRef ref = EntityRef::metricPeriod(m.id);
        new Commands::InsertEntity(doc, undoText, ref, metricIndex++, m, parent);
    }
    int opportunityIndex = int(target.opportunities.size());
    for (Opportunity &o : fragment.opportunities) {
        const EntityRef ref = EntityRef::opportunity(o.id);
        new Commands::InsertEntity(doc, undoText, ref, opportunityIndex++, std::move(o), parent);
    }
    int threadIndex = int(target.comments.size());
    for (CommentThread &t : fragment.comments) {
        const EntityRef ref = EntityRef::commentThread(t.id);
        new Commands::InsertEntity(doc, undoText, ref, threadIndex++, std::move(t), parent);
    }
    const bool any = parent->childCount() > 0;
    pushIfAny(doc, parent);
    return any;
}

} // namespace Parcours::Edit
