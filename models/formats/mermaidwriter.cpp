#include "formats/mermaidwriter.h"

#include "formats/mermaidformat.h"
#include "formats/mermaidsyntax.h"
#include "formats/workspacejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours::MermaidWriter {

using MermaidSyntax::journeyMetaPrefix;
using MermaidSyntax::stageMetaPrefix;

namespace {

const QString indent = u"    "_s;
const QString innerIndent = u"        "_s;

int scoreFromEmotion(std::optional<double> emotion)
{
    return emotion ? std::clamp(int(std::lround(*emotion + 3)), 1, 5) : 3;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject journeyMetaJson(const Journey &journey, const QString &personaName,
                            const QHash<Id, QString> &personaNames)
{
    QJsonObject o = WorkspaceJson::journeyToJson(journey);
    o.remove(u"stages"_s);
    o[u"persona"_s] = QJsonValue::Null; // the persona goes by name: ids are per workspace
    o[u"persona_name"_s] = personaName.isEmpty() ? QJsonValue(QJsonValue::Null) : personaName;
    // The curves' personas by name too, for the same reason.
    QMap<Id, QString> curvePersonas;
    for (const Stage &stage : journey.stages) {
        for (const Step &step : stage.steps) {
            for (const Cell &cell : step.cells) {
                for (auto it = cell.curves.cbegin(); it != cell.curves.cend(); ++it)
                    curvePersonas.insert(it.key(), personaNames.value(it.key()));
            }
        }
    }
    if (!curvePersonas.isEmpty()) {
        QJsonArray list;
        for (auto it = curvePersonas.cbegin(); it != curvePersonas.cend(); ++it)
            list.append(QJsonObject {{u"id"_s, double(it.key())}, {u"name"_s, it.value()}});
        o[u"curve_personas"_s] = list;
    }
    return o;
}

// A step's score: its emotion, else the mean of its curves, on Mermaid's 1…5.
int stepScore(const Step &step, Id scoreLane)
{
    const Cell cell = step.cells.value(scoreLane);
    if (cell.emotion || cell.curves.isEmpty())
        return scoreFromEmotion(cell.emotion);
    double sum = 0;
    for (const double value : cell.curves)
        sum += value;
    return scoreFromEmotion(sum / double(cell.curves.size()));
}

QString taskLine(const QString &name, int score, const QStringList &actors)
{
    QStringList escapedActors;
    for (const QString &actor : actors) {
        const QString escaped = MermaidFormat::escape(actor, MermaidFormat::NameKind::Actor);
        if (!escaped.trimmed().isEmpty())
            escapedActors << escaped;
    }
    QString line = MermaidFormat::escape(name, MermaidFormat::NameKind::Task) + u": "_s
        + QString::number(score);
    if (!escapedActors.isEmpty())
        line += u": "_s + escapedActors.join(u", "_s);
    return line;
}

} // namespace

TaskLanes taskLanesOf(const Journey &journey)
{
    TaskLanes lanes;
    for (const Lane &lane : journey.lanes) {
        if (lane.kind == LaneKind::Text
            && lane.name.trimmed().compare(u"customer actions", Qt::CaseInsensitive) == 0) {
            lanes.actions = lane.id;
            break;
        }
    }
    for (const Lane &lane : journey.lanes) {
        if (!lanes.actions && lane.kind == LaneKind::Text)
            lanes.actions = lane.id;
        if (!lanes.score && lane.kind == LaneKind::Emotion)
            lanes.score = lane.id;
        if (!lanes.actors && lane.kind == LaneKind::Chips
            && lane.name.trimmed().compare(actorsLaneName, Qt::CaseInsensitive) == 0)
            lanes.actors = lane.id;
    }
    return lanes;
}

bool isWrittenAsCellLines(const Stage &stage)
{
    return stage.steps.size() == 1 && stage.steps.front().id == stage.id
        && stage.steps.front().name.isEmpty();
}

std::vector<WrittenTask> writtenTasks(const Stage &stage, const TaskLanes &lanes,
                                      const QString &personaName)
{
    std::vector<WrittenTask> out;
    const QStringList journeyActors
        = personaName.trimmed().isEmpty() ? QStringList() : QStringList {personaName};
    if (!isWrittenAsCellLines(stage)) { // a task per step
        for (const Step &step : stage.steps) {
            const QStringList actors = lanes.actors
                ? step.cells.value(lanes.actors).text.split(u'\n', Qt::SkipEmptyParts)
                : journeyActors;
            const int score = stepScore(step, lanes.score);
            out.push_back({taskLine(step.name, score, actors), score});
        }
        return out;
    }
    if (!lanes.actions)
        return out;
    const int stageScore = scoreFromEmotion(stage.firstCells().value(lanes.score).emotion);
    const QStringList cellLines = stage.firstCells().value(lanes.actions).text.split(u'\n');
    for (const QString &line : cellLines) {
        if (line.trimmed().isEmpty())
            continue;
        const MermaidFormat::Task task = MermaidFormat::parseActionLine(line);
        const int score = task.score.value_or(stageScore);
        out.push_back(
            {taskLine(task.name, score, task.score ? task.actors : journeyActors), score});
    }
    return out;
}

// A stage's statement lines as written (without indentation): its section line, unless it is
// the unnamed first stage, and one task line per non-empty line of its customer-actions cell.
QStringList stageLines(const Stage &stage, size_t index, const TaskLanes &lanes,
                       const QString &personaName)
{
    QStringList out;
    if (index > 0 || !stage.name.isEmpty())
        out << u"section "_s + MermaidFormat::escape(stage.name, MermaidFormat::NameKind::Section);
    for (const WrittenTask &task : writtenTasks(stage, lanes, personaName))
        out << task.line;
    return out;
}

QString exportJourney(const Journey &journey, const QString &personaName,
                      const QHash<Id, QString> &personaNames)
{
    using Kind = MermaidFormat::NameKind;
    QStringList out {u"journey"_s};
    if (!journey.name.isEmpty())
        out << indent + u"title "_s + MermaidFormat::escape(journey.name, Kind::Title);
    if (!journey.description.isEmpty()) {
        const QString description = MermaidFormat::escape(journey.description, Kind::Description);
        if (description.contains(u'\n'))
            out << indent + u"accDescr {"_s << description << indent + u"}"_s;
        else
            out << indent + u"accDescr: "_s + description;
    }
    out << indent
            + u"%% Exported by Parcours: keep the \"%% parcours-\" lines to import the journey "
              "back without loss (other lanes, exact emotions, stage details)."_s;
    out << indent + journeyMetaPrefix
            + compactJson(journeyMetaJson(journey, personaName, personaNames));
    const TaskLanes lanes = taskLanesOf(journey);
    const QJsonArray stages = WorkspaceJson::journeyToJson(journey).value(u"stages"_s).toArray();
    for (size_t i = 0; i < journey.stages.size(); ++i) {
        QStringList lines = stageLines(journey.stages[i], i, lanes, personaName);
        const bool hasSection = i > 0 || !journey.stages[i].name.isEmpty();
        if (hasSection)
            out << indent + lines.takeFirst();
        const QString taskIndent = hasSection ? innerIndent : indent;
        out << taskIndent + stageMetaPrefix + compactJson(stages.at(qsizetype(i)).toObject());
        for (const QString &line : std::as_const(lines))
            out << taskIndent + line;
    }
    return out.join(u'\n') + u'\n';
}

} // namespace Parcours::MermaidWriter
