#include "shared/sharedserver.h"

#include "shared/pgconnection.h"
#include "shared/sharedstore.h"
#include "store/migrations.h"
#include "store/sqldialect.h"
#include "store/storewriter.h"
#include "store/usagerows.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QString quoted(const QString &identifier)
{
    return SqlDialect::quoteIdentifier(identifier);
}

// The group role of viewers who may also comment (issue 23), beside WorkspaceLocation's editor
// and viewer roles.
QString commenterRole(const WorkspaceLocation &location)
{
    return location.schemaName() + u"_commenter"_s;
}

QString literal(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', u"''"_s);
    return u'\'' + escaped + u'\'';
}

} // namespace

bool SharedServer::publish(const WorkspaceLocation &to, const Workspace &workspace,
                           const PublishOptions &options, QString *error)
{
    PgConnection c(to);
    c.setCancelFlag(options.cancelled);
    if (publishOn(c, to, workspace, options, error))
        return true;
    // Never a failure without its reason: a cut connection says why it was cut.
    if (c.wasCancelled())
        *error = tr("publishing was cancelled");
    else if (c.timedOut())
        *error = c.failure(QSqlError());
    else if (error->isEmpty())
        *error = tr("the server gave no reason");
    return false;
}

bool SharedServer::publishOn(PgConnection &c, const WorkspaceLocation &to,
                             const Workspace &workspace, const PublishOptions &options,
                             QString *error)
{
    QString message;
    if (!c.open(&message)) {
        *error = tr("cannot connect to the server: %1").arg(message);
        return false;
    }
    bool exists = false;
    bool incomplete = false;
    if (!c.schemaExists(&exists, error, &incomplete))
        return false;
    const QString schema = quoted(to.schemaName());
    // A new workspace is marked incomplete from its creation until the transaction that fills
    // it: an interrupted publish (server stopped, publisher killed) leaves a workspace that
    // opening and check refuse, never an empty one that looks sound. It is published again
    // over without --replace.
    if (incomplete && !c.exec(u"DROP SCHEMA %1 CASCADE"_s.arg(schema), &message)) {
        *error = message;
        return false;
    }
    if (!exists || incomplete) {
        exists = false;
        if (!c.exec(u"BEGIN"_s, &message) || !c.exec(u"CREATE SCHEMA %1"_s.arg(schema), &message)
            || !c.markIncomplete(true, &message) || !c.exec(u"COMMIT"_s, &message)) {
            c.exec(u"ROLLBACK"_s);
            *error = tr("cannot create workspace \"%1\": %2 (an administrator can create it "
                        "with parcours admin init-server)")
                         .arg(to.workspace, message);
            return false;
        }
    }
    auto failWith = [&](const QString &why) {
        c.exec(u"ROLLBACK"_s);
        if (!exists) // leave nothing half made behind
            c.exec(u"DROP SCHEMA %1 CASCADE"_s.arg(schema));
        *error = why;
        return false;
    };
    if (!c.useWorkspaceSchema(&message))
        return failWith(message);

    QSqlDatabase &db = c.db();
    const int version = Migrations::schemaVersion(db, SqlEngine::Postgres);
    if (version > Migrations::currentVersion()) {
        return failWith(tr("the workspace on the server was made by a newer version of Parcours "
                           "(format %1; this version writes %2)")
                            .arg(version)
                            .arg(Migrations::currentVersion()));
    }
    if (version < Migrations::currentVersion()) {
        const MigrationResult upgraded = Migrations::upgrade(db, SqlEngine::Postgres);
        if (upgraded.outcome == MigrationOutcome::Failed)
            return failWith(upgraded.error);
    }

    if (!c.exec(u"BEGIN"_s, &message))
        return failWith(message);
    {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT (SELECT count(*) FROM persona) + (SELECT count(*) FROM journey)"
                    " + (SELECT count(*) FROM metric_period)"
                    " + (SELECT count(*) FROM opportunity)"
                    " + (SELECT count(*) FROM comment_thread)"
                    " + (SELECT count(*) FROM workspace_info WHERE value <> '')"_s)
            || !q.next())
            return failWith(c.failure(q.lastError()));
        if (q.value(0).toLongLong() > 0 && !options.replace) {
            return failWith(tr("workspace \"%1\" on the server already has content; publish "
                               "with --replace (or choose Replace) to overwrite it")
                                .arg(to.workspace));
        }
    }
    if (options.replace) {
        for (const QString &table : {u"comment_thread"_s, u"opportunity"_s, u"metric_period"_s,
                                     u"journey"_s, u"persona"_s, u"workspace_info"_s}) {
            if (!c.exec(u"DELETE FROM "_s + table, &message))
                return failWith(message);
        }
    }

    StoreWriter writer(db);
    const int total = 1
        + int(workspace.personas.size() + workspace.journeys.size() + workspace.metrics.size()
              + workspace.opportunities.size() + workspace.comments.size());
    int done = 0;
    auto step = [&](const PendingWrite &write) {
        if (!writer.apply(workspace, write))
            return false;
        ++done;
        return !options.progress || options.progress(done, total);
    };
    bool ok = step({PendingWrite::Row, EntityRef::workspace()});
    for (size_t i = 0; ok && i < workspace.personas.size(); ++i)
        ok = step({PendingWrite::Subtree, EntityRef::persona(workspace.personas[i].id)});
    for (size_t i = 0; ok && i < workspace.journeys.size(); ++i)
        ok = step({PendingWrite::Subtree, EntityRef::journey(workspace.journeys[i].id)});
    for (size_t i = 0; ok && i < workspace.metrics.size(); ++i)
        ok = step({PendingWrite::Subtree, EntityRef::metricPeriod(workspace.metrics[i].id)});
    for (size_t i = 0; ok && i < workspace.opportunities.size(); ++i)
        ok = step({PendingWrite::Subtree, EntityRef::opportunity(workspace.opportunities[i].id)});
    for (size_t i = 0; ok && i < workspace.comments.size(); ++i)
        ok = step({PendingWrite::Subtree, EntityRef::commentThread(workspace.comments[i].id)});
    // The observed usage (issue 22): its users, sources and counts, as a file keeps them; a
    // replaced workspace's usage goes with it (UsageRows::write deletes the sources not kept).
    if (ok && (options.replace || !workspace.usage.users.empty() || !workspace.usage.isEmpty()))
        ok = UsageRows::write(db, workspace.usage, &message);
    if (!ok) {
        if (!message.isEmpty())
            return failWith(message);
        return failWith(writer.lastError().isEmpty() ? tr("publishing was cancelled")
                                                     : c.failure(writer.lastSqlError()));
    }

    // Clients that have the workspace open read it again.
    const SqlDialect dialect(SqlEngine::Postgres);
    QSqlQuery log(db);
    if (!c.exec(dialect.lockChangeLogSql(), &message)
        || !c.exec(u"INSERT INTO change_log (entity, scope) VALUES ('workspace_info', 'reset')"_s,
                   &message))
        return failWith(message);
    log.prepare(dialect.notifySql());
    log.addBindValue(to.schemaName());
    log.addBindValue(u"publish"_s);
    if (!log.exec())
        return failWith(c.failure(log.lastError()));
    if (!exists && !c.markIncomplete(false, &message))
        return failWith(message);
    if (!c.exec(u"COMMIT"_s, &message))
        return failWith(message);
    return true;
}

