#include "journey/blueprintactions.h"

#include "document/edits.h"
#include "document/editsblueprint.h"
#include "document/entityfields.h"
#include "journey/journeycanvas.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parcours {

QString BlueprintActions::groupTitle(const QString &group)
{
    switch (laneRole(group)) {
    case LaneRole::None: return tr("No Group");
    case LaneRole::Evidence: return tr("Physical Evidence");
    case LaneRole::Customer: return tr("Customer Actions");
    case LaneRole::Frontstage: return tr("Frontstage");
    case LaneRole::Backstage: return tr("Backstage");
    case LaneRole::Support: return tr("Support Processes");
    case LaneRole::Custom: return group;
    }
    return group;
}

BlueprintActions BlueprintActions::create(QWidget *parent, JourneyCanvas *canvas,
                                          const std::function<WorkspaceDocument *()> &document)
{
    BlueprintActions a;
    a.laneGroup = new QMenu(tr("Lane &Group"), parent);
    a.laneGroup->setObjectName(u"laneGroupMenu"_s);
    const auto moveTo = [canvas, document](const QString &group) {
        WorkspaceDocument *doc = document();
        if (doc && canvas->currentLane())
            Edit::moveLaneToGroup(*doc, canvas->journeyId(), canvas->currentLane(), group);
    };
    const LaneRole roles[] = {LaneRole::Evidence,  LaneRole::Customer, LaneRole::Frontstage,
                              LaneRole::Backstage, LaneRole::Support,  LaneRole::None};
    for (LaneRole role : roles) {
        const QString key = laneGroupKey(role);
        QAction *set
            = a.laneGroup->addAction(groupTitle(key), parent, [moveTo, key] { moveTo(key); });
        set->setObjectName(u"laneGroup_"_s + (key.isEmpty() ? u"none"_s : key));
        set->setCheckable(true);
        set->setData(key);
    }
    a.laneGroup->addSeparator();
    QAction *custom = a.laneGroup->addAction(tr("&Custom Group…"), parent, [=] {
        bool ok = false;
        const QString name = QInputDialog::getText(parent, tr("Custom Group"), tr("Group name:"),
                                                   QLineEdit::Normal, QString(), &ok)
                                 .trimmed();
        if (ok && !name.isEmpty())
            moveTo(name);
    });
    custom->setObjectName(u"laneGroup_custom"_s);
    QObject::connect(
        a.laneGroup, &QMenu::aboutToShow, a.laneGroup, [menu = a.laneGroup, canvas, document] {
            WorkspaceDocument *doc = document();
            const Journey *j = doc ? doc->workspace().journey(canvas->journeyId()) : nullptr;
            const int index = j ? indexOfId(j->lanes, canvas->currentLane()) : -1;
            const QString group = index >= 0 ? j->lanes[size_t(index)].group : QString();
            for (QAction *action : menu->actions()) {
                if (action->isCheckable())
                    action->setChecked(action->data().toString() == group);
            }
        });

    a.addLanes = new QAction(tr("Add &Blueprint Lanes"), parent);
    a.addLanes->setObjectName(u"addBlueprintLanes"_s);
    a.addLanes->setToolTip(tr("Add the lane groups of a service blueprint: physical evidence, "
                              "customer actions, frontstage, backstage and support processes"));
    QObject::connect(a.addLanes, &QAction::triggered, parent, [canvas, document] {
        if (WorkspaceDocument *doc = document())
            Edit::addBlueprintLanes(*doc, canvas->journeyId());
    });

    a.failurePoint = new QAction(tr("Mark or Unmark Point of &Failure"), parent);
    a.failurePoint->setObjectName(u"failurePoint"_s);
    QObject::connect(a.failurePoint, &QAction::triggered, parent, [canvas, document] {
        WorkspaceDocument *doc = document();
        if (!doc || !canvas->currentStage() || !canvas->currentLane())
            return;
        const EntityRef ref
            = EntityRef::cell(canvas->journeyId(), canvas->currentStage(), canvas->currentLane());
        const bool marked
            = EntityFields::value(doc->workspace(), ref, Field::CellFailurePoint).toBool();
        Edit::setField(*doc, ref, Field::CellFailurePoint, !marked);
    });
    a.wait = new QAction(tr("&Wait Time…"), parent);
    a.wait->setObjectName(u"waitTime"_s);
    QObject::connect(a.wait, &QAction::triggered, parent, [parent, canvas, document] {
        WorkspaceDocument *doc = document();
        if (!doc || !canvas->currentStage() || !canvas->currentLane())
            return;
        const EntityRef ref
            = EntityRef::cell(canvas->journeyId(), canvas->currentStage(), canvas->currentLane());
        const Journey *j = doc->workspace().journey(canvas->journeyId());
        const Step *step = j ? findStep(*j, canvas->currentStage()) : nullptr;
        const QString current = step ? step->cells.value(canvas->currentLane()).wait : QString();
        bool ok = false;
        const QString wait = QInputDialog::getText(parent, tr("Wait Time"),
                                                   tr("Wait (empty for none), e.g. \"2 days\":"),
                                                   QLineEdit::Normal, current, &ok);
        if (ok)
            Edit::setField(*doc, ref, Field::CellWait, wait.trimmed());
    });

    a.arrowTo = new QMenu(tr("Draw &Arrow To"), parent);
    a.arrowTo->setObjectName(u"arrowToMenu"_s);
    a.removeArrow = new QMenu(tr("&Remove Arrow"), parent);
    a.removeArrow->setObjectName(u"removeArrowMenu"_s);
    const auto cellName = [](const Journey &j, const CellArrow &cell) {
        const int stage = stageIndexOfStep(j, cell.step);
        const int lane = indexOfId(j.lanes, cell.lane);
        const Stage &in = j.stages[size_t(stage)];
        QString column = in.name.isEmpty() ? tr("Stage %1").arg(stage + 1) : in.name;
        // Among several steps, the step's name too.
        if (const Step *step = findStep(j, cell.step); in.steps.size() > 1 && !step->name.isEmpty())
            column += u" · "_s + step->name;
        // A menu's entry: "&" in a name is shown as typed, no mnemonic.
        return tr("%1 — %2").arg(column, j.lanes[size_t(lane)].name).replace(u'&', u"&&"_s);
    };
    QObject::connect(
        a.arrowTo, &QMenu::aboutToShow, a.arrowTo, [menu = a.arrowTo, canvas, document, cellName] {
            menu->clear();
            WorkspaceDocument *doc = document();
            const Journey *j = doc ? doc->workspace().journey(canvas->journeyId()) : nullptr;
            const int stage = j ? stageIndexOfStep(*j, canvas->currentStage()) : -1;
            if (stage < 0 || !canvas->currentLane())
                return;
            const CellArrow from {canvas->currentStage(), canvas->currentLane()};
            for (int s = std::max(0, stage - 1);
                 s <= std::min(int(j->stages.size()) - 1, stage + 1); ++s) {
                for (const Step &step : j->stages[size_t(s)].steps) {
                    for (const Lane &lane : j->lanes) {
                        const CellArrow to {step.id, lane.id};
                        if (to == from || !lane.visible)
                            continue;
                        const Id journey = j->id;
                        QAction *item = menu->addAction(cellName(*j, to), menu, [=] {
                            if (WorkspaceDocument *d = document())
                                Edit::addArrow(*d, journey, from, to);
                        });
                        item->setData(QVariant::fromValue(cellArrowsKey({to})));
                    }
                }
                if (s < stage + 1)
                    menu->addSeparator();
            }
        });
    QObject::connect(a.removeArrow, &QMenu::aboutToShow, a.removeArrow,
                     [menu = a.removeArrow, canvas, document, cellName] {
                         menu->clear();
                         WorkspaceDocument *doc = document();
                         const Journey *j
                             = doc ? doc->workspace().journey(canvas->journeyId()) : nullptr;
                         const Step *step = j ? findStep(*j, canvas->currentStage()) : nullptr;
                         if (!step)
                             return;
                         const CellArrow from {canvas->currentStage(), canvas->currentLane()};
                         const Cell cell = step->cells.value(from.lane);
                         for (const CellArrow &to : cell.arrows) {
                             if (!findStep(*j, to.step) || indexOfId(j->lanes, to.lane) < 0)
                                 continue;
                             const Id journey = j->id;
                             menu->addAction(cellName(*j, to), menu, [=] {
                                 if (WorkspaceDocument *d = document())
                                     Edit::removeArrow(*d, journey, from, to);
                             });
                         }
                         if (menu->isEmpty())
                             menu->addAction(tr("No arrows from this cell"))->setEnabled(false);
                     });
    return a;
}

} // namespace Parcours
