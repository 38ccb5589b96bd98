#include "shared/sharedstore.h"

#include "document/entityfields.h"
#include "document/entitykinds.h"
#include "domain/ids.h"
#include "shared/pgconnection.h"
#include "shared/serverprobe.h"
#include "store/migrations.h"
#include "store/sqldialect.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

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
    case EntityKind::Cell:
        return u"stage_id = %1 AND lane_id = %2"_s.arg(ref.id).arg(ref.secondary);
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

template<typename T>
QList<Id> idsOf(const std::vector<T> &items)
{
    QList<Id> ids;
    ids.reserve(qsizetype(items.size()));
    for (const T &item : items)
        ids.append(item.id);
    return ids;
}

// Puts `items` in the order of `ids`; false (and unchanged) when they are not the same set.
template<typename T>
bool reorder(std::vector<T> &items, const QList<Id> &ids)
{
    if (items.size() != size_t(ids.size()))
        return false;
    QHash<Id, size_t> index;
    index.reserve(qsizetype(items.size()));
    for (size_t i = 0; i < items.size(); ++i)
        index.insert(items[i].id, i);
    std::vector<size_t> from;
    from.reserve(items.size());
    bool same = true;
    for (Id id : ids) {
        const auto found = index.constFind(id);
        if (found == index.cend())
            return false;
        same = same && *found == from.size();
        from.push_back(*found);
    }
    if (same)
        return true;
    std::vector<T> sorted;
    sorted.reserve(items.size());
    for (size_t i : from)
        sorted.push_back(std::move(items[i]));
    items = std::move(sorted);
    return true;
}

// Copies entity `id` from `theirs` (null: it is gone) into `mine`. Without `subtree`, the
// children already in `mine` are kept (`keep`). New entities go to their index in `theirs`
// when that is the whole list, else at the end. True when `mine` gained or lost an entity.
template<typename T, typename Keep>
bool adoptInList(std::vector<T> &mine, const std::vector<T> *theirs, Id id, bool subtree,
                 bool whole, Keep keep)
{
    const int at = indexOfId(mine, id);
    const int source = theirs ? indexOfId(*theirs, id) : -1;
    if (source < 0) {
        if (at < 0)
            return false;
        mine.erase(mine.begin() + at);
        return true;
    }
    const T &item = (*theirs)[size_t(source)];
    if (at < 0) {
        const size_t where = whole ? std::min(size_t(source), mine.size()) : mine.size();
        mine.insert(mine.begin() + qsizetype(where), item);
        return true;
    }
    if (subtree) {
        mine[size_t(at)] = item;
    } else {
        T copy = item;
        keep(copy, mine[size_t(at)]);
        mine[size_t(at)] = std::move(copy);
    }
    return false;
}

// Cells and renewal answers exist as soon as their stage or journey does (absent is empty).
bool present(const Workspace &w, const EntityRef &ref)
{
    if (ref.kind == EntityKind::Cell) {
        const Journey *j = w.journey(ref.parent);
        return j && findById(j->stages, ref.id);
    }
    if (ref.kind == EntityKind::Renewal)
        return w.journey(ref.parent);
    return EntityFields::exists(w, ref);
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (!a.isValid() || !b.isValid())
        return a.isValid() == b.isValid();
    return a == b;
}

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
    }
    return {};
}

struct Verdict
{
    enum Outcome { Clean, Merged, Conflict, AlreadyGone };
    Outcome outcome = Clean;
    QString theirValue;
};

