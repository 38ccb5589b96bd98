#include "store/sqldialect.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Parcours {

QString SqlDialect::idPrimaryKey() const
{
    // In SQLite only the exact type "INTEGER" makes the id an alias of the rowid (fast).
    return mEngine == SqlEngine::Sqlite ? u"INTEGER PRIMARY KEY"_s : u"BIGINT PRIMARY KEY"_s;
}

QString SqlDialect::bigintType() const
{
    return mEngine == SqlEngine::Sqlite ? u"INTEGER"_s : u"BIGINT"_s;
}

QString SqlDialect::realType() const
{
    return mEngine == SqlEngine::Sqlite ? u"REAL"_s : u"DOUBLE PRECISION"_s;
}

QString SqlDialect::serialPrimaryKey() const
{
    return mEngine == SqlEngine::Sqlite ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s
                                        : u"BIGSERIAL PRIMARY KEY"_s;
}

QString SqlDialect::blobType() const
{
    return mEngine == SqlEngine::Sqlite ? u"BLOB"_s : u"BYTEA"_s;
}

QString SqlDialect::lockRowSuffix() const
{
    return mEngine == SqlEngine::Sqlite ? QString() : u" FOR UPDATE"_s;
}

QString SqlDialect::lockChangeLogSql() const
{
    // Held until commit: a transaction that got a later change_log number commits later, so
    // a client that has seen number N has seen every change up to N.
    return mEngine == SqlEngine::Sqlite ? QString()
                                        : u"LOCK TABLE change_log IN SHARE ROW EXCLUSIVE MODE"_s;
}

QString SqlDialect::notifySql() const
{
    return mEngine == SqlEngine::Sqlite ? QString() : u"SELECT pg_notify(?, ?)"_s;
}

QString SqlDialect::useSchemaSql(const QString &schema) const
{
    return mEngine == SqlEngine::Sqlite ? QString()
                                        : u"SET search_path TO %1"_s.arg(quoteIdentifier(schema));
}

QString SqlDialect::quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

bool SqlDialect::isConnectionLost(const QSqlDatabase &db, const QSqlError &error)
{
    if (db.driverName() != u"QPSQL")
        return false;
    const QString state = error.nativeErrorCode();
    // Class 08: connection exception; 57P01-57P03: the server is shutting down or starting.
    return !db.isOpen() || state.startsWith(u"08") || state.startsWith(u"57P")
        || error.type() == QSqlError::ConnectionError;
}

bool SqlDialect::isPermissionDenied(const QSqlError &error)
{
    return error.nativeErrorCode() == u"42501"; // insufficient_privilege
}

QString SqlDialect::upsertMetaSql() const
{
    return u"INSERT INTO parcours_meta (key, value) VALUES (?, ?)"
           " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s;
}

int SqlDialect::schemaVersion(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (mEngine == SqlEngine::Sqlite) {
        if (q.exec(u"PRAGMA user_version"_s) && q.next())
            return q.value(0).toInt();
        return 0;
    }
    if (q.exec(u"SELECT value FROM parcours_meta WHERE key = 'schema_version'"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool SqlDialect::setSchemaVersion(QSqlDatabase &db, int version) const
{
    QSqlQuery q(db);
    if (mEngine == SqlEngine::Sqlite) {
        return q.exec(u"PRAGMA user_version = %1"_s.arg(version))
            && q.exec(u"PRAGMA application_id = %1"_s.arg(parcoursApplicationId));
    }
    q.prepare(upsertMetaSql());
    q.addBindValue(u"schema_version"_s);
    q.addBindValue(QString::number(version));
    return q.exec();
}

} // namespace Parcours
