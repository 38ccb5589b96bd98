// Key conversions and equality for the plain domain types.
#include "domain/workspace.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

template<typename Enum, size_t N>
QString keyOf(Enum value, const std::array<const char16_t *, N> &keys)
{
    const auto index = size_t(value);
    return index < N ? QString::fromUtf16(keys[index]) : QString();
}

template<typename Enum, size_t N>
std::optional<Enum> enumOf(const QString &key, const std::array<const char16_t *, N> &keys)
{
    for (size_t i = 0; i < N; ++i) {
        if (key == QStringView(keys[i]))
            return Enum(i);
    }
    return std::nullopt;
}

constexpr std::array<const char16_t *, 4> cadenceKeys = {u"", u"daily", u"weekly", u"monthly"};
constexpr std::array<const char16_t *, 2> statusKeys = {u"current", u"planned"};
constexpr std::array<const char16_t *, 4> laneKindKeys = {u"text", u"chips", u"emotion", u"kpi"};
constexpr std::array<const char16_t *, 6> assessmentKeys
    = {u"", u"works_well", u"useless", u"not_working_well", u"to_reinforce", u"to_add"};
constexpr std::array<const char16_t *, 4> durationUnitKeys
    = {u"hours", u"days", u"weeks", u"months"};
// In LaneRole order; None and Custom have no key of their own.
constexpr std::array<const char16_t *, 7> laneGroupKeys
    = {u"", u"evidence", u"customer", u"frontstage", u"backstage", u"support", u""};
constexpr std::array<const char16_t *, 4> renewalAnswerKeys = {u"", u"yes", u"partly", u"no"};
constexpr std::array<const char16_t *, 4> retentionKeys
    = {u"", u"continuous", u"discontinuous", u"intentional"};

} // namespace

QString cadenceKey(Cadence cadence)
{
    return keyOf(cadence, cadenceKeys);
}
Cadence cadenceFromKey(const QString &key)
{
    return enumOf<Cadence>(key, cadenceKeys).value_or(Cadence::None);
}
QString statusKey(UseCaseStatus status)
{
    return keyOf(status, statusKeys);
}
std::optional<UseCaseStatus> statusFromKey(const QString &key)
{
    return enumOf<UseCaseStatus>(key, statusKeys);
}
QString laneKindKey(LaneKind kind)
{
    return keyOf(kind, laneKindKeys);
}
std::optional<LaneKind> laneKindFromKey(const QString &key)
{
    return enumOf<LaneKind>(key, laneKindKeys);
}
QString laneGroupKey(LaneRole role)
{
    return keyOf(role, laneGroupKeys);
}
LaneRole laneRole(const QString &group)
{
    if (group.isEmpty())
        return LaneRole::None;
    for (size_t i = 1; i + 1 < laneGroupKeys.size(); ++i) {
        if (group == QStringView(laneGroupKeys[i]))
            return LaneRole(i);
    }
    return LaneRole::Custom;
}
QString cellArrowsKey(const std::vector<CellArrow> &arrows)
{
    QStringList parts;
    for (const CellArrow &a : arrows)
        parts.append(u"%1:%2"_s.arg(a.step).arg(a.lane));
    return parts.join(u' ');
}
std::optional<std::vector<CellArrow>> cellArrowsFromKey(const QString &key)
{
    std::vector<CellArrow> arrows;
    for (const QString &part : key.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(u':');
        bool stageOk = false;
        bool laneOk = false;
        const CellArrow a {part.left(colon).toLongLong(&stageOk),
                           part.mid(colon + 1).toLongLong(&laneOk)};
        if (colon < 0 || !stageOk || !laneOk)
            return std::nullopt;
        arrows.push_back(a);
    }
    return arrows;
}
QString cellCurvesKey(const QMap<Id, double> &curves)
{
    QStringList parts;
    for (auto it = curves.cbegin(); it != curves.cend(); ++it)
        parts.append(u"%1:%2"_s.arg(it.key()).arg(
            QString::number(it.value(), 'g', QLocale::FloatingPointShortest)));
    return parts.join(u' ');
}
std::optional<QMap<Id, double>> cellCurvesFromKey(const QString &key)
{
    QMap<Id, double> curves;
    for (const QString &part : key.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(u':');
        bool personaOk = false;
        bool emotionOk = false;
        const Id persona = part.left(colon).toLongLong(&personaOk);
        const double emotion = part.mid(colon + 1).toDouble(&emotionOk);
        if (colon < 0 || !personaOk || !emotionOk || persona <= 0 || emotion < -2 || emotion > 2)
            return std::nullopt;
        curves.insert(persona, emotion);
    }
    return curves;
}
QString assessmentKey(Assessment assessment)
{
    return keyOf(assessment, assessmentKeys);
}
std::optional<Assessment> assessmentFromKey(const QString &key)
{
    return enumOf<Assessment>(key, assessmentKeys);
}
QString durationUnitKey(DurationUnit unit)
{
    return keyOf(unit, durationUnitKeys);
}
std::optional<DurationUnit> durationUnitFromKey(const QString &key)
{
    return enumOf<DurationUnit>(key, durationUnitKeys);
}
QString renewalAnswerKey(RenewalAnswerValue value)
{
    return keyOf(value, renewalAnswerKeys);
}
std::optional<RenewalAnswerValue> renewalAnswerFromKey(const QString &key)
{
    return enumOf<RenewalAnswerValue>(key, renewalAnswerKeys);
}
QString retentionTypeKey(RetentionType type)
{
    return keyOf(type, retentionKeys);
}
std::optional<RetentionType> retentionTypeFromKey(const QString &key)
{
    return enumOf<RetentionType>(key, retentionKeys);
}

