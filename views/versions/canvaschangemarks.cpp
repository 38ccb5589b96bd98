#include "versions/canvaschangemarks.h"

#include "journey/journeycanvas.h"

#include <QGraphicsObject>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr qreal markSize = 14;
constexpr qreal markZ = 7; // over cells, curves and points; under headers kept in view

} // namespace

// The badge: a colour and a symbol, so that it reads without colour too.
class ChangeMarkItem final : public QGraphicsObject
{
public:
    ChangeMarkItem(const EntityRef &cell, const QString &toolTip)
        : mCell(cell)
    {
        setToolTip(toolTip);
        setZValue(markZ);
        setAcceptedMouseButtons(Qt::NoButton); // clicks go to the cell under it
        setAcceptHoverEvents(true);
    }

    EntityRef cell() const { return mCell; }

    QRectF boundingRect() const override { return {0, 0, markSize, markSize}; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(QColor(0x7a, 0x4a, 0x00), 1));
        painter->setBrush(QColor(0xff, 0xc1, 0x07)); // amber, as a highlighter
        painter->drawRoundedRect(boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        QFont font = painter->font();
        font.setPixelSize(int(markSize) - 3);
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(Qt::black);
        painter->drawText(boundingRect(), Qt::AlignCenter, u"Δ"_s);
    }

private:
    EntityRef mCell;
};

CanvasChangeMarks::CanvasChangeMarks(JourneyCanvas *canvas)
    : QObject(canvas)
    , mCanvas(canvas)
{
    connect(canvas, &JourneyCanvas::layoutUpdated, this, &CanvasChangeMarks::place);
}

CanvasChangeMarks::~CanvasChangeMarks()
{
    for (const QPointer<ChangeMarkItem> &item : std::as_const(mItems))
        delete item.data();
}

void CanvasChangeMarks::setMarks(const QSet<EntityRef> &cells,
                                 const QHash<EntityRef, QString> &tooltips)
{
    mCells = cells;
    mToolTips = tooltips;
    place();
}

void CanvasChangeMarks::place()
{
    for (const QPointer<ChangeMarkItem> &item : std::as_const(mItems))
        delete item.data();
    mItems.clear();
    const JourneyLayout *layout = mCanvas->journeyLayout();
    if (!layout || mCells.isEmpty())
        return;
    for (const EntityRef &cell : std::as_const(mCells)) {
        if (cell.parent != mCanvas->journeyId())
            continue;
        const int column = layout->columnOfStep(cell.id);
        const int row = layout->rowOf(cell.secondary);
        if (column < 0 || row < 0)
            continue; // filtered out, or a hidden lane
        const QRectF rect = layout->cellRect(column, row);
        auto *item = new ChangeMarkItem(cell, mToolTips.value(cell));
        item->setPos(rect.right() - markSize - 2, rect.top() + 2);
        mCanvas->scene()->addItem(item);
        mItems << item;
    }
}

QList<EntityRef> CanvasChangeMarks::shownMarks() const
{
    QList<EntityRef> cells;
    for (const QPointer<ChangeMarkItem> &item : mItems) {
        if (item)
            cells << item->cell();
    }
    return cells;
}

QString CanvasChangeMarks::toolTipOf(const EntityRef &cell) const
{
    for (const QPointer<ChangeMarkItem> &item : mItems) {
        if (item && item->cell() == cell)
            return item->toolTip();
    }
    return {};
}

} // namespace Parcours
