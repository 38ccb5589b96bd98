#include "formats/journeycsvformat.h"

#include "domain/painseverity.h"
#include "formats/csv.h"
#include "formats/messageexcerpt.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace Parcours {

using MessageText::excerpt;

namespace {

enum Column {
    JourneyColumn,
    OrderColumn,
    StageColumn,
    LaneColumn,
    ValueColumn,
    AssessmentColumn,
    EmotionColumn,
    DurationColumn,
    EnteringColumn,
    GroupColumn, // added with service blueprints: optional on reading
    FailureColumn, // then a cell's point of failure, wait and arrows: optional on reading
    WaitColumn,
    ArrowsColumn,
    SeverityColumn, // pain-point severities, one per line of the value: optional on reading
    StepOrderColumn, // steps inside stages (issue 18): optional on reading, step 1 when absent
    StepColumn,
};

// The columns an older file may leave out, from the end: group, failure, wait, arrows,
// severity, step_order, step.
constexpr int optionalColumns = 7;

// A cell's arrow as the `arrows` column writes it, one a line: "STAGE_ORDER:LANE" to a stage's
// first step, "STAGE_ORDER.STEP_ORDER:LANE" to another.
struct ArrowText
{
    int order = 0;
    QString lane;
    int step = 1;
};

std::optional<ArrowText> parseArrow(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    const QString place = text.left(colon).trimmed();
    const qsizetype dot = place.indexOf(u'.');
    bool ok = false;
    bool stepOk = true;
    const int order = place.left(dot).toInt(&ok);
    const int step = dot < 0 ? 1 : place.mid(dot + 1).toInt(&stepOk);
    const QString lane = text.mid(colon + 1).trimmed();
    if (!ok || !stepOk || order < 1 || step < 1 || lane.isEmpty())
        return std::nullopt;
    return ArrowText {order, lane, step};
}

// Where a resolved arrow points before ids are given: stage and step orders, lane index.
struct ArrowTarget
{
    int order = 0;
    int step = 1;
    int lane = 0;
};

std::optional<bool> parseFailure(const QString &input)
{
    const QString text = input.trimmed().toLower();
    if (text.isEmpty() || text == u"no" || text == u"non" || text == u"false" || text == u"0")
        return false;
    if (text == u"yes" || text == u"oui" || text == u"true" || text == u"1" || text == u"x")
        return true;
    return std::nullopt;
}

constexpr double maxSafeInteger = 9007199254740991.0;

QString formatNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// "1.5" or "1,5" (French spreadsheets); nothing when not a finite number.
std::optional<double> parseNumber(const QString &input)
{
    QString text = input.trimmed();
    text.replace(u',', u'.');
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<Assessment> parseAssessment(const QString &input)
{
    QString text = input.trimmed().toLower();
    text.replace(u' ', u'_');
    text.replace(u'-', u'_');
    if (const auto key = assessmentFromKey(text))
        return key;
    static const QHash<QString, Assessment> french = {
        {u"fonctionne_bien"_s, Assessment::WorksWell},
        {u"inutile"_s, Assessment::Useless},
        {u"fonctionne_mal"_s, Assessment::NotWorkingWell},
        {u"à_renforcer"_s, Assessment::ToReinforce},
        {u"a_renforcer"_s, Assessment::ToReinforce},
        {u"à_ajouter"_s, Assessment::ToAdd},
        {u"a_ajouter"_s, Assessment::ToAdd},
    };
    const auto it = french.constFind(text);
    return it == french.cend() ? std::nullopt : std::optional<Assessment>(*it);
}

LaneKind inferredKind(const QString &name, bool hasEmotion)
{
    if (hasEmotion)
        return LaneKind::Emotion;
    const QString n = name.trimmed().toLower();
    if (n == u"emotion" || n == u"emotions" || n == u"émotion" || n == u"émotions")
        return LaneKind::Emotion;
    if (n == u"touchpoints" || n == u"touchpoint" || n == u"channels" || n == u"channel"
        || n == u"points de contact" || n == u"canaux")
        return LaneKind::Chips;
    if (n == u"kpi" || n == u"kpis" || n == u"indicateurs")
        return LaneKind::Kpi;
    return LaneKind::Text;
}

// A value of the stage given on several rows: the first one given sets it, the others agree.
template<typename T>
struct Agreed
{
    std::optional<T> value;
    QString text;
    int line = 0;
};

using Duration = std::pair<double, DurationUnit>;

struct CellBuild
{
    QString text;
    std::optional<double> emotion;
    int line = 0;
    bool failurePoint = false;
    QString wait;
    std::vector<ArrowText> arrows; // resolved once every row is read
    std::vector<ArrowTarget> resolved;
    std::vector<PainSeverity> severities;
};

struct StepBuild
{
    QString name;
    int line = 0;
    QHash<int, CellBuild> cells; // by lane index
};

struct StageBuild
{
    QString name;
    int line = 0;
    Agreed<Assessment> assessment;
    Agreed<Duration> duration;
    Agreed<qint64> entering;
    std::map<int, StepBuild> steps; // by step_order
};

struct LaneBuild
{
    QString name;
    bool hasEmotion = false;
    QString group;
    int groupLine = 0;
};

struct JourneyBuild
{
    QString name;
    std::vector<LaneBuild> lanes;
    QHash<QString, int> laneIndex;
    std::map<int, StageBuild> stages; // by stage_order
};

// One row's values, parsed and checked before anything is built from them.
struct Row
{
    QString journey;
    int order = 0;
    QString stage;
    int stepOrder = 1;
    QString step;
    QString lane;
    QString value;
    std::optional<Assessment> assessment;
    std::optional<double> emotion;
    std::optional<Duration> duration;
    std::optional<qint64> entering;
    QString assessmentText, durationText, enteringText;
    QString group;
    bool failurePoint = false;
    QString wait;
    std::vector<ArrowText> arrows;
    std::vector<PainSeverity> severities;
};

template<typename T>
bool agrees(const Agreed<T> &agreed, const std::optional<T> &value)
{
    return !value || !agreed.value || *agreed.value == *value;
}

template<typename T>
void agree(Agreed<T> &agreed, const std::optional<T> &value, const QString &text, int line)
{
    if (value && !agreed.value)
        agreed = {value, text, line};
}

} // namespace

const QStringList &JourneyCsvFormat::header()
{
    static const QStringList columns = {
        u"journey"_s, u"stage_order"_s, u"stage"_s,      u"lane"_s,  u"value"_s,   u"assessment"_s,
        u"emotion"_s, u"duration"_s,    u"entering"_s,   u"group"_s, u"failure"_s, u"wait"_s,
        u"arrows"_s,  u"severity"_s,    u"step_order"_s, u"step"_s};
    return columns;
}

bool JourneyCsvFormat::isHeader(const QStringList &columns)
{
    const QStringList &all = header();
    return columns.size() <= all.size() && columns.size() >= all.size() - optionalColumns
        && columns == all.first(columns.size());
}

QString JourneyCsvFormat::formatDuration(double value, DurationUnit unit)
{
    static const char16_t *singular[] = {u"hour", u"day", u"week", u"month"};
    static const char16_t *plural[] = {u"hours", u"days", u"weeks", u"months"};
    const auto index = size_t(unit);
    return formatNumber(value) + u' '
        + QString::fromUtf16(value == 1 ? singular[index] : plural[index]);
}

bool JourneyCsvFormat::parseDuration(const QString &input, std::optional<double> *value,
                                     DurationUnit *unit, QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        value->reset();
        *unit = DurationUnit::Days;
        return true;
    }
    qsizetype split = 0;
    while (split < text.size()
           && (text.at(split).isDigit() || text.at(split) == u'.' || text.at(split) == u','
               || text.at(split) == u'-' || text.at(split) == u'+'))
        ++split;
    const std::optional<double> number = parseNumber(text.left(split));
    if (!number) {
        *error = tr("duration \"%1\" does not start with a number; write it as \"7 days\"")
                     .arg(excerpt(text));
        return false;
    }
    if (*number < 0) {
        *error = tr("duration \"%1\" is negative").arg(excerpt(text));
        return false;
    }
    static const QHash<QString, DurationUnit> units = {
        {u""_s, DurationUnit::Days},          {u"hour"_s, DurationUnit::Hours},
        {u"hours"_s, DurationUnit::Hours},    {u"h"_s, DurationUnit::Hours},
        {u"hr"_s, DurationUnit::Hours},       {u"hrs"_s, DurationUnit::Hours},
        {u"heure"_s, DurationUnit::Hours},    {u"heures"_s, DurationUnit::Hours},
        {u"day"_s, DurationUnit::Days},       {u"days"_s, DurationUnit::Days},
        {u"d"_s, DurationUnit::Days},         {u"jour"_s, DurationUnit::Days},
        {u"jours"_s, DurationUnit::Days},     {u"j"_s, DurationUnit::Days},
        {u"week"_s, DurationUnit::Weeks},     {u"weeks"_s, DurationUnit::Weeks},
        {u"w"_s, DurationUnit::Weeks},        {u"wk"_s, DurationUnit::Weeks},
        {u"wks"_s, DurationUnit::Weeks},      {u"semaine"_s, DurationUnit::Weeks},
        {u"semaines"_s, DurationUnit::Weeks}, {u"sem"_s, DurationUnit::Weeks},
        {u"month"_s, DurationUnit::Months},   {u"months"_s, DurationUnit::Months},
        {u"mo"_s, DurationUnit::Months},      {u"mois"_s, DurationUnit::Months},
    };
    const QString unitText = text.mid(split).trimmed().toLower();
    const auto found = units.constFind(unitText);
    if (found == units.cend()) {
        *error = tr("duration unit \"%1\" is unknown; use hours, days, weeks or months")
                     .arg(excerpt(text.mid(split).trimmed()));
        return false;
    }
    *value = *number;
    *unit = *found;
    return true;
}

