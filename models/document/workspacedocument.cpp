#include "document/workspacedocument.h"

#include "document/entityfields.h"
#include "document/entitykinds.h"
#include "document/remotesync.h"
#include "shared/sharedstore.h"
#include "store/workspacelocation.h"
#include "store/workspacestore.h"
#include "store/writerlock.h"

#include <QFileInfo>

#include <type_traits>

namespace Parcours {

namespace {

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
                                                      StoreBackend::Access access)
{
    if (WorkspaceLocation::looksShared(location)) {
        QString error;
        const std::optional<WorkspaceLocation> parsed = WorkspaceLocation::parse(location, &error);
        if (!parsed) {
            OpenResult result;
            result.failure = StoreBackend::Failure::NotFound;
            result.error = error;
            return result;
        }
        return open(*parsed, access);
    }
    return open(WorkspaceLocation::file(location), access);
}

WorkspaceDocument::OpenResult WorkspaceDocument::open(const WorkspaceLocation &location,
                                                      StoreBackend::Access access)
{
    // Either store's result as the document's: its failure, error and notice, and the
    // document when the store opened.
    const auto documentOf = [](auto opened) {
        OpenResult result;
        result.failure = opened.failure;
        result.error = opened.error;
        result.notice = opened.notice;
        if (opened.store) {
            // NOLINTNEXTLINE(modernize-make-unique): the constructor is private
            result.document.reset(
                new WorkspaceDocument(std::move(opened.store), std::move(opened.workspace)));
        }
        return result;
    };
    if (location.isShared())
        return documentOf(SharedStore::open(location, access));
    return documentOf(WorkspaceStore::open(location.path, access));
}

std::unique_ptr<WorkspaceDocument> WorkspaceDocument::adopt(std::unique_ptr<StoreBackend> store,
                                                            Workspace workspace)
{
    return std::unique_ptr<WorkspaceDocument>(
        new WorkspaceDocument(std::move(store), std::move(workspace)));
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
                               const StoreBackend::Progress &progress)
{
    // After a failed write the file lags behind memory: then the copy is written from memory,
    // as is a shared workspace's (what is on screen is a consistent state of the server).
    const bool wasShared = isShared();
    auto *fileStore = wasShared ? nullptr : static_cast<WorkspaceStore *>(mStore.get());
    if (fileStore && isSaved() && !isReadOnly() && WriterLock::sameFile(path, filePath())) {
        // Its own file, which holds every edit already: nothing to write.
        mUntitled = false;
        emit filePathChanged(path);
        return true;
    }
    WorkspaceStore::OpenResult reopened;
    if (fileStore && isSaved()) {
        reopened = fileStore->openCopyAt(path);
    } else {
        // A copy: `progress` may process events, in which others' changes arrive. Over its own
        // file (after a failed write), the store hands its writer lock over.
        const Workspace snapshot = mWorkspace;
        reopened = WorkspaceStore::create(path, snapshot, progress, fileStore);
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

WorkspaceDocument::EditScope::EditScope(WorkspaceDocument &document, const DocumentKey &)
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
    // Its owner's subtree changed too (a cell also belongs to its stage and its lane).
    if (const EntityKind owner = traitsOf(ref.kind).parent; owner != EntityKind::Workspace)
        mRemoteSubtreeStamps.insert({owner, ref.parent, 0, 0}, mRemoteEpoch);
    if (ref.kind == EntityKind::Cell) {
        mRemoteSubtreeStamps.insert(EntityRef::stage(ref.parent, ref.id), mRemoteEpoch);
        mRemoteSubtreeStamps.insert(EntityRef::lane(ref.parent, ref.secondary), mRemoteEpoch);
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

void WorkspaceDocument::swapUsage(const DocumentKey &, ObservedUsage &usage)
{
    std::swap(mWorkspace.usage, usage);
    markWrite(PendingWrite::Usage, EntityRef::workspace());
    ChangeEvent event;
    event.type = ChangeEvent::FieldChanged;
    event.entity = EntityRef::workspace();
    event.field = Field::WorkspaceUsage;
    emit changed(event);
}

bool WorkspaceDocument::setField(const DocumentKey &, const EntityRef &ref, int field,
                                 const QVariant &value)
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
    int count = 0;
    withSiblings(mWorkspace, kind, parent,
                 [&count](const auto &items) { count = int(items.size()); });
    return count;
}

int WorkspaceDocument::indexOf(const EntityRef &ref) const
{
    int index = -1;
    withSiblings(mWorkspace, ref.kind, ref.parent,
                 [&index, &ref](const auto &items) { index = indexOfId(items, ref.id); });
    return index;
}

void WorkspaceDocument::insertEntity(const DocumentKey &, const EntityRef &ref, int index,
                                     EntityPayload payload)
{
    const int count = siblingCount(ref.kind, ref.parent);
    Q_ASSERT(index >= 0 && index <= count);
    emitStructural(ChangeEvent::Inserted, ref, index, -1, true);
    const bool inserted = withSiblings(mWorkspace, ref.kind, ref.parent, [&](auto &items) {
        using Item = typename std::decay_t<decltype(items)>::value_type;
        if constexpr (std::is_same_v<Item, Lane>) {
            // A lane comes back with its cells.
            TakenLane taken = std::get<TakenLane>(std::move(payload));
            for (Stage &stage : findById(mWorkspace.journeys, ref.parent)->stages) {
                for (Step &step : stage.steps) {
                    const auto cell = taken.cellsByStep.constFind(step.id);
                    if (cell != taken.cellsByStep.cend())
                        step.cells.insert(taken.lane.id, *cell);
                }
            }
            items.insert(items.begin() + index, std::move(taken.lane));
        } else {
            items.insert(items.begin() + index, std::get<Item>(std::move(payload)));
        }
    });
    Q_ASSERT(inserted);
    Q_UNUSED(inserted);
    markWrite(PendingWrite::Subtree, ref);
    if (index < count)
        markWrite(PendingWrite::Order, {ref.kind, 0, ref.parent, 0});
    emitStructural(ChangeEvent::Inserted, ref, index);
}

EntityPayload WorkspaceDocument::takeEntity(const DocumentKey &, const EntityRef &ref)
{
    const int index = indexOf(ref);
    Q_ASSERT(index >= 0);
    emitStructural(ChangeEvent::Removed, ref, index, -1, true);
    EntityPayload payload;
    withSiblings(mWorkspace, ref.kind, ref.parent, [&](auto &items) {
        auto item = std::move(items[size_t(index)]);
        items.erase(items.begin() + index);
        if constexpr (std::is_same_v<decltype(item), Lane>) {
            // A lane leaves with its cells, so that undo brings them back.
            TakenLane taken;
            taken.lane = std::move(item);
            for (Stage &stage : findById(mWorkspace.journeys, ref.parent)->stages) {
                for (Step &step : stage.steps) {
                    if (auto cell = step.cells.find(taken.lane.id); cell != step.cells.end()) {
                        taken.cellsByStep.insert(step.id, *cell);
                        step.cells.erase(cell);
                    }
                }
            }
            payload = std::move(taken);
        } else {
            payload = std::move(item);
        }
    });
    markWrite(PendingWrite::Row, ref);
    if (index < siblingCount(ref.kind, ref.parent))
        markWrite(PendingWrite::Order, {ref.kind, 0, ref.parent, 0});
    emitStructural(ChangeEvent::Removed, ref, index);
    return payload;
}

void WorkspaceDocument::moveEntity(const DocumentKey &, const EntityRef &ref, int toIndex)
{
    const int from = indexOf(ref);
    Q_ASSERT(from >= 0 && toIndex >= 0 && toIndex < siblingCount(ref.kind, ref.parent));
    if (from == toIndex)
        return;
    emitStructural(ChangeEvent::Moved, ref, from, toIndex, true);
    withSiblings(mWorkspace, ref.kind, ref.parent,
                 [from, toIndex](auto &items) { moveWithin(items, from, toIndex); });
    markWrite(PendingWrite::Order, {ref.kind, 0, ref.parent, 0});
    emitStructural(ChangeEvent::Moved, ref, from, toIndex);
}

} // namespace Parcours
