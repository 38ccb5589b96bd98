#include "opportunities/opportunityboard.h"

#include "document/editsopportunity.h"
#include "itemmodels/opportunityfiltermodel.h"
#include "itemmodels/opportunitytablemodel.h"
#include "opportunities/opportunitydelegate.h"
#include "opportunities/votemode.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>

using namespace Qt::StringLiterals;

namespace Parcours {

OpportunityBoard::OpportunityBoard(QWidget *parent)
    : QWidget(parent)
    , mModel(new OpportunityTableModel(this))
    , mFilter(new OpportunityFilterModel(this))
    , mTable(new QTableView(this))
    , mSearch(new QLineEdit(this))
    , mStatus(new QComboBox(this))
    , mQuadrant(new QComboBox(this))
    , mAddAction(new QAction(tr("&Add Opportunity"), this))
    , mDeleteAction(new QAction(tr("&Delete Opportunity"), this))
    , mVoteMode(new VoteMode(mTable, this))
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

    connect(mSearch, &QLineEdit::textChanged, mFilter, &OpportunityFilterModel::setSearchText);
    connect(mStatus, &QComboBox::currentIndexChanged, this,
            [this] { mFilter->setStatusFilter(mStatus->currentData().toInt()); });
    connect(mQuadrant, &QComboBox::currentIndexChanged, this,
            [this] { mFilter->setQuadrantFilter(mQuadrant->currentData().toInt()); });

    mAddAction->setShortcut(Qt::CTRL | Qt::Key_Return);
    mAddAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    mDeleteAction->setShortcut(QKeySequence::Delete);
    mDeleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(mAddAction, &QAction::triggered, this, &OpportunityBoard::addOpportunity);
    connect(mDeleteAction, &QAction::triggered, this, &OpportunityBoard::deleteSelected);
    addAction(mAddAction);
    mTable->addAction(mDeleteAction);
    mTable->addAction(mAddAction);
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
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(mTable, 1);
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
    mSearch->clear();
    mStatus->setCurrentIndex(0);
    mQuadrant->setCurrentIndex(0);
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
        mSearch->clear();
        mStatus->setCurrentIndex(0);
        mQuadrant->setCurrentIndex(0);
        index = mFilter->mapFromSource(mModel->index(row, 0));
    }
    mTable->setCurrentIndex(index);
    mTable->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    mTable->scrollTo(index);
}

} // namespace Parcours