QString JourneyCsvFormat::shortName() const
{
    return u"journey-csv"_s;
}

QString JourneyCsvFormat::displayName() const
{
    return tr("Journeys (CSV)");
}

QString JourneyCsvFormat::nameFilter() const
{
    return u"*.csv"_s;
}

ImportResult JourneyCsvFormat::read(const QByteArray &data, const ImportOptions &options) const
{
    return readRecords(options, CsvImport::fromText(data));
}

ImportResult JourneyCsvFormat::readFile(QIODevice &file, const ImportOptions &options,
                                        const ImportProgress &progress) const
{
    return CsvImport::readWholeFile(
        file, options, shortName(), progress,
        [&](const CsvImport::Source &source) { return readRecords(options, source); });
}

ImportResult JourneyCsvFormat::readRecords(const ImportOptions &options,
                                           const CsvImport::Source &source) const
{
    ImportResult result;
    const auto report = [&](int line, const QString &reason) {
        result.addError(options, line, reason);
    };

    std::vector<JourneyBuild> journeys;
    QHash<QString, size_t> journeyIndex;
    const auto addRow = [&](const Csv::Record &record) {
        result.rowLines << record.line;
        const int line = record.line;

        // Parse and check the row on its own.
        const QStringList &f = record.fields;
        QStringList problems;
        Row row;
        // Text columns lose the quote Csv::protectText() put before a formula's first character.
        row.journey = Csv::unprotectText(f.at(JourneyColumn).trimmed());
        row.stage = Csv::unprotectText(f.at(StageColumn).trimmed());
        row.lane = Csv::unprotectText(f.at(LaneColumn).trimmed());
        row.value = Csv::unprotectText(f.at(ValueColumn));
        row.assessmentText = f.at(AssessmentColumn).trimmed();
        row.durationText = f.at(DurationColumn).trimmed();
        row.enteringText = f.at(EnteringColumn).trimmed();
        row.group = Csv::unprotectText(f.at(GroupColumn).trimmed());
        if (const auto failure = parseFailure(f.at(FailureColumn)))
            row.failurePoint = *failure;
        else
            problems << tr("failure \"%1\" is not yes or empty")
                            .arg(excerpt(f.at(FailureColumn).trimmed()));
        row.wait = Csv::unprotectText(f.at(WaitColumn).trimmed());
        for (const QString &entry : Csv::unprotectText(f.at(ArrowsColumn)).split(u'\n')) {
            if (entry.trimmed().isEmpty())
                continue;
            if (const auto arrow = parseArrow(entry))
                row.arrows.push_back(*arrow);
            else
                problems << tr("arrow \"%1\" is not STAGE_ORDER:LANE, e.g. \"2:Support "
                               "processes\"")
                                .arg(excerpt(entry.trimmed()));
        }
        if (const QString text = f.at(SeverityColumn).trimmed(); !text.isEmpty()) {
            QString bad;
            if (const auto severities = painSeveritiesFromKey(text, &bad))
                row.severities = *severities;
            else
                problems << tr("severity \"%1\" is unknown; use trivial, workaround or "
                               "abandonment, one per line of the value separated by |")
                                .arg(excerpt(bad));
            if (row.severities.size() > size_t(cellLines(row.value).size()))
                problems << tr("severity \"%1\" has more entries than the value has lines (%2)")
                                .arg(excerpt(text))
                                .arg(cellLines(row.value).size());
        }
        row.step = Csv::unprotectText(f.at(StepColumn).trimmed());
        if (const QString text = f.at(StepOrderColumn).trimmed(); !text.isEmpty()) {
            bool ok = false;
            row.stepOrder = text.toInt(&ok);
            if (!ok || row.stepOrder < 1) {
                problems << tr("step_order \"%1\" is not a whole number from 1").arg(excerpt(text));
                row.stepOrder = 1;
            }
        }
        if (row.journey.isEmpty())
            problems << tr("the journey name is empty");
        const QString orderText = f.at(OrderColumn).trimmed();
        if (!orderText.isEmpty()) {
            bool ok = false;
            row.order = orderText.toInt(&ok);
            if (!ok || row.order < 1) {
                problems << tr("stage_order \"%1\" is not a whole number from 1")
                                .arg(excerpt(orderText));
                row.order = 0;
            }
        }
        if (!row.assessmentText.isEmpty()) {
            row.assessment = parseAssessment(row.assessmentText);
            if (!row.assessment) {
                problems << tr("assessment \"%1\" is unknown; use works_well, useless, "
                               "not_working_well, to_reinforce or to_add")
                                .arg(excerpt(row.assessmentText));
            }
        }
        if (const QString text = f.at(EmotionColumn).trimmed(); !text.isEmpty()) {
            row.emotion = parseNumber(text);
            if (!row.emotion || *row.emotion < -2 || *row.emotion > 2) {
                problems << tr("emotion \"%1\" is not a number from -2 to 2").arg(excerpt(text));
                row.emotion.reset();
            }
        }
        if (!row.durationText.isEmpty()) {
            std::optional<double> value;
            DurationUnit unit = DurationUnit::Days;
            QString error;
            if (parseDuration(row.durationText, &value, &unit, &error))
                row.duration = Duration(*value, unit);
            else
                problems << error;
        }
        if (!row.enteringText.isEmpty()) {
            QString digits = row.enteringText;
            digits.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F));
            bool ok = false;
            const qint64 value = digits.toLongLong(&ok);
            if (!ok || value < 0 || double(value) > maxSafeInteger)
                problems << tr("entering \"%1\" is not a whole number of customers")
                                .arg(excerpt(row.enteringText));
            else
                row.entering = value;
        }
        const bool hasCell = !row.value.isEmpty() || row.emotion || row.failurePoint
            || !row.wait.isEmpty() || !row.arrows.empty() || !row.severities.empty();
        const bool hasStageValues = !row.assessmentText.isEmpty() || !row.durationText.isEmpty()
            || !row.enteringText.isEmpty() || !row.step.isEmpty();
        if (orderText.isEmpty() && (!row.stage.isEmpty() || hasStageValues || hasCell))
            problems << tr("stage_order is empty; number the stages 1, 2, 3…");
        if (row.lane.isEmpty() && hasCell)
            problems << tr("the lane is empty; a value, emotion, failure, wait, arrow or "
                           "severity belongs to a lane");
        if (row.lane.isEmpty() && !row.group.isEmpty())
            problems << tr("the lane is empty; a group belongs to a lane");
        if (!problems.isEmpty()) {
            result.addError(options, line, problems.join(u"; "_s));
            return;
        }

        // Check it against the rows before, then apply it.
        const auto foundJourney = journeyIndex.constFind(row.journey);
        const JourneyBuild *existing
            = foundJourney == journeyIndex.cend() ? nullptr : &journeys[*foundJourney];
        const int laneIndex = existing ? existing->laneIndex.value(row.lane, -1) : -1;
        if (laneIndex >= 0 && !row.group.isEmpty()) {
            const LaneBuild &lane = existing->lanes[size_t(laneIndex)];
            if (!lane.group.isEmpty() && lane.group != row.group)
                problems << tr("lane \"%1\" is in group \"%2\" on line %3, not \"%4\"")
                                .arg(excerpt(row.lane), excerpt(lane.group))
                                .arg(lane.groupLine)
                                .arg(excerpt(row.group));
        }
        if (existing && row.order) {
            const auto s = existing->stages.find(row.order);
            if (s != existing->stages.end()) {
                const StageBuild &stage = s->second;
                if (stage.name != row.stage)
                    problems << tr("stage %1 is named \"%2\" on line %3, not \"%4\"")
                                    .arg(row.order)
                                    .arg(excerpt(stage.name))
                                    .arg(stage.line)
                                    .arg(excerpt(row.stage));
                auto disagree = [&](const QString &column, const QString &text, int first,
                                    const QString &firstText) {
                    problems << tr("%1 \"%2\" differs from \"%3\" on line %4; every row of a "
                                   "stage gives the same %1")
                                    .arg(column, excerpt(text), excerpt(firstText))
                                    .arg(first);
                };
                if (!agrees(stage.assessment, row.assessment))
                    disagree(u"assessment"_s, row.assessmentText, stage.assessment.line,
                             stage.assessment.text);
                if (!agrees(stage.duration, row.duration))
                    disagree(u"duration"_s, row.durationText, stage.duration.line,
                             stage.duration.text);
                if (!agrees(stage.entering, row.entering))
                    disagree(u"entering"_s, row.enteringText, stage.entering.line,
                             stage.entering.text);
                const auto step = stage.steps.find(row.stepOrder);
                if (step != stage.steps.end() && step->second.name != row.step)
                    problems << tr("step %1 of stage %2 is named \"%3\" on line %4, not \"%5\"")
                                    .arg(row.stepOrder)
                                    .arg(row.order)
                                    .arg(excerpt(step->second.name))
                                    .arg(step->second.line)
                                    .arg(excerpt(row.step));
                if (laneIndex >= 0 && step != stage.steps.end()
                    && step->second.cells.contains(laneIndex)) {
                    problems << (stage.steps.size() == 1 && row.stepOrder == 1
                                     ? tr("a second row for lane \"%1\" of stage %2 (the first is "
                                          "on line %3)")
                                           .arg(excerpt(row.lane))
                                           .arg(row.order)
                                           .arg(step->second.cells.value(laneIndex).line)
                                     : tr("a second row for lane \"%1\" of step %2 of stage %3 "
                                          "(the first is on line %4)")
                                           .arg(excerpt(row.lane))
                                           .arg(row.stepOrder)
                                           .arg(row.order)
                                           .arg(step->second.cells.value(laneIndex).line));
                }
            }
        }
        if (!problems.isEmpty()) {
            result.addError(options, line, problems.join(u"; "_s));
            return;
        }

        if (!existing) {
            journeyIndex.insert(row.journey, journeys.size());
            journeys.push_back({row.journey, {}, {}, {}});
        }
        JourneyBuild &journey = journeys[journeyIndex.value(row.journey)];
        int lane = -1;
        if (!row.lane.isEmpty()) {
            lane = journey.laneIndex.value(row.lane, -1);
            if (lane < 0) {
                lane = int(journey.lanes.size());
                journey.lanes.push_back({row.lane, false, {}, 0});
                journey.laneIndex.insert(row.lane, lane);
            }
            if (row.emotion)
                journey.lanes[size_t(lane)].hasEmotion = true;
            if (LaneBuild &built = journey.lanes[size_t(lane)];
                built.group.isEmpty() && !row.group.isEmpty()) {
                built.group = row.group;
                built.groupLine = line;
            }
        }
        if (row.order) {
            auto [it, added] = journey.stages.try_emplace(row.order);
            StageBuild &stage = it->second;
            if (added) {
                stage.name = row.stage;
                stage.line = line;
            }
            agree(stage.assessment, row.assessment, row.assessmentText, line);
            agree(stage.duration, row.duration, row.durationText, line);
            agree(stage.entering, row.entering, row.enteringText, line);
            auto [s, newStep] = stage.steps.try_emplace(row.stepOrder);
            StepBuild &step = s->second;
            if (newStep) {
                step.name = row.step;
                step.line = line;
            }
            if (lane >= 0)
                step.cells.insert(lane,
                                  {row.value,
                                   row.emotion,
                                   line,
                                   row.failurePoint,
                                   row.wait,
                                   row.arrows,
                                   {},
                                   row.severities});
        }
    };
    // Files with any prefix of the header down to `entering` (older ones) too.
    if (!source(Csv::Header(header(), optionalColumns), addRow, report))
        return result;

    // Arrows point at cells of rows read anywhere in the file: found now, by stage_order (and
    // step_order) and lane name, in the same stage or a neighbouring one.
    for (JourneyBuild &journey : journeys) {
        std::vector<int> orders;
        for (const auto &entry : journey.stages)
            orders.push_back(entry.first);
        for (auto &[order, stage] : journey.stages) {
            const auto at = std::find(orders.begin(), orders.end(), order) - orders.begin();
            for (auto &[stepOrder, step] : stage.steps) {
                for (auto c = step.cells.begin(); c != step.cells.end(); ++c) {
                    for (const ArrowText &arrow : c->arrows) {
                        const auto target
                            = std::find(orders.begin(), orders.end(), arrow.order) - orders.begin();
                        const int lane = journey.laneIndex.value(arrow.lane, -1);
                        const QString place = arrow.step == 1
                            ? QString::number(arrow.order)
                            : u"%1.%2"_s.arg(arrow.order).arg(arrow.step);
                        QString problem;
                        if (target == qsizetype(orders.size()))
                            problem = tr("the arrow to %1:%2 points at no stage %1")
                                          .arg(arrow.order)
                                          .arg(excerpt(arrow.lane));
                        else if (arrow.step > 1
                                 && !journey.stages.at(arrow.order).steps.count(arrow.step))
                            problem = tr("the arrow to %1:%2 points at no step %3 of stage %4")
                                          .arg(place, excerpt(arrow.lane))
                                          .arg(arrow.step)
                                          .arg(arrow.order);
                        else if (lane < 0)
                            problem = tr("the arrow to %1:%2 points at no lane \"%2\" of journey "
                                         "\"%3\"")
                                          .arg(arrow.order)
                                          .arg(excerpt(arrow.lane), excerpt(journey.name));
                        else if (std::abs(target - at) > 1)
                            problem
                                = tr("the arrow to %1:%2 goes further than a neighbouring stage")
                                      .arg(arrow.order)
                                      .arg(excerpt(arrow.lane));
                        else if (arrow.order == order && arrow.step == stepOrder && lane == c.key())
                            problem = tr("the arrow to %1:%2 points at its own cell")
                                          .arg(place, excerpt(arrow.lane));
                        if (!problem.isEmpty()) {
                            report(c->line, problem);
                            continue;
                        }
                        // Ids come later: the target's orders and lane index for now.
                        c->resolved.push_back({arrow.order, arrow.step, lane});
                    }
                }
            }
        }
    }

    if (!result.errors.isEmpty() && !options.skipBadRows)
        return result;
    Workspace fragment;
    for (const JourneyBuild &build : journeys) {
        // A stage's first step has the stage's id (see Stage::steps), the others their own.
        std::map<std::pair<int, int>, Id> stepIds;
        for (const auto &[order, s] : build.stages) {
            const Id stage = newId();
            for (const auto &entry : s.steps)
                stepIds[{order, entry.first}]
                    = entry.first == s.steps.begin()->first ? stage : newId();
        }
        Journey journey;
        journey.id = newId();
        journey.name = build.name;
        for (const LaneBuild &l : build.lanes)
            journey.lanes.emplace_back(newId(), l.name, inferredKind(l.name, l.hasEmotion), true,
                                       l.group);
        for (const auto &[order, s] : build.stages) {
            Stage stage;
            stage.id = stepIds[{order, s.steps.begin()->first}];
            stage.steps.clear();
            stage.name = s.name;
            stage.assessment = s.assessment.value.value_or(Assessment::None);
            if (s.duration.value) {
                stage.duration = s.duration.value->first;
                stage.durationUnit = s.duration.value->second;
            }
            stage.entering = s.entering.value;
            for (const auto &[stepOrder, t] : s.steps) {
                Step step {stepIds[{order, stepOrder}], t.name, {}};
                for (auto c = t.cells.cbegin(); c != t.cells.cend(); ++c) {
                    Cell cell;
                    cell.text = c->text;
                    cell.emotion = c->emotion;
                    cell.failurePoint = c->failurePoint;
                    cell.wait = c->wait;
                    cell.severities = c->severities;
                    for (const ArrowTarget &arrow : c->resolved) {
                        const CellArrow to {stepIds[{arrow.order, arrow.step}],
                                            journey.lanes[size_t(arrow.lane)].id};
                        if (std::find(cell.arrows.begin(), cell.arrows.end(), to)
                            == cell.arrows.end())
                            cell.arrows.push_back(to);
                    }
                    if (!cell.isEmpty())
                        step.cells.insert(journey.lanes[size_t(c.key())].id, cell);
                }
                stage.steps.push_back(std::move(step));
            }
            journey.stages.push_back(stage);
        }
        fragment.journeys.push_back(journey);
    }
    result.fragment = std::move(fragment);
    return result;
}

