#include "journey/journeycanvas.h"

#include "common/preferences.h"
#include "document/edits.h"
#include "document/workspacedocument.h"
#include "journey/journeycanvasaccessible.h"
#include "journey/journeyrenderer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsTextItem>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QTextCursor>
#include <QTextDocument>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr qreal minZoom = 0.05;
constexpr qreal maxZoom = 4.0;
constexpr qreal zoomStep = 1.25;
constexpr double emotionStep = 0.5;

double snapEmotion(double score)
{
    return clampEmotion(std::round(score / emotionStep) * emotionStep);
}

enum ZOrder {
    BackgroundZ = -10,
    CellZ = 0,
    CurveZ = 5,
    PointZ = 6,
    HeaderZ = 8, // above the curve: headers stay in view over the cells when scrolling
    CornerZ = 9, // above both rows of headers, at the view's top left
    CursorZ = 20,
    DragZ = 30,
    MarkerZ = 40,
    EditorZ = 50,
};

} // namespace

// One part of the map on the scene; paints itself through the canvas's renderer, positioned
// and sized from the layout by JourneyCanvas::syncItems().
class JourneyCanvasItem final : public QGraphicsItem
{
public:
    enum Kind { Background, Corner, StageHeader, Funnel, LaneHeader, Cell, Curve, Point, Cursor };

    JourneyCanvasItem(JourneyCanvas *canvas, Kind kind, Id stage = 0, Id lane = 0)
        : mCanvas(canvas)
        , mKind(kind)
        , mStage(stage)
        , mLane(lane)
    {
        switch (kind) {
        case Background:
            setZValue(BackgroundZ);
            setFlag(ItemUsesExtendedStyleOption);
            setAcceptedMouseButtons(Qt::NoButton);
            break;
        case Corner:
            setZValue(CornerZ);
            setAcceptedMouseButtons(Qt::NoButton);
            break;
        case Curve:
            setZValue(CurveZ);
            setFlag(ItemUsesExtendedStyleOption);
            setAcceptedMouseButtons(Qt::NoButton);
            break;
        case Cursor:
            setZValue(CursorZ);
            setAcceptedMouseButtons(Qt::NoButton);
            break;
        case Point:
            setZValue(PointZ);
            setCursor(Qt::SizeVerCursor);
            setAcceptHoverEvents(true);
            break;
        case StageHeader:
        case LaneHeader:
            setZValue(HeaderZ);
            setCursor(Qt::OpenHandCursor);
            break;
        case Funnel:
        case Cell: setZValue(CellZ); break;
        }
    }

    Kind kind() const { return mKind; }
    Id stage() const { return mStage; }
    Id lane() const { return mLane; }

    QRectF boundingRect() const override
    {
        if (mKind == Cursor)
            return QRectF(QPointF(), mSize).adjusted(-2, -2, 2, 2);
        return QRectF(QPointF(), mSize);
    }

