#include "journey/journeycanvas.h"

#include "document/edits.h"
#include "document/workspacedocument.h"
#include "journey/journeycanvasitem.h"
#include "journey/journeycelleditor.h"

#include <QApplication>
#include <QClipboard>
#include <QGraphicsLineItem>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

// What the canvas writes: in-place editing, the clipboard, clearing, keyboard moves and drags,
// each through edits.h (one undo step).

namespace Parcours {

double JourneyCanvas::snapEmotion(double score)
{
    return clampEmotion(std::round(score / emotionStep) * emotionStep);
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
        it->header->setZValue(CanvasZ::Drag);
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
        it->header->setZValue(CanvasZ::Header);
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
        it->header->setZValue(CanvasZ::Drag);
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
        it->header->setZValue(CanvasZ::Header);
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

} // namespace Parcours
