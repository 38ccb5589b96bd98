#pragma once

#include "document/entityref.h"
#include "domain/workspace.h"

#include <QString>
#include <QStringList>

#include <optional>

// What the store, the shared store and the document know about each kind of entity, in one
// table. Adding a kind: its value in EntityKind (entityref.h), its row in entityKinds below,
// then its own code (see "Adding an entity kind" in docs/ARCHITECTURE.md).
namespace Parcours {

// How the rows of a kind are keyed in its table.
enum class RowKey {
    Settings, // the workspace: key/value rows, no id
    OwnId, // an `id` column
    StepAndLane, // a cell: (step_id, lane_id)
    JourneyAndQuestion, // a renewal answer: (journey_id, question)
};

constexpr unsigned kindBit(EntityKind kind)
{
    return 1U << unsigned(kind);
}

// Padding: twelve constant rows, whose fields keep the order in which a row reads.
struct EntityKindTraits
{
    EntityKind kind;
    const char16_t *table; // the SQL table of its rows
    RowKey key;
    EntityKind parent; // the kind EntityRef::parent names (Workspace: none)
    const char16_t *parentColumn; // the column holding the parent's id ("" when none)
    bool ordered; // kept in a list with a `position` column: can be inserted, moved, removed
    unsigned owns; // kinds whose rows go with it when its subtree is written or read (kindBit)
    int fieldCount; // its fields: 0 … fieldCount - 1 of its Field enum
};

// In EntityKind order (checked below).
inline constexpr EntityKindTraits entityKinds[] = {
    {EntityKind::Workspace, u"workspace_info", RowKey::Settings, EntityKind::Workspace, u"", false,
     0, Field::WorkspaceRetentionType + 1},
    {EntityKind::Persona, u"persona", RowKey::OwnId, EntityKind::Workspace, u"", true,
     kindBit(EntityKind::UseCase), Field::PersonaCadence + 1},
    {EntityKind::UseCase, u"use_case", RowKey::OwnId, EntityKind::Persona, u"persona_id", true, 0,
     Field::UseCaseEvents + 1},
    {EntityKind::Journey, u"journey", RowKey::OwnId, EntityKind::Workspace, u"", true,
     kindBit(EntityKind::Stage) | kindBit(EntityKind::Lane) | kindBit(EntityKind::Cell)
         | kindBit(EntityKind::Renewal),
     Field::JourneyViews + 1},
    {EntityKind::Stage, u"stage", RowKey::OwnId, EntityKind::Journey, u"journey_id", true,
     kindBit(EntityKind::Cell), Field::StageValueDelivered + 1},
    {EntityKind::Lane, u"lane", RowKey::OwnId, EntityKind::Journey, u"journey_id", true,
     kindBit(EntityKind::Cell), Field::LaneGroup + 1},
    {EntityKind::Cell, u"cell", RowKey::StepAndLane, EntityKind::Journey, u"", false, 0,
     Field::CellCurves + 1},
    {EntityKind::MetricPeriod, u"metric_period", RowKey::OwnId, EntityKind::Workspace, u"", true, 0,
     Field::MetricComputed + 1},
    {EntityKind::Renewal, u"renewal_answer", RowKey::JourneyAndQuestion, EntityKind::Journey,
     u"journey_id", false, 0, Field::RenewalNote + 1},
    {EntityKind::Opportunity, u"opportunity", RowKey::OwnId, EntityKind::Workspace, u"", true, 0,
     Field::OpportunityLinks + 1},
    {EntityKind::CommentThread, u"comment_thread", RowKey::OwnId, EntityKind::Workspace, u"", true,
     kindBit(EntityKind::Comment), Field::CommentThreadResolved + 1},
    {EntityKind::Comment, u"comment", RowKey::OwnId, EntityKind::CommentThread, u"thread_id", true,
     0, Field::CommentText + 1},
};

constexpr bool kindsInOrder()
{
    int i = 0;
    for (const EntityKindTraits &traits : entityKinds) {
        if (int(traits.kind) != i++)
            return false;
    }
    return true;
}
static_assert(kindsInOrder(), "entityKinds must list every EntityKind in its order");

constexpr const EntityKindTraits &traitsOf(EntityKind kind)
{
    return entityKinds[int(kind)];
}

inline QString tableOf(EntityKind kind)
{
    return QString::fromUtf16(traitsOf(kind).table);
}

inline QString parentColumnOf(EntityKind kind)
{
    return QString::fromUtf16(traitsOf(kind).parentColumn);
}

inline std::optional<EntityKind> kindOfTable(const QString &table)
{
    for (const EntityKindTraits &traits : entityKinds) {
        if (table == QStringView(traits.table))
            return traits.kind;
    }
    return std::nullopt;
}

// Every table, in EntityKind order.
inline QStringList allTables()
{
    QStringList tables;
    for (const EntityKindTraits &traits : entityKinds)
        tables.append(QString::fromUtf16(traits.table));
    return tables;
}

// The tables of `kind`'s rows, with `subtree` also of the rows it owns.
inline QStringList ownedTables(EntityKind kind, bool subtree)
{
    QStringList tables {tableOf(kind)};
    if (subtree) {
        for (const EntityKindTraits &traits : entityKinds) {
            if (traitsOf(kind).owns & kindBit(traits.kind))
                tables.append(QString::fromUtf16(traits.table));
        }
    }
    return tables;
}

// The entity with that id in a list of entities, or nullptr (const or not, as the list).
template<typename Items>
auto findById(Items &items, Id id) -> decltype(&items[0])
{
    const int i = indexOfId(items, id);
    return i < 0 ? nullptr : &items[size_t(i)];
}

// Calls `f` with the list of `kind` entities under `parent` (an ordered kind's siblings), when
// that list exists; returns whether it did. `w` is a Workspace, const or not.
template<typename W, typename F>
bool withSiblings(W &w, EntityKind kind, Id parent, F &&f)
{
    switch (kind) {
    case EntityKind::Persona: f(w.personas); return true;
    case EntityKind::Journey: f(w.journeys); return true;
    case EntityKind::MetricPeriod: f(w.metrics); return true;
    case EntityKind::Opportunity: f(w.opportunities); return true;
    case EntityKind::CommentThread: f(w.comments); return true;
    case EntityKind::Comment:
        if (auto *t = findById(w.comments, parent)) {
            f(t->comments);
            return true;
        }
        return false;
    case EntityKind::UseCase:
        if (auto *p = findById(w.personas, parent)) {
            f(p->useCases);
            return true;
        }
        return false;
    case EntityKind::Stage:
        if (auto *j = findById(w.journeys, parent)) {
            f(j->stages);
            return true;
        }
        return false;
    case EntityKind::Lane:
        if (auto *j = findById(w.journeys, parent)) {
            f(j->lanes);
            return true;
        }
        return false;
    case EntityKind::Workspace:
    case EntityKind::Cell:
    case EntityKind::Renewal: return false;
    }
    return false;
}

// Calls `f` with the entity `ref` names (an ordered kind) when it exists; returns whether it
// does.
template<typename W, typename F>
bool withEntity(W &w, const EntityRef &ref, F &&f)
{
    bool found = false;
    withSiblings(w, ref.kind, ref.parent, [&found, &f, &ref](auto &items) {
        if (auto *entity = findById(items, ref.id)) {
            f(*entity);
            found = true;
        }
    });
    return found;
}

} // namespace Parcours
