#include "domain/painseverity.h"
#include "formats/mermaiddiagram.h"

#include "formats/mermaidformat.h"
#include "formats/mermaidsyntax.h"
#include "formats/mermaidwriter.h"
#include "formats/workspacejson.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours::MermaidDiagram {

using MermaidSyntax::excerpt;
using MermaidSyntax::readDescription;
using MermaidWriter::stageLines;
using MermaidWriter::TaskLanes;
using MermaidWriter::taskLanesOf;
using MermaidWriter::WrittenTask;
using MermaidWriter::writtenTasks;

namespace {

// What Parcours wrote on the "%% parcours-journey" line, when it is there and readable.
struct JourneyMeta
{
    Journey journey; // without stages nor persona
    QJsonObject object; // the line's JSON, to read each stage's line against
    QString personaName;
};

// A stage's arrows as its "%% parcours-stage" line wrote them, by the ids of the export: put
// back once every stage has its new id.
struct StageArrows
{
    Id exportedId = 0;
    int line = 0;
    std::vector<std::pair<Id, CellArrow>> arrows; // from lane, to (exported stage id, lane)
};

// Builds the journey in named steps. Its messages are MermaidFormat's (the context lupdate
// files them under, and the one looked up).
class JourneyBuilder
{
    Q_DECLARE_TR_FUNCTIONS(MermaidFormat)

public:
    JourneyBuilder(const ParsedDiagram &diagram, const QString &fileName, QStringList &warnings)
        : mDiagram(diagram)
        , mFileName(fileName)
        , mWarnings(warnings)
    { }

    Workspace build() const;

private:
    void warning(int line, const QString &message) const
    {
        mWarnings << u"%1:%2: warning: %3"_s.arg(mFileName).arg(line).arg(message);
    }
    void unreadableMeta(int line, const QString &why) const;
    std::optional<JourneyMeta> readJourneyMeta() const;
    Journey journeyWithoutStages(const JourneyMeta *meta) const;
    std::optional<Stage> readStageMeta(const ParsedStage &parsed, const JourneyMeta *meta,
                                       StageArrows *arrows) const;
    Stage buildStage(size_t index, const JourneyMeta *meta, Journey &journey, TaskLanes &lanes,
                     StageArrows *arrows) const;
    void restoreArrows(const std::vector<StageArrows> &arrows, Journey &journey) const;
    static void fillTaskCells(const ParsedStage &parsed, const std::optional<Stage> &metaStage,
                              const QString &metaPersona, Journey &journey, TaskLanes &lanes,
                              Stage &stage);
    QStringList actorNames() const;
    Workspace personasOf(const JourneyMeta *meta) const;