double cadenceUsesPerMonth(Cadence cadence)
{
    switch (cadence) {
    case Cadence::None: return 0;
    case Cadence::Daily: return UsageFrequency(1, 1, Period::Day).usesPerMonth();
    case Cadence::Weekly: return UsageFrequency(1, 1, Period::Week).usesPerMonth();
    case Cadence::Monthly: return 1;
    }
    return 0;
}

QString defaultPersonaColor(int index)
{
    // Tableau 10: distinct on screen and in greyscale print.
    static constexpr std::array<const char16_t *, 10> colors
        = {u"#4e79a7", u"#f28e2b", u"#e15759", u"#76b7b2", u"#59a14f",
           u"#edc948", u"#b07aa1", u"#ff9da7", u"#9c755f", u"#bab0ac"};
    return QString::fromUtf16(colors[size_t(std::abs(index)) % colors.size()]);
}

bool UseCase::operator==(const UseCase &o) const
{
    return std::tie(id, problem, useCase, whyBetter, alternative, frequency, weight, status, notes,
                    events)
        == std::tie(o.id, o.problem, o.useCase, o.whyBetter, o.alternative, o.frequency, o.weight,
                    o.status, o.notes, o.events);
}

bool Persona::operator==(const Persona &o) const
{
    return std::tie(id, name, description, color, weight, cadence, useCases)
        == std::tie(o.id, o.name, o.description, o.color, o.weight, o.cadence, o.useCases);
}

bool Lane::operator==(const Lane &o) const
{
    return std::tie(id, name, kind, visible, group)
        == std::tie(o.id, o.name, o.kind, o.visible, o.group);
}

bool Cell::operator==(const Cell &o) const
{
    return std::tie(text, emotion, failurePoint, wait, arrows, severities, curves)
        == std::tie(o.text, o.emotion, o.failurePoint, o.wait, o.arrows, o.severities, o.curves);
}

bool Step::operator==(const Step &o) const
{
    return std::tie(id, name, cells) == std::tie(o.id, o.name, o.cells);
}

bool Stage::operator==(const Stage &o) const
{
    return std::tie(id, name, description, color, duration, durationUnit, entering, assessment,
                    isConversion, isValueDelivered, steps)
        == std::tie(o.id, o.name, o.description, o.color, o.duration, o.durationUnit, o.entering,
                    o.assessment, o.isConversion, o.isValueDelivered, o.steps);
}

const Step *findStep(const Journey &journey, Id stepId)
{
    for (const Stage &stage : journey.stages)
        for (const Step &step : stage.steps)
            if (step.id == stepId)
                return &step;
    return nullptr;
}

Step *findStep(Journey &journey, Id stepId)
{
    return const_cast<Step *>(findStep(std::as_const(journey), stepId));
}

const Stage *stageOfStep(const Journey &journey, Id stepId)
{
    const int index = stageIndexOfStep(journey, stepId);
    return index < 0 ? nullptr : &journey.stages[size_t(index)];
}

Stage *stageOfStep(Journey &journey, Id stepId)
{
    return const_cast<Stage *>(stageOfStep(std::as_const(journey), stepId));
}

