#pragma once

#include "analytics/journeyanalytics.h"
#include "common/commentcounts.h"
#include "document/changeevent.h"
#include "document/workspacedocument.h"
#include "journey/opportunitybadges.h"
#include "layout/journeylayout.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QKeySequence;

namespace Parcours {

class JourneyRenderer;
class JourneyCanvasItem;
class CurveOverlay;
class CellEditorItem;
class StepRowItem;

// The interactive journey map: a Graphics View scene with one light item per cell, stage
// header, lane header and emotion point, each painting itself through JourneyRenderer. Edits
// go through edits.h; document changes update only the affected items (a changed row height
// moves the rows below it, nothing is rebuilt).
//
// The current position is a cell (its step and lane; a one-step stage's step has the stage's
// id), a stage header (the stage, lane 0), a stage's
// customers-entering cell (the funnel row: lane 0, isFunnelCurrent()) or a lane header
// (stage 0). Arrows, Tab, Home and End move it; Enter, F2 or typing edit it in place (Shift+
// Enter for a new line, Escape cancels); Delete clears a cell or a count, or deletes a lane;
// a stage goes only with the Delete Stage command (deleteStageShortcut()). Ctrl+Shift+arrows
// move the current stage or lane; Alt+Up/Down change an emotion score.
class JourneyCanvas final : public QGraphicsView
{
    Q_OBJECT

public:
    enum class ContextKind { Background, StageHeader, LaneHeader, Cell };

    explicit JourneyCanvas(QWidget *parent = nullptr);
    ~JourneyCanvas() override;

    // Shows a journey of the document, or nothing (document nullptr).
    void setJourney(WorkspaceDocument *document, Id journey);
    WorkspaceDocument *document() const { return mDocument; }
    Id journeyId() const { return mJourneyId; }
    const JourneyLayout *journeyLayout() const { return mLayout.get(); }
    const JourneyRenderer *renderer() const { return mRenderer.get(); }
    // The persona curves' points and which curves are shown (issue 18).
    CurveOverlay *curveOverlay() const { return mCurveOverlay; }

    void setFilter(const StageFilter &filter);
    StageFilter filter() const;
    // An audience view's lanes and stages (issue 23; journeycanvasview.cpp); ViewFilter() for
    // every lane and stage.
    void setViewFilter(const ViewFilter &view);
    const ViewFilter &viewFilter() const { return mViewFilter; }

    // How emotion scores are shown and typed; follows Preferences::emotionScale().
    EmotionScale emotionScale() const { return mEmotionScale; }
    void setEmotionScale(EmotionScale scale);

    qreal zoom() const { return mZoom; }
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void fitToWindow();

    // The current column's id: a cell's step, or a stage header's (or count's) stage.
    Id currentStage() const { return mCurrentStage; }
    Id currentLane() const { return mCurrentLane; }
    // The stage of the current position: the header's, or the one holding the cell's step.
    Id currentStageId() const;
    void setCurrent(Id stage, Id lane);
    // The stage's cell in the "Customers entering" row, when the map shows that row; its
    // stage header otherwise. currentStage() is the stage, currentLane() 0.
    void setCurrentFunnel(Id stage);
    bool isFunnelCurrent() const { return mCurrentFunnel; }
    // Scene rectangle of the current position.
    QRectF currentRect() const;

    bool isEditing() const;
    // Opens the in-place editor on the current position, with `replacement` instead of the
    // content when given (typing over a cell), or with everything selected.
    void editCurrent(const std::optional<QString> &replacement = std::nullopt,
                     bool selectAll = false);
    // Writes the editor's text; false (and the editor stays) when it is not valid.
    bool commitEdit();
    void cancelEdit();

    void copy();
    void cut();
    void paste();
    void clearCurrent();
    bool moveCurrentStage(int delta);
    bool moveCurrentLane(int delta);

    void setContextActions(ContextKind kind, const QList<QAction *> &actions);
    // One more at the end of a context menu (the window's "Comment…", issue 23).
    void appendContextAction(ContextKind kind, QAction *action)
    {
        mContextActions[int(kind)].append(action);
    }
    // The line (split at '\n') of the current cell the context menu was opened on: the one
    // under the mouse, or the first when opened from the keyboard.
    int contextLine() const { return mContextLine; }

