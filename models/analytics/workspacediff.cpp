#include "analytics/workspacediff.h"

#include "analytics/forgottenzone.h"
#include "formats/workspacejson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// Absent, null, "", false and [] all mean "nothing there": the JSON leaves some of them out.
bool isBlank(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())
        || (value.isBool() && !value.toBool()) || (value.isArray() && value.toArray().isEmpty());
}

QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

qint64 idOf(const QJsonObject &o, const QString &key = u"id"_s)
{
    return qint64(o.value(key).toDouble());
}

// The fields of `a` and `b` that differ, but those in `skip` (nested entities) and "id".
std::vector<FieldChange> fieldChanges(const QJsonObject &a, const QJsonObject &b,
                                      const QStringList &skip)
{
    QStringList keys = a.keys();
    for (const QString &key : b.keys()) {
        if (!a.contains(key))
            keys << key;
    }
    std::vector<FieldChange> changes;
    for (const QString &key : std::as_const(keys)) {
        if (key == u"id" || skip.contains(key))
            continue;
        const QJsonValue before = a.value(key);
        const QJsonValue after = b.value(key);
        if (before == after || (isBlank(before) && isBlank(after)))
            continue;
        changes.push_back({key, orNull(before), orNull(after)});
    }
    return changes;
}

// Calls fn(before, after) for each entity of `after` (before: its match by `key`, or null),
// then for each of `before` no longer there (after: null).
template<typename Fn>
void matchBy(const QJsonArray &before, const QJsonArray &after, const QString &key, Fn fn)
{
    QHash<qint64, QJsonObject> old;
    for (const auto &v : before)
        old.insert(idOf(v.toObject(), key), v.toObject());
    QSet<qint64> seen;
    for (const auto &v : after) {
        const QJsonObject o = v.toObject();
        const qint64 id = idOf(o, key);
        seen.insert(id);
        const auto it = old.constFind(id);
        fn(it == old.constEnd() ? nullptr : &*it, &o);
    }
    for (const auto &v : before) {
        const QJsonObject o = v.toObject();
        if (!seen.contains(idOf(o, key)))
            fn(&o, nullptr);
    }
}

QString nameOf(const QJsonObject *a, const QJsonObject *b, const QString &key)
{
    return (b ? b : a)->value(key).toString();
}

// Adds what happened to one entity; returns true when it is on both sides (nested
// entities are then compared).
bool compareItem(std::vector<ItemChange> &out, const QString &item, const QJsonObject *a,
                 const QJsonObject *b, const QString &name, const QStringList &skip = {})
{
    if (!a) {
        out.push_back({ItemChange::Kind::Added, item, name, {}});
        return false;
    }
    if (!b) {
        out.push_back({ItemChange::Kind::Removed, item, name, {}});
        return false;
    }
    std::vector<FieldChange> fields = fieldChanges(*a, *b, skip);
    if (!fields.empty())
        out.push_back({ItemChange::Kind::Changed, item, name, std::move(fields)});
    return true;
}

// A stage's steps; a stage of one step keeps its cells in "cells" (see WorkspaceJson).
QJsonArray stepsOf(const QJsonObject &stage)
{
    if (stage.contains(u"steps"_s))
        return stage.value(u"steps"_s).toArray();
    return {QJsonObject {{u"id"_s, stage.value(u"id"_s)},
                         {u"name"_s, QString()},
                         {u"cells"_s, stage.value(u"cells"_s)}}};
}

void compareStage(std::vector<ItemChange> &out, const QJsonObject &a, const QJsonObject &b,
                  const QHash<qint64, QString> &laneNames)
{
    const QString stageName = b.value(u"name"_s).toString();
    matchBy(stepsOf(a), stepsOf(b), u"id"_s, [&](const QJsonObject *sa, const QJsonObject *sb) {
        const QString stepName = nameOf(sa, sb, u"name"_s);
        const QString column = stepName.isEmpty() ? stageName : stageName + u" / "_s + stepName;
        if (!compareItem(out, u"step"_s, sa, sb, column, {u"cells"_s}))
            return;
        QHash<qint64, QJsonObject> cellsBefore;
        for (const auto &v : sa->value(u"cells"_s).toArray())
            cellsBefore.insert(idOf(v.toObject(), u"lane"_s), v.toObject());
        QHash<qint64, QJsonObject> cellsAfter;
        for (const auto &v : sb->value(u"cells"_s).toArray())
            cellsAfter.insert(idOf(v.toObject(), u"lane"_s), v.toObject());
        QList<qint64> lanes = cellsAfter.keys();
        for (auto it = cellsBefore.cbegin(); it != cellsBefore.cend(); ++it) {
            if (!cellsAfter.contains(it.key()))
                lanes << it.key();
        }
        std::sort(lanes.begin(), lanes.end(), [&laneNames](qint64 x, qint64 y) {
            return laneNames.value(x) < laneNames.value(y);
        });
        for (const qint64 lane : std::as_const(lanes)) {
            const QJsonObject before = cellsBefore.value(lane);
            const QJsonObject after = cellsAfter.value(lane);
            compareItem(out, u"cell"_s, &before, &after, column + u" × "_s + laneNames.value(lane),
                        {u"lane"_s});
        }
    });
}

