#include "document/editscurves.h"

#include "document/commands.h"
#include "document/entitykinds.h"

#include <QCoreApplication>

namespace Parcours::Edit {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::Edit", text);
}

// The curves of the emotion cell (step, lane) as they are, or none when there is no such cell.
std::optional<QMap<Id, double>> curvesAt(const WorkspaceDocument &doc, Id journey, Id step, Id lane)
{
    const Journey *j = doc.workspace().journey(journey);
    const Step *s = j ? findStep(*j, step) : nullptr;
    const Lane *l = j ? findById(j->lanes, lane) : nullptr;
    if (!s || !l || l->kind != LaneKind::Emotion)
        return std::nullopt;
    return s->cells.value(lane).curves;
}

bool setCurves(WorkspaceDocument &doc, const QString &text, Id journey, Id step, Id lane,
               const QMap<Id, double> &before, const QMap<Id, double> &after, bool mergeable)
{
    if (before == after || !doc.acceptsEdits())
        return false;
    doc.undoStack()->push(new Commands::SetField(doc, text, EntityRef::cell(journey, step, lane),
                                                 Field::CellCurves, cellCurvesKey(before),
                                                 cellCurvesKey(after), mergeable));
    return true;
}

} // namespace

bool setCurvePoint(WorkspaceDocument &doc, Id journey, Id step, Id lane, Id persona, double emotion,
                   bool mergeable)
{
    const auto curves = curvesAt(doc, journey, step, lane);
    if (!curves || !doc.workspace().persona(persona) || !(emotion >= -2 && emotion <= 2))
        return false;
    QMap<Id, double> after = *curves;
    after.insert(persona, emotion);
    return setCurves(doc, tr("Set Curve Point"), journey, step, lane, *curves, after, mergeable);
}

bool removeCurvePoint(WorkspaceDocument &doc, Id journey, Id step, Id lane, Id persona)
{
    const auto curves = curvesAt(doc, journey, step, lane);
    if (!curves || !curves->contains(persona))
        return false;
    QMap<Id, double> after = *curves;
    after.remove(persona);
    return setCurves(doc, tr("Remove Curve Point"), journey, step, lane, *curves, after, false);
}

bool setCompareWith(WorkspaceDocument &doc, Id journey, Id compareWith)
{
    const Journey *j = doc.workspace().journey(journey);
    if (!j || j->compareWith == compareWith || compareWith == journey
        || (compareWith && !doc.workspace().journey(compareWith)) || !doc.acceptsEdits())
        return false;
    doc.undoStack()->push(
        new Commands::SetField(doc, compareWith ? tr("Compare With Journey") : tr("Stop Comparing"),
                               EntityRef::journey(journey), Field::JourneyCompareWith,
                               j->compareWith, compareWith, false));
    return true;
}

} // namespace Parcours::Edit
