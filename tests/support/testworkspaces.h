#pragma once

// Workspaces shared by the tests: every field set, non-Latin text included.
#include "domain/workspace.h"

#include <QHash>

namespace Parcours::TestData {

inline Workspace everyField()
{
    using namespace Qt::StringLiterals;
    Workspace w;
    w.info = {u"Atelier — Zillow"_s, u"HomeFinder 住宅"_s, RetentionType::Discontinuous};

    Persona buyer {101,
                   u"Acheteur «maison»"_s,
                   u"Multi\nline, \"quoted\""_s,
                   u"#e15759"_s,
                   0.6,
                   Cadence::Monthly,
                   {}};
    buyer.useCases.push_back({201,
                              u"Trouver un bien"_s,
                              u"Search listings"_s,
                              u"All in one"_s,
                              u"Agencies"_s,
                              UsageFrequency(1, 5.5, Period::Year),
                              0.7,
                              UseCaseStatus::Current,
                              u"66 months"_s,
                              {u"listing.searched"_s, u"search.*"_s}});
    buyer.useCases.push_back({202,
                              u"Valeur"_s,
                              u"Zestimate"_s,
                              {},
                              {},
                              UsageFrequency(1, 1, Period::Month),
                              std::nullopt,
                              UseCaseStatus::Planned,
                              {},
                              {}});
    buyer.useCases.push_back({203,
                              u"Sans fréquence"_s,
                              {},
                              {},
                              {},
                              UsageFrequency(),
                              std::nullopt,
                              UseCaseStatus::Current,
                              {},
                              {}});
    Persona agent {102, u"Agent"_s, {}, u"#4e79a7"_s, std::nullopt, Cadence::Weekly, {}};
    agent.useCases.push_back({204,
                              {},
                              u"Answer leads"_s,
                              {},
                              {},
                              UsageFrequency(3, 1, Period::Week),
                              1.0,
                              UseCaseStatus::Current,
                              {},
                              {}});
    w.personas = {buyer, agent};

    Journey j;
    j.id = 301;
    j.name = u"旅程 as-is"_s;
    j.description = u"From awareness to renewal"_s;
    j.personaId = 102;
    j.lanes = {{401, u"Actions"_s, LaneKind::Text, true, u"customer"_s},
               {402, u"Touchpoints"_s, LaneKind::Chips, false, u"frontstage"_s},
               {403, u"Emotion"_s, LaneKind::Emotion, true},
               {404, u"KPIs"_s, LaneKind::Kpi, true, u"Équipe « ops »"_s}};
    Stage a;
    a.id = 501;
    a.withOneStep();
    a.name = u"Découverte"_s;
    a.description = u"Hears of it"_s;
    a.color = u"#ffcc00"_s;
    a.duration = 7.5;
    a.durationUnit = DurationUnit::Weeks;
    a.entering = 5000;
    a.assessment = Assessment::ToReinforce;
    a.isConversion = true;
    Cell reads {u"Reads a review,\nthen \"asks\""_s, std::nullopt};
    reads.failurePoint = true;
    reads.wait = u"2 jours"_s;
    reads.arrows = {{502, 402}, {501, 404}};
    reads.severities = {PainSeverity::Abandonment, PainSeverity::Trivial};
    a.firstCells().insert(401, reads);
    a.firstCells().insert(403, {QString(), -1.5});
    Stage b;
    b.id = 502;
    b.withOneStep();
    b.name = u"注册"_s;
    b.assessment = Assessment::ToAdd;
    b.isValueDelivered = true;
    b.firstCells().insert(402, {u"Web\nE-mail"_s, std::nullopt});
    b.firstCells().insert(404, {u"Completion: 78 %"_s, std::nullopt});
    j.stages = {a, b};
    j.renewal.insert(int(RenewalQuestion::Trigger), {RenewalAnswerValue::Partly, u"NPS"_s});
    w.journeys = {j};

    MetricPeriod m;
    m.id = 601;
    m.periodStart = QDate(2026, 1, 1);
    m.periodEnd = QDate(2026, 1, 31);
    m.customersStart = 70;
    m.customersNew = 30;
    m.customersEnd = 90;
    m.mau = 900;
    w.metrics = {m};

    Opportunity o;
    o.id = 701;
    o.title = u"Relancer « l'acheteur »"_s;
    o.description = u"Two lines,\nwith \"quotes\""_s;
    o.owner = u"Camille"_s;
    o.status = OpportunityStatus::Planned;
    o.customerValue = 4;
    o.businessValue = 2;
    o.effort = 5;
    o.votes = 3;
    o.links = {{OpportunityLink::Kind::Stage, 501, 0},
               {OpportunityLink::Kind::Cell, 502, 402},
               {OpportunityLink::Kind::UseCase, 201, 0}};
    w.opportunities = {o};
    return w;
}

// everyField() with several curves on its emotion lane (issue 18): two personas' points on the
// first stage, a second step of the second stage holding only a curve's point, and a second
// journey (its to-be) the first is compared with.
inline Workspace withCurves()
{
    using namespace Qt::StringLiterals;
    Workspace w = everyField();
    Journey &asIs = w.journeys.front();
    asIs.stages[0].firstCells()[403].curves = {{101, -1.0}, {102, 0.5}};
    Cell onlyACurve;
    onlyACurve.curves = {{102, 2.0}};
    asIs.stages[1].steps.push_back({511, u"Confirmation"_s, {{403, onlyACurve}}});
    Journey toBe;
    toBe.id = 302;
    toBe.name = u"旅程 to-be"_s;
    toBe.lanes = {{405, u"Emotion"_s, LaneKind::Emotion, true}};
    Stage s;
    s.id = 503;
    s.withOneStep();
    s.name = u"Découverte"_s;
    s.firstCells().insert(405, {QString(), 1.0});
    toBe.stages = {s};
    asIs.compareWith = toBe.id;
    w.journeys.push_back(toBe);
    return w;
}

// everyField() with comment threads (issue 23): an open one on a cell with a reply, a resolved
// one on a use case, and one on an opportunity with hostile text.
inline Workspace withComments()
{
    using namespace Qt::StringLiterals;
    Workspace w = everyField();
    const QDateTime morning(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
    CommentThread onCell;
    onCell.id = 801;
    onCell.target = CommentTarget::cell(301, 501, 401);
    onCell.comments
        = {{901, u"Léa"_s, morning, u"Is this step really the first?"_s},
           {902, u"Sam"_s, morning.addSecs(600), u"Yes — from the interviews.\nSee notes."_s}};
    CommentThread onUseCase;
    onUseCase.id = 802;
    onUseCase.target = CommentTarget::useCase(101, 201);
    onUseCase.resolved = true;
    onUseCase.comments = {{903, u"Sam"_s, morning.addDays(1), u"Weekly, not daily."_s}};
    CommentThread onOpportunity;
    onOpportunity.id = 803;
    onOpportunity.target = CommentTarget::opportunity(701);
    onOpportunity.comments
        = {{904, u"<b>Mallory</b>"_s, morning, u"=HYPERLINK(\"x\") </text><script>"_s}};
    w.comments = {onCell, onUseCase, onOpportunity};
    return w;
}

// The workspace with ids replaced by their order of appearance (1, 2, 3, … per kind) and
// references rewritten to match: compares workspaces whose ids were refreshed on import.
inline Workspace withoutIds(Workspace w)
{
    QHash<Id, Id> personaIds;
    QHash<Id, Id> linked; // use cases, stages and lanes, which opportunities link to
    Id next = 0;
    for (Persona &p : w.personas) {
        personaIds.insert(p.id, ++next);
        p.id = next;
        for (UseCase &u : p.useCases) {
            linked.insert(u.id, ++next);
            u.id = next;
        }
    }
    QHash<Id, Id> journeyIds;
    for (Journey &j : w.journeys) {
        journeyIds.insert(j.id, ++next);
        j.id = next;
        j.personaId = personaIds.value(j.personaId, 0);
        QHash<Id, Id> laneIds;
        for (Lane &l : j.lanes) {
            laneIds.insert(l.id, ++next);
            linked.insert(l.id, next);
            l.id = next;
        }
        QHash<Id, Id> stepIds; // a stage's own step (of the stage's id) follows its stage
        for (Stage &s : j.stages) {
            const Id stage = ++next;
            linked.insert(s.id, stage);
            for (Step &step : s.steps) {
                const Id id = step.id == s.id ? stage : ++next;
                stepIds.insert(step.id, id);
                linked.insert(step.id, id);
                step.id = id;
            }
            s.id = stage;
        }
        for (Stage &s : j.stages) {
            for (Step &step : s.steps) {
                QHash<Id, Cell> cells;
                for (auto it = step.cells.cbegin(); it != step.cells.cend(); ++it) {
                    Cell cell = it.value();
                    for (CellArrow &a : cell.arrows)
                        a = {stepIds.value(a.step, -a.step), laneIds.value(a.lane, -a.lane)};
                    QMap<Id, double> curves;
                    for (auto point = cell.curves.cbegin(); point != cell.curves.cend(); ++point)
                        curves.insert(personaIds.value(point.key(), -point.key()), point.value());
                    cell.curves = curves;
                    cells.insert(laneIds.value(it.key(), -it.key()), cell);
                }
                step.cells = cells;
            }
        }
    }
    for (Journey &j : w.journeys)
        j.compareWith = journeyIds.value(j.compareWith, 0);
    for (MetricPeriod &m : w.metrics)
        m.id = ++next;
    for (Opportunity &o : w.opportunities) {
        o.id = ++next;
        for (OpportunityLink &link : o.links)
            link = {link.kind, linked.value(link.target, -link.target),
                    link.lane ? linked.value(link.lane, -link.lane) : 0};
    }
    return w;
}

} // namespace Parcours::TestData
