#pragma once

#include "subcommand.h"

namespace Parcours::Cli {

// True when the arguments (argv as a list, the program first) ask for a command-line mode: a
// subcommand, help or --version.
bool isHeadless(const QStringList &args);

// True for the command-line modes that draw nothing: all of them but the poster exports
// (export --format pdf|svg|png, export --dashboard). They need a QCoreApplication only: no
// display, no fonts, none of the drawing libraries (app/main.cpp).
bool drawsNothing(const QStringList &args);

// Runs the command-line mode `args` asks for (isHeadless(args)), with the application's
// arguments: --version, --help, help [COMMAND], COMMAND --help, or the subcommand.
int runCommandLine(const QStringList &args, Streams &io);

// Qt warns on every run when XDG_RUNTIME_DIR is unset (CI, ssh, cron) and then uses a folder
// of its own in /tmp; a command-line mode gives it that folder quietly instead.
void quietRuntimeDir();

} // namespace Parcours::Cli
