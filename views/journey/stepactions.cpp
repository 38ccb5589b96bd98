#include "journey/stepactions.h"

#include "document/editssteps.h"
#include "journey/journeycanvas.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// The current step: a cell's column, or a stage header's first step; and where it is.
struct CurrentStep
{
    const Journey *journey = nullptr;
    const Stage *stage = nullptr;
    const Step *step = nullptr;
    int stageIndex = -1;
    int stepIndex = -1;

    bool isValid() const { return step != nullptr; }
};

CurrentStep currentStep(const JourneyCanvas *canvas)
{
    CurrentStep c;
    const JourneyLayout *layout = canvas->journeyLayout();
    c.journey = layout ? layout->journey() : nullptr;
    const Id stageId = canvas->currentStageId();
    if (!c.journey || !stageId)
        return c;
    c.stageIndex = indexOfId(c.journey->stages, stageId);
    if (c.stageIndex < 0)
        return c;
    c.stage = &c.journey->stages[size_t(c.stageIndex)];
    const Id stepId = canvas->currentLane() ? canvas->currentStage() : c.stage->steps.front().id;
    for (size_t i = 0; i < c.stage->steps.size(); ++i) {
        if (c.stage->steps[i].id == stepId) {
            c.step = &c.stage->steps[i];
            c.stepIndex = int(i);
        }
    }
    return c;
}

// After an edit, back on `step` (the stage edits move the canvas to the changed stage's header),
// in the lane it was in, or the first.
void showStep(JourneyCanvas *canvas, Id step, Id lane)
{
    const JourneyLayout *layout = canvas->journeyLayout();
    if (!layout || layout->columnOfStep(step) < 0)
        return;
    if (!lane && layout->rowCount() > 0)
        lane = layout->laneIdAt(0);
    if (lane)
        canvas->setCurrent(step, lane);
    canvas->setFocus();
}

} // namespace

