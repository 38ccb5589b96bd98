#include "location.h"
#include "subcommand.h"

#include "arguments.h"

#include "edits.h"
#include "workspacedocument.h"
#include "workspaceformat.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::Cli", text);
}

} // namespace

// parcours import FILE --format F -o WORKSPACE [--skip-bad-rows] [--block N]
// Creates WORKSPACE or adds to it, in one transaction; a file with errors imports nothing.
int runImport(const QStringList &args, Streams &io)
{
    const Arguments parsed = parseArguments(args, {u"--format"_s, u"--output"_s, u"--block"_s},
                                            {u"--skip-bad-rows"_s});
    if (!parsed.error.isEmpty())
        return usageError(io, parsed.error);
    const QString input = parsed.positional.value(0);
    const QString formatName = parsed.value(u"--format"_s);
    const QString output = parsed.value(u"--output"_s);
    ImportOptions options;
    options.skipBadRows = parsed.has(u"--skip-bad-rows"_s);
    options.block = parsed.values.value(u"--block"_s, u"1"_s).toInt();
    if (parsed.positional.size() != 1 || formatName.isEmpty() || output.isEmpty())
        return usageError(io, tr("usage: parcours import FILE --format FORMAT -o WORKSPACE"));
    const WorkspaceFormat *format = WorkspaceFormats::find(formatName);
    if (!format || !format->canRead())
        return usageError(io, tr("import: unknown format %1").arg(formatName));
    if (options.block < 1)
        return usageError(io, tr("import: --block takes a number from 1"));

    QFile file(input);
    if (!file.open(QIODevice::ReadOnly))
        return fail(io, input, file.errorString());
    options.fileName = input;
    ImportResult imported = format->read(file.readAll(), options);
    for (const QString &warning : std::as_const(imported.warnings))
        io.err << warning << Qt::endl;
    for (const QString &error : std::as_const(imported.errors))
        io.err << error << Qt::endl;
    if (!imported.fragment) {
        if (imported.errors.isEmpty())
            return fail(io, input, tr("nothing was imported"));
        io.err << tr("parcours: %1: nothing imported (%2 errors)")
                      .arg(input)
                      .arg(imported.errors.size())
               << Qt::endl;
        return BadInput;
    }

    QList<Edit::RenamedJourney> renamed;
    if (!isShared(output) && !QFileInfo::exists(output)) {
        Workspace workspace;
        Edit::mergeFragment(workspace, std::move(*imported.fragment), &renamed);
        const WorkspaceDocument::OpenResult created = WorkspaceDocument::create(output, workspace);
        if (!created.document)
            return fail(io, output, created.error);
    } else {
        WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(output);
        if (!opened.document)
            return fail(io, output, opened.error);
        if (opened.document->isReadOnly())
            return fail(io, output, tr("the workspace is read-only"));
        Edit::importFragment(*opened.document, std::move(*imported.fragment),
                             tr("Import %1").arg(QFileInfo(input).fileName()), &renamed);
        if (!opened.document->isSaved())
            return fail(io, output, opened.document->writeError());
    }
    for (const Edit::RenamedJourney &journey : std::as_const(renamed))
        io.err << Edit::renamedJourneyWarning(input, journey) << Qt::endl;
    return imported.errors.isEmpty() ? Success : BadInput;
}

} // namespace Parcours::Cli
