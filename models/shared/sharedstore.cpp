#include "shared/sharedstore.h"

#include "document/entitykinds.h"
#include "domain/ids.h"
#include "shared/pgconnection.h"
#include "shared/serverprobe.h"
#include "shared/sharedrows.h"
#include "shared/threewaymerge.h"
#include "store/sqldialect.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QSqlError>

#include <algorithm>

// The store itself: opening, committing (with the three-way check of threewaymerge.h) and
// catching up from the change log. The connection's life is in sharedconnection.cpp, the
// mirror's tree operations in sharedmirror.cpp.

using namespace Qt::StringLiterals;

namespace Parcours {

namespace SharedRows {

Q_LOGGING_CATEGORY(lcShared, "parcours.shared")

// Above this many entries to catch up with, reading everything again is cheaper.
constexpr int maxIncrementalEntries = 2000;
// The change log keeps this many entries, pruned every `pruneEvery` entries.
constexpr qint64 keptEntries = 20000;
constexpr qint64 pruneEvery = 1000;

QString scopeKey(PendingWrite::Scope scope)
{
    switch (scope) {
    case PendingWrite::Row: return u"row"_s;
    case PendingWrite::Subtree: return u"subtree"_s;
    case PendingWrite::Order: return u"order"_s;
    case PendingWrite::Usage: return u"usage"_s;
    }
    return {};
}

bool hasPosition(EntityKind kind)
{
    return traitsOf(kind).ordered;
}

// The key of an entity's row in the version map.
EntityRef versionKey(const EntityRef &ref)
{
    switch (ref.kind) {
    case EntityKind::Workspace: return {};
    case EntityKind::Cell: return {EntityKind::Cell, ref.id, 0, ref.secondary};
    case EntityKind::Renewal: return {EntityKind::Renewal, ref.id, ref.parent, 0};
    default: return {ref.kind, ref.id, 0, 0};
    }
}

// Selects an entity's own row.
QString rowWhere(const EntityRef &ref)
{
    switch (ref.kind) {
    case EntityKind::Workspace: return u"TRUE"_s;
    case EntityKind::Cell: return u"step_id = %1 AND lane_id = %2"_s.arg(ref.id).arg(ref.secondary);
    case EntityKind::Renewal:
        return u"journey_id = %1 AND question = %2"_s.arg(ref.parent).arg(ref.id);
    default: return u"id = %1"_s.arg(ref.id);
    }
}

Id parentOf(const EntityRef &ref)
{
    const EntityKindTraits &traits = traitsOf(ref.kind);
    return traits.ordered && traits.parent != EntityKind::Workspace ? ref.parent : 0;
}

} // namespace SharedRows

using namespace SharedRows;

namespace {

QString kindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Workspace: return SharedStore::tr("workspace");
    case EntityKind::Persona: return SharedStore::tr("persona");
    case EntityKind::UseCase: return SharedStore::tr("use case");
    case EntityKind::Journey: return SharedStore::tr("journey");
    case EntityKind::Stage: return SharedStore::tr("stage");
    case EntityKind::Lane: return SharedStore::tr("lane");
    case EntityKind::Cell: return SharedStore::tr("cell");
    case EntityKind::MetricPeriod: return SharedStore::tr("period");
    case EntityKind::Renewal: return SharedStore::tr("renewal answer");
    case EntityKind::Opportunity: return SharedStore::tr("opportunity");
    case EntityKind::CommentThread: return SharedStore::tr("comment thread");
    case EntityKind::Comment: return SharedStore::tr("comment");
    }
    return {};
}

// Whether a transaction writes only comment threads and comments (a commenter's may).
bool onlyComments(const QList<PendingWrite> &writes)
{
    return std::all_of(writes.cbegin(), writes.cend(), [](const PendingWrite &w) {
        return w.scope != PendingWrite::Usage
            && (w.ref.kind == EntityKind::CommentThread || w.ref.kind == EntityKind::Comment);
    });
}

} // namespace