namespace {

// The `arrows` column: "STAGE_ORDER:LANE" (or "STAGE_ORDER.STEP_ORDER:LANE" to a step after a
// stage's first) a line, for the arrows whose cell still exists.
QString arrowsText(const Journey &journey, const Cell &cell)
{
    QStringList lines;
    for (const CellArrow &arrow : cell.arrows) {
        const int stage = stageIndexOfStep(journey, arrow.step);
        const int lane = indexOfId(journey.lanes, arrow.lane);
        if (stage < 0 || lane < 0)
            continue;
        const auto &steps = journey.stages[size_t(stage)].steps;
        const auto step = std::find_if(steps.begin(), steps.end(),
                                       [&arrow](const Step &s) { return s.id == arrow.step; })
            - steps.begin();
        const QString place
            = step == 0 ? QString::number(stage + 1) : u"%1.%2"_s.arg(stage + 1).arg(step + 1);
        lines << place + u':' + journey.lanes[size_t(lane)].name.trimmed();
    }
    return lines.join(u'\n');
}

// The `severity` column: one key per line of the value ("abandonment|trivial|"), or empty.
QString severityText(const Cell &cell)
{
    if (cell.severities.empty())
        return {};
    std::vector<PainSeverity> perLine = cell.severities;
    perLine.resize(std::max(perLine.size(), size_t(cellLines(cell.text).size())),
                   PainSeverity::None);
    return painSeveritiesKey(perLine);
}

} // namespace

