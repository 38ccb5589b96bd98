#pragma once

#include "analytics/journeycompare.h"
#include "layout/journeylayout.h"

#include <QCoreApplication>
#include <QSet>

#include <vector>

class QPainter;

namespace Parcours {

// A curve's marker: never colour alone tells the curves apart (issue 18).
enum class MarkerShape { Circle, Square, Triangle, Diamond, TriangleDown, Pentagon, Hexagon, Star };

// One persona's curve on an emotion lane (Cell::curves).
struct CurveInfo
{
    Id persona = 0;
    QString name;
    QColor color;
    MarkerShape shape = MarkerShape::Square;
    bool hollow = false; // the second round of shapes, past seven curves
};

// Paints the curves an emotion lane holds besides its own (one per persona), their legend, and
// the overlay of the journey it is compared with (dashed, labelled, with "+2"/"−1" marks per
// step), for the canvas and posters alike: JourneyRenderer calls it. Coordinates are the
// layout's. `hidden`: personas whose curves the canvas does not show (a view setting).
class CurvePainter
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::CurvePainter)

public:
    explicit CurvePainter(const JourneyLayout &layout, const QSet<Id> *hidden = nullptr);

    // The curves with a point on the lane, in the workspace's persona order, each with its
    // shape; hidden ones too when `includeHidden`.
    std::vector<CurveInfo> curves(Id lane, bool includeHidden = false) const;
    // Every persona curve of the journey's emotion lanes, once each.
    std::vector<CurveInfo> allCurves() const;
    // The journey compared with, or null.
    const Journey *comparedJourney() const;
    // The comparison of the lane of `row` with the compared journey; empty without one.
    JourneyComparison comparison(int row) const;

    // The persona curves of an emotion row and their markers, then the compared journey's
    // overlay, within `exposed` (empty: everywhere).
    void paintCurves(QPainter *painter, int row, const QRectF &exposed = QRectF()) const;
    // The legend in the lane header of an emotion row, from `top` down.
    void paintLegend(QPainter *painter, int row, qreal top) const;

    static void paintMarker(QPainter *painter, const QPointF &center, qreal radius,
                            MarkerShape shape, const QColor &color, bool hollow);
    // A dashed line: the compared journey's mark in a legend.
    static void paintComparedMark(QPainter *painter, const QRectF &rect);
    static QColor comparedColor();
    // "+2", "−1" (a true minus sign).
    static QString formatDifference(double difference);

    static constexpr qreal markerRadius = 6;

private:
    void paintComparison(QPainter *painter, int row, const QRectF &exposed) const;

    const JourneyLayout &mLayout;
    const QSet<Id> *mHidden;
};

} // namespace Parcours
