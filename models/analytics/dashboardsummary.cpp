#include "analytics/dashboardsummary.h"

#include "analytics/journeyanalytics.h"
#include "domain/painseverity.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parcours {

int JourneySummary::stagesNeedingWork() const
{
    int n = 0;
    for (const AssessmentCount &c : needingWork)
        n += c.stages;
    return n;
}

std::vector<JourneySummary> DashboardSummary::journeys(const Workspace &workspace)
{
    std::vector<JourneySummary> result;
    for (const Journey &journey : workspace.journeys)
        result.push_back(summarize(journey));
    return result;
}

// The figures come from JourneyAnalytics, so the dashboard, the canvas and posters agree.
JourneySummary DashboardSummary::summarize(const Journey &journey)
{
    JourneySummary s;
    s.journey = journey.id;
    s.name = journey.name;
    s.stages = int(journey.stages.size());
    s.readiness = RenewalReadiness::of(journey);
    QStringList pains;
    for (const Stage &stage : journey.stages) {
        if (const QString counted = describeSeverityCounts(severityCounts(stage));
            !counted.isEmpty())
            pains << tr("%1: %2").arg(stage.name, counted);
    }
    s.painPoints = pains.join(u"; "_s);

    const AssessmentCounts counts = countAssessments(journey);
    for (Assessment a : {Assessment::Useless, Assessment::NotWorkingWell, Assessment::ToReinforce,
                         Assessment::ToAdd}) {
        if (counts.count(a) > 0)
            s.needingWork.push_back({a, counts.count(a)});
    }

    const TimeToValue ttv = timeToValue(journey);
    if (ttv.isComplete())
        s.timeToValueDays = ttv.days;
    // As the journey editor and posters write it ("16 days", "1 day"), not in another unit.
    s.timeToValueNote = describeTimeToValue(ttv);

    const DropOffAnalysis drops = analyseDropOff(journey);
    if (const DropOff *largest = drops.largestDropOff()) {
        s.largestDrop = JourneySummary::DropOff {journey.stages[size_t(largest->fromStage)].name,
                                                 journey.stages[size_t(largest->toStage)].name,
                                                 largest->lost(), largest->share};
    }

    // Steps, not stages: a stage's mean hides the one step that hurts (a checkout's payment).
    const auto emotionLane
        = std::find_if(journey.lanes.begin(), journey.lanes.end(),
                       [](const Lane &l) { return l.kind == LaneKind::Emotion; });
    for (const Stage &stage : journey.stages) {
        for (const Step &step : stage.steps) {
            const std::optional<double> emotion = emotionLane == journey.lanes.end()
                ? std::nullopt
                : step.cells.value(emotionLane->id).emotion;
            if (emotion && (!s.lowestStep || *emotion < s.lowestStep->emotion))
                s.lowestStep = JourneySummary::LowestStep {
                    step.name.isEmpty() ? stage.name : step.name, *emotion};
        }
    }
    return s;
}

QString DashboardSummary::needingWorkText(const JourneySummary &s)
{
    if (s.needingWork.empty())
        return s.stages == 0 ? tr("no stages") : tr("none");
    QStringList parts;
    for (const JourneySummary::AssessmentCount &c : s.needingWork)
        parts << tr("%1 %2").arg(c.stages).arg(assessmentName(c.assessment));
    return tr("%1 of %2: %3").arg(s.stagesNeedingWork()).arg(s.stages).arg(parts.join(u", "));
}

QString DashboardSummary::timeToValueText(const JourneySummary &s)
{
    return s.timeToValueNote;
}

QString DashboardSummary::dropOffText(const JourneySummary &s)
{
    if (!s.largestDrop)
        return tr("no customer counts");
    return tr("%1 → %2: %3 lost (%4 %)")
        .arg(s.largestDrop->fromStage, s.largestDrop->toStage,
             QLocale().toString(s.largestDrop->lost),
             QLocale().toString(s.largestDrop->share * 100, 'f', 0));
}

QString DashboardSummary::lowestStepText(const JourneySummary &s)
{
    if (!s.lowestStep)
        return tr("no emotion scores");
    return tr("%1, %2").arg(s.lowestStep->name, formatEmotion(s.lowestStep->emotion));
}

QString DashboardSummary::readinessText(const JourneySummary &s)
{
    return tr("%1 % — %2")
        .arg(QLocale().toString(s.readiness.percent(), 'f', 0), s.readiness.verdict());
}

QString DashboardSummary::assessmentName(Assessment assessment)
{
    switch (assessment) {
    case Assessment::None: return tr("not assessed");
    case Assessment::WorksWell: return tr("works well");
    case Assessment::Useless: return tr("useless");
    case Assessment::NotWorkingWell: return tr("not working well");
    case Assessment::ToReinforce: return tr("to reinforce");
    case Assessment::ToAdd: return tr("to add");
    }
    return {};
}

} // namespace Parcours
