#include "formats/commentsjson.h"

#include <QJsonObject>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// The target's kind in JSON and the names of its ids, in CommentTarget's order (parent, id,
// lane); an empty name: not used by that kind.
struct TargetShape
{
    CommentTarget::Kind kind;
    const char16_t *name;
    const char16_t *parent;
    const char16_t *id;
    const char16_t *lane;
};

constexpr TargetShape targetShapes[] = {
    {CommentTarget::Kind::Cell, u"cell", u"journey", u"step", u"lane"},
    {CommentTarget::Kind::Stage, u"stage", u"journey", u"stage", u""},
    {CommentTarget::Kind::Step, u"step", u"journey", u"step", u""},
    {CommentTarget::Kind::UseCase, u"use_case", u"persona", u"use_case", u""},
    {CommentTarget::Kind::Persona, u"persona", u"", u"persona", u""},
    {CommentTarget::Kind::Opportunity, u"opportunity", u"", u"opportunity", u""},
};

constexpr double maxSafeInteger = 9007199254740991.0; // 2^53 - 1: exact in JSON

QString key(const char16_t *name)
{
    return QString::fromUtf16(name);
}

QJsonObject targetJson(const CommentTarget &t)
{
    for (const TargetShape &shape : targetShapes) {
        if (shape.kind != t.kind)
            continue;
        QJsonObject o {{u"kind"_s, key(shape.name)}, {key(shape.id), double(t.id)}};
        if (*shape.parent)
            o.insert(key(shape.parent), double(t.parent));
        if (*shape.lane)
            o.insert(key(shape.lane), double(t.lane));
        return o;
    }
    return {};
}

class Reader
{
public:
    QString error;

    void fail(const QString &path, const QString &message)
    {
        if (error.isEmpty())
            error = path + u": "_s + message;
    }
    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fail(path, CommentsJson::tr("expected an object"));
        return v.toObject();
    }
    Id id(const QJsonObject &o, const QString &path, const QString &name)
    {
        const QJsonValue v = o.value(name);
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || d < 1 || d > maxSafeInteger) {
            fail(path + u'.' + name,
                 CommentsJson::tr("expected an id (a whole number from 1 to 2^53 - 1)"));
            return 0;
        }
        return Id(d);
    }
    QString text(const QJsonObject &o, const QString &path, const QString &name)
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(path + u'.' + name, CommentsJson::tr("expected text"));
        return v.toString();
    }
    CommentTarget target(const QJsonObject &o, const QString &path)
    {
        const QString kind = text(o, path, u"kind"_s);
        for (const TargetShape &shape : targetShapes) {
            if (kind != QStringView(shape.name))
                continue;
            CommentTarget t;
            t.kind = shape.kind;
            t.id = id(o, path, key(shape.id));
            if (*shape.parent)
                t.parent = id(o, path, key(shape.parent));
            if (*shape.lane)
                t.lane = id(o, path, key(shape.lane));
            return t;
        }
        fail(path + u".kind"_s,
             CommentsJson::tr("expected cell, stage, step, use_case, persona or opportunity"));
        return {};
    }
};

} // namespace

QJsonArray CommentsJson::write(const std::vector<CommentThread> &threads)
{
    QJsonArray array;
    for (const CommentThread &t : threads) {
        QJsonArray comments;
        for (const Comment &c : t.comments) {
            comments.append(QJsonObject {{u"id"_s, double(c.id)},
                                         {u"author"_s, c.author},
                                         {u"time"_s, commentTimeText(c.time)},
                                         {u"text"_s, c.text}});
        }
        array.append(QJsonObject {{u"id"_s, double(t.id)},
                                  {u"target"_s, targetJson(t.target)},
                                  {u"resolved"_s, t.resolved},
                                  {u"comments"_s, comments}});
    }
    return array;
}

bool CommentsJson::read(const QJsonValue &value, std::vector<CommentThread> *threads,
                        QString *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    Reader r;
    if (!value.isArray()) {
        *error = u"comments: "_s + tr("expected a list");
        return false;
    }
    const QJsonArray array = value.toArray();
    QSet<Id> threadIds;
    QSet<Id> commentIds;
    std::vector<CommentThread> read;
    for (qsizetype i = 0; i < array.size() && r.error.isEmpty(); ++i) {
        const QString path = u"comments[%1]"_s.arg(i);
        const QJsonObject o = r.object(array.at(i), path);
        CommentThread t;
        t.id = r.id(o, path, u"id"_s);
        if (r.error.isEmpty() && threadIds.contains(t.id))
            r.fail(path + u".id"_s, tr("another thread has the id %1").arg(t.id));
        threadIds.insert(t.id);
        t.target
            = r.target(r.object(o.value(u"target"_s), path + u".target"_s), path + u".target"_s);
        const QJsonValue resolved = o.value(u"resolved"_s);
        if (!resolved.isUndefined() && !resolved.isBool())
            r.fail(path + u".resolved"_s, tr("expected true or false"));
        t.resolved = resolved.toBool();
        const QJsonValue comments = o.value(u"comments"_s);
        if (!comments.isArray() || comments.toArray().isEmpty())
            r.fail(path + u".comments"_s, tr("expected a list of at least one comment"));
        const QJsonArray list = comments.toArray();
        for (qsizetype c = 0; c < list.size() && r.error.isEmpty(); ++c) {
            const QString at = u"%1.comments[%2]"_s.arg(path).arg(c);
            const QJsonObject co = r.object(list.at(c), at);
            Comment comment;
            comment.id = r.id(co, at, u"id"_s);
            if (r.error.isEmpty() && commentIds.contains(comment.id))
                r.fail(at + u".id"_s, tr("another comment has the id %1").arg(comment.id));
            commentIds.insert(comment.id);
            comment.author = r.text(co, at, u"author"_s);
            comment.text = r.text(co, at, u"text"_s);
            const std::optional<QDateTime> time = commentTimeFromText(r.text(co, at, u"time"_s));
            if (!time)
                r.fail(at + u".time"_s,
                       tr("expected a date and time such as 2026-12-07T09:30:00Z"));
            comment.time = time.value_or(QDateTime());
            t.comments.push_back(std::move(comment));
        }
        read.push_back(std::move(t));
    }
    if (!r.error.isEmpty()) {
        *error = r.error;
        return false;
    }
    *threads = std::move(read);
    return true;
}

} // namespace Parcours