    void setSceneRect(const QRectF &rect)
    {
        if (rect.size() != mSize) {
            prepareGeometryChange();
            mSize = rect.size();
        }
        mHome = rect.topLeft();
        if (pos() != rect.topLeft())
            setPos(rect.topLeft());
    }
    // Where the layout puts it; a header shown elsewhere (kept in view, dragged) paints there
    // what the layout has at home.
    QPointF home() const { return mHome; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const JourneyLayout *layout = mCanvas->journeyLayout();
        const JourneyRenderer *renderer = mCanvas->renderer();
        if (!layout || !renderer)
            return;
        // The renderer works in scene coordinates; a header away from home paints its own.
        const QPointF origin
            = mKind == StageHeader || mKind == LaneHeader || mKind == Corner ? mHome : pos();
        painter->translate(-origin);
        const QRectF exposed = option->exposedRect.translated(origin);
        switch (mKind) {
        case Corner: renderer->paintCorner(painter); break; // over the headers kept in view
        case Background:
            renderer->paintBackground(painter, exposed);
            if (layout->showTitle() && exposed.intersects(layout->titleRect()))
                renderer->paintTitle(painter);
            if (layout->hasTimeToValueBand() && exposed.intersects(layout->timeToValueRect()))
                renderer->paintTimeToValue(painter);
            if (exposed.intersects(layout->cornerRect()))
                renderer->paintCorner(painter);
            if (layout->hasFunnel() && exposed.intersects(layout->funnelLabelRect()))
                renderer->paintFunnelLabel(painter);
            if (layout->columnCount() == 0)
                renderer->paintEmpty(painter);
            break;
        case StageHeader:
            if (const int c = layout->columnOf(mStage); c >= 0)
                renderer->paintStageHeader(painter, c);
            break;
        case Funnel:
            if (const int c = layout->columnOf(mStage); c >= 0 && layout->hasFunnel())
                renderer->paintFunnel(painter, c);
            break;
        case LaneHeader:
            if (const int r = layout->rowOf(mLane); r >= 0)
                renderer->paintLaneHeader(painter, r);
            break;
        case Cell: {
            const int c = layout->columnOf(mStage);
            const int r = layout->rowOf(mLane);
            if (c >= 0 && r >= 0)
                renderer->paintCell(painter, c, r);
            break;
        }
        case Curve:
            if (const int r = layout->rowOf(mLane); r >= 0)
                renderer->paintEmotionCurve(painter, r, exposed);
            break;
        case Point: {
            const int c = layout->columnOf(mStage);
            const int r = layout->rowOf(mLane);
            const Stage *stage = layout->stageAt(c);
            const auto score = stage ? stage->cells.value(mLane).emotion : std::nullopt;
            if (c >= 0 && r >= 0 && score)
                renderer->paintEmotionPoint(painter, c, r, *score, mHovered);
            break;
        }
        case Cursor: {
            painter->translate(pos());
            painter->setRenderHint(QPainter::Antialiasing);
            QPen pen(layout->style().accent, 2.5);
            pen.setCosmetic(mCanvas->zoom() < 0.5);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(QRectF(QPointF(), mSize).adjusted(1, 1, -1, -1));
            break;
        }
        }
    }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override
    {
        if (event->button() != Qt::LeftButton) {
            event->ignore();
            return;
        }
        mPressPos = event->scenePos();
        mDragging = false;
        if (mCanvas->isEditing() && !mCanvas->commitEdit()) {
            event->ignore();
            return;
        }
        switch (mKind) {
        case StageHeader:
        case Funnel: mCanvas->setCurrent(mStage, 0); break;
        case LaneHeader: mCanvas->setCurrent(0, mLane); break;
        case Cell:
        case Point: mCanvas->setCurrent(mStage, mLane); break;
        default: break;
        }
        event->accept();
    }

    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override
    {
        const QPointF delta = event->scenePos() - mPressPos;
        const qreal threshold = QApplication::startDragDistance() / std::max(mCanvas->zoom(), 0.1);
        switch (mKind) {
        case StageHeader:
            if (!mDragging && std::abs(delta.x()) > threshold) {
                mDragging = true;
                mCanvas->beginStageDrag(mStage);
            }
            if (mDragging && mCanvas->isDragging()) {
                setPos(startPos().x() + delta.x(), pos().y()); // kept in view
                mCanvas->updateStageDrag(event->scenePos());
            }
            break;
        case LaneHeader:
            if (!mDragging && std::abs(delta.y()) > threshold) {
                mDragging = true;
                mCanvas->beginLaneDrag(mLane);
            }
            if (mDragging && mCanvas->isDragging()) {
                setPos(pos().x(), startPos().y() + delta.y()); // kept in view
                mCanvas->updateLaneDrag(event->scenePos());
            }
            break;
        case Point:
            mDragging = true;
            mCanvas->dragEmotion(mStage, mLane, event->scenePos());
            break;
        default: break;
        }
    }

    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override
    {
        if (!mDragging)
            return;
        mDragging = false;
        switch (mKind) {
        case StageHeader:
            if (mCanvas->isDragging())
                mCanvas->endStageDrag(event->scenePos(), false);
            break;
        case LaneHeader:
            if (mCanvas->isDragging())
                mCanvas->endLaneDrag(event->scenePos(), false);
            break;
        case Point: mCanvas->endEmotionDrag(); break;
        default: break;
        }
    }

    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override
    {
        if (event->button() != Qt::LeftButton)
            return;
        const JourneyLayout *layout = mCanvas->journeyLayout();
        const int row = layout ? layout->rowOf(mLane) : -1;
        const Lane *lane = layout ? layout->laneAt(row) : nullptr;
        if (mKind == Cell && lane && lane->kind == LaneKind::Emotion)
            mCanvas->setEmotionAt(mStage, mLane, event->scenePos());
        else if (mKind == Cell || mKind == StageHeader || mKind == LaneHeader)
            mCanvas->editCurrent();
    }

    void hoverEnterEvent(QGraphicsSceneHoverEvent *) override
    {
        mHovered = true;
        update();
    }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override
    {
        mHovered = false;
        update();
    }

private:
    // Where the layout puts this item (it may have been moved by a drag).
    QPointF startPos() const
    {
        const JourneyLayout *layout = mCanvas->journeyLayout();
        if (mKind == StageHeader)
            return layout->headerRect(layout->columnOf(mStage)).topLeft();
        return layout->laneHeaderRect(layout->rowOf(mLane)).topLeft();
    }

    JourneyCanvas *mCanvas;
    Kind mKind;
    Id mStage;
    Id mLane;
    QSizeF mSize;
    QPointF mHome;
    QPointF mPressPos;
    bool mDragging = false;
    bool mHovered = false;
};

// The in-place editor: plain text, multi-line (Shift+Enter), Enter commits, Escape cancels,
// Tab commits and moves on, leaving the canvas commits.
class CellEditorItem final : public QGraphicsTextItem
{
public:
    explicit CellEditorItem(JourneyCanvas *canvas)
        : mCanvas(canvas)
    {
        setZValue(EditorZ);
        setTextInteractionFlags(Qt::TextEditorInteraction);
        document()->setDocumentMargin(0);
    }

    void setMinimumSize(const QSizeF &size)
    {
        prepareGeometryChange();
        mMinimum = size;
    }

    QRectF boundingRect() const override
    {
        QRectF r = QGraphicsTextItem::boundingRect();
        r.setWidth(std::max(r.width(), mMinimum.width()));
        r.setHeight(std::max(r.height(), mMinimum.height()));
        return r.adjusted(-6, -6, 6, 6);
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        const QRectF r = boundingRect().adjusted(1, 1, -1, -1);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(mInvalid ? QColor(0xc6, 0x28, 0x28) : QColor(0x3b, 0x5b, 0xa9), 2));
        painter->setBrush(QColor(0xff, 0xff, 0xf4));
        painter->drawRoundedRect(r, 3, 3);
        painter->restore();
        QStyleOptionGraphicsItem plain(*option);
        plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
        QGraphicsTextItem::paint(painter, &plain, widget);
    }

    void setInvalid(bool invalid)
    {
        mInvalid = invalid;
        update();
    }

