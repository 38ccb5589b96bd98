// MainWindow's files: opening, Save As, untitled work and its recovery, recent files.
#include "mainwindow.h"

#include "common/preferences.h"
#include "document/workspacedocument.h"
#include "domain/journeytemplates.h"
#include "formats/workspacejson.h"
#include "shared/sharedstore.h"
#include "workspace/sharedworkspacedialog.h"
#include "workspace/welcomepage.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr int maxRecentFiles = 10;
const QString recentFilesKey = u"recentFiles"_s;

// A name for an untitled workspace's file, from the workspace's name ("Sample — HomeFinder"),
// so that Recent files say what it is; "(2)" and so on when one is there already.
QString untitledFileName(const QString &folder, const QString &workspaceName)
{
    QString base = workspaceName.trimmed();
    base.replace(QRegularExpression(u"[\\\\/:*?\"<>|\\x00-\\x1f]"_s), u"-"_s);
    base.truncate(80);
    if (base.isEmpty() || base.startsWith(u'.'))
        base = MainWindow::tr("Untitled workspace");
    QString path = u"%1/%2.parcours"_s.arg(folder, base);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = u"%1/%2 (%3).parcours"_s.arg(folder, base).arg(n);
    return path;
}

} // namespace

MainWindow *MainWindow::windowFor(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (MainWindow *w : allWindows()) {
        if (!w->mDocument)
            continue;
        if (w->mDocument->isShared()
                ? w->mDocument->filePath() == path
                : QFileInfo(w->mDocument->filePath()).canonicalFilePath() == canonical)
            return w;
    }
    return nullptr;
}

std::optional<bool> MainWindow::openElsewhere(const QString &where,
                                              const std::function<bool(MainWindow *)> &open)
{
    if (MainWindow *existing = windowFor(where)) {
        existing->show();
        existing->raise();
        existing->activateWindow();
        return true;
    }
    if (!mDocument)
        return std::nullopt;
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!open(window)) {
        window->deleteLater();
        return false;
    }
    window->show();
    return true;
}

bool MainWindow::openShared(WorkspaceLocation location)
{
    if (const std::optional<bool> elsewhere = openElsewhere(
            location.toString(), [&location](MainWindow *w) { return w->openShared(location); }))
        return *elsewhere;
    QString error;
    const auto reach = SharedWorkspaceDialog::reachServer(&location, this, &error);
    if (reach == SharedWorkspaceDialog::Reach::Cancelled)
        return false;
    WorkspaceDocument::OpenResult opened;
    opened.error = error;
    if (reach == SharedWorkspaceDialog::Reach::Answers) {
        opened = SharedWorkspaceDialog::open(location, this); // off the GUI thread, cancellable
        if (!opened.document && opened.error.isEmpty())
            return false; // cancelled
    }
    if (!opened.document) {
        QMessageBox::warning(this, tr("Cannot open workspace"),
                             tr("The shared workspace %1 cannot be opened:\n%2")
                                 .arg(location.displayName(), opened.error));
        return false;
    }
    // Opened at the window's pace: it waits for each request at most about a second.
    setDocument(std::move(opened.document));
    addRecentFile(location.toString()); // never with the password
    if (!opened.notice.isEmpty())
        statusBar()->showMessage(opened.notice, 15000);
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    if (WorkspaceLocation::looksShared(path)) {
        QString error;
        const std::optional<WorkspaceLocation> location = WorkspaceLocation::parse(path, &error);
        if (location)
            return openShared(*location);
        QMessageBox::warning(this, tr("Cannot open workspace"), error);
        return false;
    }
    if (const std::optional<bool> elsewhere
        = openElsewhere(path, [&path](MainWindow *w) { return w->openFile(path); }))
        return *elsewhere;
    WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(path);
    if (!opened.document) {
        QMessageBox::warning(
            this, tr("Cannot open workspace"),
            tr("%1 cannot be opened:\n%2").arg(QDir::toNativeSeparators(path), opened.error));
        return false;
    }
    setDocument(std::move(opened.document));
    addRecentFile(path);
    if (QFileInfo(path).absolutePath() == QFileInfo(untitledFolder()).absoluteFilePath()) {
        // Untitled work from an earlier session: it still asks to be saved somewhere.
        mDocument->setUntitled(true);
        updateTitle();
    } else {
        QSettings().setValue(u"lastDirectory"_s, QFileInfo(path).absolutePath());
    }
    if (!opened.notice.isEmpty())
        statusBar()->showMessage(opened.notice, 15000);
    return true;
}

bool MainWindow::openUntitled(const Workspace &workspace)
{
    if (mDocument) {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        return window->openUntitled(workspace);
    }
    const QString path = untitledFileName(untitledFolder(), workspace.info.name);
    WorkspaceDocument::OpenResult created = WorkspaceDocument::create(path, workspace);
    if (!created.document) {
        QMessageBox::warning(this, tr("Cannot create workspace"), created.error);
        return false;
    }
    created.document->setUntitled(true);
    setDocument(std::move(created.document));
    mCreatedUntitled = true;
    addRecentFile(path); // untitled work stays findable after a crash
    return true;
}

bool MainWindow::openLastWorkspace()
{
    if (!Preferences::reopenLastWorkspace())
        return false;
    const QString untitled = QFileInfo(untitledFolder()).absoluteFilePath();
    for (const QString &path : QSettings().value(recentFilesKey).toStringList()) {
        if (WorkspaceLocation::looksShared(path))
            return openFile(path);
        // Untitled work is offered by offerRecovery(), not reopened behind the user's back.
        if (QFileInfo::exists(path) && QFileInfo(path).absolutePath() != untitled)
            return openFile(path);
    }
    return false;
}

