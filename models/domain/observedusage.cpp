#include "domain/observedusage.h"

#include <tuple>

namespace Parcours {

bool UsageSource::operator==(const UsageSource &o) const
{
    return std::tie(id, fileName, size, fingerprint, importedAt, events, unmappedEvents, firstEvent,
                    lastEvent, unmappedEventNames, counts, activity)
        == std::tie(o.id, o.fileName, o.size, o.fingerprint, o.importedAt, o.events,
                    o.unmappedEvents, o.firstEvent, o.lastEvent, o.unmappedEventNames, o.counts,
                    o.activity);
}

QDateTime ObservedUsage::firstEvent() const
{
    QDateTime first;
    for (const UsageSource &source : sources) {
        if (source.firstEvent.isValid() && (!first.isValid() || source.firstEvent < first))
            first = source.firstEvent;
    }
    return first;
}

QDateTime ObservedUsage::lastEvent() const
{
    QDateTime last;
    for (const UsageSource &source : sources) {
        if (source.lastEvent.isValid() && (!last.isValid() || source.lastEvent > last))
            last = source.lastEvent;
    }
    return last;
}

} // namespace Parcours