protected:
    bool sceneEvent(QEvent *event) override
    {
        // Tab would insert a tab or move the scene's focus: here it commits and moves on.
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
                keyPressEvent(key);
                return true;
            }
        }
        return QGraphicsTextItem::sceneEvent(event);
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        switch (event->key()) {
        case Qt::Key_Escape: mCanvas->cancelEdit(); return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (event->modifiers() & Qt::ShiftModifier)
                textCursor().insertText(u"\n"_s);
            else
                mCanvas->commitEdit();
            return;
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            if (mCanvas->commitEdit())
                mCanvas->moveCurrentTab(event->key() == Qt::Key_Tab
                                        && !(event->modifiers() & Qt::ShiftModifier));
            return;
        default: break;
        }
        if (event->matches(QKeySequence::Paste)) { // plain text only
            QTextCursor cursor = textCursor();
            cursor.insertText(QGuiApplication::clipboard()->text());
            setTextCursor(cursor);
            return;
        }
        setInvalid(false);
        QGraphicsTextItem::keyPressEvent(event);
    }

    void focusOutEvent(QFocusEvent *event) override
    {
        QGraphicsTextItem::focusOutEvent(event);
        if (event->reason() == Qt::PopupFocusReason
            || event->reason() == Qt::ActiveWindowFocusReason)
            return;
        if (mCanvas->isEditing() && !mCanvas->commitEdit())
            mCanvas->cancelEdit();
    }

private:
    JourneyCanvas *mCanvas;
    QSizeF mMinimum;
    bool mInvalid = false;
};

// --- JourneyCanvas -----------------------------------------------------------------------

JourneyCanvas::JourneyCanvas(QWidget *parent)
    : QGraphicsView(parent)
    , mScene(new QGraphicsScene(this))
    , mEmotionScale(Preferences::emotionScale())
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
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mJourneyId = document ? journey : 0;
    mCurrentStage = mCurrentLane = 0;
    mCurrentColumnHint = mCurrentRowHint = 0;
    if (mDocument)
        connect(mDocument, &WorkspaceDocument::changed, this, &JourneyCanvas::onChanged);
    rebuild();
    if (mLayout && mLayout->columnCount() > 0)
        setCurrent(mLayout->stageIdAt(0), mLayout->rowCount() > 0 ? mLayout->laneIdAt(0) : 0);
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
}

void JourneyCanvas::clearItems()
{
    if (mEditor) {
        mScene->removeItem(mEditor);
        delete mEditor;
        mEditor = nullptr;
    }
    mStageItems.clear();
    mLaneItems.clear();
    mBackground = nullptr;
    mCorner = nullptr;
    mCursor = nullptr;
    mDropMarker = nullptr;
    mScene->clear();
    mRenderer.reset();
    mLayout.reset();
}

void JourneyCanvas::rebuild()
{
    clearItems();
    if (!mDocument || !mDocument->workspace().journey(mJourneyId)) {
        mScene->setSceneRect(QRectF());
        emit layoutUpdated();
        return;
    }
    mLayout = std::make_unique<JourneyLayout>(mDocument->workspace(), mJourneyId);
    mLayout->setFilter(mFilter);
    mLayout->update();
    mRenderer = std::make_unique<JourneyRenderer>(*mLayout);
    mRenderer->setGreeking(true);
    mRenderer->setEmotionScale(mEmotionScale);
    mBackground = new JourneyCanvasItem(this, JourneyCanvasItem::Background);
    mScene->addItem(mBackground);
    mCorner = new JourneyCanvasItem(this, JourneyCanvasItem::Corner);
    mScene->addItem(mCorner);
    mCursor = new JourneyCanvasItem(this, JourneyCanvasItem::Cursor);
    mCursor->setVisible(false);
    mScene->addItem(mCursor);
    mDropMarker = new QGraphicsLineItem;
    mDropMarker->setZValue(MarkerZ);
    QPen pen(mLayout->style().accent, 4);
    pen.setCapStyle(Qt::RoundCap);
    mDropMarker->setPen(pen);
    mDropMarker->setVisible(false);
    mScene->addItem(mDropMarker);
    syncItems();
    ensureCurrentValid();
    syncCursor();
    JourneyCanvasAccessible::structureChanged(this);
    emit layoutUpdated();
}

