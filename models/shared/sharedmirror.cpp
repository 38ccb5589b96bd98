#include "shared/sharedstore.h"

#include "document/entitykinds.h"
#include "shared/pgconnection.h"
#include "shared/sharedrows.h"
#include "shared/threewaymerge.h"
#include "store/storereader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

// SharedStore's mirror of the server's workspace: reading it whole, re-reading one entity or
// one list's order, and copying entities into it.

using namespace Qt::StringLiterals;

namespace Parcours {

using namespace SharedRows;

namespace {

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

} // namespace

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
        // A schema 4 workspace read without upgrading it has no opportunities yet, one before
        // schema 11 no comments.
        if ((kind == EntityKind::Opportunity || kind == EntityKind::CommentThread
             || kind == EntityKind::Comment)
            && mMain->db().record(table).isEmpty())
            continue;
        QString columns = u"id"_s;
        if (kind == EntityKind::Workspace)
            columns = u"0"_s;
        else if (kind == EntityKind::Cell) // stage_id: schema 6 and older, read without upgrading
            columns = mMain->db().record(table).contains(u"step_id"_s) ? u"step_id, lane_id"_s
                                                                       : u"stage_id, lane_id"_s;
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
    // Reading everything may take the server longer than a window's short limit; the rows
    // stream, so the watchdog still cuts a stalled connection after a second of silence.
    if (!exec(u"SET LOCAL statement_timeout = %1"_s.arg(
                  PgConnection::replyTimeout(PgConnection::Pace::Batch).count()),
              &sqlError))
        return abort(PgConnection::message(sqlError));
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
    } else if (ref.kind == EntityKind::CommentThread) {
        if (const CommentThread *t = mMirror.commentThread(ref.id)) {
            for (const Comment &c : t->comments)
                mVersions.remove({EntityKind::Comment, c.id, 0, 0});
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
    case EntityKind::Opportunity:
        gone(!from.opportunity(ref.id));
        return adoptInList(mMirror.opportunities, &from.opportunities, ref.id, subtree, fromIsWhole,
                           keepNothing);
    case EntityKind::CommentThread:
        gone(!from.commentThread(ref.id));
        return adoptInList(
            mMirror.comments, &from.comments, ref.id, subtree, fromIsWhole,
            [](CommentThread &copy, CommentThread &old) { copy.comments = old.comments; });
    case EntityKind::Comment: {
        CommentThread *mine = findById(mMirror.comments, ref.parent);
        if (!mine)
            return false;
        const CommentThread *theirs = from.commentThread(ref.parent);
        gone(!theirs || !findById(theirs->comments, ref.id));
        return adoptInList(mine->comments, theirs ? &theirs->comments : nullptr, ref.id, subtree,
                           fromIsWhole, keepNothing);
    }
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
                           fromIsWhole, [](Stage &copy, Stage &old) { copy.steps = old.steps; });
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
                for (Step &step : s.steps) {
                    step.cells.remove(ref.id);
                    const Step *source = theirs ? findStep(*theirs, step.id) : nullptr;
                    if (!isGone && source && source->cells.contains(ref.id))
                        step.cells.insert(ref.id, source->cells.value(ref.id));
                }
            }
        }
        return structural;
    }
    case EntityKind::Cell: {
        Journey *mine = findById(mMirror.journeys, ref.parent);
        Step *stage = mine ? findStep(*mine, ref.id) : nullptr;
        if (!stage)
            return false;
        const Journey *theirs = from.journey(ref.parent);
        const Step *source = theirs ? findStep(*theirs, ref.id) : nullptr;
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
        && ref.kind != EntityKind::Workspace && !isPresentIn(mMirror, ref))
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

} // namespace Parcours
