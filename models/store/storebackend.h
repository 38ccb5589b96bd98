#pragma once

#include "document/pendingwrite.h"
#include "domain/workspace.h"

#include <QString>

#include <functional>

namespace Parcours {

// What a store did with one transaction's writes.
struct WriteResult
{
    enum Status {
        Written, // durable: the change is saved
        Failed, // not written; the store lags behind memory (a file: offer Save As)
        Refused, // not written, on purpose or because the server is gone; the document goes
                 // back to serverState() and says why (shared workspaces)
    };
    Status status = Written;
    QString error; // translated, for Failed and Refused
};

// Where a WorkspaceDocument keeps its data: a file (WorkspaceStore) or a shared workspace on
// a PostgreSQL server (SharedStore). The document only talks to this interface.
class StoreBackend
{
public:
    enum class Access { ReadWrite, ReadOnly };
    // Why a store could not be opened or created.
    enum class Failure { None, NotFound, NotAWorkspace, Corrupt, Newer, Busy, IoError, Cancelled };
    // Rows written so far and in all; returns false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    virtual ~StoreBackend() = default;

    // A file path, or a postgresql:// location (never with a password).
    virtual QString location() const = 0;
    virtual bool isShared() const { return false; }
    virtual bool isReadOnly() const = 0;
    // Why it is read-only, for the user; empty when the reason is obvious (a read-only file).
    virtual QString readOnlyReason() const { return {}; }

    // Brings the store up to date with `workspace` for these writes, in one transaction.
    virtual WriteResult commit(const Workspace &workspace, const QList<PendingWrite> &writes) = 0;

    // A complete, consistent copy at `target` (a file), written atomically.
    virtual bool saveCopy(const QString &target, QString *error) const = 0;

    // Shared stores: the workspace as the server has it, which the document follows after a
    // refused write and when others change it. Null for a file.
    virtual const Workspace *serverState() const { return nullptr; }

protected:
    StoreBackend() = default;
    StoreBackend(const StoreBackend &) = default;
    StoreBackend &operator=(const StoreBackend &) = default;
};

} // namespace Parcours
