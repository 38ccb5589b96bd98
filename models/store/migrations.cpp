#include "store/migrations.h"

#include "store/opportunitylinkrows.h"
#include "store/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Parcours {

const std::vector<Migration> &Migrations::all()
{
    // Append new steps; never edit a released one. See CONTRIBUTING.md.
    static const std::vector<Migration> steps = {
        {1,
         1,
         "Personas, use-case maps and journeys",
         {
             "CREATE TABLE parcours_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
             "CREATE TABLE workspace_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
             "CREATE TABLE persona ("
             " id {pk}, position INTEGER NOT NULL, name TEXT NOT NULL,"
             " description TEXT NOT NULL DEFAULT '', color TEXT NOT NULL DEFAULT '',"
             " weight {real}, cadence TEXT NOT NULL DEFAULT '')",
             "CREATE TABLE use_case ("
             " id {pk}, persona_id {bigint} NOT NULL REFERENCES persona(id) ON DELETE CASCADE,"
             " position INTEGER NOT NULL, problem TEXT NOT NULL DEFAULT '',"
             " use_case TEXT NOT NULL DEFAULT '', why_better TEXT NOT NULL DEFAULT '',"
             " alternative TEXT NOT NULL DEFAULT '', freq_times {real}, freq_interval {real},"
             " freq_period TEXT, weight {real}, status TEXT NOT NULL DEFAULT 'current',"
             " notes TEXT NOT NULL DEFAULT '')",
             "CREATE INDEX use_case_persona ON use_case(persona_id)",
             "CREATE TABLE journey ("
             " id {pk}, position INTEGER NOT NULL, name TEXT NOT NULL,"
             " description TEXT NOT NULL DEFAULT '',"
             " persona_id {bigint} REFERENCES persona(id) ON DELETE SET NULL)",
             "CREATE TABLE stage ("
             " id {pk}, journey_id {bigint} NOT NULL REFERENCES journey(id) ON DELETE CASCADE,"
             " position INTEGER NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',"
             " color TEXT NOT NULL DEFAULT '', duration {real}, duration_unit TEXT NOT NULL "
             "DEFAULT 'days',"
             " entering {bigint}, assessment TEXT NOT NULL DEFAULT '',"
             " is_conversion INTEGER NOT NULL DEFAULT 0, is_value_delivered INTEGER NOT NULL "
             "DEFAULT 0)",
             "CREATE INDEX stage_journey ON stage(journey_id)",
             "CREATE TABLE lane ("
             " id {pk}, journey_id {bigint} NOT NULL REFERENCES journey(id) ON DELETE CASCADE,"
             " position INTEGER NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'text',"
             " visible INTEGER NOT NULL DEFAULT 1)",
             "CREATE INDEX lane_journey ON lane(journey_id)",
             "CREATE TABLE cell ("
             " stage_id {bigint} NOT NULL REFERENCES stage(id) ON DELETE CASCADE,"
             " lane_id {bigint} NOT NULL REFERENCES lane(id) ON DELETE CASCADE,"
             " text TEXT NOT NULL DEFAULT '', emotion {real}, PRIMARY KEY (stage_id, lane_id))",
             "CREATE INDEX cell_lane ON cell(lane_id)",
         }},
        {2,
         1,
         "Retention metrics, renewal levers",
         {
             "CREATE TABLE metric_period ("
             " id {pk}, position INTEGER NOT NULL, period_start TEXT NOT NULL DEFAULT '',"
             " period_end TEXT NOT NULL DEFAULT '', customers_start {bigint},"
             " customers_new {bigint}, customers_end {bigint}, dau {bigint}, mau {bigint})",
             "CREATE TABLE renewal_answer ("
             " journey_id {bigint} NOT NULL REFERENCES journey(id) ON DELETE CASCADE,"
             " question INTEGER NOT NULL, answer TEXT NOT NULL DEFAULT '',"
             " note TEXT NOT NULL DEFAULT '', PRIMARY KEY (journey_id, question))",
         }},
        {3,
         1,
         "Row versions and a change log for shared workspaces",
         {
             // Bumped by every write to a shared workspace (conflict detection); unused and
             // harmless in a file.
             "ALTER TABLE workspace_info ADD COLUMN row_version {bigint} NOT NULL DEFAULT 0",
             "ALTER TABLE persona ADD COLUMN row_version {bigint} NOT NULL DEFAULT 0",
             "ALTER TABLE use_case ADD COLUMN row_version {bigint} NOT NULL DEFAULT 0",
             "ALTER TABLE journey ADD COLUMN row_version {bigint} NOT NULL DEFAULT 0",
             "ALTER TABLE stage ADD COLUMN row_version {bigint} NOT NULL DEFAULT 0",
             "ALTER TABLE lane ADD COLUMN row_version {bigint} NOT NULL DEFAULT 0",
             "ALTER TABLE cell ADD COLUMN row_version {bigint} NOT NULL DEFAULT 0",
             "ALTER TABLE metric_period ADD COLUMN row_version {bigint} NOT NULL DEFAULT 0",
             "ALTER TABLE renewal_answer ADD COLUMN row_version {bigint} NOT NULL DEFAULT 0",
             // One row per entity a committed transaction touched, in commit order; clients
             // of a shared workspace re-read those entities. Empty in a file.
             // NOLINTNEXTLINE(bugprone-suspicious-missing-comma): one statement over lines
             "CREATE TABLE change_log ("
             " seq {serial}, session_id TEXT NOT NULL DEFAULT '', entity TEXT NOT NULL,"
             " entity_id {bigint} NOT NULL DEFAULT 0, parent_id {bigint} NOT NULL DEFAULT 0,"
             " secondary_id {bigint} NOT NULL DEFAULT 0, scope TEXT NOT NULL)",
         }},
        {4,
         1, // columns with defaults: older apps still open the file (read-only)
         "Service blueprints: lane groups, points of failure, waits and arrows",
         {
             "ALTER TABLE lane ADD COLUMN lane_group TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE cell ADD COLUMN failure_point INTEGER NOT NULL DEFAULT 0",
             "ALTER TABLE cell ADD COLUMN wait_note TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE cell ADD COLUMN arrows TEXT NOT NULL DEFAULT ''",
         }},
        {5,
         1, // a new table: older apps still open the file (read-only), without opportunities
         "Opportunities: value, effort, votes and links to the map",
         {
             // NOLINTNEXTLINE(bugprone-suspicious-missing-comma): one statement over lines
             "CREATE TABLE opportunity ("
             " id {pk}, position INTEGER NOT NULL, title TEXT NOT NULL DEFAULT '',"
             " description TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '',"
             " status TEXT NOT NULL DEFAULT 'idea', customer_value INTEGER NOT NULL DEFAULT 3,"
             " business_value INTEGER NOT NULL DEFAULT 3, effort INTEGER NOT NULL DEFAULT 3,"
             " votes INTEGER NOT NULL DEFAULT 0, links TEXT NOT NULL DEFAULT '',"
             " row_version {bigint} NOT NULL DEFAULT 0)",
         }},
        {6,
         1, // a column with a default: older apps still open the file (read-only)
         "Pain-point severity per line of a cell",
         {
             "ALTER TABLE cell ADD COLUMN severities TEXT NOT NULL DEFAULT ''",
         }},
        {7,
         7, // cells now belong to steps: older apps would show none of them, so they refuse
         "Steps inside stages: each stage becomes a stage of one step holding its cells",
         {
             // NOLINTBEGIN(bugprone-suspicious-missing-comma): statements over lines
             "CREATE TABLE step ("
             " id {pk}, stage_id {bigint} NOT NULL REFERENCES stage(id) ON DELETE CASCADE,"
             " position INTEGER NOT NULL, name TEXT NOT NULL DEFAULT '',"
             " row_version {bigint} NOT NULL DEFAULT 0)",
             "CREATE INDEX step_stage ON step(stage_id)",
             // A stage's one step takes the stage's id: arrows, which name cells by step and
             // lane, keep pointing where they did.
             "INSERT INTO step (id, stage_id, position, name) SELECT id, id, 0, '' FROM stage",
             "CREATE TABLE step_cell ("
             " step_id {bigint} NOT NULL REFERENCES step(id) ON DELETE CASCADE,"
             " lane_id {bigint} NOT NULL REFERENCES lane(id) ON DELETE CASCADE,"
             " text TEXT NOT NULL DEFAULT '', emotion {real},"
             " row_version {bigint} NOT NULL DEFAULT 0,"
             " failure_point INTEGER NOT NULL DEFAULT 0, wait_note TEXT NOT NULL DEFAULT '',"
             " arrows TEXT NOT NULL DEFAULT '', severities TEXT NOT NULL DEFAULT '',"
             " PRIMARY KEY (step_id, lane_id))",
             "INSERT INTO step_cell (step_id, lane_id, text, emotion, row_version, failure_point,"
             " wait_note, arrows, severities) SELECT stage_id, lane_id, text, emotion,"
             " row_version, failure_point, wait_note, arrows, severities FROM cell",
             "DROP TABLE cell", "ALTER TABLE step_cell RENAME TO cell",
             "CREATE INDEX cell_lane ON cell(lane_id)",
             // NOLINTEND(bugprone-suspicious-missing-comma)
         }},
        {usageSchemaVersion,
         7, // new tables and a column with a default: apps that know steps still open the file
         "Observed usage: use cases' events, users and per-month counts of imported events",
         {
             "ALTER TABLE use_case ADD COLUMN events TEXT NOT NULL DEFAULT ''",
             "CREATE TABLE usage_user ("
             " idx INTEGER NOT NULL PRIMARY KEY, user_id TEXT NOT NULL,"
             " persona_id {bigint} NOT NULL DEFAULT 0)",
             // NOLINTNEXTLINE(bugprone-suspicious-missing-comma): one statement over lines
             "CREATE TABLE usage_source ("
             " id {pk}, position INTEGER NOT NULL, file_name TEXT NOT NULL DEFAULT '',"
             " size {bigint} NOT NULL DEFAULT 0, fingerprint TEXT NOT NULL DEFAULT '',"
             " imported_at TEXT NOT NULL DEFAULT '', events {bigint} NOT NULL DEFAULT 0,"
             " unmapped_events {bigint} NOT NULL DEFAULT 0, first_event TEXT NOT NULL DEFAULT '',"
             " last_event TEXT NOT NULL DEFAULT '', unmapped_names TEXT NOT NULL DEFAULT '')",
             "CREATE TABLE usage_count ("
             " source_id {bigint} NOT NULL, user_idx INTEGER NOT NULL,"
             " use_case_id {bigint} NOT NULL, month TEXT NOT NULL, count {bigint} NOT NULL)",
             "CREATE INDEX usage_count_source ON usage_count (source_id)",
             "CREATE TABLE usage_activity ("
             " source_id {bigint} NOT NULL, user_idx INTEGER NOT NULL, month TEXT NOT NULL,"
             " active_days INTEGER NOT NULL, last_day TEXT NOT NULL)",
             "CREATE INDEX usage_activity_source ON usage_activity (source_id)",
         }},
        {curvesSchemaVersion,
         7, // a new table and a column with a default: apps that know steps still open the file
         "Several curves on an emotion lane (one per persona) and the journey compared with",
         {
             // A point of a persona's curve: part of its cell (step, lane), written and read with
             // it. No reference to the persona: deleting one drops its points in the same edit.
             // NOLINTNEXTLINE(bugprone-suspicious-missing-comma): one statement over lines
             "CREATE TABLE curve_point ("
             " step_id {bigint} NOT NULL REFERENCES step(id) ON DELETE CASCADE,"
             " lane_id {bigint} NOT NULL REFERENCES lane(id) ON DELETE CASCADE,"
             " persona_id {bigint} NOT NULL, emotion {real} NOT NULL,"
             " PRIMARY KEY (step_id, lane_id, persona_id))",
             "CREATE INDEX curve_point_lane ON curve_point(lane_id)",
             "ALTER TABLE journey ADD COLUMN compare_with {bigint} NOT NULL DEFAULT 0",
         }},
        {versionsSchemaVersion,
         7, // a new table: apps that know steps still open the file, without its versions
         "Labelled versions: compressed snapshots of the workspace with their date and author",
         {
             // NOLINTNEXTLINE(bugprone-suspicious-missing-comma): one statement over lines
             "CREATE TABLE workspace_version ("
             " id {serial}, label TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL,"
             " author TEXT NOT NULL DEFAULT '', snapshot_size {bigint} NOT NULL DEFAULT 0,"
             " snapshot {blob} NOT NULL)",
         }},
        {commentsSchemaVersion,
         7, // new tables: apps that know steps still open the file, without its comments
         "Comment threads on cells, stages, steps, use cases, personas and opportunities",
         {
             // A thread names its item by a key ("cell:JOURNEY:STEP:LANE", domain/comment.h),
             // not by a foreign key: the thread stays when its item is deleted, and shows again
             // when undo brings the item back.
             // NOLINTBEGIN(bugprone-suspicious-missing-comma): statements over lines
             "CREATE TABLE comment_thread ("
             " id {pk}, position INTEGER NOT NULL, target TEXT NOT NULL,"
             " resolved INTEGER NOT NULL DEFAULT 0, row_version {bigint} NOT NULL DEFAULT 0)",
             "CREATE TABLE comment ("
             " id {pk}, thread_id {bigint} NOT NULL REFERENCES comment_thread(id)"
             " ON DELETE CASCADE, position INTEGER NOT NULL, author TEXT NOT NULL DEFAULT '',"
             " created_at TEXT NOT NULL, text TEXT NOT NULL DEFAULT '',"
             " row_version {bigint} NOT NULL DEFAULT 0)",
             "CREATE INDEX comment_of_thread ON comment(thread_id)",
             // NOLINTEND(bugprone-suspicious-missing-comma)
         }},
        {audienceViewsSchemaVersion,
         7, // a column with a default: apps that know steps still open the file, without views
         "Audience views of a journey: the lanes, curves, zoom and stages each one shows",
         {
             "ALTER TABLE journey ADD COLUMN audience_views TEXT NOT NULL DEFAULT ''",
         }},
        {computedMetricsSchemaVersion,
         7, // a column with a default: apps that know steps still open the file, all counts typed
         "Metric periods' counts computed from imported events, told apart from typed ones",
         {
             // Bits of MetricPeriod::MetricCount; 0 (nothing computed) for the periods before.
             "ALTER TABLE metric_period ADD COLUMN computed INTEGER NOT NULL DEFAULT 0",
         }},
        {opportunityStepsSchemaVersion,
         7, // the same column: an older app opens the file read-only, cell links on step ids
         "Opportunities' cell links name a step: old ones the first step of their stage",
         {},
         &OpportunityLinkRows::linkCellsToFirstSteps},
        {useCaseVerdictIndexSchemaVersion,
         7, // an index: apps that know steps still open the file
         "An index over the use cases' verdict columns, for reading a workspace's summary",
         {
             // In the order the summary reads them (persona, position, id: with the id named,
             // SQLite needs no sorter) with every column the forgotten-zone verdict needs, so
             // that it answers from the index without reading the rows and their text.
             "CREATE INDEX use_case_verdict ON use_case(persona_id, position, id, status,"
             " freq_times, freq_interval, freq_period, weight)",
         }},
    };
    return steps;
}

