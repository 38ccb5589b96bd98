#pragma once

#include "document/entitykinds.h"
#include "document/entityref.h"
#include "document/pendingwrite.h"

#include <QLoggingCategory>
#include <QStringList>

// Internal to SharedStore's files (sharedstore.cpp, sharedconnection.cpp, sharedmirror.cpp):
// where each entity's rows live in the server's tables (the tables themselves are in
// document/entitykinds.h).
namespace Parcours::SharedRows {

Q_DECLARE_LOGGING_CATEGORY(lcShared)

QString scopeKey(PendingWrite::Scope scope);
bool hasPosition(EntityKind kind);
// The key of an entity's row in the version map.
EntityRef versionKey(const EntityRef &ref);
// Selects an entity's own row.
QString rowWhere(const EntityRef &ref);
Id parentOf(const EntityRef &ref);

} // namespace Parcours::SharedRows
