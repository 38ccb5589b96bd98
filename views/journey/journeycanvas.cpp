#include "journey/journeycanvas.h"

#include "common/preferences.h"
#include "document/workspacedocument.h"
#include "journey/curveoverlay.h"
#include "journey/journeycanvasaccessible.h"
#include "journey/journeycanvasitem.h"
#include "journey/journeycelleditor.h"
#include "journey/journeyrenderer.h"
#include "journey/steprowitem.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>
#include <limits>

namespace Parcours {

namespace {

constexpr qreal minZoom = 0.05;
constexpr qreal maxZoom = 4.0;
constexpr qreal zoomStep = 1.25;

} // namespace

// --- JourneyCanvas -----------------------------------------------------------------------

JourneyCanvas::JourneyCanvas(QWidget *parent)
    : QGraphicsView(parent)
    , mScene(new QGraphicsScene(this))
    , mEmotionScale(Preferences::emotionScale())
    , mCurveOverlay(new CurveOverlay(this))
{
    JourneyCanvasAccessible::install(); // before anything asks for the canvas's interface
    setScene(mScene);
    setBackgroundBrush(QColor(0xe4, 0xe7, 0xeb));
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setRenderHint(QPainter::TextAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Journey map"));
    setAccessibleDescription(tr("Stages as columns and lanes as rows. Arrow keys move, Enter "
                                "or typing edits, Alt+Up and Alt+Down change an emotion score."));
    mScene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(Preferences::notifier(), &PreferencesNotifier::changed, this,
            [this] { setEmotionScale(Preferences::emotionScale()); });
}

void JourneyCanvas::setEmotionScale(EmotionScale scale)
{
    if (scale == mEmotionScale)
        return;
    mEmotionScale = scale;
    if (!mRenderer)
        return;
    mRenderer->setEmotionScale(scale);
    for (const StageItems &items : std::as_const(mStageItems)) {
        for (JourneyCanvasItem *point : items.points)
            point->setToolTipScore(std::numeric_limits<double>::quiet_NaN()); // worded again
    }
    syncItems(); // the points' tooltips
    mScene->update();
    for (auto it = mStageItems.cbegin(); it != mStageItems.cend(); ++it) {
        for (auto point = it->points.cbegin(); point != it->points.cend(); ++point)
            JourneyCanvasAccessible::contentChanged(this, it.key(), point.key());
    }
}

JourneyCanvas::~JourneyCanvas()
{
    clearItems();
}

void JourneyCanvas::setJourney(WorkspaceDocument *document, Id journey)
{
    if (document == mDocument && journey == mJourneyId && (mLayout || !document))
        return;
    // A cell still being typed in is the user's work: written before another journey shows or
    // the workspace closes (closing the window lands here too), unless it is no valid value.
    if (isEditing() && !commitEdit())
        cancelEdit();
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mJourneyId = document ? journey : 0;
    mCurrentStage = mCurrentLane = 0;
    mCurrentFunnel = false;
    mCurrentColumnHint = mCurrentRowHint = 0;
    if (mDocument)
        connect(mDocument, &WorkspaceDocument::changed, this, &JourneyCanvas::onChanged);
    rebuild();
    if (mLayout && mLayout->columnCount() > 0)
        setCurrent(mLayout->rowCount() > 0 ? mLayout->stepIdAt(0) : mLayout->stageIdAt(0),
                   mLayout->rowCount() > 0 ? mLayout->laneIdAt(0) : 0);
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
}

// --- Zoom and pan --------------------------------------------------------------------------

void JourneyCanvas::applyZoom(qreal zoom)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    if (qFuzzyCompare(zoom, mZoom) && qFuzzyCompare(transform().m11(), zoom))
        return;
    mZoom = zoom;
    setTransform(QTransform::fromScale(zoom, zoom));
    if (mCursor)
        mCursor->update();
    emit zoomChanged(mZoom);
}

void JourneyCanvas::setZoom(qreal zoom)
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    applyZoom(zoom);
    setTransformationAnchor(anchor);
}

void JourneyCanvas::zoomIn()
{
    setZoom(mZoom * zoomStep);
}

