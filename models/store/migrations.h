#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace Parcours {

// The schema step adding observed usage (issue 22): the use cases' events and the usage_*
// tables. Its number in one place, for the step and the code that checks for it.
inline constexpr int usageSchemaVersion = 8;
// The schema step adding several curves per emotion lane and the compare link (issue 18): the
// curve_point table and journey.compare_with.
inline constexpr int curvesSchemaVersion = 9;
// The schema step adding labelled versions (issue 23): the workspace_version table.
inline constexpr int versionsSchemaVersion = 10;
// The schema step adding comment threads on items (issue 23): comment_thread and comment.
inline constexpr int commentsSchemaVersion = 11;
// The schema step adding audience views (issue 23): journey.audience_views.
inline constexpr int audienceViewsSchemaVersion = 12;
// The schema step marking the metric periods' counts computed from events (issue 22):
// metric_period.computed.
inline constexpr int computedMetricsSchemaVersion = 13;
// The schema step giving opportunities' cell links a step (issue 18): links name the stage's
// first step where they named the stage.
inline constexpr int opportunityStepsSchemaVersion = 14;
// The schema step adding an index over the use cases' verdict columns (issue 24): `parcours
// info` reads a count and a forgotten-zone verdict per persona from the index alone.
inline constexpr int useCaseVerdictIndexSchemaVersion = 15;

// SQL engines Parcours stores workspaces in. Their differences live in sqlDialect.cpp.
enum class SqlEngine { Sqlite, Postgres };

// One numbered schema step. Statements use the placeholders {pk} (the id primary key),
// {bigint}, {real}, {blob} and {serial} (an auto-numbered primary key), which the engine's dialect
// fills in.
struct Migration
{
    int version;
    int minReaderVersion; // oldest schema an app must know to read files at this version
    const char *description;
    std::vector<const char *> statements;
    // Rows rewritten in C++ after the statements, where SQL cannot say it for both engines;
    // false with `error` set fails the upgrade.
    bool (*rewrite)(QSqlDatabase &db, QString *error) = nullptr;
};

enum class MigrationOutcome { Current, Upgraded, NewerCompatible, NewerIncompatible, Failed };

struct MigrationResult
{
    MigrationOutcome outcome = MigrationOutcome::Current;
    int fromVersion = 0;
    int toVersion = 0;
    QString error;
};

class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static const std::vector<Migration> &all();
    static int currentVersion();

    // Schema version recorded in the database (0 for an empty one).
    static int schemaVersion(QSqlDatabase &db, SqlEngine engine);
    static int minReaderVersion(QSqlDatabase &db);

    // What upgrade() would do, without changing anything.
    static MigrationOutcome assess(int fileVersion, int fileMinReader, int appVersion);

    // Applies every step above the database's version, up to `targetVersion`, in one
    // transaction. On failure nothing is changed.
    static MigrationResult upgrade(QSqlDatabase &db, SqlEngine engine,
                                   int targetVersion = currentVersion());

    static QString expand(const char *statement, SqlEngine engine);
};

} // namespace Parcours
