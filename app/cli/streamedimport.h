#pragma once

#include "subcommand.h"

#include "formats/workspaceformat.h"

#include <QFile>

namespace Parcours::Cli {

// `parcours import FILE --format usecases-csv -o WORKSPACE.parcours` in bounded memory: the
// file is read in pieces and its rows are written to the workspace file as they come, in one
// transaction that is rolled back on an error (unless --skip-bad-rows) or a failure, so that
// the workspace is as it was. The same messages and exit codes as the import of a whole file.
int importUseCasesStreamed(QFile &file, const QString &output, const ImportOptions &options,
                           Streams &io);

} // namespace Parcours::Cli
