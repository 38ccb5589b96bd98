#pragma once

#include "document/workspacedocument.h"

#include <QCoreApplication>

#include <functional>

class QMenu;
class QWidget;

namespace Parcours {

class JourneyCanvas;

// "Make an Opportunity" in the journey canvas's cell menu (issue 20): one entry per line of
// the current cell of a pain-point or opportunities lane; choosing one adds an opportunity
// titled with that line and linked to the step's cell and its stage (one undo step).
struct MakeOpportunityMenu
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::MakeOpportunityMenu)

public:
    // `document` gives the open document (or nullptr) when the menu opens.
    static QMenu *create(QWidget *parent, JourneyCanvas *canvas,
                         const std::function<WorkspaceDocument *()> &document);
};

} // namespace Parcours
