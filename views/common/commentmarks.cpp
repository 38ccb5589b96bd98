#include "common/commentmarks.h"

#include "document/workspacedocument.h"
#include "itemmodels/entitytablemodel.h"
#include "itemmodels/workspaceoutlinemodel.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QToolTip>

#include <algorithm>

namespace Parcours {

namespace {

WorkspaceDocument *documentOf(const QAbstractItemModel *model)
{
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    if (const auto *table = qobject_cast<const EntityTableModel *>(model))
        return table->document();
    if (const auto *outline = qobject_cast<const WorkspaceOutlineModel *>(model))
        return outline->document();
    return nullptr;
}

} // namespace

CommentMarks::CommentMarks(QAbstractItemView *view, int column, TargetOf targetOf)
    : QObject(view)
    , mView(view)
    , mColumn(column)
    , mTargetOf(std::move(targetOf))
{ }

void CommentMarks::follow(WorkspaceDocument *document) const
{
    if (document == mDocument)
        return;
    disconnect(mConnection);
    mDocument = document;
    mCounts = document ? CommentCounts::of(document->workspace()) : CommentCounts();
    if (!document)
        return;
    // Only comment edits (and their undo) and reloads change the counts.
    mConnection
        = connect(document, &WorkspaceDocument::changed, this, [this](const ChangeEvent &event) {
              const EntityKind kind = event.entity.kind;
              if (event.type == ChangeEvent::Reset || kind == EntityKind::CommentThread
                  || kind == EntityKind::Comment)
                  refresh();
          });
}

void CommentMarks::refresh() const
{
    CommentCounts counts = mDocument ? CommentCounts::of(mDocument->workspace()) : CommentCounts();
    if (counts == mCounts)
        return;
    mCounts = std::move(counts);
    mView->viewport()->update();
}

int CommentMarks::countAt(const QModelIndex &index) const
{
    if (index.column() != mColumn)
        return 0;
    follow(documentOf(index.model()));
    if (mCounts.isEmpty())
        return 0;
    const std::optional<CommentTarget> target = mTargetOf(index);
    return target ? mCounts.at(*target) : 0;
}

QRect CommentMarks::markRect(const QRect &cell)
{
    const int height = std::min(18, cell.height() - 2);
    return {cell.right() - 30, cell.top() + (cell.height() - height) / 2, 28, height};
}

QStyleOptionViewItem CommentMarks::besideMark(const QStyleOptionViewItem &option)
{
    QStyleOptionViewItem beside = option;
    beside.rect.setRight(markRect(option.rect).left() - gap - 1);
    return beside;
}

void CommentMarks::paintBackground(QPainter *painter, const QStyleOptionViewItem &initialised)
{
    const QStyle *style = initialised.widget ? initialised.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &initialised, painter, initialised.widget);
}

void CommentMarks::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    if (const int count = countAt(index); count > 0)
        CommentCounts::paint(painter, markRect(option.rect), CommentCounts::countText(count),
                             option.font);
}

bool CommentMarks::helpEvent(QHelpEvent *event, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const int count = countAt(index);
    if (count == 0 || event->type() != QEvent::ToolTip
        || !markRect(option.rect).contains(event->pos()))
        return false;
    QToolTip::showText(event->globalPos(), CommentCounts::describe(count), mView->viewport(),
                       markRect(option.rect));
    return true;
}

bool CommentMarks::editorEvent(QEvent *event, const QStyleOptionViewItem &option,
                               const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonPress)
        return false;
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton || countAt(index) == 0
        || !markRect(option.rect).contains(mouse->position().toPoint()))
        return false;
    if (const std::optional<CommentTarget> target = mTargetOf(index)) {
        emit requested(*target);
        return true;
    }
    return false;
}

} // namespace Parcours
