#include "location.h"
#include "subcommand.h"

#include "arguments.h"
#include "eventimportcommand.h"
#include "streamedimport.h"
#ifdef PARCOURS_DOCUMENT_MODULE_NAME
#include "documenthandover.h"
#endif

#include "document/edits.h"
#include "document/workspacedocument.h"
#include "formats/versionsjson.h"
#include "formats/workspaceformat.h"
#include "store/workspacestore.h"
#include "store/workspaceversions.h"

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
// (--format events: see eventimportcommand.cpp)
// Creates WORKSPACE or adds to it, in one transaction; a file with errors imports nothing.
// Where the command line is a module of its own (app/CMakeLists.txt: PARCOURS_DOCUMENT_MODULE_NAME
// is defined there), an import into a workspace that exists (one undo step through the document)
// or of events runs in the document module; into a new workspace file the rows go through the
// store, and Qt Gui is not loaded (docs/PERFORMANCE.md, "Fourth round").
int runImport(const QStringList &args, Streams &io)
{
    const Arguments parsed = parseArguments(
        args, {u"--format"_s, u"--output"_s, u"--block"_s, u"--users"_s, u"--from"_s, u"--to"_s},
        {u"--skip-bad-rows"_s});
    if (!parsed.error.isEmpty())
        return usageError(io, parsed.error);
    const QString input = parsed.positional.value(0);
    const QString formatName = parsed.value(u"--format"_s);
    const QString output = parsed.value(u"--output"_s);
    ImportOptions options;
    options.skipBadRows = parsed.has(u"--skip-bad-rows"_s);
    options.block = parsed.has(u"--block"_s) ? parsed.value(u"--block"_s).toInt() : 1;
    const QString formats = WorkspaceFormats::names().join(u", "_s);
    if (parsed.positional.size() != 1 || output.isEmpty())
        return usageError(io, tr("usage: parcours import FILE --format FORMAT -o WORKSPACE"));
    if (formatName.isEmpty())
        return usageError(io, tr("import: --format is missing; formats: %1").arg(formats));
#ifdef PARCOURS_DOCUMENT_MODULE_NAME
    if (formatName == u"events" || isShared(output) || QFileInfo::exists(output))
        return runInDocumentModule("import", args, io);
#else
    // Events (issue 22) are no workspace format: they add to a workspace's observed usage.
    if (formatName == u"events")
        return runEventImport(parsed, io);
#endif
    if (parsed.has(u"--users"_s) || parsed.has(u"--from"_s) || parsed.has(u"--to"_s))
        return usageError(io,
                          tr("import: --users, --from and --to apply to events (--format "
                             "events)"));
    const WorkspaceFormat *format = WorkspaceFormats::find(formatName);
    if (!format || !format->canRead()) {
        return usageError(io,
                          tr("import: unknown format %1; formats: %2").arg(formatName, formats));
    }
    if (options.block < 1)
        return usageError(io, tr("import: --block takes a number from 1"));
    if (parsed.has(u"--block"_s) && format->shortName() != u"mermaid")
        return usageError(io,
                          tr("import: --block applies to Mermaid Markdown files (--format "
                             "mermaid)"));
    if (!isShared(output) && !output.endsWith(u".parcours"_s, Qt::CaseInsensitive)) {
        return usageError(io,
                          tr("import: the output of import is a Parcours workspace: name it "
                             "*.parcours"));
    }
    if (const QString missing = missingOutputFolder(output); !missing.isEmpty())
        return fail(io, output, missing);

    QFile file(input);
    if (!file.open(QIODevice::ReadOnly))
        return fail(io, input, file.errorString());
    options.fileName = input;
    if (file.peek(16).startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return fail(io, input,
                    tr("this is a Parcours workspace, not %1 (open it, or export it with "
                       "--format %2)")
                        .arg(format->shortName() == u"json" ? tr("JSON") : format->displayName(),
                             format->shortName()));
    }
    // Into a shared workspace the rows still become one fragment in memory before the server
    // transaction: a file above the whole-file limit is refused, and goes through a file.
    if (format->shortName() == u"usecases-csv" && isShared(output) && !file.isSequential()
        && file.size() > WorkspaceFormat::maxWholeFileSize) {
        return fail(io, input,
                    tr("the file is too large to import into a shared workspace (%1 MB; at "
                       "most %2 MB): import it into a workspace file (-o FILE.parcours), then "
                       "publish that (parcours publish FILE.parcours URL)")
                        .arg((file.size() + (1 << 20) - 1) >> 20)
                        .arg(WorkspaceFormat::maxWholeFileSize >> 20));
    }
    // Use cases into a workspace file go row by row, in bounded memory (issue #16 item 6); a
    // pipe, which cannot be read twice, is read whole.
    if (format->shortName() == u"usecases-csv" && !isShared(output) && !file.isSequential())
        return importUseCasesStreamed(file, output, options, io);
    // A format that links to the workspace's items by name reads the file against it: the
    // workspace is opened first (a new one is empty).
    const Workspace empty;
#ifndef PARCOURS_DOCUMENT_MODULE_NAME
    std::unique_ptr<WorkspaceDocument> target;
#endif
    if (format->namesTargetItems()) {
        options.target = &empty;
#ifndef PARCOURS_DOCUMENT_MODULE_NAME
        if (isShared(output) || QFileInfo::exists(output)) {
            WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(output);
            if (!opened.document)
                return fail(io, output, opened.error);
            if (opened.document->isReadOnly())
                return fail(io, output,
                            opened.notice.isEmpty() ? tr("the workspace is read-only")
                                                    : opened.notice);
            target = std::move(opened.document);
            options.target = &target->workspace();
        }
#endif
    }
    ImportResult imported = format->readFile(file, options);
    // A JSON workspace's labelled versions (issue 23) come along into a new workspace file;
    // into an existing workspace they are not imported (they are another workspace's).
    std::vector<StoredVersion> versions;
    if (imported.fragment && format->shortName() == u"json" && !isShared(output)
        && !QFileInfo::exists(output) && !file.isSequential() && file.seek(0)) {
        VersionsJson::ReadResult read = VersionsJson::read(file.readAll());
        if (!read.error.isEmpty())
            return fail(io, input, read.error);
        versions = std::move(read.versions);
    }
    for (const QString &warning : std::as_const(imported.warnings))
        io.err << warning << Qt::endl;
    for (const QString &error : std::as_const(imported.errors))
        io.err << error << Qt::endl;
    if (!imported.fragment) {
        if (imported.errors.isEmpty())
            return fail(io, input, tr("nothing was imported"));
        io.err << (imported.errors.size() == 1
                       ? tr("parcours: %1: nothing imported (1 error)").arg(input)
                       : tr("parcours: %1: nothing imported (%2 errors)")
                             .arg(input)
                             .arg(imported.errors.size()))
               << Qt::endl;
        return BadInput;
    }

    Edit::ImportNotes notes;
    if (!isShared(output) && !QFileInfo::exists(output) && !versions.empty()) {
        // The same workspace as a file again, with its versions: kept with its ids, which the
        // versions' snapshots share (what changed since a version is matched by id).
        const WorkspaceStore::OpenResult created
            = WorkspaceStore::create(output, *imported.fragment);
        if (!created.store)
            return fail(io, output, created.error);
        WorkspaceVersions stored(created.store->database());
        if (!stored.save(versions))
            return fail(io, output, stored.lastError());
    } else if (!isShared(output) && !QFileInfo::exists(output)) {
        // What WorkspaceDocument::create() writes, without the document and its undo stack.
        Workspace workspace;
        // Written and left closed: nothing reads it back (WorkspaceStore::createClosed()).
        Edit::mergeFragment(workspace, std::move(*imported.fragment), &notes);
        if (QString error; WorkspaceStore::createClosed(output, workspace, &error)
            != WorkspaceStore::Failure::None)
            return fail(io, output, error);
    } else {
#ifndef PARCOURS_DOCUMENT_MODULE_NAME
        WorkspaceDocument::OpenResult opened;
        opened.document = std::move(target);
        if (!opened.document)
            opened = WorkspaceDocument::open(output);
        if (!opened.document)
            return fail(io, output, opened.error);
        if (opened.document->isReadOnly())
            return fail(io, output,
                        opened.notice.isEmpty() ? tr("the workspace is read-only") : opened.notice);
        // A shared workspace refuses a transaction the server refused or lost: nothing written.
        QString refused;
        QObject::connect(opened.document.get(), &WorkspaceDocument::editRefused,
                         [&refused](const QString &message) { refused = message; });
        Edit::importFragment(*opened.document, std::move(*imported.fragment),
                             tr("Import %1").arg(QFileInfo(input).fileName()), &notes);
        if (!refused.isEmpty())
            return fail(io, output, refused);
        if (!opened.document->isSaved())
            return fail(io, output, opened.document->writeError());
#endif
    }
    for (const QString &warning : notes.warnings(input))
        io.err << warning << Qt::endl;
    if (imported.errors.isEmpty()) {
        if (format->shortName().endsWith(u"-csv"_s)) {
            io.out << tr("Imported %1 rows from %2 into %3.")
                          .arg(imported.rowLines.size())
                          .arg(input, displayLocation(output))
                   << Qt::endl;
        }
        return Success;
    }
    // --skip-bad-rows: the good rows are in the workspace; exit code 2 still says some were not.
    const auto good
        = std::count_if(imported.rowLines.cbegin(), imported.rowLines.cend(),
                        [&imported](int line) { return !imported.errorLines.contains(line); });
    io.err << tr("parcours: %1: imported %2 rows into %3, skipped %4 (see above)")
                  .arg(input)
                  .arg(good)
                  .arg(displayLocation(output))
                  .arg(imported.errorLines.size())
           << Qt::endl;
    return BadInput;
}

} // namespace Parcours::Cli
