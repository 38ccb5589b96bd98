#pragma once

#include "analytics/dashboardsummary.h"

#include <QWidget>

class QTableWidget;

namespace Parcours {

// The dashboard's journey summary: per journey, the stages needing work by assessment,
// time-to-value, the largest drop-off and the renewal readiness. It shows precomputed
// values (DashboardSummary) and computes nothing itself.
class JourneySummaryWidget final : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        JourneyColumn,
        NeedingWorkColumn,
        TimeToValueColumn,
        DropOffColumn,
        ReadinessColumn,
        PainPointsColumn, // pain-point severities, stage by stage
        LowestStepColumn, // the lowest-scoring step and its score (issue 18)
        ColumnCount
    };

    explicit JourneySummaryWidget(QWidget *parent = nullptr);

    void setSummaries(const std::vector<JourneySummary> &summaries);
    QTableWidget *table() const { return mTable; }

private:
    QTableWidget *mTable;
};

} // namespace Parcours
