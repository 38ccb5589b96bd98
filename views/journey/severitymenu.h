#pragma once

#include "document/workspacedocument.h"

#include <QCoreApplication>

#include <functional>

class QMenu;
class QWidget;

namespace Parcours {

class JourneyCanvas;

// "Severity" in the journey canvas's cell menu (issue 20): None, Trivial, Workaround and
// Abandonment for the line the menu was opened on (JourneyCanvas::contextLine(): under the
// mouse, or the first from the keyboard), then, in a cell of several lines, a submenu for each
// line, so that every line is reachable from the keyboard. One undo step each. Text lanes
// only: teams name their pain-point lanes freely, as "Make an Opportunity" assumes too.
struct SeverityMenu
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::SeverityMenu)

public:
    // `document` gives the open document (or nullptr) when the menu opens.
    static QMenu *create(QWidget *parent, JourneyCanvas *canvas,
                         const std::function<WorkspaceDocument *()> &document);
};

} // namespace Parcours
