#include "dashboardsummary.h"

#include <QLocale>

namespace Parcours {

namespace {

constexpr double daysPerMonth = 30.436875;

double inDays(double duration, DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::Hours: return duration / 24.0;
    case DurationUnit::Days: return duration;
    case DurationUnit::Weeks: return duration * 7.0;
    case DurationUnit::Months: return duration * daysPerMonth;
    }
    return duration;
}

int indexOfFlag(const Journey &journey, bool Stage::*flag)
{
    for (size_t i = 0; i < journey.stages.size(); ++i) {
        if (journey.stages[i].*flag)
            return int(i);
    }
    return -1;
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 3);
}

} // namespace

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

// Replace with JourneyAnalytics when issue-4 lands.
JourneySummary DashboardSummary::summarize(const Journey &journey)
{
    JourneySummary s;
    s.journey = journey.id;
    s.name = journey.name;
    s.stages = int(journey.stages.size());
    s.readiness = RenewalReadiness::of(journey);

    for (Assessment a : {Assessment::Useless, Assessment::NotWorkingWell, Assessment::ToReinforce,
                         Assessment::ToAdd}) {
        const auto n = std::count_if(journey.stages.cbegin(), journey.stages.cend(),
                                     [a](const Stage &stage) { return stage.assessment == a; });
        if (n > 0)
            s.needingWork.push_back({a, int(n)});
    }

    // Time-to-value: the durations of the stages after the conversion stage, up to and
    // including the value-delivered stage.
    const int conversion = indexOfFlag(journey, &Stage::isConversion);
    const int value = indexOfFlag(journey, &Stage::isValueDelivered);
    if (conversion < 0 || value < 0) {
        s.timeToValueNote = tr("mark a conversion stage and a value-delivered stage");
    } else if (value < conversion) {
        s.timeToValueNote = tr("the value-delivered stage comes before the conversion stage");
    } else {
        double days = 0;
        QStringList without;
        for (int i = conversion + 1; i <= value; ++i) {
            const Stage &stage = journey.stages[size_t(i)];
            if (stage.duration)
                days += inDays(*stage.duration, stage.durationUnit);
            else
                without << stage.name;
        }
        if (without.isEmpty())
            s.timeToValueDays = days;
        else
            s.timeToValueNote = tr("no duration for %1").arg(without.join(u", "));
    }

    // Largest drop-off between consecutive stages that both have an entering count.
    for (size_t i = 0; i + 1 < journey.stages.size(); ++i) {
        const Stage &from = journey.stages[i];
        const Stage &to = journey.stages[i + 1];
        if (!from.entering || !to.entering || *from.entering <= 0 || *to.entering >= *from.entering)
            continue;
        const qint64 lost = *from.entering - *to.entering;
        const double share = double(lost) / double(*from.entering);
        if (!s.largestDrop || share > s.largestDrop->share)
            s.largestDrop = JourneySummary::DropOff {from.name, to.name, lost, share};
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
    if (s.timeToValueDays)
        return durationText(*s.timeToValueDays);
    return tr("unknown: %1").arg(s.timeToValueNote);
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

QString DashboardSummary::durationText(double days)
{
    if (days < 1)
        return tr("%1 hours").arg(number(days * 24));
    if (days < 14)
        return tr("%1 days").arg(number(days));
    if (days < 2 * daysPerMonth)
        return tr("%1 weeks").arg(number(days / 7));
    return tr("%1 months").arg(number(days / daysPerMonth));
}

} // namespace Parcours
