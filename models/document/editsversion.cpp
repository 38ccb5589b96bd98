#include "document/editsversion.h"

#include "document/commands.h"
#include "document/entityfields.h"
#include "document/workspacedocument.h"

namespace Parcours::Edit {

bool restoreWorkspace(WorkspaceDocument &doc, Workspace version, const QString &undoText)
{
    if (!doc.acceptsEdits())
        return false;
    const Workspace &now = doc.workspace();
    // Versions keep the map, not the discussion about it: the comment threads stay as they are
    // (they follow their items, and hide while an item is absent).
    version.comments = now.comments;
    if (now == version)
        return false;
    auto *parent = new Commands::WorkspaceCommand(doc, undoText);
    // Out first, last to first (journeys before the personas they are tied to), then in.
    for (auto j = now.journeys.rbegin(); j != now.journeys.rend(); ++j)
        new Commands::RemoveEntity(doc, undoText, EntityRef::journey(j->id), parent);
    for (auto p = now.personas.rbegin(); p != now.personas.rend(); ++p)
        new Commands::RemoveEntity(doc, undoText, EntityRef::persona(p->id), parent);
    for (auto m = now.metrics.rbegin(); m != now.metrics.rend(); ++m)
        new Commands::RemoveEntity(doc, undoText, EntityRef::metricPeriod(m->id), parent);
    for (auto o = now.opportunities.rbegin(); o != now.opportunities.rend(); ++o)
        new Commands::RemoveEntity(doc, undoText, EntityRef::opportunity(o->id), parent);
    if (now.info.name != version.info.name) {
        new Commands::SetField(doc, undoText, EntityRef::workspace(), Field::WorkspaceName,
                               now.info.name, version.info.name, false, parent);
    }
    if (now.info.product != version.info.product) {
        new Commands::SetField(doc, undoText, EntityRef::workspace(), Field::WorkspaceProduct,
                               now.info.product, version.info.product, false, parent);
    }
    if (now.info.retentionType != version.info.retentionType) {
        new Commands::SetField(doc, undoText, EntityRef::workspace(), Field::WorkspaceRetentionType,
                               int(now.info.retentionType), int(version.info.retentionType), false,
                               parent);
    }
    int index = 0;
    for (Persona &p : version.personas) {
        const EntityRef ref = EntityRef::persona(p.id);
        new Commands::InsertEntity(doc, undoText, ref, index++, std::move(p), parent);
    }
    index = 0;
    for (Journey &j : version.journeys) {
        const EntityRef ref = EntityRef::journey(j.id);
        new Commands::InsertEntity(doc, undoText, ref, index++, std::move(j), parent);
    }
    index = 0;
    for (const MetricPeriod &m : version.metrics)
        new Commands::InsertEntity(doc, undoText, EntityRef::metricPeriod(m.id), index++, m,
                                   parent);
    index = 0;
    for (Opportunity &o : version.opportunities) {
        const EntityRef ref = EntityRef::opportunity(o.id);
        new Commands::InsertEntity(doc, undoText, ref, index++, std::move(o), parent);
    }
    if (now.usage != version.usage)
        new Commands::SwapUsage(doc, undoText, std::move(version.usage), parent);
    doc.undoStack()->push(parent);
    return true;
}

} // namespace Parcours::Edit
