#pragma once

#include "domain/comment.h"

#include <QCoreApplication>
#include <QHash>
#include <QRectF>

class QColor;
class QFont;
class QPainter;

namespace Parcours {

// How many open comment threads each item has (issue 23): the count badges of the canvas, the
// use-case table, the persona list and the opportunity cards. Built from Workspace::comments
// in one pass; empty (and free to ask) when nothing is commented.
class CommentCounts
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::CommentCounts)

public:
    static CommentCounts of(const Workspace &workspace);

    bool isEmpty() const { return mOpen.isEmpty(); }
    int at(const CommentTarget &target) const
    {
        return mOpen.isEmpty() ? 0 : mOpen.value(keyOf(target));
    }
    bool operator==(const CommentCounts &o) const { return mOpen == o.mOpen; }
    bool operator!=(const CommentCounts &o) const { return !(*this == o); }

    // The first open thread on `target` (the one the Comments panel opens on), or 0.
    static Id firstOpenThread(const Workspace &workspace, const CommentTarget &target);

    // "3 open comments": tooltips and screen readers.
    static QString describe(int count);

    // Where the badge goes in an item's rectangle: top right, left of the opportunity badge
    // (OpportunityBadges::rectIn) so that both can show.
    static QRectF rectIn(const QRectF &item);
    // A speech bubble with `text` (a count, or a printed comment's number) in `badge`.
    static void paint(QPainter *painter, const QRectF &badge, const QString &text,
                      const QFont &font);
    static QString countText(int count);
    static QColor fill();

private:
    struct Key
    {
        int kind;
        Id id;
        Id parent;
        Id lane;
        bool operator==(const Key &o) const
        {
            return kind == o.kind && id == o.id && parent == o.parent && lane == o.lane;
        }
    };
    friend size_t qHash(const Key &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.kind, key.id, key.parent, key.lane);
    }
    static Key keyOf(const CommentTarget &t) { return {int(t.kind), t.id, t.parent, t.lane}; }

    QHash<Key, int> mOpen;
};

} // namespace Parcours
