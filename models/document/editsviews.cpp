#include "document/editsviews.h"

#include "document/commands.h"
#include "document/entitykinds.h"

#include <QCoreApplication>

namespace Parcours::Edit {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::Edit", text);
}

bool setViews(WorkspaceDocument &doc, const QString &text, const Journey &journey,
              const std::vector<AudienceView> &after)
{
    if (journey.views == after || !doc.acceptsEdits())
        return false;
    doc.undoStack()->push(
        new Commands::SetField(doc, text, EntityRef::journey(journey.id), Field::JourneyViews,
                               audienceViewsKey(journey.views), audienceViewsKey(after), false));
    return true;
}

int indexOfView(const Journey &journey, Id view)
{
    return indexOfId(journey.views, view);
}

bool validZoom(double zoom)
{
    return zoom >= minViewZoom && zoom <= maxViewZoom;
}

} // namespace

QString viewNameProblem(const Journey &journey, const QString &name, Id except)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A view needs a name.");
    for (const AudienceView &view : journey.views) {
        if (view.id != except && view.name == trimmed)
            return tr("This journey already has a view named \"%1\".").arg(trimmed);
    }
    return {};
}

Id addView(WorkspaceDocument &doc, Id journey, AudienceView view)
{
    const Journey *j = doc.workspace().journey(journey);
    view.name = view.name.trimmed();
    if (!j || !viewNameProblem(*j, view.name).isEmpty() || !validZoom(view.zoom))
        return 0;
    view.id = newId();
    std::vector<AudienceView> after = j->views;
    after.push_back(view);
    return setViews(doc, tr("Save View \"%1\"").arg(view.name), *j, after) ? view.id : 0;
}

bool renameView(WorkspaceDocument &doc, Id journey, Id view, const QString &name)
{
    const Journey *j = doc.workspace().journey(journey);
    const int index = j ? indexOfView(*j, view) : -1;
    if (index < 0 || !viewNameProblem(*j, name, view).isEmpty())
        return false;
    std::vector<AudienceView> after = j->views;
    after[size_t(index)].name = name.trimmed();
    return setViews(doc, tr("Rename View"), *j, after);
}

bool changeView(WorkspaceDocument &doc, Id journey, const AudienceView &view)
{
    const Journey *j = doc.workspace().journey(journey);
    const int index = j ? indexOfView(*j, view.id) : -1;
    if (index < 0 || !viewNameProblem(*j, view.name, view.id).isEmpty() || !validZoom(view.zoom))
        return false;
    std::vector<AudienceView> after = j->views;
    after[size_t(index)] = view;
    after[size_t(index)].name = view.name.trimmed();
    return setViews(doc, tr("Change View \"%1\"").arg(view.name.trimmed()), *j, after);
}

bool removeView(WorkspaceDocument &doc, Id journey, Id view)
{
    const Journey *j = doc.workspace().journey(journey);
    const int index = j ? indexOfView(*j, view) : -1;
    if (index < 0)
        return false;
    std::vector<AudienceView> after = j->views;
    const QString name = after[size_t(index)].name;
    after.erase(after.begin() + index);
    return setViews(doc, tr("Delete View \"%1\"").arg(name), *j, after);
}

} // namespace Parcours::Edit
