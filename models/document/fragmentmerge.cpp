// Importing a fragment (another file's workspace) into a workspace: fresh ids, names taken
// renamed, identical items left out (Edit::importFragment, Edit::mergeFragment). Kept apart from
// the edits through the document, so that `parcours import` into a new workspace file merges
// without the document layer (its undo stack is Qt Gui's; docs/PERFORMANCE.md, "Start-up").
#include "document/fragmentmerge.h"

#include "document/editscomments.h"
#include "document/identicalopportunities.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Parcours::Edit {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::Edit", text);
}

} // namespace

void assignNewIds(Persona &persona)
{
    persona.id = newId();
    for (UseCase &u : persona.useCases)
        u.id = newId();
}

void assignNewIds(Journey &journey)
{
    journey.id = newId();
    QHash<Id, Id> laneIds;
    for (Lane &lane : journey.lanes) {
        const Id fresh = newId();
        laneIds.insert(lane.id, fresh);
        lane.id = fresh;
    }
    // A stage's first step sharing the stage's id shares its new id too (Stage::steps).
    QHash<Id, Id> stepIds;
    for (Stage &stage : journey.stages) {
        const Id freshStage = newId();
        for (Step &step : stage.steps) {
            const Id fresh = step.id == stage.id ? freshStage : newId();
            stepIds.insert(step.id, fresh);
            step.id = fresh;
        }
        stage.id = freshStage;
    }
    for (Stage &stage : journey.stages) {
        for (Step &step : stage.steps) {
            QHash<Id, Cell> cells;
            for (auto it = step.cells.cbegin(); it != step.cells.cend(); ++it) {
                Cell cell = it.value();
                for (CellArrow &arrow : cell.arrows) // arrows point into the copy
                    arrow = {stepIds.value(arrow.step), laneIds.value(arrow.lane)};
                cells.insert(laneIds.value(it.key()), cell);
            }
            step.cells = cells;
        }
    }
}

namespace {

// "Name (2)", "Name (3)"…: the first name not in `taken`. "Name (2)" taken again gives
// "Name (3)", not "Name (2) (2)".
QString freeName(const QString &name, const QSet<QString> &taken)
{
    static const QRegularExpression numbered(u"^(.*) \\((\\d+)\\)$"_s);
    QString base = name;
    int number = 2;
    if (const QRegularExpressionMatch match = numbered.match(name); match.hasMatch()) {
        base = match.captured(1);
        number = match.captured(2).toInt() + 1;
    }
    for (;; ++number) {
        QString candidate
            = QCoreApplication::translate("Parcours::Edit", "%1 (%2)",
                                          "a journey imported under a name already taken")
                  .arg(base)
                  .arg(number);
        if (!taken.contains(candidate))
            return candidate;
    }
}

// Fresh ids for everything in the fragment, persona references rewritten to match; journeys
// whose name is taken in the target renamed.
// Leaves out of `fragment` the opportunities, the use cases of personas matched by name and the
// metric periods that `target` already has field for field.
// `sameUseCases` maps the use cases left out to the target's, for links to them.
void dropIdentical(const Workspace &target, Workspace &fragment, ImportNotes *notes,
                   QHash<Id, Id> *sameUseCases)
{
    // Before use cases are left out: an opportunity's links are named through them.
    const int opportunities = dropIdenticalOpportunities(target, fragment);
    if (notes)
        notes->identicalOpportunities += opportunities;
    for (Persona &p : fragment.personas) {
        const auto existing = std::find_if(target.personas.cbegin(), target.personas.cend(),
                                           [&p](const Persona &t) { return t.name == p.name; });
        if (existing == target.personas.cend())
            continue;
        const auto known = [&existing, sameUseCases](UseCase u) {
            const Id id = u.id;
            for (const UseCase &e : existing->useCases) {
                u.id = e.id;
                if (u == e) {
                    sameUseCases->insert(id, e.id);
                    return true;
                }
            }
            return false;
        };
        const auto kept = std::remove_if(p.useCases.begin(), p.useCases.end(), known);
        if (notes)
            notes->identicalUseCases += int(std::distance(kept, p.useCases.end()));
        p.useCases.erase(kept, p.useCases.end());
    }
    const auto knownPeriod = [&target](MetricPeriod m) {
        return std::any_of(target.metrics.cbegin(), target.metrics.cend(),
                           [&m](const MetricPeriod &e) {
                               m.id = e.id;
                               return m == e;
                           });
    };
    const auto kept = std::remove_if(fragment.metrics.begin(), fragment.metrics.end(), knownPeriod);
    if (notes)
        notes->identicalPeriods += int(std::distance(kept, fragment.metrics.end()));
    fragment.metrics.erase(kept, fragment.metrics.end());
}

// Curves follow their personas' ids in the target; those of personas not in it are dropped.
void followPersonas(Journey &journey, const QHash<Id, Id> &personaIds)
{
    for (Stage &stage : journey.stages) {
        for (Step &step : stage.steps) {
            for (auto cell = step.cells.begin(); cell != step.cells.end();) {
                QMap<Id, double> curves;
                for (auto it = cell->curves.cbegin(); it != cell->curves.cend(); ++it) {
                    if (const Id persona = personaIds.value(it.key(), 0))
                        curves.insert(persona, it.value());
                }
                cell->curves = curves;
                cell = cell->isEmpty() ? step.cells.erase(cell) : std::next(cell);
            }
        }
    }
}

} // namespace

