#include "document/editsopportunity.h"

#include "document/commands.h"
#include "document/edits.h"
#include "document/entityfields.h"
#include "document/opportunitylinkretarget.h"
#include "shared/sharedstore.h"

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

// Adds `delta` votes (negative: takes them away) to an opportunity from whatever its count is
// when the step runs, never below 0: a count others changed meanwhile in a shared workspace
// (their votes) is kept, not overwritten with the value this laptop saw.
class AddVotes final : public Commands::WorkspaceCommand
{
public:
    AddVotes(WorkspaceDocument &doc, const QString &text, Id id, int delta,
             QUndoCommand *parent = nullptr)
        : WorkspaceCommand(doc, text, parent)
        , mId(id)
        , mDelta(delta)
    { }

private:
    void apply() override { shift(mDelta); }
    void revert() override { shift(-mDelta); }
    QString conflict(bool) const override
    {
        return mDocument.workspace().opportunity(mId)
            ? QString()
            : QCoreApplication::translate("Parcours::Edit",
                                          "someone else deleted this opportunity");
    }
    void shift(int by)
    {
        const Opportunity *o = mDocument.workspace().opportunity(mId);
        if (!o)
            return;
        // In a shared workspace, count from the server's count as this client last heard it
        // (the store's copy): it can be ahead of the document's, which hears of a merge with
        // others' votes a moment later, and counting from the document's would drop them.
        int from = o->votes;
        if (const StoreBackend *shared = mDocument.sharedStore()) {
            if (const Workspace *server = shared->serverState()) {
                if (const Opportunity *known = server->opportunity(mId))
                    from = known->votes;
            }
        }
        mDocument.setField(key(), EntityRef::opportunity(mId), Field::OpportunityVotes,
                           std::max(0, from + by));
    }

    Id mId;
    int mDelta;
};

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

// `step`: the cell's step (the header's parameter is named `stage`: a one-step stage's step has
// the stage's id), linked with the step's stage.
Id makeOpportunityFromCell(WorkspaceDocument &doc, Id journeyId, Id step, Id lane,
                           const QString &line)
{
    const Journey *journey = doc.workspace().journey(journeyId);
    const Stage *stage = journey ? stageOfStep(*journey, step) : nullptr;
    const QString title = line.trimmed();
    if (!stage || indexOfId(journey->lanes, lane) < 0 || title.isEmpty() || !doc.acceptsEdits())
        return 0;
    Opportunity made;
    made.id = newId();
    made.title = title;
    made.links
        = {{OpportunityLink::Kind::Stage, stage->id, 0}, {OpportunityLink::Kind::Cell, step, lane}};
    const EntityRef ref = EntityRef::opportunity(made.id);
    doc.undoStack()->push(new Commands::InsertEntity(doc, tr("Make opportunity"), ref,
                                                     doc.siblingCount(EntityKind::Opportunity, 0),
                                                     std::move(made)));
    return ref.id;
}

void retargetOpportunityLinks(WorkspaceDocument &doc,
                              const std::vector<std::pair<CommentTarget, CommentTarget>> &pairs,
                              const QString &text, QUndoCommand *parent)
{
    const auto asLink = [](const CommentTarget &t) -> std::optional<OpportunityLink> {
        if (t.kind == CommentTarget::Kind::Stage)
            return OpportunityLink {OpportunityLink::Kind::Stage, t.id, 0};
        if (t.kind == CommentTarget::Kind::Cell)
            return OpportunityLink {OpportunityLink::Kind::Cell, t.id, t.lane};
        return std::nullopt;
    };
    for (const Opportunity &o : doc.workspace().opportunities) {
        std::vector<OpportunityLink> links;
        for (OpportunityLink link : o.links) {
            for (const auto &[from, to] : pairs) {
                const auto was = asLink(from);
                const auto now = asLink(to);
                if (was && now && *was == link) {
                    link = *now;
                    break;
                }
            }
            if (std::find(links.begin(), links.end(), link) == links.end())
                links.push_back(link);
        }
        if (links == o.links)
            continue;
        new Commands::SetField(doc, text, EntityRef::opportunity(o.id), Field::OpportunityLinks,
                               opportunityLinksKey(o.links), opportunityLinksKey(links), false,
                               parent);
    }
}

Id makeOpportunityFromUseCase(WorkspaceDocument &doc, Id useCaseId)
{
    const Persona *persona = doc.workspace().personaOfUseCase(useCaseId);
    const UseCase *useCase = doc.workspace().useCase(useCaseId);
    if (!persona || !useCase || !doc.acceptsEdits())
        return 0;
    const QString what = useCase->useCase.trimmed().isEmpty() ? useCase->problem.trimmed()
                                                              : useCase->useCase.trimmed();
    Opportunity made;
    made.id = newId();
    made.title = tr("Raise how often: %1").arg(what.isEmpty() ? tr("untitled use case") : what);
    const UsageFrequency &f = useCase->frequency;
    made.description = f.isValid()
        ? tr("%1 does this %2 (%3), below monthly: the forgotten zone. Make it happen more often.")
              .arg(persona->name, f.toString(UsageFrequency::interfaceLanguage()),
                   UsageFrequency::describeUsesPerMonth(f.usesPerMonth()))
        : tr("%1 does this with no frequency given yet.").arg(persona->name);
    made.links = {{OpportunityLink::Kind::UseCase, useCaseId, 0}};
    const EntityRef ref = EntityRef::opportunity(made.id);
    doc.undoStack()->push(new Commands::InsertEntity(doc, tr("Raise how often"), ref,
                                                     doc.siblingCount(EntityKind::Opportunity, 0),
                                                     std::move(made)));
    return ref.id;
}

bool voteForOpportunity(WorkspaceDocument &doc, Id id, int delta)
{
    const Opportunity *o = doc.workspace().opportunity(id);
    if (!o || delta == 0 || o->votes + delta < 0 || !doc.acceptsEdits())
        return false;
    const QString text = delta > 0 ? tr("Vote for \u201c%1\u201d").arg(o->title)
                                   : tr("Remove a vote from \u201c%1\u201d").arg(o->title);
    doc.undoStack()->push(new AddVotes(doc, text, id, delta));
    return true;
}

int resetVotes(WorkspaceDocument &doc)
{
    if (!doc.acceptsEdits())
        return 0;
    const QString text = tr("Reset votes");
    auto *parent = new Commands::WorkspaceCommand(doc, text);
    int total = 0;
    for (const Opportunity &o : doc.workspace().opportunities) {
        if (o.votes > 0) {
            new AddVotes(doc, text, o.id, -o.votes, parent);
            total += o.votes;
        }
    }
    if (total == 0)
        delete parent;
    else
        doc.undoStack()->push(parent);
    return total;
}

} // namespace Parcours::Edit
