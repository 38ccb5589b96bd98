#pragma once

#include "document/entityref.h"
#include "domain/workspace.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

struct sqlite3;

namespace Parcours {

struct WorkspaceSummary;

// Reads a whole workspace from the current schema's tables.
class StoreReader
{
    Q_DECLARE_TR_FUNCTIONS(StoreReader)

public:
    explicit StoreReader(const QSqlDatabase &db)
        : mDb(db)
    { }

    // Returns false with error() set when a table cannot be read or holds impossible values.
    bool read(Workspace &workspace);
    QString error() const { return mError; }
    // What `parcours info` prints, read without the rest (docs/PERFORMANCE.md, "Start-up"): the
    // workspace info, the personas with their use cases (their frequency, weight and status, for
    // the forgotten-zone verdicts; their text left empty), the journeys with their stages. No
    // lanes, cells, renewal answers or metrics.
    bool readOutline(Workspace &workspace);
    // Less again, for `parcours info` of a file: what it prints (storereadersummary.h), read
    // through SQLite's own API without making use cases or stages. SQLite connections only.
    bool readSummary(WorkspaceSummary &summary);

    // Restricts read() to the rows of one entity (with `subtree`, also the rows it owns),
    // which arrive under stand-ins of its ancestors (their own rows, without their other
    // children). A shared workspace re-reads what another client changed this way.
    void restrictTo(const EntityRef &ref, bool subtree);

    // The rows of `table` within such a restriction: skip, or WHERE `where` with `binds`.
    struct Filter
    {
        bool skip = false;
        QString where;
        QVariantList binds;
    };
    static Filter filterFor(const QString &table, const EntityRef &ref, bool subtree);
    // The WHERE clause with its (integer) bind values written in.
    static QString inlined(const Filter &filter);

private:
    bool readInfo(Workspace &w);
    bool readPersonas(Workspace &w);
    bool readUseCases(Workspace &w);
    bool readUseCaseOutline(Workspace &w);
    bool readUseCaseSummary(sqlite3 *db, const std::vector<Id> &personaIds,
                            WorkspaceSummary &summary);
    bool readJourneys(Workspace &w);
    bool readLanes(Workspace &w);
    bool readStages(Workspace &w);
    bool readStageOutline(Workspace &w);
    bool readSteps(Workspace &w);
    bool readCells(Workspace &w);
    bool readCurves();
    bool readRenewal(Workspace &w);
    bool readMetrics(Workspace &w);
    bool readOpportunities(Workspace &w);
    bool readCommentThreads(Workspace &w);
    bool readComments(Workspace &w);
    bool readUsage(Workspace &w);
    enum class Selected { Rows, Skipped, Failed };
    Selected select(QSqlQuery &query, EntityKind kind, const QString &sql);
    Filter filter(const QString &table) const;
    bool fail(const QString &message);

    QSqlDatabase mDb;
    QString mError;
    QHash<Id, std::pair<int, int>> mStageIndex; // stage id -> (journey index, stage index)
    QHash<Id, Step *> mSteps; // by id, once readSteps() is done
    std::optional<std::pair<EntityRef, bool>> mRestriction;
};

} // namespace Parcours
