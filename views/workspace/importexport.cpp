#include "workspace/importexport.h"

#include "document/edits.h"
#include "document/workspacedocument.h"
#include "formats/usageimport.h"
#include "formats/workspaceformat.h"
#include "posters/exportfile.h"
#include "workspace/eventsimport.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr qsizetype maxListedMessages = 500;
// From this size a file is read under a progress dialog that can cancel it; smaller ones are
// read before a dialog could be seen.
constexpr qint64 progressFromSize = qint64(4) << 20;

QString filterOf(const WorkspaceFormat *format)
{
    return u"%1 (%2)"_s.arg(format->displayName(), format->nameFilter());
}

QString lastDirectory()
{
    return QSettings().value(u"lastDirectory"_s, QDir::homePath()).toString();
}

} // namespace

ImportReportDialog::ImportReportDialog(const QString &summary, const QStringList &messages,
                                       QWidget *parent)
    : QDialog(parent)
    , mSummary(new QLabel(summary))
    , mMessages(new QPlainTextEdit)
{
    setObjectName(u"importReport"_s);
    setWindowTitle(tr("Import"));
    mSummary->setWordWrap(true);
    mMessages->setReadOnly(true);
    mMessages->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    mMessages->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QStringList shown = messages.mid(0, maxListedMessages);
    if (messages.size() > maxListedMessages)
        shown << tr("… and %n more", nullptr, int(messages.size() - maxListedMessages));
    mMessages->setPlainText(shown.join(u'\n'));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mSummary);
    layout->addWidget(mMessages);
    layout->addWidget(buttons);
    resize(720, 360);
}

QString ImportReportDialog::summary() const
{
    return mSummary->text();
}

QStringList ImportReportDialog::messages() const
{
    return mMessages->toPlainText().split(u'\n', Qt::SkipEmptyParts);
}

QString ImportExport::importFile(QWidget *parent, WorkspaceDocument &doc)
{
    QStringList filters;
    QHash<QString, const WorkspaceFormat *> formats;
    for (const WorkspaceFormat *format : WorkspaceFormats::all()) {
        if (!format->canRead())
            continue;
        filters << filterOf(format);
        formats.insert(filters.last(), format);
    }
    filters << EventsImport::nameFilter();
    QString selected = QSettings().value(u"importFilter"_s).toString();
    if (!formats.contains(selected) && selected != EventsImport::nameFilter())
        selected.clear();
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import"), lastDirectory(),
                                                      filters.join(u";;"_s), &selected);
    const WorkspaceFormat *format = formats.value(selected);
    bool events = selected == EventsImport::nameFilter();
    if (path.isEmpty() || (!format && !events))
        return {};
    // What the file is, whatever filter the dialog was left on.
    if (QFile head(path); head.open(QIODevice::ReadOnly)) {
        const QByteArray start = head.read(4096);
        const WorkspaceFormat *detected = WorkspaceFormats::detect(path, start);
        if (detected && detected->canRead()) {
            format = detected;
            events = false;
        } else if (UsageImport::looksLikeEvents(start)) {
            events = true;
        }
    }
    QSettings().setValue(u"importFilter"_s, selected);
    QSettings().setValue(u"lastDirectory"_s, QFileInfo(path).absolutePath());
    if (events)
        return EventsImport::importFile(parent, doc, path);
    return importFile(parent, doc, path, *format);
}

