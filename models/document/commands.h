#pragma once

#include "document/workspacedocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

// The undo commands behind edits.h. Ownership: an entity belongs either to the document or,
// while removed, to exactly one command (mPayload), which gives it back on undo/redo.
namespace Parcours::Commands {

// Base: everything a command does, including its children, reaches the file in one
// transaction.
//
// Shared workspaces: a command whose transaction the server refuses (someone else changed
// the same thing, connection lost), or whose redo/undo would overwrite what someone else
// changed since or act on what they removed, is refused: nothing changes, the document says
// why (editRefused) and the command leaves the undo stack (it is made obsolete).
class WorkspaceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::Commands::WorkspaceCommand)

public:
    WorkspaceCommand(WorkspaceDocument &document, const QString &text,
                     QUndoCommand *parent = nullptr);
    void redo() final;
    void undo() final;

protected:
    virtual void apply() { }
    virtual void revert() { }
    // Why redoing (`undoing` false) or undoing it now would overwrite a change someone else
    // made after it, or act on something they removed; empty when it can go ahead.
    virtual QString conflict(bool undoing) const;
    bool changedByOthers(const EntityRef &ref, bool subtree) const;
    QString parentMissing(const EntityRef &ref) const;
    // Opens WorkspaceDocument's primitives (setField, insertEntity, …) to commands.
    static DocumentKey key() { return DocumentKey(); }
    WorkspaceDocument &mDocument;
    // Set by commands that change only a comment thread or a comment: those a viewer with the
    // comment grant may run on a shared workspace (issue 23).
    bool mCommentOnly = false;

private:
    void run(bool undoing);
    QString conflictInTree(bool undoing) const;
    bool commentOnlyTree() const;
    bool mTopLevel;
    quint64 mEpoch;
};

// Changes one value; undo swaps it back. Consecutive mergeable edits of the same field
// (dragging an emotion point) become one undo step.
class SetField final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::Commands::SetField)

public:
    SetField(WorkspaceDocument &document, const QString &text, const EntityRef &ref, int field,
             QVariant oldValue, QVariant newValue, bool mergeable, QUndoCommand *parent = nullptr);
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    // Ends a drag: the next edit of the same field becomes a step of its own.
    void closeMerging() { mMergeable = false; }

private:
    void apply() override;
    void revert() override;
    QString conflict(bool undoing) const override;

    EntityRef mRef;
    int mField;
    QVariant mOld;
    QVariant mNew;
    bool mMergeable;
};

// Inserts an entity on redo and takes it back on undo; Remove is the mirror image.
class InsertEntity final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::Commands::InsertEntity)

public:
    InsertEntity(WorkspaceDocument &document, const QString &text, const EntityRef &ref, int index,
                 EntityPayload payload, QUndoCommand *parent = nullptr);

private:
    void apply() override;
    void revert() override;
    QString conflict(bool undoing) const override;

    EntityRef mRef;
    int mIndex;
    std::optional<EntityPayload> mPayload;
};

class RemoveEntity final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::Commands::RemoveEntity)

public:
    RemoveEntity(WorkspaceDocument &document, const QString &text, const EntityRef &ref,
                 QUndoCommand *parent = nullptr);

private:
    void apply() override;
    void revert() override;
    QString conflict(bool undoing) const override;

    EntityRef mRef;
    int mIndex = -1;
    std::optional<EntityPayload> mPayload;
};

class MoveEntity final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::Commands::MoveEntity)

public:
    MoveEntity(WorkspaceDocument &document, const QString &text, const EntityRef &ref, int from,
               int to, QUndoCommand *parent = nullptr);

private:
    void apply() override;
    void revert() override;
    QString conflict(bool undoing) const override;

    EntityRef mRef;
    int mFrom;
    int mTo;
};

// Swaps the whole observed usage with the one it holds: redo puts the new one in, undo the
// old one back (an events import, a version restored). The counts are kept once per state,
// in the document or in this command.
class SwapUsage final : public WorkspaceCommand
{
public:
    SwapUsage(WorkspaceDocument &document, const QString &text, ObservedUsage usage,
              QUndoCommand *parent = nullptr)
        : WorkspaceCommand(document, text, parent)
        , mUsage(std::move(usage))
    { }

private:
    void apply() override { mDocument.swapUsage(key(), mUsage); }
    void revert() override { mDocument.swapUsage(key(), mUsage); }

    ObservedUsage mUsage;
};

} // namespace Parcours::Commands
