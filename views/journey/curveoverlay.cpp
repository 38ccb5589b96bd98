#include "journey/curveoverlay.h"

#include "document/edits.h"
#include "document/editscurves.h"
#include "journey/journeycanvas.h"
#include "journey/journeycanvasitem.h"
#include "journey/journeyrenderer.h"

#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

#include <cmath>
#include <limits>
#include <utility>

namespace Parcours {

namespace {

constexpr qreal hitRadius = 9;

} // namespace

// --- CurvePointItem ------------------------------------------------------------------------

CurvePointItem::CurvePointItem(CurveOverlay *overlay, Id step, Id lane, Id persona)
    : mOverlay(overlay)
    , mStep(step)
    , mLane(lane)
    , mPersona(persona)
{
    setZValue(CanvasZ::Point + 0.5); // over the journey's own points
    setCursor(Qt::SizeVerCursor);
    setAcceptHoverEvents(true);
}

QRectF CurvePointItem::boundingRect() const
{
    return {-hitRadius, -hitRadius, 2 * hitRadius, 2 * hitRadius};
}

void CurvePointItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // The renderer draws the marker; a ring shows the one under the mouse or dragged.
    if (!mHovered && !mDragging)
        return;
    const JourneyCanvas *canvas = mOverlay->canvas();
    const QColor ring
        = canvas->journeyLayout() ? canvas->journeyLayout()->style().accent : QColor(Qt::black);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(ring, 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(QPointF(), hitRadius - 1, hitRadius - 1);
}

void CurvePointItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    JourneyCanvas *canvas = mOverlay->canvas();
    if (canvas->isEditing() && !canvas->commitEdit()) {
        event->ignore();
        return;
    }
    canvas->setCurrent(mStep, mLane);
    mDragging = false;
    event->accept();
}

void CurvePointItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    mDragging = true;
    mOverlay->dragPoint(this, event->scenePos());
}

void CurvePointItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *)
{
    if (!std::exchange(mDragging, false))
        return;
    update();
    mOverlay->endDrag();
}

void CurvePointItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    setToolTip(mOverlay->toolTip(mStep, mLane, mPersona));
    mHovered = true;
    update();
}

void CurvePointItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    mHovered = false;
    update();
}

// --- CurveOverlay --------------------------------------------------------------------------

CurveOverlay::CurveOverlay(JourneyCanvas *canvas)
    : QObject(canvas)
    , mCanvas(canvas)
{ }

void CurveOverlay::setHidden(const QSet<Id> &hidden)
{
    if (hidden == mHidden)
        return;
    mHidden = hidden;
    sync();
    if (mCanvas->scene())
        mCanvas->scene()->update();
    emit changed();
}

std::vector<CurveInfo> CurveOverlay::curves() const
{
    const JourneyLayout *layout = mCanvas->journeyLayout();
    return layout ? CurvePainter(*layout, &mHidden).allCurves() : std::vector<CurveInfo>();
}

void CurveOverlay::clear()
{
    mPoints.clear(); // the scene deletes the items
}

CurvePointItem *CurveOverlay::pointItem(Id step, Id lane, Id persona) const
{
    const auto it = mPoints.find({step, lane, persona});
    return it == mPoints.end() ? nullptr : it->second;
}

void CurveOverlay::connectDocument()
{
    if (mDocument == mCanvas->document())
        return;
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = mCanvas->document();
    if (mDocument)
        connect(mDocument, &WorkspaceDocument::changed, this, &CurveOverlay::onChanged);
}

bool CurveOverlay::shows(const JourneyLayout &layout, Id persona) const
{
    // As CurvePainter::curves() decides, without scanning every step for the curves present.
    return !mHidden.contains(persona) && layout.viewFilter().showsCurve(persona)
        && layout.workspace().persona(persona);
}

bool CurveOverlay::syncCell(const JourneyLayout &layout, int column, int row,
                            std::map<Key, CurvePointItem *> &kept)
{
    const Step *step = layout.stepAt(column);
    const Id lane = layout.laneIdAt(row);
    if (!step)
        return false;
    bool changed = false;
    const auto cell = step->cells.constFind(lane);
    if (cell != step->cells.cend()) {
        for (auto it = cell->curves.cbegin(); it != cell->curves.cend(); ++it) {
            if (!shows(layout, it.key()))
                continue;
            const Key key {step->id, lane, it.key()};
            auto found = mPoints.find(key);
            CurvePointItem *item = nullptr;
            if (found != mPoints.end()) {
                item = found->second;
                mPoints.erase(found);
            } else {
                item = new CurvePointItem(this, step->id, lane, it.key());
                mCanvas->scene()->addItem(item);
                changed = true;
            }
            item->setPos(layout.emotionPoint(column, row, it.value()));
            kept.emplace(key, item);
        }
    }
    return changed;
}

