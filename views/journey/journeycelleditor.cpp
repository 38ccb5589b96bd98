#include "journey/journeycelleditor.h"

#include "journey/journeycanvas.h"
#include "journey/journeycanvasitem.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Parcours {

CellEditorItem::CellEditorItem(JourneyCanvas *canvas)
    : mCanvas(canvas)
{
    setZValue(CanvasZ::Editor);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    document()->setDocumentMargin(0);
}

void CellEditorItem::setMinimumSize(const QSizeF &size)
{
    prepareGeometryChange();
    mMinimum = size;
}

QRectF CellEditorItem::boundingRect() const
{
    QRectF r = QGraphicsTextItem::boundingRect();
    r.setWidth(std::max(r.width(), mMinimum.width()));
    r.setHeight(std::max(r.height(), mMinimum.height()));
    return r.adjusted(-6, -6, 6, 6);
}

void CellEditorItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                           QWidget *widget)
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

void CellEditorItem::setInvalid(bool invalid)
{
    mInvalid = invalid;
    update();
}

bool CellEditorItem::sceneEvent(QEvent *event)
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

void CellEditorItem::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape: mCanvas->cancelEdit(); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Shift+Enter starts a new line (a new tag in a tag lane); Ctrl+ and Alt+Enter too,
        // as in LibreOffice Calc and Excel. Enter alone saves, as in every cell.
        if (event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier))
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

void CellEditorItem::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    if (event->reason() == Qt::PopupFocusReason || event->reason() == Qt::ActiveWindowFocusReason)
        return;
    if (mCanvas->isEditing() && !mCanvas->commitEdit())
        mCanvas->cancelEdit();
}

} // namespace Parcours
