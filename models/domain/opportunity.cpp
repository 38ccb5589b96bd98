// Opportunities: keys, links as text, score and quadrants.
#include "domain/opportunity.h"
#include "domain/opportunitylinkplace.h"

#include "domain/workspace.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <array>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr std::array<const char16_t *, 5> statusKeys
    = {u"idea", u"planned", u"in_progress", u"done", u"dropped"};
constexpr std::array<const char16_t *, 4> quadrantKeys
    = {u"quick_win", u"big_bet", u"fill_in", u"money_pit"};
constexpr int highValue = 6;
constexpr int highEffort = 3;

std::optional<Id> idOf(const QString &text)
{
    bool ok = false;
    const Id id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<Id>(id) : std::nullopt;
}

} // namespace

bool Opportunity::operator==(const Opportunity &o) const
{
    return std::tie(id, title, description, owner, status, customerValue, businessValue, effort,
                    votes, links)
        == std::tie(o.id, o.title, o.description, o.owner, o.status, o.customerValue,
                    o.businessValue, o.effort, o.votes, o.links);
}

bool isRating(int value)
{
    return value >= Opportunity::minRating && value <= Opportunity::maxRating;
}

int totalVotes(const std::vector<Opportunity> &opportunities)
{
    int total = 0;
    for (const Opportunity &o : opportunities)
        total += o.votes;
    return total;
}

double opportunityScore(const Opportunity &o, int totalVotes)
{
    const double share = totalVotes > 0 ? double(o.votes) / totalVotes : 0.0;
    return o.value() * (1.0 + share) / std::max(o.effort, 1);
}

OpportunityQuadrant opportunityQuadrant(const Opportunity &o)
{
    const bool valuable = o.value() >= highValue;
    const bool costly = o.effort >= highEffort;
    if (valuable)
        return costly ? OpportunityQuadrant::BigBet : OpportunityQuadrant::QuickWin;
    return costly ? OpportunityQuadrant::MoneyPit : OpportunityQuadrant::FillIn;
}

QString opportunityStatusKey(OpportunityStatus status)
{
    return QString::fromUtf16(statusKeys.at(size_t(status)));
}

std::optional<OpportunityStatus> opportunityStatusFromKey(const QString &key)
{
    for (size_t i = 0; i < statusKeys.size(); ++i) {
        if (key == QStringView(statusKeys.at(i)))
            return OpportunityStatus(i);
    }
    return std::nullopt;
}

QString opportunityQuadrantKey(OpportunityQuadrant quadrant)
{
    return QString::fromUtf16(quadrantKeys.at(size_t(quadrant)));
}

QString opportunityStatusName(OpportunityStatus status)
{
    switch (status) {
    case OpportunityStatus::Idea:
        return QCoreApplication::translate("Parcours::Opportunities", "Idea");
    case OpportunityStatus::Planned:
        return QCoreApplication::translate("Parcours::Opportunities", "Planned");
    case OpportunityStatus::InProgress:
        return QCoreApplication::translate("Parcours::Opportunities", "In progress");
    case OpportunityStatus::Done:
        return QCoreApplication::translate("Parcours::Opportunities", "Done");
    case OpportunityStatus::Dropped:
        return QCoreApplication::translate("Parcours::Opportunities", "Dropped");
    }
    return {};
}

QString opportunityQuadrantName(OpportunityQuadrant quadrant)
{
    switch (quadrant) {
    case OpportunityQuadrant::QuickWin:
        return QCoreApplication::translate("Parcours::Opportunities", "Quick win");
    case OpportunityQuadrant::BigBet:
        return QCoreApplication::translate("Parcours::Opportunities", "Big bet");
    case OpportunityQuadrant::FillIn:
        return QCoreApplication::translate("Parcours::Opportunities", "Fill-in");
    case OpportunityQuadrant::MoneyPit:
        return QCoreApplication::translate("Parcours::Opportunities", "Money pit");
    }
    return {};
}

QString opportunityLinksKey(const std::vector<OpportunityLink> &links)
{
    QStringList parts;
    for (const OpportunityLink &link : links) {
        switch (link.kind) {
        case OpportunityLink::Kind::Stage: parts << u"stage:%1"_s.arg(link.target); break;
        case OpportunityLink::Kind::Cell:
            parts << u"cell:%1:%2"_s.arg(link.target).arg(link.lane);
            break;
        case OpportunityLink::Kind::UseCase: parts << u"usecase:%1"_s.arg(link.target); break;
        }
    }
    return parts.join(u' ');
}

std::optional<std::vector<OpportunityLink>> opportunityLinksFromKey(const QString &key)
{
    std::vector<OpportunityLink> links;
    for (const QString &part : key.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList fields = part.split(u':');
        OpportunityLink link;
        if (fields.size() == 2 && fields[0] == u"stage")
            link.kind = OpportunityLink::Kind::Stage;
        else if (fields.size() == 2 && fields[0] == u"usecase")
            link.kind = OpportunityLink::Kind::UseCase;
        else if (fields.size() == 3 && fields[0] == u"cell")
            link.kind = OpportunityLink::Kind::Cell;
        else
            return std::nullopt;
        const std::optional<Id> target = idOf(fields[1]);
        if (!target)
            return std::nullopt;
        link.target = *target;
        if (link.kind == OpportunityLink::Kind::Cell) {
            const std::optional<Id> lane = idOf(fields[2]);
            if (!lane)
                return std::nullopt;
            link.lane = *lane;
        }
        links.push_back(link);
    }
    return links;
}

LinkPlace linkPlace(const Workspace &w, const OpportunityLink &link)
{
    if (link.kind == OpportunityLink::Kind::UseCase)
        return {};
    for (const Journey &j : w.journeys) {
        if (link.kind == OpportunityLink::Kind::Stage) {
            if (const int at = indexOfId(j.stages, link.target); at >= 0)
                return {&j, &j.stages[size_t(at)], nullptr};
            continue;
        }
        if (const Stage *stage = stageOfStep(j, link.target))
            return {&j, stage, findStep(j, link.target)};
    }
    return {};
}

bool linkResolves(const Workspace &w, const OpportunityLink &link)
{
    if (link.kind == OpportunityLink::Kind::UseCase)
        return w.useCase(link.target) != nullptr;
    const LinkPlace place = linkPlace(w, link);
    return place.stage
        && (link.kind == OpportunityLink::Kind::Stage
            || indexOfId(place.journey->lanes, link.lane) >= 0);
}

void legacyCellLinksToFirstSteps(std::vector<OpportunityLink> &links,
                                 const QHash<Id, Id> &firstSteps)
{
    std::vector<OpportunityLink> mapped;
    for (OpportunityLink link : links) {
        if (link.kind == OpportunityLink::Kind::Cell)
            link.target = firstSteps.value(link.target, link.target);
        if (std::find(mapped.begin(), mapped.end(), link) == mapped.end())
            mapped.push_back(link);
    }
    links = std::move(mapped);
}

void legacyCellLinksToFirstSteps(Workspace &w)
{
    QHash<Id, Id> firstSteps;
    for (const Journey &j : w.journeys) {
        for (const Stage &s : j.stages)
            firstSteps.insert(s.id, s.steps.front().id);
    }
    for (Opportunity &o : w.opportunities)
        legacyCellLinksToFirstSteps(o.links, firstSteps);
}

std::vector<OpportunityLink> liveLinks(const Workspace &w, const Opportunity &o)
{
    std::vector<OpportunityLink> live;
    for (const OpportunityLink &link : o.links) {
        if (linkResolves(w, link))
            live.push_back(link);
    }
    return live;
}

} // namespace Parcours
