#include "comments/commenttargetname.h"

#include "domain/workspace.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// The context lupdate files this namespace's tr() calls under.
QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours", text);
}

QString orUntitled(const QString &name)
{
    const QString firstLine = name.section(u'\n', 0, 0).trimmed();
    return firstLine.isEmpty() ? tr("(untitled)") : firstLine;
}

QString joined(std::initializer_list<QString> parts)
{
    return QStringList(parts).join(u" › "_s);
}

} // namespace

QString commentTargetName(const Workspace &w, const CommentTarget &target)
{
    switch (target.kind) {
    case CommentTarget::Kind::Cell:
    case CommentTarget::Kind::Stage:
    case CommentTarget::Kind::Step: {
        const Journey *j = w.journey(target.parent);
        if (!j)
            return {};
        if (target.kind == CommentTarget::Kind::Stage) {
            const int stage = indexOfId(j->stages, target.id);
            return stage < 0
                ? QString()
                : joined({orUntitled(j->name), orUntitled(j->stages[size_t(stage)].name)});
        }
        const Stage *stage = stageOfStep(*j, target.id);
        const Step *step = findStep(*j, target.id);
        if (!stage || !step)
            return {};
        QString column = orUntitled(stage->name);
        if (stage->steps.size() > 1) // a stage of one step is named by the stage alone
            column = joined({column, orUntitled(step->name)});
        if (target.kind == CommentTarget::Kind::Step)
            return joined({orUntitled(j->name), column});
        const int lane = indexOfId(j->lanes, target.lane);
        return lane < 0
            ? QString()
            : joined({orUntitled(j->name), column, orUntitled(j->lanes[size_t(lane)].name)});
    }
    case CommentTarget::Kind::UseCase: {
        const Persona *p = w.persona(target.parent);
        const int at = p ? indexOfId(p->useCases, target.id) : -1;
        if (at < 0)
            return {};
        const UseCase &u = p->useCases[size_t(at)];
        return joined(
            {orUntitled(p->name), orUntitled(u.useCase.isEmpty() ? u.problem : u.useCase)});
    }
    case CommentTarget::Kind::Persona: {
        const Persona *p = w.persona(target.id);
        return p ? orUntitled(p->name) : QString();
    }
    case CommentTarget::Kind::Opportunity: {
        const Opportunity *o = w.opportunity(target.id);
        return o ? orUntitled(o->title) : QString();
    }
    }
    return {};
}

QString commentAuthorName()
{
    QString chosen = QSettings().value(u"comments/author"_s).toString().trimmed();
    if (!chosen.isEmpty())
        return chosen;
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    return login.isEmpty() ? tr("Me") : login;
}

} // namespace Parcours
