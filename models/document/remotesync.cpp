#include "document/remotesync.h"

#include "document/entityfields.h"
#include "document/entitykinds.h"
#include "document/workspacedocument.h"

#include <QLoggingCategory>

#include <functional>

namespace Parcours {

namespace {

Q_LOGGING_CATEGORY(lcSync, "parcours.sync")

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (!a.isValid() || !b.isValid())
        return a.isValid() == b.isValid();
    return a == b;
}

// Makes the list `current()` (re-read after each change: it may move in memory) hold the
// items of `target` in the same order: removes, updates the items that differ (`update`),
// inserts (`payload`), then moves. Linear in the length of the lists, plus the changes.
template<typename T>
void syncList(WorkspaceDocument &doc, const DocumentKey &key, const std::vector<T> &target,
              const std::function<const std::vector<T> *()> &current,
              const std::function<EntityRef(Id)> &refOf,
              const std::function<void(const EntityRef &)> &beforeRemove,
              const std::function<void(const T &)> &update,
              const std::function<EntityPayload(const T &)> &payload,
              const std::function<void(const EntityRef &)> &stamp)
{
    QHash<Id, size_t> wanted;
    wanted.reserve(qsizetype(target.size()));
    for (size_t i = 0; i < target.size(); ++i)
        wanted.insert(target[i].id, i);
    std::vector<Id> gone;
    for (const T &item : *current()) {
        if (!wanted.contains(item.id))
            gone.push_back(item.id);
    }
    for (Id id : gone) {
        beforeRemove(refOf(id));
        doc.takeEntity(key, refOf(id));
    }
    QHash<Id, size_t> mine;
    auto indexMine = [&mine, &current] {
        mine.clear();
        const std::vector<T> &items = *current();
        mine.reserve(qsizetype(items.size()));
        for (size_t i = 0; i < items.size(); ++i)
            mine.insert(items[i].id, i);
    };
    indexMine();
    for (size_t i = 0; i < target.size(); ++i) {
        const T &item = target[i];
        const auto found = mine.constFind(item.id);
        if (found != mine.cend()) {
            if (!((*current())[*found] == item))
                update(item);
            continue;
        }
        const EntityRef ref = refOf(item.id);
        doc.insertEntity(key, ref, std::min(int(i), int(current()->size())), payload(item));
        stamp(ref);
        indexMine();
    }
    for (size_t i = 0; i < target.size(); ++i) {
        if ((*current())[i].id != target[i].id) {
            doc.moveEntity(key, refOf(target[i].id), int(i));
            stamp(refOf(target[i].id));
        }
    }
}

} // namespace

DocumentKey RemoteSync::key()
{
    return DocumentKey();
}

void RemoteSync::stampRemoval(const EntityRef &ref)
{
    const Workspace &w = mDoc.workspace();
    mDoc.stampRemote(ref);
    if (ref.kind == EntityKind::Persona) {
        if (const Persona *p = w.persona(ref.id)) {
            for (const UseCase &u : p->useCases)
                mDoc.stampRemote(EntityRef::useCase(p->id, u.id));
        }
    } else if (ref.kind == EntityKind::Journey) {
        if (const Journey *j = w.journey(ref.id)) {
            for (const Stage &s : j->stages)
                mDoc.stampRemote(EntityRef::stage(j->id, s.id));
            for (const Lane &l : j->lanes)
                mDoc.stampRemote(EntityRef::lane(j->id, l.id));
            for (int q = 0; q < renewalQuestionCount; ++q)
                mDoc.stampRemote(EntityRef::renewal(j->id, q));
        }
    }
}

void RemoteSync::syncFields(const EntityRef &ref, const Workspace &target)
{
    const int count = EntityFields::fieldCount(ref.kind);
    for (int field = 0; field < count; ++field) {
        const QVariant wanted = EntityFields::value(target, ref, field);
        if (sameValue(EntityFields::value(mDoc.workspace(), ref, field), wanted))
            continue;
        mDoc.setField(key(), ref, field, wanted);
        mDoc.stampRemote(ref);
    }
}