// Someone else changed the row since this client last read it (`base`). Compares field by
// field what this client wants (`mine`) and what the server has (`theirs`): the same field
// changed to different values is a conflict; fields only they changed go into `merged`.
Verdict threeWay(const Workspace &base, const Workspace &mine, const Workspace &theirs,
                 const EntityRef &ref, Workspace *merged)
{
    const int count = EntityFields::fieldCount(ref.kind);
    auto field = [&ref](const Workspace &w, int f) {
        return EntityFields::value(w, ref, f);
    };
    if (!present(mine, ref)) { // deleting it
        if (!present(theirs, ref))
            return {Verdict::AlreadyGone, {}};
        for (int f = 0; f < count; ++f) {
            if (!sameValue(field(theirs, f), field(base, f)))
                return {Verdict::Conflict, {}};
        }
        return {Verdict::Clean, {}};
    }
    if (!present(theirs, ref))
        return {Verdict::Conflict, {}};
    Verdict verdict;
    for (int f = 0; f < count; ++f) {
        const QVariant b = field(base, f);
        const QVariant m = field(mine, f);
        const QVariant t = field(theirs, f);
        const bool mineChanged = !sameValue(m, b);
        const bool theirsChanged = !sameValue(t, b);
        if (mineChanged && theirsChanged && !sameValue(m, t)) {
            verdict.outcome = Verdict::Conflict;
            if (t.typeId() == QMetaType::QString)
                verdict.theirValue = t.toString();
            return verdict;
        }
        if (!mineChanged && theirsChanged) {
            EntityFields::setValue(*merged, ref, f, t);
            verdict.outcome = Verdict::Merged;
        }
    }
    return verdict;
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

bool SharedStore::connectAll(QString *error, WorkspaceStore::Failure *failure, QString *notice,
                             int *schemaVersion)
{
    using F = WorkspaceStore::Failure;
    auto failWith = [error, failure](F f, const QString &message) {
        *failure = f;
        *error = message;
        return false;
    };
    QString message;
    mMain = std::make_unique<PgConnection>(mLocation);
    if (!mMain->open(&message, mConnectTimeout))
        return failWith(F::IoError, tr("cannot connect to the server: %1").arg(message));
    bool exists = false;
    if (!mMain->schemaExists(&exists, &message))
        return failWith(F::IoError, message);
    if (!exists) {
        return failWith(F::NotFound,
                        tr("there is no workspace \"%1\" in this database; publish one first "
                           "(File > Publish, or parcours publish FILE LOCATION)")
                            .arg(mLocation.workspace));
    }
    QSqlDatabase &db = mMain->db();
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT has_schema_privilege(?, 'USAGE')"_s);
        q.addBindValue(mLocation.schemaName());
        if (!q.exec() || !q.next())
            return failWith(F::IoError, PgConnection::message(q.lastError()));
        if (!q.value(0).toBool()) {
            return failWith(F::IoError,
                            tr("you have no access to workspace \"%1\": an administrator can "
                               "grant it with parcours admin init-server (--editor or --viewer)")
                                .arg(mLocation.workspace));
        }
    }
    if (!mMain->useWorkspaceSchema(&message))
        return failWith(F::IoError, message);

    const int version = Migrations::schemaVersion(db, SqlEngine::Postgres);
    const int minReader = Migrations::minReaderVersion(db);
    const int appVersion = Migrations::currentVersion();
    *schemaVersion = version;
    if (version < 1) {
        return failWith(F::NotAWorkspace,
                        tr("schema %1 holds no Parcours workspace").arg(mLocation.schemaName()));
    }
    mNewer = false;
    switch (Migrations::assess(version, minReader, appVersion)) {
    case MigrationOutcome::NewerIncompatible:
        return failWith(F::Newer,
                        tr("the workspace on the server was made by a newer version of Parcours "
                           "(format %1; this version reads up to %2)")
                            .arg(version)
                            .arg(appVersion));
    case MigrationOutcome::NewerCompatible:
        mNewer = true;
        *notice = tr("The workspace on the server was made by a newer version of Parcours "
                     "(format %1): it opened read-only.")
                      .arg(version);
        break;
    case MigrationOutcome::Upgraded:
        if (mReadOnlyAccess)
            break; // older tables read the same
        {
            const MigrationResult upgraded = Migrations::upgrade(db, SqlEngine::Postgres);
            if (upgraded.outcome == MigrationOutcome::Failed) {
                return failWith(
                    F::IoError,
                    tr("the workspace on the server has the older format %1 and could not be "
                       "upgraded (%2); an administrator can upgrade it with: parcours admin "
                       "init-server %3")
                        .arg(version)
                        .arg(upgraded.error, mLocation.toString()));
            }
            *schemaVersion = upgraded.toVersion;
            *notice = tr("Upgraded the workspace on the server from format %1 to %2.")
                          .arg(upgraded.fromVersion)
                          .arg(upgraded.toVersion);
        }
        break;
    case MigrationOutcome::Current:
    case MigrationOutcome::Failed: break;
    }

    mCanEdit = false;
    if (!mReadOnlyAccess) {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT has_table_privilege('persona', 'UPDATE')"
                    " AND has_table_privilege('change_log', 'INSERT')"_s)
            || !q.next())
            return failWith(F::IoError, PgConnection::message(q.lastError()));
        mCanEdit = q.value(0).toBool();
    }
    mMainPid = mMain->backendPid();
    mWriter = std::make_unique<StoreWriter>(db);
    if (mReadOnlyAccess)
        return true;

    mListener = std::make_unique<PgConnection>(mLocation);
    if (!mListener->open(&message, mConnectTimeout))
        return failWith(F::IoError, tr("cannot connect to the server: %1").arg(message));
    QSqlDriver *driver = mListener->db().driver();
    if (!driver->subscribeToNotification(mLocation.schemaName())) {
        return failWith(F::IoError,
                        tr("cannot follow changes on the server: %1")
                            .arg(PgConnection::message(driver->lastError())));
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (!payload.toString().startsWith(mSession))
                    scheduleCatchUp();
            });
    mListenerPid = mListener->backendPid();
    return true;
}

