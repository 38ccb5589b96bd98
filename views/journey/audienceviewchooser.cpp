#include "journey/audienceviewchooser.h"

#include "document/changeevent.h"
#include "document/editsviews.h"
#include "document/workspacedocument.h"
#include "journey/audienceviewdialog.h"
#include "journey/journeycanvas.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parcours {

AudienceViewChooser::AudienceViewChooser(JourneyCanvas *canvas, QWidget *parent)
    : QComboBox(parent)
    , mCanvas(canvas)
{
    setObjectName(u"audienceViews"_s);
    setAccessibleName(tr("Audience view"));
    setToolTip(tr("Show the journey as saved for an audience: its lanes, stages and zoom"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    connect(this, &QComboBox::activated, this, &AudienceViewChooser::onActivated);
    refill(0);
}

void AudienceViewChooser::setJourney(WorkspaceDocument *document, Id journey)
{
    if (mDocument)
        disconnect(mDocument.data(), nullptr, this, nullptr);
    mDocument = document;
    mJourney = journey;
    if (mDocument)
        connect(mDocument, &WorkspaceDocument::changed, this, &AudienceViewChooser::onChanged);
    mShown = 0;
    refill(0);
    apply(true);
}

Id AudienceViewChooser::currentView() const
{
    return mShown;
}

bool AudienceViewChooser::chooseView(const QString &name)
{
    const Journey *j = mDocument ? mDocument->workspace().journey(mJourney) : nullptr;
    const AudienceView *view = j ? findViewByName(j->views, name) : nullptr;
    if (!name.isEmpty() && !view)
        return false;
    mShown = view ? view->id : 0;
    refill(mShown);
    apply(true);
    return true;
}

void AudienceViewChooser::refill(Id select)
{
    mFilling = true;
    clear();
    addItem(tr("All lanes"), Id(0));
    const Journey *j = mDocument ? mDocument->workspace().journey(mJourney) : nullptr;
    if (j) {
        for (const AudienceView &view : j->views)
            addItem(view.name, view.id);
    }
    insertSeparator(count());
    addItem(tr("Save View As…"), qint64(SaveAsItem));
    if (select) {
        addItem(tr("Edit View…"), qint64(EditItem));
        addItem(tr("Delete View"), qint64(DeleteItem));
    }
    const int index = findData(select);
    setCurrentIndex(index < 0 ? 0 : index);
    setEnabled(j != nullptr);
    mFilling = false;
}

void AudienceViewChooser::apply(bool zoom)
{
    const Journey *j = mDocument ? mDocument->workspace().journey(mJourney) : nullptr;
    const int index = j ? indexOfId(j->views, mShown) : -1;
    if (index < 0) {
        mShown = 0;
        mCanvas->setViewFilter(ViewFilter());
        return;
    }
    const AudienceView &view = j->views[size_t(index)];
    mCanvas->setViewFilter(ViewFilter::of(view));
    if (zoom)
        mCanvas->setZoom(view.zoom);
}

void AudienceViewChooser::onActivated(int index)
{
    if (mFilling)
        return;
    const qint64 choice = itemData(index).toLongLong();
    switch (choice) {
    case SaveAsItem: saveViewAs(); return;
    case EditItem: editView(); return;
    case DeleteItem: deleteView(); return;
    default: break;
    }
    mShown = choice;
    refill(mShown);
    apply(true);
}

void AudienceViewChooser::onChanged(const ChangeEvent &event)
{
    if (event.type == ChangeEvent::FieldChanged
        && (event.entity.kind != EntityKind::Journey || event.field != Field::JourneyViews))
        return;
    // Views saved, edited, deleted, undone, or everything reset: the list and what it shows.
    const Journey *j = mDocument ? mDocument->workspace().journey(mJourney) : nullptr;
    if (!j || indexOfId(j->views, mShown) < 0)
        mShown = 0;
    refill(mShown);
    apply(false);
}

AudienceView AudienceViewChooser::viewOfCanvas() const
{
    AudienceView view;
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const Journey *j = layout ? layout->journey() : nullptr;
    if (!j)
        return view;
    for (const Lane &lane : j->lanes) {
        if (layout->rowOf(lane.id) >= 0)
            view.lanes.append(lane.id);
    }
    const ViewFilter &filter = mCanvas->viewFilter();
    for (const Persona &persona : mDocument->workspace().personas) {
        if (filter.showsCurve(persona.id))
            view.curvePersonas.append(persona.id);
    }
    if (!filter.isAll()) {
        const auto [first, last] = filter.stageRange(*j);
        if (first > 0)
            view.firstStage = j->stages[size_t(first)].id;
        if (last >= 0 && last < int(j->stages.size()) - 1)
            view.lastStage = j->stages[size_t(last)].id;
    }
    view.zoom = std::clamp(double(mCanvas->zoom()), minViewZoom, maxViewZoom);
    return view;
}

void AudienceViewChooser::saveViewAs()
{
    const Journey *j = mDocument ? mDocument->workspace().journey(mJourney) : nullptr;
    refill(mShown); // the entry chosen was an action: show the view again meanwhile
    if (!j)
        return;
    AudienceViewDialog dialog(mDocument->workspace(), *j, viewOfCanvas(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Id id = Edit::addView(*mDocument, mJourney, dialog.view());
    if (!id)
        return;
    mShown = id;
    refill(mShown);
    apply(true);
}

void AudienceViewChooser::editView()
{
    const Journey *j = mDocument ? mDocument->workspace().journey(mJourney) : nullptr;
    refill(mShown);
    const int index = j ? indexOfId(j->views, mShown) : -1;
    if (index < 0)
        return;
    AudienceViewDialog dialog(mDocument->workspace(), *j, j->views[size_t(index)], this);
    if (dialog.exec() == QDialog::Accepted && Edit::changeView(*mDocument, mJourney, dialog.view()))
        apply(true); // its new zoom too
}

void AudienceViewChooser::deleteView()
{
    const Journey *j = mDocument ? mDocument->workspace().journey(mJourney) : nullptr;
    refill(mShown);
    const int index = j ? indexOfId(j->views, mShown) : -1;
    if (index < 0)
        return;
    // One undo step: Edit > Undo brings it back, so no confirmation.
    Edit::removeView(*mDocument, mJourney, mShown);
}

} // namespace Parcours
