#include "store/usagerowsbulk.h"

#include <sqlite3.h>

#include <new>

namespace Parcours {

namespace {

constexpr const char *moduleName = "parcours_rows";

struct Rows
{
    void *rows = nullptr;
    size_t count = 0;
    UsageRowsBulk::Column column = nullptr;
};

struct Table
{
    sqlite3_vtab base {}; // first: SQLite passes a pointer to it
    const Rows *rows = nullptr;
};

struct Cursor
{
    sqlite3_vtab_cursor base {}; // first, as above
    size_t row = 0;
};

const Rows &rowsOf(sqlite3_vtab_cursor *cursor)
{
    return *reinterpret_cast<Table *>(cursor->pVtab)->rows;
}

int connect(sqlite3 *db, void *aux, int, const char *const *, sqlite3_vtab **table, char **)
{
    const int declared = sqlite3_declare_vtab(db, "CREATE TABLE x(c0, c1, c2, c3, c4, c5, c6, c7)");
    if (declared != SQLITE_OK)
        return declared;
    auto *made = new (std::nothrow) Table;
    if (!made)
        return SQLITE_NOMEM;
    made->rows = static_cast<const Rows *>(aux);
    *table = &made->base;
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab *table)
{
    delete reinterpret_cast<Table *>(table);
    return SQLITE_OK;
}

int bestIndex(sqlite3_vtab *table, sqlite3_index_info *info)
{
    const auto rows = double(reinterpret_cast<Table *>(table)->rows->count);
    info->estimatedCost = rows;
    info->estimatedRows = sqlite3_int64(rows);
    return SQLITE_OK;
}

int open(sqlite3_vtab *, sqlite3_vtab_cursor **cursor)
{
    auto *made = new (std::nothrow) Cursor;
    if (!made)
        return SQLITE_NOMEM;
    *cursor = &made->base;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor *cursor)
{
    delete reinterpret_cast<Cursor *>(cursor);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor *cursor, int, const char *, int, sqlite3_value **)
{
    reinterpret_cast<Cursor *>(cursor)->row = 0;
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor *cursor)
{
    ++reinterpret_cast<Cursor *>(cursor)->row;
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor *cursor)
{
    return reinterpret_cast<Cursor *>(cursor)->row >= rowsOf(cursor).count ? 1 : 0;
}

int column(sqlite3_vtab_cursor *cursor, sqlite3_context *result, int column)
{
    const Rows &rows = rowsOf(cursor);
    rows.column(rows.rows, reinterpret_cast<Cursor *>(cursor)->row, column, result);
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *id)
{
    *id = sqlite3_int64(reinterpret_cast<Cursor *>(cursor)->row);
    return SQLITE_OK;
}

// Eponymous only (no xCreate): the table exists while the module is registered, in no schema.
sqlite3_module makeModule()
{
    sqlite3_module module {};
    module.iVersion = 1;
    module.xConnect = connect;
    module.xBestIndex = bestIndex;
    module.xDisconnect = disconnect;
    module.xDestroy = disconnect;
    module.xOpen = open;
    module.xClose = close;
    module.xFilter = filter;
    module.xNext = next;
    module.xEof = eof;
    module.xColumn = column;
    module.xRowid = rowid;
    return module;
}

const sqlite3_module rowsModule = makeModule();

} // namespace

bool UsageRowsBulk::insert(sqlite3 *db, const char *sql, void *rows, size_t rowCount, Column column,
                           QString *error, bool *unavailable)
{
    *unavailable = false;
    Rows source {rows, rowCount, column};
    if (sqlite3_create_module_v2(db, moduleName, &rowsModule, &source, nullptr) != SQLITE_OK) {
        *unavailable = true;
        return false;
    }
    sqlite3_stmt *statement = nullptr;
    bool ok = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK;
    if (!ok) {
        // Before anything is written: the caller can still insert its rows another way.
        *unavailable = true;
    } else {
        ok = sqlite3_step(statement) == SQLITE_DONE;
        if (!ok)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(statement);
    // Unregistered (a null module): the table goes with it, and `source` is not seen again.
    sqlite3_create_module_v2(db, moduleName, nullptr, nullptr, nullptr);
    return ok;
}

} // namespace Parcours
