#include "posters/curveslegend.h"

#include "journey/curvepainter.h"

#include <QPainter>

namespace Parcours {

PosterLegendSection CurvesLegend::of(const JourneyLayout &layout)
{
    PosterLegendSection section {tr("Curves"), {}};
    const CurvePainter painter(layout);
    const Journey *other = painter.comparedJourney();
    const std::vector<CurveInfo> curves = painter.allCurves();
    if (curves.empty() && !other)
        return section;
    for (const CurveInfo &c : curves) {
        section.entries << PosterLegendEntry {c.name,
                                              [c](QPainter *p, const QRectF &r) {
                                                  CurvePainter::paintMarker(
                                                      p, r.center(), r.height() * 0.32, c.shape,
                                                      c.color, c.hollow);
                                              },
                                              1};
    }
    if (other) {
        const QString name
            = other->name.trimmed().isEmpty() ? CurvePainter::tr("(unnamed journey)") : other->name;
        section.entries << PosterLegendEntry {
            tr("Compared with %1").arg(name),
            [](QPainter *p, const QRectF &r) { CurvePainter::paintComparedMark(p, r); }, 2};
    }
    return section;
}

} // namespace Parcours
