#pragma once

#include "domain/journey.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

// Figures a journey map shows besides its cells: drop-off between stages, time-to-value,
// assessment counts and filters, and the structure of chip and KPI cells. Plain functions on
// a Journey, shared by the canvas, the journey summary and printed posters.
namespace Parcours {

// --- Drop-off ----------------------------------------------------------------------------

// Customers lost from one stage to the next stage that has an entering count. Stages
// without a count are skipped, so a drop can span them (fromStage + 1 < toStage).
struct DropOff
{
    int fromStage = -1; // index in Journey::stages
    int toStage = -1;
    qint64 entering = 0; // customers entering fromStage (> 0)
    qint64 next = 0; // customers entering toStage
    double share = 0; // lost / entering; negative when more customers enter the next stage

    qint64 lost() const { return entering - next; }
};

struct DropOffAnalysis
{
    std::vector<DropOff> dropOffs; // in stage order
    int largest = -1; // index in dropOffs of the largest positive share, -1 when none

    bool isEmpty() const { return dropOffs.empty(); }
    const DropOff *largestDropOff() const;
    // The drop leaving stage `stageIndex`, or nullptr.
    const DropOff *fromStage(int stageIndex) const;
};

// The largest drop is the largest share lost (ties: the first), not the largest count: a
// funnel always loses most people at its top, which says little about where it leaks.
DropOffAnalysis analyseDropOff(const Journey &journey);

// --- Time-to-value -----------------------------------------------------------------------

constexpr double daysPerMonth = 30.436875; // Gregorian mean month, as UsageFrequency

double durationInDays(double value, DurationUnit unit);
double daysInUnit(double days, DurationUnit unit);

// Time between conversion and the delivery of value (seed 000): the sum of the durations of
// the stages from the stage marked "conversion" through the stage marked "value delivered",
// both included. Stages without a duration are listed; the sum then is a lower bound.
struct TimeToValue
{
    enum Status {
        Available,
        NoConversionStage,
        NoValueDeliveredStage,
        ValueBeforeConversion, // the value-delivered stage comes before the conversion stage
    };

    Status status = NoConversionStage;
    int fromStage = -1; // conversion stage index
    int toStage = -1; // value-delivered stage index
    double days = 0; // sum of the known durations
    QList<int> missingDurations; // stage indexes in the range without a duration
    // Set when every known duration in the range uses the same unit: the sum is shown in it.
    std::optional<DurationUnit> commonUnit;

    bool isAvailable() const { return status == Available; }
    bool isComplete() const { return status == Available && missingDurations.isEmpty(); }
    // The sum in the unit it is best shown in (commonUnit, else days).
    double displayValue() const;
    DurationUnit displayUnit() const;
};

TimeToValue timeToValue(const Journey &journey);

// "9 days", "at least 9 days (2 stages without duration)", or why it cannot be computed.
QString describeTimeToValue(const TimeToValue &ttv);

// --- Assessments -------------------------------------------------------------------------

// Useless, not working well, to reinforce and to add: the stages a workshop must act on.
bool needsWork(Assessment assessment);

constexpr int assessmentCount = 6; // including Assessment::None

struct AssessmentCounts
{
    std::array<int, assessmentCount> byAssessment {};
    int stages = 0;
    int needingWork = 0;

    int count(Assessment a) const { return byAssessment[size_t(a)]; }
};

AssessmentCounts countAssessments(const Journey &journey);
// "2 to reinforce, 1 useless" (assessed stages only, in Assessment order), or "".
QString describeAssessments(const AssessmentCounts &counts);

// Which stages a journey map shows.
class StageFilter
{
public:
    enum Mode { All, NeedsWork, Only };

    StageFilter() = default;
    static StageFilter all() { return {}; }
    static StageFilter needingWork() { return StageFilter(NeedsWork, Assessment::None); }
    static StageFilter only(Assessment a) { return StageFilter(Only, a); }

    Mode mode() const { return mMode; }
    Assessment assessment() const { return mAssessment; }
    bool isAll() const { return mMode == All; }
    bool accepts(const Stage &stage) const;
    // Indexes of the accepted stages, in order.
    QList<int> apply(const Journey &journey) const;

    // Stable text form, for settings: "all", "needs_work", "only:to_reinforce".
    QString key() const;
    static StageFilter fromKey(const QString &key);

    friend bool operator==(const StageFilter &a, const StageFilter &b)
    {
        return a.mMode == b.mMode && (a.mMode != Only || a.mAssessment == b.mAssessment);
    }
    friend bool operator!=(const StageFilter &a, const StageFilter &b) { return !(a == b); }

private:
    StageFilter(Mode mode, Assessment a)
        : mMode(mode)
        , mAssessment(a)
    { }

    Mode mMode = All;
    Assessment mAssessment = Assessment::None;
};

// --- Cell content ------------------------------------------------------------------------

constexpr double emotionMin = -2;
constexpr double emotionMax = 2;
double clampEmotion(double score);
// How scores are shown and typed (a preference): they are always stored from −2 to +2.
enum class EmotionScale { MinusTwoToPlusTwo, OneToFive };
// "+1.5", "0", "−2" (with a real minus sign); on the 1 … 5 scale "4.5", "3", "1". In the
// default locale's digits and decimal point.
QString formatEmotion(double score, EmotionScale scale = EmotionScale::MinusTwoToPlusTwo);
// Accepts "+1", "-2", "−1,5", "1.5"; nullopt when not a number in −2 … +2. On the 1 … 5 scale
// accepts 1 to 5 and returns the stored score ("4.5" gives 1.5).
std::optional<double> parseEmotion(const QString &text,
                                   EmotionScale scale = EmotionScale::MinusTwoToPlusTwo);

// Chip lanes hold one tag per line; blank lines are ignored.
QStringList chipsOf(const QString &text);

// KPI lanes hold one KPI per line as "name: value unit" ("Trial conversion: 12 %"); the
// first colon ends the name, the first word after it is the value.
struct Kpi
{
    QString name;
    QString value;
    QString unit;
};
QList<Kpi> kpisOf(const QString &text);
QString kpiLine(const Kpi &kpi);

// --- Labels ------------------------------------------------------------------------------

QString assessmentLabel(Assessment assessment); // "To reinforce"; None: "Not assessed"
QString laneKindLabel(LaneKind kind);
QString durationUnitLabel(DurationUnit unit); // "days", for unit pickers
// "7 days", "1 week", "1.5 months".
QString formatDuration(double value, DurationUnit unit);

} // namespace Parcours
