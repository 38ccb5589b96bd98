#include "document/commands.h"

#include "document/editscomments.h"
#include "document/entityfields.h"
#include "document/entitykinds.h"

namespace Parcours::Commands {

namespace {
constexpr int setFieldCommandId = 0x5046; // "PF"

bool isCommentKind(EntityKind kind)
{
    return kind == EntityKind::CommentThread || kind == EntityKind::Comment;
}

// Siblings an entity goes back among may have changed (shared workspaces).
int clampedIndex(const WorkspaceDocument &doc, const EntityRef &ref, int index, int extra)
{
    return std::min(index, doc.siblingCount(ref.kind, ref.parent) - 1 + extra);
}

} // namespace

WorkspaceCommand::WorkspaceCommand(WorkspaceDocument &document, const QString &text,
                                   QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , mDocument(document)
    , mTopLevel(parent == nullptr)
    , mEpoch(document.remoteEpoch())
{ }

void WorkspaceCommand::redo()
{
    run(false);
}

void WorkspaceCommand::undo()
{
    run(true);
}

void WorkspaceCommand::run(bool undoing)
{
    if (mTopLevel && mDocument.isShared()) {
        const bool locked
            = mDocument.isReadOnly() && !(commentOnlyTree() && Edit::canComment(mDocument));
        const QString why = locked ? mDocument.readOnlyReason() : conflictInTree(undoing);
        if (!why.isEmpty()) {
            setObsolete(true); // QUndoStack drops it; nothing was changed
            mDocument.refuseEdit(key(),
                                 (undoing ? tr("Cannot undo \u201c%1\u201d: %2")
                                          : tr("Cannot redo \u201c%1\u201d: %2"))
                                     .arg(text(), why));
            return;
        }
    }
    {
        WorkspaceDocument::EditScope scope(mDocument, key());
        if (undoing) {
            revert();
            QUndoCommand::undo(); // children in reverse order
        } else {
            QUndoCommand::redo(); // children first, in order
            apply();
        }
    }
    mEpoch = mDocument.remoteEpoch();
    if (mTopLevel && mDocument.takeRefusal(key()))
        setObsolete(true); // the server refused it; the document shows the server's data
}

QString WorkspaceCommand::conflictInTree(bool undoing) const
{
    QString own = conflict(undoing);
    if (!own.isEmpty())
        return own;
    for (int i = 0; i < childCount(); ++i) {
        if (const auto *c = dynamic_cast<const WorkspaceCommand *>(child(i))) {
            QString why = c->conflictInTree(undoing);
            if (!why.isEmpty())
                return why;
        }
    }
    return {};
}

bool WorkspaceCommand::commentOnlyTree() const
{
    if (!mCommentOnly)
        return false;
    for (int i = 0; i < childCount(); ++i) {
        const auto *c = dynamic_cast<const WorkspaceCommand *>(child(i));
        if (!c || !c->commentOnlyTree())
            return false;
    }
    return true;
}

QString WorkspaceCommand::conflict(bool) const
{
    return {};
}

bool WorkspaceCommand::changedByOthers(const EntityRef &ref, bool subtree) const
{
    return mDocument.remotelyChangedSince(ref, mEpoch, subtree);
}

QString WorkspaceCommand::parentMissing(const EntityRef &ref) const
{
    const EntityKind owner = traitsOf(ref.kind).parent;
    if (owner == EntityKind::Workspace
        || EntityFields::exists(mDocument.workspace(), {owner, ref.parent, 0, 0}))
        return {};
    if (owner == EntityKind::CommentThread)
        return tr("its comment thread was deleted by someone else");
    return owner == EntityKind::Persona ? tr("its persona was deleted by someone else")
                                        : tr("its journey was deleted by someone else");
}

SetField::SetField(WorkspaceDocument &document, const QString &text, const EntityRef &ref,
                   int field, QVariant oldValue, QVariant newValue, bool mergeable,
                   QUndoCommand *parent)
    : WorkspaceCommand(document, text, parent)
    , mRef(ref)
    , mField(field)
    , mOld(std::move(oldValue))
    , mNew(std::move(newValue))
    , mMergeable(mergeable)
{
    mCommentOnly = isCommentKind(ref.kind);
}

int SetField::id() const
{
    return mMergeable ? setFieldCommandId : -1;
}

bool SetField::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetField *>(other);
    if (other->isObsolete() || isObsolete() || !mMergeable || !next->mMergeable
        || next->mRef != mRef || next->mField != mField)
        return false;
    mNew = next->mNew;
    setObsolete(mOld == mNew);
    return true;
}

void SetField::apply()
{
    mDocument.setField(key(), mRef, mField, mNew);
}

void SetField::revert()
{
    mDocument.setField(key(), mRef, mField, mOld);
}

QString SetField::conflict(bool undoing) const
{
    if (!changedByOthers(mRef, false))
        return {};
    const Workspace &w = mDocument.workspace();
    if (!EntityFields::exists(w, mRef))
        return tr("someone else deleted what it changed");
    const QVariant current = EntityFields::value(w, mRef, mField);
    const QVariant expected = undoing ? mNew : mOld;
    if (current.isValid() == expected.isValid() && (!current.isValid() || current == expected))
        return {}; // others changed something else
    return tr("someone else changed this value after you");
}

InsertEntity::InsertEntity(WorkspaceDocument &document, const QString &text, const EntityRef &ref,
                           int index, EntityPayload payload, QUndoCommand *parent)
    : WorkspaceCommand(document, text, parent)
    , mRef(ref)
    , mIndex(index)
    , mPayload(std::move(payload))
{
    mCommentOnly = isCommentKind(ref.kind);
}

void InsertEntity::apply()
{
    mDocument.insertEntity(key(), mRef, clampedIndex(mDocument, mRef, mIndex, 1),
                           std::move(*mPayload));
    mPayload.reset();
}

void InsertEntity::revert()
{
    mPayload = mDocument.takeEntity(key(), mRef);
}

QString InsertEntity::conflict(bool undoing) const
{
    if (!undoing)
        return parentMissing(mRef);
    if (mDocument.indexOf(mRef) < 0)
        return tr("someone else deleted it");
    if (changedByOthers(mRef, true))
        return tr("someone else changed it after you added it");
    return {};
}

RemoveEntity::RemoveEntity(WorkspaceDocument &document, const QString &text, const EntityRef &ref,
                           QUndoCommand *parent)
    : WorkspaceCommand(document, text, parent)
    , mRef(ref)
{
    mCommentOnly = isCommentKind(ref.kind);
}

void RemoveEntity::apply()
{
    mIndex = mDocument.indexOf(mRef);
    mPayload = mDocument.takeEntity(key(), mRef);
}

void RemoveEntity::revert()
{
    mDocument.insertEntity(key(), mRef, clampedIndex(mDocument, mRef, mIndex, 1),
                           std::move(*mPayload));
    mPayload.reset();
}

QString RemoveEntity::conflict(bool undoing) const
{
    if (undoing)
        return parentMissing(mRef);
    if (mDocument.indexOf(mRef) < 0)
        return tr("someone else deleted it already");
    if (changedByOthers(mRef, true))
        return tr("someone else changed it since");
    return {};
}

MoveEntity::MoveEntity(WorkspaceDocument &document, const QString &text, const EntityRef &ref,
                       int from, int to, QUndoCommand *parent)
    : WorkspaceCommand(document, text, parent)
    , mRef(ref)
    , mFrom(from)
    , mTo(to)
{ }

void MoveEntity::apply()
{
    mDocument.moveEntity(key(), mRef, clampedIndex(mDocument, mRef, mTo, 0));
}

void MoveEntity::revert()
{
    mDocument.moveEntity(key(), mRef, clampedIndex(mDocument, mRef, mFrom, 0));
}

QString MoveEntity::conflict(bool) const
{
    return mDocument.indexOf(mRef) < 0 ? tr("someone else deleted it") : QString();
}

} // namespace Parcours::Commands
