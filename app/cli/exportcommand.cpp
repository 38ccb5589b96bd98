#include "location.h"
#include "subcommand.h"

#include "workspaceformat.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::Cli", text);
}

template<typename T>
QStringList namesOf(const std::vector<T> &items)
{
    QStringList names;
    for (const T &item : items)
        names << item.name;
    return names;
}

} // namespace

// Resolves --journey NAME / --persona NAME; an unknown name lists the available ones.
template<typename T>
bool resolveByName(const std::vector<T> &items, const QString &name, const char *what, Id *id,
                   const QString &file, Streams &io)
{
    if (name.isEmpty())
        return true;
    for (const T &item : items) {
        if (item.name == name) {
            *id = item.id;
            return true;
        }
    }
    fail(io, file,
         tr("no %1 named \"%2\"; available: %3")
             .arg(QString::fromUtf8(what), name, namesOf(items).join(u", "_s)));
    return false;
}

// parcours export WORKSPACE --format F -o OUT [--journey NAME] [--persona NAME]
int runExport(const QStringList &args, Streams &io)
{
    QString workspacePath, formatName, output, journeyName, personaName;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if ((arg == u"--format" || arg == u"-f") && hasValue)
            formatName = args.at(++i);
        else if ((arg == u"-o" || arg == u"--output") && hasValue)
            output = args.at(++i);
        else if (arg == u"--journey" && hasValue)
            journeyName = args.at(++i);
        else if (arg == u"--persona" && hasValue)
            personaName = args.at(++i);
        else if (!arg.startsWith(u'-') && workspacePath.isEmpty())
            workspacePath = arg;
        else
            return usageError(io, tr("export: unexpected argument %1").arg(arg));
    }
    if (workspacePath.isEmpty() || formatName.isEmpty() || output.isEmpty())
        return usageError(io, tr("usage: parcours export WORKSPACE --format FORMAT -o OUT"));
    const WorkspaceFormat *format = WorkspaceFormats::find(formatName);
    if (!format || !format->canWrite())
        return usageError(io, tr("export: unknown format %1").arg(formatName));

    const std::optional<ReadWorkspace> opened = readWorkspace(workspacePath, io);
    if (!opened)
        return BadInput;
    ExportOptions options;
    if (!resolveByName(opened->workspace.journeys, journeyName, "journey", &options.journey,
                       workspacePath, io)
        || !resolveByName(opened->workspace.personas, personaName, "persona", &options.persona,
                          workspacePath, io))
        return BadInput;

    const ExportResult exported = format->write(opened->workspace, options);
    if (!exported.error.isEmpty())
        return fail(io, workspacePath, exported.error);
    QSaveFile out(output);
    if (!out.open(QIODevice::WriteOnly) || out.write(exported.data) != exported.data.size()
        || !out.commit())
        return fail(io, output, out.errorString());
    return Success;
}

} // namespace Parcours::Cli