void JourneyCanvas::syncItems()
{
    if (!mLayout)
        return;
    const JourneyLayout &l = *mLayout;
    const QRectF bounds = l.bounds();
    if (mScene->sceneRect() != bounds)
        mScene->setSceneRect(bounds);
    mBackground->setSceneRect(bounds);
    mCorner->setSceneRect(l.cornerRect());

    const int columns = l.columnCount();
    const int rows = l.rowCount();
    // Stages that left the view (deleted, filtered out) take their items along.
    for (auto it = mStageItems.begin(); it != mStageItems.end();) {
        if (l.columnOf(it.key()) >= 0) {
            ++it;
            continue;
        }
        delete it->header;
        delete it->funnel;
        qDeleteAll(it->cells);
        qDeleteAll(it->points);
        it = mStageItems.erase(it);
    }
    for (auto it = mLaneItems.begin(); it != mLaneItems.end();) {
        if (l.rowOf(it.key()) >= 0) {
            ++it;
            continue;
        }
        delete it->header;
        delete it->curve;
        it = mLaneItems.erase(it);
    }

    for (int r = 0; r < rows; ++r) {
        const Id lane = l.laneIdAt(r);
        LaneItems &items = mLaneItems[lane];
        if (!items.header) {
            items.header = new JourneyCanvasItem(this, JourneyCanvasItem::LaneHeader, 0, lane);
            mScene->addItem(items.header);
        }
        items.header->setSceneRect(l.laneHeaderRect(r));
        const bool emotion = l.laneAt(r) && l.laneAt(r)->kind == LaneKind::Emotion;
        if (emotion && !items.curve) {
            items.curve = new JourneyCanvasItem(this, JourneyCanvasItem::Curve, 0, lane);
            mScene->addItem(items.curve);
        } else if (!emotion && items.curve) {
            delete items.curve;
            items.curve = nullptr;
        }
        if (items.curve)
            items.curve->setSceneRect(l.rowRect(r));
    }

    for (int c = 0; c < columns; ++c) {
        const Id stageId = l.stageIdAt(c);
        const Stage *stage = l.stageAt(c);
        StageItems &items = mStageItems[stageId];
        if (!items.header) {
            items.header = new JourneyCanvasItem(this, JourneyCanvasItem::StageHeader, stageId);
            mScene->addItem(items.header);
        }
        if (!isDragging() || mDragStage != stageId)
            items.header->setSceneRect(l.headerRect(c));
        if (l.hasFunnel() && !items.funnel) {
            items.funnel = new JourneyCanvasItem(this, JourneyCanvasItem::Funnel, stageId);
            mScene->addItem(items.funnel);
        } else if (!l.hasFunnel() && items.funnel) {
            delete items.funnel;
            items.funnel = nullptr;
        }
        if (items.funnel)
            items.funnel->setSceneRect(l.funnelRect(c));
        for (auto it = items.cells.begin(); it != items.cells.end();) {
            if (l.rowOf(it.key()) >= 0) {
                ++it;
                continue;
            }
            delete it.value();
            it = items.cells.erase(it);
        }
        for (int r = 0; r < rows; ++r) {
            const Id lane = l.laneIdAt(r);
            JourneyCanvasItem *&cell = items.cells[lane];
            if (!cell) {
                cell = new JourneyCanvasItem(this, JourneyCanvasItem::Cell, stageId, lane);
                mScene->addItem(cell);
            }
            cell->setSceneRect(l.cellRect(c, r));
        }
        // Emotion points, where a score is set.
        for (auto it = items.points.begin(); it != items.points.end();) {
            const int r = l.rowOf(it.key());
            const bool keep = r >= 0 && l.laneAt(r)->kind == LaneKind::Emotion && stage
                && stage->cells.value(it.key()).emotion;
            if (keep) {
                ++it;
                continue;
            }
            delete it.value();
            it = items.points.erase(it);
        }
        for (int r = 0; r < rows && stage; ++r) {
            const Lane *lane = l.laneAt(r);
            if (!lane || lane->kind != LaneKind::Emotion)
                continue;
            const auto score = stage->cells.value(lane->id).emotion;
            if (!score)
                continue;
            JourneyCanvasItem *&point = items.points[lane->id];
            if (!point) {
                point = new JourneyCanvasItem(this, JourneyCanvasItem::Point, stageId, lane->id);
                mScene->addItem(point);
            }
            // The point and its label, drawn below it near the top and above it elsewhere.
            const QPointF p = l.emotionPoint(c, r, *score);
            const bool labelBelow = *score > 1;
            point->setSceneRect(QRectF(p.x() - 30, labelBelow ? p.y() - 12 : p.y() - 30, 60, 42));
            updatePointToolTip(point, *score);
        }
    }
    updateStickyHeaders();
}

void JourneyCanvas::updateStickyHeaders()
{
    if (!mLayout)
        return;
    // Like a spreadsheet's frozen panes: the stage row stays at the top of the view and the
    // lane column at its left while the cells scroll beneath them.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const QPointF corner = mCorner->home();
    mCorner->setPos(std::max(corner.x(), visible.left()), std::max(corner.y(), visible.top()));
    for (auto it = mStageItems.cbegin(); it != mStageItems.cend(); ++it) {
        JourneyCanvasItem *header = it->header;
        if (header && it.key() != mDragStage)
            header->setPos(header->home().x(), std::max(header->home().y(), visible.top()));
    }
    for (auto it = mLaneItems.cbegin(); it != mLaneItems.cend(); ++it) {
        JourneyCanvasItem *header = it->header;
        if (header && it.key() != mDragLane)
            header->setPos(std::max(header->home().x(), visible.left()), header->home().y());
    }
}

void JourneyCanvas::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    updateStickyHeaders();
}

void JourneyCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateStickyHeaders();
}

void JourneyCanvas::updatePointToolTip(JourneyCanvasItem *point, double score) const
{
    point->setToolTip(tr("Emotion %1, on a scale from %2 to %3.\nDrag to change it, or press "
                         "Alt+Up or Alt+Down.")
                          .arg(formatEmotion(score, mEmotionScale),
                               formatEmotion(emotionMin, mEmotionScale),
                               formatEmotion(emotionMax, mEmotionScale)));
}

void JourneyCanvas::updateDerivedItems()
{
    if (!mLayout)
        return;
    mBackground->update();
    mCorner->update();
    for (const StageItems &items : std::as_const(mStageItems)) {
        if (items.funnel)
            items.funnel->update();
    }
}

JourneyCanvasItem *JourneyCanvas::cellItem(Id stage, Id lane) const
{
    const auto it = mStageItems.constFind(stage);
    return it == mStageItems.cend() ? nullptr : it->cells.value(lane);
}

