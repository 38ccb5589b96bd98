#include "opportunities/opportunitydelegate.h"

#include "common/commentmarks.h"
#include "domain/opportunity.h"
#include "itemmodels/opportunitytablemodel.h"

#include <QComboBox>
#include <QSpinBox>

#include <climits>

namespace Parcours {

OpportunityDelegate::OpportunityDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , mMarks(new CommentMarks(
          view, OpportunityTableModel::TitleColumn,
          [](const QModelIndex &index) -> std::optional<CommentTarget> {
              const Id id = index.data(OpportunityTableModel::OpportunityIdRole).toLongLong();
              return id ? std::optional(CommentTarget::opportunity(id)) : std::nullopt;
          }))
{
    connect(mMarks, &CommentMarks::requested, this, &OpportunityDelegate::commentsRequested);
}

void OpportunityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    if (mMarks->countAt(index) > 0) { // the title beside the mark, never under it
        QStyleOptionViewItem initialised = option;
        initStyleOption(&initialised, index);
        CommentMarks::paintBackground(painter, initialised);
        QStyledItemDelegate::paint(painter, CommentMarks::besideMark(option), index);
    } else {
        QStyledItemDelegate::paint(painter, option, index);
    }
    mMarks->paint(painter, option, index);
}

bool OpportunityDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    return mMarks->helpEvent(event, option, index)
        || QStyledItemDelegate::helpEvent(event, view, option, index);
}

bool OpportunityDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                      const QStyleOptionViewItem &option, const QModelIndex &index)
{
    return mMarks->editorEvent(event, option, index)
        || QStyledItemDelegate::editorEvent(event, model, option, index);
}

QWidget *OpportunityDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    switch (index.column()) {
    case OpportunityTableModel::StatusColumn: {
        auto *box = new QComboBox(parent);
        for (int s = 0; s <= int(OpportunityStatus::Dropped); ++s)
            box->addItem(opportunityStatusName(OpportunityStatus(s)), s);
        return box;
    }
    case OpportunityTableModel::CustomerValueColumn:
    case OpportunityTableModel::BusinessValueColumn:
    case OpportunityTableModel::EffortColumn: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(Opportunity::minRating, Opportunity::maxRating);
        return spin;
    }
    case OpportunityTableModel::VotesColumn: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, INT_MAX);
        return spin;
    }
    default: return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void OpportunityDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(box->findData(index.data(Qt::EditRole).toInt()));
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toInt());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void OpportunityDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, box->currentData(), Qt::EditRole);
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Parcours
