#pragma once

#include "domain/ids.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace Parcours {

enum class LaneKind { Text, Chips, Emotion, Kpi };

enum class Assessment { None, WorksWell, Useless, NotWorkingWell, ToReinforce, ToAdd };

enum class DurationUnit { Hours, Days, Weeks, Months };

struct Lane
{
    Id id = 0;
    QString name;
    LaneKind kind = LaneKind::Text;
    bool visible = true;

    bool operator==(const Lane &o) const;
    bool operator!=(const Lane &o) const { return !(*this == o); }
};

struct Cell
{
    QString text; // text lanes; chips are one per line; KPI lanes "name: value unit"
    std::optional<double> emotion; // emotion lanes, -2 … +2

    bool isEmpty() const { return text.isEmpty() && !emotion; }
    bool operator==(const Cell &o) const;
    bool operator!=(const Cell &o) const { return !(*this == o); }
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
    QHash<Id, Cell> cells; // by lane id; absent means empty

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

    bool operator==(const Journey &o) const;
    bool operator!=(const Journey &o) const { return !(*this == o); }
};

QString laneKindKey(LaneKind kind);
std::optional<LaneKind> laneKindFromKey(const QString &key);
QString assessmentKey(Assessment assessment);
std::optional<Assessment> assessmentFromKey(const QString &key);
QString durationUnitKey(DurationUnit unit);
std::optional<DurationUnit> durationUnitFromKey(const QString &key);
QString renewalAnswerKey(RenewalAnswerValue value);
std::optional<RenewalAnswerValue> renewalAnswerFromKey(const QString &key);

} // namespace Parcours
