#pragma once

#include "document/workspacedocument.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class QAction;
class QWidget;

namespace Parcours {

class JourneyCanvas;

// The journey editor's commands on curves (issue 18): "Compare With…" (another journey of the
// workspace, or none; one undoable edit) and, past eight curves, "Show Curves…" (which
// persona curves the canvas shows: a view setting). In the Journey menu and the canvas menus.
struct CurveActions
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::CurveActions)

public:
    QAction *compareWith = nullptr; // object name "compareWith"
    QAction *showCurves = nullptr; // "showCurves"

    static CurveActions create(QWidget *parent, JourneyCanvas *canvas,
                               const std::function<WorkspaceDocument *()> &document);
    QList<QAction *> all() const { return {compareWith, showCurves}; }

    // Asks which journey `journey` is compared with and sets it; false when cancelled or
    // unchanged.
    static bool chooseComparedJourney(QWidget *parent, WorkspaceDocument &document, Id journey);
    // Asks which of the canvas's curves to show.
    static bool chooseShownCurves(JourneyCanvas *canvas);
};

} // namespace Parcours