int stageIndexOfStep(const Journey &journey, Id stepId)
{
    for (size_t s = 0; s < journey.stages.size(); ++s)
        for (const Step &step : journey.stages[s].steps)
            if (step.id == stepId)
                return int(s);
    return -1;
}

int stepCount(const Journey &journey)
{
    int count = 0;
    for (const Stage &stage : journey.stages)
        count += int(stage.steps.size());
    return count;
}

std::optional<double> stageEmotion(const Stage &stage, Id laneId)
{
    double sum = 0;
    int count = 0;
    for (const Step &step : stage.steps) {
        if (const auto emotion = step.cells.value(laneId).emotion) {
            sum += *emotion;
            ++count;
        }
    }
    return count ? std::optional<double>(sum / count) : std::nullopt;
}

bool RenewalAnswer::operator==(const RenewalAnswer &o) const
{
    return answer == o.answer && note == o.note;
}

bool Journey::operator==(const Journey &o) const
{
    return std::tie(id, name, description, personaId, stages, lanes, renewal, compareWith, views)
        == std::tie(o.id, o.name, o.description, o.personaId, o.stages, o.lanes, o.renewal,
                    o.compareWith, o.views);
}

bool MetricPeriod::operator==(const MetricPeriod &o) const
{
    return std::tie(id, periodStart, periodEnd, customersStart, customersNew, customersEnd, dau,
                    mau, computed)
        == std::tie(o.id, o.periodStart, o.periodEnd, o.customersStart, o.customersNew,
                    o.customersEnd, o.dau, o.mau, o.computed);
}

namespace {

struct CountKey
{
    MetricPeriod::MetricCount count;
    const char16_t *key;
};
constexpr CountKey countKeys[] = {
    {MetricPeriod::CustomersStartCount, u"customers_start"},
    {MetricPeriod::CustomersNewCount, u"customers_new"},
    {MetricPeriod::CustomersEndCount, u"customers_end"},
    {MetricPeriod::DauCount, u"dau"},
    {MetricPeriod::MauCount, u"mau"},
};

} // namespace

QStringList computedCountKeys(unsigned computed)
{
    QStringList keys;
    for (const CountKey &c : countKeys) {
        if (computed & c.count)
            keys << QString::fromUtf16(c.key);
    }
    return keys;
}

std::optional<unsigned> computedCountsFromKeys(const QStringList &keys, QString *unknown)
{
    unsigned bits = 0;
    for (const QString &key : keys) {
        const auto *const found
            = std::find_if(std::begin(countKeys), std::end(countKeys),
                           [&key](const CountKey &c) { return key == QStringView(c.key); });
        if (found == std::end(countKeys)) {
            if (unknown)
                *unknown = key;
            return std::nullopt;
        }
        bits |= found->count;
    }
    return bits;
}

bool WorkspaceInfo::operator==(const WorkspaceInfo &o) const
{
    return name == o.name && product == o.product && retentionType == o.retentionType;
}

bool Workspace::operator==(const Workspace &o) const
{
    return std::tie(info, personas, journeys, metrics, opportunities, usage, comments)
        == std::tie(o.info, o.personas, o.journeys, o.metrics, o.opportunities, o.usage,
                    o.comments);
}

const CommentThread *Workspace::commentThread(Id id) const
{
    const int i = indexOfId(comments, id);
    return i < 0 ? nullptr : &comments[size_t(i)];
}

const Persona *Workspace::persona(Id id) const
{
    const int i = indexOfId(personas, id);
    return i < 0 ? nullptr : &personas[size_t(i)];
}

const Journey *Workspace::journey(Id id) const
{
    const int i = indexOfId(journeys, id);
    return i < 0 ? nullptr : &journeys[size_t(i)];
}

const MetricPeriod *Workspace::metricPeriod(Id id) const
{
    const int i = indexOfId(metrics, id);
    return i < 0 ? nullptr : &metrics[size_t(i)];
}

const Opportunity *Workspace::opportunity(Id id) const
{
    const int i = indexOfId(opportunities, id);
    return i < 0 ? nullptr : &opportunities[size_t(i)];
}

const Persona *Workspace::personaOfUseCase(Id useCaseId) const
{
    for (const Persona &p : personas) {
        if (indexOfId(p.useCases, useCaseId) >= 0)
            return &p;
    }
    return nullptr;
}

const UseCase *Workspace::useCase(Id useCaseId) const
{
    const Persona *p = personaOfUseCase(useCaseId);
    return p ? &p->useCases[size_t(indexOfId(p->useCases, useCaseId))] : nullptr;
}

} // namespace Parcours