void RemoteSync::apply(const Workspace &target)
{
    auto stamp = [this](const EntityRef &ref) {
        mDoc.stampRemote(ref);
    };
    auto stampRemoved = [this](const EntityRef &ref) {
        stampRemoval(ref);
    };
    syncFields(EntityRef::workspace(), target);

    syncList<Persona>(
        mDoc, key(), target.personas, [this] { return &mDoc.workspace().personas; },
        [](Id id) { return EntityRef::persona(id); }, stampRemoved,
        [this, &target](const Persona &p) {
            syncFields(EntityRef::persona(p.id), target);
            syncUseCases(p, target);
        },
        [](const Persona &p) { return EntityPayload(p); }, stamp);

    syncList<Journey>(
        mDoc, key(), target.journeys, [this] { return &mDoc.workspace().journeys; },
        [](Id id) { return EntityRef::journey(id); }, stampRemoved,
        [this, &target](const Journey &j) { syncJourney(j, target); },
        [](const Journey &j) { return EntityPayload(j); }, stamp);

    syncList<MetricPeriod>(
        mDoc, key(), target.metrics, [this] { return &mDoc.workspace().metrics; },
        [](Id id) { return EntityRef::metricPeriod(id); }, stampRemoved,
        [this, &target](const MetricPeriod &m) {
            syncFields(EntityRef::metricPeriod(m.id), target);
        },
        [](const MetricPeriod &m) { return EntityPayload(m); }, stamp);

    syncList<Opportunity>(
        mDoc, key(), target.opportunities, [this] { return &mDoc.workspace().opportunities; },
        [](Id id) { return EntityRef::opportunity(id); }, stampRemoved,
        [this, &target](const Opportunity &o) { syncFields(EntityRef::opportunity(o.id), target); },
        [](const Opportunity &o) { return EntityPayload(o); }, stamp);

    // Comment threads (issue 23), each with its comments.
    syncList<CommentThread>(
        mDoc, key(), target.comments, [this] { return &mDoc.workspace().comments; },
        [](Id id) { return EntityRef::commentThread(id); }, stampRemoved,
        [this, &target, &stamp, &stampRemoved](const CommentThread &t) {
            const Id threadId = t.id;
            syncFields(EntityRef::commentThread(threadId), target);
            syncList<Comment>(
                mDoc, key(), t.comments,
                [this, threadId] { return &mDoc.workspace().commentThread(threadId)->comments; },
                [threadId](Id id) { return EntityRef::comment(threadId, id); }, stampRemoved,
                [this, threadId, &target](const Comment &c) {
                    syncFields(EntityRef::comment(threadId, c.id), target);
                },
                [](const Comment &c) { return EntityPayload(c); }, stamp);
        },
        [](const CommentThread &t) { return EntityPayload(t); }, stamp);

    if (mDoc.workspace() != target) {
        // A field EntityFields does not cover (fieldCount out of step): take everything.
        qCWarning(lcSync, "remote state differs after field sync; reloading the workspace");
        mDoc.mWorkspace = target;
        ChangeEvent reset;
        reset.type = ChangeEvent::Reset;
        emit mDoc.changed(reset);
    }
}

void RemoteSync::syncUseCases(const Persona &target, const Workspace &targetWorkspace)
{
    const Id personaId = target.id;
    syncList<UseCase>(
        mDoc, key(), target.useCases,
        [this, personaId] { return &mDoc.workspace().persona(personaId)->useCases; },
        [personaId](Id id) { return EntityRef::useCase(personaId, id); },
        [this](const EntityRef &ref) { stampRemoval(ref); },
        [this, personaId, &targetWorkspace](const UseCase &u) {
            syncFields(EntityRef::useCase(personaId, u.id), targetWorkspace);
        },
        [](const UseCase &u) { return EntityPayload(u); },
        [this](const EntityRef &ref) { mDoc.stampRemote(ref); });
}

void RemoteSync::syncJourney(const Journey &target, const Workspace &targetWorkspace)
{
    const Id journeyId = target.id;
    syncFields(EntityRef::journey(journeyId), targetWorkspace);
    auto journey = [this, journeyId] {
        return mDoc.workspace().journey(journeyId);
    };
    auto stamp = [this](const EntityRef &ref) {
        mDoc.stampRemote(ref);
    };
    auto stampRemoved = [this](const EntityRef &ref) {
        stampRemoval(ref);
    };

    // Lanes first: a new lane brings its cells into the stages there already are.
    syncList<Lane>(
        mDoc, key(), target.lanes, [journey] { return &journey()->lanes; },
        [journeyId](Id id) { return EntityRef::lane(journeyId, id); }, stampRemoved,
        [this, journeyId, &targetWorkspace](const Lane &l) {
            syncFields(EntityRef::lane(journeyId, l.id), targetWorkspace);
        },
        [&target](const Lane &l) {
            TakenLane taken {l, {}};
            for (const Stage &s : target.stages) {
                for (const Step &step : s.steps) {
                    const auto cell = step.cells.constFind(l.id);
                    if (cell != step.cells.cend())
                        taken.cellsByStep.insert(step.id, *cell);
                }
            }
            return EntityPayload(taken);
        },
        stamp);

    syncList<Stage>(
        mDoc, key(), target.stages, [journey] { return &journey()->stages; },
        [journeyId](Id id) { return EntityRef::stage(journeyId, id); }, stampRemoved,
        [this, journeyId, &targetWorkspace, journey](const Stage &s) {
            syncFields(EntityRef::stage(journeyId, s.id), targetWorkspace);
            for (const Step &step : s.steps) {
                const Step *mine = findStep(*journey(), step.id);
                if (!mine)
                    continue;
                QList<Id> lanes = step.cells.keys();
                for (auto it = mine->cells.cbegin(); it != mine->cells.cend(); ++it) {
                    if (!lanes.contains(it.key()))
                        lanes.append(it.key());
                }
                for (Id lane : std::as_const(lanes))
                    syncFields(EntityRef::cell(journeyId, step.id, lane), targetWorkspace);
            }
        },
        [](const Stage &s) { return EntityPayload(s); }, stamp);

    for (int question = 0; question < renewalQuestionCount; ++question)
        syncFields(EntityRef::renewal(journeyId, question), targetWorkspace);
}

} // namespace Parcours
