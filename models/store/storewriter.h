#pragma once

#include "document/pendingwrite.h"
#include "domain/workspace.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <unordered_map>

namespace Parcours {

// Writes entities of an in-memory workspace to the database tables (inside a transaction
// the caller owns). Prepared statements are cached per connection.
class StoreWriter
{
public:
    // Rows written so far and in all; returns false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    explicit StoreWriter(const QSqlDatabase &db);

    bool apply(const Workspace &workspace, const PendingWrite &write);
    // Every entity, for a new file. False when writing failed (lastError()) or `progress`
    // cancelled (wasCancelled()); the caller's transaction is then to be rolled back.
    bool writeAll(const Workspace &workspace, const Progress &progress = {});
    bool wasCancelled() const { return mCancelled; }
    // About how many rows writeAll() writes: the unit of its progress.
    static int rowCount(const Workspace &workspace);
    QString lastError() const { return mError; }
    QSqlError lastSqlError() const { return mSqlError; }

    // One row each, for rows added one by one (a streamed import); a persona without its use
    // cases unless `subtree`.
    bool writePersona(const Persona &p, int position, bool subtree);
    bool writeUseCase(Id persona, const UseCase &u, int position);

private:
    bool writeRow(const Workspace &w, const EntityRef &ref, bool subtree);
    bool writeOrder(const Workspace &w, const EntityRef &ref);
    bool writeInfo(const WorkspaceInfo &info);
    bool writeJourney(const Journey &j, int position, bool subtree);
    bool writeStage(Id journey, const Stage &s, int position, bool subtree);
    bool writeLane(Id journey, const Lane &l, int position);
    bool writeSteps(const Stage &s);
    bool writeCell(Id step, Id lane, const Cell *cell);
    bool writeRenewal(Id journey, int question, const RenewalAnswer *answer);
    bool writeMetric(const MetricPeriod &m, int position);
    bool writeOpportunity(const Opportunity &o, int position);
    bool writeCommentThread(const CommentThread &t, int position, bool subtree);
    bool writeComment(Id thread, const Comment &c, int position);
    bool deleteRow(EntityKind kind, Id id);
    bool setPosition(EntityKind kind, Id id, int position);

    QSqlQuery &query(const QString &sql);
    bool exec(QSqlQuery &q);

    QSqlDatabase mDb;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> mQueries;
    QString mError;
    QSqlError mSqlError;
    bool mCancelled = false;
    bool mWritingAll = false; // into a new file: no rows to replace
};

} // namespace Parcours
