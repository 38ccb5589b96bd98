#pragma once

#include <QString>

#include <cstddef>

struct sqlite3;
struct sqlite3_context;

namespace Parcours {

// Rows from memory into a SQLite table with one INSERT … SELECT, the rows read through an
// eponymous virtual table (`parcours_rows`, columns c0 … c7) registered on the connection
// for the statement's time: SQLite then runs one loop over the rows, where a statement
// stepped once a row cost five binds, a step and a reset a row, each call locking the
// connection's mutex (docs/PERFORMANCE.md, thirteenth session).
class UsageRowsBulk
{
public:
    // Sets column `column` of row `row` with sqlite3_result_*(); `rows` is insert()'s.
    using Column = void (*)(void *rows, size_t row, int column, sqlite3_context *result);

    // Runs `sql` (an INSERT … SELECT c0, c1 … FROM parcours_rows), which reads `rowCount`
    // rows of `rows`, in the caller's transaction. False with SQLite's message when it fails;
    // *unavailable is true (and nothing was written) when the virtual table could not be set
    // up, for the caller to insert its rows another way.
    static bool insert(sqlite3 *db, const char *sql, void *rows, size_t rowCount, Column column,
                       QString *error, bool *unavailable);
};

} // namespace Parcours