ExportResult JourneyCsvFormat::write(const Workspace &workspace, const ExportOptions &options) const
{
    QList<QStringList> rows {header()};
    for (const Journey &journey : workspace.journeys) {
        if (options.journey && journey.id != options.journey)
            continue;
        QSet<QString> laneNames;
        for (const Lane &lane : journey.lanes) {
            const QString name = lane.name.trimmed();
            if (name.isEmpty())
                return {{},
                        tr("journey \"%1\" has a lane without a name; name it to export the "
                           "journey as CSV")
                            .arg(journey.name)};
            if (laneNames.contains(name))
                return {{},
                        tr("journey \"%1\" has two lanes named \"%2\"; rename one to export the "
                           "journey as CSV")
                            .arg(journey.name, name)};
            laneNames.insert(name);
        }
        // Names and values are text, protected from formulas; the other columns are numbers
        // and keys, written as they are (an emotion of -2 stays a number in a spreadsheet).
        const QString journeyName = Csv::protectText(journey.name);
        if (journey.stages.empty()) {
            if (journey.lanes.empty()) {
                QStringList row(header().size());
                row[JourneyColumn] = journeyName;
                rows << row;
            }
            for (const Lane &lane : journey.lanes) {
                QStringList row(header().size());
                row[JourneyColumn] = journeyName;
                row[LaneColumn] = Csv::protectText(lane.name);
                row[GroupColumn] = Csv::protectText(lane.group);
                rows << row;
            }
            continue;
        }
        for (size_t s = 0; s < journey.stages.size(); ++s) {
            const Stage &stage = journey.stages[s];
            const QString order = QString::number(s + 1);
            const QString duration
                = stage.duration ? formatDuration(*stage.duration, stage.durationUnit) : QString();
            const QString entering = stage.entering ? QString::number(*stage.entering) : QString();
            const QString assessment = assessmentKey(stage.assessment);
            const QString stageName = Csv::protectText(stage.name);
            for (size_t t = 0; t < stage.steps.size() && journey.lanes.empty(); ++t) {
                QStringList row(header().size());
                row[JourneyColumn] = journeyName;
                row[OrderColumn] = order;
                row[StageColumn] = stageName;
                row[AssessmentColumn] = assessment;
                row[DurationColumn] = duration;
                row[EnteringColumn] = entering;
                row[StepOrderColumn] = QString::number(t + 1);
                row[StepColumn] = Csv::protectText(stage.steps[t].name);
                rows << row;
            }
            for (size_t t = 0; t < stage.steps.size(); ++t) {
                const Step &step = stage.steps[t];
                for (const Lane &lane : journey.lanes) {
                    const Cell cell = step.cells.value(lane.id);
                    rows << QStringList {journeyName,
                                         order,
                                         stageName,
                                         Csv::protectText(lane.name),
                                         Csv::protectText(cell.text),
                                         assessment,
                                         cell.emotion ? formatNumber(*cell.emotion) : QString(),
                                         duration,
                                         entering,
                                         Csv::protectText(lane.group),
                                         cell.failurePoint ? u"yes"_s : QString(),
                                         Csv::protectText(cell.wait),
                                         Csv::protectText(arrowsText(journey, cell)),
                                         severityText(cell),
                                         QString::number(t + 1),
                                         Csv::protectText(step.name)};
                }
            }
        }
    }
    return {Csv::write(rows), {}};
}

} // namespace Parcours