int Migrations::currentVersion()
{
    return all().back().version;
}

QString Migrations::expand(const char *statement, SqlEngine engine)
{
    const SqlDialect dialect(engine);
    QString sql = QString::fromUtf8(statement);
    sql.replace(u"{pk}"_s, dialect.idPrimaryKey());
    sql.replace(u"{bigint}"_s, dialect.bigintType());
    sql.replace(u"{real}"_s, dialect.realType());
    sql.replace(u"{serial}"_s, dialect.serialPrimaryKey());
    sql.replace(u"{blob}"_s, dialect.blobType());
    return sql;
}

int Migrations::schemaVersion(QSqlDatabase &db, SqlEngine engine)
{
    return SqlDialect(engine).schemaVersion(db);
}

int Migrations::minReaderVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(u"SELECT value FROM parcours_meta WHERE key = 'min_reader_version'"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

MigrationOutcome Migrations::assess(int fileVersion, int fileMinReader, int appVersion)
{
    if (fileVersion == appVersion)
        return MigrationOutcome::Current;
    if (fileVersion < appVersion)
        return MigrationOutcome::Upgraded;
    return fileMinReader <= appVersion ? MigrationOutcome::NewerCompatible
                                       : MigrationOutcome::NewerIncompatible;
}

MigrationResult Migrations::upgrade(QSqlDatabase &db, SqlEngine engine, int targetVersion)
{
    MigrationResult result;
    result.fromVersion = schemaVersion(db, engine);
    result.toVersion = result.fromVersion;
    if (result.fromVersion >= targetVersion) {
        result.outcome = assess(result.fromVersion, minReaderVersion(db), targetVersion);
        return result;
    }

    const SqlDialect dialect(engine);
    if (!db.transaction()) {
        result.outcome = MigrationOutcome::Failed;
        result.error = db.lastError().text();
        return result;
    }
    int minReader = 1;
    for (const Migration &step : all()) {
        if (step.version <= result.fromVersion || step.version > targetVersion)
            continue;
        for (const char *statement : step.statements) {
            QSqlQuery q(db);
            if (!q.exec(expand(statement, engine))) {
                db.rollback();
                result.outcome = MigrationOutcome::Failed;
                result.error = tr("upgrade to file format %1 (%2) failed: %3")
                                   .arg(step.version)
                                   .arg(QString::fromUtf8(step.description), q.lastError().text());
                return result;
            }
        }
        if (QString error; step.rewrite && !step.rewrite(db, &error)) {
            db.rollback();
            result.outcome = MigrationOutcome::Failed;
            result.error = tr("upgrade to file format %1 (%2) failed: %3")
                               .arg(step.version)
                               .arg(QString::fromUtf8(step.description), error);
            return result;
        }
        minReader = step.minReaderVersion;
        result.toVersion = step.version;
    }
    QSqlQuery meta(db);
    meta.prepare(dialect.upsertMetaSql());
    meta.addBindValue(u"min_reader_version"_s);
    meta.addBindValue(QString::number(minReader));
    const bool ok = meta.exec() && dialect.setSchemaVersion(db, result.toVersion) && db.commit();
    if (!ok) {
        // The failed request's error: the connection's own is empty when a query failed.
        result.error = meta.lastError().isValid() ? meta.lastError().text() : db.lastError().text();
        db.rollback();
        result.outcome = MigrationOutcome::Failed;
        result.toVersion = result.fromVersion;
        return result;
    }
    result.outcome = MigrationOutcome::Upgraded;
    return result;
}

} // namespace Parcours
