#include "posterarguments.h"

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

Arguments parsePosterArguments(const QStringList &args)
{
    return parseArguments(args,
                          {u"--format"_s, u"--output"_s, u"--journey"_s, u"--persona"_s,
                           u"--page"_s, u"--tile"_s, u"--overlap"_s, u"--margin"_s, u"--dpi"_s,
                           u"--notes"_s, u"--date"_s, u"--rows"_s, u"--audience"_s, u"--view"_s},
                          {u"--landscape"_s, u"--portrait"_s, u"--dashboard"_s,
                           u"--opportunities"_s, u"--comments"_s});
}

bool isPosterExport(const QStringList &args)
{
    const Arguments parsed = parsePosterArguments(args);
    // The format may come from the output's suffix.
    if (parsed.has(u"--dashboard"_s) || parsed.has(u"--opportunities"_s))
        return true;
    if (!parsed.has(u"--format"_s))
        return false;
    // The names PosterExporter::formatFromName() takes (tst_cli exports each one).
    const QString format = parsed.value(u"--format"_s).trimmed().toLower();
    return format == u"pdf" || format == u"svg" || format == u"png";
}

} // namespace Parcours::Cli
