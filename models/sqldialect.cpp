#include "sqldialect.h"

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