void prepareFragment(const Workspace &target, Workspace &fragment, ImportNotes *notes)
{
    QHash<Id, Id> linkedIds; // use cases, stages and lanes: fragment id -> fresh id
    dropIdentical(target, fragment, notes, &linkedIds);
    QList<RenamedJourney> *renamed = notes ? &notes->renamedJourneys : nullptr;
    QSet<QString> journeyNames;
    for (const Journey &j : target.journeys)
        journeyNames.insert(j.name);
    for (Journey &j : fragment.journeys) {
        if (journeyNames.contains(j.name)) {
            const QString name = freeName(j.name, journeyNames);
            if (renamed)
                renamed->append({j.name, name});
            j.name = name;
            journeyNames.insert(name);
        }
    }

    QHash<Id, Id> personaIds; // fragment id -> id in target (existing or fresh)
    const auto remember = [&linkedIds](const auto &before, const auto &after) {
        for (size_t i = 0; i < before.size(); ++i)
            linkedIds.insert(before[i].id, after[i].id);
    };
    for (Persona &p : fragment.personas) {
        const Id oldId = p.id;
        const auto existing = std::find_if(target.personas.cbegin(), target.personas.cend(),
                                           [&p](const Persona &t) { return t.name == p.name; });
        const std::vector<UseCase> useCases = p.useCases;
        assignNewIds(p);
        remember(useCases, p.useCases);
        if (existing != target.personas.cend())
            p.id = existing->id;
        personaIds.insert(oldId, p.id);
    }
    QHash<Id, Id> journeyIds; // fragment id -> fresh id
    for (Journey &j : fragment.journeys) {
        const std::vector<Stage> stages = j.stages;
        const std::vector<Lane> lanes = j.lanes;
        const Id oldId = j.id;
        assignNewIds(j);
        journeyIds.insert(oldId, j.id);
        remember(stages, j.stages);
        remember(lanes, j.lanes);
        for (size_t i = 0; i < stages.size(); ++i) // steps, which comments name
            remember(stages[i].steps, j.stages[i].steps);
        j.personaId = personaIds.value(j.personaId, 0);
        followPersonas(j, personaIds);
        followViewIds(j.views, linkedIds, personaIds);
    }
    // A journey compared with one of the fragment's is compared with its copy; with any
    // other, with none.
    for (Journey &j : fragment.journeys)
        j.compareWith = journeyIds.value(j.compareWith, 0);
    for (MetricPeriod &m : fragment.metrics)
        m.id = newId();
    // Links follow their targets' new ids; a link to something neither in the fragment nor in
    // the target is dropped.
    QHash<Id, Id> opportunityIds;
    for (Opportunity &o : fragment.opportunities) {
        opportunityIds.insert(o.id, newId());
        o.id = opportunityIds.value(o.id);
        std::vector<OpportunityLink> links;
        for (OpportunityLink link : o.links) {
            if (!linkedIds.contains(link.target)) {
                // A file that links to the target's items by name (opportunities CSV).
                if (linkResolves(target, link))
                    links.push_back(link);
                continue;
            }
            link.target = linkedIds.value(link.target, 0);
            if (link.kind == OpportunityLink::Kind::Cell)
                link.lane = linkedIds.value(link.lane, 0);
            if (link.target && (link.kind != OpportunityLink::Kind::Cell || link.lane))
                links.push_back(link);
        }
        o.links = std::move(links);
    }
    // Comment threads follow their items' new ids (issue 23); one on an item left out is too.
    QHash<Id, Id> itemIds = linkedIds;
    for (const QHash<Id, Id> *ids : {&personaIds, &journeyIds, &opportunityIds}) {
        for (auto it = ids->cbegin(); it != ids->cend(); ++it)
            itemIds.insert(it.key(), it.value());
    }
    followImportedIds(fragment.comments, itemIds);
}