SharedStore::SharedStore(WorkspaceLocation location, bool readOnlyAccess)
    : mLocation(std::move(location))
    , mReadOnlyAccess(readOnlyAccess)
    , mSession(QString::number(newId(), 36))
    , mProbe(std::make_unique<ServerProbe>(mLocation, 2))
{
    connect(mProbe.get(), &ServerProbe::finished, this, &SharedStore::probeFinished);
    mHeartbeat.setInterval(1000);
    connect(&mHeartbeat, &QTimer::timeout, this, &SharedStore::heartbeat);
    mReconnect.setSingleShot(true);
    mReconnect.setTimerType(Qt::PreciseTimer); // the banner counts the seconds down
    connect(&mReconnect, &QTimer::timeout, this, &SharedStore::startProbe);
    mCatchUp.setSingleShot(true);
    connect(&mCatchUp, &QTimer::timeout, this, [this] { catchUp(); });
}

SharedStore::~SharedStore()
{
    mProbe.reset(); // waits at most the probe's connect timeout
    mQueries.clear();
    mWriter.reset();
    mListener.reset();
    mMain.reset();
}

SharedStore::OpenResult SharedStore::open(const WorkspaceLocation &location,
                                          WorkspaceStore::Access access)
{
    OpenResult result;
    std::unique_ptr<SharedStore> store(
        new SharedStore(location, access == WorkspaceStore::Access::ReadOnly));
    if (!store->connectAll(&result.error, &result.failure, &result.notice, &result.schemaVersion))
        return result;
    if (!store->reloadAll(&result.error)) {
        result.failure = WorkspaceStore::Failure::Corrupt;
        return result;
    }
    store->mConnected = true;
    if (!store->mReadOnlyAccess) {
        store->startLiveUpdates();
        if (!store->mCanEdit && result.notice.isEmpty())
            result.notice = store->readOnlyReason();
    }
    result.workspace = store->mMirror;
    result.store = std::move(store);
    return result;
}

SharedStore::Snapshot SharedStore::readSnapshot(const WorkspaceLocation &location,
                                                const std::atomic<bool> *cancelled)
{
    Snapshot snapshot;
    SharedStore reader(location, false);
    reader.mSnapshotOnly = true;
    reader.mCancelled = cancelled;
    if (!reader.connectAll(&snapshot.error, &snapshot.failure, &snapshot.notice,
                           &snapshot.schemaVersion))
        return snapshot;
    if (!reader.reloadAll(&snapshot.error)) {
        snapshot.failure = WorkspaceStore::Failure::Corrupt;
        return snapshot;
    }
    snapshot.workspace = std::move(reader.mMirror);
    snapshot.versions = std::move(reader.mVersions);
    snapshot.lastSeq = reader.mLastSeq;
    return snapshot;
}

SharedStore::OpenResult SharedStore::openSnapshot(const WorkspaceLocation &location,
                                                  Snapshot snapshot)
{
    OpenResult result;
    result.failure = snapshot.failure;
    result.error = snapshot.error;
    result.schemaVersion = snapshot.schemaVersion;
    if (snapshot.failure != WorkspaceStore::Failure::None)
        return result;
    std::unique_ptr<SharedStore> store(new SharedStore(location, false));
    store->mWindowPace = true;
    QString notice;
    if (!store->connectAll(&result.error, &result.failure, &notice, &result.schemaVersion))
        return result;
    store->mMirror = std::move(snapshot.workspace);
    store->mVersions = std::move(snapshot.versions);
    store->mLastSeq = snapshot.lastSeq;
    store->mConnected = true;
    store->startLiveUpdates();
    store->catchUp(); // what others changed since the snapshot
    result.notice = snapshot.notice.isEmpty() ? notice : snapshot.notice;
    if (!store->mCanEdit && result.notice.isEmpty())
        result.notice = store->readOnlyReason();
    result.workspace = store->mMirror;
    result.store = std::move(store);
    return result;
}

