#pragma once

#include "document/entityref.h"
#include "domain/workspace.h"

#include <QVariant>

// Reads and writes one field of an entity as a QVariant: the generic value carrier of
// SetFieldCommand, item models and import code. An optional value that is absent is an
// invalid QVariant. Enums travel as their int value, frequencies as UsageFrequency.
namespace Parcours::EntityFields {

bool exists(const Workspace &workspace, const EntityRef &ref);
QVariant value(const Workspace &workspace, const EntityRef &ref, int field);
// Returns false when the entity does not exist or the value has the wrong type.
bool setValue(Workspace &workspace, const EntityRef &ref, int field, const QVariant &value);
// Number of fields of a kind (0 … count-1). Keep in step with the Field enums.
int fieldCount(EntityKind kind);

} // namespace Parcours::EntityFields
