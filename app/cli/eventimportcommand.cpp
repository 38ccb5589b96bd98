#include "eventimportcommand.h"

#include "location.h"

#include "document/editsusage.h"
#include "document/workspacedocument.h"
#include "formats/usageimport.h"
#include "shared/sharedusageimport.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::Cli", text);
}

// At most this many names are listed after a count; the rest is "…".
constexpr int listed = 10;

QString listOf(QStringList names)
{
    if (names.size() > listed) {
        names = names.mid(0, listed);
        names.append(u"…"_s);
    }
    return names.join(u", "_s);
}

// The unmapped events' names, most frequent first: "login (12), logout (3)".
QString listOfNames(const QHash<QString, qint64> &names)
{
    QStringList text;
    for (const auto &[name, count] : UsageImport::byCount(names))
        text.append(u"%1 (%2)"_s.arg(name).arg(count));
    return listOf(text);
}

bool parseDate(const Arguments &parsed, const QString &option, QDate *date)
{
    if (!parsed.has(option))
        return true;
    *date = QDate::fromString(parsed.value(option), Qt::ISODate);
    return date->isValid();
}

// What an import did, as a script reads it: events, mapping, users, bad rows.
int printOutcome(Streams &io, const QString &input, const QString &output,
                 const UsageImportResult &result, qint64 events, qint64 unmapped,
                 const QHash<QString, qint64> &unmappedNames, bool replaced)
{
    io.out << (replaced ? tr("Re-imported %1 (%2): %3 events, replacing its earlier import in %4.")
                        : tr("Imported %1 (%2): %3 events into %4."))
                  .arg(input, result.shape)
                  .arg(events)
                  .arg(displayLocation(output))
           << Qt::endl;
    io.out
        << tr("Mapped to use cases: %1 events; unmapped: %2.").arg(events - unmapped).arg(unmapped)
        << Qt::endl;
    if (!unmappedNames.isEmpty())
        io.out << tr("Unmapped events: %1").arg(listOfNames(unmappedNames)) << Qt::endl;
    if (!result.unmappedUsers.isEmpty()) {
        io.out << tr("Users without a persona: %1 (%2)")
                      .arg(result.unmappedUsers.size())
                      .arg(listOf(result.unmappedUsers))
               << Qt::endl;
    }
    if (!result.unknownPersonas.isEmpty()) {
        QStringList names = result.unknownPersonas.keys();
        names.sort();
        io.out << tr("Persona names not in the workspace: %1").arg(listOf(names)) << Qt::endl;
    }
    if (result.outsideWindow > 0)
        io.out << tr("Left out before --from or after --to: %1 events.").arg(result.outsideWindow)
               << Qt::endl;
    if (result.badRows > 0) {
        io.err << tr("parcours: %1: imported the good rows into %2, skipped %3 (see above)")
                      .arg(input, displayLocation(output))
                      .arg(result.badRows)
               << Qt::endl;
        return BadInput;
    }
    return Success;
}

// The same into a shared workspace: the events stream to the server, which aggregates them
// (shared/sharedusageimport.h).
int runSharedEventImport(const QString &input, const QString &output,
                         const UsageImportOptions &options, Streams &io)
{
    QString error;
    const std::optional<WorkspaceLocation> location = WorkspaceLocation::parse(output, &error);
    if (!location)
        return fail(io, output, error);
    const SharedUsageImport::Result shared = SharedUsageImport::run(*location, input, options);
    const UsageImportResult &result = shared.import;
    if (!result.failure.isEmpty()) {
        io.err << u"parcours: "_s << result.failure << Qt::endl;
        return BadInput;
    }
    for (const QString &message : std::as_const(result.errors))
        io.err << message << Qt::endl;
    if (result.badRows > result.errors.size())
        io.err << tr("… and %1 more bad rows").arg(result.badRows - result.errors.size())
               << Qt::endl;
    if (result.badRows > 0 && !options.skipBadRows) {
        io.err << tr("parcours: %1: nothing imported (%2 bad rows)").arg(input).arg(result.badRows)
               << Qt::endl;
        return BadInput;
    }
    if (!shared.saveError.isEmpty())
        return fail(io, output, shared.saveError);
    if (!result.ok)
        return fail(io, input,
                    tr("no events to import (%1 outside --from/--to)").arg(result.outsideWindow));
    return printOutcome(io, input, output, result, result.source.events,
                        result.source.unmappedEvents, result.source.unmappedEventNames,
                        shared.replaced);
}

} // namespace

