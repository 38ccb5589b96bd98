#pragma once

#include "document/changeevent.h"
#include "document/workspacedocument.h"
#include "domain/ids.h"
#include "journey/curvepainter.h"

#include <QGraphicsItem>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <map>
#include <tuple>

namespace Parcours {

class JourneyCanvas;
class CurveOverlay;
class WorkspaceDocument;

// One point of a persona's curve on the canvas (issue 18): the renderer draws it; this item
// names it on hover (persona, step, value) and drags it, one undo step per drag.
class CurvePointItem final : public QGraphicsItem
{
public:
    CurvePointItem(CurveOverlay *overlay, Id step, Id lane, Id persona);

    Id step() const { return mStep; }
    Id lane() const { return mLane; }
    Id persona() const { return mPersona; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override;

private:
    CurveOverlay *mOverlay;
    Id mStep;
    Id mLane;
    Id mPersona;
    bool mHovered = false;
    bool mDragging = false;
};

// The canvas's side of the persona curves and the comparison: an item per curve point, which
// curves are shown (a view setting, not data: "Show Curves…" past eight curves), and repaints
// when the curves, their personas or the compared journey change. The canvas calls clear()
// before its scene is cleared and sync() after its items follow the layout.
class CurveOverlay final : public QObject
{
    Q_OBJECT

public:
    explicit CurveOverlay(JourneyCanvas *canvas);

    JourneyCanvas *canvas() const { return mCanvas; }
    // Personas whose curves are not shown.
    const QSet<Id> &hidden() const { return mHidden; }
    void setHidden(const QSet<Id> &hidden);
    // Every persona curve of the journey shown, hidden ones included.
    std::vector<CurveInfo> curves() const;
    // Past this many curves the canvas offers to choose the ones shown.
    static constexpr int chooserThreshold = 8;

    void clear();
    void sync();
    // Only the points of one step (a drag moves one point, the journey keeps 1,600); true when
    // an item came or went.
    bool syncStep(Id step);
    // The item of a point, for tests and accessibility; null when not shown.
    CurvePointItem *pointItem(Id step, Id lane, Id persona) const;

    // For the items.
    void dragPoint(const CurvePointItem *item, const QPointF &scenePos);
    void endDrag();
    QString toolTip(Id step, Id lane, Id persona) const;

signals:
    // The curves, the comparison or what they show changed (the compare panel refreshes).
    void changed();

private:
    using Key = std::tuple<Id, Id, Id>; // step, lane, persona

    void onChanged(const ChangeEvent &event);
    void connectDocument();
    // True when the persona's points get items: it exists and its curve is shown.
    bool shows(const JourneyLayout &layout, Id persona) const;
    // The items of one step's points on the emotion lane of `row`, made, placed or deleted;
    // true when one came or went.
    bool syncCell(const JourneyLayout &layout, int column, int row,
                  std::map<Key, CurvePointItem *> &kept);

    JourneyCanvas *mCanvas;
    QPointer<WorkspaceDocument> mDocument;
    QSet<Id> mHidden;
    std::map<Key, CurvePointItem *> mPoints;
    bool mDragging = false;
};

} // namespace Parcours
