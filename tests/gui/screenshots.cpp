// parcours_screenshots OUTDIR [LANGUAGE] [SUFFIX]: the real main window and dialogs, driven
// to each main view and grabbed to PNG, for README.md and docs/screenshots/. Run it on a
// display (scripts/screenshots.sh uses Xvfb); it leaves the user's settings alone.
// To add a view: select it as a user would, then call shoot(). With PARCOURS_SCREENSHOT_WORKSPACE
// set to a workspace file, the views show that file instead of the sample (e.g. one with
// imported usage events: scripts/generate-events.py).
#include "common/helpdialog.h"
#include "common/preferences.h"
#include "common/preferencesdialog.h"
#include "document/workspacedocument.h"
#include "formats/workspacejson.h"
#include "itemmodels/workspaceoutlinemodel.h"
#include "language.h"
#include "mainwindow.h"
#include "posters/journeypostercontent.h"
#include "posters/posterdialog.h"
#include "workspace/workspacesidebar.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

QString gOutDir;
QString gSuffix;

bool shoot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    QTest::qWait(300); // icons, layouts and rich text settle
    const QString path = u"%1/%2%3.png"_s.arg(gOutDir, name, gSuffix);
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? path : u"cannot write "_s + path) << Qt::endl;
    return ok;
}

// A few real workspaces for the recent-files list.
QStringList makeRecentFiles(const QString &dir)
{
    QFile sample(u":/samples/sample.json"_s);
    if (!sample.open(QIODevice::ReadOnly))
        return {};
    WorkspaceJson::ReadResult read = WorkspaceJson::read(sample.readAll());
    QStringList files;
    for (const QString &name : {u"HomeFinder"_s, u"Onboarding workshop"_s, u"Renewal review"_s}) {
        Workspace w = name == u"HomeFinder" && read.workspace ? *read.workspace : Workspace();
        w.info.name = name;
        const QString path = dir + u'/' + name + u".parcours"_s;
        if (WorkspaceDocument::create(path, w).document)
            files << path;
    }
    return files;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Parcours"_s);
    QApplication::setOrganizationName(u"Parcours"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/parcours.svg"_s));
    QStandardPaths::setTestModeEnabled(true); // settings and untitled files stay apart
    QSettings().clear();
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: parcours_screenshots OUTDIR [LANGUAGE] [SUFFIX]\n";
        return 1;
    }
    gOutDir = args.at(1);
    QDir().mkpath(gOutDir);
    Language::install(args.value(2, u"en"_s));
    gSuffix = args.value(3);

    QTemporaryDir dir;
    QSettings().setValue(u"recentFiles"_s, makeRecentFiles(dir.path()));

    bool ok = true;
    MainWindow window;
    window.resize(1100, 720);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 2;
    ok &= shoot(&window, u"welcome"_s);

    if (const QString file = qEnvironmentVariable("PARCOURS_SCREENSHOT_WORKSPACE"); !file.isEmpty())
        ok &= window.openFile(file);
    else
        window.openSample();
    ok &= shoot(&window, u"workspace"_s);
    const Workspace &w = window.document()->workspace();
    if (!w.personas.empty()) {
        window.sidebar()->selectEntity(EntityKind::Persona, w.personas.front().id);
        ok &= shoot(&window, u"persona"_s);
    }
    if (!w.journeys.empty()) {
        window.sidebar()->selectEntity(EntityKind::Journey, w.journeys.front().id);
        ok &= shoot(&window, u"journey"_s);
    }

    if (auto *outline = qobject_cast<WorkspaceOutlineModel *>(window.sidebar()->model())) {
        window.sidebar()->setCurrentIndex(
            outline->groupIndex(WorkspaceOutlineModel::DashboardGroup));
        ok &= shoot(&window, u"dashboard"_s);
        // With imported events: Fill from Events… as a user chooses it, keeping typed values.
        auto *fill = window.findChild<QAction *>(u"fillFromEvents"_s);
        if (fill && fill->isEnabled()) {
            QTimer::singleShot(500, [] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                    box->defaultButton()->click();
            });
            fill->trigger();
            ok &= shoot(&window, u"dashboard-events"_s);
        }
    }
    // Workspace > Show Opportunities, under the journey.
    if (auto *board = window.findChild<QDockWidget *>(u"opportunitiesDock"_s);
        board && !w.journeys.empty()) {
        window.sidebar()->selectEntity(EntityKind::Journey, w.journeys.front().id);
        board->show();
        window.resizeDocks({board}, {window.height() * 2 / 5}, Qt::Vertical);
        ok &= shoot(&window, u"opportunities"_s);
        board->hide();
    }

    if (!w.journeys.empty()) { // File > Export Poster… on the sample journey, wrapped
        JourneyPosterContent poster(w, w.journeys.front().id);
        PosterDialog posterDialog(poster, PosterDialog::Purpose::Export, &window);
        PosterSettings settings = posterDialog.settings();
        settings.rows = PosterSettings::automaticRows;
        posterDialog.setSettings(settings);
        posterDialog.show();
        ok &= shoot(&posterDialog, u"poster-dialog"_s);
        posterDialog.close();
    }

    PreferencesDialog preferences(&window);
    preferences.show();
    ok &= shoot(&preferences, u"preferences"_s);
    preferences.close();

    window.showHelp();
    if (auto *help = window.findChild<HelpDialog *>()) {
        help->resize(760, 560);
        ok &= shoot(help, u"help"_s);
        help->close();
    }

    Preferences::applyTheme(Preferences::Theme::Dark);
    window.sidebar()->selectEntity(EntityKind::Persona, w.personas.front().id);
    ok &= shoot(&window, u"dark"_s);
    // Not for the README: to check the dark theme everywhere.
    window.sidebar()->selectEntity(EntityKind::Journey, w.journeys.front().id);
    ok &= shoot(&window, u"dark-journey"_s);
    if (auto *outline = qobject_cast<WorkspaceOutlineModel *>(window.sidebar()->model())) {
        window.sidebar()->setCurrentIndex(
            outline->groupIndex(WorkspaceOutlineModel::DashboardGroup));
        ok &= shoot(&window, u"dark-dashboard"_s);
        window.sidebar()->setCurrentIndex({});
        ok &= shoot(&window, u"dark-workspace"_s);
    }
    Preferences::applyTheme(Preferences::Theme::System);

    window.close(); // the untouched sample copy is removed
    return ok ? 0 : 2;
}