bool MainWindow::newWorkspace()
{
    return openUntitled(Workspace());
}

bool MainWindow::newWorkspaceFromTemplate(const QString &key)
{
    // The template's journey (stages, lanes, sample cells) and retention type, in the
    // interface's language, as `parcours new --template` makes them.
    const QList<WelcomePage::Template> templates = WelcomePage::templates();
    const auto t = std::find_if(templates.cbegin(), templates.cend(),
                                [&key](const WelcomePage::Template &c) { return c.key == key; });
    const std::optional<JourneyTemplates::Kind> kind = JourneyTemplates::fromKey(key);
    if (t == templates.cend() || !kind)
        return false;
    const auto language = QLocale().language() == QLocale::French
        ? JourneyTemplates::Language::French
        : JourneyTemplates::Language::English;
    Workspace workspace = JourneyTemplates::makeWorkspace(kind, language);
    workspace.info.name = t->workspaceName;
    return openUntitled(workspace);
}

bool MainWindow::openSample()
{
    QFile sample(u":/samples/sample.json"_s);
    if (!sample.open(QIODevice::ReadOnly))
        return false;
    WorkspaceJson::ReadResult read = WorkspaceJson::read(sample.readAll());
    if (!read.workspace) {
        QMessageBox::warning(this, tr("Cannot open workspace"), read.error);
        return false;
    }
    return openUntitled(*read.workspace);
}

QStringList MainWindow::unsavedWorkspaces()
{
    QStringList files;
    const QFileInfoList found
        = QDir(untitledFolder()).entryInfoList({u"*.parcours"_s}, QDir::Files, QDir::Time);
    for (const QFileInfo &file : found) {
        if (!windowFor(file.absoluteFilePath()))
            files << file.absoluteFilePath();
    }
    return files;
}

void MainWindow::offerRecovery()
{
    const QStringList files = unsavedWorkspaces();
    if (files.isEmpty())
        return;
    QStringList lines;
    for (const QString &file : files) {
        lines << tr("Untitled workspace last changed %1")
                     .arg(QLocale().toString(QFileInfo(file).lastModified(), QLocale::LongFormat));
    }
    QMessageBox box(QMessageBox::Question, tr("Unsaved work found"),
                    files.size() == 1
                        ? tr("Parcours ended without saving an untitled workspace to a file of "
                             "your choice. Its work is kept. Open it now?")
                        : tr("Parcours ended without saving %1 untitled workspaces to files of "
                             "your choice. Their work is kept. Open them now?")
                              .arg(files.size()),
                    QMessageBox::NoButton, this);
    box.setInformativeText(lines.join(u'\n'));
    QPushButton *open = box.addButton(tr("Open"), QMessageBox::AcceptRole);
    box.addButton(tr("Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() != open)
        return; // they stay in the recent files and are offered again next time
    for (const QString &file : files)
        openFile(file); // in this window when it is empty, else in a new one
}

bool MainWindow::saveAs()
{
    if (!mDocument)
        return false;
    const QString dir = QSettings().value(u"lastDirectory"_s, QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Workspace As"), dir + u'/' + mDocument->displayName() + u".parcours"_s,
        workspaceFileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".parcours"_s;
    const QString previous = mDocument->filePath();
    const bool wasUntitled = mDocument->isUntitled();
    QString error;
    // Writing a shared workspace's copy takes a while when it is large: progress, cancellable.
    QProgressDialog progress(tr("Saving the workspace as %1\u2026").arg(QFileInfo(path).fileName()),
                             tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const bool saved = mDocument->saveAs(path, &error, [&progress](int done, int total) {
        progress.setMaximum(std::max(1, total));
        progress.setValue(std::min(done, total)); // processes events: Cancel works
        return !progress.wasCanceled();
    });
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    if (!saved && cancelled) {
        statusBar()->showMessage(tr("Save As cancelled; nothing was written."), 5000);
        return false;
    }
    if (!saved) {
        QMessageBox::warning(
            this, tr("Cannot save workspace"),
            tr("%1 cannot be written:\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    if (wasUntitled)
        QFile::remove(previous);
    addRecentFile(path);
    QSettings().setValue(u"lastDirectory"_s, QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Saved as %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::maybeKeepUntitled()
{
    if (!mDocument || !mDocument->isUntitled())
        return true;
    // Nothing typed in this session (an untouched sample or template): nothing to keep.
    // Untitled work recovered from an earlier session is kept unless the user says so.
    if (mCreatedUntitled && mDocument->undoStack()->isClean()) {
        const QString path = mDocument->filePath();
        setDocument(nullptr);
        QFile::remove(path);
        return true;
    }
    const auto answer = QMessageBox::question(
        this, tr("Keep this workspace?"),
        tr("\"%1\" has not been saved to a file of your choice yet.").arg(mDocument->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveAs();
    const QString path = mDocument->filePath();
    setDocument(nullptr);
    QFile::remove(path);
    return true;
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(recentFilesKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    settings.setValue(recentFilesKey, files);
    for (MainWindow *w : allWindows())
        w->updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    mRecentMenu->clear();
    const QStringList files = QSettings().value(recentFilesKey).toStringList();
    for (const QString &path : files) {
        if (!QFileInfo::exists(path) && !WorkspaceLocation::looksShared(path))
            continue;
        mRecentMenu->addAction(QDir::toNativeSeparators(path), this,
                               [this, path] { openFile(path); });
    }
    mRecentMenu->setEnabled(!mRecentMenu->isEmpty());
    mWelcome->setRecentFiles(files);
}

QString MainWindow::untitledFolder()
{
    QString dir
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/untitled"_s;
    QDir().mkpath(dir);
    return dir;
}

} // namespace Parcours
