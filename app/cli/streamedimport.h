#pragma once

#include "subcommand.h"

#include "formats/workspaceformat.h"

#include <QFile>

namespace Parcours::Cli {

// `parcours import FILE --format usecases-csv -o WORKSPACE.parcours` in bounded memory: the
// file is read in pieces, twice. The first pass checks every row and says every problem: a
// file with errors (without --skip-bad-rows) stops there, the workspace untouched. The second
// writes the good rows as they come, in one transaction, rolled back on a failure so that the
// workspace is as it was (a new workspace is written under a temporary name, then renamed).
// The same messages and exit codes as the import of a whole file, and the row count on stdout.
int importUseCasesStreamed(QFile &file, const QString &output, const ImportOptions &options,
                           Streams &io);

} // namespace Parcours::Cli
