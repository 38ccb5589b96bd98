#include "opportunities/votemode.h"

#include "document/editsopportunity.h"
#include "document/workspacedocument.h"
#include "domain/opportunity.h"
#include "itemmodels/opportunitytablemodel.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// The votes column in vote mode: the count large and bold on a light band, readable from the
// back of the room (size and weight say it, not the colour alone).
class VoteCountDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString count = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        painter->save();
        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        if (!selected)
            painter->fillRect(opt.rect.adjusted(1, 1, -1, -1), QColor(255, 236, 179, 140));
        QFont font = opt.font;
        font.setBold(true);
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * 1.5);
        else
            font.setPixelSize(font.pixelSize() * 3 / 2);
        painter->setFont(font);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(opt.rect, Qt::AlignCenter, count);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        return {base.width() * 3 / 2, base.height() * 3 / 2};
    }
};

// Vote keys: +1 (+, Space), −1 (−, Backspace), 0 (Escape: leave vote mode).
bool voteKey(QEvent *event, int *delta)
{
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (mods != Qt::NoModifier)
        return false;
    if (key->key() == Qt::Key_Plus || key->key() == Qt::Key_Space || key->text() == u"+"_s) {
        *delta = +1;
        return true;
    }
    if (key->key() == Qt::Key_Minus || key->key() == Qt::Key_Backspace || key->text() == u"-"_s) {
        *delta = -1;
        return true;
    }
    if (key->key() == Qt::Key_Escape) {
        *delta = 0;
        return true;
    }
    return false;
}

} // namespace

VoteMode::VoteMode(QTableView *table, QObject *parent)
    : QObject(parent)
    , mTable(table)
    , mToggle(new QAction(tr("&Vote Mode"), this))
    , mReset(new QAction(tr("Reset Vote&s\u2026"), this))
    , mSavedTriggers(table->editTriggers())
    , mVotesDelegate(new VoteCountDelegate(this))
{
    mToggle->setObjectName(u"voteModeAction"_s);
    mToggle->setCheckable(true);
    mToggle->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_V);
    mToggle->setStatusTip(tr("Dot voting: click a row or press + or Space to add a vote, "
                             "\u2212 or Backspace to remove one, Escape to stop."));
    mToggle->setWhatsThis(mToggle->statusTip());
    mReset->setObjectName(u"resetVotesAction"_s);
    mReset->setStatusTip(tr("Set every opportunity's votes back to 0 (Undo brings them back)."));
    mReset->setWhatsThis(mReset->statusTip());
    connect(mToggle, &QAction::toggled, this, &VoteMode::apply);
    connect(mReset, &QAction::triggered, this, &VoteMode::resetVotes);
    table->addActions({mToggle, mReset});
    table->installEventFilter(this);
    table->viewport()->installEventFilter(this);
    updateActions();
}

QToolButton *VoteMode::makeButton(QWidget *parent) const
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(mToggle);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

void VoteMode::setDocument(WorkspaceDocument *document)
{
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    if (!document)
        setOn(false);
    if (document)
        connect(document, &WorkspaceDocument::readOnlyChanged, this, &VoteMode::updateActions);
    updateActions();
}

void VoteMode::updateActions()
{
    const bool editable = mDocument && !mDocument->isReadOnly();
    mToggle->setEnabled(editable);
    mReset->setEnabled(editable);
    if (!editable && isOn())
        setOn(false);
}

bool VoteMode::isOn() const
{
    return mToggle->isChecked();
}

void VoteMode::setOn(bool on)
{
    mToggle->setChecked(on);
}

void VoteMode::apply(bool on)
{
    if (!mTable)
        return;
    const int votes = OpportunityTableModel::VotesColumn;
    if (on) {
        mSavedTriggers = mTable->editTriggers();
        mSavedDelegate = mTable->itemDelegateForColumn(votes);
        mSavedWidth = mTable->columnWidth(votes);
        mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
        // Rows stay where they are while the room votes (a re-sort would move another
        // opportunity under the pointer); they are ranked again when voting ends.
        if (auto *proxy = qobject_cast<QSortFilterProxyModel *>(mTable->model())) {
            mSavedDynamicSort = proxy->dynamicSortFilter();
            proxy->setDynamicSortFilter(false);
        }
        mTable->setItemDelegateForColumn(votes, mVotesDelegate);
        mTable->resizeColumnToContents(votes);
        mTable->setColumnWidth(votes, std::max(mSavedWidth, mTable->columnWidth(votes)));
        mTable->setAccessibleDescription(mToggle->statusTip());
        mTable->setFocus(); // an editor still open commits what was typed
        if (!mTable->currentIndex().isValid() && mTable->model()->rowCount() > 0)
            mTable->selectRow(0);
    } else {
        mTable->setEditTriggers(mSavedTriggers);
        if (auto *proxy = qobject_cast<QSortFilterProxyModel *>(mTable->model()))
            proxy->setDynamicSortFilter(mSavedDynamicSort);
        mTable->setItemDelegateForColumn(votes, mSavedDelegate);
        if (mSavedWidth > 0)
            mTable->setColumnWidth(votes, mSavedWidth);
        mTable->setAccessibleDescription({});
    }
    mTable->viewport()->update();
    emit toggled(on);
}

Id VoteMode::currentOpportunity() const
{
    if (!mTable)
        return 0;
    const QModelIndex current = mTable->currentIndex();
    return current.isValid()
        ? current.siblingAtColumn(0).data(OpportunityTableModel::OpportunityIdRole).toLongLong()
        : 0;
}

bool VoteMode::vote(int delta)
{
    const Id id = currentOpportunity();
    if (!mDocument || !id || !Edit::voteForOpportunity(*mDocument, id, delta)) {
        QApplication::beep();
        return false;
    }
    return true;
}

void VoteMode::resetVotes()
{
    if (!mDocument)
        return;
    const int total = totalVotes(mDocument->workspace().opportunities);
    QWidget *parent = mTable ? mTable->window() : nullptr;
    if (total == 0) {
        QMessageBox::information(parent, tr("Reset Votes"), tr("There are no votes to reset."));
        return;
    }
    const auto answer = QMessageBox::question(
        parent, tr("Reset Votes"),
        total == 1 ? tr("Remove the only vote from the opportunities? Undo brings it back.")
                   : tr("Remove all %n votes from the opportunities? Undo brings them back.",
                        nullptr, total),
        QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Reset)
        Edit::resetVotes(*mDocument);
}

bool VoteMode::eventFilter(QObject *watched, QEvent *event)
{
    if (!isOn() || !mTable)
        return QObject::eventFilter(watched, event);
    const QEvent::Type type = event->type();
    if (watched == mTable && (type == QEvent::ShortcutOverride || type == QEvent::KeyPress)) {
        int delta = 0;
        if (!voteKey(event, &delta))
            return QObject::eventFilter(watched, event);
        event->accept(); // not a window shortcut (Backspace, Escape) while voting
        if (type == QEvent::KeyPress) {
            if (delta == 0)
                setOn(false);
            else
                vote(delta);
        }
        return true;
    }
    if (watched == mTable->viewport()
        && (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonDblClick)) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QModelIndex index = mTable->indexAt(mouse->position().toPoint());
        if (mouse->button() != Qt::LeftButton || !index.isValid())
            return QObject::eventFilter(watched, event);
        // Select the row here (the table would select what lies under the pointer once the
        // vote has re-sorted the rows), then vote; a double click is two votes.
        mTable->setFocus(Qt::MouseFocusReason);
        mTable->setCurrentIndex(index);
        mTable->selectionModel()->select(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        vote(+1);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Parcours
