#include "opportunities/opportunityboard.h"

#include "document/editsopportunity.h"
#include "itemmodels/opportunityfiltermodel.h"
#include "itemmodels/opportunitytablemodel.h"
#include "opportunities/opportunitydelegate.h"
#include "opportunities/valueeffortmatrix.h"
#include "opportunities/votemode.h"
#include "posters/opportunityboardpostercontent.h"
#include "posters/posterdialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

const QString splitterKey = u"opportunityBoard/splitter"_s;

} // namespace

OpportunityBoard::OpportunityBoard(QWidget *parent)
    : QWidget(parent)
    , mModel(new OpportunityTableModel(this))
    , mFilter(new OpportunityFilterModel(this))
    , mTable(new QTableView(this))
    , mSearch(new QLineEdit(this))
    , mStatus(new QComboBox(this))
    , mQuadrant(new QComboBox(this))
    , mJourney(new QComboBox(this))
    , mPersona(new QComboBox(this))
    , mOwner(new QComboBox(this))
    , mMatrix(new ValueEffortMatrix(this))
    , mSplitter(new QSplitter(Qt::Horizontal, this))
    , mAddAction(new QAction(tr("&Add Opportunity"), this))
    , mDeleteAction(new QAction(tr("&Delete Opportunity"), this))
    , mVoteMode(new VoteMode(mTable, this))
    , mPrintAction(new QAction(tr("P&rint Board…"), this))
    , mExportAction(new QAction(tr("E&xport Board…"), this))
{
    setObjectName(u"opportunityBoard"_s);
    mFilter->setSourceModel(mModel);
    mTable->setModel(mFilter);
    mTable->setItemDelegate(new OpportunityDelegate(mTable));
    mTable->setSortingEnabled(true);
    mTable->sortByColumn(OpportunityTableModel::ScoreColumn, Qt::DescendingOrder);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->verticalHeader()->hide(); // source row numbers would read as ranks
    mTable->setMinimumHeight(mTable->verticalHeader()->defaultSectionSize() * 6);
    mTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    mTable->horizontalHeader()->setSectionResizeMode(OpportunityTableModel::TitleColumn,
                                                     QHeaderView::Stretch);
    mTable->setAccessibleName(tr("Opportunities"));
    mTable->setWhatsThis(tr("The workspace's opportunities, ranked by score: (customer value + "
                            "business value) × (1 + share of the votes) / effort. Click a "
                            "heading to sort, type or press F2 to edit a cell."));

    mSearch->setPlaceholderText(tr("Search titles, owners, descriptions"));
    mSearch->setClearButtonEnabled(true);
    mStatus->addItem(tr("Any status"), -1);
    for (int s = 0; s <= int(OpportunityStatus::Dropped); ++s)
        mStatus->addItem(opportunityStatusName(OpportunityStatus(s)), s);
    mQuadrant->addItem(tr("Any quadrant"), -1);
    for (int q = 0; q <= int(OpportunityQuadrant::MoneyPit); ++q)
        mQuadrant->addItem(opportunityQuadrantName(OpportunityQuadrant(q)), q);
    mStatus->setAccessibleName(tr("Status filter"));
    mQuadrant->setAccessibleName(tr("Quadrant filter"));
    mJourney->setAccessibleName(tr("Journey filter"));
    mPersona->setAccessibleName(tr("Persona filter"));
    mOwner->setAccessibleName(tr("Owner filter"));
    for (QComboBox *box : {mJourney, mPersona, mOwner})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mChoicesTimer.setSingleShot(true);
    mChoicesTimer.setInterval(0);
    connect(&mChoicesTimer, &QTimer::timeout, this, &OpportunityBoard::refreshChoices);
    connect(mModel, &QAbstractItemModel::dataChanged, &mChoicesTimer, qOverload<>(&QTimer::start));
    connect(mModel, &QAbstractItemModel::rowsInserted, &mChoicesTimer, qOverload<>(&QTimer::start));
    connect(mModel, &QAbstractItemModel::modelReset, &mChoicesTimer, qOverload<>(&QTimer::start));

    connect(mSearch, &QLineEdit::textChanged, mFilter, &OpportunityFilterModel::setSearchText);
    connect(mStatus, &QComboBox::currentIndexChanged, this,
            [this] { mFilter->setStatusFilter(mStatus->currentData().toInt()); });
    connect(mQuadrant, &QComboBox::currentIndexChanged, this,
            [this] { mFilter->setQuadrantFilter(mQuadrant->currentData().toInt()); });
    connect(mJourney, &QComboBox::currentIndexChanged, this,
            [this] { mFilter->setJourneyFilter(mJourney->currentData().toLongLong()); });
    connect(mPersona, &QComboBox::currentIndexChanged, this,
            [this] { mFilter->setPersonaFilter(mPersona->currentData().toLongLong()); });
    connect(mOwner, &QComboBox::currentIndexChanged, this,
            [this] { mFilter->setOwnerFilter(mOwner->currentData().toString()); });

    mMatrix->setModels(mModel, mFilter);
    connect(mMatrix, &ValueEffortMatrix::opportunityClicked, this, &OpportunityBoard::select);
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                mMatrix->setSelected(
                    current.isValid()
                        ? current.data(OpportunityTableModel::OpportunityIdRole).toLongLong()
                        : 0);
            });

    mAddAction->setShortcut(Qt::CTRL | Qt::Key_Return);
    mAddAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    mDeleteAction->setShortcut(QKeySequence::Delete);
    mDeleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(mAddAction, &QAction::triggered, this, &OpportunityBoard::addOpportunity);
    connect(mDeleteAction, &QAction::triggered, this, &OpportunityBoard::deleteSelected);
    connect(mPrintAction, &QAction::triggered, this, &OpportunityBoard::printBoard);
    connect(mExportAction, &QAction::triggered, this, &OpportunityBoard::exportBoard);
    mPrintAction->setWhatsThis(tr("Print the value–effort matrix and the ranked list of the "
                                  "opportunities the filters keep, on one sheet or tiled."));
    addAction(mAddAction);
    mTable->addAction(mDeleteAction);
    mTable->addAction(mAddAction);
    mTable->addAction(mPrintAction);
    mTable->addAction(mExportAction);
    mTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    mTable->installEventFilter(this);

    auto *add = new QToolButton(this);
    add->setDefaultAction(mAddAction);
    add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *filters = new QHBoxLayout;
    filters->addWidget(add);
    filters->addWidget(mVoteMode->makeButton(this));
    filters->addWidget(mSearch, 1);
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(mStatus);
    filters->addWidget(statusLabel);
    filters->addWidget(mStatus);
    auto *quadrantLabel = new QLabel(tr("&Quadrant:"), this);
    quadrantLabel->setBuddy(mQuadrant);
    filters->addWidget(quadrantLabel);
    filters->addWidget(mQuadrant);
    auto *print = new QToolButton(this);
    print->setDefaultAction(mPrintAction);
    print->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *exportButton = new QToolButton(this);
    exportButton->setDefaultAction(mExportAction);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *reach = new QHBoxLayout;
    const auto labelled = [this, reach](const QString &text, QComboBox *box) {
        auto *label = new QLabel(text, this);
        label->setBuddy(box);
        reach->addWidget(label);
        reach->addWidget(box);
    };
    labelled(tr("&Journey:"), mJourney);
    labelled(tr("&Persona:"), mPersona);
    labelled(tr("O&wner:"), mOwner);
    reach->addStretch(1);
    reach->addWidget(print);
    reach->addWidget(exportButton);
    mSplitter->setObjectName(u"opportunityBoardSplitter"_s);
    mSplitter->addWidget(mTable);
    mSplitter->addWidget(mMatrix);
    mSplitter->setStretchFactor(0, 3);
    mSplitter->setStretchFactor(1, 2);
    mSplitter->setChildrenCollapsible(false);
    mSplitter->restoreState(QSettings().value(splitterKey).toByteArray());
    connect(mSplitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(splitterKey, mSplitter->saveState()); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(reach);
    layout->addWidget(mSplitter, 1);
    setDocument(nullptr);
}