StepActions StepActions::create(QWidget *parent, JourneyCanvas *canvas,
                                const std::function<WorkspaceDocument *()> &document)
{
    StepActions a;
    a.menu = new QMenu(tr("&Steps"), parent);
    a.menu->setObjectName(u"stepsMenu"_s);
    const auto make = [&a, parent](const QString &name, const QString &text,
                                   const QKeySequence &keys, const QString &tip) {
        auto *action = new QAction(text, parent);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tip);
        parent->addAction(action);
        a.menu->addAction(action);
        return action;
    };
    // Runs `edit` on the current step, then shows the step it names (0: stays).
    const auto on = [canvas, document](
                        QAction *action,
                        const std::function<Id(WorkspaceDocument &, const CurrentStep &)> &edit) {
        QObject::connect(action, &QAction::triggered, canvas, [canvas, document, edit] {
            WorkspaceDocument *doc = document();
            const CurrentStep c = currentStep(canvas);
            if (!doc || doc->isReadOnly() || !c.isValid())
                return;
            const Id lane = canvas->currentLane();
            if (const Id show = edit(*doc, c))
                showStep(canvas, show, lane);
        });
    };

    a.add = make(u"addStep"_s, tr("&Add Step"), QKeySequence(Qt::ALT | Qt::Key_Insert),
                 tr("Add a step after the current one, in its stage (Alt+Insert)"));
    on(a.add, [canvas](WorkspaceDocument &doc, const CurrentStep &c) {
        return Edit::addStep(doc, canvas->journeyId(), c.stage->id, c.stepIndex + 1,
                             tr("New step"));
    });
    a.rename = make(u"renameStep"_s, tr("&Rename Step…"), QKeySequence(Qt::ALT | Qt::Key_F2),
                    tr("Rename the current step (Alt+F2)"));
    on(a.rename, [canvas](WorkspaceDocument &doc, const CurrentStep &c) -> Id {
        bool ok = false;
        const QString name = QInputDialog::getText(canvas, tr("Rename Step"), tr("Step name:"),
                                                   QLineEdit::Normal, c.step->name, &ok)
                                 .simplified();
        if (!ok)
            return 0;
        const Id step = c.step->id;
        return Edit::renameStep(doc, canvas->journeyId(), step, name) ? step : 0;
    });
    a.moveLeft = make(u"moveStepLeft"_s, tr("Move Step &Left"),
                      QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Left),
                      tr("Move the current step before the previous one (Ctrl+Alt+Left)"));
    on(a.moveLeft, [canvas](WorkspaceDocument &doc, const CurrentStep &c) -> Id {
        const Id step = c.step->id;
        return Edit::moveStep(doc, canvas->journeyId(), step, c.stepIndex - 1) ? step : 0;
    });
    a.moveRight = make(u"moveStepRight"_s, tr("Move Step R&ight"),
                       QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Right),
                       tr("Move the current step after the next one (Ctrl+Alt+Right)"));
    on(a.moveRight, [canvas](WorkspaceDocument &doc, const CurrentStep &c) -> Id {
        const Id step = c.step->id;
        return Edit::moveStep(doc, canvas->journeyId(), step, c.stepIndex + 1) ? step : 0;
    });
    a.toPreviousStage = make(u"moveStepToPreviousStage"_s, tr("Move Step to &Previous Stage"),
                             QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Left),
                             tr("Move the current step to the end of the previous stage"));
    on(a.toPreviousStage, [canvas](WorkspaceDocument &doc, const CurrentStep &c) -> Id {
        const Id step = c.step->id;
        return Edit::moveStepToNeighbour(doc, canvas->journeyId(), step, false) ? step : 0;
    });
    a.toNextStage = make(u"moveStepToNextStage"_s, tr("Move Step to &Next Stage"),
                         QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Right),
                         tr("Move the current step to the start of the next stage"));
    on(a.toNextStage, [canvas](WorkspaceDocument &doc, const CurrentStep &c) -> Id {
        const Id step = c.step->id;
        return Edit::moveStepToNeighbour(doc, canvas->journeyId(), step, true) ? step : 0;
    });
    a.menu->addSeparator();
    a.split = make(u"splitStage"_s, tr("Spli&t Stage Here"),
                   QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S),
                   tr("Make the current step and those after it a new stage (Ctrl+Alt+S)"));
    on(a.split, [canvas](WorkspaceDocument &doc, const CurrentStep &c) -> Id {
        const Id step = c.step->id;
        return Edit::splitStage(doc, canvas->journeyId(), step) ? step : 0;
    });
    a.mergeSteps = make(u"mergeSteps"_s, tr("&Merge with Previous Step"),
                        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M),
                        tr("Join the current step's cells to the step before it (Ctrl+Alt+M)"));
    on(a.mergeSteps, [canvas](WorkspaceDocument &doc, const CurrentStep &c) -> Id {
        const Id previous = c.stage->steps[size_t(c.stepIndex - 1)].id;
        return Edit::mergeStepIntoPrevious(doc, canvas->journeyId(), c.step->id) ? previous : 0;
    });
    a.mergeStages = make(u"mergeStages"_s, tr("Merge Stage with Pre&vious"),
                         QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_M),
                         tr("Join the current stage's steps to the end of the previous stage"));
    on(a.mergeStages, [canvas](WorkspaceDocument &doc, const CurrentStep &c) -> Id {
        const Id step = c.step->id;
        return Edit::mergeStageIntoPrevious(doc, canvas->journeyId(), c.stage->id) ? step : 0;
    });
    return a;
}

QList<QAction *> StepActions::all() const
{
    return {add,         rename, moveLeft,   moveRight,  toPreviousStage,
            toNextStage, split,  mergeSteps, mergeStages};
}

void StepActions::update(const QWidget *parent, const JourneyCanvas *canvas, bool writable)
{
    const CurrentStep c = currentStep(canvas);
    const bool on = writable && c.isValid();
    const int steps = on ? int(c.stage->steps.size()) : 0;
    const int stages = on ? int(c.journey->stages.size()) : 0;
    const std::pair<const char16_t *, bool> enabled[] = {
        {u"addStep", on},
        {u"renameStep", on},
        {u"moveStepLeft", on && c.stepIndex > 0},
        {u"moveStepRight", on && c.stepIndex + 1 < steps},
        {u"moveStepToPreviousStage", on && c.stageIndex > 0},
        {u"moveStepToNextStage", on && c.stageIndex + 1 < stages},
        {u"splitStage", on && c.stepIndex > 0},
        {u"mergeSteps", on && c.stepIndex > 0},
        {u"mergeStages", on && c.stageIndex > 0},
    };
    for (const auto &[name, enable] : enabled) {
        if (auto *action = parent->findChild<QAction *>(QString::fromUtf16(name)))
            action->setEnabled(enable);
    }
}

} // namespace Parcours
