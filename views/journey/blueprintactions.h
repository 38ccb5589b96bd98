#pragma once

#include "document/workspacedocument.h"

#include <QCoreApplication>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Parcours {

class JourneyCanvas;

// The service blueprint's menu entries (issue 21) for the journey editor's context menus: the
// current lane's group, "Add Blueprint Lanes", and the current cell's point of failure and
// wait. Each goes through one undoable edit.
struct BlueprintActions
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::BlueprintActions)

public:
    QMenu *laneGroup = nullptr; // "Lane Group": the five roles, a custom group, none
    QAction *addLanes = nullptr;
    QAction *failurePoint = nullptr; // toggles the mark
    QAction *wait = nullptr;
    QMenu *arrowTo = nullptr; // "Draw Arrow To": the cells of this stage and its neighbours
    QMenu *removeArrow = nullptr;

    // `document` gives the open document (or nullptr) when an action runs.
    static BlueprintActions create(QWidget *parent, JourneyCanvas *canvas,
                                   const std::function<WorkspaceDocument *()> &document);
    // The name a group is shown by: its role's name, or a custom group's own.
    static QString groupTitle(const QString &group);
};

} // namespace Parcours
