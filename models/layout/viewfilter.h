#pragma once

#include "domain/journey.h"

#include <QList>
#include <QSet>

namespace Parcours {

// What an audience view (domain/audienceview.h) lets through when a journey is laid out: its
// lanes and its range of stages. The default lets everything through ("All lanes"). The
// personas whose curves show are kept here for the curve drawing to ask (showsCurve).
class ViewFilter
{
public:
    ViewFilter() = default;
    // The filter of `view`; ids of lanes or stages since deleted are ignored, a bound of the
    // range that is gone is the journey's end, and a reversed range shows every stage.
    static ViewFilter of(const AudienceView &view);

    bool isAll() const { return mEveryLane && mEveryCurve && !mFirstStage && !mLastStage; }
    Id viewId() const { return mViewId; }
    bool showsLane(Id lane) const { return mEveryLane || mLanes.contains(lane); }
    bool showsCurve(Id persona) const { return mEveryCurve || mCurvePersonas.contains(persona); }
    // The same lanes and curves from stage `first` to stage `last` (presentation mode: one
    // stage at a time).
    ViewFilter withStages(Id first, Id last) const;
    // Of the stage indexes `accepted` (in order), those inside the view's range.
    QList<int> stagesIn(const Journey &journey, const QList<int> &accepted) const;
    // The indexes of the stages in the range, first and last inclusive.
    std::pair<int, int> stageRange(const Journey &journey) const;

    friend bool operator==(const ViewFilter &a, const ViewFilter &b)
    {
        return a.mEveryLane == b.mEveryLane && a.mEveryCurve == b.mEveryCurve
            && a.mViewId == b.mViewId && a.mLanes == b.mLanes
            && a.mCurvePersonas == b.mCurvePersonas && a.mFirstStage == b.mFirstStage
            && a.mLastStage == b.mLastStage;
    }
    friend bool operator!=(const ViewFilter &a, const ViewFilter &b) { return !(a == b); }

private:
    bool mEveryLane = true;
    bool mEveryCurve = true;
    Id mViewId = 0;
    QSet<Id> mLanes;
    QSet<Id> mCurvePersonas;
    Id mFirstStage = 0;
    Id mLastStage = 0;
};

} // namespace Parcours
