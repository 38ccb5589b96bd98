#pragma once

#include "domain/comment.h"

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace Parcours {

class CommentMarks;

// Editors of the board's cells: a list of statuses, spin boxes for values and effort (1–5)
// and votes (0 or more), a line edit for text. An opportunity's open comments (issue 23) are
// marked in its title's cell; a click on the mark emits commentsRequested().
class OpportunityDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit OpportunityDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

signals:
    void commentsRequested(const Parcours::CommentTarget &target);

private:
    CommentMarks *mMarks;
};

} // namespace Parcours
