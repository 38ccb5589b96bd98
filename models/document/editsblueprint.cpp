#include "document/editsblueprint.h"

#include "document/commands.h"
#include "document/entityfields.h"
#include "document/entitykinds.h"

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Parcours::Edit {

namespace {

// The context lupdate files this namespace's tr() calls under, as in edits.cpp.
QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::Edit", text);
}

// The index after the last lane of `group` (skipping `except`), or -1 when it has none.
int afterGroup(const Journey &journey, const QString &group, Id except)
{
    int after = -1;
    for (size_t i = 0; i < journey.lanes.size(); ++i) {
        if (journey.lanes[i].group == group && journey.lanes[i].id != except)
            after = int(i) + 1;
    }
    return after;
}

} // namespace

bool moveLaneToGroup(WorkspaceDocument &doc, Id journeyId, Id laneId, const QString &group,
                     int index)
{
    const Journey *journey = doc.workspace().journey(journeyId);
    const int from = journey ? indexOfId(journey->lanes, laneId) : -1;
    if (from < 0 || !doc.acceptsEdits())
        return false;
    const Lane &lane = journey->lanes[size_t(from)];
    const int count = int(journey->lanes.size());
    int to = index;
    if (to < 0 || to >= count) {
        const int after = afterGroup(*journey, group, laneId);
        // After the group's last lane; positions past the lane itself shift up by one once it
        // has left its place.
        to = after < 0 ? count - 1 : (after > from ? after - 1 : after);
    }
    to = std::clamp(to, 0, count - 1);
    if (lane.group == group && to == from)
        return false;
    const EntityRef ref = EntityRef::lane(journeyId, laneId);
    auto *parent = new Commands::WorkspaceCommand(doc, tr("Move lane to group"));
    if (lane.group != group)
        new Commands::SetField(doc, parent->text(), ref, Field::LaneGroup, lane.group, group, false,
                               parent);
    if (to != from)
        new Commands::MoveEntity(doc, parent->text(), ref, from, to, parent);
    doc.undoStack()->push(parent);
    return true;
}

int addBlueprintLanes(WorkspaceDocument &doc, Id journeyId)
{
    const Journey *journey = doc.workspace().journey(journeyId);
    if (!journey || !doc.acceptsEdits())
        return 0;
    const auto has = [journey](LaneRole role) {
        return std::any_of(journey->lanes.cbegin(), journey->lanes.cend(),
                           [role](const Lane &l) { return laneRole(l.group) == role; });
    };
    auto *parent = new Commands::WorkspaceCommand(doc, tr("Add blueprint lanes"));
    int added = 0;
    int count = int(journey->lanes.size());
    const auto addLane = [&](LaneRole role, const QString &name, int at) {
        const Lane lane {newId(), name, LaneKind::Text, true, laneGroupKey(role)};
        new Commands::InsertEntity(doc, parent->text(), EntityRef::lane(journeyId, lane.id), at,
                                   TakenLane {lane, {}}, parent);
        ++added;
        ++count;
    };

    // The customer's lane: a lane of the customer group, else the customer-actions lane.
    int customer = -1;
    for (size_t i = 0; i < journey->lanes.size() && customer < 0; ++i) {
        if (laneRole(journey->lanes[i].group) == LaneRole::Customer)
            customer = int(i);
    }
    if (customer < 0) {
        for (size_t i = 0; i < journey->lanes.size(); ++i) {
            const Lane &l = journey->lanes[i];
            if (l.kind != LaneKind::Text || !l.group.isEmpty())
                continue;
            const QString name = l.name.trimmed().toLower();
            const bool named = name == u"customer actions" || name == u"actions du client"
                || name == tr("Customer actions").toLower();
            if (named || customer < 0)
                customer = int(i);
            if (named)
                break;
        }
        if (customer >= 0) {
            const Lane &l = journey->lanes[size_t(customer)];
            new Commands::SetField(doc, parent->text(), EntityRef::lane(journeyId, l.id),
                                   Field::LaneGroup, l.group, laneGroupKey(LaneRole::Customer),
                                   false, parent);
        } else {
            addLane(LaneRole::Customer, tr("Customer actions"), 0);
            customer = 0;
        }
    }
    if (!has(LaneRole::Evidence))
        addLane(LaneRole::Evidence, tr("Physical evidence"), customer);
    if (!has(LaneRole::Frontstage))
        addLane(LaneRole::Frontstage, tr("Frontstage actions"), count);
    if (!has(LaneRole::Backstage))
        addLane(LaneRole::Backstage, tr("Backstage actions"), count);
    if (!has(LaneRole::Support))
        addLane(LaneRole::Support, tr("Support processes"), count);
    if (parent->childCount() == 0) {
        delete parent;
        return 0;
    }
    doc.undoStack()->push(parent);
    return added;
}

QString arrowRefusal(const Journey &journey, const CellArrow &from, const CellArrow &to)
{
    const int fromStage = stageIndexOfStep(journey, from.step);
    const int toStage = stageIndexOfStep(journey, to.step);
    if (fromStage < 0 || toStage < 0 || indexOfId(journey.lanes, from.lane) < 0
        || indexOfId(journey.lanes, to.lane) < 0)
        return tr("an arrow joins two cells of this journey");
    if (from == to)
        return tr("an arrow joins two different cells");
    if (std::abs(fromStage - toStage) > 1)
        return tr("an arrow joins cells of the same stage or of neighbouring stages");
    return {};
}

bool addArrow(WorkspaceDocument &doc, Id journeyId, const CellArrow &from, const CellArrow &to)
{
    const Journey *journey = doc.workspace().journey(journeyId);
    if (!journey || !arrowRefusal(*journey, from, to).isEmpty())
        return false;
    const EntityRef ref = EntityRef::cell(journeyId, from.step, from.lane);
    std::vector<CellArrow> arrows = findStep(*journey, from.step)->cells.value(from.lane).arrows;
    if (std::find(arrows.cbegin(), arrows.cend(), to) != arrows.cend() || !doc.acceptsEdits())
        return false;
    const QString old = cellArrowsKey(arrows);
    arrows.push_back(to);
    doc.undoStack()->push(new Commands::SetField(doc, tr("Draw arrow"), ref, Field::CellArrows, old,
                                                 cellArrowsKey(arrows), false));
    return true;
}

bool removeArrow(WorkspaceDocument &doc, Id journeyId, const CellArrow &from, const CellArrow &to)
{
    const Journey *journey = doc.workspace().journey(journeyId);
    const Step *step = journey ? findStep(*journey, from.step) : nullptr;
    if (!step || !doc.acceptsEdits())
        return false;
    std::vector<CellArrow> arrows = step->cells.value(from.lane).arrows;
    const auto it = std::find(arrows.begin(), arrows.end(), to);
    if (it == arrows.end())
        return false;
    const QString old = cellArrowsKey(arrows);
    arrows.erase(it);
    doc.undoStack()->push(new Commands::SetField(
        doc, tr("Remove arrow"), EntityRef::cell(journeyId, from.step, from.lane),
        Field::CellArrows, old, cellArrowsKey(arrows), false));
    return true;
}

} // namespace Parcours::Edit
