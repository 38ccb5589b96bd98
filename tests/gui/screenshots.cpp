// parcours_screenshots OUTDIR [LANGUAGE] [SUFFIX]: the real main window and dialogs, driven
// to each main view and grabbed to PNG, for README.md and docs/screenshots/. Run it on a
// display (scripts/screenshots.sh uses Xvfb); it leaves the user's settings alone.
// To add a view: select it as a user would, then call shoot(). With PARCOURS_SCREENSHOT_WORKSPACE
// set to a workspace file, the views show that file instead of the sample (e.g. one with
// imported usage events: scripts/generate-events.py).
#include "comments/commentspanel.h"
#include "common/helpdialog.h"
#include "common/preferences.h"
#include "common/preferencesdialog.h"
#include "dashboard/dashboardpage.h"
#include "document/edits.h"
#include "document/editscomments.h"
#include "document/editsopportunity.h"
#include "document/editsviews.h"
#include "document/workspacedocument.h"
#include "formats/workspacejson.h"
#include "itemmodels/workspaceoutlinemodel.h"
#include "journey/audienceviewchooser.h"
#include "journey/journeycanvas.h"
#include "journey/journeyeditor.h"
#include "language.h"
#include "mainwindow.h"
#include "posters/journeypostercontent.h"
#include "posters/posterdialog.h"
#include "presentation/presentationwindow.h"
#include "store/workspaceversions.h"
#include "versions/changesview.h"
#include "versions/saveversiondialog.h"
#include "versions/versionaccess.h"
#include "versions/versionspanel.h"
#include "workspace/workspacesidebar.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QIcon>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

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