// Calls fn(before, after) for each entity of `after` (before: the one of the same id, or
// null), then for each of `before` no longer there (after: null).
template<typename T, typename Fn>
void matchEntities(const std::vector<T> &before, const std::vector<T> &after, Fn fn)
{
    QHash<Id, const T *> old;
    for (const T &item : before)
        old.insert(item.id, &item);
    QSet<Id> seen;
    for (const T &item : after) {
        seen.insert(item.id);
        fn(old.value(item.id, nullptr), &item);
    }
    for (const T &item : before) {
        if (!seen.contains(item.id))
            fn(&item, nullptr);
    }
}

// The journey's own fields, lanes and renewal answers as JSON, without its stages.
QJsonObject journeyShellJson(const Journey &j)
{
    Journey shell;
    shell.id = j.id;
    shell.name = j.name;
    shell.description = j.description;
    shell.personaId = j.personaId;
    shell.lanes = j.lanes;
    shell.renewal = j.renewal;
    shell.compareWith = j.compareWith;
    return WorkspaceJson::journeyToJson(shell);
}

// One stage as the journey JSON writes it (its cells need the journey's lanes).
QJsonObject stageJson(const Journey &j, const Stage &stage)
{
    Journey one;
    one.id = j.id;
    one.lanes = j.lanes;
    one.stages = {stage};
    return WorkspaceJson::journeyToJson(one).value(u"stages"_s).toArray().first().toObject();
}

// Stages are matched by id in memory and equal ones passed over: only the stages that differ
// become JSON to compare field by field, so a change in every journey of a large workspace
// costs little more than comparing it.
ChangeGroup compareJourney(const Journey *ja, const Journey *jb)
{
    ChangeGroup group {u"journey"_s, (jb ? jb : ja)->name, {}};
    const QJsonObject oa = ja ? journeyShellJson(*ja) : QJsonObject();
    const QJsonObject ob = jb ? journeyShellJson(*jb) : QJsonObject();
    const QJsonObject *a = ja ? &oa : nullptr;
    const QJsonObject *b = jb ? &ob : nullptr;
    if (!compareItem(group.changes, u"journey"_s, a, b, group.name,
                     {u"lanes"_s, u"stages"_s, u"renewal"_s}))
        return group;
    QHash<qint64, QString> laneNames;
    for (const QJsonObject *j : {a, b}) {
        for (const auto &v : j->value(u"lanes"_s).toArray())
            laneNames.insert(idOf(v.toObject()), v.toObject().value(u"name"_s).toString());
    }
    matchBy(a->value(u"lanes"_s).toArray(), b->value(u"lanes"_s).toArray(), u"id"_s,
            [&](const QJsonObject *la, const QJsonObject *lb) {
                compareItem(group.changes, u"lane"_s, la, lb, nameOf(la, lb, u"name"_s));
            });
    matchEntities(ja->stages, jb->stages, [&](const Stage *sa, const Stage *sb) {
        if (sa && sb && *sa == *sb)
            return;
        const QJsonObject stageA = sa ? stageJson(*ja, *sa) : QJsonObject();
        const QJsonObject stageB = sb ? stageJson(*jb, *sb) : QJsonObject();
        const QJsonObject *pa = sa ? &stageA : nullptr;
        const QJsonObject *pb = sb ? &stageB : nullptr;
        if (compareItem(group.changes, u"stage"_s, pa, pb, nameOf(pa, pb, u"name"_s),
                        {u"cells"_s, u"steps"_s}))
            compareStage(group.changes, stageA, stageB, laneNames);
    });
    matchBy(a->value(u"renewal"_s).toArray(), b->value(u"renewal"_s).toArray(), u"question"_s,
            [&](const QJsonObject *ra, const QJsonObject *rb) {
                const qint64 question = idOf(ra ? *ra : *rb, u"question"_s) + 1;
                compareItem(group.changes, u"renewal"_s, ra, rb, QString::number(question),
                            {u"question"_s});
            });
    return group;
}

