#pragma once

#include "store/migrations.h"

#include <QSqlError>

namespace Parcours {

// Everything that differs between SQLite and PostgreSQL, in one place. The schema itself is
// the same on both (migrations.cpp); only types, locking and notification differ.
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
    QString serialPrimaryKey() const;
    QString blobType() const;
    QString upsertMetaSql() const;

    // Shared workspaces (PostgreSQL). In SQLite, a transaction already excludes every other
    // writer and nobody listens, so these are empty there.
    QString lockRowSuffix() const; // appended to a SELECT that the transaction will update
    QString lockChangeLogSql() const; // orders commits as their change_log numbers
    QString notifySql() const; // wakes up the other clients: pg_notify(channel, payload)
    QString useSchemaSql(const QString &schema) const; // SET search_path
    static QString quoteIdentifier(const QString &name);

    // Classifies a failed statement.
    static bool isConnectionLost(const QSqlDatabase &db, const QSqlError &error);
    static bool isPermissionDenied(const QSqlError &error);

    // SQLite keeps the version in PRAGMA user_version; PostgreSQL in parcours_meta.
    int schemaVersion(QSqlDatabase &db) const;
    bool setSchemaVersion(QSqlDatabase &db, int version) const;

private:
    SqlEngine mEngine;
};

// PRAGMA application_id of every Parcours workspace file: "PRCS" in ASCII.
constexpr qint32 parcoursApplicationId = 0x50524353;

} // namespace Parcours
