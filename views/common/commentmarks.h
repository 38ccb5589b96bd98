#pragma once

#include "common/commentcounts.h"

#include <QObject>
#include <QPointer>
#include <QStyleOptionViewItem>

#include <functional>
#include <optional>

class QAbstractItemView;
class QEvent;
class QHelpEvent;
class QModelIndex;
class QPainter;

namespace Parcours {

class WorkspaceDocument;

// The open-comment mark of a table's rows (issue 23): a bubble with the count at the right of
// one column's cells (a use case's name, an opportunity's title), its tooltip ("2 open
// comments") and a click on it. A delegate calls paint(), helpEvent() and editorEvent() from
// its own. The document is the one behind the index's model (an EntityTableModel, through
// proxies); the counts follow its comment changes and cost nothing when there are none.
class CommentMarks final : public QObject
{
    Q_OBJECT

public:
    using TargetOf = std::function<std::optional<CommentTarget>(const QModelIndex &)>;
    CommentMarks(QAbstractItemView *view, int column, TargetOf targetOf);

    int countAt(const QModelIndex &index) const;
    // The mark's rectangle in a cell's rectangle.
    static QRect markRect(const QRect &cell);
    // A marked cell's option for its text and icon: only the room left of the mark, a gap
    // before it, so that long text is elided (or wrapped) there rather than drawn under it.
    static QStyleOptionViewItem besideMark(const QStyleOptionViewItem &option);
    // The background of a marked cell across its whole width (the mark's part too), from its
    // initialised option: besideMark()'s paints only the rest.
    static void paintBackground(QPainter *painter, const QStyleOptionViewItem &initialised);
    // The room left between the text and the mark.
    static constexpr int gap = 4;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const;
    // Tooltips; true when handled.
    bool helpEvent(QHelpEvent *event, const QStyleOptionViewItem &option,
                   const QModelIndex &index) const;
    // A click on a mark emits requested(); true when handled.
    bool editorEvent(QEvent *event, const QStyleOptionViewItem &option, const QModelIndex &index);

signals:
    void requested(const Parcours::CommentTarget &target);

private:
    void follow(WorkspaceDocument *document) const;
    void refresh() const;

    QAbstractItemView *mView;
    int mColumn;
    TargetOf mTargetOf;
    mutable QPointer<WorkspaceDocument> mDocument;
    mutable QMetaObject::Connection mConnection;
    mutable CommentCounts mCounts;
};

} // namespace Parcours
