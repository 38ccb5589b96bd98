#include "dashboard/dashboardpage.h"

#include "analytics/dashboardsummary.h"
#include "analytics/retentionmetrics.h"
#include "analytics/usagemetrics.h"
#include "common/themetint.h"
#include "dashboard/renewalchecklist.h"
#include "dashboard/retentioncharts.h"
#include "document/edits.h"
#include "document/editsmetricsfill.h"
#include "document/workspacedocument.h"
#include "formats/metricscsvformat.h"
#include "itemmodels/metricstablemodel.h"
#include "journey/journeysummarywidget.h"
#include "posters/exportfile.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QToolButton *toolButton(QAction *action)
{
    auto *button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
    , mModel(new MetricsTableModel(this))
    , mTable(new QTableView)
    , mCharts(new RetentionChartViews(this))
    , mJourneys(new JourneySummaryWidget)
    , mChecklist(new RenewalChecklist)
    , mRetentionType(new QComboBox)
    , mRetentionDescription(new QLabel)
    , mJourneyBox(new QComboBox)
    , mStatus(new QLabel)
    , mComputedLegend(new QLabel)
    , mRefreshTimer(new QTimer(this))
{
    mRefreshTimer->setSingleShot(true);
    mRefreshTimer->setInterval(0);
    connect(mRefreshTimer, &QTimer::timeout, this, &DashboardPage::refreshNow);

    // Retention type, chosen once for the workspace.
    for (RetentionType type : {RetentionType::Unspecified, RetentionType::Continuous,
                               RetentionType::Discontinuous, RetentionType::Intentional}) {
        mRetentionType->addItem(RetentionMetrics::retentionTypeName(type), int(type));
        mRetentionType->setItemData(mRetentionType->count() - 1,
                                    RetentionMetrics::retentionTypeDescription(type),
                                    Qt::ToolTipRole);
    }
    connect(mRetentionType, &QComboBox::activated, this, [this] {
        if (mDocument)
            Edit::setField(*mDocument, EntityRef::workspace(), Field::WorkspaceRetentionType,
                           mRetentionType->currentData().toInt());
    });
    mRetentionDescription->setWordWrap(true);
    auto *typeLabel = new QLabel(tr("&Retention type:"));
    typeLabel->setBuddy(mRetentionType);
    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(typeLabel);
    typeRow->addWidget(mRetentionType);
    typeRow->addWidget(mRetentionDescription, 1);

    // Metrics table and its actions.
    mTable->setModel(mModel);
    mTable->setItemDelegate(new TintedItemDelegate(mTable));
    mTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->setMinimumHeight(190);
    mTable->setAccessibleName(tr("Metrics per period"));
    mTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    mTable->installEventFilter(this); // F2 edits the current cell (eventFilter)
    connect(mTable->itemDelegate(), &QAbstractItemDelegate::commitData, this, [this] {
        // Runs after the view handed the edited value to the model.
        mStatus->setText(mModel->lastError().isEmpty()
                             ? QString()
                             : tr("⚠ Not changed: %1").arg(mModel->lastError()));
    });

    mAddAction = new QAction(tr("&Add period"), this);
    mAddAction->setToolTip(tr("Add the period after the last one"));
    connect(mAddAction, &QAction::triggered, this, &DashboardPage::addPeriod);
    mRemoveAction = new QAction(tr("&Delete periods"), this);
    connect(mRemoveAction, &QAction::triggered, this, &DashboardPage::removeSelectedPeriods);
    mCopyAction = new QAction(tr("&Copy"), this);
    mCopyAction->setShortcut(QKeySequence::Copy);
    mCopyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(mCopyAction, &QAction::triggered, this, &DashboardPage::copySelection);
    mPasteAction = new QAction(tr("&Paste rows"), this);
    mPasteAction->setShortcut(QKeySequence::Paste);
    mPasteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    mPasteAction->setToolTip(
        tr("Paste cells copied from a spreadsheet at the current cell; rows past the end "
           "become new periods"));
    connect(mPasteAction, &QAction::triggered, this, &DashboardPage::paste);
    mImportAction = new QAction(tr("&Import CSV…"), this);
    connect(mImportAction, &QAction::triggered, this, &DashboardPage::importCsv);
    mExportAction = new QAction(tr("&Export CSV…"), this);
    connect(mExportAction, &QAction::triggered, this, &DashboardPage::exportCsv);
    mFillAction = new QAction(tr("Fill from &Events…"), this);
    mFillAction->setObjectName(u"fillFromEvents"_s);
    mFillAction->setToolTip(
        tr("Compute each month's DAU, MAU and customers from the imported usage events"));
    connect(mFillAction, &QAction::triggered, this, &DashboardPage::fillFromEvents);
    mTable->addActions({mAddAction, mRemoveAction, mCopyAction, mPasteAction});
    connect(mTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DashboardPage::updateActions);

    auto *tableButtons = new QHBoxLayout;
    for (QAction *action :
         {mAddAction, mRemoveAction, mPasteAction, mImportAction, mExportAction, mFillAction})
        tableButtons->addWidget(toolButton(action));
    tableButtons->addStretch(1);
    // On a line of its own: squeezed beside six buttons, a wrapped message got no width and
    // grew into a tall empty band (seen in French at 1100 pixels).
    mStatus->setObjectName(u"metricsStatus"_s);
    mStatus->setWordWrap(true);
    auto *metricsBox = new QGroupBox(tr("Metrics per period"));
    auto *metricsLayout = new QVBoxLayout(metricsBox);
    metricsLayout->addLayout(tableButtons);
    metricsLayout->addWidget(mStatus);
    metricsLayout->addWidget(mTable);
    // Italics alone would not say what they mean; the cells' tooltips say it too.
    mComputedLegend->setObjectName(u"computedLegend"_s);
    mComputedLegend->setWordWrap(true);
    mComputedLegend->setText(
        tr("<i>Italic</i> counts were computed from the imported events (Fill from Events); "
           "a value you type replaces one, and a new fill replaces computed values without "
           "asking, never typed ones."));
    metricsLayout->addWidget(mComputedLegend);

    auto *journeysBox = new QGroupBox(tr("Journeys"));
    auto *journeysLayout = new QVBoxLayout(journeysBox);
    journeysLayout->addWidget(mJourneys);

    auto *renewalBox = new QGroupBox(tr("Renewal levers"));
    auto *renewalLayout = new QVBoxLayout(renewalBox);
    auto *journeyLabel = new QLabel(tr("&Journey:"));
    journeyLabel->setBuddy(mJourneyBox);
    auto *journeyRow = new QHBoxLayout;
    journeyRow->addWidget(journeyLabel);
    journeyRow->addWidget(mJourneyBox, 1);
    renewalLayout->addLayout(journeyRow);
    renewalLayout->addWidget(mChecklist);
    connect(mJourneyBox, &QComboBox::currentIndexChanged, this,
            [this] { mChecklist->setJourney(mJourneyBox->currentData().toLongLong()); });

    // The table, the three charts, then the journeys and their renewal levers.
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->addWidget(new QLabel(tr("<h2>Retention dashboard</h2>")), 0, 0, 1, 3);
    grid->addLayout(typeRow, 1, 0, 1, 3);
    grid->addWidget(metricsBox, 2, 0, 1, 3);
    grid->addWidget(mCharts->crrView(), 3, 0);
    grid->addWidget(mCharts->stickinessView(), 3, 1);
    grid->addWidget(mCharts->belowMonthlyView(), 3, 2);
    grid->addWidget(journeysBox, 4, 0, 1, 3);
    grid->addWidget(renewalBox, 5, 0, 1, 3);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    grid->setRowStretch(6, 1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setDocument(nullptr);
}

DashboardPage::~DashboardPage()
{
    mModel->setDocument(nullptr);
}

void DashboardPage::setDocument(WorkspaceDocument *document)
{
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    mModel->setDocument(document);
    mChecklist->setDocument(document);
    if (mDocument)
        connect(mDocument, &WorkspaceDocument::changed, this, &DashboardPage::onChanged);
    mStatus->clear();
    updateRetentionType();
    updateJourneyBox();
    updateActions();
    // Behind another page (a workspace opens on its overview), the charts are built when the
    // dashboard is shown (showEvent), not before the window's first frame (docs/PERFORMANCE.md).
    if (parentWidget() && isHidden()) {
        mRefreshTimer->stop();
        mStale = true;
        return;
    }
    refreshNow();
}

void DashboardPage::onChanged(const ChangeEvent &event)
{
    switch (event.entity.kind) {
    case EntityKind::Workspace:
        if (event.type == ChangeEvent::Reset) {
            updateRetentionType();
            updateJourneyBox();
            updateActions();
            scheduleRefresh();
        } else if (event.field == Field::WorkspaceRetentionType) {
            updateRetentionType();
        } else if (event.field == Field::WorkspaceUsage) {
            updateActions(); // "Fill from Events…" shows once events are imported
        }
        break;
    case EntityKind::Journey:
        if (event.type != ChangeEvent::FieldChanged || event.field == Field::JourneyName)
            updateJourneyBox();
        scheduleRefresh();
        break;
    case EntityKind::MetricPeriod:
    case EntityKind::Persona:
    case EntityKind::UseCase:
    case EntityKind::Stage:
    case EntityKind::Renewal: scheduleRefresh(); break;
    case EntityKind::Lane:
    case EntityKind::Cell:
    case EntityKind::Opportunity:
    case EntityKind::CommentThread:
    case EntityKind::Comment: break;
    }
    if (event.entity.kind == EntityKind::MetricPeriod)
        updateActions();
}

void DashboardPage::scheduleRefresh()
{
    // Another page of the window is shown: rebuilding the charts now (about 50 ms for a
    // workspace of 5,000 use cases) would delay every edit made there.
    if (parentWidget() && isHidden()) {
        mRefreshTimer->stop();
        mStale = true;
        return;
    }
    mRefreshTimer->start();
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    // F2 edits the current period's cell: the window's F2 (rename what the sidebar selects)
    // must not take it while the table has the focus.
    if (watched == mTable && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F2 && key->modifiers() == Qt::NoModifier
            && mTable->currentIndex().isValid()) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (mStale)
        refreshNow(); // before the first paint: never a stale chart on screen
}

void DashboardPage::refreshNow()
{
    mRefreshTimer->stop();
    mStale = false;
    const Workspace empty;
    const Workspace &w = mDocument ? mDocument->workspace() : empty;
    mCharts->setData(RetentionChartData::compute(w));
    mJourneys->setSummaries(DashboardSummary::journeys(w));
}

void DashboardPage::updateRetentionType()
{
    const RetentionType type
        = mDocument ? mDocument->workspace().info.retentionType : RetentionType::Unspecified;
    mRetentionType->setCurrentIndex(mRetentionType->findData(int(type)));
    mRetentionType->setEnabled(mDocument && !mDocument->isReadOnly());
    mRetentionDescription->setText(RetentionMetrics::retentionTypeDescription(type));
}

void DashboardPage::updateJourneyBox()
{
    const Id current = mJourneyBox->currentData().toLongLong();
    {
        const QSignalBlocker blocker(mJourneyBox);
        mJourneyBox->clear();
        if (mDocument) {
            for (const Journey &j : mDocument->workspace().journeys)
                mJourneyBox->addItem(j.name.isEmpty() ? tr("(unnamed journey)") : j.name, j.id);
        }
        const int index = mJourneyBox->findData(current);
        mJourneyBox->setCurrentIndex(index >= 0 ? index : 0);
    }
    mJourneyBox->setEnabled(mJourneyBox->count() > 0);
    const Id selected = mJourneyBox->currentData().toLongLong();
    if (selected != mChecklist->journey() || !selected)
        mChecklist->setJourney(selected);
}

void DashboardPage::updateActions()
{
    const bool writable = mDocument && !mDocument->isReadOnly();
    mAddAction->setEnabled(writable);
    mPasteAction->setEnabled(writable);
    mImportAction->setEnabled(writable);
    mExportAction->setEnabled(mDocument != nullptr);
    mCopyAction->setEnabled(mDocument != nullptr);
    mRemoveAction->setEnabled(writable && mTable->selectionModel()->hasSelection());
    // Only where events were imported.
    const bool usage = mDocument && !mDocument->workspace().usage.isEmpty();
    mFillAction->setVisible(usage);
    mFillAction->setEnabled(writable && usage);
    bool computed = false;
    if (mDocument) {
        const auto &metrics = mDocument->workspace().metrics;
        computed = std::any_of(metrics.cbegin(), metrics.cend(),
                               [](const MetricPeriod &m) { return m.computed != 0; });
    }
    mComputedLegend->setVisible(computed);
}

void DashboardPage::fillFromEvents()
{
    if (!mDocument || mDocument->isReadOnly())
        return;
    const Edit::MetricsFillPlan plan = Edit::planMetricsFill(
        mDocument->workspace(), metricPeriodsFromUsage(mDocument->workspace().usage));
    if (plan.isEmpty()) {
        mStatus->setText(tr("The periods already hold what the events give."));
        return;
    }
    bool replace = false;
    if (!plan.replacements.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Fill from Events"),
                        tr("Periods whose typed values differ from the events': %1.\n"
                           "Replace those values with the computed ones?")
                            .arg(plan.periodsReplaced),
                        QMessageBox::Cancel, this);
        QPushButton *replaceButton = box.addButton(tr("&Replace"), QMessageBox::AcceptRole);
        QPushButton *keepButton = box.addButton(tr("&Keep Typed Values"), QMessageBox::RejectRole);
        box.setDefaultButton(keepButton);
        box.exec();
        if (box.clickedButton() != replaceButton && box.clickedButton() != keepButton)
            return;
        replace = box.clickedButton() == replaceButton;
    }
    const int filled = int(plan.added.size()) + int(plan.fills.size())
        + (replace ? int(plan.replacements.size()) : 0);
    Edit::fillMetricPeriods(*mDocument, plan, replace);
    mStatus->setText(tr("Computed from events: periods added: %1; values filled: %2.")
                         .arg(plan.added.size())
                         .arg(filled - int(plan.added.size())));
}

void DashboardPage::addPeriod()
{
    if (!mDocument)
        return;
    const auto &metrics = mDocument->workspace().metrics;
    const MetricPeriod next = RetentionMetrics::nextPeriod(
        metrics.empty() ? nullptr : &metrics.back(), QDate::currentDate());
    const Id id = Edit::addMetricPeriod(*mDocument, next);
    const int row = mModel->rowOf(id);
    if (row < 0)
        return;
    // Always the first count, pre-filled or not: a row typed with Tab between the values
    // lands in the same columns for the first period and every later one.
    mTable->setCurrentIndex(mModel->index(row, MetricsTableModel::CustomersStartColumn));
    mTable->scrollTo(mTable->currentIndex());
    mTable->setFocus();
    const QString dates = RetentionMetrics::label(next);
    if (next.customersStart) {
        mStatus->setText(tr("Added %1 with its dates and “Start” pre-filled (%2: the "
                            "previous period’s “End”). Type its counts from "
                            "“Start”, Tab between them.")
                             .arg(dates, QLocale().toString(*next.customersStart)));
    } else {
        mStatus->setText(tr("Added %1 with its dates pre-filled. Type its counts from "
                            "“Start”, Tab between them.")
                             .arg(dates));
    }
}

void DashboardPage::removeSelectedPeriods()
{
    if (!mDocument)
        return;
    QList<Id> ids;
    QModelIndexList indexes = mTable->selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && mTable->currentIndex().isValid())
        indexes << mTable->currentIndex();
    for (const QModelIndex &index : std::as_const(indexes)) {
        const Id id = mModel->periodId(index.row());
        if (id && !ids.contains(id))
            ids << id;
    }
    Edit::removeMetricPeriods(*mDocument, ids);
}

