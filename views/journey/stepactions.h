#pragma once

#include "document/workspacedocument.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Parcours {

class JourneyCanvas;

// The steps of a stage (issue 18) from the journey editor: add, rename, reorder, split a stage
// at a step, merge steps or stages, move a step to the neighbouring stage. They act on the
// canvas's current step (a cell's column; on a stage header, its first step), each through one
// undoable edit of editssteps.h, and are in the cell menu and the Journey menu with keys, so
// that a keyboard alone reaches them.
struct StepActions
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::StepActions)

public:
    QMenu *menu = nullptr; // "Steps": every action below
    QAction *add = nullptr; // after the current step
    QAction *rename = nullptr;
    QAction *moveLeft = nullptr;
    QAction *moveRight = nullptr;
    QAction *toPreviousStage = nullptr;
    QAction *toNextStage = nullptr;
    QAction *split = nullptr; // "Split Stage Here"
    QAction *mergeSteps = nullptr; // with the previous step
    QAction *mergeStages = nullptr; // the current stage into the previous one

    // `document` gives the open document (or nullptr) when an action runs.
    static StepActions create(QWidget *parent, JourneyCanvas *canvas,
                              const std::function<WorkspaceDocument *()> &document);
    QList<QAction *> all() const;
    // Enables what applies to the canvas's current position: the actions made by create() on
    // `parent`.
    static void update(const QWidget *parent, const JourneyCanvas *canvas, bool writable);
};

} // namespace Parcours
