#pragma once

#include "arguments.h"

namespace Parcours::Cli {

// The options of `parcours export WORKSPACE --format pdf|svg|png …` (posterexport.cpp).
Arguments parsePosterArguments(const QStringList &args);

// True when `export ARGS` prints a poster (--format pdf|svg|png, or --dashboard) rather than
// writing a data format. Kept apart from posterexport.cpp, which links the drawing code: the
// command-line executable asks this before it loads any of that.
bool isPosterExport(const QStringList &args);

} // namespace Parcours::Cli
