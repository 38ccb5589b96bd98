#include "document/editssteps.h"

#include "document/commands.h"
#include "document/editscomments.h"
#include "document/opportunitylinkretarget.h"
#include "domain/painseverity.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parcours::Edit {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::Edit", text);
}

// One undo step that makes the journey's stages `target`: the stages that differ are taken out
// and put back changed (a stage carries its steps and their cells), in one transaction.
// `retargets`: comment threads (issue 23) and opportunity links that follow merged content to
// where it went.
using Retargets = std::vector<std::pair<CommentTarget, CommentTarget>>;

bool replaceStages(WorkspaceDocument &doc, const QString &text, Id journeyId,
                   const std::vector<Stage> &target, const Retargets &retargets = {})
{
    const Journey *journey = doc.workspace().journey(journeyId);
    if (!journey || !doc.acceptsEdits())
        return false;
    const std::vector<Stage> &current = journey->stages;
    auto *parent = new Commands::WorkspaceCommand(doc, text);
    // Out: from the last, so that the indexes of those before stay right.
    for (size_t i = current.size(); i-- > 0;) {
        const Stage *kept = nullptr;
        for (const Stage &s : target)
            kept = s.id == current[i].id ? &s : kept;
        if (!kept || *kept != current[i])
            new Commands::RemoveEntity(doc, text, EntityRef::stage(journeyId, current[i].id),
                                       parent);
    }
    // In: in order, each at its final index.
    for (size_t i = 0; i < target.size(); ++i) {
        const int at = indexOfId(current, target[i].id);
        if (at < 0 || current[size_t(at)] != target[i])
            new Commands::InsertEntity(doc, text, EntityRef::stage(journeyId, target[i].id), int(i),
                                       target[i], parent);
    }
    if (parent->childCount() == 0) {
        delete parent;
        return false;
    }
    for (const auto &[from, to] : retargets)
        retargetCommentThreads(doc, from, to, text, parent);
    retargetOpportunityLinks(doc, retargets, text, parent); // opportunities follow too
    doc.undoStack()->push(parent);
    return true;
}

struct StepPlace
{
    std::vector<Stage> stages; // a copy to change
    int stage = -1;
    int step = -1;
};

std::optional<StepPlace> placeOf(const WorkspaceDocument &doc, Id journeyId, Id stepId)
{
    const Journey *journey = doc.workspace().journey(journeyId);
    if (!journey)
        return std::nullopt;
    const int stage = stageIndexOfStep(*journey, stepId);
    if (stage < 0)
        return std::nullopt;
    const auto &steps = journey->stages[size_t(stage)].steps;
    const int step = int(
        std::find_if(steps.begin(), steps.end(), [stepId](const Step &s) { return s.id == stepId; })
        - steps.begin());
    return StepPlace {journey->stages, stage, step};
}

// Arrows to `from` point at `to` instead, in every cell of the journey (none to its own cell).
void redirectArrows(std::vector<Stage> &stages, Id from, Id to)
{
    for (Stage &stage : stages) {
        for (Step &step : stage.steps) {
            for (auto it = step.cells.begin(); it != step.cells.end(); ++it) {
                const CellArrow self {step.id, it.key()};
                std::vector<CellArrow> arrows;
                for (CellArrow arrow : it->arrows) {
                    if (arrow.step == from)
                        arrow.step = to;
                    if (arrow != self
                        && std::find(arrows.begin(), arrows.end(), arrow) == arrows.end())
                        arrows.push_back(arrow);
                }
                it->arrows = std::move(arrows);
            }
        }
    }
}

// `into` followed by `other`: texts line after line, the mean of the emotions set (each
// persona's curve too).
Cell mergedCell(const Cell &into, const Cell &other)
{
    if (into.isEmpty())
        return other;
    if (other.isEmpty())
        return into;
    Cell cell = into;
    if (!other.text.isEmpty()) {
        std::vector<PainSeverity> severities = into.severities;
        severities.resize(size_t(into.text.isEmpty() ? 0 : cellLines(into.text).size()),
                          PainSeverity::None);
        severities.insert(severities.end(), other.severities.begin(), other.severities.end());
        while (!severities.empty() && severities.back() == PainSeverity::None)
            severities.pop_back();
        cell.text = into.text.isEmpty() ? other.text : into.text + u'\n' + other.text;
        cell.severities = std::move(severities);
    }
    if (into.emotion && other.emotion)
        cell.emotion = (*into.emotion + *other.emotion) / 2;
    else if (other.emotion)
        cell.emotion = other.emotion;
    for (auto it = other.curves.cbegin(); it != other.curves.cend(); ++it) { // each curve alike
        const auto kept = into.curves.constFind(it.key());
        cell.curves.insert(it.key(),
                           kept == into.curves.cend() ? it.value() : (*kept + it.value()) / 2);
    }
    cell.failurePoint = into.failurePoint || other.failurePoint;
    if (!other.wait.isEmpty())
        cell.wait = into.wait.isEmpty() ? other.wait : into.wait + u"; "_s + other.wait;
    for (const CellArrow &arrow : other.arrows) {
        if (std::find(cell.arrows.begin(), cell.arrows.end(), arrow) == cell.arrows.end())
            cell.arrows.push_back(arrow);
    }
    return cell;
}

} // namespace

