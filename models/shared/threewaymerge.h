#pragma once

#include "document/entityref.h"
#include "domain/workspace.h"

#include <QString>

namespace Parcours {

// Whether `ref` is in `w`. Cells and renewal answers exist as soon as their stage or journey
// does (absent is empty).
bool isPresentIn(const Workspace &w, const EntityRef &ref);

struct MergeVerdict
{
    enum Outcome {
        Clean, // nothing of theirs to take: write `mine` as it is
        Merged, // they changed other fields: `merged` holds mine plus theirs
        Conflict, // the same field changed to different values, or a deletion meets a change
        AlreadyGone, // deleted on both sides
    };
    Outcome outcome = Clean;
    QString theirValue; // their value of the conflicting field, when it is text
};

// A counter both sides changed since `base` (an opportunity's votes): both changes count,
// mine + theirs - base, never below 0. A reset to 0 on one side while the other added votes
// keeps the votes added: base 5, reset (0), +2 elsewhere (7) gives 2.
int mergeCounter(int base, int mine, int theirs);

// Someone else changed the row of `ref` since this client last read it (`base`). Compares
// field by field what this client wants (`mine`) and what the server has (`theirs`): the same
// field changed to different values is a conflict, except a counter (mergeCounter()); fields only
// they changed go into `merged` (a copy of `mine` on entry). Pure: no server, no store.
MergeVerdict mergeThreeWay(const Workspace &base, const Workspace &mine, const Workspace &theirs,
                           const EntityRef &ref, Workspace *merged);

} // namespace Parcours
