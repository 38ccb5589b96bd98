#include "analytics/journeyanalytics.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// lupdate files tr() calls of free functions under their namespace, "Parcours": look them
// up there, or they would never be translated.
QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours", text);
}

// At most `decimals` decimals, trailing zeros dropped: 9, 9.5, 0.25.
QString formatNumber(double value, int decimals)
{
    const QLocale locale;
    QString text = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text == u"-0" ? u"0"_s : text;
}

} // namespace

// --- Drop-off ----------------------------------------------------------------------------

const DropOff *DropOffAnalysis::largestDropOff() const
{
    return largest < 0 ? nullptr : &dropOffs[size_t(largest)];
}

const DropOff *DropOffAnalysis::fromStage(int stageIndex) const
{
    for (const DropOff &d : dropOffs) {
        if (d.fromStage == stageIndex)
            return &d;
    }
    return nullptr;
}

DropOffAnalysis analyseDropOff(const Journey &journey)
{
    DropOffAnalysis result;
    const auto &stages = journey.stages;
    int from = -1;
    for (int i = 0; i < int(stages.size()); ++i) {
        const auto &count = stages[size_t(i)].entering;
        if (!count)
            continue;
        if (from >= 0 && *stages[size_t(from)].entering > 0) {
            DropOff d;
            d.fromStage = from;
            d.toStage = i;
            d.entering = *stages[size_t(from)].entering;
            d.next = *count;
            d.share = double(d.lost()) / double(d.entering);
            result.dropOffs.push_back(d);
        }
        from = i;
    }
    double best = 0;
    for (size_t i = 0; i < result.dropOffs.size(); ++i) {
        if (result.dropOffs[i].share > best) {
            best = result.dropOffs[i].share;
            result.largest = int(i);
        }
    }
    return result;
}

// --- Time-to-value -----------------------------------------------------------------------

double durationInDays(double value, DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::Hours: return value / 24.0;
    case DurationUnit::Days: return value;
    case DurationUnit::Weeks: return value * 7.0;
    case DurationUnit::Months: return value * daysPerMonth;
    }
    return value;
}

double daysInUnit(double days, DurationUnit unit)
{
    return days / durationInDays(1.0, unit);
}

double TimeToValue::displayValue() const
{
    return daysInUnit(days, displayUnit());
}

DurationUnit TimeToValue::displayUnit() const
{
    return commonUnit.value_or(DurationUnit::Days);
}

TimeToValue timeToValue(const Journey &journey)
{
    TimeToValue ttv;
    for (int i = 0; i < int(journey.stages.size()); ++i) {
        const Stage &s = journey.stages[size_t(i)];
        if (s.isConversion && ttv.fromStage < 0)
            ttv.fromStage = i;
        if (s.isValueDelivered && ttv.toStage < 0)
            ttv.toStage = i;
    }
    if (ttv.fromStage < 0) {
        ttv.status = TimeToValue::NoConversionStage;
        return ttv;
    }
    if (ttv.toStage < 0) {
        ttv.status = TimeToValue::NoValueDeliveredStage;
        return ttv;
    }
    if (ttv.toStage < ttv.fromStage) {
        ttv.status = TimeToValue::ValueBeforeConversion;
        return ttv;
    }
    ttv.status = TimeToValue::Available;
    bool sameUnit = true;
    std::optional<DurationUnit> unit;
    for (int i = ttv.fromStage; i <= ttv.toStage; ++i) {
        const Stage &s = journey.stages[size_t(i)];
        if (!s.duration) {
            ttv.missingDurations << i;
            continue;
        }
        ttv.days += durationInDays(*s.duration, s.durationUnit);
        if (unit && *unit != s.durationUnit)
            sameUnit = false;
        unit = s.durationUnit;
    }
    if (sameUnit)
        ttv.commonUnit = unit;
    return ttv;
}

QString describeTimeToValue(const TimeToValue &ttv)
{
    switch (ttv.status) {
    case TimeToValue::NoConversionStage: return tr("not set: mark a stage as the conversion");
    case TimeToValue::NoValueDeliveredStage:
        return tr("not set: mark the stage where value is delivered");
    case TimeToValue::ValueBeforeConversion:
        return tr("not computed: value is delivered before the conversion stage");
    case TimeToValue::Available: break;
    }
    const int missing = int(ttv.missingDurations.size());
    const int range = ttv.toStage - ttv.fromStage + 1;
    if (missing == range)
        return tr("unknown: no stage from conversion to value has a duration");
    QString sum = formatDuration(ttv.displayValue(), ttv.displayUnit());
    if (missing == 0)
        return sum;
    if (missing == 1)
        return tr("at least %1 (1 stage without duration)").arg(sum);
    return tr("at least %1 (%2 stages without duration)").arg(sum, QString::number(missing));
}

// --- Assessments -------------------------------------------------------------------------

bool needsWork(Assessment assessment)
{
    switch (assessment) {
    case Assessment::Useless:
    case Assessment::NotWorkingWell:
    case Assessment::ToReinforce:
    case Assessment::ToAdd: return true;
    case Assessment::None:
    case Assessment::WorksWell: return false;
    }
    return false;
}

AssessmentCounts countAssessments(const Journey &journey)
{
    AssessmentCounts counts;
    for (const Stage &s : journey.stages) {
        const auto index = size_t(s.assessment);
        if (index < counts.byAssessment.size())
            ++counts.byAssessment[index];
        if (needsWork(s.assessment))
            ++counts.needingWork;
        ++counts.stages;
    }
    return counts;
}

