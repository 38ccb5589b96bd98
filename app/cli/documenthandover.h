#pragma once

#include "subcommand.h"

namespace Parcours::Cli {

// Runs `parcours COMMAND args…` in the document module (PARCOURS_WINDOW_MODULE builds), with
// this process's QCoreApplication and streams; a module that cannot be loaded is reported on
// io.err with exit code BadInput.
int runInDocumentModule(const char *command, const QStringList &args, Streams &io);

} // namespace Parcours::Cli
