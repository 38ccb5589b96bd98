#pragma once

#include "changeevent.h"
#include "pendingwrite.h"
#include "workspace.h"
#include "workspacestore.h"

#include <QObject>
#include <QUndoStack>

#include <memory>
#include <variant>

namespace Parcours {

// A lane taken out of a journey keeps its cells, so that undo brings them back.
struct TakenLane
{
    Lane lane;
    QHash<Id, Cell> cellsByStage;
};

// An entity while it is outside the workspace (held by an undo command).
using EntityPayload = std::variant<Persona, UseCase, Journey, Stage, TakenLane, MetricPeriod>;

// One open workspace: its data, its undo stack and its file. Every change goes through a
// command on the undo stack (see edits.h); each command's changes reach the file in one
// transaction when the command is done or undone, and views learn of them through
// aboutToChange()/changed().
class WorkspaceDocument final : public QObject
{
    Q_OBJECT

public:
    struct OpenResult
    {
        std::unique_ptr<WorkspaceDocument> document;
        WorkspaceStore::Failure failure = WorkspaceStore::Failure::None;
        QString error;
        QString notice;
    };

    static OpenResult open(const QString &path,
                           WorkspaceStore::Access access = WorkspaceStore::Access::ReadWrite);
    static OpenResult create(const QString &path, const Workspace &initial = {});
    ~WorkspaceDocument() override;

    const Workspace &workspace() const { return mWorkspace; }
    QUndoStack *undoStack() { return &mUndoStack; }
    QString filePath() const { return mStore->path(); }
    QString displayName() const;
    bool isReadOnly() const { return mStore->isReadOnly(); }
    // Untitled workspaces live in the application's data folder until saved elsewhere.
    bool isUntitled() const { return mUntitled; }
    void setUntitled(bool untitled);
    // False after a change could not be written; the message says why.
    bool isSaved() const { return mWriteError.isEmpty(); }
    QString writeError() const { return mWriteError; }

    // Writes a complete copy to `path` and continues working in it.
    bool saveAs(const QString &path, QString *error);

    // --- For commands only (models/commands.cpp) ---------------------------------------
    // Changes made while a scope is alive reach the file in one transaction when the
    // outermost scope ends.
    class EditScope
    {
    public:
        explicit EditScope(WorkspaceDocument &document);
        ~EditScope();
        EditScope(const EditScope &) = delete;
        EditScope &operator=(const EditScope &) = delete;

    private:
        WorkspaceDocument &mDocument;
    };

    bool setField(const EntityRef &ref, int field, const QVariant &value);
    void insertEntity(const EntityRef &ref, int index, EntityPayload payload);
    EntityPayload takeEntity(const EntityRef &ref);
    void moveEntity(const EntityRef &ref, int toIndex);
    // Position of an entity among its siblings, or -1.
    int indexOf(const EntityRef &ref) const;
    int siblingCount(EntityKind kind, Id parent) const;

signals:
    void aboutToChange(const Parcours::ChangeEvent &event); // before inserts, removals, moves
    void changed(const Parcours::ChangeEvent &event);
    void writeFailed(const QString &message);
    void savedStateChanged(bool saved);
    void filePathChanged(const QString &path);

private:
    WorkspaceDocument(std::unique_ptr<WorkspaceStore> store, Workspace workspace);
    static OpenResult fromStore(WorkspaceStore::OpenResult opened);
    void markWrite(PendingWrite::Scope scope, const EntityRef &ref);
    void flush();
    void emitStructural(ChangeEvent::Type type, const EntityRef &ref, int index, int toIndex = -1,
                        bool before = false);

    std::unique_ptr<WorkspaceStore> mStore;
    Workspace mWorkspace;
    QUndoStack mUndoStack;
    bool mUntitled = false;
    int mEditDepth = 0;
    QList<PendingWrite> mPending;
    QString mWriteError;
};

} // namespace Parcours
