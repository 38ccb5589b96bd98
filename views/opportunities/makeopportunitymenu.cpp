#include "opportunities/makeopportunitymenu.h"

#include "document/editsopportunity.h"
#include "document/entitykinds.h"
#include "journey/canvastextcell.h"
#include "journey/journeycanvas.h"

#include <QMenu>

using namespace Qt::StringLiterals;

namespace Parcours {

QMenu *MakeOpportunityMenu::create(QWidget *parent, JourneyCanvas *canvas,
                                   const std::function<WorkspaceDocument *()> &document)
{
    auto *menu = new QMenu(tr("Make an &Opportunity"), parent);
    menu->setObjectName(u"makeOpportunityMenu"_s);
    QObject::connect(menu, &QMenu::aboutToShow, menu, [menu, canvas, document] {
        menu->clear();
        // Any text lane, not only those named pain points or opportunities: teams name their
        // lanes freely ("Frustrations", "Irritants", "Ideas"), and a line of any of them can
        // be what a team decides to act on.
        const CanvasTextCell current = canvasTextCell(*canvas, document());
        if (!current.isValid()) {
            menu->addAction(tr("Only in a lane of text"))->setEnabled(false);
            return;
        }
        WorkspaceDocument *doc = current.doc;
        const Id stepId = current.step->id; // the cell is its step's (issue 18)
        const Id laneId = current.lane;
        const QStringList lines
            = current.step->cells.value(laneId).text.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            // As typed: "&" is no mnemonic; a long line ends with an ellipsis.
            QString shown = line.trimmed();
            if (shown.size() > 60)
                shown = shown.left(59) + u'…';
            QAction *action = menu->addAction(shown.replace(u'&', u"&&"_s));
            QObject::connect(action, &QAction::triggered, menu,
                             [doc, journeyId = current.journey->id, stepId, laneId, line] {
                                 Edit::makeOpportunityFromCell(*doc, journeyId, stepId, laneId,
                                                               line);
                             });
        }
        if (menu->isEmpty())
            menu->addAction(tr("The cell is empty"))->setEnabled(false);
    });
    return menu;
}

} // namespace Parcours
