#pragma once

#include <QStyledItemDelegate>

namespace Parcours {

// Editors of the board's cells: a list of statuses, spin boxes for values and effort (1–5)
// and votes (0 or more), a line edit for text.
class OpportunityDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace Parcours
