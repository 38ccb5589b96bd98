#pragma once

#include "domain/workspace.h"
#include "store/workspacelocation.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Parcours {

class PgConnection;

// Administration of shared workspaces on a PostgreSQL server: publishing a workspace there,
// creating one with its roles and grants, checking one. The schema is created and upgraded by
// the same numbered migrations as a workspace file (migrations.cpp).
class SharedServer
{
    Q_DECLARE_TR_FUNCTIONS(SharedServer)

public:
    // Called after each step; returning false cancels (nothing is then written).
    using Progress = std::function<bool(int done, int total)>;

    struct PublishOptions
    {
        bool replace = false; // overwrite a workspace that already has content
        Progress progress;
        // For publishing on another thread: once it turns true, publishing stops at once,
        // also while it waits for the server (the connection is cut), and nothing is written.
        const std::atomic<bool> *cancelled = nullptr;
    };
    // Makes `workspace` the content of the shared workspace at `to`, in one transaction,
    // creating the workspace (schema and tables) when it does not exist yet. A workspace
    // that already has content is refused unless `replace`; then every client that has it
    // open reloads it. May run on any thread (its connection is its own).
    static bool publish(const WorkspaceLocation &to, const Workspace &workspace,
                        const PublishOptions &options, QString *error);

    struct InitOptions
    {
        QStringList editors; // existing login roles to make editors
        QStringList viewers; // … viewers
        // … commenters: they read as viewers do and may also add, answer and resolve
        // comments (issue 23), and nothing else.
        QStringList commenters = {};
    };
    // Creates (or upgrades) the workspace's schema, the group roles parcours_NAME_editor,
    // parcours_NAME_viewer and parcours_NAME_commenter with their GRANTs (and the row-level
    // security of the change log), and adds the given users to them. `log` gets
    // one line per step. Needs a role that may create schemas and roles.
    static bool initServer(const WorkspaceLocation &location, const InitOptions &options,
                           QStringList *log, QString *error);
    // The same as an SQL script for psql (for a new workspace).
    static QString initScript(const WorkspaceLocation &location, const InitOptions &options);

    // Problems `parcours check` reports for a shared workspace; empty when it is sound.
    static QStringList check(const WorkspaceLocation &location);

private:
    static bool publishOn(PgConnection &c, const WorkspaceLocation &to, const Workspace &workspace,
                          const PublishOptions &options, QString *error);
    static QStringList roleStatements(const WorkspaceLocation &location,
                                      const InitOptions &options);
    static QStringList commentStatements(const QString &schema, const QString &editor,
                                         const QString &commenter);
};

} // namespace Parcours