Id addStep(WorkspaceDocument &doc, Id journeyId, Id stageId, int index, const QString &name)
{
    const Journey *journey = doc.workspace().journey(journeyId);
    const int at = journey ? indexOfId(journey->stages, stageId) : -1;
    if (at < 0)
        return 0;
    std::vector<Stage> stages = journey->stages;
    auto &steps = stages[size_t(at)].steps;
    const Id id = newId();
    const auto where = index < 0 || index > int(steps.size()) ? steps.size() : size_t(index);
    steps.insert(steps.begin() + qsizetype(where), Step {id, name, {}});
    return replaceStages(doc, tr("Add Step"), journeyId, stages) ? id : 0;
}

bool renameStep(WorkspaceDocument &doc, Id journeyId, Id stepId, const QString &name)
{
    std::optional<StepPlace> p = placeOf(doc, journeyId, stepId);
    if (!p)
        return false;
    p->stages[size_t(p->stage)].steps[size_t(p->step)].name = name;
    return replaceStages(doc, tr("Rename Step"), journeyId, p->stages);
}

bool moveStep(WorkspaceDocument &doc, Id journeyId, Id stepId, int toIndex)
{
    std::optional<StepPlace> p = placeOf(doc, journeyId, stepId);
    if (!p)
        return false;
    auto &steps = p->stages[size_t(p->stage)].steps;
    if (toIndex < 0 || toIndex >= int(steps.size()) || toIndex == p->step)
        return false;
    Step moved = std::move(steps[size_t(p->step)]);
    steps.erase(steps.begin() + p->step);
    steps.insert(steps.begin() + toIndex, std::move(moved));
    return replaceStages(doc, tr("Move Step"), journeyId, p->stages);
}

bool moveStepToNeighbour(WorkspaceDocument &doc, Id journeyId, Id stepId, bool toNext)
{
    std::optional<StepPlace> p = placeOf(doc, journeyId, stepId);
    if (!p)
        return false;
    const int other = p->stage + (toNext ? 1 : -1);
    auto &from = p->stages[size_t(p->stage)].steps;
    if (other < 0 || other >= int(p->stages.size()) || from.size() < 2)
        return false; // no such neighbour, or the stage would be left without steps
    Step moved = std::move(from[size_t(p->step)]);
    from.erase(from.begin() + p->step);
    auto &to = p->stages[size_t(other)].steps;
    to.insert(toNext ? to.begin() : to.end(), std::move(moved));
    return replaceStages(doc,
                         toNext ? tr("Move Step to Next Stage") : tr("Move Step to Previous Stage"),
                         journeyId, p->stages);
}

Id splitStage(WorkspaceDocument &doc, Id journeyId, Id stepId)
{
    std::optional<StepPlace> p = placeOf(doc, journeyId, stepId);
    if (!p || p->step == 0)
        return 0; // splitting before the first step would leave a stage without steps
    Stage &stage = p->stages[size_t(p->stage)];
    Stage second;
    second.id = newId();
    second.durationUnit = stage.durationUnit;
    second.steps.assign(std::make_move_iterator(stage.steps.begin() + p->step),
                        std::make_move_iterator(stage.steps.end()));
    stage.steps.erase(stage.steps.begin() + p->step, stage.steps.end());
    second.name = second.steps.front().name.isEmpty() ? tr("%1 (2)").arg(stage.name)
                                                      : second.steps.front().name;
    p->stages.insert(p->stages.begin() + p->stage + 1, std::move(second));
    const Id id = p->stages[size_t(p->stage) + 1].id;
    return replaceStages(doc, tr("Split Stage"), journeyId, p->stages) ? id : 0;
}

bool mergeStageIntoPrevious(WorkspaceDocument &doc, Id journeyId, Id stageId)
{
    const Journey *journey = doc.workspace().journey(journeyId);
    const int at = journey ? indexOfId(journey->stages, stageId) : -1;
    if (at < 1)
        return false;
    std::vector<Stage> stages = journey->stages;
    auto &into = stages[size_t(at - 1)].steps;
    auto &from = stages[size_t(at)].steps;
    into.insert(into.end(), std::make_move_iterator(from.begin()),
                std::make_move_iterator(from.end()));
    const Id kept = stages[size_t(at - 1)].id;
    stages.erase(stages.begin() + at);
    return replaceStages(
        doc, tr("Merge Stages"), journeyId, stages,
        {{CommentTarget::stage(journeyId, stageId), CommentTarget::stage(journeyId, kept)}});
}

bool mergeStepIntoPrevious(WorkspaceDocument &doc, Id journeyId, Id stepId)
{
    std::optional<StepPlace> p = placeOf(doc, journeyId, stepId);
    if (!p || p->step == 0)
        return false;
    auto &steps = p->stages[size_t(p->stage)].steps;
    Step &into = steps[size_t(p->step - 1)];
    const Step &other = steps[size_t(p->step)];
    QHash<Id, Cell> cells = into.cells;
    for (auto it = other.cells.cbegin(); it != other.cells.cend(); ++it)
        cells.insert(it.key(), mergedCell(into.cells.value(it.key()), it.value()));
    into.cells = std::move(cells);
    const Id kept = into.id;
    steps.erase(steps.begin() + p->step);
    redirectArrows(p->stages, stepId, kept);
    Retargets retargets {
        {CommentTarget::step(journeyId, stepId), CommentTarget::step(journeyId, kept)}};
    for (const Lane &lane : doc.workspace().journey(journeyId)->lanes) {
        retargets.emplace_back(CommentTarget::cell(journeyId, stepId, lane.id),
                               CommentTarget::cell(journeyId, kept, lane.id));
    }
    return replaceStages(doc, tr("Merge Steps"), journeyId, p->stages, retargets);
}

} // namespace Parcours::Edit
