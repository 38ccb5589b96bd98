#include "location.h"
#include "subcommand.h"

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
    QString input, formatName, output;
    ImportOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if ((arg == u"--format" || arg == u"-f") && hasValue)
            formatName = args.at(++i);
        else if ((arg == u"-o" || arg == u"--output") && hasValue)
            output = args.at(++i);
        else if (arg == u"--skip-bad-rows")
            options.skipBadRows = true;
        else if (arg == u"--block" && hasValue)
            options.block = args.at(++i).toInt();
        else if (!arg.startsWith(u'-') && input.isEmpty())
            input = arg;
        else
            return usageError(io, tr("import: unexpected argument %1").arg(arg));
    }
    if (input.isEmpty() || formatName.isEmpty() || output.isEmpty())
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

    if (!isShared(output) && !QFileInfo::exists(output)) {
        Workspace workspace;
        Edit::mergeFragment(workspace, std::move(*imported.fragment));
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
                             tr("Import %1").arg(QFileInfo(input).fileName()));
        if (!opened.document->isSaved())
            return fail(io, output, opened.document->writeError());
    }
    return imported.errors.isEmpty() ? Success : BadInput;
}

} // namespace Parcours::Cli