void JourneyCanvas::zoomOut()
{
    setZoom(mZoom / zoomStep);
}

void JourneyCanvas::fitToWindow()
{
    if (!mLayout)
        return;
    const QSizeF size = mLayout->size();
    const QSizeF view = viewport()->size();
    if (size.isEmpty() || view.isEmpty())
        return;
    setZoom(std::min(view.width() / size.width(), view.height() / size.height()) * 0.98);
}

void JourneyCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0) {
            setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
            applyZoom(mZoom * std::pow(zoomStep, delta / 120.0));
        }
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        QScrollBar *bar = horizontalScrollBar();
        bar->setValue(bar->value() - event->angleDelta().y());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void JourneyCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !isEditing()
        && clickBadge(mapToScene(event->pos()), event->globalPosition().toPoint())) {
        event->accept();
        return;
    }
    const bool background = !itemAt(event->pos()) || itemAt(event->pos()) == mBackground;
    if (event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && background && !isEditing())) {
        mPanning = true;
        mPanStart = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void JourneyCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (mPanning) {
        const QPoint delta = event->pos() - mPanStart;
        mPanStart = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void JourneyCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (mPanning) {
        mPanning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

// --- Current position --------------------------------------------------------------------

void JourneyCanvas::setCurrent(Id stage, Id lane)
{
    setPosition(stage, lane, false);
}

void JourneyCanvas::setCurrentFunnel(Id stage)
{
    setPosition(stage, 0, stage && mLayout && mLayout->hasFunnel());
}

void JourneyCanvas::setPosition(Id stage, Id lane, bool funnel)
{
    if (stage == mCurrentStage && lane == mCurrentLane && funnel == mCurrentFunnel)
        return;
    if (isEditing() && (stage != mEditStage || lane != mEditLane || funnel != mEditFunnel))
        commitEdit();
    mCurrentStage = stage;
    mCurrentLane = lane;
    mCurrentFunnel = funnel;
    if (mLayout) {
        const int c = columnOfPosition(stage, lane);
        const int r = mLayout->rowOf(lane);
        if (c >= 0)
            mCurrentColumnHint = c;
        if (r >= 0)
            mCurrentRowHint = r;
    }
    syncCursor();
    JourneyCanvasAccessible::currentChanged(this);
    emit currentChanged(stage, lane);
}

QRectF JourneyCanvas::currentRect() const
{
    if (!mLayout)
        return {};
    const int c = columnOfPosition(mCurrentStage, mCurrentLane);
    const int r = mLayout->rowOf(mCurrentLane);
    if (mCurrentFunnel)
        return c >= 0 && mLayout->hasFunnel() ? mLayout->funnelRect(c) : QRectF();
    if (c >= 0 && r >= 0)
        return mLayout->cellRect(c, r);
    if (c >= 0 && mCurrentLane == 0)
        return mLayout->headerRect(c);
    if (r >= 0 && mCurrentStage == 0)
        return mLayout->laneHeaderRect(r);
    return {};
}

void JourneyCanvas::syncCursor()
{
    if (!mCursor)
        return;
    const QRectF rect = currentRect();
    mCursor->setVisible(!rect.isEmpty());
    if (!rect.isEmpty()) {
        mCursor->setSceneRect(rect);
        mCursor->update();
    }
    if (mEditor && mLayout) {
        const int c = columnOfPosition(mEditStage, mEditLane);
        const int r = mLayout->rowOf(mEditLane);
        const qreal padding = mLayout->style().padding;
        QRectF target;
        if (mEditFunnel) {
            if (c >= 0 && mLayout->hasFunnel())
                target = mLayout->funnelRect(c).adjusted(padding, padding, -padding, -padding);
        } else if (c >= 0 && r >= 0) {
            target = mLayout->contentRect(c, r);
        } else if (c >= 0) {
            target = mLayout->headerRect(c).adjusted(padding, mLayout->style().colorBand + padding,
                                                     -padding, 0);
        } else if (r >= 0) {
            target = mLayout->laneHeaderRect(r).adjusted(padding, padding, -padding, 0);
        }
        if (target.isEmpty()) // hidden by a filter, a lane hidden
            cancelEdit();
        else
            mEditor->setPos(target.topLeft());
    }
}

void JourneyCanvas::ensureCurrentVisible()
{
    QRectF rect = currentRect();
    if (rect.isEmpty() || !mLayout)
        return;
    // The lane names cover the view's left as wide as their column, the stage and step names
    // its top as high as their rows: the place must show beside and below them.
    const QRectF frozen = mLayout->cornerRect();
    if (mCurrentStage)
        rect.setLeft(rect.left() - frozen.width());
    if (mCurrentLane || mCurrentFunnel)
        rect.setTop(rect.top() - frozen.height());
    ensureVisible(rect, 40, 40);
}

void JourneyCanvas::ensureCurrentValid()
{
    if (!mLayout)
        return;
    const JourneyLayout &l = *mLayout;
    if (mCurrentFunnel && !l.hasFunnel())
        mCurrentFunnel = false; // the row left with the last count: its stage's header instead
    const bool stageOk = mCurrentStage == 0 || columnOfPosition(mCurrentStage, mCurrentLane) >= 0;
    const bool laneOk = mCurrentLane == 0 || l.rowOf(mCurrentLane) >= 0;
    if (stageOk && laneOk && (mCurrentStage || mCurrentLane))
        return;
    if (l.columnCount() == 0 && l.rowCount() == 0) {
        setCurrent(0, 0);
        return;
    }
    Id stage = mCurrentStage;
    Id lane = mCurrentLane;
    if (!laneOk)
        lane = l.rowCount() ? l.laneIdAt(std::clamp(mCurrentRowHint, 0, l.rowCount() - 1)) : 0;
    if (!stage && !lane && l.rowCount() && l.columnCount() == 0)
        lane = l.laneIdAt(0);
    if (!stageOk || (!stage && !lane)) {
        const int column = std::clamp(mCurrentColumnHint, 0, l.columnCount() - 1);
        stage = l.columnCount() ? (lane ? l.stepIdAt(column) : l.stageIdAt(column)) : 0;
    }
    if (!stage && !lane && l.rowCount())
        lane = l.laneIdAt(0);
    setCurrent(stage, lane);
}

int JourneyCanvas::columnOfPosition(Id id, Id lane) const
{
    if (!mLayout || !id)
        return -1;
    return lane ? mLayout->columnOfStep(id) : mLayout->columnOf(id);
}

Id JourneyCanvas::currentStageId() const
{
    const Journey *j = mLayout ? mLayout->journey() : nullptr;
    if (!j || !mCurrentStage)
        return 0;
    if (!mCurrentLane)
        return mCurrentStage;
    const Stage *stage = stageOfStep(*j, mCurrentStage);
    return stage ? stage->id : 0;
}

int JourneyCanvas::headerRow() const
{
    return mLayout && mLayout->hasFunnel() ? -2 : -1;
}

std::pair<int, int> JourneyCanvas::currentGridPosition() const
{
    if (!mLayout)
        return {-1, -1};
    const int column = mCurrentStage ? columnOfPosition(mCurrentStage, mCurrentLane) : -1;
    if (mCurrentLane)
        return {column, mLayout->rowOf(mCurrentLane)};
    return {column, mCurrentFunnel ? -1 : headerRow()};
}

void JourneyCanvas::setCurrentGridPosition(int column, int row)
{
    const JourneyLayout &l = *mLayout;
    column = std::clamp(column, -1, l.columnCount() - 1);
    row = std::clamp(row, headerRow(), l.rowCount() - 1);
    if (column < 0 && row < 0)
        return;
    // A cell is its step's; a header or funnel cell, its stage's.
    const Id stage = column < 0 ? 0 : (row >= 0 ? l.stepIdAt(column) : l.stageIdAt(column));
    if (row == -1 && l.hasFunnel())
        setCurrentFunnel(stage);
    else
        setCurrent(stage, row >= 0 ? l.laneIdAt(row) : 0);
    ensureCurrentVisible();
}

void JourneyCanvas::moveCurrent(int dx, int dy)
{
    if (!mLayout)
        return;
    auto [column, row] = currentGridPosition();
    if (row < 0 && column >= 0 && dx > 0) // a stage header spans its steps: past its last one
        column = mLayout->stageLastColumn(column);
    column += dx;
    row += dy;
    if (column < -1 || row < headerRow() || (column < 0 && row < 0))
        return;
    setCurrentGridPosition(column, row);
}

void JourneyCanvas::moveCurrentTab(bool forward)
{
    if (!mLayout || mLayout->columnCount() == 0)
        return;
    auto [column, row] = currentGridPosition();
    const int columns = mLayout->columnCount();
    if (row < 0 && column >= 0 && forward)
        column = mLayout->stageLastColumn(column);
    const int rows = mLayout->rowCount();
    if (forward) {
        if (column < columns - 1) {
            ++column;
        } else if (row < rows - 1) {
            column = 0;
            ++row;
        }
    } else {
        if (column > 0) {
            --column;
        } else if (row > headerRow()) {
            column = columns - 1;
            --row;
        }
    }
    setCurrentGridPosition(std::max(column, 0), row);
}

// --- Keyboard ----------------------------------------------------------------------------

bool JourneyCanvas::event(QEvent *event)
{
    // Keys the canvas handles itself win over window shortcuts (while editing, the editor's).
    if (event->type() == QEvent::ShortcutOverride && !isEditing() && mLayout) {
        if (isCanvasKey(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress && !isEditing() && mLayout) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            moveCurrentTab(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
    }
    return QGraphicsView::event(event);
}

void JourneyCanvas::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    JourneyCanvasAccessible::currentChanged(this); // screen readers announce the current cell
}

// Keys handled by handleEditKey(): they go to the canvas even when a window action has the
// same shortcut (F2 renames in the sidebar, but edits the current cell here).
bool JourneyCanvas::isCanvasKey(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut)
        || event->matches(QKeySequence::Paste))
        return true;
    switch (event->key()) {
    case Qt::Key_F2:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
    case Qt::Key_Escape: return mods == Qt::NoModifier;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        return mods == Qt::NoModifier || mods == Qt::AltModifier
            || mods == (Qt::ControlModifier | Qt::ShiftModifier);
    case Qt::Key_Home:
    case Qt::Key_End: return mods == Qt::NoModifier || mods == Qt::ControlModifier;
    default: break;
    }
    const QString text = event->text();
    return !text.isEmpty() && text.at(0).isPrint()
        && !(mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
}

void JourneyCanvas::keyPressEvent(QKeyEvent *event)
{
    if (isEditing() || !mLayout) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Escape && mStepRow && mStepRow->isDragging()) {
        mStepRow->cancelDrag();
        return;
    }
    if (event->key() == Qt::Key_Escape && isDragging()) {
        if (mDragStage)
            endStageDrag({}, true);
        else if (mArrowStage)
            endArrowDrag({}, true);
        else
            endLaneDrag({}, true);
        return;
    }
    if (!handleEditKey(event))
        QGraphicsView::keyPressEvent(event);
}

bool JourneyCanvas::handleEditKey(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool moveMods = mods == (Qt::ControlModifier | Qt::ShiftModifier);
    switch (event->key()) {
    case Qt::Key_Left:
        if (moveMods)
            moveCurrentStage(-1);
        else if (!mods)
            moveCurrent(-1, 0);
        return moveMods || !mods;
    case Qt::Key_Right:
        if (moveMods)
            moveCurrentStage(1);
        else if (!mods)
            moveCurrent(1, 0);
        return moveMods || !mods;
    case Qt::Key_Up:
        if (moveMods)
            moveCurrentLane(-1);
        else if (mods == Qt::AltModifier)
            adjustEmotion(emotionStep);
        else if (!mods)
            moveCurrent(0, -1);
        return moveMods || !mods || mods == Qt::AltModifier;
    case Qt::Key_Down:
        if (moveMods)
            moveCurrentLane(1);
        else if (mods == Qt::AltModifier)
            adjustEmotion(-emotionStep);
        else if (!mods)
            moveCurrent(0, 1);
        return moveMods || !mods || mods == Qt::AltModifier;
    case Qt::Key_Home:
        setCurrentGridPosition(0, mods & Qt::ControlModifier ? 0 : currentGridPosition().second);
        return true;
    case Qt::Key_End:
        setCurrentGridPosition(mLayout->columnCount() - 1,
                               mods & Qt::ControlModifier ? mLayout->rowCount() - 1
                                                          : currentGridPosition().second);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2: editCurrent(); return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (!mods) {
            clearCurrent();
            return true;
        }
        return false;
    default: break;
    }
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return true;
    }
    if (event->matches(QKeySequence::Cut)) {
        cut();
        return true;
    }
    if (event->matches(QKeySequence::Paste)) {
        paste();
        return true;
    }
    const QString text = event->text();
    if (!text.isEmpty() && text.at(0).isPrint()
        && !(mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        editCurrent(text);
        return true;
    }
    return false;
}

// --- Context menus -----------------------------------------------------------------------

void JourneyCanvas::setContextActions(ContextKind kind, const QList<QAction *> &actions)
{
    mContextActions.insert(int(kind), actions);
}

QKeySequence JourneyCanvas::deleteStageShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Delete);
}

void JourneyCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    if (!mLayout) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    if (isEditing()) {
        QGraphicsView::contextMenuEvent(event); // the editor's own menu
        return;
    }
    mContextLine = 0;
    if (event->reason() == QContextMenuEvent::Keyboard) {
        // The menu key: the current position's menu, beside it, for its first line.
        ContextKind kind = ContextKind::Background;
        if (mCurrentStage && mCurrentLane)
            kind = ContextKind::Cell;
        else if (mCurrentStage)
            kind = ContextKind::StageHeader;
        else if (mCurrentLane)
            kind = ContextKind::LaneHeader;
        const QList<QAction *> actions = mContextActions.value(int(kind));
        if (actions.isEmpty())
            return;
        QMenu menu(this);
        menu.addActions(actions);
        const QRect at = mapFromScene(currentRect()).boundingRect();
        menu.exec(viewport()->mapToGlobal(at.isValid() ? at.bottomLeft() : QPoint()));
        return;
    }
    const QPointF scenePos = mapToScene(event->pos());
    JourneyLayout::Hit hit = mLayout->hitTest(scenePos);
    if (mStepRow && itemAt(event->pos()) == mStepRow) { // kept in view over the cells
        hit.kind = JourneyLayout::Hit::StepHeader;
        hit.column = mStepRow->columnAtX(scenePos.x());
    }
    ContextKind kind = ContextKind::Background;
    switch (hit.kind) {
    case JourneyLayout::Hit::StageHeader:
        setCurrent(mLayout->stageIdAt(hit.column), 0);
        kind = ContextKind::StageHeader;
        break;
    case JourneyLayout::Hit::Funnel:
        setCurrentFunnel(mLayout->stageIdAt(hit.column));
        kind = ContextKind::StageHeader;
        break;
    case JourneyLayout::Hit::LaneHeader:
        setCurrent(0, mLayout->laneIdAt(hit.row));
        kind = ContextKind::LaneHeader;
        break;
    case JourneyLayout::Hit::StepHeader:
        // A step's name: its cells' menu (the step actions), on its first row.
        if (mLayout->rowCount() > 0) {
            setCurrent(mLayout->stepIdAt(hit.column), mLayout->laneIdAt(0));
            kind = ContextKind::Cell;
        }
        break;
    case JourneyLayout::Hit::Cell:
        setCurrent(mLayout->stepIdAt(hit.column), mLayout->laneIdAt(hit.row));
        kind = ContextKind::Cell;
        {
            // The line under the mouse: the last whose top is above it.
            const QList<qreal> &tops = mLayout->cellBox(hit.column, hit.row).lineTops;
            const qreal y = scenePos.y() - mLayout->contentRect(hit.column, hit.row).top();
            for (int i = 0; i < tops.size() && tops.at(i) <= y; ++i)
                mContextLine = i;
        }
        break;
    default: break;
    }
    const QList<QAction *> actions = mContextActions.value(int(kind));
    if (actions.isEmpty())
        return;
    QMenu menu(this);
    menu.addActions(actions);
    menu.exec(event->globalPos());
}

} // namespace Parcours
