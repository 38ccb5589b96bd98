// What `parcours check` would cost without Qt: SQLite's C API alone opens the workspace
// read-only and runs the checks that need no Parcours code (application id, format,
// integrity, foreign keys), then reads every column of every row of every table, as the
// check's full read does. It prints no verdict of Parcours's own: it is a floor to compare
// with, not a checker (docs/PERFORMANCE.md, "The floors under the start-up targets").
#include <sqlite3.h>

#include <cstdio>
#include <string>
#include <vector>

namespace {

// Steps `sql` to its end, touching every column; the number of rows, or -1 on an error.
long stepAll(sqlite3 *db, const std::string &sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
        return -1;
    long rows = 0;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        for (int column = 0; column < sqlite3_column_count(statement); ++column)
            sqlite3_column_text(statement, column);
        ++rows;
    }
    sqlite3_finalize(statement);
    return step == SQLITE_DONE ? rows : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2)
        return 2;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return 2;
    long rows = 0;
    for (const char *pragma : {"BEGIN", "PRAGMA application_id", "PRAGMA user_version",
                               "PRAGMA integrity_check", "PRAGMA foreign_key_check"}) {
        if (stepAll(db, pragma) < 0)
            return 2;
    }
    std::vector<std::string> tables;
    sqlite3_stmt *names = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &names,
                           nullptr)
        != SQLITE_OK)
        return 2;
    while (sqlite3_step(names) == SQLITE_ROW)
        tables.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(names, 0)));
    sqlite3_finalize(names);
    for (const std::string &table : tables) {
        const long read = stepAll(db, "SELECT * FROM \"" + table + "\"");
        if (read < 0)
            return 2;
        rows += read;
    }
    sqlite3_close(db);
    return std::printf("%ld rows\n", rows) > 0 ? 0 : 2;
}