QString describeAssessments(const AssessmentCounts &counts)
{
    QStringList parts;
    for (int i = 1; i < assessmentCount; ++i) {
        if (const int n = counts.byAssessment[size_t(i)])
            parts << u"%1: %2"_s.arg(assessmentLabel(Assessment(i))).arg(n);
    }
    return parts.join(u" · "_s);
}

bool StageFilter::accepts(const Stage &stage) const
{
    switch (mMode) {
    case All: return true;
    case NeedsWork: return needsWork(stage.assessment);
    case Only: return stage.assessment == mAssessment;
    }
    return true;
}

QList<int> StageFilter::apply(const Journey &journey) const
{
    QList<int> indexes;
    for (int i = 0; i < int(journey.stages.size()); ++i) {
        if (accepts(journey.stages[size_t(i)]))
            indexes << i;
    }
    return indexes;
}

QString StageFilter::key() const
{
    switch (mMode) {
    case All: return u"all"_s;
    case NeedsWork: return u"needs_work"_s;
    case Only:
        return u"only:"_s
            + (mAssessment == Assessment::None ? u"none"_s : assessmentKey(mAssessment));
    }
    return u"all"_s;
}

StageFilter StageFilter::fromKey(const QString &key)
{
    if (key == u"needs_work")
        return needingWork();
    if (key.startsWith(u"only:")) {
        const QString rest = key.mid(5);
        if (rest == u"none")
            return only(Assessment::None);
        if (const auto a = assessmentFromKey(rest))
            return only(*a);
    }
    return all();
}

// --- Cell content ------------------------------------------------------------------------

double clampEmotion(double score)
{
    return std::clamp(score, emotionMin, emotionMax);
}

QString formatEmotion(double score, EmotionScale scale)
{
    if (scale == EmotionScale::OneToFive)
        return formatNumber(score - emotionMin + 1, 2);
    QString number = formatNumber(std::abs(score), 2);
    if (number == u"0")
        return number;
    return (score > 0 ? u"+"_s : u"\u2212"_s) + number;
}

std::optional<double> parseEmotion(const QString &text, EmotionScale scale)
{
    QString t = text.trimmed();
    t.replace(u'\u2212', u'-');
    t.replace(u',', u'.');
    if (t.startsWith(u'+'))
        t.remove(0, 1);
    bool ok = false;
    double value = t.toDouble(&ok);
    if (scale == EmotionScale::OneToFive)
        value += emotionMin - 1;
    if (!ok || !std::isfinite(value) || value < emotionMin || value > emotionMax)
        return std::nullopt;
    return value;
}

QStringList chipsOf(const QString &text)
{
    QStringList chips;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const QString chip = line.trimmed();
        if (!chip.isEmpty())
            chips << chip;
    }
    return chips;
}

QList<Kpi> kpisOf(const QString &text)
{
    QList<Kpi> kpis;
    const QStringList lines = chipsOf(text);
    for (const QString &line : lines) {
        Kpi kpi;
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0) {
            kpi.name = line;
        } else {
            kpi.name = line.left(colon).trimmed();
            const QString rest = line.mid(colon + 1).trimmed();
            const qsizetype space = rest.indexOf(u' ');
            kpi.value = space < 0 ? rest : rest.left(space);
            kpi.unit = space < 0 ? QString() : rest.mid(space + 1).trimmed();
        }
        kpis << kpi;
    }
    return kpis;
}

QString kpiLine(const Kpi &kpi)
{
    QString line = kpi.name;
    if (!kpi.value.isEmpty() || !kpi.unit.isEmpty()) {
        line += u": "_s + kpi.value;
        if (!kpi.unit.isEmpty())
            line += u' ' + kpi.unit;
    }
    return line;
}

// --- Labels ------------------------------------------------------------------------------

QString assessmentLabel(Assessment assessment)
{
    switch (assessment) {
    case Assessment::None: return tr("Not assessed");
    case Assessment::WorksWell: return tr("Works well");
    case Assessment::Useless: return tr("Useless");
    case Assessment::NotWorkingWell: return tr("Not working well");
    case Assessment::ToReinforce: return tr("To reinforce");
    case Assessment::ToAdd: return tr("To add");
    }
    return {};
}

QString laneKindLabel(LaneKind kind)
{
    switch (kind) {
    case LaneKind::Text: return tr("Text");
    case LaneKind::Chips: return tr("Tags");
    case LaneKind::Emotion: return tr("Emotion");
    case LaneKind::Kpi: return tr("KPI");
    }
    return {};
}

QString durationUnitLabel(DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::Hours: return tr("hours");
    case DurationUnit::Days: return tr("days");
    case DurationUnit::Weeks: return tr("weeks");
    case DurationUnit::Months: return tr("months");
    }
    return {};
}

QString formatDuration(double value, DurationUnit unit)
{
    QString number = formatNumber(value, 1);
    const bool one = number == u"1";
    switch (unit) {
    case DurationUnit::Hours: return (one ? tr("%1 hour") : tr("%1 hours")).arg(number);
    case DurationUnit::Days: return (one ? tr("%1 day") : tr("%1 days")).arg(number);
    case DurationUnit::Weeks: return (one ? tr("%1 week") : tr("%1 weeks")).arg(number);
    case DurationUnit::Months: return (one ? tr("%1 month") : tr("%1 months")).arg(number);
    }
    return number;
}

} // namespace Parcours
