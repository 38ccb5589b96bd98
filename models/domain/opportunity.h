#pragma once

#include "domain/ids.h"

#include <QString>

#include <optional>
#include <vector>

namespace Parcours {

struct Workspace;

enum class OpportunityStatus { Idea, Planned, InProgress, Done, Dropped };

// What an opportunity is linked to: a journey stage, a cell (stage and lane, as CellArrow) or a
// use case. Ids are unique in a workspace, so a link names no journey or persona.
struct OpportunityLink
{
    enum class Kind { Stage, Cell, UseCase };
    Kind kind = Kind::Stage;
    Id target = 0; // the stage (Stage, Cell) or use case (UseCase)
    Id lane = 0; // Cell only

    bool operator==(const OpportunityLink &o) const
    {
        return kind == o.kind && target == o.target && lane == o.lane;
    }
    bool operator!=(const OpportunityLink &o) const { return !(*this == o); }
};

// Something to do, ranked by value and effort (issue 20).
struct Opportunity
{
    static constexpr int minRating = 1;
    static constexpr int maxRating = 5;

    Id id = 0;
    QString title;
    QString description;
    QString owner;
    OpportunityStatus status = OpportunityStatus::Idea;
    int customerValue = 3; // 1 … 5
    int businessValue = 3; // 1 … 5
    int effort = 3; // 1 … 5
    int votes = 0; // ≥ 0
    std::vector<OpportunityLink> links;

    int value() const { return customerValue + businessValue; } // 2 … 10
    bool operator==(const Opportunity &o) const;
    bool operator!=(const Opportunity &o) const { return !(*this == o); }
};

// Value high: customer + business ≥ 6; effort high: ≥ 3.
enum class OpportunityQuadrant { QuickWin, BigBet, FillIn, MoneyPit };

// (customer value + business value) × (1 + votes share) / effort, where the votes share is the
// opportunity's votes / `totalVotes` (0 when there are none).
double opportunityScore(const Opportunity &o, int totalVotes);
OpportunityQuadrant opportunityQuadrant(const Opportunity &o);
int totalVotes(const std::vector<Opportunity> &opportunities);
bool isRating(int value);

// Keys in files, JSON and the report: "idea", "planned", "in_progress", "done", "dropped";
// "quick_win", "big_bet", "fill_in", "money_pit".
QString opportunityStatusKey(OpportunityStatus status);
std::optional<OpportunityStatus> opportunityStatusFromKey(const QString &key);
QString opportunityQuadrantKey(OpportunityQuadrant quadrant);
// Translated names, for the window and the readable report.
QString opportunityStatusName(OpportunityStatus status);
QString opportunityQuadrantName(OpportunityQuadrant quadrant);

// Links as text, separated by spaces: "stage:ID", "cell:STAGE:LANE", "usecase:ID".
QString opportunityLinksKey(const std::vector<OpportunityLink> &links);
std::optional<std::vector<OpportunityLink>> opportunityLinksFromKey(const QString &key);
// Whether the stage, cell or use case a link names is in `w`. Links to deleted items stay in
// the opportunity (undoing the deletion brings them back) and are ignored everywhere else.
bool linkResolves(const Workspace &w, const OpportunityLink &link);
std::vector<OpportunityLink> liveLinks(const Workspace &w, const Opportunity &o);

} // namespace Parcours