void DashboardPage::copySelection()
{
    const QModelIndexList indexes = mTable->selectionModel()->selectedIndexes();
    if (!indexes.isEmpty())
        QGuiApplication::clipboard()->setText(MetricsTableModel::copyText(indexes));
}

void DashboardPage::paste()
{
    const QModelIndex current = mTable->currentIndex();
    const int row = current.isValid() ? current.row() : mModel->rowCount();
    const int column = current.isValid() && MetricsTableModel::isEditableColumn(current.column())
        ? current.column()
        : 0;
    if (mModel->pasteText(QGuiApplication::clipboard()->text(), row, column))
        mStatus->clear();
    else
        mStatus->setText(tr("⚠ Nothing pasted: %1").arg(mModel->lastError()));
}

void DashboardPage::importCsv()
{
    if (!mDocument || mDocument->isReadOnly())
        return;
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Metrics"),
                                                      settings.value(u"lastDirectory"_s).toString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot import metrics"),
                             tr("%1 cannot be read:\n%2").arg(path, file.errorString()));
        return;
    }
    ImportOptions options;
    options.fileName = QFileInfo(path).fileName();
    ImportResult result = MetricsCsvFormat().read(file.readAll(), options);
    if (!result.fragment) {
        QStringList shown = result.errors.mid(0, 12);
        if (result.errors.size() > shown.size())
            shown << tr("… and %n more", nullptr, int(result.errors.size() - shown.size()));
        QMessageBox::warning(this, tr("Cannot import metrics"),
                             tr("Nothing was imported:\n%1").arg(shown.join(u'\n')));
        return;
    }
    const int periods = int(result.fragment->metrics.size());
    Edit::importFragment(*mDocument, std::move(*result.fragment),
                         tr("Import %1").arg(options.fileName));
    mStatus->setText(result.warnings.isEmpty() ? tr("%n periods imported", nullptr, periods)
                                               : tr("%n periods imported; ", nullptr, periods)
                             + result.warnings.join(u"; "_s));
}

void DashboardPage::exportCsv()
{
    if (!mDocument)
        return;
    QSettings settings;
    QString path
        = QFileDialog::getSaveFileName(this, tr("Export Metrics"),
                                       settings.value(u"lastDirectory"_s).toString() + u'/'
                                           + mDocument->displayName() + tr("-metrics") + u".csv"_s,
                                       tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const ExportResult exported = MetricsCsvFormat().write(mDocument->workspace(), {});
    // A full disk gives the system's reason and leaves no file (see ExportFile).
    if (const QString error = ExportFile::save(path, exported.data); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot export metrics"),
                             tr("%1 cannot be written:\n%2").arg(path, error));
        return;
    }
    mStatus->setText(tr("Exported to %1").arg(QFileInfo(path).fileName()));
}

} // namespace Parcours
