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
using MermaidWriter::isWrittenAsCellLines;
using MermaidWriter::stageLines;
using MermaidWriter::TaskLanes;
using MermaidWriter::taskLanesOf;

namespace {

// What Parcours wrote on the "%% parcours-journey" line, when it is there and readable.
struct JourneyMeta
{
    Journey journey; // without stages nor persona
    QJsonObject object; // the line's JSON, to read each stage's line against
    QString personaName;
    QHash<Id, QString> curvePersonas; // the curves' personas by exported id: their names
};

// An arrow as a "%% parcours-stage" line wrote it: from a step (by index) and lane of its
// stage, to a step (by exported id) and lane.
struct PendingArrow
{
    size_t step = 0;
    Id lane = 0;
    CellArrow to;
};

// A stage's arrows as its "%% parcours-stage" line wrote them, by the ids of the export: put
// back once every stage has its new id.
struct StageArrows
{
    Id exportedId = 0;
    std::vector<Id> exportedStepIds; // by step index
    bool untouched = false; // the stage is as exported: its steps are the exported ones
    int line = 0;
    std::vector<PendingArrow> arrows;
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

    Workspace build();

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
    Stage buildStage(size_t index, const JourneyMeta *meta, const TaskLanes &writtenLanes,
                     Journey &journey, TaskLanes &lanes, StageArrows *arrows);
    std::vector<Step> stepsOf(const ParsedStage &parsed, const Stage *metaStage, Journey &journey,
                              TaskLanes &lanes);
    void fillTaskCells(const ParsedTask &task, Journey &journey, TaskLanes &lanes, Step &step);
    void restoreArrows(const std::vector<StageArrows> &arrows, Journey &journey) const;
    void followCurvePersonas(Stage &stage, const JourneyMeta &meta);
    QStringList actorNames() const;
    void addPersonas(const JourneyMeta *meta);
    Id personaId(const QString &name);

    const ParsedDiagram &mDiagram;
    QString mFileName;
    QStringList &mWarnings;
    Workspace mFragment; // the personas, then the journey
    QHash<QString, Id> mPersonaIds; // by name
    bool mActorCurves = false; // the journey names several actors: each gets its curve
};

// A score on Mermaid's 1…5 for an emotion on −2…+2.
int scoreOf(double emotion)
{
    return std::clamp(int(std::lround(emotion + 3)), 1, 5);
}

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
    const QJsonArray curvePersonas = meta.object.take(u"curve_personas"_s).toArray();
    for (const QJsonValue persona : curvePersonas) {
        const QJsonObject p = persona.toObject();
        meta.curvePersonas.insert(Id(p.value(u"id"_s).toDouble()), p.value(u"name"_s).toString());
    }
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
    const auto takeArrows = [arrows](QJsonArray cells, size_t step) {
        for (QJsonValueRef cell : cells) {
            QJsonObject c = cell.toObject();
            const Id lane = Id(c.value(u"lane"_s).toDouble());
            const QJsonArray list = c.value(u"arrows"_s).toArray();
            for (const auto &arrow : list) {
                const QJsonObject a = arrow.toObject();
                const QString key = a.contains(u"step"_s) ? u"step"_s : u"stage"_s;
                const CellArrow to {Id(a.value(key).toDouble()), Id(a.value(u"lane"_s).toDouble())};
                if (lane && to.step && to.lane)
                    arrows->arrows.push_back({step, lane, to});
            }
            c.remove(u"arrows"_s);
            cell = c;
        }
        return cells;
    };
    if (stageObject.contains(u"cells"_s))
        stageObject[u"cells"_s] = takeArrows(stageObject.value(u"cells"_s).toArray(), 0);
    if (stageObject.contains(u"steps"_s)) {
        QJsonArray steps = stageObject.value(u"steps"_s).toArray();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QJsonObject step = steps.at(i).toObject();
            arrows->exportedStepIds.push_back(Id(step.value(u"id"_s).toDouble()));
            step[u"cells"_s] = takeArrows(step.value(u"cells"_s).toArray(), size_t(i));
            steps[i] = step;
        }
        stageObject[u"steps"_s] = steps;
    }
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
Stage JourneyBuilder::buildStage(size_t index, const JourneyMeta *meta,
                                 const TaskLanes &writtenLanes, Journey &journey, TaskLanes &lanes,
                                 StageArrows *arrows)
{
    const ParsedStage &parsed = mDiagram.stages[index];
    std::optional<Stage> metaStage = readStageMeta(parsed, meta, arrows);
    if (metaStage)
        followCurvePersonas(*metaStage, *meta);
    const QString metaPersona = meta ? meta->personaName : QString();
    if (metaStage
        && stageLines(*metaStage, index, writtenLanes, metaPersona) == parsed.statementLines) {
        arrows->untouched = true;
        return *metaStage; // untouched since Parcours wrote it
    }
    Stage stage = metaStage.value_or(Stage());
    if (metaStage) {
        warning(parsed.line,
                tr("section \"%1\" differs from what Parcours exported; its name "
                   "and tasks are imported as written")
                    .arg(excerpt(parsed.name)));
    }
    stage.id = newId();
    stage.name = parsed.name;
    stage.steps = stepsOf(parsed, metaStage ? &*metaStage : nullptr, journey, lanes);
    stage.steps.front().id = stage.id; // a stage's first step has the stage's id
    return stage;
}

