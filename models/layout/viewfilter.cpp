#include "layout/viewfilter.h"

#include "domain/workspace.h"

namespace Parcours {

ViewFilter ViewFilter::of(const AudienceView &view)
{
    ViewFilter filter;
    filter.mEveryLane = false;
    filter.mEveryCurve = false;
    filter.mViewId = view.id;
    filter.mLanes = QSet<Id>(view.lanes.cbegin(), view.lanes.cend());
    filter.mCurvePersonas = QSet<Id>(view.curvePersonas.cbegin(), view.curvePersonas.cend());
    filter.mFirstStage = view.firstStage;
    filter.mLastStage = view.lastStage;
    return filter;
}

ViewFilter ViewFilter::withStages(Id first, Id last) const
{
    ViewFilter filter = *this;
    filter.mFirstStage = first;
    filter.mLastStage = last;
    return filter;
}

std::pair<int, int> ViewFilter::stageRange(const Journey &journey) const
{
    const int count = int(journey.stages.size());
    int first = mFirstStage ? indexOfId(journey.stages, mFirstStage) : 0;
    int last = mLastStage ? indexOfId(journey.stages, mLastStage) : count - 1;
    if (first < 0)
        first = 0;
    if (last < 0)
        last = count - 1;
    if (first > last)
        return {0, count - 1};
    return {first, last};
}

QList<int> ViewFilter::stagesIn(const Journey &journey, const QList<int> &accepted) const
{
    if (!mFirstStage && !mLastStage)
        return accepted;
    const auto [first, last] = stageRange(journey);
    QList<int> inside;
    for (int index : accepted) {
        if (index >= first && index <= last)
            inside.append(index);
    }
    return inside;
}

} // namespace Parcours