QString ImportExport::importFile(QWidget *parent, WorkspaceDocument &doc, const QString &path,
                                 const WorkspaceFormat &format)
{
    const QString name = QFileInfo(path).fileName();
    if (doc.isReadOnly()) {
        QMessageBox::information(parent, tr("Import"),
                                 tr("This workspace is read-only: nothing can be imported."));
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            parent, tr("Cannot import"),
            tr("%1 cannot be read:\n%2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return {};
    }
    ImportOptions options;
    options.fileName = name;
    options.target = &doc.workspace();
    std::unique_ptr<QProgressDialog> progress;
    if (file.size() >= progressFromSize) {
        progress = std::make_unique<QProgressDialog>(tr("Reading %1…").arg(name), tr("Cancel"), 0,
                                                     1000, parent);
        progress->setObjectName(u"importProgress"_s);
        progress->setWindowTitle(tr("Import"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(0);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        progress->show();
    }
    const ImportProgress advance = [&progress](qint64 done, qint64 total) {
        if (!progress)
            return true;
        progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        QCoreApplication::processEvents();
        return !progress->wasCanceled();
    };
    ImportResult result = format.readFile(file, options, advance);
    if (result.cancelled)
        return tr("Import of %1 cancelled: nothing was imported").arg(name);
    if (!result.fragment || !result.errors.isEmpty()) {
        progress.reset();
        ImportReportDialog dialog(
            tr("Nothing was imported from %1. Fix these problems first:").arg(name),
            result.errors + result.warnings, parent);
        dialog.exec();
        return {};
    }
    if (progress) {
        progress->setLabelText(tr("Adding %1 to the workspace…").arg(name));
        progress->setCancelButton(nullptr); // one undoable step, done at once
        QCoreApplication::processEvents();
    }
    Edit::ImportNotes notes;
    const bool imported
        = Edit::importFragment(doc, std::move(*result.fragment), tr("Import %1").arg(name), &notes);
    progress.reset();
    result.warnings << notes.warnings(name);
    if (!result.warnings.isEmpty()) {
        ImportReportDialog dialog(tr("%1 was imported. Check these warnings:").arg(name),
                                  result.warnings, parent);
        dialog.exec();
    }
    return imported ? tr("Imported %1").arg(name) : tr("%1 holds nothing to import").arg(name);
}

QString ImportExport::exportFile(QWidget *parent, const WorkspaceDocument &doc, Id journey)
{
    const Workspace &workspace = doc.workspace();
    QStringList filters;
    QHash<QString, const WorkspaceFormat *> formats;
    for (const WorkspaceFormat *format : WorkspaceFormats::all()) {
        if (!format->canWrite())
            continue;
        filters << filterOf(format);
        formats.insert(filters.last(), format);
    }
    QString selected = QSettings().value(u"exportFilter"_s).toString();
    if (!formats.contains(selected))
        selected.clear();
    const Journey *current = workspace.journey(journey);
    const QString baseName = current ? current->name : doc.displayName();
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Export"), lastDirectory() + u'/' + baseName, filters.join(u";;"_s), &selected);
    const WorkspaceFormat *format = formats.value(selected);
    if (path.isEmpty() || !format)
        return {};
    // What the file is, whatever filter the dialog was left on.
    if (QFile head(path); head.open(QIODevice::ReadOnly)) {
        const WorkspaceFormat *detected = WorkspaceFormats::detect(path, head.read(4096));
        if (detected && detected->canRead())
            format = detected;
    }
    QSettings().setValue(u"exportFilter"_s, selected);
    QSettings().setValue(u"lastDirectory"_s, QFileInfo(path).absolutePath());
    if (QFileInfo(path).suffix().isEmpty()) // "*.mmd *.mermaid *.md": the first one
        path += format->nameFilter().section(u' ', 0, 0).mid(1);

    ExportOptions options;
    if (format->writesOneJourney()) {
        if (!current && workspace.journeys.size() == 1)
            current = &workspace.journeys.front();
        if (!current) {
            QMessageBox::information(parent, tr("Export"),
                                     workspace.journeys.empty()
                                         ? tr("The workspace has no journey to export.")
                                         : tr("%1 holds one journey: select it in the sidebar, "
                                              "then export again.")
                                               .arg(format->displayName()));
            return {};
        }
        options.journey = current->id;
    }
    const ExportResult out = format->write(workspace, options);
    // A full disk gives the system's reason and leaves no file (see ExportFile).
    const QString error = out.error.isEmpty() ? ExportFile::save(path, out.data) : out.error;
    if (!error.isEmpty()) {
        QMessageBox::warning(
            parent, tr("Cannot export"),
            tr("%1 cannot be written:\n%2").arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    return tr("Exported %1").arg(QDir::toNativeSeparators(path));
}

} // namespace Parcours
