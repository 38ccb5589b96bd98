#pragma once

#include "domain/audienceview.h"
#include "domain/ids.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace Parcours {

enum class LaneKind { Text, Chips, Emotion, Kpi };

enum class Assessment { None, WorksWell, Useless, NotWorkingWell, ToReinforce, ToAdd };

enum class DurationUnit { Hours, Days, Weeks, Months };

// How bad a pain point is for the customer (issue 20), per line of a cell; see painseverity.h.
enum class PainSeverity { None, Trivial, Workaround, Abandonment };

// A service blueprint's lane groups (issue 21), top to bottom. A lane's group is one of their
// keys (laneGroupKey) or any other text: a custom group, named freely. Empty: no group.
enum class LaneRole { None, Evidence, Customer, Frontstage, Backstage, Support, Custom };

// An arrow from a cell to the cell of `lane` in the step `step`.
struct CellArrow
{
    Id step = 0;
    Id lane = 0;

    bool operator==(const CellArrow &o) const { return step == o.step && lane == o.lane; }
    bool operator!=(const CellArrow &o) const { return !(*this == o); }
};

struct Lane
{
    Lane() = default;
    // NOLINTNEXTLINE(google-explicit-constructor): brace lists {id, name, kind, visible}
    Lane(Id laneId, QString laneName, LaneKind laneKind = LaneKind::Text, bool isVisible = true,
         QString laneGroup = {})
        : id(laneId)
        , name(std::move(laneName))
        , kind(laneKind)
        , visible(isVisible)
        , group(std::move(laneGroup))
    { }

    Id id = 0;
    QString name;
    LaneKind kind = LaneKind::Text;
    bool visible = true;
    QString group; // a LaneRole's key, a custom group's name, or empty

    bool operator==(const Lane &o) const;
    bool operator!=(const Lane &o) const { return !(*this == o); }
};

struct Cell
{
    Cell() = default;
    // NOLINTNEXTLINE(google-explicit-constructor): brace lists {text, emotion}
    Cell(QString cellText, std::optional<double> cellEmotion = std::nullopt)
        : text(std::move(cellText))
        , emotion(cellEmotion)
    { }

    QString text; // text lanes; chips are one per line; KPI lanes "name: value unit"
    std::optional<double> emotion; // emotion lanes, -2 … +2
    bool failurePoint = false; // a blueprint's point of failure ("F")
    QString wait; // a wait-time note ("W"); empty: none
    std::vector<CellArrow> arrows; // to cells of this stage or a neighbouring one
    // One per line of `text` (split at '\n'), without trailing Nones: empty when none is set.
    std::vector<PainSeverity> severities;
    // Emotion lanes: one curve per persona besides the lane's own `emotion` (issue 18), by
    // persona id, -2 … +2. Absent: the persona's curve has no point at this step.
    QMap<Id, double> curves;

    bool isEmpty() const
    {
        return text.isEmpty() && !emotion && !failurePoint && wait.isEmpty() && arrows.empty()
            && severities.empty() && curves.isEmpty();
    }
    bool operator==(const Cell &o) const;
    bool operator!=(const Cell &o) const { return !(*this == o); }
};

// A column of the map: one step of a stage, with a cell per lane.
struct Step
{
    Id id = 0;
    QString name; // empty: the stage's only step, shown under the stage's name
    QHash<Id, Cell> cells; // by lane id; absent means empty

    bool operator==(const Step &o) const;
    bool operator!=(const Step &o) const { return !(*this == o); }
};

struct Stage
{
    Id id = 0;
    QString name;
    QString description;
    QString color;
    std::optional<double> duration;
    DurationUnit durationUnit = DurationUnit::Days;
    std::optional<qint64> entering; // customers entering the stage
    Assessment assessment = Assessment::None;
    bool isConversion = false;
    bool isValueDelivered = false;
    // The stage's columns, in order; never empty. A stage made with one step gives that step
    // the stage's own id (see withOneStep()): files from before steps keep their arrows, and a
    // one-step stage's cells are addressed by the stage's id as they always were.
    std::vector<Step> steps = {Step()};

