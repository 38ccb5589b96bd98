#include "location.h"
#include "subcommand.h"

#include "arguments.h"

#include "shared/sharedserver.h"
#include "store/workspacelocation.h"
#include "store/workspacestore.h"

#include <QFileInfo>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::Cli", text);
}

// Progress of a long copy on stderr, every 10% (only when there are `atLeast` steps).
std::function<bool(int, int)> progressReport(Streams &io, const char *what, int atLeast)
{
    return [&io, what, atLeast, shown = 0](int done, int total) mutable {
        const int percent = int(qint64(done) * 100 / std::max(1, total));
        if (total >= atLeast && percent >= shown + 10) {
            shown = percent;
            io.err << tr(what).arg(percent).arg(done).arg(total) << Qt::endl;
        }
        return true;
    };
}

} // namespace

// parcours publish SOURCE TARGET [--replace]
// Copies a workspace, complete and in one transaction: a file (or another shared workspace)
// to a shared workspace on a PostgreSQL server, or a shared workspace to a new file (taking
// it home). An existing target with content is only overwritten with --replace.
int runPublish(const QStringList &args, Streams &io)
{
    const Arguments parsed = parseArguments(args, {}, {u"--replace"_s});
    if (!parsed.error.isEmpty())
        return usageError(io, tr("publish: unexpected argument %1").arg(parsed.offending));
    const QStringList &positional = parsed.positional;
    const bool replace = parsed.has(u"--replace"_s);
    if (positional.size() != 2)
        return usageError(
            io, tr("usage: parcours publish FILE postgresql://USER@HOST/DB?workspace=NAME"));
    const QString &source = positional.at(0);
    const QString &target = positional.at(1);
    const std::optional<ReadWorkspace> read = readWorkspace(source, io);
    if (!read)
        return BadInput;
    const Workspace &workspace = read->workspace;

    if (!isShared(target)) {
        if (QFileInfo::exists(target) && !replace)
            return fail(io, target, tr("the file exists; add --replace to overwrite it"));
        const WorkspaceStore::OpenResult created = WorkspaceStore::create(
            target, workspace,
            progressReport(io, QT_TRANSLATE_NOOP("Parcours::Cli", "saving: %1% (%2 of %3)"),
                           2000)); // rows
        if (!created.store)
            return fail(io, target, created.error);
        io.out << tr("Saved %1 to %2.").arg(displayLocation(source), displayLocation(target))
               << Qt::endl;
        return Success;
    }

    QString error;
    const std::optional<WorkspaceLocation> location = WorkspaceLocation::parse(target, &error);
    if (!location)
        return fail(io, target, error);
    SharedServer::PublishOptions options;
    options.replace = replace;
    options.progress
        = progressReport(io, QT_TRANSLATE_NOOP("Parcours::Cli", "publishing: %1% (%2 of %3)"),
                         20); // personas, journeys, metric periods
    if (!SharedServer::publish(*location, workspace, options, &error))
        return fail(io, target, error);
    io.out << tr("Published %1 to %2: %3 personas, %4 journeys.")
                  .arg(displayLocation(source), location->toString())
                  .arg(workspace.personas.size())
                  .arg(workspace.journeys.size())
           << Qt::endl;
    return Success;
}

} // namespace Parcours::Cli