// A step per task, named as the task, over the cells Parcours wrote for it when it is still
// there: a stage written as cell lines gives its cells (but the lines, now steps) to its first
// task; a stage of steps gives each step's cells to the task of the step's name.
std::vector<Step> JourneyBuilder::stepsOf(const ParsedStage &parsed, const Stage *metaStage,
                                          Journey &journey, TaskLanes &lanes)
{
    const bool fromCellLines = metaStage && isWrittenAsCellLines(*metaStage);
    QHash<QString, std::pair<std::vector<const Step *>, size_t>> unusedByName; // next unused
    if (metaStage && !fromCellLines) {
        for (const Step &step : metaStage->steps)
            unusedByName[step.name].first.push_back(&step);
    }
    std::vector<Step> steps;
    for (size_t t = 0; t < parsed.tasks.size(); ++t) {
        const ParsedTask &task = parsed.tasks[t];
        Step step;
        step.id = newId();
        step.name = task.name;
        if (fromCellLines && t == 0) {
            step.cells = metaStage->firstCells();
            step.cells.remove(lanes.actions);
        } else if (const auto found = unusedByName.find(task.name);
                   found != unusedByName.end() && found->second < found->first.size()) {
            step.cells = found->first[found->second++]->cells;
        }
        fillTaskCells(task, journey, lanes, step);
        steps.push_back(std::move(step));
    }
    if (steps.empty()) { // a section without tasks: one step without a name
        steps.emplace_back();
        if (metaStage) {
            steps.front().cells = metaStage->firstCells();
            steps.front().cells.remove(lanes.actors);
            if (fromCellLines)
                steps.front().cells.remove(lanes.actions);
        }
    }
    return steps;
}

// A task's score as its step's emotion (score − 3), its actors as the step's actors chips and,
// where the journey names several actors, as a point of each actor's curve. An emotion or a
// point Parcours wrote stays exact while it still gives the task's score.
void JourneyBuilder::fillTaskCells(const ParsedTask &task, Journey &journey, TaskLanes &lanes,
                                   Step &step)
{
    if (!lanes.score) {
        journey.lanes.emplace_back(newId(), u"Emotion"_s, LaneKind::Emotion, true);
        lanes.score = journey.lanes.back().id;
    }
    const double emotion = task.score - 3;
    Cell &cell = step.cells[lanes.score];
    if (!cell.emotion || scoreOf(*cell.emotion) != task.score)
        cell.emotion = emotion;
    QMap<Id, double> curves;
    if (mActorCurves) {
        for (const QString &actor : task.actors) {
            const Id persona = personaId(actor);
            const auto was = cell.curves.constFind(persona);
            curves.insert(
                persona, was != cell.curves.cend() && scoreOf(*was) == task.score ? *was : emotion);
        }
    }
    cell.curves = curves;
    if (!task.actors.isEmpty() && !lanes.actors) {
        journey.lanes.emplace_back(newId(), MermaidWriter::actorsLaneName, LaneKind::Chips, true);
        lanes.actors = journey.lanes.back().id;
    }
    if (lanes.actors) {
        QStringList chips = task.actors;
        chips.replaceInStrings(u"\n"_s, u" "_s); // one chip per line
        if (chips.isEmpty())
            step.cells.remove(lanes.actors);
        else
            step.cells[lanes.actors].text = chips.join(u'\n');
    }
}

