#pragma once

#include "document/changeevent.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QTableView;
class QTimer;

namespace Parcours {

class JourneySummaryWidget;
class MetricsTableModel;
class RenewalChecklist;
class RetentionChartViews;
class WorkspaceDocument;

// The retention dashboard of a workspace: its retention type, the metrics table (add,
// remove, copy and paste periods, CSV import and export), the CRR, stickiness and
// forgotten-zone charts, the journey summary and each journey's renewal levers. File >
// Print, Print Preview and Export Poster print it as a DashboardPosterContent.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setDocument(WorkspaceDocument *document);

    MetricsTableModel *metricsModel() const { return mModel; }
    QTableView *metricsView() const { return mTable; }
    RetentionChartViews *charts() const { return mCharts; }
    JourneySummaryWidget *journeySummary() const { return mJourneys; }
    RenewalChecklist *checklist() const { return mChecklist; }
    QComboBox *retentionTypeBox() const { return mRetentionType; }
    QComboBox *journeyBox() const { return mJourneyBox; }

    // Table actions (also in the table's context menu).
    void addPeriod();
    void removeSelectedPeriods();
    void copySelection();
    void paste(); // the clipboard's tab-separated text at the current cell, one undo step
    void importCsv();
    void exportCsv();
    // Fills the periods from the imported usage events (issue 22), one undo step; asks before
    // replacing values typed in the table.
    void fillFromEvents();
    QAction *fillFromEventsAction() const { return mFillAction; }

    // Charts and summaries follow the document after the current event; this brings them
    // up to date at once. Hidden behind another page of the window, the page brings them up
    // to date when it is shown instead (an edit elsewhere then costs nothing here).
    void refreshNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onChanged(const ChangeEvent &event);
    void scheduleRefresh();
    void updateRetentionType();
    void updateJourneyBox();
    void updateActions();

    QPointer<WorkspaceDocument> mDocument;
    MetricsTableModel *mModel;
    QTableView *mTable;
    RetentionChartViews *mCharts;
    JourneySummaryWidget *mJourneys;
    RenewalChecklist *mChecklist;
    QComboBox *mRetentionType;
    QLabel *mRetentionDescription;
    QComboBox *mJourneyBox;
    QLabel *mStatus;
    QLabel *mComputedLegend; // explains the italic counts, shown while there are some
    QTimer *mRefreshTimer;
    bool mStale = false; // changed while hidden behind another page: refreshed when shown
    QAction *mAddAction;
    QAction *mRemoveAction;
    QAction *mCopyAction;
    QAction *mPasteAction;
    QAction *mImportAction;
    QAction *mExportAction;
    QAction *mFillAction;
};

} // namespace Parcours
