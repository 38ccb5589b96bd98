#include "domain/comment.h"

#include "domain/workspace.h"

#include <QStringList>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Parcours {

bool CommentTarget::operator==(const CommentTarget &o) const
{
    return std::tie(kind, id, parent, lane) == std::tie(o.kind, o.id, o.parent, o.lane);
}

bool Comment::operator==(const Comment &o) const
{
    return std::tie(id, author, time, text) == std::tie(o.id, o.author, o.time, o.text);
}

bool CommentThread::operator==(const CommentThread &o) const
{
    return std::tie(id, target, resolved, comments)
        == std::tie(o.id, o.target, o.resolved, o.comments);
}

namespace {

struct KindName
{
    CommentTarget::Kind kind;
    const char16_t *name;
    int ids; // how many ids the key holds after the name
};

constexpr KindName kindNames[] = {
    {CommentTarget::Kind::Cell, u"cell", 3},
    {CommentTarget::Kind::Stage, u"stage", 2},
    {CommentTarget::Kind::Step, u"step", 2},
    {CommentTarget::Kind::UseCase, u"usecase", 2},
    {CommentTarget::Kind::Persona, u"persona", 1},
    {CommentTarget::Kind::Opportunity, u"opportunity", 1},
};

} // namespace

QString commentTargetKey(const CommentTarget &target)
{
    for (const KindName &k : kindNames) {
        if (k.kind != target.kind)
            continue;
        QString key = QString::fromUtf16(k.name);
        if (k.ids >= 2)
            key += u':' + QString::number(target.parent);
        key += u':' + QString::number(target.id);
        if (k.ids == 3)
            key += u':' + QString::number(target.lane);
        return key;
    }
    return {};
}

std::optional<CommentTarget> commentTargetFromKey(const QString &key)
{
    const QStringList parts = key.split(u':');
    for (const KindName &k : kindNames) {
        if (parts.first() != QStringView(k.name))
            continue;
        if (parts.size() != k.ids + 1)
            return std::nullopt;
        std::vector<Id> ids;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            bool ok = false;
            const Id id = parts.at(i).toLongLong(&ok);
            if (!ok || id == 0)
                return std::nullopt;
            ids.push_back(id);
        }
        CommentTarget target;
        target.kind = k.kind;
        if (k.ids == 1) {
            target.id = ids[0];
        } else {
            target.parent = ids[0];
            target.id = ids[1];
            if (k.ids == 3)
                target.lane = ids[2];
        }
        return target;
    }
    return std::nullopt;
}

bool commentTargetExists(const Workspace &w, const CommentTarget &target)
{
    switch (target.kind) {
    case CommentTarget::Kind::Cell: {
        const Journey *j = w.journey(target.parent);
        return j && findStep(*j, target.id) && indexOfId(j->lanes, target.lane) >= 0;
    }
    case CommentTarget::Kind::Stage: {
        const Journey *j = w.journey(target.parent);
        return j && indexOfId(j->stages, target.id) >= 0;
    }
    case CommentTarget::Kind::Step: {
        const Journey *j = w.journey(target.parent);
        return j && findStep(*j, target.id);
    }
    case CommentTarget::Kind::UseCase: {
        const Persona *p = w.persona(target.parent);
        return p && indexOfId(p->useCases, target.id) >= 0;
    }
    case CommentTarget::Kind::Persona: return w.persona(target.id) != nullptr;
    case CommentTarget::Kind::Opportunity: return w.opportunity(target.id) != nullptr;
    }
    return false;
}

QString commentTimeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

std::optional<QDateTime> commentTimeFromText(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

} // namespace Parcours
