#include "commands.h"

#include "entityfields.h"

namespace Parcours::Commands {

namespace {
constexpr int setFieldCommandId = 0x5046; // "PF"
}

WorkspaceCommand::WorkspaceCommand(WorkspaceDocument &document, const QString &text,
                                   QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , mDocument(document)
{ }

void WorkspaceCommand::redo()
{
    WorkspaceDocument::EditScope scope(mDocument);
    QUndoCommand::redo(); // children first, in order
    apply();
}

void WorkspaceCommand::undo()
{
    WorkspaceDocument::EditScope scope(mDocument);
    revert();
    QUndoCommand::undo(); // children in reverse order
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
{ }

int SetField::id() const
{
    return mMergeable ? setFieldCommandId : -1;
}

bool SetField::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetField *>(other);
    if (!mMergeable || !next->mMergeable || next->mRef != mRef || next->mField != mField)
        return false;
    mNew = next->mNew;
    setObsolete(mOld == mNew);
    return true;
}

void SetField::apply()
{
    mDocument.setField(mRef, mField, mNew);
}

void SetField::revert()
{
    mDocument.setField(mRef, mField, mOld);
}

InsertEntity::InsertEntity(WorkspaceDocument &document, const QString &text, const EntityRef &ref,
                           int index, EntityPayload payload, QUndoCommand *parent)
    : WorkspaceCommand(document, text, parent)
    , mRef(ref)
    , mIndex(index)
    , mPayload(std::move(payload))
{ }

void InsertEntity::apply()
{
    mDocument.insertEntity(mRef, mIndex, std::move(*mPayload));
    mPayload.reset();
}

void InsertEntity::revert()
{
    mPayload = mDocument.takeEntity(mRef);
}

RemoveEntity::RemoveEntity(WorkspaceDocument &document, const QString &text, const EntityRef &ref,
                           QUndoCommand *parent)
    : WorkspaceCommand(document, text, parent)
    , mRef(ref)
{ }

void RemoveEntity::apply()
{
    mIndex = mDocument.indexOf(mRef);
    mPayload = mDocument.takeEntity(mRef);
}

void RemoveEntity::revert()
{
    mDocument.insertEntity(mRef, mIndex, std::move(*mPayload));
    mPayload.reset();
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
    mDocument.moveEntity(mRef, mTo);
}

void MoveEntity::revert()
{
    mDocument.moveEntity(mRef, mFrom);
}

} // namespace Parcours::Commands
