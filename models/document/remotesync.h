#pragma once

#include "domain/workspace.h"

namespace Parcours {

class WorkspaceDocument;
class DocumentKey;
struct EntityRef;

// Brings a document's workspace to another state of it (what a shared workspace's server
// has) through the document's own insert/take/move/setField primitives, so that views get
// the same precise change signals as for local edits: a changed cell is one FieldChanged, a
// stage someone added is one Inserted. Everything it changes is stamped as changed by others
// (see WorkspaceDocument::remotelyChangedSince). Used by WorkspaceDocument::applyRemote().
class RemoteSync
{
public:
    explicit RemoteSync(WorkspaceDocument &document)
        : mDoc(document)
    { }

    void apply(const Workspace &target);

private:
    void syncFields(const EntityRef &ref, const Workspace &target);
    void syncUseCases(const Persona &target, const Workspace &targetWorkspace);
    void syncJourney(const Journey &target, const Workspace &targetWorkspace);
    void stampRemoval(const EntityRef &ref);
    // Opens the document's primitives (setField, insertEntity, …).
    static DocumentKey key();

    WorkspaceDocument &mDoc;
};

} // namespace Parcours
