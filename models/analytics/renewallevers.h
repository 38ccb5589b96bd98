#pragma once

#include "domain/journey.h"

#include <QCoreApplication>

namespace Parcours {

// The four renewal levers of seed 000. Satisfaction has five questions; projection,
// intention and trigger one each (RenewalQuestion in journey.h).
enum class RenewalLever { Satisfaction, Projection, Intention, Trigger };
constexpr int renewalLeverCount = 4;

class RenewalLevers
{
    Q_DECLARE_TR_FUNCTIONS(RenewalLevers)

public:
    static RenewalLever leverOf(RenewalQuestion question);
    static QList<RenewalQuestion> questionsOf(RenewalLever lever);
    static QString leverName(RenewalLever lever);
    static QString leverDescription(RenewalLever lever);
    static QString questionText(RenewalQuestion question);
    static QString answerName(RenewalAnswerValue answer); // "Yes", "Partly", "No", "Not answered"
};

// How ready a journey's customers are to renew, from its answered checklist.
struct RenewalReadiness
{
    int yes = 0;
    int partly = 0;
    int no = 0;
    int unanswered = 0;
    QList<RenewalQuestion> blockers; // answered "no", in checklist order

    // All questions of the journey, or those of one lever.
    static RenewalReadiness of(const Journey &journey);
    static RenewalReadiness of(const Journey &journey, RenewalLever lever);

    int questions() const { return yes + partly + no + unanswered; }
    // Percent: "yes" counts fully, "partly" half, over every question (unanswered count as 0).
    double percent() const;
    // "5 yes, 2 partly, 1 no, 0 not answered" (translated).
    QString counts() const;
    // "Ready to renew", "Nearly ready: 2 answered partly", "Not ready: 1 answered no",
    // "Not assessed yet", "Incomplete: 3 not answered" (translated).
    QString verdict() const;
};

} // namespace Parcours