QStringList SharedServer::commentStatements(const QString &schema, const QString &editor,
                                            const QString &commenter)
{
    // Commenters (issue 23) read everything, write the comment tables, and add entries to the
    // change log so that their comments reach the other windows live. The log is guarded by
    // row-level security: a commenter's entries may only name comments (never a cell, nor a
    // "reset"), and nothing of it can be changed or deleted but by editors. UPDATE is granted
    // only because LOCK TABLE (the log's commit order) needs it; no policy lets a commenter
    // update a row. The tables' owner (who publishes or runs init-server) is not subject to it.
    const QString log = schema + u".change_log"_s;
    QStringList sql;
    sql << u"GRANT USAGE ON SCHEMA %1 TO %2"_s.arg(schema, commenter)
        << u"GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2"_s.arg(schema, commenter)
        << u"GRANT INSERT, UPDATE, DELETE ON %1.comment_thread, %1.comment TO %2"_s.arg(schema,
                                                                                        commenter)
        << u"GRANT INSERT, UPDATE ON %1 TO %2"_s.arg(log, commenter)
        << u"GRANT USAGE ON SEQUENCE %1.change_log_seq_seq TO %2"_s.arg(schema, commenter)
        << u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(log);
    const std::pair<const char16_t *, QString> policies[] {
        {u"parcours_read", u"FOR SELECT USING (true)"_s},
        {u"parcours_edit", u"TO %1 USING (true) WITH CHECK (true)"_s.arg(editor)},
        {u"parcours_comment",
         u"FOR INSERT TO %1 WITH CHECK (entity IN ('comment_thread', 'comment')"
         " AND scope IN ('row', 'subtree', 'order'))"_s.arg(commenter)}};
    for (const auto &[name, rule] : policies) {
        const QString policy = QString::fromUtf16(name) + u" ON "_s + log;
        sql << u"DROP POLICY IF EXISTS "_s + policy << u"CREATE POLICY %1 %2"_s.arg(policy, rule);
    }
    return sql;
}

