#pragma once

#include "workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QRectF>

class QPainter;

namespace Parcours {

// Paints the retention dashboard on one landscape page: title block with the retention
// type, the metrics table (CRR, churned, stickiness, impossible periods flagged), the
// three charts, the renewal readiness and the journey summary. The same painting serves
// PDF and PNG export; the poster machinery can call paint() for printing.
class DashboardRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DashboardRenderer)

public:
    explicit DashboardRenderer(const Workspace &workspace, QDate date = QDate::currentDate());

    // The page is laid out at this size (A4 landscape at 96 dpi) and scaled to fit the target,
    // keeping its proportions, centred.
    static QSizeF designSize() { return {1123, 794}; }

    void paint(QPainter *painter, const QRectF &target) const;

    // One A4 landscape page; false with a translated reason when the file cannot be written.
    bool exportPdf(const QString &path, QString *error) const;
    // A4 landscape at `dpi` (3508 × 2480 pixels at 300 dpi), white background.
    bool exportPng(const QString &path, QString *error, int dpi = 300) const;
    static QSize pngSize(int dpi = 300);

private:
    void paintHeader(QPainter *painter, const QRectF &area) const;
    void paintMetricsTable(QPainter *painter, const QRectF &area) const;
    void paintReadiness(QPainter *painter, const QRectF &area) const;
    void paintJourneys(QPainter *painter, const QRectF &area) const;

    const Workspace &mWorkspace;
    QDate mDate;
};

} // namespace Parcours
