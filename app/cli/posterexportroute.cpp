// Which module draws a poster export (posterexportcharts.h): Qt Core only, for the command line.
#include "posterarguments.h"
#include "posterexportcharts.h"

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

bool drawsWithoutWidgets(const QStringList &args)
{
    if (args.size() < 3 || args.at(1) != u"export")
        return false;
    const QStringList rest = args.mid(2);
    if (!isPosterExport(rest))
        return false;
    // A usage error is the poster module's to print too: only the charts need the window's.
    const Arguments parsed = parsePosterArguments(rest);
    return !parsed.has(u"--dashboard"_s) && !parsed.has(u"--opportunities"_s)
        && !parsed.has(u"--persona"_s);
}

} // namespace Parcours::Cli
