#include "store/currentschema.h"

#include "store/sqldialect.h"
#include "store/sqlitehandle.h"

#include <sqlite3.h>

namespace Parcours {

int CurrentSchema::version()
{
    return useCaseVerdictIndexSchemaVersion;
}

const std::vector<const char *> &CurrentSchema::sqliteStatements()
{
    // Generated from a file migrated from format 1 (tst_currentschema); never edited by hand.
    // NOLINTBEGIN(bugprone-suspicious-missing-comma): statements over lines
    static const std::vector<const char *> statements = {
        "CREATE TABLE parcours_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE workspace_info (key TEXT PRIMARY KEY, value TEXT NOT NULL, row_version "
        "INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE persona ( id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT "
        "NOT NULL, description TEXT NOT NULL DEFAULT '', color TEXT NOT NULL DEFAULT '', "
        "weight REAL, cadence TEXT NOT NULL DEFAULT '', row_version INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE use_case ( id INTEGER PRIMARY KEY, persona_id INTEGER NOT NULL "
        "REFERENCES persona(id) ON DELETE CASCADE, position INTEGER NOT NULL, problem TEXT NOT "
        "NULL DEFAULT '', use_case TEXT NOT NULL DEFAULT '', why_better TEXT NOT NULL DEFAULT "
        "'', alternative TEXT NOT NULL DEFAULT '', freq_times REAL, freq_interval REAL, "
        "freq_period TEXT, weight REAL, status TEXT NOT NULL DEFAULT 'current', notes TEXT NOT "
        "NULL DEFAULT '', row_version INTEGER NOT NULL DEFAULT 0, events TEXT NOT NULL DEFAULT "
        "'')",
        "CREATE INDEX use_case_persona ON use_case(persona_id)",
        "CREATE TABLE journey ( id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT "
        "NOT NULL, description TEXT NOT NULL DEFAULT '', persona_id INTEGER REFERENCES "
        "persona(id) ON DELETE SET NULL, row_version INTEGER NOT NULL DEFAULT 0, compare_with "
        "INTEGER NOT NULL DEFAULT 0, audience_views TEXT NOT NULL DEFAULT '')",
        "CREATE TABLE stage ( id INTEGER PRIMARY KEY, journey_id INTEGER NOT NULL REFERENCES "
        "journey(id) ON DELETE CASCADE, position INTEGER NOT NULL, name TEXT NOT NULL, "
        "description TEXT NOT NULL DEFAULT '', color TEXT NOT NULL DEFAULT '', duration REAL, "
        "duration_unit TEXT NOT NULL DEFAULT 'days', entering INTEGER, assessment TEXT NOT "
        "NULL DEFAULT '', is_conversion INTEGER NOT NULL DEFAULT 0, is_value_delivered INTEGER "
        "NOT NULL DEFAULT 0, row_version INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX stage_journey ON stage(journey_id)",
        "CREATE TABLE lane ( id INTEGER PRIMARY KEY, journey_id INTEGER NOT NULL REFERENCES "
        "journey(id) ON DELETE CASCADE, position INTEGER NOT NULL, name TEXT NOT NULL, kind "
        "TEXT NOT NULL DEFAULT 'text', visible INTEGER NOT NULL DEFAULT 1, row_version INTEGER "
        "NOT NULL DEFAULT 0, lane_group TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX lane_journey ON lane(journey_id)",
        "CREATE TABLE metric_period ( id INTEGER PRIMARY KEY, position INTEGER NOT NULL, "
        "period_start TEXT NOT NULL DEFAULT '', period_end TEXT NOT NULL DEFAULT '', "
        "customers_start INTEGER, customers_new INTEGER, customers_end INTEGER, dau INTEGER, "
        "mau INTEGER, row_version INTEGER NOT NULL DEFAULT 0, computed INTEGER NOT NULL "
        "DEFAULT 0)",
        "CREATE TABLE renewal_answer ( journey_id INTEGER NOT NULL REFERENCES journey(id) ON "
        "DELETE CASCADE, question INTEGER NOT NULL, answer TEXT NOT NULL DEFAULT '', note TEXT "
        "NOT NULL DEFAULT '', row_version INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (journey_id, "
        "question))",
        "CREATE TABLE change_log ( seq INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT NOT "
        "NULL DEFAULT '', entity TEXT NOT NULL, entity_id INTEGER NOT NULL DEFAULT 0, "
        "parent_id INTEGER NOT NULL DEFAULT 0, secondary_id INTEGER NOT NULL DEFAULT 0, scope "
        "TEXT NOT NULL)",
        "CREATE TABLE opportunity ( id INTEGER PRIMARY KEY, position INTEGER NOT NULL, title "
        "TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL "
        "DEFAULT '', status TEXT NOT NULL DEFAULT 'idea', customer_value INTEGER NOT NULL "
        "DEFAULT 3, business_value INTEGER NOT NULL DEFAULT 3, effort INTEGER NOT NULL DEFAULT "
        "3, votes INTEGER NOT NULL DEFAULT 0, links TEXT NOT NULL DEFAULT '', row_version "
        "INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE step ( id INTEGER PRIMARY KEY, stage_id INTEGER NOT NULL REFERENCES "
        "stage(id) ON DELETE CASCADE, position INTEGER NOT NULL, name TEXT NOT NULL DEFAULT "
        "'', row_version INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX step_stage ON step(stage_id)",
        "CREATE TABLE \"cell\" ( step_id INTEGER NOT NULL REFERENCES step(id) ON DELETE CASCADE, "
        "lane_id INTEGER NOT NULL REFERENCES lane(id) ON DELETE CASCADE, text TEXT NOT NULL "
        "DEFAULT '', emotion REAL, row_version INTEGER NOT NULL DEFAULT 0, failure_point "
        "INTEGER NOT NULL DEFAULT 0, wait_note TEXT NOT NULL DEFAULT '', arrows TEXT NOT NULL "
        "DEFAULT '', severities TEXT NOT NULL DEFAULT '', PRIMARY KEY (step_id, lane_id))",
        "CREATE INDEX cell_lane ON cell(lane_id)",
        "CREATE TABLE usage_user ( idx INTEGER NOT NULL PRIMARY KEY, user_id TEXT NOT NULL, "
        "persona_id INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE usage_source ( id INTEGER PRIMARY KEY, position INTEGER NOT NULL, "
        "file_name TEXT NOT NULL DEFAULT '', size INTEGER NOT NULL DEFAULT 0, fingerprint TEXT "
        "NOT NULL DEFAULT '', imported_at TEXT NOT NULL DEFAULT '', events INTEGER NOT NULL "
        "DEFAULT 0, unmapped_events INTEGER NOT NULL DEFAULT 0, first_event TEXT NOT NULL "
        "DEFAULT '', last_event TEXT NOT NULL DEFAULT '', unmapped_names TEXT NOT NULL DEFAULT "
        "'')",
        "CREATE TABLE usage_count ( source_id INTEGER NOT NULL, user_idx INTEGER NOT NULL, "
        "use_case_id INTEGER NOT NULL, month TEXT NOT NULL, count INTEGER NOT NULL)",
        "CREATE INDEX usage_count_source ON usage_count (source_id)",
        "CREATE TABLE usage_activity ( source_id INTEGER NOT NULL, user_idx INTEGER NOT NULL, "
        "month TEXT NOT NULL, active_days INTEGER NOT NULL, last_day TEXT NOT NULL)",
        "CREATE INDEX usage_activity_source ON usage_activity (source_id)",
        "CREATE TABLE curve_point ( step_id INTEGER NOT NULL REFERENCES step(id) ON DELETE "
        "CASCADE, lane_id INTEGER NOT NULL REFERENCES lane(id) ON DELETE CASCADE, persona_id "
        "INTEGER NOT NULL, emotion REAL NOT NULL, PRIMARY KEY (step_id, lane_id, persona_id))",
        "CREATE INDEX curve_point_lane ON curve_point(lane_id)",
        "CREATE TABLE workspace_version ( id INTEGER PRIMARY KEY AUTOINCREMENT, label TEXT NOT "
        "NULL UNIQUE, created_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '', snapshot_size "
        "INTEGER NOT NULL DEFAULT 0, snapshot BLOB NOT NULL)",
        "CREATE TABLE comment_thread ( id INTEGER PRIMARY KEY, position INTEGER NOT NULL, "
        "target TEXT NOT NULL, resolved INTEGER NOT NULL DEFAULT 0, row_version INTEGER NOT "
        "NULL DEFAULT 0)",
        "CREATE TABLE comment ( id INTEGER PRIMARY KEY, thread_id INTEGER NOT NULL REFERENCES "
        "comment_thread(id) ON DELETE CASCADE, position INTEGER NOT NULL, author TEXT NOT NULL "
        "DEFAULT '', created_at TEXT NOT NULL, text TEXT NOT NULL DEFAULT '', row_version "
        "INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX comment_of_thread ON comment(thread_id)",
        "CREATE INDEX use_case_verdict ON use_case(persona_id, position, id, status, "
        "freq_times, freq_interval, freq_period, weight)",
    };
    // NOLINTEND(bugprone-suspicious-missing-comma)
    return statements;
}

MigrationResult CurrentSchema::create(QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    if (version() != Migrations::currentVersion() || !handle)
        return Migrations::upgrade(db, SqlEngine::Sqlite);

    MigrationResult result;
    result.fromVersion = 0;
    // One script through SQLite's own API: parsed and run in one call, one transaction.
    QByteArray script = "BEGIN;\n";
    for (const char *statement : sqliteStatements())
        script.append(statement).append(";\n");
    script.append("INSERT INTO parcours_meta (key, value) VALUES ('min_reader_version', '")
        .append(QByteArray::number(Migrations::all().back().minReaderVersion))
        .append("');\nPRAGMA user_version = ")
        .append(QByteArray::number(version()))
        .append(";\nPRAGMA application_id = ")
        .append(QByteArray::number(parcoursApplicationId))
        .append(";\nCOMMIT;\n");
    char *message = nullptr;
    if (sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        result.error = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
        sqlite3_free(message);
        if (!sqlite3_get_autocommit(handle))
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        result.outcome = MigrationOutcome::Failed;
        result.toVersion = 0;
        return result;
    }
    result.outcome = MigrationOutcome::Upgraded;
    result.toVersion = version();
    return result;
}

} // namespace Parcours
