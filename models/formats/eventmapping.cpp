#include "formats/eventmapping.h"

namespace Parcours {

namespace {

QRegularExpression wildcard(const QString &pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(pattern).replace(QLatin1String("\\*"), QLatin1String(".*"))));
}

} // namespace

EventMapping::EventMapping(const Workspace &workspace)
{
    for (const Persona &persona : workspace.personas) {
        for (const UseCase &useCase : persona.useCases) {
            const int index = int(mUseCases.size());
            mUseCases.push_back(useCase.id);
            for (const QString &name : useCase.events) {
                const QString trimmed = name.trimmed();
                if (trimmed.isEmpty())
                    continue;
                if (trimmed.contains(QLatin1Char('*')))
                    mPatterns.emplace_back(wildcard(trimmed), index);
                else
                    mExact[trimmed].push_back(index);
            }
        }
    }
}

bool EventMapping::matches(const QString &pattern, const QString &event)
{
    return pattern.contains(QLatin1Char('*')) ? wildcard(pattern).match(event).hasMatch()
                                              : pattern == event;
}

std::vector<int> EventMapping::useCasesOf(const QByteArray &event) const
{
    const QString name = QString::fromUtf8(event);
    std::vector<int> found = mExact.value(name);
    for (const auto &[pattern, index] : mPatterns) {
        if (pattern.match(name).hasMatch()
            && std::find(found.begin(), found.end(), index) == found.end()) {
            found.push_back(index);
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace Parcours
