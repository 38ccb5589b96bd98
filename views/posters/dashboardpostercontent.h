#pragma once

#include "domain/workspace.h"
#include "posters/postercontent.h"

#include <QCoreApplication>

#include <memory>

class QGraphicsScene;

namespace Parcours {

// The retention dashboard as a poster, one landscape page: the metrics table (CRR, churned,
// stickiness, impossible periods flagged with their reason), the CRR chart with its target
// band, the stickiness chart, each persona's share of use cases below monthly, the journey
// summary and each journey's renewal-lever readiness. The title block carries the workspace,
// its product and retention type and the latest CRR. Print, preview, PDF, SVG and PNG go
// through PosterRenderer like every poster; the charts are the screen's Qt Charts, painted
// as vectors. Reads `workspace`, which must outlive it, once: build a new one after a change.
class DashboardPosterContent final : public PosterContent
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::DashboardPosterContent)

public:
    explicit DashboardPosterContent(const Workspace &workspace);
    ~DashboardPosterContent() override;

    // In logical pixels (96 per inch), about an A4 landscape page's printable part.
    QSizeF size() const override;
    qreal bodyTextSize() const override;
    qreal smallestTextSize() const override;
    void paint(QPainter *painter, const QRectF &exposed) const override;
    PosterHeading heading() const override;
    QList<PosterLegendSection> legend() const override;
    // One sheet, in the landscape orientation, of the Preferences' page size (A4 or Letter).
    PosterDefaults defaults() const override;
    bool suggestsTiling() const override { return false; } // one sheet, read at a desk

private:
    void paintMetricsTable(QPainter *painter, const QRectF &area) const;
    void paintReadiness(QPainter *painter, const QRectF &area) const;
    void paintJourneys(QPainter *painter, const QRectF &area) const;

    const Workspace &mWorkspace;
    // The three charts, laid out once at their size on the page.
    std::unique_ptr<QGraphicsScene> mCrr, mStickiness, mBelowMonthly;
};

} // namespace Parcours