QSqlQuery &SharedStore::query(const QString &sql)
{
    std::unique_ptr<QSqlQuery> &q = mQueries[sql];
    if (!q) {
        q = std::make_unique<QSqlQuery>(mMain->db());
        q->prepare(sql);
    }
    return *q;
}

bool SharedStore::exec(const QString &sql, QSqlError *error)
{
    QSqlQuery q(mMain->db());
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError();
    return false;
}

void SharedStore::refresh()
{
    catchUp();
}

void SharedStore::scheduleCatchUp()
{
    if (!mCatchUp.isActive())
        mCatchUp.start(10); // gathers the notifications of a burst into one read
}

bool SharedStore::catchUp(QString *errorMessage)
{
    if (!mConnected || !mMain)
        return false;
    QSqlError error;
    auto abort = [this, &error, errorMessage]() {
        exec(u"ROLLBACK"_s);
        failed(error, errorMessage);
        return false;
    };
    // One snapshot: the re-read entities are consistent with each other and with the log.
    if (!exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s, &error))
        return abort();
    QSqlQuery &bounds
        = query(u"SELECT COALESCE(min(seq), 0), COALESCE(max(seq), 0) FROM change_log"_s);
    if (!bounds.exec() || !bounds.next()) {
        error = bounds.lastError();
        return abort();
    }
    const qint64 firstSeq = bounds.value(0).toLongLong();
    const qint64 lastSeq = bounds.value(1).toLongLong();
    bounds.finish();
    if (lastSeq <= mLastSeq) {
        exec(u"COMMIT"_s);
        return true;
    }
    // Entries this client has not seen were pruned: read everything again.
    bool full = firstSeq > mLastSeq + 1;

    struct Op
    {
        EntityRef ref;
        bool subtree;
    };
    std::vector<Op> ops;
    QSet<std::pair<int, Id>> orders; // (kind, parent) lists whose order to re-read
    bool fromOthers = false;
    if (!full) {
        QSqlQuery &log = query(u"SELECT seq, entity, entity_id, parent_id, secondary_id, scope"
                               " FROM change_log WHERE seq > ? ORDER BY seq"_s);
        log.addBindValue(mLastSeq);
        if (!log.exec()) {
            error = log.lastError();
            return abort();
        }
        QHash<EntityRef, size_t> index;
        while (log.next()) {
            const qint64 seq = log.value(0).toLongLong();
            if (mOwnSeqs.remove(seq))
                continue; // already in the mirror: this client wrote it
            fromOthers = true;
            const QString scope = log.value(5).toString();
            const std::optional<EntityKind> kind = kindOfTable(log.value(1).toString());
            if (scope == u"reset" || !kind || ops.size() > size_t(maxIncrementalEntries)) {
                full = true;
                break;
            }
            const EntityRef ref {*kind, log.value(2).toLongLong(), log.value(3).toLongLong(),
                                 log.value(4).toLongLong()};
            if (scope == u"order") {
                orders.insert({int(ref.kind), ref.parent});
                continue;
            }
            const bool subtree = scope == u"subtree";
            const auto known = index.constFind(ref);
            if (known != index.cend()) {
                ops[*known].subtree = ops[*known].subtree || subtree;
            } else {
                index.insert(ref, ops.size());
                ops.push_back({ref, subtree});
            }
        }
        log.finish();
    }
    if (!full) {
        for (const Op &op : ops) {
            bool structural = false;
            if (!refreshEntity(op.ref, op.subtree, &structural, &error))
                return abort();
            if (structural)
                orders.insert({int(op.ref.kind), parentOf(op.ref)});
        }
        for (const auto &[kind, parent] : std::as_const(orders)) {
            bool complete = true;
            if (!refreshOrder(EntityKind(kind), parent, &complete, &error))
                return abort();
            full = full || !complete;
        }
    }
    exec(u"COMMIT"_s);
    if (full) {
        QString message;
        if (!reloadAll(&message)) {
            qCWarning(lcShared, "cannot reload the shared workspace: %s", qPrintable(message));
            if (errorMessage)
                *errorMessage = message;
            return false;
        }
        fromOthers = true;
    } else {
        mLastSeq = lastSeq;
        for (auto it = mOwnSeqs.begin(); it != mOwnSeqs.end();)
            it = *it <= mLastSeq ? mOwnSeqs.erase(it) : std::next(it);
    }
    if (fromOthers)
        emit remoteChanged();
    return true;
}

