#include "document/editsseverity.h"

#include "document/commands.h"
#include "document/entityfields.h"
#include "document/entitykinds.h"
#include "domain/painseverity.h"

#include <QCoreApplication>

namespace Parcours::Edit {

bool setLineSeverity(WorkspaceDocument &doc, Id journey, Id step, Id lane, int line,
                     PainSeverity severity)
{
    const Journey *j = doc.workspace().journey(journey);
    const Step *s = j ? findStep(*j, step) : nullptr;
    const Lane *l = j ? findById(j->lanes, lane) : nullptr;
    if (!s || !l || l->kind != LaneKind::Text || !doc.acceptsEdits())
        return false;
    const Cell cell = s->cells.value(lane);
    if (line < 0 || line >= cellLines(cell.text).size())
        return false;
    const QString old = painSeveritiesKey(cell.severities);
    const QString wanted = painSeveritiesKey(withSeverity(cell.severities, line, severity));
    if (old == wanted)
        return false;
    doc.undoStack()->push(new Commands::SetField(
        doc, QCoreApplication::translate("Parcours::Edit", "Set Pain-Point Severity"),
        EntityRef::cell(journey, step, lane), Field::CellSeverities, old, wanted, false));
    return true;
}

} // namespace Parcours::Edit
