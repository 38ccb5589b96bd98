#pragma once

#include <QGraphicsTextItem>

namespace Parcours {

class JourneyCanvas;

// The in-place editor: plain text, multi-line (Shift+Enter, or Ctrl+ or Alt+Enter as in
// spreadsheets), Enter commits, Escape cancels, Tab commits and moves on, leaving the canvas
// commits.
class CellEditorItem final : public QGraphicsTextItem
{
public:
    explicit CellEditorItem(JourneyCanvas *canvas);

    void setMinimumSize(const QSizeF &size);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // Framed in red while the canvas refuses the text.
    void setInvalid(bool invalid);

protected:
    bool sceneEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    JourneyCanvas *mCanvas;
    QSizeF mMinimum;
    bool mInvalid = false;
};

} // namespace Parcours
