#include "journey/journeysummarywidget.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Parcours {

JourneySummaryWidget::JourneySummaryWidget(QWidget *parent)
    : QWidget(parent)
    , mTable(new QTableWidget(0, ColumnCount))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mTable);
    mTable->setHorizontalHeaderLabels(
        {tr("Journey"), tr("Stages needing work"), tr("Time-to-value"), tr("Largest drop-off"),
         tr("Renewal readiness"), tr("Pain points"), tr("Lowest step")});
    mTable->horizontalHeaderItem(LowestStepColumn)
        ->setToolTip(tr("The step with the lowest emotion score, and its score"));
    mTable->horizontalHeaderItem(TimeToValueColumn)
        ->setToolTip(tr("From the conversion stage to the stage where the value is delivered"));
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setWordWrap(true);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    mTable->horizontalHeader()->setSectionResizeMode(JourneyColumn, QHeaderView::ResizeToContents);
    mTable->setAccessibleName(tr("Journey summary"));
}

void JourneySummaryWidget::setSummaries(const std::vector<JourneySummary> &summaries)
{
    mTable->setRowCount(int(summaries.size()));
    for (int row = 0; row < int(summaries.size()); ++row) {
        const JourneySummary &s = summaries[size_t(row)];
        const QStringList texts = {s.name.isEmpty() ? tr("(unnamed journey)") : s.name,
                                   DashboardSummary::needingWorkText(s),
                                   DashboardSummary::timeToValueText(s),
                                   DashboardSummary::dropOffText(s),
                                   DashboardSummary::readinessText(s),
                                   s.painPoints,
                                   DashboardSummary::lowestStepText(s)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(texts.at(column));
            mTable->setItem(row, column, item);
        }
        mTable->item(row, ReadinessColumn)->setToolTip(s.readiness.counts());
    }
    mTable->resizeRowsToContents();
    // As tall as its rows: the page scrolls, not the table.
    int height = mTable->horizontalHeader()->height() + 2 * mTable->frameWidth();
    for (int row = 0; row < mTable->rowCount(); ++row)
        height += mTable->rowHeight(row);
    mTable->setFixedHeight(std::max(height, mTable->horizontalHeader()->height() + 40));
}

} // namespace Parcours
