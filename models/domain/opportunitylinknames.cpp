#include "domain/opportunitylinknames.h"
#include "domain/opportunitylinkplace.h"

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QString separator()
{
    return u" \u203A "_s; // " › "
}

QString oneLine(QString name)
{
    name.replace(u"\r\n"_s, u" "_s);
    name.replace(u'\n', u' ');
    name.replace(u'\r', u' ');
    return name;
}

QString useCaseName(const Persona &p, const UseCase &u)
{
    return oneLine(p.name) + separator() + oneLine(u.useCase.isEmpty() ? u.problem : u.useCase);
}

QString stageName(const Journey &j, const Stage &s)
{
    return oneLine(j.name) + separator() + oneLine(s.name);
}

} // namespace

std::optional<QString> opportunityLinkName(const Workspace &w, const OpportunityLink &link)
{
    if (link.kind == OpportunityLink::Kind::UseCase) {
        const Persona *p = w.personaOfUseCase(link.target);
        const UseCase *u = w.useCase(link.target);
        if (!p || !u)
            return std::nullopt;
        return useCaseName(*p, *u);
    }
    const LinkPlace place = linkPlace(w, link);
    if (!place.stage)
        return std::nullopt;
    const Journey &j = *place.journey;
    const QString name = stageName(j, *place.stage);
    if (link.kind == OpportunityLink::Kind::Stage)
        return name;
    const int lane = indexOfId(j.lanes, link.lane);
    if (lane < 0)
        return std::nullopt;
    return name + separator() + oneLine(j.lanes[size_t(lane)].name);
}

QHash<QString, QList<OpportunityLink>> opportunityLinksByName(const Workspace &w)
{
    QHash<QString, QList<OpportunityLink>> byName;
    for (const Journey &j : w.journeys) {
        for (const Stage &s : j.stages) {
            const QString name = stageName(j, s);
            byName[name].append({OpportunityLink::Kind::Stage, s.id, 0});
            for (const Lane &l : j.lanes) {
                byName[name + separator() + oneLine(l.name)].append(
                    {OpportunityLink::Kind::Cell, s.steps.front().id, l.id});
            }
        }
    }
    for (const Persona &p : w.personas) {
        for (const UseCase &u : p.useCases)
            byName[useCaseName(p, u)].append({OpportunityLink::Kind::UseCase, u.id, 0});
    }
    return byName;
}

} // namespace Parcours
