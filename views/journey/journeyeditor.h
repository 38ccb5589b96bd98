#pragma once

#include "domain/ids.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QToolBar;

namespace Parcours {

class AudienceViewChooser;
class JourneyCanvas;
class JourneyPanel;
class WorkspaceDocument;

// The journey editor page: a toolbar (stages, lanes, filter, zoom, duplicate, template), the
// canvas, and the side panel with the current stage's properties and the journey summary.
class JourneyEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit JourneyEditor(QWidget *parent = nullptr);
    ~JourneyEditor() override;

    // Shows a journey (nothing when document is nullptr); no-op when already shown.
    void setJourney(WorkspaceDocument *document, Id journey);
    Id journeyId() const;
    JourneyCanvas *canvas() const { return mCanvas; }
    JourneyPanel *panel() const { return mPanel; }
    AudienceViewChooser *viewChooser() const { return mViews; }
    QAction *action(const QString &objectName) const;

    // Asks for a template and adds the journey; returns its id, or 0 when cancelled.
    static Id addJourneyFromTemplate(QWidget *parent, WorkspaceDocument &document);

    void addStage(bool before);
    void addLane(int kind);
    void duplicateJourney();

signals:
    // A journey was created here (duplicate, template): the window shows it.
    void journeyCreated(Parcours::Id journey);

private:
    void createActions();
    void updateActions();
    void refresh();
    void fillLanesMenu();
    void fillAssessmentMenu();
    void fillLaneKindMenu();
    QAction *addAction(const QString &name, const QString &text, const QKeySequence &shortcut,
                       const std::function<void()> &slot);

    QPointer<WorkspaceDocument> mDocument;
    JourneyCanvas *mCanvas;
    JourneyPanel *mPanel;
    QToolBar *mToolBar;
    QComboBox *mFilter;
    AudienceViewChooser *mViews;
    QLabel *mZoomLabel;
    QMenu *mLanesMenu;
    QMenu *mAddLaneMenu;
    QMenu *mAssessmentMenu;
    QMenu *mLaneKindMenu;
    QMenu *mEmotionMenu;
    QList<QAction *> mActions;
};

} // namespace Parcours
