#pragma once

#include "domain/observedusage.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Parcours {

// The observed usage's tables (schema 8, docs/observed-usage.md): usage_user (the users, by
// index), usage_source (one row per imported file), usage_count and usage_activity (its
// aggregates, keyed by source_id). Inside a transaction the caller owns.
class UsageRows
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::UsageRows)

public:
    // Brings the tables up to `usage`: the users rewritten, and the rows of a source only when
    // it was added, removed or replaced (a source's rows are written once, whatever the
    // edits after).
    static bool write(QSqlDatabase &db, const ObservedUsage &usage, QString *error);
    // Empty usage when the tables are not there (a store of an older schema read as it is).
    static bool read(QSqlDatabase &db, ObservedUsage *usage, QString *error);
};

} // namespace Parcours
