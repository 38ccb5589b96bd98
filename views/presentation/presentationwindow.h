#pragma once

#include "domain/ids.h"
#include "layout/viewfilter.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QMenu;
class QScreen;

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

    // Opens one, full screen on presentationScreen(over); deletes itself when closed.
    static PresentationWindow *present(QWidget *over, WorkspaceDocument *document, Id journey,
                                       const ViewFilter &view);

    // The screen to present on: the one chosen last (remembered in the settings, by name) when
    // it is connected, else another screen than `over`'s (the projector beside a laptop), else
    // `over`'s.
    static QScreen *presentationScreen(const QWidget *over);
    // The same choice among screen names: the index of the remembered one, else the first that
    // is not `current`, else `current`.
    static int chooseScreen(const QStringList &screens, int current, const QString &remembered);
    static QString rememberedScreen();
    static void rememberScreen(const QString &name);
    // Whether a "Present on Screen" choice is offered: when there are several screens.
    static bool offersScreenChoice() { return screenChoiceCount() > 1; }
    static int screenChoiceCount();
    // Fills `menu` with one checkable entry per screen (the remembered one checked); choosing one
    // remembers it and calls `present`. Call it again when the screens change.
    static void fillScreenMenu(QMenu *menu, const std::function<void()> &present);

    int stageCount() const { return int(mStages.size()); }
    int currentIndex() const { return mCurrent; } // among the stages shown
    QString currentStageName() const;
    bool isProjectorTheme() const { return mProjector; }
    void goTo(int index);
    void setProjectorTheme(bool projector);

    // Pixel sizes of the title, the stage's name and the strip's labels, from the window's
    // height: large on any screen (a 720-line projector included).
    void sizeTypeFor(int height);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void onChanged(const ChangeEvent &event);
    // The stage's name and the title share the heading's line: the name whole when it fits,
    // the journey's name in the title shortened first; what does not fit ends with "…".
    void fitHeading();

    QPointer<WorkspaceDocument> mDocument;
    Id mJourney;
    ViewFilter mView;
    std::vector<Id> mStages; // the view's stages, in order
    int mCurrent = 0;
    bool mProjector = false;
    QString mJourneyName; // the heading's texts in full, fitHeading() shortens them
    QString mFullStageName;
    QLabel *mTitle;
    QLabel *mStageName;
    PresentationStage *mStage;
    PresentationStrip *mStrip;
};

} // namespace Parcours
