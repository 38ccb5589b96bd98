#pragma once

#include "domain/ids.h"

#include <QComboBox>
#include <QPointer>

namespace Parcours {

class JourneyCanvas;
class WorkspaceDocument;
struct AudienceView;
struct ChangeEvent;

// "View: All lanes / Executive / … / Save View As… / Edit View… / Delete View" above the
// journey canvas (issue 23): choosing a view shows the canvas through it (its lanes, stages
// and zoom); the last three entries save the current lanes, zoom and stages as a view, edit
// the chosen one or delete it, each one undo step (document/editsviews.h).
class AudienceViewChooser final : public QComboBox
{
    Q_OBJECT

public:
    explicit AudienceViewChooser(JourneyCanvas *canvas, QWidget *parent = nullptr);

    // Follows the canvas's journey: call after JourneyCanvas::setJourney. Back to all lanes.
    void setJourney(WorkspaceDocument *document, Id journey);
    // The view shown, 0 for all lanes.
    Id currentView() const;
    // Shows the journey through the view named `name` (0 or "" for all lanes); false when the
    // journey has no such view.
    bool chooseView(const QString &name);

    // For the dialogs: the view the current lanes, zoom and stages make, unnamed.
    AudienceView viewOfCanvas() const;
    void saveViewAs();
    void editView();
    void deleteView();

private:
    enum Special : qint64 { SaveAsItem = -1, EditItem = -2, DeleteItem = -3 };

    void refill(Id select);
    // Shows the canvas through the view chosen; with its zoom when `zoom` (a view just chosen,
    // not the same view after an edit elsewhere).
    void apply(bool zoom);
    void onActivated(int index);
    void onChanged(const ChangeEvent &event);

    JourneyCanvas *mCanvas;
    QPointer<WorkspaceDocument> mDocument;
    Id mJourney = 0;
    Id mShown = 0; // the view shown (0: all lanes), restored after a special entry
    bool mFilling = false;
};

} // namespace Parcours
