#pragma once

#include "document/edits.h"

namespace Parcours::Edit {

// Makes `fragment` ready to join `target`: fresh ids (references followed), journeys whose name
// `target` has renamed, items `target` already has left out; `notes` says what changed.
void prepareFragment(const Workspace &target, Workspace &fragment, ImportNotes *notes);

} // namespace Parcours::Edit
