#include "location.h"
#include "subcommand.h"

#include "arguments.h"
#include "posterarguments.h"

#include "formats/inactivecsv.h"
#include "formats/versionsjson.h"
#include "formats/workspaceformat.h"
#include "posters/exportfile.h"
#include "versionstore.h"

#include <QDateTime>
#include <QFile>

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
bool resolveByName(const std::vector<T> &items, const QString &name, const QString &what, Id *id,
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
         tr("no %1 named \"%2\"; available: %3").arg(what, name, namesOf(items).join(u", "_s)));
    return false;
}

int runPosterExport(const QStringList &args, Streams &io);

namespace {

// The inactive customers (issue 22) are not a format of the workspace's data but a list
// computed on a day: today in UTC, or --today yyyy-MM-dd for a reproducible run.
ExportResult writeInactiveCsv(const Workspace &workspace, const QString &todayText)
{
    const QDate today = todayText.isEmpty() ? QDateTime::currentDateTimeUtc().date()
                                            : QDate::fromString(todayText, u"yyyy-MM-dd"_s);
    if (!today.isValid())
        return {{}, tr("--today: \"%1\" is not a date (yyyy-MM-dd)").arg(todayText)};
    return {inactiveCustomersCsv(workspace, today), {}};
}

constexpr auto inactiveCsvName = u"inactive-csv";

} // namespace

// parcours export WORKSPACE --format F -o OUT|- [--journey NAME] [--persona NAME]
int runExport(const QStringList &args, Streams &io)
{
    if (isPosterExport(args)) // pdf, svg, png: a printed poster, not a data format
        return runPosterExport(args, io);
    const Arguments parsed = parseArguments(
        args, {u"--format"_s, u"--output"_s, u"--journey"_s, u"--persona"_s, u"--today"_s},
        {u"--no-versions"_s});
    if (!parsed.error.isEmpty())
        return usageError(io, parsed.error);
    const QString workspacePath = parsed.positional.value(0);
    const QString formatName = parsed.value(u"--format"_s);
    const QString output = parsed.value(u"--output"_s);
    const QString journeyName = parsed.value(u"--journey"_s);
    const QString personaName = parsed.value(u"--persona"_s);
    if (parsed.positional.size() != 1 || formatName.isEmpty() || output.isEmpty())
        return usageError(io, tr("usage: parcours export WORKSPACE --format FORMAT -o OUT"));
    const bool inactiveCsv = formatName.compare(inactiveCsvName, Qt::CaseInsensitive) == 0;
    const WorkspaceFormat *format = WorkspaceFormats::find(formatName);
    if (!inactiveCsv && (!format || !format->canWrite()))
        return usageError(io, tr("export: unknown format %1").arg(formatName));
    if (const QString refused = refusedExportTarget(workspacePath, output);
        output != u"-" && !refused.isEmpty())
        return fail(io, output, refused);

    const std::optional<ReadWorkspace> opened = readWorkspace(workspacePath, io);
    if (!opened)
        return BadInput;
    for (const QString &shared : {sharedJourneyName(opened->workspace, journeyName),
                                  sharedPersonaName(opened->workspace, personaName)}) {
        if (!shared.isEmpty())
            return fail(io, workspacePath, shared);
    }
    ExportOptions options;
    if (!resolveByName(opened->workspace.journeys, journeyName, tr("journey"), &options.journey,
                       workspacePath, io)
        || !resolveByName(opened->workspace.personas, personaName, tr("persona"), &options.persona,
                          workspacePath, io))
        return BadInput;

    ExportResult exported = inactiveCsv
        ? writeInactiveCsv(opened->workspace, parsed.value(u"--today"_s))
        : format->write(opened->workspace, options);
    if (!exported.error.isEmpty())
        return fail(io, workspacePath, exported.error);
    // The whole workspace as JSON carries its labelled versions (issue 23) unless told not to.
    if (!inactiveCsv && format->shortName() == u"json" && !parsed.has(u"--no-versions"_s)
        && versionsRefusedFor(workspacePath).isEmpty()) {
        const std::optional<std::vector<StoredVersion>> versions
            = readAllVersions(workspacePath, io);
        if (!versions)
            return BadInput;
        exported.data = VersionsJson::withVersions(exported.data, *versions);
    }
    if (output == u"-") { // standard output, for pipes
        io.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)
            || out.write(exported.data) != exported.data.size() || !out.flush())
            return fail(io, output, out.errorString());
        return Success;
    }
    // A full disk gives the system's reason and leaves no file (see ExportFile).
    if (const QString error = ExportFile::save(output, exported.data); !error.isEmpty())
        return fail(io, output, error);
    return Success;
}

} // namespace Parcours::Cli
