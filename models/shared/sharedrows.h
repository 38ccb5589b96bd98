#pragma once

#include "document/entityref.h"
#include "document/pendingwrite.h"

#include <QLoggingCategory>
#include <QStringList>

#include <optional>

// Internal to SharedStore's files (sharedstore.cpp, sharedconnection.cpp, sharedmirror.cpp):
// where each entity's rows live in the server's tables.
namespace Parcours::SharedRows {

Q_DECLARE_LOGGING_CATEGORY(lcShared)

QString tableOf(EntityKind kind);
std::optional<EntityKind> kindOfTable(const QString &table);
QString scopeKey(PendingWrite::Scope scope);
bool hasPosition(EntityKind kind);
// The key of an entity's row in the version map.
EntityRef versionKey(const EntityRef &ref);
// Selects an entity's own row.
QString rowWhere(const EntityRef &ref);
// Tables whose rows belong to the entity, as opposed to stand-ins for its ancestors.
QStringList ownedTables(EntityKind kind, bool subtree);
QString parentColumn(EntityKind kind);
Id parentOf(const EntityRef &ref);

} // namespace Parcours::SharedRows
