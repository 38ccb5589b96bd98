#pragma once

#include "domain/ids.h"

#include <QHashFunctions>

namespace Parcours {

enum class EntityKind {
    Workspace,
    Persona,
    UseCase,
    Journey,
    Stage,
    Lane,
    Cell,
    MetricPeriod,
    Renewal,
    Opportunity,
    CommentThread,
    Comment
};

// Names one entity of a workspace.
//   Persona, Journey, MetricPeriod: id
//   UseCase: id, parent = persona          Stage, Lane: id, parent = journey
//   Cell: id = step, parent = journey, secondary = lane
//   Renewal: id = RenewalQuestion, parent = journey
//   Opportunity: id
//   CommentThread: id                      Comment: id, parent = thread
struct EntityRef
{
    EntityKind kind = EntityKind::Workspace;
    Id id = 0;
    Id parent = 0;
    Id secondary = 0;

    static EntityRef workspace() { return {}; }
    static EntityRef persona(Id id) { return {EntityKind::Persona, id, 0, 0}; }
    static EntityRef useCase(Id persona, Id id) { return {EntityKind::UseCase, id, persona, 0}; }
    static EntityRef journey(Id id) { return {EntityKind::Journey, id, 0, 0}; }
    static EntityRef stage(Id journey, Id id) { return {EntityKind::Stage, id, journey, 0}; }
    static EntityRef lane(Id journey, Id id) { return {EntityKind::Lane, id, journey, 0}; }
    static EntityRef cell(Id journey, Id step, Id lane)
    {
        return {EntityKind::Cell, step, journey, lane};
    }
    static EntityRef metricPeriod(Id id) { return {EntityKind::MetricPeriod, id, 0, 0}; }
    static EntityRef renewal(Id journey, int question)
    {
        return {EntityKind::Renewal, Id(question), journey, 0};
    }

    static EntityRef opportunity(Id id) { return {EntityKind::Opportunity, id, 0, 0}; }
    static EntityRef commentThread(Id id) { return {EntityKind::CommentThread, id, 0, 0}; }
    static EntityRef comment(Id thread, Id id) { return {EntityKind::Comment, id, thread, 0}; }

    friend bool operator==(const EntityRef &a, const EntityRef &b)
    {
        return a.kind == b.kind && a.id == b.id && a.parent == b.parent
            && a.secondary == b.secondary;
    }
    friend bool operator!=(const EntityRef &a, const EntityRef &b) { return !(a == b); }
};

inline size_t qHash(const EntityRef &ref, size_t seed = 0)
{
    return qHashMulti(seed, int(ref.kind), ref.id, ref.parent, ref.secondary);
}

// Fields of each entity kind, for the generic "change one value" command. Append new
// fields at the end of their enum and update fieldCount in entityKinds (entitykinds.h).
namespace Field {
enum WorkspaceField {
    WorkspaceName,
    WorkspaceProduct,
    WorkspaceRetentionType,
    // Not a field setField() changes: the ChangeEvent field when Workspace::usage changed
    // (an events import or its undo, document/editsusage.h). Kept out of fieldCount.
    WorkspaceUsage = 63,
};
enum PersonaField { PersonaName, PersonaDescription, PersonaColor, PersonaWeight, PersonaCadence };
enum UseCaseField {
    UseCaseProblem,
    UseCaseText,
    UseCaseWhyBetter,
    UseCaseAlternative,
    UseCaseFrequency,
    UseCaseWeight,
    UseCaseStatus,
    UseCaseNotes,
    UseCaseEvents, // a QStringList: event names or `*` patterns meaning "this use case happened"
};
enum JourneyField {
    JourneyName,
    JourneyDescription,
    JourneyPersona,
    JourneyCompareWith, // an Id: the journey it is compared with, 0 for none
    JourneyViews, // a QString: its audience views, audienceViewsKey() (issue 23)
};
enum StageField {
    StageName,
    StageDescription,
    StageColor,
    StageDuration,
    StageDurationUnit,
    StageEntering,
    StageAssessment,
    StageConversion,
    StageValueDelivered,
};
enum LaneField { LaneName, LaneKind, LaneVisible, LaneGroup };
enum CellField {
    CellText,
    CellEmotion,
    CellFailurePoint,
    CellWait,
    CellArrows,
    CellSeverities, // painSeveritiesKey() text, one entry per line
    CellCurves, // cellCurvesKey() text: one point per persona's curve (emotion lanes)
};
enum MetricField {
    MetricPeriodStart,
    MetricPeriodEnd,
    MetricCustomersStart,
    MetricCustomersNew,
    MetricCustomersEnd,
    MetricDau,
    MetricMau,
    MetricComputed, // an int: MetricPeriod::computed, the bits of the counts computed from events
};
enum RenewalField { RenewalAnswerField, RenewalNote };
enum OpportunityField {
    OpportunityTitle,
    OpportunityDescription,
    OpportunityOwner,
    OpportunityStatus, // an int of Parcours::OpportunityStatus
    OpportunityCustomerValue, // 1 … 5
    OpportunityBusinessValue, // 1 … 5
    OpportunityEffort, // 1 … 5
    OpportunityVotes, // ≥ 0
    OpportunityLinks, // opportunityLinksKey() text
};
enum CommentThreadField {
    CommentThreadTarget, // commentTargetKey() text
    CommentThreadResolved, // a bool
};
enum CommentField {
    CommentAuthor,
    CommentTime, // a QDateTime in UTC
    CommentText,
};
} // namespace Field

} // namespace Parcours
