// The child process of eventsimport_bench when the Release application is not built: the
// same code as `parcours import FILE --format events -o W.parcours` (app/cli/
// eventimportcommand.cpp, compiled in here), linked with the models library only, so that the
// bench builds without the window's libraries. It also makes the bench's workspace:
//
//   eventsimport_child import FILE --format events -o W.parcours [options of parcours import]
//   eventsimport_child import USECASES.csv --format usecases-csv -o W.parcours

#include "cli/arguments.h"
#include "cli/eventimportcommand.h"
#include "cli/location.h"

#include "document/edits.h"
#include "document/workspacedocument.h"
#include "formats/workspaceformat.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {

int createFromUseCases(const QString &input, const QString &output, Parcours::Cli::Streams &io)
{
    using namespace Parcours;
    const WorkspaceFormat *format = WorkspaceFormats::find(u"usecases-csv"_s);
    QFile file(input);
    if (!format || !file.open(QIODevice::ReadOnly))
        return Cli::fail(io, input, u"cannot read"_s);
    ImportOptions options;
    options.fileName = input;
    const ImportResult read = format->read(file.readAll(), options);
    if (!read.fragment)
        return Cli::fail(io, input, read.errors.join(u"; "_s));
    // As app/cli/importcommand.cpp makes a new workspace from a file.
    Workspace workspace;
    Edit::mergeFragment(workspace, *read.fragment);
    const WorkspaceDocument::OpenResult created = WorkspaceDocument::create(output, workspace);
    if (!created.document)
        return Cli::fail(io, output, created.error);
    return Cli::Success;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    Parcours::Cli::Streams io {out, err};
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.value(0) != u"import")
        return Parcours::Cli::usageError(io, u"eventsimport_child import FILE --format F -o W"_s);
    const Parcours::Cli::Arguments parsed = Parcours::Cli::parseArguments(
        args.mid(1), {u"--format"_s, u"--output"_s, u"--users"_s, u"--from"_s, u"--to"_s},
        {u"--skip-bad-rows"_s});
    if (!parsed.error.isEmpty())
        return Parcours::Cli::usageError(io, parsed.error);
    if (parsed.value(u"--format"_s) == u"usecases-csv")
        return createFromUseCases(parsed.positional.value(0), parsed.value(u"--output"_s), io);
    return Parcours::Cli::runEventImport(parsed, io);
}
