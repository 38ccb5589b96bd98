#include "journey/journeycanvas.h"

#include "document/edits.h"
#include "document/editsblueprint.h"
#include "document/workspacedocument.h"
#include "journey/journeycanvasitem.h"
#include "journey/journeycelleditor.h"

#include <QApplication>
#include <QClipboard>
#include <QGraphicsLineItem>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>
#include <climits>
#include <cmath>

// What the canvas writes: in-place editing, the clipboard, clearing, keyboard moves and drags,
// each through edits.h (one undo step).

namespace Parcours {

namespace {

// Customers entering as typed in the funnel row, with the side panel's rule: a whole number
// from 0 to INT_MAX, group separators allowed ("1 500", "1,500" in English). An empty
// QVariant clears the count; nullopt when the text is not a count.
std::optional<QVariant> parseEntering(const QString &text)
{
    QString digits = text.trimmed();
    if (digits.isEmpty())
        return QVariant();
    digits.remove(QLocale().groupSeparator());
    for (const QChar space : {u' ', u'\u00a0', u'\u202f'}) // as French writes "1 500"
        digits.remove(space);
    bool ok = false;
    const qlonglong value = digits.toLongLong(&ok);
    const bool allDigits = std::all_of(digits.cbegin(), digits.cend(),
                                       [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!ok || !allDigits || value > INT_MAX)
        return std::nullopt;
    return QVariant(qint64(value));
}

} // namespace

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
    // A cell's position names its step; a header's or count's, its stage.
    const int stageIndex = indexOfId(j->stages, mCurrentLane ? 0 : mCurrentStage);
    const int laneIndex = indexOfId(j->lanes, mCurrentLane);
    if (mCurrentFunnel) {
        const auto &entering
            = stageIndex >= 0 ? j->stages[size_t(stageIndex)].entering : std::optional<qint64>();
        return entering ? QString::number(*entering) : QString();
    }
    if (const Step *step = findStep(*j, mCurrentStage); step && laneIndex >= 0) {
        const Cell cell = step->cells.value(mCurrentLane);
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
    } else if (mCurrentFunnel && mCurrentStage) {
        if (const auto entering = parseEntering(text))
            Edit::setField(*mDocument, EntityRef::stage(mJourneyId, mCurrentStage),
                           Field::StageEntering, *entering);
        else
            QApplication::beep(); // pasted text that is no count
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
    ensureCurrentVisible();
    const JourneyStyle &s = mLayout->style();
    mEditStage = mCurrentStage;
    mEditLane = mCurrentLane;
    mEditFunnel = mCurrentFunnel;
    mEditor = new CellEditorItem(this);
    QFont font = s.font;
    qreal width = s.columnWidth - 2 * s.padding;
    QSizeF minimum(width, 0);
    if ((mCurrentStage && mCurrentLane) || mCurrentFunnel) {
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
    const Lane *lane = mCurrentLane ? mLayout->laneAt(mLayout->rowOf(mCurrentLane)) : nullptr;
    if (mCurrentStage && lane && lane->kind == LaneKind::Chips)
        mEditor->setToolTip(tr("One tag per line: Shift+Enter starts a new tag, Enter saves."));
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
    const bool funnel = mEditFunnel;
    // Emotion cells take a score or nothing.
    if (stage && lane && mLayout) {
        const Lane *l = mLayout->laneAt(mLayout->rowOf(lane));
        if (l && l->kind == LaneKind::Emotion && !text.trimmed().isEmpty()
            && !parseEmotion(text, mEmotionScale)) {
            refuseEdit(tr("Type a score from %1 to %2, or nothing.")
                           .arg(formatEmotion(emotionMin, mEmotionScale),
                                formatEmotion(emotionMax, mEmotionScale)));
            return false;
        }
    }
    if (funnel && !parseEntering(text)) {
        refuseEdit(tr("Customers entering: type a whole number from 0 to %1, or nothing to "
                      "clear the count.")
                       .arg(QLocale().toString(INT_MAX)));
        return false;
    }
    discardEditor();
    const Id currentStage = mCurrentStage;
    const Id currentLane = mCurrentLane;
    const bool currentFunnel = mCurrentFunnel;
    mCurrentStage = stage;
    mCurrentLane = lane;
    mCurrentFunnel = funnel;
    setCurrentText(text);
    if (mLayout) { // the edit may have moved things; go back where the user is
        mCurrentStage = currentStage;
        mCurrentLane = currentLane;
        mCurrentFunnel = currentFunnel;
        ensureCurrentValid();
        syncCursor();
    }
    setFocus();
    return true;
}

// Keeps the editor open, framed in red, and says why where the user looks.
void JourneyCanvas::refuseEdit(const QString &message)
{
    mEditor->setInvalid(true);
    mEditor->setToolTip(message);
    const QRectF rect = mEditor->sceneBoundingRect();
    QToolTip::showText(viewport()->mapToGlobal(mapFromScene(rect.bottomLeft())), message,
                       viewport());
    QApplication::beep();
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
    mEditFunnel = false;
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
    if ((mCurrentStage && mCurrentLane) || mCurrentFunnel)
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
    if ((mCurrentStage && mCurrentLane) || mCurrentFunnel)
        setCurrentText(QString());
    else if (mCurrentStage)
        explainStageDelete(); // a stage and its cells go only with Delete Stage
    else if (mCurrentLane)
        Edit::removeLane(*mDocument, mJourneyId, mCurrentLane);
}

void JourneyCanvas::explainStageDelete()
{
    QApplication::beep();
    const QString message
        = tr("Delete clears a cell. To delete this stage and all its cells, use Delete Stage "
             "(%1).")
              .arg(deleteStageShortcut().toString(QKeySequence::NativeText));
    QToolTip::showText(viewport()->mapToGlobal(mapFromScene(currentRect().center())), message,
                       viewport());
}

void JourneyCanvas::adjustEmotion(double delta)
{
    if (!mDocument || !mLayout || !mCurrentStage || !mCurrentLane)
        return;
    const Lane *lane = mLayout->laneAt(mLayout->rowOf(mCurrentLane));
    const Step *step = mLayout->stepAt(mLayout->columnOfStep(mCurrentStage));
    if (!lane || !step || lane->kind != LaneKind::Emotion)
        return;
    const double score = snapEmotion(step->cells.value(lane->id).emotion.value_or(0) + delta);
    Edit::setField(*mDocument, EntityRef::cell(mJourneyId, step->id, lane->id), Field::CellEmotion,
                   score);
}

bool JourneyCanvas::moveCurrentStage(int delta)
{
    const Id stage = currentStageId();
    if (!mDocument || !mLayout || !stage)
        return false;
    const int from = indexOfId(mLayout->journey()->stages, stage);
    if (from < 0)
        return false;
    const bool moved = Edit::move(*mDocument, EntityRef::stage(mJourneyId, stage), from + delta);
    ensureCurrentVisible();
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
    ensureCurrentVisible();
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
        const int at = mLayout->insertionColumnAtX(scenePos.x());
        // Dropped before its own first column or after its last: nowhere new. Columns may be
        // filtered, and a stage spans its steps: move next to the stage now at that place.
        if (from >= 0 && (at < from || at > mLayout->stageLastColumn(from) + 1)) {
            const int toIndex = mLayout->stageIndexAt(at < from ? at : at - 1);
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
        const int insertion = mLayout->insertionRowAtY(scenePos.y());
        int at = insertion;
        if (at > from)
            --at;
        // Service blueprints: a lane dropped among another group's lanes joins that group
        // (the group above the drop, at the top the one below); beside its own, it stays.
        const Lane *above = insertion > 0 ? mLayout->laneAt(insertion - 1) : nullptr;
        const Lane *below = mLayout->laneAt(insertion);
        if (above && above->id == lane)
            above = insertion > 1 ? mLayout->laneAt(insertion - 2) : nullptr;
        if (below && below->id == lane)
            below = mLayout->laneAt(insertion + 1);
        const Lane *moved = mLayout->laneAt(from);
        QString group = moved ? moved->group : QString();
        if (moved && (above || below) && (!above || above->group != group)
            && (!below || below->group != group))
            group = above ? above->group : below->group;
        if (from >= 0 && (at != from || (moved && group != moved->group))) {
            const int toIndex = indexOfId(mLayout->journey()->lanes, mLayout->laneIdAt(at));
            Edit::moveLaneToGroup(*mDocument, mJourneyId, lane, group, toIndex);
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

// --- Arrows drawn by dragging ----------------------------------------------------------

void JourneyCanvas::beginArrowDrag(Id stage, Id lane)
{
    if (!mDocument || mDocument->isReadOnly() || !mLayout)
        return;
    mArrowStage = stage;
    mArrowLane = lane;
    QPen pen(mLayout->style().accent, 2, Qt::DashLine);
    pen.setCapStyle(Qt::RoundCap);
    mDropMarker->setPen(pen); // a rubber band, not a drop marker
}

void JourneyCanvas::updateArrowDrag(const QPointF &scenePos)
{
    if (!mArrowStage || !mLayout)
        return;
    const int column = mLayout->columnOfStep(mArrowStage);
    const int row = mLayout->rowOf(mArrowLane);
    if (column < 0 || row < 0)
        return;
    showDropMarker(QLineF(mLayout->cellRect(column, row).center(), scenePos));
    ensureVisible(QRectF(scenePos, QSizeF(1, 1)), 30, 30);
}

void JourneyCanvas::endArrowDrag(const QPointF &scenePos, bool cancelled)
{
    const CellArrow from {std::exchange(mArrowStage, 0), std::exchange(mArrowLane, 0)};
    if (!mDropMarker || !mLayout)
        return;
    mDropMarker->setVisible(false);
    QPen pen(mLayout->style().accent, 4); // back to the drop marker's own pen
    pen.setCapStyle(Qt::RoundCap);
    mDropMarker->setPen(pen);
    if (cancelled || !from.step || !mDocument)
        return;
    const JourneyLayout::Hit hit = mLayout->hitTest(scenePos);
    const CellArrow to {mLayout->stepIdAt(hit.column), mLayout->laneIdAt(hit.row)};
    const Journey *journey = mLayout->journey();
    if (hit.kind != JourneyLayout::Hit::Cell || to == from || !journey)
        return; // dropped back on its cell, or off the cells: no arrow
    if (const QString refused = Edit::arrowRefusal(*journey, from, to); !refused.isEmpty()) {
        QToolTip::showText(viewport()->mapToGlobal(mapFromScene(scenePos)), refused, viewport());
        QApplication::beep();
        return;
    }
    Edit::addArrow(*mDocument, mJourneyId, from, to);
}

} // namespace Parcours
