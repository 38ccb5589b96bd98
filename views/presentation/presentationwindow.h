#pragma once

#include "domain/ids.h"
#include "layout/viewfilter.h"

#include <QPointer>
#include <QWidget>

class QLabel;

namespace Parcours {

class PresentationStage;
class PresentationStrip;
class WorkspaceDocument;
struct ChangeEvent;

// Presentation mode (issue 23): a journey walked through stage by stage, full screen in large
// type: the journey's name and the stage's, the stage with its steps (the audience view's
// lanes, the emotion curve and the assessment drawn large) and an overview strip of every
// stage. Right, Down, Page Down and Space go to the next stage; Left, Up, Page Up back; Home
// and End to the first and last; T switches to a black and white projector theme and back;
// Escape leaves. Follows edits made meanwhile (a stage renamed, deleted).
class PresentationWindow final : public QWidget
{
    Q_OBJECT

public:
    PresentationWindow(WorkspaceDocument *document, Id journey, const ViewFilter &view,
                       QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // Opens one, full screen on `over`'s screen, or on another screen when there is one (the
    // projector beside a laptop); deletes itself when closed.
    static PresentationWindow *present(QWidget *over, WorkspaceDocument *document, Id journey,
                                       const ViewFilter &view);

    int stageCount() const { return int(mStages.size()); }
    int currentIndex() const { return mCurrent; } // among the stages shown
    QString currentStageName() const;
    bool isProjectorTheme() const { return mProjector; }
    void goTo(int index);
    void setProjectorTheme(bool projector);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();
    void onChanged(const ChangeEvent &event);

    QPointer<WorkspaceDocument> mDocument;
    Id mJourney;
    ViewFilter mView;
    std::vector<Id> mStages; // the view's stages, in order
    int mCurrent = 0;
    bool mProjector = false;
    QLabel *mTitle;
    QLabel *mStageName;
    PresentationStage *mStage;
    PresentationStrip *mStrip;
};

} // namespace Parcours