// The arrows the "%% parcours-stage" lines wrote, between the steps and lanes still there, to
// the same stage or a neighbouring one; the others are left out with a warning. A section
// edited since keeps the arrows of its first step only: its steps are new.
void JourneyBuilder::restoreArrows(const std::vector<StageArrows> &arrows, Journey &journey) const
{
    QHash<Id, std::pair<int, Id>> stepOf; // by exported step (or stage) id: stage index, step
    for (size_t k = 0; k < arrows.size(); ++k) {
        const std::vector<Step> &steps = journey.stages[k].steps;
        if (arrows[k].exportedId)
            stepOf.insert(arrows[k].exportedId, {int(k), steps.front().id});
        for (size_t i = 0;
             arrows[k].untouched && i < arrows[k].exportedStepIds.size() && i < steps.size(); ++i)
            stepOf.insert(arrows[k].exportedStepIds[i], {int(k), steps[i].id});
    }
    for (size_t k = 0; k < arrows.size(); ++k) {
        int leftOut = 0;
        std::vector<Step> &steps = journey.stages[k].steps;
        for (const PendingArrow &pending : arrows[k].arrows) {
            const auto target = stepOf.constFind(pending.to.step);
            if ((!arrows[k].untouched && pending.step != 0) || pending.step >= steps.size()
                || target == stepOf.cend() || std::abs(target->first - int(k)) > 1
                || indexOfId(journey.lanes, pending.lane) < 0
                || indexOfId(journey.lanes, pending.to.lane) < 0
                || (target->second == steps[pending.step].id && pending.lane == pending.to.lane)) {
                ++leftOut;
                continue;
            }
            const CellArrow arrow {target->second, pending.to.lane};
            std::vector<CellArrow> &list = steps[pending.step].cells[pending.lane].arrows;
            if (std::find(list.begin(), list.end(), arrow) == list.end())
                list.push_back(arrow);
        }
        if (leftOut > 0)
            warning(arrows[k].line,
                    tr("arrows to a stage or lane no longer in the diagram are left out (%1)")
                        .arg(leftOut));
    }
}

// The curves a "%% parcours-stage" line wrote, keyed by the personas of this import: the
// export named them (ids are per workspace).
void JourneyBuilder::followCurvePersonas(Stage &stage, const JourneyMeta &meta)
{
    for (Step &step : stage.steps) {
        for (Cell &cell : step.cells) {
            QMap<Id, double> curves;
            for (auto it = cell.curves.cbegin(); it != cell.curves.cend(); ++it) {
                const QString name = meta.curvePersonas.value(it.key()).trimmed();
                if (!name.isEmpty())
                    curves.insert(personaId(name), it.value());
            }
            cell.curves = curves;
        }
    }
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
void JourneyBuilder::addPersonas(const JourneyMeta *meta)
{
    QStringList names = actorNames();
    mActorCurves = names.size() >= 2;
    const QString journeyPersona = meta ? meta->personaName.trimmed() : QString();
    if (!journeyPersona.isEmpty()) {
        names.removeOne(journeyPersona);
        names.prepend(journeyPersona);
    }
    for (const QString &name : std::as_const(names))
        personaId(name);
}

// The persona of that name, made when there is none yet.
Id JourneyBuilder::personaId(const QString &name)
{
    if (const auto found = mPersonaIds.constFind(name); found != mPersonaIds.cend())
        return *found;
    Persona persona;
    persona.id = newId();
    persona.name = name;
    persona.color = defaultPersonaColor(int(mFragment.personas.size()));
    mFragment.personas.push_back(persona);
    mPersonaIds.insert(name, persona.id);
    return persona.id;
}

Workspace JourneyBuilder::build()
{
    // The exact journey Parcours wrote, when the comments are there and readable.
    const std::optional<JourneyMeta> meta = readJourneyMeta();
    const JourneyMeta *journeyMeta = meta ? &*meta : nullptr;
    Journey journey = journeyWithoutStages(journeyMeta);
    addPersonas(journeyMeta);
    const bool hasJourneyPersona = !mFragment.personas.empty();
    const TaskLanes writtenLanes = taskLanesOf(journey);
    TaskLanes lanes = writtenLanes;
    std::vector<StageArrows> arrows(mDiagram.stages.size());
    for (size_t k = 0; k < mDiagram.stages.size(); ++k) {
        Stage stage = buildStage(k, journeyMeta, writtenLanes, journey, lanes, &arrows[k]);
        journey.stages.push_back(std::move(stage));
    }
    restoreArrows(arrows, journey);
    // The first actor is the journey's persona, unless Parcours wrote that it had none.
    if (hasJourneyPersona && (!meta || !meta->personaName.trimmed().isEmpty()))
        journey.personaId = mFragment.personas.front().id;
    mFragment.journeys.push_back(journey);
    return mFragment;
}

} // namespace

Workspace buildJourney(const ParsedDiagram &diagram, const QString &fileName, QStringList &warnings)
{
    return JourneyBuilder(diagram, fileName, warnings).build();
}

} // namespace Parcours::MermaidDiagram