QStringList SharedServer::roleStatements(const WorkspaceLocation &location,
                                         const InitOptions &options)
{
    const QString schema = quoted(location.schemaName());
    const QString editor = quoted(location.editorRole());
    const QString viewer = quoted(location.viewerRole());
    const QString commenter = quoted(commenterRole(location));
    QStringList sql;
    for (const QString &role :
         {location.editorRole(), location.viewerRole(), commenterRole(location)}) {
        sql << u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = %1) THEN "
               "CREATE ROLE %2 NOLOGIN; END IF; END $$"_s.arg(literal(role), quoted(role));
    }
    sql << u"REVOKE ALL ON SCHEMA %1 FROM PUBLIC"_s.arg(schema)
        << u"GRANT USAGE ON SCHEMA %1 TO %2, %3"_s.arg(schema, editor, viewer)
        // Viewers read, print and export: the server refuses them every change.
        << u"GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2"_s.arg(schema, viewer)
        << u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2"_s.arg(schema,
                                                                                          editor)
        << u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2"_s.arg(schema, editor)
        // The schema version is the administrator's (migrations), not the editors'.
        << u"REVOKE INSERT, UPDATE, DELETE ON %1.parcours_meta FROM %2"_s.arg(schema, editor)
        // Labelled versions (issue 23) are immutable: editors add them, nobody changes one.
        << u"REVOKE UPDATE, DELETE ON %1.workspace_version FROM %2"_s.arg(schema, editor);
    sql << commentStatements(schema, editor, commenter);
    for (const QString &user : options.editors)
        sql << u"GRANT %1 TO %2"_s.arg(editor, quoted(user));
    for (const QString &user : options.viewers)
        sql << u"GRANT %1 TO %2"_s.arg(viewer, quoted(user));
    for (const QString &user : options.commenters)
        sql << u"GRANT %1 TO %2"_s.arg(commenter, quoted(user));
    return sql;
}

QString SharedServer::initScript(const WorkspaceLocation &location, const InitOptions &options)
{
    const SqlDialect dialect(SqlEngine::Postgres);
    QStringList lines;
    lines << u"-- Parcours shared workspace \"%1\" (file format %2), for psql."_s
                 .arg(location.workspace)
                 .arg(Migrations::currentVersion())
          << u"-- Run as a role that may create schemas and roles. Generated by"_s
          << u"-- parcours admin init-server --print-sql; see docs/SHARED-WORKSPACES.md."_s
          << u"BEGIN;"_s << u"CREATE SCHEMA %1;"_s.arg(quoted(location.schemaName()))
          << dialect.useSchemaSql(location.schemaName()) + u';';
    int minReader = 1;
    for (const Migration &step : Migrations::all()) {
        lines << u"-- format %1: %2"_s.arg(step.version).arg(QString::fromUtf8(step.description));
        for (const char *statement : step.statements)
            lines << Migrations::expand(statement, SqlEngine::Postgres) + u';';
        minReader = step.minReaderVersion;
    }
    QString meta = dialect.upsertMetaSql();
    lines << QString(meta).replace(u"VALUES (?, ?)"_s,
                                   u"VALUES ('min_reader_version', '%1')"_s.arg(minReader))
            + u';'
          << meta.replace(u"VALUES (?, ?)"_s,
                          u"VALUES ('schema_version', '%1')"_s.arg(Migrations::currentVersion()))
            + u';';
    lines << u"-- roles and grants"_s;
    for (const QString &statement : roleStatements(location, options))
        lines << statement + u';';
    lines << u"COMMIT;"_s;
    return lines.join(u'\n') + u'\n';
}

