#pragma once

#include "store/migrations.h"

#include <QSqlDatabase>

#include <vector>

namespace Parcours {

// The schema a new workspace file is created at, in one pass. Running every migration from 1
// (ALTER TABLEs, a table rebuilt, SQLite reading its schema again after each) was a fifth of a
// small `parcours import` (docs/PERFORMANCE.md, "Fourteenth session"). The statements are what
// Migrations::upgrade() of an empty file leaves in sqlite_master, verbatim; tst_currentschema
// compares a file made each way and prints the list to paste here when a migration is added.
// Files that exist, and PostgreSQL workspaces, are still brought up to date by the migrations.
class CurrentSchema
{
public:
    // The format the statements describe.
    static int version();
    // CREATE TABLE and CREATE INDEX statements in sqlite_master's order, SQLite's dialect.
    static const std::vector<const char *> &sqliteStatements();

    // Creates the current schema in an empty SQLite database in one transaction: the tables
    // and indexes, min_reader_version, user_version and application_id, as upgrade() would.
    // When the statements describe another format than Migrations::currentVersion() (a
    // migration added without them), it runs the migrations instead.
    static MigrationResult create(QSqlDatabase &db);
};

} // namespace Parcours