ChangeGroup comparePersona(const QJsonObject *a, const QJsonObject *b)
{
    ChangeGroup group {u"persona"_s, nameOf(a, b, u"name"_s), {}};
    if (!compareItem(group.changes, u"persona"_s, a, b, group.name, {u"use_cases"_s}))
        return group;
    matchBy(a->value(u"use_cases"_s).toArray(), b->value(u"use_cases"_s).toArray(), u"id"_s,
            [&](const QJsonObject *ua, const QJsonObject *ub) {
                QString name = nameOf(ua, ub, u"use_case"_s);
                if (name.isEmpty())
                    name = nameOf(ua, ub, u"problem"_s);
                compareItem(group.changes, u"use_case"_s, ua, ub, name);
            });
    return group;
}

void addGroup(std::vector<ChangeGroup> &groups, ChangeGroup group)
{
    if (!group.changes.empty())
        groups.push_back(std::move(group));
}

QJsonObject jsonOf(const Workspace &w)
{
    return QJsonDocument::fromJson(WorkspaceJson::write(w)).object();
}

QJsonObject personaJson(const Persona &p)
{
    Workspace one;
    one.personas.push_back(p);
    return jsonOf(one).value(u"personas"_s).toArray().first().toObject();
}

} // namespace

WorkspaceDiff WorkspaceDiff::compare(const Workspace &from, const Workspace &to)
{
    WorkspaceDiff diff;
    for (const Persona &after : to.personas) {
        if (const Persona *before = from.persona(after.id)) {
            const bool was = personaVerdict(*before, VerdictScope::CurrentOnly).forgottenZone;
            const bool is = personaVerdict(after, VerdictScope::CurrentOnly).forgottenZone;
            if (was != is)
                diff.verdictFlips.push_back({after.name, was, is});
        }
    }

    // Equal entities are passed over in memory; only what differs is compared as JSON, so a
    // few changes in a large workspace cost little more than comparing it.
    const auto rest = [](const Workspace &w) { // the details, metric periods, opportunities
        Workspace part;
        part.info = w.info;
        part.metrics = w.metrics;
        part.opportunities = w.opportunities;
        return jsonOf(part);
    };
    const QJsonObject a = rest(from);
    const QJsonObject b = rest(to);
    const auto array = [](const QJsonObject &root, const QString &key) {
        return root.value(key).toArray();
    };
    matchBy(array(a, u"metrics"_s), array(b, u"metrics"_s), u"id"_s,
            [&](const QJsonObject *ma, const QJsonObject *mb) {
                const QJsonObject &m = mb ? *mb : *ma;
                compareItem(diff.metricChanges, u"metric_period"_s, ma, mb,
                            m.value(u"period_start"_s).toString() + u" – "_s
                                + m.value(u"period_end"_s).toString());
            });

    ChangeGroup info {u"workspace"_s, {}, {}};
    const QJsonObject infoA = a.value(u"workspace"_s).toObject();
    const QJsonObject infoB = b.value(u"workspace"_s).toObject();
    compareItem(info.changes, u"workspace"_s, &infoA, &infoB, to.info.name);
    addGroup(diff.groups, std::move(info));
    matchEntities(from.personas, to.personas, [&](const Persona *pa, const Persona *pb) {
        if (pa && pb && *pa == *pb)
            return;
        const QJsonObject ja = pa ? personaJson(*pa) : QJsonObject();
        const QJsonObject jb = pb ? personaJson(*pb) : QJsonObject();
        addGroup(diff.groups, comparePersona(pa ? &ja : nullptr, pb ? &jb : nullptr));
    });
    matchEntities(from.journeys, to.journeys, [&](const Journey *ja, const Journey *jb) {
        if (ja && jb && *ja == *jb)
            return;
        addGroup(diff.groups, compareJourney(ja, jb));
    });
    ChangeGroup opportunities {u"opportunities"_s, {}, {}};
    matchBy(array(a, u"opportunities"_s), array(b, u"opportunities"_s), u"id"_s,
            [&](const QJsonObject *oa, const QJsonObject *ob) {
                compareItem(opportunities.changes, u"opportunity"_s, oa, ob,
                            nameOf(oa, ob, u"title"_s));
            });
    addGroup(diff.groups, std::move(opportunities));
    if (from.usage != to.usage) {
        ChangeGroup usage {u"usage"_s, {}, {}};
        usage.changes.push_back(
            {ItemChange::Kind::Changed,
             u"usage"_s,
             {},
             {{u"sources"_s, qint64(from.usage.sources.size()), qint64(to.usage.sources.size())}}});
        addGroup(diff.groups, std::move(usage));
    }
    return diff;
}

int WorkspaceDiff::changeCount() const
{
    int count = int(verdictFlips.size() + metricChanges.size());
    for (const ChangeGroup &group : groups)
        count += int(group.changes.size());
    return count;
}

} // namespace Parcours
