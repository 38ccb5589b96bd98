#pragma once

#include "document/entityref.h"

namespace Parcours {

// One thing the store must bring up to date with the in-memory workspace.
struct PendingWrite
{
    enum Scope {
        Row, // the entity's own row: written if it exists in memory, deleted if not
        Subtree, // the row and everything it owns (re-inserting a persona with its use cases)
        Order, // positions of every sibling of ref's kind under ref.parent
        Usage, // Workspace::usage (ref unused): its users, and the sources added or removed
    };
    Scope scope = Row;
    EntityRef ref;

    friend bool operator==(const PendingWrite &a, const PendingWrite &b)
    {
        return a.scope == b.scope && a.ref == b.ref;
    }
};

inline size_t qHash(const PendingWrite &w, size_t seed = 0)
{
    return qHashMulti(seed, int(w.scope), w.ref);
}

} // namespace Parcours
