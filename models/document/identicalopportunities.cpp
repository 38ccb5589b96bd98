#include "document/identicalopportunities.h"

#include "domain/opportunitylinknames.h"

#include <QMultiHash>
#include <QStringList>

#include <algorithm>

namespace Parcours {

int dropIdenticalOpportunities(const Workspace &target, Workspace &fragment)
{
    const auto linkNames = [&target](const Workspace &w, const Opportunity &o) {
        QStringList names;
        for (const OpportunityLink &link : o.links) {
            std::optional<QString> name = opportunityLinkName(w, link);
            if (!name && &w != &target)
                name = opportunityLinkName(target, link);
            if (name)
                names << *name;
        }
        return names;
    };
    // By title first: an import of 2,000 opportunities into as many stays fast.
    QMultiHash<QString, size_t> byTitle;
    std::vector<QStringList> targetNames;
    for (size_t i = 0; i < target.opportunities.size(); ++i) {
        byTitle.insert(target.opportunities[i].title, i);
        targetNames.push_back(linkNames(target, target.opportunities[i]));
    }
    const auto known = [&](Opportunity o) {
        const QStringList names = linkNames(fragment, o);
        for (auto it = byTitle.constFind(o.title); it != byTitle.cend() && it.key() == o.title;
             ++it) {
            const Opportunity &e = target.opportunities[it.value()];
            o.id = e.id;
            o.links = e.links;
            if (o == e && names == targetNames[it.value()])
                return true;
        }
        return false;
    };
    auto &opportunities = fragment.opportunities;
    const auto kept = std::remove_if(opportunities.begin(), opportunities.end(), known);
    const int dropped = int(std::distance(kept, opportunities.end()));
    opportunities.erase(kept, opportunities.end());
    return dropped;
}

} // namespace Parcours
