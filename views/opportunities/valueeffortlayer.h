#pragma once

#include "domain/opportunity.h"

#include <QFont>
#include <QGraphicsObject>

#include <vector>

class QChart;

namespace Parcours {

// One opportunity as the value–effort matrix draws it.
struct MatrixBubble
{
    Id id = 0;
    QString title;
    double score = 0;
    OpportunityStatus status = OpportunityStatus::Idea;
    OpportunityQuadrant quadrant = OpportunityQuadrant::FillIn;
    int effort = 3; // 1 … 5: x
    int value = 6; // 2 … 10: y
    int votes = 0;
};

// The matrix's own drawing inside its QChart (whose axes, grid and status legend Qt Charts
// draws): the quadrant tints, lines and names, every bubble and the labels that fit, in one
// scene item. Qt Charts makes one graphics item per scatter point, and its labels overlap;
// this item places everything itself, so the board and the poster draw the same picture.
// Bubbles: x = effort, y = value; area grows with votes (a minimum at 0); shape = status,
// fill = quadrant (its name is in its corner, so colour is never alone); opportunities on the
// same (effort, value) spread on a sunflower around it. Labels, elided, go where they overlap
// nothing (bubbles, other labels, quadrant names), by rank: where there is no room, none.
// A child of its chart: positions are in chart coordinates.
class ValueEffortLayer final : public QGraphicsObject
{
public:
    enum { Type = UserType + 242 };
    struct Placed
    {
        QPointF centre;
        qreal radius = 0;
        QRectF label; // empty: no room for its label
        QString labelText;
    };

    // The chart's layer, made on first use.
    static ValueEffortLayer *of(QChart *chart);

    // In rank order (highest score first): labels are placed in that order.
    void setBubbles(std::vector<MatrixBubble> bubbles);
    const std::vector<MatrixBubble> &bubbles() const { return mBubbles; }
    void setSelected(Id opportunity);
    Id selected() const { return mSelected; }
    void setLabelFont(const QFont &font);

    // Geometry of bubble `i` (as given to setBubbles), laid out for the current plot area.
    const Placed &placed(size_t i) const;
    // The topmost bubble under a point in chart coordinates, or -1.
    int bubbleAt(const QPointF &chartPosition) const;
    // The quadrant names' rectangles, in chart coordinates.
    std::vector<QRectF> quadrantNameRects() const;

    // Shape of a status's marker, in a square of side `size` centred on `centre`.
    static QPolygonF statusShape(OpportunityStatus status, const QPointF &centre, qreal size);
    static QColor quadrantColor(OpportunityQuadrant quadrant);
    // Paints a status marker as the matrix does (for legends).
    static void paintMarker(QPainter *painter, OpportunityStatus status,
                            OpportunityQuadrant quadrant, const QPointF &centre, qreal size);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    explicit ValueEffortLayer(QChart *chart);
    void setPlotArea(const QRectF &area);
    void invalidate();
    void layOut() const;
    QPointF mapToPlot(qreal effort, qreal value) const;
    QRectF quadrantNameRect(OpportunityQuadrant quadrant) const;

    QChart *mChart;
    QRectF mPlotArea;
    std::vector<MatrixBubble> mBubbles;
    Id mSelected = 0;
    QFont mFont;
    mutable std::vector<Placed> mPlaced; // by bubble; empty when the layout is to be made
    mutable std::vector<size_t> mPaintOrder; // the selected bubble last (on top)
};

} // namespace Parcours