QString renamedJourneyWarning(const QString &fileName, const RenamedJourney &renamed)
{
    return tr("%1: warning: a journey named \"%2\" is already in the workspace; imported as "
              "\"%3\"")
        .arg(fileName, renamed.from, renamed.to);
}

QStringList ImportNotes::warnings(const QString &fileName) const
{
    QStringList lines;
    for (const RenamedJourney &journey : renamedJourneys)
        lines << renamedJourneyWarning(fileName, journey);
    if (identicalUseCases == 1) {
        lines << tr("%1: warning: 1 use case is already in the workspace; not added again")
                     .arg(fileName);
    } else if (identicalUseCases > 1) {
        lines << tr("%1: warning: %2 use cases are already in the workspace; not added again")
                     .arg(fileName)
                     .arg(identicalUseCases);
    }
    if (identicalPeriods == 1) {
        lines << tr("%1: warning: 1 metrics period is already in the workspace; not added again")
                     .arg(fileName);
    } else if (identicalPeriods > 1) {
        lines << tr("%1: warning: %2 metrics periods are already in the workspace; not added "
                    "again")
                     .arg(fileName)
                     .arg(identicalPeriods);
    }
    if (identicalOpportunities == 1) {
        lines << tr("%1: warning: 1 opportunity is already in the workspace; not added again")
                     .arg(fileName);
    } else if (identicalOpportunities > 1) {
        lines << tr("%1: warning: %2 opportunities are already in the workspace; not added "
                    "again")
                     .arg(fileName)
                     .arg(identicalOpportunities);
    }
    return lines;
}

void mergeFragment(Workspace &target, Workspace fragment, ImportNotes *notes)
{
    prepareFragment(target, fragment, notes);
    if (target.info.name.isEmpty())
        target.info.name = fragment.info.name;
    if (target.info.product.isEmpty())
        target.info.product = fragment.info.product;
    if (target.info.retentionType == RetentionType::Unspecified)
        target.info.retentionType = fragment.info.retentionType;
    for (Persona &p : fragment.personas) {
        const int existing = indexOfId(target.personas, p.id);
        if (existing >= 0) {
            auto &useCases = target.personas[size_t(existing)].useCases;
            std::move(p.useCases.begin(), p.useCases.end(), std::back_inserter(useCases));
        } else {
            target.personas.push_back(std::move(p));
        }
    }
    std::move(fragment.journeys.begin(), fragment.journeys.end(),
              std::back_inserter(target.journeys));
    std::move(fragment.metrics.begin(), fragment.metrics.end(), std::back_inserter(target.metrics));
    std::move(fragment.opportunities.begin(), fragment.opportunities.end(),
              std::back_inserter(target.opportunities));
    std::move(fragment.comments.begin(), fragment.comments.end(),
              std::back_inserter(target.comments));
}

void followImportedIds(std::vector<CommentThread> &threads, const QHash<Id, Id> &newIds)
{
    std::vector<CommentThread> kept;
    for (CommentThread &t : threads) {
        CommentTarget &target = t.target;
        const bool hasParent = target.kind == CommentTarget::Kind::Cell
            || target.kind == CommentTarget::Kind::Stage || target.kind == CommentTarget::Kind::Step
            || target.kind == CommentTarget::Kind::UseCase;
        const bool hasLane = target.kind == CommentTarget::Kind::Cell;
        if (!newIds.contains(target.id) || (hasParent && !newIds.contains(target.parent))
            || (hasLane && !newIds.contains(target.lane)))
            continue;
        target.id = newIds.value(target.id);
        if (hasParent)
            target.parent = newIds.value(target.parent);
        if (hasLane)
            target.lane = newIds.value(target.lane);
        t.id = newId();
        for (Comment &c : t.comments)
            c.id = newId();
        kept.push_back(std::move(t));
    }
    threads = std::move(kept);
}

} // namespace Parcours::Edit
