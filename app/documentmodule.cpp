// The document module (PARCOURS_WINDOW_MODULE builds, app/CMakeLists.txt): the command-line
// modes that edit a workspace through WorkspaceDocument (an import into a workspace that exists,
// one undo step; an import of events). Its undo stack is
// Qt Gui's, so they live here, and `parcours` loads this module for them only
// (cli/documenthandover.cpp); every other drawing-free mode starts without Qt Gui.
#include "cli/subcommand.h"

// The module's entry point, which cli/documenthandover.cpp looks up by this name: runs
// `parcours COMMAND args…` with the executable's QCoreApplication and streams.
extern "C" Q_DECL_EXPORT int parcours_document_command(const char *command, const QStringList &args,
                                                       Parcours::Cli::Streams &io)
{
    return Parcours::Cli::findSubcommand(QString::fromLatin1(command))->run(args, io);
}