    // The first step's cells: a one-step stage's cells.
    QHash<Id, Cell> &firstCells() { return steps.front().cells; }
    const QHash<Id, Cell> &firstCells() const { return steps.front().cells; }
    // The stage with one step, of the stage's id, holding `cells`.
    Stage &withOneStep(QHash<Id, Cell> cells = {})
    {
        steps = {Step {id, {}, std::move(cells)}};
        return *this;
    }

    bool operator==(const Stage &o) const;
    bool operator!=(const Stage &o) const { return !(*this == o); }
};

// Renewal levers of seed 000, answered per journey.
enum class RenewalQuestion {
    SatisfiedCustomer,
    DeadlinesMet,
    ValueDelivered,
    ResultsMeasurable,
    CollaborationWentWell,
    Projection,
    Intention,
    Trigger,
};
constexpr int renewalQuestionCount = 8;

enum class RenewalAnswerValue { Unanswered, Yes, Partly, No };

struct RenewalAnswer
{
    RenewalAnswerValue answer = RenewalAnswerValue::Unanswered;
    QString note;

    bool operator==(const RenewalAnswer &o) const;
    bool operator!=(const RenewalAnswer &o) const { return !(*this == o); }
};

struct Journey
{
    Id id = 0;
    QString name;
    QString description;
    Id personaId = 0; // 0: not tied to a persona
    std::vector<Stage> stages; // columns, in order
    std::vector<Lane> lanes; // rows, in order
    QMap<int, RenewalAnswer> renewal; // by RenewalQuestion
    // The journey this one is compared with (typically its to-be copy); 0: none.
    Id compareWith = 0;
    // Named views of the journey for audiences (issue 23), in the order they were made.
    std::vector<AudienceView> views;

    bool operator==(const Journey &o) const;
    bool operator!=(const Journey &o) const { return !(*this == o); }
};

// The step of `stepId` in `journey`, and the stage holding it; null when there is none.
const Step *findStep(const Journey &journey, Id stepId);
Step *findStep(Journey &journey, Id stepId);
const Stage *stageOfStep(const Journey &journey, Id stepId);
Stage *stageOfStep(Journey &journey, Id stepId);
// The index of the stage holding `stepId`, or -1.
int stageIndexOfStep(const Journey &journey, Id stepId);
// All steps of a journey, the map's columns, in order.
int stepCount(const Journey &journey);
// A stage's own emotion on an emotion lane: the mean of its steps' emotions (those set).
std::optional<double> stageEmotion(const Stage &stage, Id laneId);

QString laneKindKey(LaneKind kind);
std::optional<LaneKind> laneKindFromKey(const QString &key);
QString assessmentKey(Assessment assessment);
std::optional<Assessment> assessmentFromKey(const QString &key);
QString durationUnitKey(DurationUnit unit);
std::optional<DurationUnit> durationUnitFromKey(const QString &key);
QString renewalAnswerKey(RenewalAnswerValue value);
QString laneGroupKey(LaneRole role); // "" for None and Custom
LaneRole laneRole(const QString &group);
// Arrows as text, "stage:lane" separated by spaces (files, JSON, CSV, field values).
QString cellArrowsKey(const std::vector<CellArrow> &arrows);
std::optional<std::vector<CellArrow>> cellArrowsFromKey(const QString &key);
// A cell's curves as text, "persona:emotion" separated by spaces, in persona id order (field
// values, undo); none when a part is malformed or an emotion is outside -2 … +2.
QString cellCurvesKey(const QMap<Id, double> &curves);
std::optional<QMap<Id, double>> cellCurvesFromKey(const QString &key);
std::optional<RenewalAnswerValue> renewalAnswerFromKey(const QString &key);

} // namespace Parcours
