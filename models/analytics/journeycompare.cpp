#include "analytics/journeycompare.h"

#include <QHash>

namespace Parcours {

std::vector<StepComparison> JourneyComparison::differing() const
{
    std::vector<StepComparison> result;
    for (const StepComparison &s : steps) {
        if (const auto d = s.difference(); d && *d != 0)
            result.push_back(s);
    }
    return result;
}

QString stepDisplayName(const Stage &stage, const Step &step)
{
    return step.name.trimmed().isEmpty() ? stage.name : step.name;
}

QString stepMatchKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

namespace {

const Lane *otherEmotionLane(const Journey &other, const QString &laneName)
{
    const Lane *first = nullptr;
    for (const Lane &l : other.lanes) {
        if (l.kind != LaneKind::Emotion)
            continue;
        if (stepMatchKey(l.name) == stepMatchKey(laneName))
            return &l;
        if (!first)
            first = &l;
    }
    return first;
}

} // namespace

JourneyComparison compareJourneys(const Journey &journey, Id lane, const Journey &other)
{
    JourneyComparison result;
    result.lane = lane;
    const Lane *own = nullptr;
    for (const Lane &l : journey.lanes) {
        if (l.id == lane && l.kind == LaneKind::Emotion)
            own = &l;
    }
    const Lane *theirs = own ? otherEmotionLane(other, own->name) : nullptr;
    result.otherLane = theirs ? theirs->id : 0;

    // The other journey's steps by name, each list in order: repeated names match in turn.
    QHash<QString, std::vector<const Step *>> byName;
    for (const Stage &stage : other.stages) {
        for (const Step &step : stage.steps)
            byName[stepMatchKey(stepDisplayName(stage, step))].push_back(&step);
    }
    QHash<QString, size_t> used;
    for (const Stage &stage : journey.stages) {
        for (const Step &step : stage.steps) {
            StepComparison c;
            c.step = step.id;
            c.name = stepDisplayName(stage, step);
            if (own)
                c.own = step.cells.value(lane).emotion;
            const QString key = stepMatchKey(c.name);
            const auto it = byName.constFind(key);
            size_t &next = used[key];
            if (!key.isEmpty() && it != byName.cend() && next < it->size()) {
                const Step *match = (*it)[next++];
                c.otherStep = match->id;
                if (theirs)
                    c.other = match->cells.value(theirs->id).emotion;
            }
            result.steps.push_back(c);
        }
    }
    return result;
}

} // namespace Parcours