void SharedStore::startLiveUpdates()
{
    mHeartbeat.start();
    updatePresence();
}

void SharedStore::setHeartbeatInterval(int milliseconds)
{
    mHeartbeat.setInterval(milliseconds);
}

void SharedStore::setReconnectDelays(int firstMs, int maxMs)
{
    mFirstReconnectDelay = std::max(1, firstMs);
    mMaxReconnectDelay = std::max(mFirstReconnectDelay, maxMs);
}

bool SharedStore::isReconnecting() const
{
    return mProbe->isRunning();
}

int SharedStore::msecsUntilReconnect() const
{
    return mReconnect.isActive() ? std::max(0, mReconnect.remainingTime()) : 0;
}

void SharedStore::reconnectNow()
{
    if (mConnected || mProbe->isRunning())
        return;
    mReconnectDelay = mFirstReconnectDelay;
    startProbe();
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

bool SharedStore::failed(const QSqlError &error, QString *message)
{
    if (message)
        *message = PgConnection::message(error);
    if (mMain && !SqlDialect::isConnectionLost(mMain->db(), error))
        return false;
    lostConnection();
    return true;
}

void SharedStore::setReadOnlyState(const std::function<void()> &change)
{
    const bool before = isReadOnly();
    change();
    if (before != isReadOnly())
        emit readOnlyChanged(isReadOnly());
}

bool SharedStore::isReadOnly() const
{
    return mReadOnlyAccess || !mCanEdit || mNewer || !mConnected;
}

QString SharedStore::readOnlyReason() const
{
    if (!mConnected)
        return tr("The connection to the server is lost; Parcours is reconnecting. What you see "
                  "is read-only until then; every change reported as saved is safe.");
    if (mNewer)
        return tr("The workspace on the server was made by a newer version of Parcours: it is "
                  "read-only here.");
    if (!mCanEdit)
        return tr("You have view-only access to this shared workspace: you can read, print and "
                  "export it, not change it.");
    if (mReadOnlyAccess)
        return tr("The shared workspace was opened read-only.");
    return {};
}

bool SharedStore::readVersions(const EntityRef *ref, bool subtree, QHash<EntityRef, qint64> *into,
                               QSqlError *error)
{
    const QStringList tables = ref ? ownedTables(ref->kind, subtree) : allTables();
    for (const QString &table : tables) {
        QString where;
        if (ref) {
            const StoreReader::Filter filter = StoreReader::filterFor(table, *ref, subtree);
            if (filter.skip)
                continue;
            if (!filter.where.isEmpty())
                where = u" WHERE "_s + StoreReader::inlined(filter);
        }
        const EntityKind kind = *kindOfTable(table);
        QString columns = u"id"_s;
        if (kind == EntityKind::Workspace)
            columns = u"0"_s;
        else if (kind == EntityKind::Cell)
            columns = u"stage_id, lane_id"_s;
        else if (kind == EntityKind::Renewal)
            columns = u"journey_id, question"_s;
        QSqlQuery q(mMain->db());
        q.setForwardOnly(true);
        const QString sql = kind == EntityKind::Workspace
            ? u"SELECT 0, COALESCE(SUM(row_version), 0) FROM workspace_info"_s
            : u"SELECT %1, row_version FROM %2%3"_s.arg(columns, table, where);
        if (!q.exec(sql)) {
            *error = q.lastError();
            return false;
        }
        while (q.next()) {
            EntityRef key;
            qint64 version = 0;
            if (kind == EntityKind::Cell || kind == EntityKind::Renewal) {
                key = kind == EntityKind::Cell
                    ? EntityRef {kind, q.value(0).toLongLong(), 0, q.value(1).toLongLong()}
                    : EntityRef {kind, q.value(1).toLongLong(), q.value(0).toLongLong(), 0};
                version = q.value(2).toLongLong();
            } else if (kind == EntityKind::Workspace) {
                version = q.value(1).toLongLong();
            } else {
                key = {kind, q.value(0).toLongLong(), 0, 0};
                version = q.value(1).toLongLong();
            }
            into->insert(key, version);
        }
    }
    return true;
}

bool SharedStore::reloadAll(QString *error)
{
    QSqlError sqlError;
    if (!exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s, &sqlError)) {
        *error = PgConnection::message(sqlError);
        return false;
    }
    auto abort = [this, error](const QString &message) {
        exec(u"ROLLBACK"_s);
        *error = message;
        return false;
    };
    qint64 lastSeq = 0;
    {
        QSqlQuery q(mMain->db());
        // An older schema (read-only access) may have no change log yet.
        if (q.exec(u"SELECT COALESCE(max(seq), 0) FROM change_log"_s) && q.next())
            lastSeq = q.value(0).toLongLong();
        else if (!mReadOnlyAccess)
            return abort(PgConnection::message(q.lastError()));
        else
            exec(u"ROLLBACK; BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
    }
    Workspace workspace;
    StoreReader reader(mMain->db());
    if (!reader.read(workspace))
        return abort(reader.error());
    QHash<EntityRef, qint64> versions;
    if (!mReadOnlyAccess && !readVersions(nullptr, false, &versions, &sqlError))
        return abort(PgConnection::message(sqlError));
    exec(u"COMMIT"_s);
    mMirror = std::move(workspace);
    mVersions = std::move(versions);
    mLastSeq = lastSeq;
    mOwnSeqs.clear();
    return true;
}

void SharedStore::forgetVersions(const EntityRef &ref)
{
    mVersions.remove(versionKey(ref));
    auto forgetCells = [this](auto keep) {
        for (auto it = mVersions.begin(); it != mVersions.end();) {
            if (it.key().kind == EntityKind::Cell && keep(it.key()))
                it = mVersions.erase(it);
            else
                ++it;
        }
    };
    if (ref.kind == EntityKind::Persona) {
        if (const Persona *p = mMirror.persona(ref.id)) {
            for (const UseCase &u : p->useCases)
                mVersions.remove({EntityKind::UseCase, u.id, 0, 0});
        }
    } else if (ref.kind == EntityKind::Journey) {
        if (const Journey *j = mMirror.journey(ref.id)) {
            QSet<Id> stages;
            for (const Stage &s : j->stages) {
                mVersions.remove({EntityKind::Stage, s.id, 0, 0});
                stages.insert(s.id);
            }
            for (const Lane &l : j->lanes)
                mVersions.remove({EntityKind::Lane, l.id, 0, 0});
            for (int q = 0; q < renewalQuestionCount; ++q)
                mVersions.remove({EntityKind::Renewal, Id(q), j->id, 0});
            forgetCells([&stages](const EntityRef &key) { return stages.contains(key.id); });
        }
    } else if (ref.kind == EntityKind::Stage) {
        forgetCells([&ref](const EntityRef &key) { return key.id == ref.id; });
    } else if (ref.kind == EntityKind::Lane) {
        forgetCells([&ref](const EntityRef &key) { return key.secondary == ref.id; });
    }
}

bool SharedStore::adopt(const Workspace &from, const EntityRef &ref, bool subtree, bool fromIsWhole)
{
    auto keepNothing = [](auto &, auto &) {
    };
    auto gone = [this, &ref](bool isGone) {
        if (isGone)
            forgetVersions(ref);
    };
    switch (ref.kind) {
    case EntityKind::Workspace: mMirror.info = from.info; return false;
    case EntityKind::Persona:
        gone(!from.persona(ref.id));
        return adoptInList(mMirror.personas, &from.personas, ref.id, subtree, fromIsWhole,
                           [](Persona &copy, Persona &old) { copy.useCases = old.useCases; });
    case EntityKind::Journey:
        gone(!from.journey(ref.id));
        return adoptInList(mMirror.journeys, &from.journeys, ref.id, subtree, fromIsWhole,
                           [](Journey &copy, Journey &old) {
                               copy.stages = old.stages;
                               copy.lanes = old.lanes;
                               copy.renewal = old.renewal;
                           });
    case EntityKind::MetricPeriod:
        gone(!from.metricPeriod(ref.id));
        return adoptInList(mMirror.metrics, &from.metrics, ref.id, subtree, fromIsWhole,
                           keepNothing);
    case EntityKind::UseCase: {
        Persona *mine = findById(mMirror.personas, ref.parent);
        if (!mine)
            return false;
        const Persona *theirs = from.persona(ref.parent);
        gone(!theirs || !findById(theirs->useCases, ref.id));
        return adoptInList(mine->useCases, theirs ? &theirs->useCases : nullptr, ref.id, subtree,
                           fromIsWhole, keepNothing);
    }
    case EntityKind::Stage: {
        Journey *mine = findById(mMirror.journeys, ref.parent);
        if (!mine)
            return false;
        const Journey *theirs = from.journey(ref.parent);
        gone(!theirs || !findById(theirs->stages, ref.id));
        return adoptInList(mine->stages, theirs ? &theirs->stages : nullptr, ref.id, subtree,
                           fromIsWhole, [](Stage &copy, Stage &old) { copy.cells = old.cells; });
    }
    case EntityKind::Lane: {
        Journey *mine = findById(mMirror.journeys, ref.parent);
        if (!mine)
            return false;
        const Journey *theirs = from.journey(ref.parent);
        const bool isGone = !theirs || !findById(theirs->lanes, ref.id);
        gone(isGone);
        const bool structural = adoptInList(mine->lanes, theirs ? &theirs->lanes : nullptr, ref.id,
                                            subtree, fromIsWhole, keepNothing);
        if (isGone || subtree) { // the lane's cells go or come with it
            for (Stage &s : mine->stages) {
                s.cells.remove(ref.id);
                const Stage *source = theirs ? findById(theirs->stages, s.id) : nullptr;
                if (!isGone && source && source->cells.contains(ref.id))
                    s.cells.insert(ref.id, source->cells.value(ref.id));
            }
        }
        return structural;
    }
    case EntityKind::Cell: {
        Journey *mine = findById(mMirror.journeys, ref.parent);
        Stage *stage = mine ? findById(mine->stages, ref.id) : nullptr;
        if (!stage)
            return false;
        const Journey *theirs = from.journey(ref.parent);
        const Stage *source = theirs ? findById(theirs->stages, ref.id) : nullptr;
        if (source && source->cells.contains(ref.secondary)) {
            stage->cells.insert(ref.secondary, source->cells.value(ref.secondary));
        } else {
            stage->cells.remove(ref.secondary);
            mVersions.remove(versionKey(ref));
        }
        return false;
    }
    case EntityKind::Renewal: {
        Journey *mine = findById(mMirror.journeys, ref.parent);
        if (!mine)
            return false;
        const Journey *theirs = from.journey(ref.parent);
        const int question = int(ref.id);
        if (theirs && theirs->renewal.contains(question)) {
            mine->renewal.insert(question, theirs->renewal.value(question));
        } else {
            mine->renewal.remove(question);
            mVersions.remove(versionKey(ref));
        }
        return false;
    }
    }
    return false;
}

void SharedStore::adoptOrder(const Workspace &from, EntityKind kind, Id parent)
{
    QList<Id> ids;
    withSiblings(from, kind, parent, [&ids](const auto &items) { ids = idsOf(items); });
    withSiblings(mMirror, kind, parent, [&ids](auto &items) { reorder(items, ids); });
}

bool SharedStore::refreshEntity(const EntityRef &ref, bool subtree, bool *structural,
                                QSqlError *error)
{
    // An entity this client does not have yet comes with everything it owns.
    if (!subtree && ref.kind != EntityKind::Cell && ref.kind != EntityKind::Renewal
        && ref.kind != EntityKind::Workspace && !present(mMirror, ref))
        subtree = true;
    Workspace scratch;
    StoreReader reader(mMain->db());
    reader.restrictTo(ref, subtree);
    if (!reader.read(scratch)) {
        *error = QSqlError(reader.error(), {}, QSqlError::StatementError);
        return false;
    }
    QHash<EntityRef, qint64> versions;
    if (!readVersions(&ref, subtree, &versions, error))
        return false;
    *structural = adopt(scratch, ref, subtree, false);
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        mVersions.insert(it.key(), it.value());
    return true;
}

bool SharedStore::refreshOrder(EntityKind kind, Id parent, bool *complete, QSqlError *error)
{
    *complete = true;
    const QString column = parentColumnOf(kind);
    QSqlQuery q(mMain->db());
    q.setForwardOnly(true);
    const QString sql = u"SELECT id FROM %1%2 ORDER BY position, id"_s.arg(
        tableOf(kind), column.isEmpty() ? QString() : u" WHERE %1 = %2"_s.arg(column).arg(parent));
    if (!q.exec(sql)) {
        *error = q.lastError();
        return false;
    }
    QList<Id> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    withSiblings(mMirror, kind, parent, [&ids, complete](auto &items) {
        if (!reorder(items, ids))
            *complete = false;
    });
    return true;
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
    if (isReadOnly())
        return {WriteResult::Refused, tr("Not saved: %1").arg(readOnlyReason())};
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
    auto abort = [this, &error, result]() {
        exec(u"ROLLBACK"_s);
        const QString state = error.nativeErrorCode();
        if (state == u"40P01" || state == u"40001")
            return Attempt::Retry; // deadlock with another client: try again
        QString message;
        if (failed(error, &message)) {
            *result = {
                WriteResult::Refused,
                tr("Not saved: the connection to the server was lost. %1").arg(readOnlyReason())};
            return Attempt::Done;
        }
        if (SqlDialect::isPermissionDenied(error)) {
            setReadOnlyState([this] { mCanEdit = false; });
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
            const Verdict verdict = threeWay(mMirror, *source, theirs, w.ref, &candidate);
            if (verdict.outcome == Verdict::Conflict) {
                exec(u"ROLLBACK"_s);
                const QString what = kindName(w.ref.kind);
                QString message = present(*source, w.ref)
                    ? tr("Not saved: someone else changed this %1 at the same time; their "
                         "version is shown.")
                          .arg(what)
                    : tr("Not deleted: someone else changed this %1 after you last saw it; "
                         "their version is shown.")
                          .arg(what);
                if (!present(theirs, w.ref) && present(*source, w.ref))
                    message = tr("Not saved: someone else deleted this %1.").arg(what);
                else if (!verdict.theirValue.isEmpty())
                    message
                        += u' ' + tr("They wrote \u201c%1\u201d.").arg(verdict.theirValue.left(80));
                catchUp(); // the mirror now has their version; the document shows it
                *result = {WriteResult::Refused, message};
                return Attempt::Done;
            }
            if (verdict.outcome == Verdict::AlreadyGone)
                continue; // deleted on both sides
            if (verdict.outcome == Verdict::Merged) {
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
    const bool pruneNow = !seqs.isEmpty()
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

void SharedStore::heartbeat()
{
    if (!mConnected)
        return;
    if (!mListener || !mListener->isOpen()) {
        lostConnection();
        return;
    }
    ++mTicks;
    QSqlQuery &q = query(u"SELECT COALESCE(max(seq), 0) FROM change_log"_s);
    if (!q.exec() || !q.next()) {
        const QSqlError error = q.lastError();
        failed(error, nullptr);
        return;
    }
    const qint64 last = q.value(0).toLongLong();
    q.finish();
    // Notifications can be missed (e.g. around a reconnection): the log cannot.
    if (last > mLastSeq && !mCatchUp.isActive())
        catchUp();
    if (mConnected && mTicks % 3 == 0)
        updatePresence();
}

void SharedStore::updatePresence()
{
    if (!mMain)
        return;
    const QString prefix = PgConnection::applicationPrefix(mLocation);
    QSqlQuery &q = query(u"SELECT DISTINCT substr(application_name, ?) FROM pg_stat_activity"
                         " WHERE datname = current_database() AND starts_with(application_name, ?)"
                         " AND pid <> ? AND pid <> ? ORDER BY 1"_s);
    q.addBindValue(prefix.size() + 1);
    q.addBindValue(prefix);
    q.addBindValue(mMainPid);
    q.addBindValue(mListenerPid);
    if (!q.exec()) {
        failed(q.lastError(), nullptr);
        return;
    }
    QStringList others;
    while (q.next())
        others.append(q.value(0).toString());
    q.finish();
    if (others != mOthers) {
        mOthers = others;
        emit presenceChanged(mOthers);
    }
}

void SharedStore::lostConnection()
{
    if (!mConnected)
        return;
    qCInfo(lcShared, "lost the connection to the server of %s", qPrintable(location()));
    setReadOnlyState([this] { mConnected = false; });
    mHeartbeat.stop();
    mCatchUp.stop();
    if (!mOthers.isEmpty()) {
        mOthers.clear();
        emit presenceChanged(mOthers);
    }
    emit connectionChanged(false);
    // The connections are closed by startProbe(): a caller may still hold one of them.
    mReconnectDelay = mFirstReconnectDelay;
    scheduleReconnect();
}

void SharedStore::closeConnections()
{
    mQueries.clear();
    mWriter.reset();
    mListener.reset();
    mMain.reset();
}

void SharedStore::scheduleReconnect()
{
    mReconnect.start(mReconnectDelay);
    emit reconnectStateChanged();
}

void SharedStore::startProbe()
{
    if (mConnected || mProbe->isRunning())
        return;
    mReconnect.stop();
    closeConnections();
    mProbe->start();
    emit reconnectStateChanged();
}

void SharedStore::probeFinished(bool reachable, const QString &error)
{
    if (mConnected)
        return;
    if (!reachable) {
        qCInfo(lcShared, "the server of %s does not answer: %s", qPrintable(location()),
               qPrintable(error));
    } else if (tryReconnect()) {
        return;
    }
    mReconnectDelay = std::min(mReconnectDelay * 2, mMaxReconnectDelay);
    scheduleReconnect();
}

bool SharedStore::tryReconnect()
{
    QString error;
    WorkspaceStore::Failure failure = WorkspaceStore::Failure::None;
    QString notice;
    int version = 0;
    mConnectTimeout = 2; // the server just answered the probe
    if (!connectAll(&error, &failure, &notice, &version)) {
        qCInfo(lcShared, "reconnecting to %s failed: %s", qPrintable(location()),
               qPrintable(error));
        closeConnections();
        return false;
    }
    qCInfo(lcShared, "reconnected to %s", qPrintable(location()));
    setReadOnlyState([this] { mConnected = true; });
    emit connectionChanged(true);
    startLiveUpdates();
    catchUp(); // whatever others did meanwhile
    return true;
}

} // namespace Parcours
