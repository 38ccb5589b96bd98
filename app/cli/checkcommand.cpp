#include "location.h"
#include "subcommand.h"

#include "arguments.h"

namespace Parcours::Cli {

// parcours check WORKSPACE: one line per problem; exit 0 when sound, 2 when not.
int runCheck(const QStringList &args, Streams &io)
{
    const Arguments parsed = parseArguments(args, {});
    if (!parsed.error.isEmpty())
        return usageError(io, parsed.error);
    if (parsed.positional.size() != 1)
        return usageError(io, QCoreApplication::translate("Parcours::Cli", "check takes one FILE"));
    const QString &location = parsed.positional.first();
    const QStringList problems = checkWorkspace(location);
    for (const QString &problem : problems)
        fail(io, location, problem);
    if (problems.isEmpty())
        io.out
            << QCoreApplication::translate("Parcours::Cli", "%1: ok").arg(displayLocation(location))
            << Qt::endl;
    return problems.isEmpty() ? Success : BadInput;
}

} // namespace Parcours::Cli