bool SharedStore::rowState(const EntityRef &ref, RowState *state, QSqlError *error)
{
    const EntityKind kind = ref.kind;
    const QString sql = u"SELECT row_version%1 FROM %2 WHERE %3%4"_s.arg(
        hasPosition(kind) ? u", position"_s : QString(), tableOf(kind), rowWhere(ref),
        SqlDialect(SqlEngine::Postgres).lockRowSuffix());
    QSqlQuery q(mMain->db());
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        *error = q.lastError();
        return false;
    }
    *state = {};
    if (kind == EntityKind::Workspace) {
        state->exists = true; // its rows are created on first write
        while (q.next())
            state->version += q.value(0).toLongLong();
        return true;
    }
    if (q.next()) {
        state->exists = true;
        state->version = q.value(0).toLongLong();
        if (hasPosition(kind))
            state->position = q.value(1).toInt();
    }
    return true;
}

bool SharedStore::bumpVersion(const EntityRef &ref, const RowState &before, qint64 *version,
                              QSqlError *error)
{
    // Row writes never move a row: keep the position others may have given it since.
    const QString position = hasPosition(ref.kind) && before.position >= 0
        ? u", position = %1"_s.arg(before.position)
        : QString();
    QSqlQuery q(mMain->db());
    q.setForwardOnly(true);
    if (!q.exec(
            u"UPDATE %1 SET row_version = row_version + 1%2 WHERE %3 RETURNING row_version"_s.arg(
                tableOf(ref.kind), position, rowWhere(ref)))) {
        *error = q.lastError();
        return false;
    }
    *version = -1; // the row is gone (a deletion, an emptied cell)
    while (q.next())
        *version = (*version < 0 ? 0 : *version) + q.value(0).toLongLong();
    return true;
}

WriteResult SharedStore::commit(const Workspace &workspace, const QList<PendingWrite> &writes)
{
    // A commenter's comments go the same way as an editor's edits; the server lets them write
    // the comment tables and comment entries of the log only (SharedServer::commentStatements).
    if (isReadOnly() && !(canComment() && onlyComments(writes)))
        return {WriteResult::Refused, tr("Not saved: %1").arg(readOnlyReason())};
    // Observed usage stays in workspace files for now (issue 22): Edit::importUsage refuses
    // a shared workspace before it gets here.
    for (const PendingWrite &w : writes) {
        if (w.scope == PendingWrite::Usage) {
            return {WriteResult::Refused,
                    tr("Not saved: events are imported into a workspace file, not a shared "
                       "workspace")};
        }
    }
    for (int attempt = 0; attempt < 4; ++attempt) {
        WriteResult result;
        if (tryCommit(workspace, writes, &result) == Attempt::Done)
            return result;
    }
    catchUp();
    return {WriteResult::Refused,
            tr("Not saved: others changed the same things at the same moment; their version is "
               "shown.")};
}

