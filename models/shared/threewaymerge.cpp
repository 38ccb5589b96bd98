#include "shared/threewaymerge.h"

#include "document/entityfields.h"

#include <algorithm>

namespace Parcours {

namespace {

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (!a.isValid() || !b.isValid())
        return a.isValid() == b.isValid();
    return a == b;
}

// Fields that count things (an opportunity's dot votes): two clients adding to them at once
// both count, so they merge as a counter rather than conflict.
bool isCounter(const EntityRef &ref, int field)
{
    return ref.kind == EntityKind::Opportunity && field == Field::OpportunityVotes;
}

bool isCurves(const EntityRef &ref, int field)
{
    return ref.kind == EntityKind::Cell && field == Field::CellCurves;
}

// A cell's curves merge point by point: two clients moving different personas' points both
// count; none when both moved the same point to different values.
std::optional<QString> mergeCurves(const QVariant &base, const QVariant &mine,
                                   const QVariant &theirs)
{
    const QMap<Id, double> b = cellCurvesFromKey(base.toString()).value_or(QMap<Id, double>());
    const QMap<Id, double> m = cellCurvesFromKey(mine.toString()).value_or(QMap<Id, double>());
    const QMap<Id, double> t = cellCurvesFromKey(theirs.toString()).value_or(QMap<Id, double>());
    QList<Id> personas = b.keys() + m.keys() + t.keys();
    std::sort(personas.begin(), personas.end());
    personas.erase(std::unique(personas.begin(), personas.end()), personas.end());
    QMap<Id, double> merged;
    auto point = [](const QMap<Id, double> &curves, Id persona) {
        return curves.contains(persona) ? std::optional<double>(curves.value(persona))
                                        : std::nullopt;
    };
    for (const Id persona : personas) {
        const std::optional<double> bp = point(b, persona);
        const std::optional<double> mp = point(m, persona);
        const std::optional<double> tp = point(t, persona);
        if (mp != bp && tp != bp && mp != tp)
            return std::nullopt;
        if (const std::optional<double> kept = mp == bp ? tp : mp)
            merged.insert(persona, *kept);
    }
    return cellCurvesKey(merged);
}

} // namespace

int mergeCounter(int base, int mine, int theirs)
{
    return std::max(0, mine + theirs - base);
}

bool isPresentIn(const Workspace &w, const EntityRef &ref)
{
    if (ref.kind == EntityKind::Cell) {
        const Journey *j = w.journey(ref.parent);
        return j && findStep(*j, ref.id);
    }
    if (ref.kind == EntityKind::Renewal)
        return w.journey(ref.parent);
    return EntityFields::exists(w, ref);
}

MergeVerdict mergeThreeWay(const Workspace &base, const Workspace &mine, const Workspace &theirs,
                           const EntityRef &ref, Workspace *merged)
{
    const int count = EntityFields::fieldCount(ref.kind);
    auto field = [&ref](const Workspace &w, int f) {
        return EntityFields::value(w, ref, f);
    };
    if (!isPresentIn(mine, ref)) { // deleting it
        if (!isPresentIn(theirs, ref))
            return {MergeVerdict::AlreadyGone, {}};
        for (int f = 0; f < count; ++f) {
            if (!sameValue(field(theirs, f), field(base, f)))
                return {MergeVerdict::Conflict, {}};
        }
        return {MergeVerdict::Clean, {}};
    }
    if (!isPresentIn(theirs, ref))
        return {MergeVerdict::Conflict, {}};
    MergeVerdict verdict;
    for (int f = 0; f < count; ++f) {
        const QVariant b = field(base, f);
        const QVariant m = field(mine, f);
        const QVariant t = field(theirs, f);
        const bool mineChanged = !sameValue(m, b);
        const bool theirsChanged = !sameValue(t, b);
        if (mineChanged && theirsChanged && isCounter(ref, f)) {
            const int sum = mergeCounter(b.toInt(), m.toInt(), t.toInt());
            if (sum != m.toInt()) {
                EntityFields::setValue(*merged, ref, f, sum);
                verdict.outcome = MergeVerdict::Merged;
            }
            continue;
        }
        if (mineChanged && theirsChanged && isCurves(ref, f)) {
            if (const auto curves = mergeCurves(b, m, t)) {
                if (*curves != m.toString()) {
                    EntityFields::setValue(*merged, ref, f, *curves);
                    verdict.outcome = MergeVerdict::Merged;
                }
                continue;
            }
        }
        if (mineChanged && theirsChanged && !sameValue(m, t)) {
            verdict.outcome = MergeVerdict::Conflict;
            if (t.typeId() == QMetaType::QString)
                verdict.theirValue = t.toString();
            return verdict;
        }
        if (!mineChanged && theirsChanged) {
            EntityFields::setValue(*merged, ref, f, t);
            verdict.outcome = MergeVerdict::Merged;
        }
    }
    return verdict;
}

} // namespace Parcours