    // Opportunities (issue 20) whose live links point at a stage (lane 0) or a cell: the count
    // badges drawn on the canvas. A click on a badge lists them; choosing one emits
    // opportunityChosen().
    // A stage header's (lane 0) or a step's cell's opportunities.
    QList<Id> opportunitiesAt(Id stageOrStep, Id lane) const
    {
        return mBadges.at(stageOrStep, lane);
    }
    // The badge's rectangle in the scene, or an empty one when nothing points there.
    QRectF badgeRect(Id stageOrStep, Id lane) const;
    // Lists `opportunities` in a menu at `globalPos`; emits opportunityChosen() for the one
    // chosen.
    void chooseOpportunity(const QList<Id> &opportunities, const QPoint &globalPos);
    // Open comment threads (issue 23) on a cell (`id` its step), a stage header (lane 0) or a
    // step's name (stepHeader): the count badges; a click on one emits commentsRequested().
    CommentTarget commentTargetAt(Id id, Id lane, bool stepHeader = false) const;
    int openCommentsAt(Id id, Id lane, bool stepHeader = false) const;
    // The comment badge's rectangle in the scene (where the item is laid out), or empty.
    QRectF commentBadgeRect(Id id, Id lane, bool stepHeader = false) const;
    // The Delete Stage command's keys: Delete alone never deletes a stage.
    static QKeySequence deleteStageShortcut();

    // For the canvas items: turn points into edits.
    void beginStageDrag(Id stage);
    void updateStageDrag(const QPointF &scenePos);
    void endStageDrag(const QPointF &scenePos, bool cancelled);
    void beginLaneDrag(Id lane);
    void updateLaneDrag(const QPointF &scenePos);
    void endLaneDrag(const QPointF &scenePos, bool cancelled);
    void dragEmotion(Id stage, Id lane, const QPointF &scenePos);
    void endEmotionDrag();
    void setEmotionAt(Id stage, Id lane, const QPointF &scenePos);
    // Service blueprints: Alt+drag from a cell draws an arrow to the cell it is dropped on, in
    // the same stage or a neighbouring one (a rubber band follows the mouse); one undo step.
    // Anywhere else, nothing; too far, a message and nothing.
    void beginArrowDrag(Id stage, Id lane);
    void updateArrowDrag(const QPointF &scenePos);
    void endArrowDrag(const QPointF &scenePos, bool cancelled);
    bool isDrawingArrow() const { return mArrowStage != 0; }
    bool isDragging() const { return mDragStage || mDragLane || mArrowStage; }
    // The step names' row, kept in view below the stage headers; dragging a name moves its
    // step (steprowitem.h). Null without a journey.
    StepRowItem *stepRowItem() const { return mStepRow; }

signals:
    void currentChanged(Parcours::Id stage, Parcours::Id lane);
    void zoomChanged(qreal zoom);
    // After the scene followed a change (summary panels refresh then).
    void layoutUpdated();
    // An opportunity chosen from a badge's list or the cell menu: the window shows the board.
    void opportunityChosen(Parcours::Id opportunity);
    // The badges changed (an opportunity linked, unlinked, added or removed, or undone).
    void badgesChanged();
    // A comment badge was clicked: the window opens the Comments panel on its threads.
    void commentsRequested(const Parcours::CommentTarget &target);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class CellEditorItem;

    struct StageItems
    {
        JourneyCanvasItem *header = nullptr;
        JourneyCanvasItem *funnel = nullptr;
        QHash<Id, JourneyCanvasItem *> cells; // by lane
        QHash<Id, JourneyCanvasItem *> points; // by emotion lane
    };
    struct LaneItems
    {
        JourneyCanvasItem *header = nullptr;
        JourneyCanvasItem *curve = nullptr;
    };

    // Alt+Up/Down and drags change a score by halves.
    static constexpr double emotionStep = 0.5;
    static double snapEmotion(double score);

