#pragma once

#include <QtGlobal>

namespace Parcours {

// Entity ids are random 53-bit integers: unique across clients sharing a server without
// coordination, stable across undo/redo, and exact as JSON numbers in any language.
using Id = qint64;

Id newId();

} // namespace Parcours
