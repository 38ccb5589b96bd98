#pragma once

#include "common/commentmarks.h"

#include <QStyleOptionViewItem>

namespace Parcours {

// A delegate that draws what Base draws (in the room left of a mark when a row has one), then
// the rows' open-comment marks (CommentMarks), with their tooltips and their click; used by
// the use-case table and the sidebar's outline.
template<class Base>
class CommentMarkedDelegate : public Base
{
public:
    CommentMarkedDelegate(QObject *parent, CommentMarks *marks)
        : Base(parent)
        , mMarks(marks)
    { }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (mMarks->countAt(index) > 0) { // the text beside the mark, never under it
            QStyleOptionViewItem initialised = option;
            this->initStyleOption(&initialised, index);
            CommentMarks::paintBackground(painter, initialised);
            Base::paint(painter, CommentMarks::besideMark(option), index);
        } else {
            Base::paint(painter, option, index);
        }
        mMarks->paint(painter, option, index);
    }

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        return mMarks->helpEvent(event, option, index)
            || Base::helpEvent(event, view, option, index);
    }

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override
    {
        return mMarks->editorEvent(event, option, index)
            || Base::editorEvent(event, model, option, index);
    }

private:
    CommentMarks *mMarks;
};

} // namespace Parcours