bool OpportunityBoard::eventFilter(QObject *watched, QEvent *event)
{
    // F2 edits the current cell here, not the sidebar item (the window's Rename).
    if (watched == mTable && event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_F2
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        event->accept();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void OpportunityBoard::setDocument(WorkspaceDocument *document)
{
    mDocument = document;
    mModel->setDocument(document);
    mVoteMode->setDocument(document);
    const bool editable = document && !document->isReadOnly();
    mAddAction->setEnabled(editable);
    mDeleteAction->setEnabled(editable);
    mPrintAction->setEnabled(document != nullptr);
    mExportAction->setEnabled(document != nullptr);
    if (mDocumentConnection)
        disconnect(mDocumentConnection);
    if (document) // journeys and personas renamed, added or removed
        mDocumentConnection = connect(document, &WorkspaceDocument::changed, &mChoicesTimer,
                                      qOverload<>(&QTimer::start));
    refreshChoices();
    mMatrix->refresh();
}

void OpportunityBoard::clearFilters()
{
    mSearch->clear();
    for (QComboBox *box : {mStatus, mQuadrant, mJourney, mPersona, mOwner})
        box->setCurrentIndex(0);
}

namespace {

// Refills a filter's choices when they changed, keeping the current one when it still exists
// (else: any).
void setChoices(QComboBox *box, const QList<std::pair<QString, QVariant>> &choices)
{
    QList<std::pair<QString, QVariant>> now;
    for (int i = 0; i < box->count(); ++i)
        now << std::pair(box->itemText(i), box->itemData(i));
    if (now == choices)
        return;
    const QVariant current = box->currentData();
    int kept = -1;
    {
        const QSignalBlocker blocker(box);
        box->clear();
        for (const auto &[text, data] : choices)
            box->addItem(text, data);
        kept = box->findData(current);
        box->setCurrentIndex(std::max(kept, 0));
    }
    if (kept < 0 && box->count() > 0)
        emit box->currentIndexChanged(0); // the filter goes back to any
}

} // namespace

void OpportunityBoard::refreshChoices()
{
    mChoicesTimer.stop();
    QList<std::pair<QString, QVariant>> journeys {{tr("Any journey"), Id(0)}};
    QList<std::pair<QString, QVariant>> personas {{tr("Any persona"), Id(0)}};
    QList<std::pair<QString, QVariant>> owners {{tr("Any owner"), QString()}};
    if (mDocument) {
        const Workspace &w = mDocument->workspace();
        for (const Journey &j : w.journeys)
            journeys << std::pair(j.name, j.id);
        for (const Persona &p : w.personas)
            personas << std::pair(p.name, p.id);
        QStringList names;
        bool unowned = false;
        for (const Opportunity &o : w.opportunities) {
            const QString owner = o.owner.trimmed();
            unowned = unowned || owner.isEmpty();
            if (!owner.isEmpty() && !names.contains(owner))
                names << owner;
        }
        names.sort(Qt::CaseInsensitive);
        for (const QString &name : std::as_const(names))
            owners << std::pair(name, name);
        if (unowned)
            owners << std::pair(tr("No owner"), u""_s);
    }
    setChoices(mJourney, journeys);
    setChoices(mPersona, personas);
    setChoices(mOwner, owners);
}

std::vector<int> OpportunityBoard::shownRows() const
{
    std::vector<int> rows;
    for (int row = 0; row < mFilter->rowCount(); ++row)
        rows.push_back(mFilter->mapToSource(mFilter->index(row, 0)).row());
    return rows;
}

void OpportunityBoard::printBoard()
{
    if (!mDocument)
        return;
    OpportunityBoardPosterContent content(mDocument->workspace(), shownRows());
    PosterDialog::print(this, content);
}

void OpportunityBoard::exportBoard()
{
    if (!mDocument)
        return;
    OpportunityBoardPosterContent content(mDocument->workspace(), shownRows());
    PosterDialog::exportPoster(this, content);
}

void OpportunityBoard::addOpportunity()
{
    if (!mDocument)
        return;
    Opportunity blank;
    blank.title = tr("New opportunity");
    const Id id = Edit::addOpportunity(*mDocument, blank);
    if (!id)
        return;
    clearFilters();
    select(id);
    mTable->edit(mTable->currentIndex());
}

void OpportunityBoard::deleteSelected()
{
    if (!mDocument)
        return;
    std::set<int> rows;
    for (const QModelIndex &index : mTable->selectionModel()->selectedIndexes())
        rows.insert(mFilter->mapToSource(index).row());
    if (rows.empty() && mTable->currentIndex().isValid())
        rows.insert(mFilter->mapToSource(mTable->currentIndex()).row());
    QList<Id> ids;
    for (int row : rows)
        ids << mModel->opportunityId(row);
    Edit::removeOpportunities(*mDocument, ids);
}

void OpportunityBoard::select(qint64 opportunity)
{
    const int row = mModel->rowOf(opportunity);
    if (row < 0)
        return;
    QModelIndex index = mFilter->mapFromSource(mModel->index(row, 0));
    if (!index.isValid()) { // filtered out: show everything
        clearFilters();
        index = mFilter->mapFromSource(mModel->index(row, 0));
    }
    mTable->setCurrentIndex(index);
    mTable->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    mTable->scrollTo(index);
}

} // namespace Parcours