// Labelled versions (issue 23): File > Save Version…, then an edit, View > Versions compared
// with now (the changed cell marked on the canvas). The edit is undone after, so that the
// sample copy is still untouched and goes.
bool shootVersions(MainWindow &window)
{
    WorkspaceDocument &doc = *window.document();
    const Journey &journey = doc.workspace().journeys.front();
    EntityRef cell;
    for (const Lane &lane : journey.lanes) {
        if (lane.kind == LaneKind::Text && !cell.id)
            cell = EntityRef::cell(journey.id, journey.stages.at(1).steps.front().id, lane.id);
    }
    bool ok = true;
    {
        SaveVersionDialog dialog({}, WorkspaceVersions::systemUserName(), &window);
        dialog.labelField()->setText(u"Workshop 1"_s);
        dialog.show();
        ok &= shoot(&dialog, u"save-version-dialog"_s);
        dialog.close();
    }
    VersionAccess versions(&doc);
    if (!versions.save(u"Workshop 1"_s))
        return false;
    const int clean = doc.undoStack()->index();
    const bool french = gSuffix == u"-fr";
    Edit::setField(doc, cell, Field::CellText,
                   french ? u"Compare les offres sur son téléphone"_s
                          : u"Compares plans on a phone"_s);
    window.sidebar()->selectEntity(EntityKind::Journey, journey.id);
    // The done-when walk's "edit": the cell just changed, current on the canvas.
    if (auto *editor = window.findChild<JourneyEditor *>()) {
        editor->canvas()->setCurrent(journey.stages.at(1).id, cell.secondary);
        editor->canvas()->setFocus();
        ok &= shoot(&window, u"version-edited"_s);
    }
    auto *dock = window.findChild<QDockWidget *>(u"versionsDock"_s);
    dock->show();
    window.resizeDocks({dock}, {420}, Qt::Horizontal);
    const QSize size = window.size();
    window.resize(1600, 860);
    window.versionsPanel()->compareSelectedWithNow();
    // The change clicked: its cell shown on the canvas, with its mark.
    QTreeWidget *changes = window.versionsPanel()->changes();
    if (QTreeWidgetItem *group = changes->topLevelItem(0); group && group->childCount() > 0)
        emit changes->itemActivated(group->child(0), 0);
    ok &= shoot(&window, u"versions"_s);
    window.resize(size);
    doc.undoStack()->setIndex(clean);
    dock->hide();
    return ok;
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

    // Audience views and presentation mode (issue 23): an executive view without the lanes
    // below the line of visibility, chosen above the canvas; a stage presented, in the map's
    // colours and in the projector theme. Undone after: the sample copy stays untouched.
    if (!w.journeys.empty()) {
        const Journey &journey = w.journeys.front();
        auto *editor = window.findChild<JourneyEditor *>();
        AudienceView executive;
        executive.name = gSuffix == u"-fr" ? u"Direction"_s : u"Executive"_s;
        for (const Lane &lane : journey.lanes) {
            const LaneRole role = laneRole(lane.group);
            if (lane.visible && role != LaneRole::Backstage && role != LaneRole::Support)
                executive.lanes.append(lane.id);
        }
        executive.lanes = executive.lanes.mid(0, 4);
        executive.zoom = 0.8;
        WorkspaceDocument *doc = window.document();
        if (Edit::addView(*doc, journey.id, executive)) {
            editor->viewChooser()->chooseView(executive.name);
            ok &= shoot(&window, u"audience-view"_s);
            // File > Print… on it: the dialog starts on the view the canvas shows.
            {
                JourneyPosterContent poster(doc->workspace(), journey.id);
                poster.setViewFilter(editor->canvas()->viewFilter());
                PosterDialog print(poster, PosterDialog::Purpose::Print, &window);
                PosterSettings a3 = print.settings(); // legible on one sheet
                a3.posterSize = QPageSize(QPageSize::A3);
                print.setSettings(a3);
                print.show();
                ok &= shoot(&print, u"print-executive-view"_s);
                print.close();
            }
            // Deletes itself when closed. Three stages, one after the other, as a 720-line
            // projector shows them; the third also on a 1080-line screen and in the projector
            // theme.
            auto *presentation
                = new PresentationWindow(doc, journey.id, editor->canvas()->viewFilter());
            presentation->resize(1280, 720);
            presentation->show();
            for (int stage = 0; stage < std::min(3, presentation->stageCount()); ++stage) {
                presentation->goTo(stage);
                ok &= shoot(presentation,
                            stage == 2 ? u"presentation"_s : u"presentation-%1"_s.arg(stage + 1));
            }
            presentation->setProjectorTheme(true);
            ok &= shoot(presentation, u"presentation-projector"_s);
            presentation->resize(1920, 1080);
            ok &= shoot(presentation, u"presentation-projector-1080"_s);
            presentation->setProjectorTheme(false);
            ok &= shoot(presentation, u"presentation-1080"_s);
            presentation->close();
            editor->viewChooser()->chooseView({});
            doc->undoStack()->undo();
        }
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
            // The periods the fill added come last: show them, their counts in italics
            // (computed from events) above the legend that says so.
            if (auto *dashboard = window.findChild<DashboardPage *>())
                dashboard->metricsView()->scrollToBottom();
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
    // Workspace > Show Comments (issue 23), beside the journey: two threads on its cells, one
    // with a reply, the first selected.
    if (auto *comments = window.findChild<QDockWidget *>(u"commentsDock"_s);
        comments && !w.journeys.empty() && w.journeys.front().stages.size() > 2) {
        const Journey &j = w.journeys.front();
        const bool french = Language::current() == u"fr";
        const auto text = [french](const QString &en, const QString &fr) {
            return french ? fr : en;
        };
        window.sidebar()->selectEntity(EntityKind::Journey, j.id);
        const Id thread = Edit::addCommentThread(
            *window.document(),
            CommentTarget::cell(j.id, j.stages[1].steps.front().id, j.lanes.front().id),
            u"Camille"_s, text(u"Is this wait measured?"_s, u"Cette attente est-elle mesurée ?"_s));
        Edit::replyToCommentThread(*window.document(), thread, u"Sam"_s,
                                   text(u"Yes, every week."_s, u"Oui, chaque semaine."_s));
        Edit::addCommentThread(*window.document(), CommentTarget::stage(j.id, j.stages[2].id),
                               u"Sam"_s, text(u"Split this stage?"_s, u"Scinder cette étape ?"_s));
        // Wide enough for the commented stages to show their count badges beside the panel.
        window.resize(1700, 900);
        comments->show();
        window.resizeDocks({comments}, {460}, Qt::Horizontal); // the item and comment readable
        if (auto *panel = comments->findChild<CommentsPanel *>())
            panel->selectThread(thread);
        ok &= shoot(&window, u"comments"_s);
        window.resize(1100, 720);
        window.document()->undoStack()->undo();
        window.document()->undoStack()->undo();
        window.document()->undoStack()->undo();
        comments->hide();
    }

    // Badges beside a cell's text (issues 20 and 23): long pain points with opportunities
    // linked, one also commented; their lines stop before the badges. Undone after.
    if (!w.journeys.empty() && w.journeys.front().stages.size() > 2) {
        const Journey &j = w.journeys.front();
        WorkspaceDocument &doc = *window.document();
        const int clean = doc.undoStack()->index();
        const bool french = Language::current() == u"fr";
        const QString pain = french
            ? u"Doit saisir à nouveau les coordonnées de l'agence sur chaque formulaire, et perd "
              u"ce qu'il a tapé quand la session expire"_s
            : u"Has to enter the agency's details again on every form, and loses what was typed "
              u"when the session times out"_s;
        Id painLane = 0;
        for (const Lane &lane : j.lanes) {
            if (lane.name == u"Pain points" || lane.name == u"Points de douleur")
                painLane = lane.id;
        }
        if (!painLane && j.lanes.size() > 5)
            painLane = j.lanes[5].id;
        const Id stepA = j.stages[1].steps.front().id;
        const Id stepB = j.stages[2].steps.front().id;
        window.sidebar()->selectEntity(EntityKind::Journey, j.id);
        for (const Id step : {stepA, stepB}) {
            Edit::setField(doc, EntityRef::cell(j.id, step, painLane), Field::CellText, pain);
            Opportunity o;
            o.title = french ? u"Formulaire pré-rempli"_s : u"Prefilled form"_s;
            o.links = {{OpportunityLink::Kind::Cell, step, painLane}};
            Edit::addOpportunity(doc, o);
            o.title = french ? u"Brouillon enregistré"_s : u"Saved draft"_s;
            Edit::addOpportunity(doc, o);
        }
        Edit::addCommentThread(doc, CommentTarget::cell(j.id, stepA, painLane), u"Camille"_s,
                               french ? u"Combien d'abandons ?"_s : u"How many drop out?"_s);
        if (auto *editor = window.findChild<JourneyEditor *>()) {
            JourneyCanvas *canvas = editor->canvas();
            canvas->setZoom(1.0);
            const JourneyLayout *layout = canvas->journeyLayout();
            const int row = layout->rowOf(painLane);
            window.resize(1600, 900);
            QApplication::processEvents();
            canvas->centerOn(layout->cellRect(layout->columnOfStep(stepA), row)
                                 .united(layout->cellRect(layout->columnOfStep(stepB), row))
                                 .center());
            ok &= shoot(&window, u"badges-beside-text"_s);
            window.resize(1100, 720);
        }
        doc.undoStack()->setIndex(clean);
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

    ok &= shootVersions(window);
    window.close(); // the untouched sample copy is removed
    return ok ? 0 : 2;
}
