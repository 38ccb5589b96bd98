#pragma once

#include "domain/workspace.h"

namespace Parcours {

// Importing (Edit::importFragment, Edit::mergeFragment): leaves out of `fragment` the
// opportunities `target` already has field for field, links compared by name, so that an
// opportunity of a JSON file (linked to the file's journeys, which come in again renamed) and
// one of an opportunities CSV (linked to the target's items) are found alike. Returns how many
// it left out.
int dropIdenticalOpportunities(const Workspace &target, Workspace &fragment);

} // namespace Parcours
