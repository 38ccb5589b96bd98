#include "commandline.h"

#include "posterarguments.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

namespace {

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate(
        "main", "Usage: parcours [FILE]          open a workspace in the editor")
        << Qt::endl
        << QCoreApplication::translate(
               "main", "       parcours --sample        open a copy of the sample workspace")
        << Qt::endl;
    for (const Subcommand &s : subcommands())
        out << u"       parcours "_s << QLatin1StringView(s.usage) << Qt::endl;
    out << u"       parcours --version | --help"_s << Qt::endl
        << Qt::endl
        << QCoreApplication::translate(
               "main",
               "FILE and WORKSPACE may also name a shared workspace on a PostgreSQL "
               "server,\n  postgresql://USER@HOST:PORT/DB?workspace=NAME (SHARED); the "
               "password comes from\n  PGPASSWORD or ~/.pgpass.")
        << Qt::endl
        << Qt::endl
        << QCoreApplication::translate("main", "Exit codes: 0 success, 1 usage error, 2 bad input.")
        << Qt::endl;
}

// `parcours COMMAND … --help`: -h or --help before any "--" (after it, a file may be named so).
bool asksForHelp(const QStringList &commandArgs)
{
    for (const QString &arg : commandArgs) {
        if (arg == u"--")
            return false;
        if (arg == u"--help" || arg == u"-h")
            return true;
    }
    return false;
}

// parcours help [COMMAND], and parcours COMMAND --help: the usage, on standard output.
int printUsage(const QString &command, Streams &io)
{
    if (command.isEmpty()) {
        printHelp(io.out);
        return Success;
    }
    const Subcommand *subcommand = findSubcommand(command);
    if (!subcommand) {
        QStringList names;
        for (const Subcommand &s : subcommands())
            names << QLatin1StringView(s.name);
        return usageError(io,
                          QCoreApplication::translate("main", "help: no command %1; commands: %2")
                              .arg(command, names.join(u", "_s)));
    }
    io.out << QCoreApplication::translate("main", "Usage: parcours %1")
                  .arg(QLatin1StringView(subcommand->usage))
           << Qt::endl
           << QCoreApplication::translate("main",
                                          "See docs/FILE-FORMATS.md and the user guide "
                                          "(Help > User Guide) for details.")
           << Qt::endl;
    return Success;
}

} // namespace

bool isHeadless(const QStringList &args)
{
    if (args.size() < 2)
        return false;
    const QString &first = args.at(1);
    return findSubcommand(first) || first == u"help" || first == u"--help" || first == u"-h"
        || first == u"--version" || first == u"-v";
}

bool drawsNothing(const QStringList &args)
{
    return isHeadless(args)
        && !(args.at(1) == u"export" && !asksForHelp(args.mid(2)) && isPosterExport(args.mid(2)));
}

int runCommandLine(const QStringList &args, Streams &io)
{
    const QString &first = args.at(1);
    if (first == u"--version" || first == u"-v") {
        io.out << u"parcours "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (first == u"--help" || first == u"-h")
        return printUsage({}, io);
    if (first == u"help")
        return args.size() > 3
            ? usageError(io, QCoreApplication::translate("main", "usage: parcours help [COMMAND]"))
            : printUsage(args.value(2), io);
    if (asksForHelp(args.mid(2)))
        return printUsage(first, io);
    return findSubcommand(first)->run(args.mid(2), io);
}

} // namespace Parcours::Cli