void JourneyCanvas::onChanged(const ChangeEvent &event)
{
    if (!mDocument)
        return;
    const EntityRef &e = event.entity;
    if (event.type == ChangeEvent::Reset) {
        rebuild();
        return;
    }
    if (e.kind == EntityKind::Journey && e.id == mJourneyId) {
        if (event.type == ChangeEvent::Removed) {
            setJourney(nullptr, 0);
            return;
        }
        if (event.type == ChangeEvent::Inserted) { // undo of its deletion
            rebuild();
            return;
        }
    }
    if (!mLayout) {
        if (e.kind == EntityKind::Journey && e.id == mJourneyId)
            rebuild();
        return;
    }
    const bool ours = (e.kind == EntityKind::Journey && e.id == mJourneyId)
        || ((e.kind == EntityKind::Stage || e.kind == EntityKind::Lane
             || e.kind == EntityKind::Cell)
            && e.parent == mJourneyId);
    const Journey *journey = mLayout->journey();
    const bool persona = e.kind == EntityKind::Persona && journey && journey->personaId == e.id;
    if (!ours && !persona)
        return;

    bool derived = true;
    switch (e.kind) {
    case EntityKind::Cell:
        mLayout->invalidateCell(e.id, e.secondary);
        derived = false;
        break;
    case EntityKind::Stage:
        if (event.type == ChangeEvent::Removed && e.id == mEditStage)
            cancelEdit();
        mLayout->invalidateStage(e.id);
        if (event.type == ChangeEvent::Inserted)
            setCurrent(e.id, 0);
        break;
    case EntityKind::Lane:
        if (event.type == ChangeEvent::Removed && e.id == mEditLane)
            cancelEdit();
        mLayout->invalidateLane(e.id);
        break;
    default: break;
    }
    mLayout->update();
    syncItems();

    // Repaint what changed in place; moved and resized items repaint themselves.
    switch (e.kind) {
    case EntityKind::Cell: {
        if (JourneyCanvasItem *cell = cellItem(e.id, e.secondary))
            cell->update();
        const auto lane = mLaneItems.constFind(e.secondary);
        if (lane != mLaneItems.cend() && lane->curve)
            lane->curve->update();
        // After undo, show what changed.
        if ((event.field == Field::CellEmotion && !mEmotionDragging)
            || (event.field == Field::CellText && !isEditing()))
            setCurrent(e.id, e.secondary);
        if (!mEmotionDragging && !isEditing())
            ensureVisible(currentRect(), 40, 40);
        break;
    }
    case EntityKind::Stage:
        if (event.type == ChangeEvent::FieldChanged) {
            if (const auto it = mStageItems.constFind(e.id); it != mStageItems.cend())
                it->header->update();
        } else { // numbers and neighbours changed
            for (const StageItems &items : std::as_const(mStageItems))
                items.header->update();
        }
        break;
    case EntityKind::Lane:
        if (const auto it = mLaneItems.constFind(e.id); it != mLaneItems.cend()) {
            it->header->update();
            if (it->curve)
                it->curve->update();
        }
        for (const StageItems &items : std::as_const(mStageItems)) {
            if (event.type == ChangeEvent::FieldChanged) {
                if (JourneyCanvasItem *cell = items.cells.value(e.id))
                    cell->update();
            } else { // row shading follows the order
                for (JourneyCanvasItem *cell : items.cells)
                    cell->update();
            }
        }
        break;
    default: break;
    }
    if (derived)
        updateDerivedItems();
    ensureCurrentValid();
    syncCursor();
    if (event.type == ChangeEvent::FieldChanged) {
        if (e.kind == EntityKind::Cell)
            JourneyCanvasAccessible::contentChanged(this, e.id, e.secondary);
        else if (e.kind == EntityKind::Stage)
            JourneyCanvasAccessible::contentChanged(this, e.id, 0);
        else if (e.kind == EntityKind::Lane)
            JourneyCanvasAccessible::contentChanged(this, 0, e.id);
    } else if (e.kind == EntityKind::Stage || e.kind == EntityKind::Lane) {
        JourneyCanvasAccessible::structureChanged(this);
    }
    emit layoutUpdated();
}

void JourneyCanvas::setFilter(const StageFilter &filter)
{
    mFilter = filter;
    if (!mLayout)
        return;
    cancelEdit();
    mLayout->setFilter(filter);
    mLayout->update();
    syncItems();
    updateDerivedItems();
    for (const StageItems &items : std::as_const(mStageItems))
        items.header->update();
    ensureCurrentValid();
    syncCursor();
    JourneyCanvasAccessible::structureChanged(this);
    emit layoutUpdated();
}

StageFilter JourneyCanvas::filter() const
{
    return mFilter;
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
    if (stage == mCurrentStage && lane == mCurrentLane)
        return;
    if (isEditing() && (stage != mEditStage || lane != mEditLane))
        commitEdit();
    mCurrentStage = stage;
    mCurrentLane = lane;
    if (mLayout) {
        const int c = mLayout->columnOf(stage);
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
    const int c = mLayout->columnOf(mCurrentStage);
    const int r = mLayout->rowOf(mCurrentLane);
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
        const int c = mLayout->columnOf(mEditStage);
        const int r = mLayout->rowOf(mEditLane);
        QRectF target;
        if (c >= 0 && r >= 0)
            target = mLayout->contentRect(c, r);
        else if (c >= 0)
            target = mLayout->headerRect(c).adjusted(
                mLayout->style().padding, mLayout->style().colorBand + mLayout->style().padding,
                -mLayout->style().padding, 0);
        else if (r >= 0)
            target = mLayout->laneHeaderRect(r).adjusted(
                mLayout->style().padding, mLayout->style().padding, -mLayout->style().padding, 0);
        if (target.isEmpty()) // hidden by a filter, a lane hidden
            cancelEdit();
        else
            mEditor->setPos(target.topLeft());
    }
}

