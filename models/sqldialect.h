#pragma once

#include "migrations.h"

namespace Parcours {

// Everything that differs between SQLite and PostgreSQL, in one place.
class SqlDialect
{
public:
    explicit SqlDialect(SqlEngine engine)
        : mEngine(engine)
    { }

    SqlEngine engine() const { return mEngine; }
    QString idPrimaryKey() const;
    QString bigintType() const;
    QString realType() const;
    QString upsertMetaSql() const;

    // SQLite keeps the version in PRAGMA user_version; PostgreSQL in parcours_meta.
    int schemaVersion(QSqlDatabase &db) const;
    bool setSchemaVersion(QSqlDatabase &db, int version) const;

private:
    SqlEngine mEngine;
};

// PRAGMA application_id of every Parcours workspace file: "PRCS" in ASCII.
constexpr qint32 parcoursApplicationId = 0x50524353;

} // namespace Parcours
