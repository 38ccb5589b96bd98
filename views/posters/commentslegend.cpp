#include "posters/commentslegend.h"

#include "common/commentcounts.h"
#include "layout/journeylayout.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// Where an item of the map is, or an empty rectangle when the poster does not show it; `order`
// sorts items in map order.
QRectF itemRect(const JourneyLayout &layout, const CommentTarget &target,
                std::tuple<int, int, int> *order)
{
    const Journey *journey = layout.journey();
    if (!journey || target.parent != journey->id)
        return {};
    switch (target.kind) {
    case CommentTarget::Kind::Stage: {
        const int column = layout.columnOf(target.id);
        if (column < 0)
            return {};
        *order = {column, -2, 0};
        return layout.headerRect(column);
    }
    case CommentTarget::Kind::Step: {
        const int column = layout.columnOfStep(target.id);
        if (column < 0)
            return {};
        *order = {column, -1, 0};
        // A one-step stage's step has no name row: its stage's header stands for it.
        return layout.hasStepRow() ? layout.stepHeaderRect(column) : layout.headerRect(column);
    }
    case CommentTarget::Kind::Cell: {
        const int column = layout.columnOfStep(target.id);
        const int row = layout.rowOf(target.lane);
        if (column < 0 || row < 0)
            return {};
        *order = {column, row, 0};
        return layout.cellRect(column, row);
    }
    default: return {};
    }
}

QString commentLine(const Comment &c)
{
    const QLocale locale;
    return CommentsLegend::tr("%1, %2: %3")
        .arg(CommentsLegend::printable(
                 c.author.isEmpty() ? CommentsLegend::tr("(anonymous)") : c.author, 80),
             locale.toString(c.time.toLocalTime().date(), QLocale::ShortFormat),
             CommentsLegend::printable(c.text));
}

} // namespace

QString CommentsLegend::printable(const QString &text, int maxLength)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), maxLength + 1));
    for (const QChar c : text) {
        if (out.size() >= maxLength) {
            out += u'…';
            break;
        }
        // Line breaks stay; other control characters would make an SVG invalid XML.
        out += c == u'\n' ? c : (c.category() == QChar::Other_Control ? u' ' : c);
    }
    return out.trimmed();
}

CommentsLegend CommentsLegend::of(const JourneyLayout &layout)
{
    CommentsLegend legend;
    const Workspace &w = layout.workspace();
    // The commented items shown, in map order, each with its open threads.
    struct Item
    {
        QRectF rect;
        std::vector<const CommentThread *> threads;
    };
    std::map<std::tuple<int, int, int>, Item> items;
    for (const CommentThread &thread : w.comments) {
        if (thread.resolved || thread.comments.empty())
            continue;
        std::tuple<int, int, int> order;
        const QRectF rect = itemRect(layout, thread.target, &order);
        if (rect.isEmpty())
            continue;
        Item &item = items[order];
        item.rect = rect;
        item.threads.push_back(&thread);
    }
    legend.mSection.title = tr("Comments");
    int number = 0;
    for (const auto &[order, item] : items) {
        Q_UNUSED(order)
        ++number;
        legend.mMarks.push_back({CommentCounts::rectIn(item.rect), number});
        for (const CommentThread *thread : item.threads) {
            QString label = commentLine(thread->comments.front());
            for (size_t i = 1; i < thread->comments.size(); ++i)
                label += u"\n↳ "_s + commentLine(thread->comments[i]);
            const QString text = QString::number(number);
            legend.mSection.entries
                << PosterLegendEntry {label,
                                      [text](QPainter *p, const QRectF &r) {
                                          QFont font = p->font();
                                          font.setPixelSize(std::max(1, int(r.height() * 0.6)));
                                          CommentCounts::paint(p, r, text, font);
                                      },
                                      1.5, 340};
        }
    }
    return legend;
}

void CommentsLegend::paintMarks(QPainter *painter, const QFont &font) const
{
    for (const Mark &mark : mMarks)
        CommentCounts::paint(painter, mark.badge, QString::number(mark.number), font);
}

QList<QRectF> CommentsLegend::markRects() const
{
    QList<QRectF> rects;
    rects.reserve(qsizetype(mMarks.size()));
    for (const Mark &mark : mMarks)
        rects << mark.badge;
    return rects;
}

} // namespace Parcours