SharedStore::Attempt SharedStore::tryCommit(const Workspace &memory,
                                            const QList<PendingWrite> &writes, WriteResult *result)
{
    QSqlError error;
    auto abort = [this, &error, result, &writes]() {
        exec(u"ROLLBACK"_s);
        const QString state = error.nativeErrorCode();
        if (state == u"40P01" || state == u"40001")
            return Attempt::Retry; // deadlock with another client: try again
        QString message;
        if (failed(error, &message)) {
            *result = {WriteResult::Refused,
                       mMain && mMain->timedOut()
                           ? tr("Not saved: the connection to the server was lost: %1. %2")
                                 .arg(message, readOnlyReason())
                           : tr("Not saved: the connection to the server was lost. %1")
                                 .arg(readOnlyReason())};
            return Attempt::Done;
        }
        if (SqlDialect::isPermissionDenied(error)) {
            setReadOnlyState([this, &writes] {
                mCanEdit = false;
                if (onlyComments(writes))
                    mCanComment = false;
            });
            *result = {WriteResult::Refused,
                       tr("Not saved: the server refused the change. %1").arg(readOnlyReason())};
            return Attempt::Done;
        }
        catchUp(); // e.g. what it belongs to was deleted by someone else
        if (state == u"23503") { // foreign_key_violation
            *result = {WriteResult::Refused,
                       tr("Not saved: what it belongs to was deleted by someone else.")};
        } else {
            *result = {WriteResult::Refused,
                       tr("Not saved: the server refused the change (%1). The workspace shows "
                          "what the server has.")
                           .arg(message)};
        }
        return Attempt::Done;
    };
    auto writerFailed = [this, &error, &abort]() {
        error = mWriter->lastSqlError();
        return abort();
    };

    if (!exec(u"BEGIN"_s, &error))
        return abort();
    std::optional<Workspace> merged; // memory plus what others changed in other fields
    const Workspace *source = &memory;
    QHash<EntityRef, qint64> newVersions;
    QList<EntityRef> goneRows;
    for (const PendingWrite &w : writes) {
        if (w.scope == PendingWrite::Order) {
            if (!mWriter->apply(*source, w))
                return writerFailed();
            continue;
        }
        if (w.scope == PendingWrite::Subtree) {
            if (!mWriter->apply(*source, w))
                return writerFailed();
            if (!readVersions(&w.ref, true, &newVersions, &error))
                return abort();
            continue;
        }
        // One row: has someone else changed it since this client read it?
        RowState server;
        if (!rowState(w.ref, &server, &error))
            return abort();
        const EntityRef key = versionKey(w.ref);
        const bool known = w.ref.kind == EntityKind::Workspace || mVersions.contains(key);
        const bool changedElsewhere
            = server.exists != known || (server.exists && server.version != mVersions.value(key));
        if (changedElsewhere) {
            Workspace theirs;
            StoreReader reader(mMain->db());
            reader.restrictTo(w.ref, false);
            if (!reader.read(theirs)) {
                error = QSqlError(reader.error(), {}, QSqlError::StatementError);
                return abort();
            }
            Workspace candidate = *source;
            const MergeVerdict verdict = mergeThreeWay(mMirror, *source, theirs, w.ref, &candidate);
            if (verdict.outcome == MergeVerdict::Conflict) {
                exec(u"ROLLBACK"_s);
                const QString what = kindName(w.ref.kind);
                QString message = isPresentIn(*source, w.ref)
                    ? tr("Not saved: someone else changed this %1 at the same time; their "
                         "version is shown.")
                          .arg(what)
                    : tr("Not deleted: someone else changed this %1 after you last saw it; "
                         "their version is shown.")
                          .arg(what);
                if (!isPresentIn(theirs, w.ref) && isPresentIn(*source, w.ref))
                    message = tr("Not saved: someone else deleted this %1.").arg(what);
                else if (!verdict.theirValue.isEmpty())
                    message
                        += u' ' + tr("They wrote \u201c%1\u201d.").arg(verdict.theirValue.left(80));
                catchUp(); // the mirror now has their version; the document shows it
                *result = {WriteResult::Refused, message};
                return Attempt::Done;
            }
            if (verdict.outcome == MergeVerdict::AlreadyGone)
                continue; // deleted on both sides
            if (verdict.outcome == MergeVerdict::Merged) {
                merged = std::move(candidate);
                source = &*merged;
            }
        }
        if (!mWriter->apply(*source, w))
            return writerFailed();
        qint64 version = 0;
        if (!bumpVersion(w.ref, server, &version, &error))
            return abort();
        if (version < 0) {
            goneRows.append(w.ref);
            continue;
        }
        // A row this client believed absent was created by someone else meanwhile: compare.
        const qint64 expected = w.ref.kind == EntityKind::Workspace
            ? version // several rows; their count does not matter here
            : (server.exists ? server.version : 0) + 1;
        if (version != expected) {
            exec(u"ROLLBACK"_s);
            mVersions.remove(key);
            if (!server.exists)
                mVersions.insert(key, -1); // mismatch on the next attempt: the three-way check
            return Attempt::Retry;
        }
        newVersions.insert(key, version);
    }

    const SqlDialect dialect(SqlEngine::Postgres);
    if (!exec(dialect.lockChangeLogSql(), &error))
        return abort();
    QList<qint64> seqs;
    QSqlQuery &log = query(u"INSERT INTO change_log (session_id, entity, entity_id, parent_id,"
                           " secondary_id, scope) VALUES (?, ?, ?, ?, ?, ?) RETURNING seq"_s);
    for (const PendingWrite &w : writes) {
        log.addBindValue(mSession);
        log.addBindValue(tableOf(w.ref.kind));
        log.addBindValue(w.ref.id);
        log.addBindValue(w.ref.parent);
        log.addBindValue(w.ref.secondary);
        log.addBindValue(scopeKey(w.scope));
        if (!log.exec() || !log.next()) {
            error = log.lastError();
            return abort();
        }
        seqs.append(log.value(0).toLongLong());
        log.finish();
    }
    // Keep the log short: a client that missed more than this reads everything again.
    // Only editors prune: a commenter may add entries, never delete any.
    const bool pruneNow = mCanEdit && !seqs.isEmpty()
        && (seqs.first() % pruneEvery == 0
            || seqs.first() / pruneEvery != seqs.last() / pruneEvery);
    if (pruneNow) {
        QSqlQuery &prune = query(u"DELETE FROM change_log WHERE seq < ?"_s);
        prune.addBindValue(seqs.last() - keptEntries);
        if (!prune.exec()) {
            error = prune.lastError();
            return abort();
        }
    }
    QSqlQuery &notify = query(dialect.notifySql());
    notify.addBindValue(mLocation.schemaName());
    notify.addBindValue(mSession);
    if (!notify.exec()) {
        error = notify.lastError();
        return abort();
    }
    notify.finish();
    if (!exec(u"COMMIT"_s, &error))
        return abort();

    // Durable: the mirror follows.
    for (const PendingWrite &w : writes) {
        if (w.scope == PendingWrite::Order)
            adoptOrder(*source, w.ref.kind, w.ref.parent);
        else
            adopt(*source, w.ref, w.scope == PendingWrite::Subtree, true);
    }
    for (const EntityRef &ref : std::as_const(goneRows))
        mVersions.remove(versionKey(ref));
    for (auto it = newVersions.cbegin(); it != newVersions.cend(); ++it)
        mVersions.insert(it.key(), it.value());
    for (qint64 seq : std::as_const(seqs)) {
        if (seq > mLastSeq)
            mOwnSeqs.insert(seq);
    }
    if (merged) // the document learns the others' fields
        QMetaObject::invokeMethod(this, &SharedStore::remoteChanged, Qt::QueuedConnection);
    *result = {};
    return Attempt::Done;
}

bool SharedStore::saveCopy(const QString &target, QString *error) const
{
    const WorkspaceStore::OpenResult created = WorkspaceStore::create(target, mMirror);
    if (!created.store && error)
        *error = created.error;
    return created.store != nullptr;
}

} // namespace Parcours
