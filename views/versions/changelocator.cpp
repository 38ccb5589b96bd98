#include "versions/changelocator.h"

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

template<typename T, typename Name>
const T *findNamed(const std::vector<T> &items, const QString &name, Name nameOf)
{
    for (const T &item : items) {
        if (nameOf(item) == name)
            return &item;
    }
    return nullptr;
}

const Journey *journeyNamed(const Workspace &w, const QString &name)
{
    return findNamed(w.journeys, name, [](const Journey &j) { return j.name; });
}

// A column as the diff names it: "Stage" (its only step) or "Stage / Step".
std::pair<const Stage *, const Step *> columnNamed(const Journey &journey, const QString &column)
{
    for (const Stage &stage : journey.stages) {
        for (const Step &step : stage.steps) {
            const QString name
                = step.name.isEmpty() ? stage.name : stage.name + u" / "_s + step.name;
            if (name == column)
                return {&stage, &step};
        }
    }
    return {nullptr, nullptr};
}

EntityRef locateInJourney(const Journey &journey, const ItemChange &change)
{
    const EntityRef whole = EntityRef::journey(journey.id);
    if (change.kind == ItemChange::Kind::Removed)
        return whole;
    if (change.item == u"stage") {
        if (const Stage *s
            = findNamed(journey.stages, change.name, [](const Stage &x) { return x.name; }))
            return EntityRef::stage(journey.id, s->id);
    } else if (change.item == u"lane") {
        if (const Lane *l
            = findNamed(journey.lanes, change.name, [](const Lane &x) { return x.name; }))
            return EntityRef::lane(journey.id, l->id);
    } else if (change.item == u"cell") {
        const qsizetype cross = change.name.lastIndexOf(u" × "_s);
        if (cross < 0)
            return whole;
        const auto [stage, step] = columnNamed(journey, change.name.left(cross));
        const QString laneName = change.name.mid(cross + 3);
        const Lane *lane = findNamed(journey.lanes, laneName, [](const Lane &x) { return x.name; });
        if (step && lane)
            return EntityRef::cell(journey.id, step->id, lane->id);
    } else if (change.item == u"step") {
        if (const auto [stage, step] = columnNamed(journey, change.name); stage)
            return EntityRef::stage(journey.id, stage->id);
    }
    return whole;
}

QString changeTooltip(const ItemChange &change)
{
    QStringList lines {WorkspaceDiff::describe(change)};
    for (const FieldChange &field : change.fields) {
        lines << u"%1: %2 → %3"_s.arg(field.field, WorkspaceDiff::valueText(field.before),
                                      WorkspaceDiff::valueText(field.after));
    }
    return lines.join(u'\n');
}

} // namespace

EntityRef locateChange(const Workspace &workspace, const ChangeGroup &group,
                       const ItemChange &change)
{
    if (group.kind == u"persona") {
        const Persona *persona
            = findNamed(workspace.personas, group.name, [](const Persona &p) { return p.name; });
        if (!persona)
            return {EntityKind::Workspace, 0, 0, 0};
        if (change.item == u"use_case" && change.kind != ItemChange::Kind::Removed) {
            for (const UseCase &u : persona->useCases) {
                if (u.useCase == change.name || (u.useCase.isEmpty() && u.problem == change.name))
                    return EntityRef::useCase(persona->id, u.id);
            }
        }
        return EntityRef::persona(persona->id);
    }
    if (group.kind == u"journey") {
        if (const Journey *journey = journeyNamed(workspace, group.name))
            return locateInJourney(*journey, change);
    }
    if (group.kind == u"opportunities" && change.kind != ItemChange::Kind::Removed) {
        if (const Opportunity *o = findNamed(workspace.opportunities, change.name,
                                             [](const Opportunity &x) { return x.title; }))
            return EntityRef::opportunity(o->id);
    }
    return {EntityKind::Workspace, 0, 0, 0};
}

ChangedItems changedItems(const Workspace &workspace, const WorkspaceDiff &diff)
{
    ChangedItems items;
    for (const ChangeGroup &group : diff.groups) {
        for (const ItemChange &change : group.changes) {
            if (change.kind == ItemChange::Kind::Removed
                || (change.item != u"cell" && change.item != u"use_case"))
                continue;
            const EntityRef ref = locateChange(workspace, group, change);
            if (ref.kind == EntityKind::Cell)
                items.cells.insert(ref);
            else if (ref.kind == EntityKind::UseCase)
                items.useCases.insert(ref);
            else
                continue;
            QString &tip = items.tooltips[ref];
            tip += (tip.isEmpty() ? QString() : u"\n"_s) + changeTooltip(change);
        }
    }
    return items;
}

} // namespace Parcours
