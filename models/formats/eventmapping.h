#pragma once

#include "domain/workspace.h"

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>

#include <vector>

namespace Parcours {

// Which use cases an event means (UseCase::events): exact names, or patterns where `*` stands
// for any run of characters ("report.*"); case-sensitive, as analytics tools name events. An
// event one use case names counts for it; one several name counts for each.
class EventMapping
{
public:
    explicit EventMapping(const Workspace &workspace);

    // The use cases (indexes in useCases()) the event maps to, in order; empty when none.
    std::vector<int> useCasesOf(const QByteArray &event) const;
    const std::vector<Id> &useCases() const { return mUseCases; }

    static bool matches(const QString &pattern, const QString &event);

private:
    std::vector<Id> mUseCases;
    QHash<QString, std::vector<int>> mExact;
    std::vector<std::pair<QRegularExpression, int>> mPatterns;
};

} // namespace Parcours