void JourneyCanvas::ensureCurrentValid()
{
    if (!mLayout)
        return;
    const JourneyLayout &l = *mLayout;
    const bool stageOk = mCurrentStage == 0 || l.columnOf(mCurrentStage) >= 0;
    const bool laneOk = mCurrentLane == 0 || l.rowOf(mCurrentLane) >= 0;
    if (stageOk && laneOk && (mCurrentStage || mCurrentLane))
        return;
    if (l.columnCount() == 0 && l.rowCount() == 0) {
        setCurrent(0, 0);
        return;
    }
    Id stage = mCurrentStage;
    Id lane = mCurrentLane;
    if (!stageOk || (!stage && !lane))
        stage = l.columnCount()
            ? l.stageIdAt(std::clamp(mCurrentColumnHint, 0, l.columnCount() - 1))
            : 0;
    if (!laneOk)
        lane = l.rowCount() ? l.laneIdAt(std::clamp(mCurrentRowHint, 0, l.rowCount() - 1)) : 0;
    if (!stage && !lane && l.rowCount())
        lane = l.laneIdAt(0);
    setCurrent(stage, lane);
}

std::pair<int, int> JourneyCanvas::currentGridPosition() const
{
    if (!mLayout)
        return {-1, -1};
    return {mCurrentStage ? mLayout->columnOf(mCurrentStage) : -1,
            mCurrentLane ? mLayout->rowOf(mCurrentLane) : -1};
}

void JourneyCanvas::setCurrentGridPosition(int column, int row)
{
    const JourneyLayout &l = *mLayout;
    column = std::clamp(column, -1, l.columnCount() - 1);
    row = std::clamp(row, -1, l.rowCount() - 1);
    if (column < 0 && row < 0)
        return;
    setCurrent(column >= 0 ? l.stageIdAt(column) : 0, row >= 0 ? l.laneIdAt(row) : 0);
    ensureVisible(currentRect(), 40, 40);
}

void JourneyCanvas::moveCurrent(int dx, int dy)
{
    if (!mLayout)
        return;
    auto [column, row] = currentGridPosition();
    column += dx;
    row += dy;
    if (column < -1 || row < -1 || (column < 0 && row < 0))
        return;
    setCurrentGridPosition(column, row);
}