// parcours import FILE --format events -o WORKSPACE [--users FILE] [--from DATE] [--to DATE]
// [--skip-bad-rows]: aggregates an events file into the existing workspace's observed usage,
// its use cases giving the mapping (docs/observed-usage.md). One undo step; nothing changes
// when the file has errors (without --skip-bad-rows) or cannot be read.
int runEventImport(const Arguments &parsed, Streams &io)
{
    const QString input = parsed.positional.value(0);
    const QString output = parsed.value(u"--output"_s);
    UsageImportOptions options;
    options.skipBadRows = parsed.has(u"--skip-bad-rows"_s);
    if (!parseDate(parsed, u"--from"_s, &options.from)
        || !parseDate(parsed, u"--to"_s, &options.to)) {
        return usageError(io, tr("import: --from and --to take a date YYYY-MM-DD"));
    }
    if (options.from.isValid() && options.to.isValid() && options.to < options.from)
        return usageError(io, tr("import: --to is before --from"));
    if (!isShared(output) && !output.endsWith(u".parcours"_s, Qt::CaseInsensitive))
        return usageError(io,
                          tr("import: the output of import is a Parcours workspace: name it "
                             "*.parcours"));
    if (!isShared(output) && !QFileInfo::exists(output)) {
        return fail(io, output,
                    tr("no such workspace: events are imported into an existing workspace, "
                       "whose use cases name the events they mean"));
    }
    if (parsed.has(u"--users"_s)) {
        QString error;
        if (!UsageImport::readUsers(parsed.value(u"--users"_s), &options.userPersonas, &error)) {
            io.err << u"parcours: "_s << error << Qt::endl;
            return BadInput;
        }
    }
    if (isShared(output))
        return runSharedEventImport(input, output, options, io);
    WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(output);
    if (!opened.document)
        return fail(io, output, opened.error);
    if (opened.document->isReadOnly())
        return fail(io, output,
                    opened.notice.isEmpty() ? tr("the workspace is read-only") : opened.notice);
    WorkspaceDocument &document = *opened.document;

    UsageImportResult result = UsageImport::read(input, document.workspace(), options);
    if (!result.failure.isEmpty()) {
        io.err << u"parcours: "_s << result.failure << Qt::endl;
        return BadInput;
    }
    for (const QString &error : std::as_const(result.errors))
        io.err << error << Qt::endl;
    if (result.badRows > result.errors.size())
        io.err << tr("… and %1 more bad rows").arg(result.badRows - result.errors.size())
               << Qt::endl;
    if (!result.ok) {
        io.err << tr("parcours: %1: nothing imported (%2 bad rows)").arg(input).arg(result.badRows)
               << Qt::endl;
        return BadInput;
    }
    if (result.source.events == 0)
        return fail(io, input,
                    tr("no events to import (%1 outside --from/--to)").arg(result.outsideWindow));

    // The counts move into the document; what is printed below stays here.
    const qint64 events = result.source.events;
    const qint64 unmapped = result.source.unmappedEvents;
    const QHash<QString, qint64> unmappedNames = result.source.unmappedEventNames;
    const Edit::UsageImported imported
        = Edit::importUsage(document, std::move(result.source), std::move(result.users));
    if (imported == Edit::UsageImported::Not || !document.isSaved())
        return fail(io, output, document.writeError());

    return printOutcome(io, input, output, result, events, unmapped, unmappedNames,
                        imported == Edit::UsageImported::Replaced);
}

} // namespace Parcours::Cli