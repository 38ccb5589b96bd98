#pragma once

#include "analytics/retentionmetrics.h"

#include <QChartView>
#include <QObject>
#include <QPointer>

namespace Parcours {

// The dashboard's charts, built from RetentionChartData: CRR over the periods with the
// 85–90 % target band, stickiness over the periods, and per persona the share of current
// use cases below monthly. The same builders serve the screen and DashboardRenderer.
namespace RetentionCharts {

// Each returns a new chart the caller owns; animations and OpenGL stay off.
QChart *crrChart(const RetentionChartData &data);
QChart *stickinessChart(const RetentionChartData &data);
QChart *belowMonthlyChart(const RetentionChartData &data);

// Series names, to find them (tests, legends).
QString crrSeriesName();
QString targetSeriesName();
QString stickinessSeriesName();
QString belowMonthlySetName();

// The labels written beside the points of the line series with that name, in order (the
// chart draws them itself: see PointLabels in the .cpp).
QStringList pointLabels(const QChart *chart, const QString &seriesName);

} // namespace RetentionCharts

// The three charts on screen: one view each, placed by the page; setData() replaces the
// charts with ones built from new data.
class RetentionChartViews final : public QObject
{
    Q_OBJECT

public:
    explicit RetentionChartViews(QObject *parent = nullptr);
    ~RetentionChartViews() override;

    void setData(const RetentionChartData &chartData);
    QChartView *crrView() const { return mCrr; }
    QChartView *stickinessView() const { return mStickiness; }
    QChartView *belowMonthlyView() const { return mBelowMonthly; }
    QChart *crrChart() const;
    QChart *stickinessChart() const;
    QChart *belowMonthlyChart() const;

private:
    QPointer<QChartView> mCrr;
    QPointer<QChartView> mStickiness;
    QPointer<QChartView> mBelowMonthly;
};

} // namespace Parcours