void JourneyCanvas::moveCurrentTab(bool forward)
{
    if (!mLayout || mLayout->columnCount() == 0)
        return;
    auto [column, row] = currentGridPosition();
    const int columns = mLayout->columnCount();
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
        } else if (row > -1) {
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
    if (event->key() == Qt::Key_Escape && isDragging()) {
        if (mDragStage)
            endStageDrag({}, true);
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

// --- Editing -------------------------------------------------------------------------------

bool JourneyCanvas::isEditing() const
{
    return mEditor != nullptr;
}

QString JourneyCanvas::currentText() const
{
    if (!mLayout)
        return {};
    const Journey *j = mLayout->journey();
    const int stageIndex = indexOfId(j->stages, mCurrentStage);
    const int laneIndex = indexOfId(j->lanes, mCurrentLane);
    if (stageIndex >= 0 && laneIndex >= 0) {
        const Cell cell = j->stages[size_t(stageIndex)].cells.value(mCurrentLane);
        if (j->lanes[size_t(laneIndex)].kind == LaneKind::Emotion)
            return cell.emotion ? formatEmotion(*cell.emotion, mEmotionScale) : QString();
        return cell.text;
    }
    if (stageIndex >= 0)
        return j->stages[size_t(stageIndex)].name;
    if (laneIndex >= 0)
        return j->lanes[size_t(laneIndex)].name;
    return {};
}

// Writes `text` to the current position; false when it is not valid there.
void JourneyCanvas::setCurrentText(const QString &text)
{
    if (!mLayout || !mDocument)
        return;
    const Journey *j = mLayout->journey();
    const int laneIndex = indexOfId(j->lanes, mCurrentLane);
    if (mCurrentStage && mCurrentLane) {
        const EntityRef ref = EntityRef::cell(mJourneyId, mCurrentStage, mCurrentLane);
        if (laneIndex >= 0 && j->lanes[size_t(laneIndex)].kind == LaneKind::Emotion) {
            const QString trimmed = text.trimmed();
            if (trimmed.isEmpty()) {
                Edit::setField(*mDocument, ref, Field::CellEmotion, QVariant());
            } else if (const auto score = parseEmotion(trimmed, mEmotionScale)) {
                Edit::setField(*mDocument, ref, Field::CellEmotion, *score);
            }
            return;
        }
        Edit::setField(*mDocument, ref, Field::CellText, text);
    } else if (mCurrentStage) {
        const QString name = text.simplified();
        if (!name.isEmpty())
            Edit::setField(*mDocument, EntityRef::stage(mJourneyId, mCurrentStage),
                           Field::StageName, name);
    } else if (mCurrentLane) {
        const QString name = text.simplified();
        if (!name.isEmpty())
            Edit::setField(*mDocument, EntityRef::lane(mJourneyId, mCurrentLane), Field::LaneName,
                           name);
    }
}

void JourneyCanvas::editCurrent(const std::optional<QString> &replacement, bool selectAll)
{
    if (!mLayout || !mDocument || mDocument->isReadOnly() || isEditing())
        return;
    const QRectF rect = currentRect();
    if (rect.isEmpty())
        return;
    ensureVisible(rect, 40, 40);
    const JourneyStyle &s = mLayout->style();
    mEditStage = mCurrentStage;
    mEditLane = mCurrentLane;
    mEditor = new CellEditorItem(this);
    QFont font = s.font;
    qreal width = s.columnWidth - 2 * s.padding;
    QSizeF minimum(width, 0);
    if (mCurrentStage && mCurrentLane) {
        minimum.setHeight(rect.height() - 2 * s.padding);
    } else if (mCurrentStage) {
        font = s.headerFont;
    } else {
        font = s.laneFont;
        width = s.laneHeaderWidth - 2 * s.padding;
        minimum.setWidth(width);
    }
    mEditor->setFont(font);
    mEditor->setTextWidth(width);
    mEditor->setMinimumSize(minimum);
    mEditor->setPlainText(replacement.value_or(currentText()));
    mScene->addItem(mEditor);
    syncCursor(); // positions the editor
    mEditor->setFocus(Qt::OtherFocusReason);
    QTextCursor cursor(mEditor->document());
    cursor.movePosition(QTextCursor::End);
    if (selectAll && !replacement)
        cursor.select(QTextCursor::Document);
    mEditor->setTextCursor(cursor);
}

bool JourneyCanvas::commitEdit()
{
    if (!mEditor)
        return true;
    const QString text = mEditor->toPlainText();
    const Id stage = mEditStage;
    const Id lane = mEditLane;
    // Emotion cells take a score or nothing.
    if (stage && lane && mLayout) {
        const Lane *l = mLayout->laneAt(mLayout->rowOf(lane));
        if (l && l->kind == LaneKind::Emotion && !text.trimmed().isEmpty()
            && !parseEmotion(text, mEmotionScale)) {
            mEditor->setInvalid(true);
            mEditor->setToolTip(tr("Type a score from %1 to %2, or nothing.")
                                    .arg(formatEmotion(emotionMin, mEmotionScale),
                                         formatEmotion(emotionMax, mEmotionScale)));
            QApplication::beep();
            return false;
        }
    }
    discardEditor();
    const Id currentStage = mCurrentStage;
    const Id currentLane = mCurrentLane;
    mCurrentStage = stage;
    mCurrentLane = lane;
    setCurrentText(text);
    if (mLayout) { // the edit may have moved things; go back where the user is
        mCurrentStage = currentStage;
        mCurrentLane = currentLane;
        ensureCurrentValid();
        syncCursor();
    }
    setFocus();
    return true;
}

void JourneyCanvas::cancelEdit()
{
    if (!mEditor)
        return;
    discardEditor();
    setFocus();
}

// The editor may be in its own key handler: it goes away once that returns.
void JourneyCanvas::discardEditor()
{
    CellEditorItem *editor = std::exchange(mEditor, nullptr);
    mEditStage = mEditLane = 0;
    editor->hide();
    editor->clearFocus();
    editor->deleteLater();
}

void JourneyCanvas::copy()
{
    QGuiApplication::clipboard()->setText(currentText());
}

void JourneyCanvas::cut()
{
    copy();
    if (mCurrentStage && mCurrentLane)
        clearCurrent();
}

void JourneyCanvas::paste()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (!text.isEmpty())
        setCurrentText(text);
}

void JourneyCanvas::clearCurrent()
{
    if (!mDocument || !mLayout)
        return;
    if (mCurrentStage && mCurrentLane)
        setCurrentText(QString());
    else if (mCurrentStage)
        Edit::removeStage(*mDocument, mJourneyId, mCurrentStage);
    else if (mCurrentLane)
        Edit::removeLane(*mDocument, mJourneyId, mCurrentLane);
}

void JourneyCanvas::adjustEmotion(double delta)
{
    if (!mDocument || !mLayout || !mCurrentStage || !mCurrentLane)
        return;
    const Lane *lane = mLayout->laneAt(mLayout->rowOf(mCurrentLane));
    const Stage *stage = mLayout->stageAt(mLayout->columnOf(mCurrentStage));
    if (!lane || !stage || lane->kind != LaneKind::Emotion)
        return;
    const double score = snapEmotion(stage->cells.value(lane->id).emotion.value_or(0) + delta);
    Edit::setField(*mDocument, EntityRef::cell(mJourneyId, stage->id, lane->id), Field::CellEmotion,
                   score);
}

bool JourneyCanvas::moveCurrentStage(int delta)
{
    if (!mDocument || !mLayout || !mCurrentStage)
        return false;
    const int from = indexOfId(mLayout->journey()->stages, mCurrentStage);
    if (from < 0)
        return false;
    const bool moved
        = Edit::move(*mDocument, EntityRef::stage(mJourneyId, mCurrentStage), from + delta);
    ensureVisible(currentRect(), 40, 40);
    return moved;
}

bool JourneyCanvas::moveCurrentLane(int delta)
{
    if (!mDocument || !mLayout || !mCurrentLane)
        return false;
    const auto &lanes = mLayout->journey()->lanes;
    const int from = indexOfId(lanes, mCurrentLane);
    if (from < 0)
        return false;
    // Hidden lanes are stepped over, so that the move is visible.
    int to = from + delta;
    while (to >= 0 && to < int(lanes.size()) && !lanes[size_t(to)].visible)
        to += delta;
    const bool moved = Edit::move(*mDocument, EntityRef::lane(mJourneyId, mCurrentLane), to);
    ensureVisible(currentRect(), 40, 40);
    return moved;
}

// --- Drags -------------------------------------------------------------------------------

void JourneyCanvas::showDropMarker(const QLineF &line)
{
    mDropMarker->setLine(line);
    mDropMarker->setVisible(true);
}

void JourneyCanvas::beginStageDrag(Id stage)
{
    if (!mDocument || mDocument->isReadOnly())
        return;
    mDragStage = stage;
    if (const auto it = mStageItems.constFind(stage); it != mStageItems.cend()) {
        it->header->setZValue(DragZ);
        it->header->setOpacity(0.85);
    }
}

void JourneyCanvas::updateStageDrag(const QPointF &scenePos)
{
    if (!mDragStage || !mLayout)
        return;
    const int at = mLayout->insertionColumnAtX(scenePos.x());
    const qreal x = mLayout->cornerRect().right() + at * mLayout->style().columnWidth;
    const QRectF grid = mLayout->gridRect();
    showDropMarker(QLineF(x, grid.top(), x, grid.bottom()));
    ensureVisible(QRectF(scenePos, QSizeF(1, 1)), 30, 0);
}

void JourneyCanvas::endStageDrag(const QPointF &scenePos, bool cancelled)
{
    const Id stage = std::exchange(mDragStage, 0);
    mDropMarker->setVisible(false);
    if (const auto it = mStageItems.constFind(stage); it != mStageItems.cend()) {
        it->header->setZValue(HeaderZ);
        it->header->setOpacity(1);
    }
    if (!cancelled && mLayout && mDocument) {
        const int from = mLayout->columnOf(stage);
        int at = mLayout->insertionColumnAtX(scenePos.x());
        if (at > from)
            --at;
        if (at != from && from >= 0) {
            // Columns may be filtered: move next to the stage now in that column.
            const int toIndex = mLayout->stageIndexAt(at);
            Edit::move(*mDocument, EntityRef::stage(mJourneyId, stage), toIndex);
        }
    }
    syncItems(); // puts the header back
    syncCursor();
}

void JourneyCanvas::beginLaneDrag(Id lane)
{
    if (!mDocument || mDocument->isReadOnly())
        return;
    mDragLane = lane;
    if (const auto it = mLaneItems.constFind(lane); it != mLaneItems.cend()) {
        it->header->setZValue(DragZ);
        it->header->setOpacity(0.85);
    }
}

void JourneyCanvas::updateLaneDrag(const QPointF &scenePos)
{
    if (!mDragLane || !mLayout)
        return;
    const int at = mLayout->insertionRowAtY(scenePos.y());
    const QRectF grid = mLayout->gridRect();
    const qreal y = at < mLayout->rowCount() ? mLayout->laneHeaderRect(at).top() : grid.bottom();
    showDropMarker(QLineF(grid.left(), y, grid.right(), y));
    ensureVisible(QRectF(scenePos, QSizeF(1, 1)), 0, 30);
}

void JourneyCanvas::endLaneDrag(const QPointF &scenePos, bool cancelled)
{
    const Id lane = std::exchange(mDragLane, 0);
    mDropMarker->setVisible(false);
    if (const auto it = mLaneItems.constFind(lane); it != mLaneItems.cend()) {
        it->header->setZValue(HeaderZ);
        it->header->setOpacity(1);
        if (mLayout && mLayout->rowOf(lane) >= 0)
            it->header->setPos(mLayout->laneHeaderRect(mLayout->rowOf(lane)).topLeft());
    }
    if (!cancelled && mLayout && mDocument) {
        const int from = mLayout->rowOf(lane);
        int at = mLayout->insertionRowAtY(scenePos.y());
        if (at > from)
            --at;
        if (at != from && from >= 0) {
            const int toIndex = indexOfId(mLayout->journey()->lanes, mLayout->laneIdAt(at));
            Edit::move(*mDocument, EntityRef::lane(mJourneyId, lane), toIndex);
        }
    }
    syncItems();
    syncCursor();
}

void JourneyCanvas::dragEmotion(Id stage, Id lane, const QPointF &scenePos)
{
    if (!mDocument || !mLayout || mDocument->isReadOnly())
        return;
    const int row = mLayout->rowOf(lane);
    if (row < 0)
        return;
    mEmotionDragging = true;
    const double score = snapEmotion(mLayout->emotionAt(row, scenePos.y()));
    Edit::setField(*mDocument, EntityRef::cell(mJourneyId, stage, lane), Field::CellEmotion, score,
                   true);
}

void JourneyCanvas::endEmotionDrag()
{
    mEmotionDragging = false;
    if (mDocument)
        Edit::endMergeableEdit(*mDocument);
}

void JourneyCanvas::setEmotionAt(Id stage, Id lane, const QPointF &scenePos)
{
    dragEmotion(stage, lane, scenePos);
    endEmotionDrag();
}

// --- Context menus -----------------------------------------------------------------------

void JourneyCanvas::setContextActions(ContextKind kind, const QList<QAction *> &actions)
{
    mContextActions.insert(int(kind), actions);
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
    const QPointF scenePos = mapToScene(event->pos());
    const JourneyLayout::Hit hit = mLayout->hitTest(scenePos);
    ContextKind kind = ContextKind::Background;
    switch (hit.kind) {
    case JourneyLayout::Hit::StageHeader:
    case JourneyLayout::Hit::Funnel:
        setCurrent(mLayout->stageIdAt(hit.column), 0);
        kind = ContextKind::StageHeader;
        break;
    case JourneyLayout::Hit::LaneHeader:
        setCurrent(0, mLayout->laneIdAt(hit.row));
        kind = ContextKind::LaneHeader;
        break;
    case JourneyLayout::Hit::Cell:
        setCurrent(mLayout->stageIdAt(hit.column), mLayout->laneIdAt(hit.row));
        kind = ContextKind::Cell;
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
