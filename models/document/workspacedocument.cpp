#include "document/workspacedocument.h"

#include "document/entityfields.h"
#include "document/remotesync.h"
#include "shared/sharedstore.h"
#include "store/workspacelocation.h"

#include <QFileInfo>

namespace Parcours {

namespace {

template<typename T>
T *byId(std::vector<T> &items, Id id)
{
    const int i = indexOfId(items, id);
    return i < 0 ? nullptr : &items[size_t(i)];
}

template<typename T>
void moveWithin(std::vector<T> &items, int from, int to)
{
    if (from < to)
        std::rotate(items.begin() + from, items.begin() + from + 1, items.begin() + to + 1);
    else
        std::rotate(items.begin() + to, items.begin() + from, items.begin() + from + 1);
}

} // namespace

WorkspaceDocument::WorkspaceDocument(std::unique_ptr<StoreBackend> store, Workspace workspace)
    : mStore(std::move(store))
    , mWorkspace(std::move(workspace))
{
    attachStore();
}

void WorkspaceDocument::attachStore()
{
    SharedStore *shared = sharedStore();
    if (!shared)
        return;
    connect(shared, &SharedStore::remoteChanged, this,
            [this, shared] { applyRemote(*shared->serverState()); });
    connect(shared, &SharedStore::readOnlyChanged, this, &WorkspaceDocument::readOnlyChanged);
}

SharedStore *WorkspaceDocument::sharedStore() const
{
    return mStore->isShared() ? static_cast<SharedStore *>(mStore.get()) : nullptr;
}

QString WorkspaceDocument::readOnlyReason() const
{
    const QString reason = mStore->readOnlyReason();
    return reason.isEmpty() ? tr("The workspace is read-only.") : reason;
}

bool WorkspaceDocument::acceptsEdits()
{
    if (!isReadOnly())
        return true;
    emit editRefused(tr("Not changed: %1").arg(readOnlyReason()));
    return false;
}

WorkspaceDocument::~WorkspaceDocument()
{
    mUndoStack.clear(); // commands may hold entities; release them before the data
}

WorkspaceDocument::OpenResult WorkspaceDocument::open(const QString &location,
                                                      WorkspaceStore::Access access)
{
    if (WorkspaceLocation::looksShared(location)) {
        QString error;
        const std::optional<WorkspaceLocation> parsed = WorkspaceLocation::parse(location, &error);
        if (!parsed) {
            OpenResult result;
            result.failure = WorkspaceStore::Failure::NotFound;
            result.error = error;
            return result;
        }
        return open(*parsed, access);
    }
    return open(WorkspaceLocation::file(location), access);
}

WorkspaceDocument::OpenResult WorkspaceDocument::open(const WorkspaceLocation &location,
                                                      WorkspaceStore::Access access)
{
    if (location.isShared()) {
        SharedStore::OpenResult opened = SharedStore::open(location, access);
        OpenResult result;
        result.failure = opened.failure;
        result.error = opened.error;
        result.notice = opened.notice;
        if (opened.store) {
            result.document.reset(
                new WorkspaceDocument(std::move(opened.store), std::move(opened.workspace)));
        }
        return result;
    }
    const QString &path = location.path;
    WorkspaceStore::OpenResult opened = WorkspaceStore::open(path, access);
    OpenResult result;
    result.failure = opened.failure;
    result.error = opened.error;
    result.notice = opened.notice;
    if (opened.store) {
        result.document.reset(
            new WorkspaceDocument(std::move(opened.store), std::move(opened.workspace)));
    }
    return result;
}

WorkspaceDocument::OpenResult WorkspaceDocument::create(const QString &path,
                                                        const Workspace &initial)
{
    WorkspaceStore::OpenResult opened = WorkspaceStore::create(path, initial);
    OpenResult result;
    result.failure = opened.failure;
    result.error = opened.error;
    if (opened.store) {
        result.document.reset(
            new WorkspaceDocument(std::move(opened.store), std::move(opened.workspace)));
    }
    return result;
}

QString WorkspaceDocument::displayName() const
{
    if (!mWorkspace.info.name.isEmpty())
        return mWorkspace.info.name;
    if (mUntitled)
        return tr("Untitled workspace");
    return QFileInfo(filePath()).completeBaseName();
}

void WorkspaceDocument::setUntitled(bool untitled)
{
    mUntitled = untitled;
}

bool WorkspaceDocument::saveAs(const QString &path, QString *error,
                               const WorkspaceStore::Progress &progress)
{
    // After a failed write the file lags behind memory: then the copy is written from memory,
    // as is a shared workspace's (what is on screen is a consistent state of the server).
    const bool wasShared = isShared();
    WorkspaceStore::OpenResult reopened;
    if (isSaved() && !wasShared) {
        if (!mStore->saveCopy(path, error))
            return false;
        reopened = WorkspaceStore::open(path);
    } else {
        // A copy: `progress` may process events, in which others' changes arrive.
        const Workspace snapshot = mWorkspace;
        reopened = WorkspaceStore::create(path, snapshot, progress);
    }
    if (!reopened.store) {
        *error = reopened.error;
        return false;
    }
    mStore = std::move(reopened.store);
    mUntitled = false;
    if (wasShared)
        emit readOnlyChanged(isReadOnly());
    if (!mWriteError.isEmpty()) {
        mWriteError.clear();
        emit savedStateChanged(true);
    }
    emit filePathChanged(path);
    return true;
}

WorkspaceDocument::EditScope::EditScope(WorkspaceDocument &document)
    : mDocument(document)
{
    ++mDocument.mEditDepth;
}

WorkspaceDocument::EditScope::~EditScope()
{
    if (--mDocument.mEditDepth == 0)
        mDocument.flush();
}

void WorkspaceDocument::markWrite(PendingWrite::Scope scope, const EntityRef &ref)
{
    if (mApplyingRemote)
        return; // already in the store
    const PendingWrite write {scope, ref};
    if (!mPendingSet.contains(write)) {
        mPendingSet.insert(write);
        mPending.append(write);
    }
    if (mEditDepth == 0)
        flush();
}

void WorkspaceDocument::flush()
{
    if (mPending.isEmpty())
        return;
    const QList<PendingWrite> writes = std::exchange(mPending, {});
    mPendingSet.clear();
    const bool wasSaved = isSaved();
    const WriteResult result = mStore->commit(mWorkspace, writes);
    if (result.status == WriteResult::Written)
        return;
    if (result.status == WriteResult::Refused) {
        // Nothing was written: show what the server has, and say why.
        mRefused = true;
        if (const Workspace *server = mStore->serverState())
            applyRemote(*server);
        emit editRefused(result.error);
        return;
    }
    mWriteError = result.error;
    emit writeFailed(mWriteError);
    if (wasSaved)
        emit savedStateChanged(false);
}

void WorkspaceDocument::applyRemote(const Workspace &target)
{
    Q_ASSERT(mEditDepth == 0);
    const bool wasApplying = std::exchange(mApplyingRemote, true);
    ++mRemoteEpoch;
    RemoteSync(*this).apply(target);
    mApplyingRemote = wasApplying;
}

void WorkspaceDocument::stampRemote(const EntityRef &ref)
{
    mRemoteStamps.insert(ref, mRemoteEpoch);
    mRemoteSubtreeStamps.insert(ref, mRemoteEpoch);
    switch (ref.kind) {
    case EntityKind::UseCase:
        mRemoteSubtreeStamps.insert(EntityRef::persona(ref.parent), mRemoteEpoch);
        break;
    case EntityKind::Stage:
    case EntityKind::Lane:
    case EntityKind::Renewal:
        mRemoteSubtreeStamps.insert(EntityRef::journey(ref.parent), mRemoteEpoch);
        break;
    case EntityKind::Cell:
        mRemoteSubtreeStamps.insert(EntityRef::journey(ref.parent), mRemoteEpoch);
        mRemoteSubtreeStamps.insert(EntityRef::stage(ref.parent, ref.id), mRemoteEpoch);
        mRemoteSubtreeStamps.insert(EntityRef::lane(ref.parent, ref.secondary), mRemoteEpoch);
        break;
    default: break;
    }
}

bool WorkspaceDocument::remotelyChangedSince(const EntityRef &ref, quint64 epoch,
                                             bool subtree) const
{
    const auto &stamps = subtree ? mRemoteSubtreeStamps : mRemoteStamps;
    if (stamps.value(ref, 0) > epoch)
        return true;
    if (ref.kind == EntityKind::Cell) { // a cell goes with its stage and its lane
        return mRemoteStamps.value(EntityRef::stage(ref.parent, ref.id), 0) > epoch
            || mRemoteStamps.value(EntityRef::lane(ref.parent, ref.secondary), 0) > epoch;
    }
    return false;
}

void WorkspaceDocument::emitStructural(ChangeEvent::Type type, const EntityRef &ref, int index,
                                       int toIndex, bool before)
{
    ChangeEvent event;
    event.type = type;
    event.entity = ref;
    event.index = index;
    event.toIndex = toIndex;
    if (before)
        emit aboutToChange(event);
    else
        emit changed(event);
}

bool WorkspaceDocument::setField(const EntityRef &ref, int field, const QVariant &value)
{
    if (!EntityFields::setValue(mWorkspace, ref, field, value))
        return false;
    markWrite(PendingWrite::Row, ref);
    ChangeEvent event;
    event.type = ChangeEvent::FieldChanged;
    event.entity = ref;
    event.field = field;
    emit changed(event);
    return true;
}

int WorkspaceDocument::siblingCount(EntityKind kind, Id parent) const
{
    switch (kind) {
    case EntityKind::Persona: return int(mWorkspace.personas.size());
    case EntityKind::Journey: return int(mWorkspace.journeys.size());
    case EntityKind::MetricPeriod: return int(mWorkspace.metrics.size());
    case EntityKind::UseCase:
        if (const Persona *p = mWorkspace.persona(parent))
            return int(p->useCases.size());
        return 0;
    case EntityKind::Stage:
        if (const Journey *j = mWorkspace.journey(parent))
            return int(j->stages.size());
        return 0;
    case EntityKind::Lane:
        if (const Journey *j = mWorkspace.journey(parent))
            return int(j->lanes.size());
        return 0;
    default: return 0;
    }
}

int WorkspaceDocument::indexOf(const EntityRef &ref) const
{
    switch (ref.kind) {
    case EntityKind::Persona: return indexOfId(mWorkspace.personas, ref.id);
    case EntityKind::Journey: return indexOfId(mWorkspace.journeys, ref.id);
    case EntityKind::MetricPeriod: return indexOfId(mWorkspace.metrics, ref.id);
    case EntityKind::UseCase:
        if (const Persona *p = mWorkspace.persona(ref.parent))
            return indexOfId(p->useCases, ref.id);
        return -1;
    case EntityKind::Stage:
        if (const Journey *j = mWorkspace.journey(ref.parent))
            return indexOfId(j->stages, ref.id);
        return -1;
    case EntityKind::Lane:
        if (const Journey *j = mWorkspace.journey(ref.parent))
            return indexOfId(j->lanes, ref.id);
        return -1;
    default: return -1;
    }
}

void WorkspaceDocument::insertEntity(const EntityRef &ref, int index, EntityPayload payload)
{
    const int count = siblingCount(ref.kind, ref.parent);
    Q_ASSERT(index >= 0 && index <= count);
    emitStructural(ChangeEvent::Inserted, ref, index, -1, true);
    auto insertInto = [index](auto &items, auto &&item) {
        items.insert(items.begin() + index, std::forward<decltype(item)>(item));
    };
    switch (ref.kind) {
    case EntityKind::Persona:
        insertInto(mWorkspace.personas, std::get<Persona>(std::move(payload)));
        break;
    case EntityKind::Journey:
        insertInto(mWorkspace.journeys, std::get<Journey>(std::move(payload)));
        break;
    case EntityKind::MetricPeriod:
        insertInto(mWorkspace.metrics, std::get<MetricPeriod>(std::move(payload)));
        break;
    case EntityKind::UseCase:
        insertInto(byId(mWorkspace.personas, ref.parent)->useCases,
                   std::get<UseCase>(std::move(payload)));
        break;
    case EntityKind::Stage:
        insertInto(byId(mWorkspace.journeys, ref.parent)->stages,
                   std::get<Stage>(std::move(payload)));
        break;
    case EntityKind::Lane: {
        Journey *journey = byId(mWorkspace.journeys, ref.parent);
        TakenLane taken = std::get<TakenLane>(std::move(payload));
        for (Stage &stage : journey->stages) {
            const auto cell = taken.cellsByStage.constFind(stage.id);
            if (cell != taken.cellsByStage.cend())
                stage.cells.insert(taken.lane.id, *cell);
        }
        insertInto(journey->lanes, std::move(taken.lane));
        break;
    }
    default: Q_UNREACHABLE();
    }
    markWrite(PendingWrite::Subtree, ref);
    if (index < count)
        markWrite(PendingWrite::Order, {ref.kind, 0, ref.parent, 0});
    emitStructural(ChangeEvent::Inserted, ref, index);
}

EntityPayload WorkspaceDocument::takeEntity(const EntityRef &ref)
{
    const int index = indexOf(ref);
    Q_ASSERT(index >= 0);
    emitStructural(ChangeEvent::Removed, ref, index, -1, true);
    auto takeFrom = [index](auto &items) {
        auto item = std::move(items[size_t(index)]);
        items.erase(items.begin() + index);
        return item;
    };
    EntityPayload payload;
    switch (ref.kind) {
    case EntityKind::Persona: payload = takeFrom(mWorkspace.personas); break;
    case EntityKind::Journey: payload = takeFrom(mWorkspace.journeys); break;
    case EntityKind::MetricPeriod: payload = takeFrom(mWorkspace.metrics); break;
    case EntityKind::UseCase:
        payload = takeFrom(byId(mWorkspace.personas, ref.parent)->useCases);
        break;
    case EntityKind::Stage:
        payload = takeFrom(byId(mWorkspace.journeys, ref.parent)->stages);
        break;
    case EntityKind::Lane: {
        Journey *journey = byId(mWorkspace.journeys, ref.parent);
        TakenLane taken;
        taken.lane = takeFrom(journey->lanes);
        for (Stage &stage : journey->stages) {
            if (auto cell = stage.cells.find(taken.lane.id); cell != stage.cells.end()) {
                taken.cellsByStage.insert(stage.id, *cell);
                stage.cells.erase(cell);
            }
        }
        payload = std::move(taken);
        break;
    }
    default: Q_UNREACHABLE();
    }
    markWrite(PendingWrite::Row, ref);
    if (index < siblingCount(ref.kind, ref.parent))
        markWrite(PendingWrite::Order, {ref.kind, 0, ref.parent, 0});
    emitStructural(ChangeEvent::Removed, ref, index);
    return payload;
}

void WorkspaceDocument::moveEntity(const EntityRef &ref, int toIndex)
{
    const int from = indexOf(ref);
    Q_ASSERT(from >= 0 && toIndex >= 0 && toIndex < siblingCount(ref.kind, ref.parent));
    if (from == toIndex)
        return;
    emitStructural(ChangeEvent::Moved, ref, from, toIndex, true);
    switch (ref.kind) {
    case EntityKind::Persona: moveWithin(mWorkspace.personas, from, toIndex); break;
    case EntityKind::Journey: moveWithin(mWorkspace.journeys, from, toIndex); break;
    case EntityKind::MetricPeriod: moveWithin(mWorkspace.metrics, from, toIndex); break;
    case EntityKind::UseCase:
        moveWithin(byId(mWorkspace.personas, ref.parent)->useCases, from, toIndex);
        break;
    case EntityKind::Stage:
        moveWithin(byId(mWorkspace.journeys, ref.parent)->stages, from, toIndex);
        break;
    case EntityKind::Lane:
        moveWithin(byId(mWorkspace.journeys, ref.parent)->lanes, from, toIndex);
        break;
    default: Q_UNREACHABLE();
    }
    markWrite(PendingWrite::Order, {ref.kind, 0, ref.parent, 0});
    emitStructural(ChangeEvent::Moved, ref, from, toIndex);
}

} // namespace Parcours