void CurveOverlay::sync()
{
    connectDocument();
    const JourneyLayout *layout = mCanvas->journeyLayout();
    std::map<Key, CurvePointItem *> kept;
    if (layout && mCanvas->scene()) {
        for (int r = 0; r < layout->rowCount(); ++r) {
            const Lane *lane = layout->laneAt(r);
            if (!lane || lane->kind != LaneKind::Emotion)
                continue;
            for (int c = 0; c < layout->columnCount(); ++c)
                syncCell(*layout, c, r, kept);
        }
    }
    for (const auto &[key, item] : mPoints)
        delete item;
    mPoints = std::move(kept);
}

bool CurveOverlay::syncStep(Id step)
{
    connectDocument();
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const int column = layout ? layout->columnOfStep(step) : -1;
    if (column < 0 || !mCanvas->scene()) {
        sync();
        return true;
    }
    // The step's items leave mPoints for `kept` as they are placed; those left are gone.
    std::map<Key, CurvePointItem *> kept;
    bool changed = false;
    for (int r = 0; r < layout->rowCount(); ++r) {
        const Lane *lane = layout->laneAt(r);
        if (lane && lane->kind == LaneKind::Emotion)
            changed = syncCell(*layout, column, r, kept) || changed;
    }
    const Key first {step, std::numeric_limits<Id>::min(), std::numeric_limits<Id>::min()};
    for (auto it = mPoints.lower_bound(first);
         it != mPoints.end() && std::get<0>(it->first) == step;) {
        delete it->second;
        it = mPoints.erase(it);
        changed = true;
    }
    mPoints.merge(kept);
    return changed;
}

void CurveOverlay::dragPoint(const CurvePointItem *item, const QPointF &scenePos)
{
    WorkspaceDocument *doc = mCanvas->document();
    const JourneyLayout *layout = mCanvas->journeyLayout();
    if (!doc || !layout || doc->isReadOnly())
        return;
    const int row = layout->rowOf(item->lane());
    if (row < 0)
        return;
    mDragging = true;
    // By halves, as the journey's own points.
    const double score = std::round(layout->emotionAt(row, scenePos.y()) * 2) / 2;
    Edit::setCurvePoint(*doc, mCanvas->journeyId(), item->step(), item->lane(), item->persona(),
                        score, true);
}

void CurveOverlay::endDrag()
{
    if (!std::exchange(mDragging, false))
        return;
    if (WorkspaceDocument *doc = mCanvas->document())
        Edit::endMergeableEdit(*doc);
}

QString CurveOverlay::toolTip(Id step, Id lane, Id persona) const
{
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const Journey *journey = layout ? layout->journey() : nullptr;
    const Step *s = journey ? findStep(*journey, step) : nullptr;
    const Stage *stage = journey ? stageOfStep(*journey, step) : nullptr;
    const Persona *p = layout ? layout->workspace().persona(persona) : nullptr;
    if (!s || !stage || !p)
        return {};
    const auto value = s->cells.value(lane).curves.value(persona);
    return tr("%1, %2: %3\nDrag to change it.")
        .arg(p->name.trimmed().isEmpty() ? tr("(unnamed persona)") : p->name,
             stepDisplayName(*stage, *s), formatEmotion(value, mCanvas->emotionScale()));
}

void CurveOverlay::onChanged(const ChangeEvent &event)
{
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const Journey *journey = layout ? layout->journey() : nullptr;
    if (!journey)
        return;
    const EntityRef &e = event.entity;
    const bool compared = journey->compareWith
        && ((e.kind == EntityKind::Journey && e.id == journey->compareWith)
            || ((e.kind == EntityKind::Stage || e.kind == EntityKind::Lane
                 || e.kind == EntityKind::Cell)
                && e.parent == journey->compareWith));
    const bool ours = e.kind == EntityKind::Journey && e.id == journey->id;
    const bool curvesChanged
        = e.kind == EntityKind::Cell && e.parent == journey->id && event.field == Field::CellCurves;
    // The legend (in the lane header) and the overlay follow the personas, the curves and the
    // compared journey; rare changes, so the whole view repaints.
    if (ours || compared || e.kind == EntityKind::Persona || curvesChanged
        || event.type == ChangeEvent::Reset) {
        if (!curvesChanged && mCanvas->scene())
            mCanvas->scene()->update();
        // The canvas repaints the row; after an undo, the legend may gain or lose a name.
        if (curvesChanged && !mDragging)
            mCanvas->viewport()->update();
        emit changed();
    }
}

} // namespace Parcours
