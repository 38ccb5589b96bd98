#include "workspace/eventsimport.h"

#include "document/editsusage.h"
#include "document/workspacedocument.h"
#include "formats/usageimport.h"
#include "shared/sharedstore.h"
#include "shared/sharedusageimport.h"
#include "workspace/backgroundwork.h"
#include "workspace/importexport.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr int listedNames = 200;

// Nothing imported: the reasons, in a dialog. False when there is none to show.
bool showProblems(QWidget *parent, const UsageImportResult &result, const QString &name)
{
    QStringList messages = result.errors;
    if (!result.failure.isEmpty())
        messages.prepend(result.failure);
    if (result.badRows > result.errors.size())
        messages << EventsImport::tr("… and %n more bad lines", nullptr,
                                     int(result.badRows - result.errors.size()));
    if (messages.isEmpty())
        return false;
    ImportReportDialog dialog(
        EventsImport::tr("Nothing was imported from %1. Fix these problems first:").arg(name),
        messages, parent);
    dialog.exec();
    return true;
}

// What could not be mapped (events, users, persona names), one line each.
QStringList unmappedNotes(const UsageImportResult &result)
{
    QStringList notes;
    const std::vector<std::pair<QString, qint64>> names
        = UsageImport::byCount(result.source.unmappedEventNames);
    for (size_t i = 0; i < names.size() && i < size_t(listedNames); ++i)
        notes << EventsImport::tr("Event no use case names: %1 (%n events)", nullptr,
                                  int(names[i].second))
                     .arg(names[i].first);
    for (qsizetype i = 0; i < result.unmappedUsers.size() && i < listedNames; ++i)
        notes << EventsImport::tr("User without a persona: %1").arg(result.unmappedUsers[i]);
    const QStringList unknown = result.unknownPersonas.keys();
    for (const QString &persona : unknown)
        notes << EventsImport::tr("Persona name not in the workspace: %1").arg(persona);
    return notes;
}

QString summaryOf(const UsageImportResult &result, const QString &name, bool replaced)
{
    const qint64 events = result.source.events;
    return (replaced ? EventsImport::tr("Re-imported %1, replacing its earlier import: %2 events, "
                                        "%3 of them mapped to use cases; %4 users without a "
                                        "persona.")
                     : EventsImport::tr("Imported %1: %2 events, %3 of them mapped to use cases; "
                                        "%4 users without a persona."))
        .arg(name)
        .arg(events)
        .arg(events - result.source.unmappedEvents)
        .arg(result.unmappedUsers.size());
}

} // namespace

QString EventsImport::nameFilter()
{
    return tr("Analytics events (*.csv *.json *.jsonl *.gz)");
}

QString EventsImport::importFile(QWidget *parent, WorkspaceDocument &doc, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (doc.isReadOnly()) {
        QMessageBox::information(
            parent, tr("Import"),
            doc.isShared()
                ? tr("You may view this shared workspace but not change it (%1): an editor "
                     "imports events into it.")
                      .arg(doc.readOnlyReason())
                : tr("This workspace is read-only: nothing can be imported."));
        return {};
    }
    if (doc.isShared())
        return importIntoShared(parent, doc, path);
    QProgressDialog progress(tr("Reading the events of %1…").arg(name), tr("Cancel"), 0, 1000,
                             parent);
    progress.setObjectName(u"eventsProgress"_s);
    progress.setWindowTitle(tr("Import"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.show();
    UsageImportOptions options;
    options.progress = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    UsageImportResult result = UsageImport::read(path, doc.workspace(), options);
    progress.hide();
    if (result.cancelled)
        return tr("Import of %1 cancelled: nothing was imported").arg(name);
    if (!result.ok) {
        showProblems(parent, result, name);
        return {};
    }
    const QStringList notes = unmappedNotes(result);
    const QString summaries[] = {summaryOf(result, name, false), summaryOf(result, name, true)};
    const Edit::UsageImported imported
        = Edit::importUsage(doc, std::move(result.source), std::move(result.users));
    if (imported == Edit::UsageImported::Not)
        return {};
    const bool replaced = imported == Edit::UsageImported::Replaced;
    if (!notes.isEmpty()) {
        ImportReportDialog dialog(summaries[replaced ? 1 : 0], notes, parent);
        dialog.exec();
    }
    return replaced ? tr("Re-imported %1").arg(name) : tr("Imported %1").arg(name);
}

QString EventsImport::importIntoShared(QWidget *parent, WorkspaceDocument &doc, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const SharedStore *shared = doc.sharedStore();
    if (!shared)
        return {};
    const WorkspaceLocation location = shared->workspaceLocation();
    QProgressDialog progress(tr("Sending the events of %1 to the server…").arg(name), tr("Cancel"),
                             0, 1000, parent);
    progress.setObjectName(u"eventsProgress"_s);
    progress.setWindowTitle(tr("Import"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show(); // at once: connecting to the server may take a while before any progress
    SharedUsageImport::Result result;
    // Off the GUI thread: the file is streamed to the server, which aggregates it (minutes for
    // millions of events); the window stays responsive and Cancel cuts the connection.
    const bool cancelled
        = BackgroundWork::run(progress,
                              [&location, &path, &result](const std::atomic<bool> &stop,
                                                          const BackgroundWork::Report &report) {
                                  UsageImportOptions options;
                                  options.progress = [&stop, &report](qint64 done, qint64 total) {
                                      if (total > 0)
                                          report(int(done * 1000 / total), 1000);
                                      return !stop;
                                  };
                                  result = SharedUsageImport::run(location, path, options, &stop);
                              });
    progress.hide();
    // Cancel pressed once the server had committed changes nothing: the import is there.
    const bool done = result.import.ok && result.saveError.isEmpty();
    if (!done && (cancelled || result.import.cancelled))
        return tr("Import of %1 cancelled: nothing was imported").arg(name);
    if (showProblems(parent, result.import, name))
        return {};
    if (!result.saveError.isEmpty()) {
        QMessageBox::warning(parent, tr("Import"),
                             tr("The server did not import %1: %2").arg(name, result.saveError));
        return {};
    }
    if (!result.import.ok) {
        QMessageBox::information(parent, tr("Import"),
                                 tr("%1 holds no events to import.").arg(name));
        return {};
    }
    // The server announced the change: this window and every other one connected to the
    // workspace read it again, as they do for any change made elsewhere.
    const QStringList notes = unmappedNotes(result.import);
    if (!notes.isEmpty()) {
        ImportReportDialog dialog(summaryOf(result.import, name, result.replaced), notes, parent);
        dialog.exec();
    }
    return result.replaced ? tr("Re-imported %1 into the shared workspace").arg(name)
                           : tr("Imported %1 into the shared workspace").arg(name);
}

} // namespace Parcours
