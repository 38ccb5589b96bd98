#pragma once

#include "formats/usageimport.h"
#include "store/workspacelocation.h"

#include <QCoreApplication>

#include <atomic>

namespace Parcours {

// An events import into a shared workspace on PostgreSQL (issue 22, docs/observed-usage.md):
// the file is read here and its events streamed to the server with COPY into a staging table
// of the import's own transaction; the server aggregates them there, in SQL, into the
// workspace's usage tables (users, per-user per-use-case per-month counts, activity), and the
// staging rows go with the transaction. No client holds the events, and what the server keeps
// is what a workspace file keeps (UsageRows). Re-importing a file with the same fingerprint
// replaces its counts. Clients that have the workspace open read it again.
class SharedUsageImport
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::SharedUsageImport)

public:
    struct Result
    {
        // As UsageImport::read() gives it, but `source` holds no counts (they stay on the
        // server) and `users` is empty. ok: written on the server.
        UsageImportResult import;
        bool replaced = false; // a source with the same fingerprint was replaced
        QString saveError; // the server refused or failed (translated)
    };

    // Reads `path` into the workspace at `location` (which must exist), with the mapping its
    // use cases give. `cancelled` (a window's Cancel, may be null) cuts the import's connection
    // at once, whatever it waits for: the transaction is rolled back and nothing is kept.
    static Result run(const WorkspaceLocation &location, const QString &path,
                      const UsageImportOptions &options = {},
                      const std::atomic<bool> *cancelled = nullptr);
};

} // namespace Parcours
