#include "document/editsopportunity.h"

#include "document/commands.h"
#include "document/edits.h"
#include "document/entityfields.h"

#include <QCoreApplication>

#include <algorithm>

namespace Parcours::Edit {

namespace {

// The context lupdate files this namespace's tr() calls under, as in edits.cpp.
QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::Edit", text);
}

bool isValid(const Opportunity &o)
{
    return isRating(o.customerValue) && isRating(o.businessValue) && isRating(o.effort)
        && o.votes >= 0;
}

bool setLinks(WorkspaceDocument &doc, Id id, const std::vector<OpportunityLink> &links,
              const QString &text)
{
    const EntityRef ref = EntityRef::opportunity(id);
    const QVariant old = EntityFields::value(doc.workspace(), ref, Field::OpportunityLinks);
    const QVariant now = opportunityLinksKey(links);
    if (old == now || !doc.acceptsEdits())
        return false;
    doc.undoStack()->push(
        new Commands::SetField(doc, text, ref, Field::OpportunityLinks, old, now, false));
    return true;
}

} // namespace

Id addOpportunity(WorkspaceDocument &doc, Opportunity opportunity, int index)
{
    if (!isValid(opportunity) || !doc.acceptsEdits())
        return 0;
    if (!opportunity.id)
        opportunity.id = newId();
    const EntityRef ref = EntityRef::opportunity(opportunity.id);
    const int count = doc.siblingCount(EntityKind::Opportunity, 0);
    const int at = index < 0 || index > count ? count : index;
    doc.undoStack()->push(
        new Commands::InsertEntity(doc, tr("Add opportunity"), ref, at, std::move(opportunity)));
    return ref.id;
}

void removeOpportunities(WorkspaceDocument &doc, const QList<Id> &opportunities)
{
    if (opportunities.isEmpty() || !doc.acceptsEdits())
        return;
    const QString text
        = opportunities.size() == 1 ? tr("Delete opportunity") : tr("Delete opportunities");
    auto *parent = new Commands::WorkspaceCommand(doc, text);
    for (Id id : opportunities) {
        const EntityRef ref = EntityRef::opportunity(id);
        if (doc.indexOf(ref) >= 0)
            new Commands::RemoveEntity(doc, text, ref, parent);
    }
    if (parent->childCount() == 0)
        delete parent;
    else
        doc.undoStack()->push(parent);
}

bool setOpportunityField(WorkspaceDocument &doc, Id id, int field, const QVariant &value)
{
    const Opportunity *current = doc.workspace().opportunity(id);
    if (!current)
        return false;
    // Refused values never reach the undo stack: try them on a copy first.
    const EntityRef ref = EntityRef::opportunity(id);
    Workspace probe;
    probe.opportunities = {*current};
    if (!EntityFields::setValue(probe, ref, field, value))
        return false;
    return setField(doc, ref, field, value);
}

bool linkOpportunity(WorkspaceDocument &doc, Id id, const OpportunityLink &link)
{
    const Opportunity *o = doc.workspace().opportunity(id);
    if (!o || !linkResolves(doc.workspace(), link)
        || std::find(o->links.cbegin(), o->links.cend(), link) != o->links.cend())
        return false;
    std::vector<OpportunityLink> links = o->links;
    links.push_back(link);
    return setLinks(doc, id, links, tr("Link opportunity"));
}

bool unlinkOpportunity(WorkspaceDocument &doc, Id id, const OpportunityLink &link)
{
    const Opportunity *o = doc.workspace().opportunity(id);
    if (!o)
        return false;
    std::vector<OpportunityLink> links = o->links;
    const auto kept = std::remove(links.begin(), links.end(), link);
    if (kept == links.end())
        return false;
    links.erase(kept, links.end());
    return setLinks(doc, id, links, tr("Unlink opportunity"));
}

Id makeOpportunityFromCell(WorkspaceDocument &doc, Id journeyId, Id stage, Id lane,
                           const QString &line)
{
    const Journey *journey = doc.workspace().journey(journeyId);
    const QString title = line.trimmed();
    if (!journey || indexOfId(journey->stages, stage) < 0 || indexOfId(journey->lanes, lane) < 0
        || title.isEmpty() || !doc.acceptsEdits())
        return 0;
    Opportunity made;
    made.id = newId();
    made.title = title;
    made.links
        = {{OpportunityLink::Kind::Stage, stage, 0}, {OpportunityLink::Kind::Cell, stage, lane}};
    const EntityRef ref = EntityRef::opportunity(made.id);
    doc.undoStack()->push(new Commands::InsertEntity(doc, tr("Make opportunity"), ref,
                                                     doc.siblingCount(EntityKind::Opportunity, 0),
                                                     std::move(made)));
    return ref.id;
}

} // namespace Parcours::Edit
