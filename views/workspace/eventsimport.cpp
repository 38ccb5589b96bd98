#include "workspace/eventsimport.h"

#include "document/editsusage.h"
#include "document/workspacedocument.h"
#include "formats/usageimport.h"
#include "workspace/importexport.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr int listedNames = 200;

} // namespace

QString EventsImport::nameFilter()
{
    return tr("Analytics events (*.csv *.json *.jsonl *.gz)");
}

QString EventsImport::importFile(QWidget *parent, WorkspaceDocument &doc, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (doc.isReadOnly()) {
        QMessageBox::information(parent, tr("Import"),
                                 tr("This workspace is read-only: nothing can be imported."));
        return {};
    }
    if (doc.isShared()) {
        QMessageBox::information(parent, tr("Import"),
                                 tr("Events are imported into a workspace file, not a shared "
                                    "workspace: import them into a file, then publish it."));
        return {};
    }
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
        QStringList messages = result.errors;
        if (!result.failure.isEmpty())
            messages.prepend(result.failure);
        if (result.badRows > result.errors.size())
            messages << tr("… and %n more bad lines", nullptr,
                           int(result.badRows - result.errors.size()));
        ImportReportDialog dialog(
            tr("Nothing was imported from %1. Fix these problems first:").arg(name), messages,
            parent);
        dialog.exec();
        return {};
    }
    const UsageSource &source = result.source;
    const qint64 events = source.events;
    const qint64 unmapped = source.unmappedEvents;
    QStringList notes;
    const std::vector<std::pair<QString, qint64>> names
        = UsageImport::byCount(source.unmappedEventNames);
    for (size_t i = 0; i < names.size() && i < size_t(listedNames); ++i)
        notes << tr("Event no use case names: %1 (%n events)", nullptr, int(names[i].second))
                     .arg(names[i].first);
    for (qsizetype i = 0; i < result.unmappedUsers.size() && i < listedNames; ++i)
        notes << tr("User without a persona: %1").arg(result.unmappedUsers[i]);
    const QStringList unknown = result.unknownPersonas.keys();
    for (const QString &persona : unknown)
        notes << tr("Persona name not in the workspace: %1").arg(persona);
    const qint64 unmappedUsers = result.unmappedUsers.size();
    const Edit::UsageImported imported
        = Edit::importUsage(doc, std::move(result.source), std::move(result.users));
    if (imported == Edit::UsageImported::Not)
        return {};
    const QString summary
        = (imported == Edit::UsageImported::Replaced
               ? tr("Re-imported %1, replacing its earlier import: %2 events, %3 of them mapped "
                    "to use cases; %4 users without a persona.")
               : tr("Imported %1: %2 events, %3 of them mapped to use cases; %4 users without a "
                    "persona."))
              .arg(name)
              .arg(events)
              .arg(events - unmapped)
              .arg(unmappedUsers);
    if (!notes.isEmpty()) {
        ImportReportDialog dialog(summary, notes, parent);
        dialog.exec();
    }
    return imported == Edit::UsageImported::Replaced ? tr("Re-imported %1").arg(name)
                                                     : tr("Imported %1").arg(name);
}

} // namespace Parcours
