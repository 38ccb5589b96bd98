#pragma once

#include "document/changeevent.h"
#include "document/pendingwrite.h"
#include "domain/workspace.h"
#include "store/storebackend.h"

#include <QObject>
#include <QSet>
#include <QUndoStack>

#include <memory>
#include <variant>

namespace Parcours {

class SharedStore;
class RemoteSync;
struct WorkspaceLocation;
namespace Commands {
class WorkspaceCommand;
}

// The key to WorkspaceDocument's primitives (setField, insertEntity, …): only the undo
// commands and RemoteSync can make one, so edits.h is the only way to change data.
class DocumentKey
{
    friend class Commands::WorkspaceCommand;
    friend class RemoteSync;
    explicit DocumentKey() = default; // explicit: no aggregate `{}` around it
};

// A lane taken out of a journey keeps its cells, so that undo brings them back.
struct TakenLane
{
    Lane lane;
    QHash<Id, Cell> cellsByStep;
};

// An entity while it is outside the workspace (held by an undo command).
using EntityPayload = std::variant<Persona, UseCase, Journey, Stage, TakenLane, MetricPeriod,
                                   Opportunity, CommentThread, Comment>;

// One open workspace: its data, its undo stack and its store (a file, or a shared workspace on
// a PostgreSQL server). Every change goes through a command on the undo stack (see edits.h);
// each command's changes reach the store in one transaction when the command is done or
// undone, and views learn of them through aboutToChange()/changed(). Changes others make to
// a shared workspace arrive through applyRemote(), with the same change signals and no undo
// step.
class WorkspaceDocument final : public QObject
{
    Q_OBJECT

public:
    struct OpenResult
    {
        std::unique_ptr<WorkspaceDocument> document;
        StoreBackend::Failure failure = StoreBackend::Failure::None;
        QString error;
        QString notice;
    };

    // `location` is a file path or a postgresql:// URL (see WorkspaceLocation).
    static OpenResult open(const QString &location,
                           StoreBackend::Access access = StoreBackend::Access::ReadWrite);
    static OpenResult open(const WorkspaceLocation &location,
                           StoreBackend::Access access = StoreBackend::Access::ReadWrite);
    static OpenResult create(const QString &path, const Workspace &initial = {});
    // A document on a store opened already (a shared workspace opened in two steps, see
    // SharedStore::readSnapshot()).
    static std::unique_ptr<WorkspaceDocument> adopt(std::unique_ptr<StoreBackend> store,
                                                    Workspace workspace);
    ~WorkspaceDocument() override;

    const Workspace &workspace() const { return mWorkspace; }
    QUndoStack *undoStack() { return &mUndoStack; }
    // The file path, or the postgresql:// location of a shared workspace.
    QString filePath() const { return mStore->location(); }
    QString displayName() const;
    bool isReadOnly() const { return mStore->isReadOnly(); }
    QString readOnlyReason() const;
    bool isShared() const { return mStore->isShared(); }
    // The server connection of a shared workspace (connection state, who else has it open);
    // null for a file.
    SharedStore *sharedStore() const;
    // Untitled workspaces live in the application's data folder until saved elsewhere.
    bool isUntitled() const { return mUntitled; }
    void setUntitled(bool untitled);
    // False after a change could not be written; the message says why.
    bool isSaved() const { return mWriteError.isEmpty(); }
    QString writeError() const { return mWriteError; }

    // Writes a complete copy to `path` and continues working in it. A shared workspace is
    // copied as it is on screen, and the window then works on the local file. `progress`
    // (rows written, rows in all; false cancels) is called while a copy is written from
    // memory (a shared workspace, or after a failed write); a cancelled or failed Save As
    // leaves no file at `path` and changes nothing.
    bool saveAs(const QString &path, QString *error, const StoreBackend::Progress &progress = {});

    // Makes the data equal to `target` (another state of this workspace, e.g. the server's)
    // without writing anything or adding an undo step, emitting the same precise change
    // signals as edits. Shared workspaces call it when others changed something.
    void applyRemote(const Workspace &target);

    // For edits.h: true when the workspace can be changed now; otherwise emits editRefused()
    // with the reason (read-only, view-only access, connection lost) and returns false.
    bool acceptsEdits();

    // --- For commands and RemoteSync only: they hold the DocumentKey ---------------------
    // Changes made while a scope is alive reach the file in one transaction when the
    // outermost scope ends.
    class EditScope
    {
    public:
        EditScope(WorkspaceDocument &document, const DocumentKey &key);
        ~EditScope();
        EditScope(const EditScope &) = delete;
        EditScope &operator=(const EditScope &) = delete;

    private:
        WorkspaceDocument &mDocument;
    };

    bool setField(const DocumentKey &key, const EntityRef &ref, int field, const QVariant &value);
    void insertEntity(const DocumentKey &key, const EntityRef &ref, int index,
                      EntityPayload payload);
    EntityPayload takeEntity(const DocumentKey &key, const EntityRef &ref);
    void moveEntity(const DocumentKey &key, const EntityRef &ref, int toIndex);
    // Swaps Workspace::usage with `usage` (an events import and its undo): one write of the
    // usage tables, and a FieldChanged of the workspace's Field::WorkspaceUsage.
    void swapUsage(const DocumentKey &key, ObservedUsage &usage);
    // True once after the store refused the last transaction (the command is then dropped).
    bool takeRefusal(const DocumentKey &) { return std::exchange(mRefused, false); }
    void refuseEdit(const DocumentKey &, const QString &message) { emit editRefused(message); }

    // --- Queries for edits and commands ------------------------------------------------
    // Position of an entity among its siblings, or -1.
    int indexOf(const EntityRef &ref) const;
    int siblingCount(EntityKind kind, Id parent) const;
    // Shared workspaces: commands refuse to redo or undo over what others changed since.
    quint64 remoteEpoch() const { return mRemoteEpoch; }
    bool remotelyChangedSince(const EntityRef &ref, quint64 epoch, bool subtree) const;

signals:
    void aboutToChange(const Parcours::ChangeEvent &event); // before inserts, removals, moves
    void changed(const Parcours::ChangeEvent &event);
    void writeFailed(const QString &message);
    void savedStateChanged(bool saved);
    void filePathChanged(const QString &path);
    // A change was not made or not kept (shared workspaces: someone else changed the same
    // thing, view-only access, connection lost); the data shows what the server has.
    void editRefused(const QString &message);
    void readOnlyChanged(bool readOnly);

private:
    friend class RemoteSync;
    WorkspaceDocument(std::unique_ptr<StoreBackend> store, Workspace workspace);
    void attachStore();
    void stampRemote(const EntityRef &ref);
    void markWrite(PendingWrite::Scope scope, const EntityRef &ref);
    void flush();
    void emitStructural(ChangeEvent::Type type, const EntityRef &ref, int index, int toIndex = -1,
                        bool before = false);

    std::unique_ptr<StoreBackend> mStore;
    Workspace mWorkspace;
    QUndoStack mUndoStack;
    bool mUntitled = false;
    int mEditDepth = 0;
    QList<PendingWrite> mPending; // in the order the edits made them
    QSet<PendingWrite> mPendingSet; // the same, to keep a command of N inserts linear
    QString mWriteError;
    bool mApplyingRemote = false;
    bool mRefused = false;
    quint64 mRemoteEpoch = 0;
    QHash<EntityRef, quint64> mRemoteStamps; // entity's own fields, insertion or removal
    QHash<EntityRef, quint64> mRemoteSubtreeStamps; // the entity or anything it owns
};

} // namespace Parcours
