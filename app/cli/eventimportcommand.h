#pragma once

#include "arguments.h"
#include "subcommand.h"

namespace Parcours::Cli {

// `parcours import FILE --format events …` (issue 22), from runImport.
int runEventImport(const Arguments &parsed, Streams &io);

} // namespace Parcours::Cli
