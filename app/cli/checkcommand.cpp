#include "location.h"
#include "subcommand.h"

namespace Parcours::Cli {

// parcours check WORKSPACE: one line per problem; exit 0 when sound, 2 when not.
int runCheck(const QStringList &args, Streams &io)
{
    if (args.size() != 1)
        return usageError(io, QCoreApplication::translate("Parcours::Cli", "check takes one FILE"));
    const QStringList problems = checkWorkspace(args.first());
    for (const QString &problem : problems)
        fail(io, args.first(), problem);
    if (problems.isEmpty())
        io.out << QCoreApplication::translate("Parcours::Cli", "%1: ok")
                      .arg(displayLocation(args.first()))
               << Qt::endl;
    return problems.isEmpty() ? Success : BadInput;
}

} // namespace Parcours::Cli
