#pragma once

#include "analytics/renewallevers.h"
#include "domain/workspace.h"

#include <QCoreApplication>

namespace Parcours {

// What the dashboard's journey summary shows for one journey, precomputed so that the
// widget and the printed dashboard only display it.
struct JourneySummary
{
    struct AssessmentCount
    {
        Assessment assessment = Assessment::None;
        int stages = 0;
    };
    struct DropOff
    {
        QString fromStage;
        QString toStage;
        qint64 lost = 0;
        double share = 0; // of the customers entering fromStage, 0…1
    };

    Id journey = 0;
    QString name;
    int stages = 0;
    // Stages needing work (useless, not working well, to reinforce, to add), non-zero counts
    // only, in that order.
    std::vector<AssessmentCount> needingWork;
    std::optional<double> timeToValueDays;
    // Translated, from describeTimeToValue() as the editor shows it: "16 days", a lower
    // bound, or why it is unknown.
    QString timeToValueNote;
    std::optional<DropOff> largestDrop;
    // The lowest-scoring step on the journey's first emotion lane (issue 18; the first of
    // equal ones): its name (a stage's only, unnamed step goes by the stage's) and score.
    struct LowestStep
    {
        QString name;
        double emotion = 0;
    };
    std::optional<LowestStep> lowestStep;
    RenewalReadiness readiness;
    // Pain-point severities stage by stage: "Checkout: 2 abandonment, 1 workaround; …", or
    // empty when none is set (issue 20).
    QString painPoints;

    int stagesNeedingWork() const;
};

// Journey summaries for the dashboard, from JourneyAnalytics.
class DashboardSummary
{
    Q_DECLARE_TR_FUNCTIONS(DashboardSummary)

public:
    static std::vector<JourneySummary> journeys(const Workspace &workspace);
    static JourneySummary summarize(const Journey &journey);

    // Display texts shared by the dashboard page and its printout.
    static QString needingWorkText(const JourneySummary &summary); // "3: 1 useless, 2 to add"
    static QString timeToValueText(const JourneySummary &summary); // "8.5 days" or "unknown: …"
    static QString dropOffText(const JourneySummary &summary); // "Visit → Sign-up: 600 lost (60 %)"
    static QString lowestStepText(const JourneySummary &summary); // "Enter payment, −1"
    static QString readinessText(const JourneySummary &summary); // "75 % — Nearly ready: …"

    static QString assessmentName(Assessment assessment); // "to reinforce", …
};

} // namespace Parcours