    const ParsedDiagram &mDiagram;
    QString mFileName;
    QStringList &mWarnings;
};

void JourneyBuilder::unreadableMeta(int line, const QString &why) const
{
    warning(line,
            tr("the Parcours details on this line cannot be read (%1); imported from "
               "the Mermaid text only")
                .arg(why));
}

std::optional<JourneyMeta> JourneyBuilder::readJourneyMeta() const
{
    if (mDiagram.journeyMeta.isEmpty())
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(mDiagram.journeyMeta.toUtf8(), &parseError);
    if (!doc.isObject()) {
        unreadableMeta(mDiagram.journeyMetaLine,
                       parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                    : tr("not a JSON object"));
        return std::nullopt;
    }
    JourneyMeta meta;
    meta.object = doc.object();
    meta.personaName = meta.object.value(u"persona_name"_s).toString();
    meta.object[u"persona"_s] = QJsonValue::Null;
    meta.object[u"stages"_s] = QJsonArray();
    WorkspaceJson::JourneyResult read
        = WorkspaceJson::journeyFromJson(meta.object, u"parcours-journey"_s);
    if (!read.journey) {
        unreadableMeta(mDiagram.journeyMetaLine, read.error);
        return std::nullopt;
    }
    meta.journey = std::move(*read.journey);
    return meta;
}

// The journey's lanes, name and description: what Parcours wrote when the Mermaid text
// still says the same, else what the Mermaid text says.
Journey JourneyBuilder::journeyWithoutStages(const JourneyMeta *meta) const
{
    Journey journey;
    journey.id = newId();
    if (meta) {
        journey.lanes = meta->journey.lanes;
        journey.renewal = meta->journey.renewal;
    } else {
        journey.lanes = {{newId(), u"Customer actions"_s, LaneKind::Text, true},
                         {newId(), u"Emotion"_s, LaneKind::Emotion, true}};
    }
    const auto titleAsRead = [](const QString &name) {
        return MermaidFormat::decode(MermaidFormat::escape(name, MermaidFormat::NameKind::Title))
            .trimmed();
    };
    // The name Parcours wrote wins over the title when they agree, and over nothing at all.
    const QString *metaName = meta ? &meta->journey.name : nullptr;
    if (metaName
        && (metaName->isEmpty() ? !mDiagram.title
                                : mDiagram.title && titleAsRead(*metaName) == *mDiagram.title))
        journey.name = *metaName; // NOLINT(bugprone-branch-clone): the same name, two priorities
    else if (mDiagram.title)
        journey.name = *mDiagram.title;
    else if (!mDiagram.frontMatterTitle.isEmpty())
        journey.name = mDiagram.frontMatterTitle;
    else if (!mDiagram.accTitle.isEmpty())
        journey.name = mDiagram.accTitle;
    else if (metaName)
        journey.name = *metaName;
    else
        journey.name = QFileInfo(mFileName).completeBaseName();
    if (journey.name.isEmpty() && !meta)
        journey.name = tr("Imported journey");
    const auto descriptionAsRead = [](const QString &text) {
        return readDescription(MermaidFormat::escape(text, MermaidFormat::NameKind::Description));
    };
    const QString *metaDescription = meta ? &meta->journey.description : nullptr;
    if (metaDescription
        && (metaDescription->isEmpty() ? !mDiagram.description
                                       : mDiagram.description
                    && descriptionAsRead(*metaDescription) == *mDiagram.description))
        journey.description = *metaDescription;
    else
        journey.description = mDiagram.description.value_or(QString());
    return journey;
}

// The stage Parcours wrote on the section's "%% parcours-stage" line, when it is readable.
std::optional<Stage> JourneyBuilder::readStageMeta(const ParsedStage &parsed,
                                                   const JourneyMeta *meta,
                                                   StageArrows *arrows) const
{
    if (parsed.meta.isEmpty())
        return std::nullopt;
    if (!meta) {
        warning(parsed.metaLine,
                tr("a \"%% parcours-stage\" line needs the \"%% "
                   "parcours-journey\" line; ignored"));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(parsed.meta.toUtf8(), &parseError);
    if (!doc.isObject()) {
        unreadableMeta(parsed.metaLine,
                       parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                    : tr("not a JSON object"));
        return std::nullopt;
    }
    // Arrows name stages by id, and each imported stage gets a new one: read apart, and put
    // back once every stage is read (restoreArrows()).
    QJsonObject stageObject = doc.object();
    arrows->exportedId = Id(stageObject.value(u"id"_s).toDouble());
    arrows->line = parsed.metaLine;
    QJsonArray cells = stageObject.value(u"cells"_s).toArray();
    for (QJsonValueRef cell : cells) {
        QJsonObject c = cell.toObject();
        const Id lane = Id(c.value(u"lane"_s).toDouble());
        const QJsonArray list = c.value(u"arrows"_s).toArray();
        for (const auto &arrow : list) {
            const QJsonObject a = arrow.toObject();
            const CellArrow to {Id(a.value(u"stage"_s).toDouble()),
                                Id(a.value(u"lane"_s).toDouble())};
            if (lane && to.step && to.lane)
                arrows->arrows.emplace_back(lane, to);
        }
        c.remove(u"arrows"_s);
        cell = c;
    }
    if (stageObject.contains(u"cells"_s))
        stageObject[u"cells"_s] = cells;
    QJsonObject object = meta->object;
    object[u"stages"_s] = QJsonArray {stageObject};
    WorkspaceJson::JourneyResult read = WorkspaceJson::journeyFromJson(object, u"parcours-stage"_s);
    if (!read.journey) {
        unreadableMeta(parsed.metaLine, read.error);
        return std::nullopt;
    }
    return read.journey->stages.front();
}

// Section `index`: as Parcours wrote it when untouched since, else its name and tasks as
// written over the other details Parcours wrote.
Stage JourneyBuilder::buildStage(size_t index, const JourneyMeta *meta, Journey &journey,
                                 TaskLanes &lanes, StageArrows *arrows) const
{
    const ParsedStage &parsed = mDiagram.stages[index];
    const std::optional<Stage> metaStage = readStageMeta(parsed, meta, arrows);
    const QString metaPersona = meta ? meta->personaName : QString();
    if (metaStage && stageLines(*metaStage, index, lanes, metaPersona) == parsed.statementLines)
        return *metaStage; // untouched since Parcours wrote it
    Stage stage = metaStage.value_or(Stage());
    if (metaStage) {
        warning(parsed.line,
                tr("section \"%1\" differs from what Parcours exported; its name "
                   "and tasks are imported as written")
                    .arg(excerpt(parsed.name)));
    }
    stage.id = newId();
    stage.withOneStep(stage.firstCells());
    stage.name = parsed.name;
    if (!parsed.tasks.empty() || metaStage)
        fillTaskCells(parsed, metaStage, metaPersona, journey, lanes, stage);
    return stage;
}

// The arrows the "%% parcours-stage" lines wrote, between the stages and lanes still there, to
// the same stage or a neighbouring one; the others are left out with a warning.
void JourneyBuilder::restoreArrows(const std::vector<StageArrows> &arrows, Journey &journey) const
{
    QHash<Id, int> stageIndex; // by exported id
    for (size_t k = 0; k < arrows.size(); ++k) {
        if (arrows[k].exportedId)
            stageIndex.insert(arrows[k].exportedId, int(k));
    }
    for (size_t k = 0; k < arrows.size(); ++k) {
        int leftOut = 0;
        for (const auto &[lane, to] : arrows[k].arrows) {
            const int target = stageIndex.value(to.step, -1);
            if (target < 0 || std::abs(target - int(k)) > 1 || indexOfId(journey.lanes, lane) < 0
                || indexOfId(journey.lanes, to.lane) < 0 || (target == int(k) && lane == to.lane)) {
                ++leftOut;
                continue;
            }
            const CellArrow arrow {journey.stages[size_t(target)].steps.front().id, to.lane};
            std::vector<CellArrow> &list = journey.stages[k].firstCells()[lane].arrows;
            if (std::find(list.begin(), list.end(), arrow) == list.end())
                list.push_back(arrow);
        }
        if (leftOut > 0)
            warning(arrows[k].line,
                    tr("arrows to a stage or lane no longer in the diagram are left out (%1)")
                        .arg(leftOut));
    }
}

// The customer-actions cell (one line per task) and the emotion (the mean score) of a stage.
void JourneyBuilder::fillTaskCells(const ParsedStage &parsed, const std::optional<Stage> &metaStage,
                                   const QString &metaPersona, Journey &journey, TaskLanes &lanes,
                                   Stage &stage)
{
    if (!lanes.actions) {
        journey.lanes.emplace_back(newId(), u"Customer actions"_s, LaneKind::Text, true);
        lanes.actions = journey.lanes.back().id;
    }
    // A task line left as Parcours wrote it keeps its cell line as it was (a line without a
    // score stays without one); the others are written with their score. The written lines
    // are matched in order, each once, through a hash: linear in the number of tasks.
    std::vector<WrittenTask> written;
    if (metaStage)
        written = writtenTasks(*metaStage, lanes, metaPersona);
    QHash<QString, std::pair<std::vector<size_t>, size_t>> unusedByLine; // indexes, next unused
    for (size_t w = 0; w < written.size(); ++w)
        unusedByLine[written[w].line].first.push_back(w);
    bool sameScores = metaStage && written.size() == parsed.tasks.size();
    QStringList cellLines;
    double sum = 0;
    for (size_t t = 0; t < parsed.tasks.size(); ++t) {
        const ParsedTask &task = parsed.tasks[t];
        const auto found = unusedByLine.find(task.text);
        if (found != unusedByLine.end() && found->second < found->first.size())
            cellLines << written[found->first[found->second++]].cellLine;
        else
            cellLines << MermaidFormat::actionLine({task.name, task.score, task.actors});
        sum += task.score;
        sameScores = sameScores && written[t].score == task.score;
    }
    Cell actions = stage.firstCells().value(lanes.actions);
    const QString text = cellLines.join(u'\n');
    // Pain-point severities kept in the %% lines follow the lines the tasks now say.
    actions.severities = realignSeverities(actions.text, text, actions.severities);
    actions.text = text;
    stage.firstCells().remove(lanes.actions);
    if (!actions.isEmpty())
        stage.firstCells().insert(lanes.actions, actions);
    if (parsed.tasks.empty())
        return;
    if (!lanes.score) {
        journey.lanes.emplace_back(newId(), u"Emotion"_s, LaneKind::Emotion, true);
        lanes.score = journey.lanes.back().id;
    }
    // The scores as exported: the stage keeps its exact emotion. Else the mean score, to two
    // decimals (4, 4 and 3 give +0.67, not +0.666…).
    std::optional<double> &emotion = stage.firstCells()[lanes.score].emotion;
    if (!sameScores || !emotion)
        emotion = std::round((sum / double(parsed.tasks.size()) - 3) * 100) / 100;
}

// Every actor once, in the order they first appear.
QStringList JourneyBuilder::actorNames() const
{
    QStringList names;
    QSet<QString> seen;
    for (const ParsedStage &stage : mDiagram.stages) {
        for (const ParsedTask &task : stage.tasks) {
            for (const QString &actor : task.actors) {
                if (!seen.contains(actor)) {
                    seen.insert(actor);
                    names << actor;
                }
            }
        }
    }
    return names;
}

// Actors are personas; the journey's persona, first, is the one Parcours wrote if any.
Workspace JourneyBuilder::personasOf(const JourneyMeta *meta) const
{
    QStringList names = actorNames();
    const QString journeyPersona = meta ? meta->personaName.trimmed() : QString();
    if (!journeyPersona.isEmpty()) {
        names.removeOne(journeyPersona);
        names.prepend(journeyPersona);
    }
    Workspace fragment;
    for (const QString &name : std::as_const(names)) {
        Persona persona;
        persona.id = newId();
        persona.name = name;
        persona.color = defaultPersonaColor(int(fragment.personas.size()));
        fragment.personas.push_back(persona);
    }
    return fragment;
}

Workspace JourneyBuilder::build() const
{
    // The exact journey Parcours wrote, when the comments are there and readable.
    const std::optional<JourneyMeta> meta = readJourneyMeta();
    const JourneyMeta *journeyMeta = meta ? &*meta : nullptr;
    Journey journey = journeyWithoutStages(journeyMeta);
    TaskLanes lanes = taskLanesOf(journey);
    std::vector<StageArrows> arrows(mDiagram.stages.size());
    for (size_t k = 0; k < mDiagram.stages.size(); ++k) {
        Stage stage = buildStage(k, journeyMeta, journey, lanes, &arrows[k]);
        journey.stages.push_back(std::move(stage));
    }
    restoreArrows(arrows, journey);
    Workspace fragment = personasOf(journeyMeta);
    // The first actor is the journey's persona, unless Parcours wrote that it had none.
    if (!fragment.personas.empty() && (!meta || !meta->personaName.trimmed().isEmpty()))
        journey.personaId = fragment.personas.front().id;
    fragment.journeys.push_back(journey);
    return fragment;
}

} // namespace

Workspace buildJourney(const ParsedDiagram &diagram, const QString &fileName, QStringList &warnings)
{
    return JourneyBuilder(diagram, fileName, warnings).build();
}

} // namespace Parcours::MermaidDiagram
