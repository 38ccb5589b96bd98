#include "subcommand.h"

#include "arguments.h"

#include "analytics/forgottenzonereport.h"
#include "location.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

// parcours report WORKSPACE [--json]: forgotten-zone verdicts per persona.
int runReport(const QStringList &args, Streams &io)
{
    const Arguments parsed = parseArguments(args, {}, {u"--json"_s});
    if (!parsed.error.isEmpty() || parsed.positional.size() != 1)
        return usageError(io,
                          parsed.error.isEmpty() ? QCoreApplication::translate(
                              "Parcours::Cli", "usage: parcours report WORKSPACE [--json]")
                                                 : parsed.error);
    const bool json = parsed.has(u"--json"_s);
    const QString file = parsed.positional.first();
    const std::optional<ReadWorkspace> opened = readWorkspace(file, io);
    if (!opened)
        return BadInput;
    if (json)
        io.out << QString::fromUtf8(
            QJsonDocument(ForgottenZoneReport::json(opened->workspace)).toJson());
    else
        io.out << ForgottenZoneReport::text(opened->workspace);
    io.out.flush();
    return Success;
}

} // namespace Parcours::Cli
