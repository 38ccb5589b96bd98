#include "common/commentcounts.h"

#include "domain/workspace.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>

namespace Parcours {

CommentCounts CommentCounts::of(const Workspace &workspace)
{
    CommentCounts counts;
    for (const CommentThread &thread : workspace.comments) {
        if (!thread.resolved && !thread.comments.empty())
            ++counts.mOpen[keyOf(thread.target)];
    }
    return counts;
}

Id CommentCounts::firstOpenThread(const Workspace &workspace, const CommentTarget &target)
{
    for (const CommentThread &thread : workspace.comments) {
        if (!thread.resolved && thread.target == target)
            return thread.id;
    }
    return 0;
}

QString CommentCounts::describe(int count)
{
    return count == 1 ? tr("1 open comment") : tr("%1 open comments").arg(count);
}

QRectF CommentCounts::rectIn(const QRectF &item)
{
    constexpr qreal height = 18;
    constexpr qreal width = 28;
    constexpr qreal opportunitySlot = 30 + 3 + 4; // OpportunityBadges::rectIn and a gap
    const qreal h = std::min(height, std::max(qreal(8), item.height() - 4));
    return {item.right() - opportunitySlot - width, item.top() + (h < height ? 2 : 3), width, h};
}

QColor CommentCounts::fill()
{
    return QColor(0xf2, 0xb1, 0x34); // a sticky note's amber: apart from the accent blue
}

QString CommentCounts::countText(int count)
{
    return count > 99 ? QStringLiteral("99+") : QString::number(count);
}

void CommentCounts::paint(QPainter *painter, const QRectF &badge, const QString &text,
                          const QFont &font)
{
    // A rounded bubble with a small tail at its bottom left, the count inside.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal tail = std::min(qreal(4), badge.height() / 4);
    const QRectF body = badge.adjusted(0, 0, 0, -tail);
    QPainterPath path;
    path.addRoundedRect(body, 4, 4);
    QPolygonF tip;
    tip << QPointF(body.left() + 5, body.bottom() - 1) << QPointF(body.left() + 5, badge.bottom())
        << QPointF(body.left() + 11, body.bottom() - 1);
    path.addPolygon(tip);
    path.setFillRule(Qt::WindingFill);
    painter->setPen(QPen(QColor(0x8a, 0x5a, 0x00), 1));
    painter->setBrush(fill());
    painter->drawPath(path.simplified());
    QFont bold = font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(Qt::black);
    painter->drawText(body, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace Parcours