    void setPosition(Id stage, Id lane, bool funnel);
    int headerRow() const; // the stage headers' row as the keys walk: -2 above a funnel row
    // The column of a position: a step's when `lane` is set, a stage header's otherwise.
    int columnOfPosition(Id id, Id lane) const;
    void explainStageDelete();
    void refuseEdit(const QString &message);

    void onChanged(const ChangeEvent &event);
    void refreshBadges();
    bool clickBadge(const QPointF &scenePos, const QPoint &globalPos);
    void refreshCommentBadges();
    bool clickCommentBadge(const QPointF &scenePos);
    void rebuild();
    void clearItems();
    void syncItems();
    // The items of one column: its step's cells and emotion points; true when a point was
    // added or removed.
    bool syncColumn(int column);
    // After a change of one cell that moved nothing (rowGeometry() unchanged): only its step's
    // items follow, not the map's thousands. `pointsChanged`: a point (the journey's or a
    // curve's) appeared or went. False, and nothing done, when the step is not shown.
    bool syncStep(Id step, bool *pointsChanged);
    // What a cell's change may move: the map's size and every row's rectangle.
    std::vector<QRectF> rowGeometry() const;
    void syncCursor();
    // Scrolls the current place into view beside the frozen lane names and below the frozen
    // stage names, not under them.
    void ensureCurrentVisible();
    void ensureCurrentValid();
    void moveCurrent(int dx, int dy);
    void moveCurrentTab(bool forward);
    // Column and row as the keys walk: -1 for the lane headers, headerRow() for the stage
    // headers, -1 for the funnel row when shown.
    std::pair<int, int> currentGridPosition() const;
    void setCurrentGridPosition(int column, int row);
    bool handleEditKey(QKeyEvent *event);
    static bool isCanvasKey(const QKeyEvent *event);
    void discardEditor();
    void adjustEmotion(double delta);
    void showDropMarker(const QLineF &line);
    JourneyCanvasItem *cellItem(Id stage, Id lane) const;
    void updateDerivedItems();
    void updateStickyHeaders();
    // Words the point's tooltip again when its score changed, or always with `force`.
    void updatePointToolTip(JourneyCanvasItem *point, double score, bool force = false) const;
    void applyZoom(qreal zoom);
    QString currentText() const;
    void setCurrentText(const QString &text);

    QPointer<WorkspaceDocument> mDocument;
    Id mJourneyId = 0;
    std::unique_ptr<JourneyLayout> mLayout;
    std::unique_ptr<JourneyRenderer> mRenderer;
    QGraphicsScene *mScene;
    JourneyCanvasItem *mBackground = nullptr;
    JourneyCanvasItem *mArrows = nullptr; // over the whole map
    JourneyCanvasItem *mCorner = nullptr; // above the lane headers, kept in view
    StepRowItem *mStepRow = nullptr;
    JourneyCanvasItem *mCursor = nullptr;
    QGraphicsLineItem *mDropMarker = nullptr;
    CellEditorItem *mEditor = nullptr;
    QHash<Id, StageItems> mStageItems;
    QHash<Id, LaneItems> mLaneItems;
    StageFilter mFilter;
    ViewFilter mViewFilter;

    Id mCurrentStage = 0;
    Id mCurrentLane = 0;
    bool mCurrentFunnel = false;
    int mCurrentColumnHint = 0;
    int mContextLine = 0;
    OpportunityBadges mBadges;
    CommentCounts mCommentCounts; // open threads per item, for the comment badges
    int mCurrentRowHint = 0;
    Id mEditStage = 0;
    Id mEditLane = 0;
    bool mEditFunnel = false;

    Id mDragStage = 0;
    Id mDragLane = 0;
    Id mArrowStage = 0; // the cell an arrow is drawn from
    Id mArrowLane = 0;
    bool mEmotionDragging = false;

    EmotionScale mEmotionScale = EmotionScale::MinusTwoToPlusTwo;
    qreal mZoom = 1.0;
    bool mPanning = false;
    QPoint mPanStart;

    QHash<int, QList<QAction *>> mContextActions;
    CurveOverlay *mCurveOverlay;
};

} // namespace Parcours
