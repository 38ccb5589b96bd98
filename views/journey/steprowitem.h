#pragma once

#include "domain/ids.h"

#include <QCoreApplication>
#include <QGraphicsItem>

class QGraphicsLineItem;

namespace Parcours {

class JourneyCanvas;

// The row of step names under the stage headers (issue 18), one item across the map. It stays
// at the top of the view below the stage headers while the cells scroll beneath it, as the
// stage headers do. Dragging a step's name left or right moves the step within its stage, or
// to the near end of a neighbouring stage, through the step edits (one undo step); a marker
// shows where it will land, and Escape (JourneyCanvas::keyPressEvent) cancels.
class StepRowItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::StepRowItem)

public:
    explicit StepRowItem(JourneyCanvas *canvas);

    // Follows the layout: across every column, below the stage headers; hidden without a step
    // row.
    void syncToLayout();
    // Keeps the row in view below the stage headers kept at `visibleTop`.
    void keepInView(qreal visibleTop);
    QPointF home() const { return mHome; }

    bool isDragging() const { return mDragStep != 0; }
    Id draggedStep() const { return mDragStep; }
    void cancelDrag();
    // The step column under a scene x (clamped to the map's columns).
    int columnAtX(qreal sceneX) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    // Where a step dropped at a scene x lands: nowhere, at an index of its own stage, or at
    // the near end of a neighbouring stage; `markerX` is the boundary the marker shows.
    struct Drop
    {
        enum Kind { None, WithinStage, ToPreviousStage, ToNextStage };
        Kind kind = None;
        int toIndex = -1; // WithinStage
        qreal markerX = 0;
    };
    Drop dropAt(qreal sceneX) const;
    void endDrag(qreal sceneX, bool cancelled);

    JourneyCanvas *mCanvas;
    QGraphicsLineItem *mMarker; // a child: the drop marker, across the grid
    QSizeF mSize;
    QPointF mHome;
    qreal mHeaderOffset = 0; // from the stage headers' top to the row's
    QPointF mPressPos;
    Id mPressStep = 0;
    Id mDragStep = 0;
};

} // namespace Parcours
