#pragma once

#include "domain/workspace.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Parcours {

// Saves or edits an audience view (issue 23): its name, the lanes and personas' curves it
// shows, its zoom and its first and last stage. Refuses an empty or taken name in place.
class AudienceViewDialog final : public QDialog
{
    Q_OBJECT

public:
    // `view` fills the fields (a new view: the canvas's current lanes, zoom and stages).
    AudienceViewDialog(const Workspace &workspace, const Journey &journey, const AudienceView &view,
                       QWidget *parent = nullptr);

    // The view as the fields say (its id as given).
    AudienceView view() const;

private:
    void check();

    const Journey &mJourney;
    AudienceView mView;
    QLineEdit *mName;
    QListWidget *mLanes;
    QListWidget *mCurves;
    QComboBox *mFirst;
    QComboBox *mLast;
    QDoubleSpinBox *mZoom;
    QLabel *mProblem;
    QDialogButtonBox *mButtons;
};

} // namespace Parcours