bool SharedServer::initServer(const WorkspaceLocation &location, const InitOptions &options,
                              QStringList *log, QString *error)
{
    PgConnection c(location);
    QString message;
    if (!c.open(&message)) {
        *error = tr("cannot connect to the server: %1").arg(message);
        return false;
    }
    bool exists = false;
    if (!c.schemaExists(&exists, error))
        return false;
    const QString schema = location.schemaName();
    if (!exists) {
        if (!c.exec(u"CREATE SCHEMA "_s + quoted(schema), &message)) {
            *error = tr("cannot create schema %1: %2").arg(schema, message);
            return false;
        }
        *log << tr("Created schema %1.").arg(schema);
    }
    if (!c.useWorkspaceSchema(error))
        return false;
    QSqlDatabase &db = c.db();
    const int before = Migrations::schemaVersion(db, SqlEngine::Postgres);
    if (before > Migrations::currentVersion()) {
        *error = tr("the workspace has the newer format %1; this version of Parcours knows up to "
                    "%2")
                     .arg(before)
                     .arg(Migrations::currentVersion());
        return false;
    }
    const MigrationResult upgraded = Migrations::upgrade(db, SqlEngine::Postgres);
    if (upgraded.outcome == MigrationOutcome::Failed) {
        *error = upgraded.error;
        return false;
    }
    if (upgraded.outcome == MigrationOutcome::Upgraded) {
        *log << (before == 0 ? tr("Created the tables (format %1).").arg(upgraded.toVersion)
                             : tr("Upgraded from format %1 to %2.")
                                   .arg(upgraded.fromVersion)
                                   .arg(upgraded.toVersion));
    } else {
        *log << tr("Tables are up to date (format %1).").arg(before);
    }
    if (!c.exec(u"BEGIN"_s, error))
        return false;
    for (const QString &statement : roleStatements(location, options)) {
        if (!c.exec(statement, &message)) {
            c.exec(u"ROLLBACK"_s);
            *error = tr("%1\n  in: %2").arg(message, statement);
            return false;
        }
    }
    if (!c.exec(u"COMMIT"_s, error))
        return false;
    *log << tr("Roles %1 (edit) and %2 (view only) are set up.")
                .arg(location.editorRole(), location.viewerRole());
    *log << tr("Role %1 (view and comment) is set up.").arg(commenterRole(location));
    for (const QString &user : options.editors)
        *log << tr("%1 may edit.").arg(user);
    for (const QString &user : options.viewers)
        *log << tr("%1 may view.").arg(user);
    for (const QString &user : options.commenters)
        *log << tr("%1 may comment.").arg(user);
    return true;
}

QStringList SharedServer::check(const WorkspaceLocation &location)
{
    const SharedStore::OpenResult opened
        = SharedStore::open(location, WorkspaceStore::Access::ReadOnly);
    if (!opened.store)
        return {opened.error};
    QStringList problems;
    if (opened.schemaVersion < Migrations::currentVersion()) {
        problems << tr("format %1 is older than this version's (%2): opening it as an editor, "
                       "or parcours admin init-server, upgrades it")
                        .arg(opened.schemaVersion)
                        .arg(Migrations::currentVersion());
    }
    return problems;
}

} // namespace Parcours
