#include "analytics/renewallevers.h"

namespace Parcours {

RenewalLever RenewalLevers::leverOf(RenewalQuestion question)
{
    switch (question) {
    case RenewalQuestion::SatisfiedCustomer:
    case RenewalQuestion::DeadlinesMet:
    case RenewalQuestion::ValueDelivered:
    case RenewalQuestion::ResultsMeasurable:
    case RenewalQuestion::CollaborationWentWell: return RenewalLever::Satisfaction;
    case RenewalQuestion::Projection: return RenewalLever::Projection;
    case RenewalQuestion::Intention: return RenewalLever::Intention;
    case RenewalQuestion::Trigger: return RenewalLever::Trigger;
    }
    return RenewalLever::Satisfaction;
}

QList<RenewalQuestion> RenewalLevers::questionsOf(RenewalLever lever)
{
    QList<RenewalQuestion> questions;
    for (int q = 0; q < renewalQuestionCount; ++q) {
        if (leverOf(RenewalQuestion(q)) == lever)
            questions << RenewalQuestion(q);
    }
    return questions;
}

QString RenewalLevers::leverName(RenewalLever lever)
{
    switch (lever) {
    case RenewalLever::Satisfaction: return tr("Satisfaction");
    case RenewalLever::Projection: return tr("Projection");
    case RenewalLever::Intention: return tr("Intention");
    case RenewalLever::Trigger: return tr("Trigger");
    }
    return {};
}

QString RenewalLevers::leverDescription(RenewalLever lever)
{
    switch (lever) {
    case RenewalLever::Satisfaction:
        return tr("What happened so far: the customer's satisfaction with the product or service.");
    case RenewalLever::Projection:
        return tr("A clear view of what comes next together: events and actions, what would be "
                  "produced, the potential results.");
    case RenewalLever::Intention:
        return tr("Whether the customer is keen to renew now, in the light of what happened and "
                  "what is projected.");
    case RenewalLever::Trigger:
        return tr("How renewal is formalised: tacit for a subscription, a new closing where the "
                  "customer states the wish to renew otherwise.");
    }
    return {};
}

QString RenewalLevers::questionText(RenewalQuestion question)
{
    switch (question) {
    case RenewalQuestion::SatisfiedCustomer:
        return tr("Is the customer satisfied with the product or service?");
    case RenewalQuestion::DeadlinesMet: return tr("Were the deadlines met?");
    case RenewalQuestion::ValueDelivered: return tr("Was the promised value delivered?");
    case RenewalQuestion::ResultsMeasurable: return tr("Are the results measurable?");
    case RenewalQuestion::CollaborationWentWell: return tr("Did the collaboration go well?");
    case RenewalQuestion::Projection:
        return tr("Can the customer picture a future in which renewing with us leaves them "
                  "better off than without?");
    case RenewalQuestion::Intention:
        return tr("Is the customer keen to renew now, still seeing the solution as "
                  "indispensable and able to grow with them?");
    case RenewalQuestion::Trigger:
        return tr("Is the renewal step in place (tacit renewal, or a new closing where the "
                  "customer says they want to renew)?");
    }
    return {};
}

QString RenewalLevers::answerName(RenewalAnswerValue answer)
{
    switch (answer) {
    case RenewalAnswerValue::Unanswered: return tr("Not answered");
    case RenewalAnswerValue::Yes: return tr("Yes");
    case RenewalAnswerValue::Partly: return tr("Partly");
    case RenewalAnswerValue::No: return tr("No");
    }
    return {};
}

namespace {

RenewalReadiness readinessOf(const Journey &journey, const QList<RenewalQuestion> &questions)
{
    RenewalReadiness r;
    for (RenewalQuestion q : questions) {
        switch (journey.renewal.value(int(q)).answer) {
        case RenewalAnswerValue::Yes: ++r.yes; break;
        case RenewalAnswerValue::Partly: ++r.partly; break;
        case RenewalAnswerValue::No:
            ++r.no;
            r.blockers << q;
            break;
        case RenewalAnswerValue::Unanswered: ++r.unanswered; break;
        }
    }
    return r;
}

} // namespace

RenewalReadiness RenewalReadiness::of(const Journey &journey)
{
    QList<RenewalQuestion> all;
    for (int q = 0; q < renewalQuestionCount; ++q)
        all << RenewalQuestion(q);
    return readinessOf(journey, all);
}

RenewalReadiness RenewalReadiness::of(const Journey &journey, RenewalLever lever)
{
    return readinessOf(journey, RenewalLevers::questionsOf(lever));
}

double RenewalReadiness::percent() const
{
    const int total = questions();
    return total > 0 ? (yes + 0.5 * partly) / total * 100.0 : 0.0;
}

QString RenewalReadiness::counts() const
{
    return RenewalLevers::tr("%1 yes, %2 partly, %3 no, %4 not answered")
        .arg(yes)
        .arg(partly)
        .arg(no)
        .arg(unanswered);
}

QString RenewalReadiness::verdict() const
{
    if (no > 0)
        return RenewalLevers::tr("Not ready: %n answered no", nullptr, no);
    if (unanswered == questions())
        return RenewalLevers::tr("Not assessed yet");
    if (unanswered > 0)
        return RenewalLevers::tr("Incomplete: %n not answered", nullptr, unanswered);
    if (partly > 0)
        return RenewalLevers::tr("Nearly ready: %n answered partly", nullptr, partly);
    return RenewalLevers::tr("Ready to renew");
}

} // namespace Parcours
