#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Parcours::Cli {

// Exit codes shared by every command-line mode.
enum ExitCode { Success = 0, UsageError = 1, BadInput = 2 };

struct Streams
{
    QTextStream &out;
    QTextStream &err;
};

// `parcours NAME args…`: runs headless, prints to out, reports errors on err as
// "parcours: FILE: reason".
struct Subcommand
{
    const char *name;
    const char *usage; // one line, after "parcours "
    int (*run)(const QStringList &args, Streams &io);
};

const QList<Subcommand> &subcommands();
const Subcommand *findSubcommand(const QString &name);

// Helpers every subcommand uses.
int fail(Streams &io, const QString &file, const QString &reason, int code = BadInput);
int usageError(Streams &io, const QString &message);

} // namespace Parcours::Cli
