#include "location.h"
#include "subcommand.h"
#include "versionstore.h"

#include "arguments.h"

#include "analytics/workspacediff.h"

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

namespace {

// As diff(1): 0 when nothing changed, 1 when something did, 2 on trouble (usage errors too).
enum DiffExit { Same = 0, Differ = 1, Trouble = 2 };

} // namespace

// parcours diff WORKSPACE --from LABEL [--to LABEL] [--json]
int runDiff(const QStringList &args, Streams &io)
{
    const Arguments parsed = parseArguments(args, {u"--from"_s, u"--to"_s}, {u"--json"_s});
    if (!parsed.error.isEmpty() || parsed.positional.size() != 1
        || parsed.value(u"--from"_s).isEmpty()
        || (parsed.has(u"--to"_s) && parsed.value(u"--to"_s).isEmpty())) {
        usageError(io,
                   parsed.error.isEmpty() ? QCoreApplication::translate(
                       "Parcours::Cli",
                       "usage: parcours diff WORKSPACE --from LABEL [--to LABEL] [--json]")
                                          : parsed.error);
        return Trouble;
    }
    const QString file = parsed.positional.first();
    const std::optional<Workspace> from = readVersionWorkspace(file, parsed.value(u"--from"_s), io);
    if (!from)
        return Trouble;
    std::optional<Workspace> to;
    if (parsed.has(u"--to"_s)) {
        to = readVersionWorkspace(file, parsed.value(u"--to"_s), io);
    } else { // the workspace now
        std::optional<ReadWorkspace> now = readWorkspace(file, io);
        if (now)
            to = std::move(now->workspace);
    }
    if (!to)
        return Trouble;
    const WorkspaceDiff diff = WorkspaceDiff::compare(*from, *to);
    if (parsed.has(u"--json"_s))
        io.out << QString::fromUtf8(diff.toJson());
    else
        io.out << diff.toText();
    io.out.flush();
    return diff.isEmpty() ? Same : Differ;
}

} // namespace Parcours::Cli
