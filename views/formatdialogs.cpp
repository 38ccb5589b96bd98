#include "formatdialogs.h"

#include "edits.h"
#include "workspacedocument.h"
#include "workspaceformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Parcours::FormatDialogs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::FormatDialogs", text);
}

QString filterOf(const WorkspaceFormat *format)
{
    return u"%1 (%2)"_s.arg(format->displayName(), format->nameFilter());
}

// The formats that can read (or write), and the format of the filter the user picked.
QList<const WorkspaceFormat *> formats(bool reading)
{
    QList<const WorkspaceFormat *> result;
    for (const WorkspaceFormat *format : WorkspaceFormats::all()) {
        if (reading ? format->canRead() : format->canWrite())
            result << format;
    }
    return result;
}

const WorkspaceFormat *chosen(const QList<const WorkspaceFormat *> &list, const QString &filter,
                              const QString &path)
{
    for (const WorkspaceFormat *format : list) {
        if (filterOf(format) == filter)
            return format;
    }
    const QString suffix = u"*."_s + QFileInfo(path).suffix().toLower();
    for (const WorkspaceFormat *format : list) {
        if (format->nameFilter().split(u' ').contains(suffix))
            return format;
    }
    return nullptr;
}

QString lastDirectory()
{
    return QSettings().value(u"lastDirectory"_s, QDir::homePath()).toString();
}

QString listed(const QStringList &errors)
{
    constexpr int shown = 15;
    QString text = errors.mid(0, shown).join(u'\n');
    if (errors.size() > shown)
        text += u'\n' + tr("… and %1 more").arg(errors.size() - shown);
    return text;
}

} // namespace

bool importInto(QWidget *parent, WorkspaceDocument &document)
{
    const QList<const WorkspaceFormat *> list = formats(true);
    QStringList filters;
    for (const WorkspaceFormat *format : list)
        filters << filterOf(format);
    QString filter;
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import"), lastDirectory(),
                                                      filters.join(u";;"_s), &filter);
    if (path.isEmpty())
        return false;
    return importFile(parent, document, path, chosen(list, filter, path));
}

bool importFile(QWidget *parent, WorkspaceDocument &document, const QString &path,
                const WorkspaceFormat *format)
{
    QFile file(path);
    if (!format || !file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(parent, tr("Cannot import"),
                             tr("%1 cannot be read:\n%2")
                                 .arg(QDir::toNativeSeparators(path),
                                      format ? file.errorString() : tr("unknown format")));
        return false;
    }
    const QByteArray data = file.readAll();
    ImportOptions options;
    options.fileName = QFileInfo(path).fileName();
    ImportResult result = format->read(data, options);
    if (!result.errors.isEmpty()) {
        options.skipBadRows = true;
        ImportResult partial = format->read(data, options);
        const bool someGood = partial.fragment
            && (!partial.fragment->personas.empty() || !partial.fragment->journeys.empty()
                || !partial.fragment->metrics.empty());
        if (!someGood) {
            QMessageBox::warning(parent, tr("Nothing imported"),
                                 tr("%1 has errors; nothing was imported:\n\n%2")
                                     .arg(options.fileName, listed(result.errors)));
            return false;
        }
        const auto answer = QMessageBox::question(
            parent, tr("Import with errors?"),
            QCoreApplication::translate("Parcours::FormatDialogs",
                                        "%1 has %n bad row(s); nothing has been imported yet:"
                                        "\n\n%2\n\nImport the other rows and skip the bad ones?",
                                        nullptr, int(result.errors.size()))
                .arg(options.fileName, listed(result.errors)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
        result = std::move(partial);
    }
    if (!result.fragment)
        return false;
    QSettings().setValue(u"lastDirectory"_s, QFileInfo(path).absolutePath());
    return Edit::importFragment(document, std::move(*result.fragment),
                                tr("Import %1").arg(options.fileName));
}

bool exportFrom(QWidget *parent, const WorkspaceDocument &document)
{
    const QList<const WorkspaceFormat *> list = formats(false);
    QStringList filters;
    for (const WorkspaceFormat *format : list)
        filters << filterOf(format);
    QString filter;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export"),
                                                lastDirectory() + u'/' + document.displayName(),
                                                filters.join(u";;"_s), &filter);
    if (path.isEmpty())
        return false;
    const WorkspaceFormat *format = chosen(list, filter, path);
    if (!format)
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += format->nameFilter().section(u' ', 0, 0).mid(1); // "*.csv" -> ".csv"
    const ExportResult exported = format->write(document.workspace(), {});
    QSaveFile out(path);
    QString error = exported.error;
    if (error.isEmpty()
        && (!out.open(QIODevice::WriteOnly) || out.write(exported.data) != exported.data.size()
            || !out.commit()))
        error = out.errorString();
    if (!error.isEmpty()) {
        QMessageBox::warning(
            parent, tr("Cannot export"),
            tr("%1 cannot be written:\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    QSettings().setValue(u"lastDirectory"_s, QFileInfo(path).absolutePath());
    return true;
}

} // namespace Parcours::FormatDialogs
