// Responsiveness benchmark (issue #17 item 15): the real main window, offscreen, on the
// bundled sample and on a generated workspace (scale M of tests/bench/scale). For each
// action it times, from the trigger (the menu action or the key a user presses) to the result
// painted on screen:
//
//   preview-journey   File > Print Preview on the journey: the dialog shown, first page drawn
//   preview-usecases  File > Print Preview on a persona's use-case map: the same
//   add-usecase       "Add use case" on a persona's map: the row in the table, its editor open
//   paste-journey     Ctrl+V on a text cell of the journey canvas: the cell repainted
//   paste-usecases    Ctrl+V of one spreadsheet row on the use-case table: the new row shown
//
// "First" is the first time in a process (each run is a child process of its own), "again"
// the median of the next four. Not a test: it prints figures.
//
//   build/bench/tests/bench/responsiveness_bench [--runs N] [--scale M|S|L] [--only A,B]
//                                                [--dir DIR]
//
// A child is the same program with --child ACTION --workspace sample|FILE; --dir keeps the
// generated workspace there, to profile a child (perf record … --child ACTION --workspace F).
#include "../scale/benchfigures.h"
#include "../scale/scaleworkspace.h"
#include "actiontimer.h"

#include "document/workspacedocument.h"
#include "domain/journey.h"
#include "journey/journeycanvas.h"
#include "journey/journeyeditor.h"
#include "mainwindow.h"
#include "usecases/usecasemapeditor.h"
#include "usecases/usecasetableview.h"
#include "workspace/workspacesidebar.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGraphicsView>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUndoStack>

#include <vector>

using namespace Parcours;
using namespace Parcours::Bench;
using namespace Qt::StringLiterals;

namespace {

const QStringList actions {u"preview-journey"_s, u"preview-usecases"_s, u"add-usecase"_s,
                           u"paste-journey"_s, u"paste-usecases"_s};
constexpr int repeats = 4; // timed again after the first time, in the same process

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QAction *menuAction(QMainWindow *window, const QString &menu, const QString &text)
{
    for (QAction *top : window->menuBar()->actions()) {
        if (!top->menu() || top->text().remove(u'&') != menu)
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text().remove(u'&') == text)
                return action;
        }
    }
    qFatal("no menu action %s > %s", qPrintable(menu), qPrintable(text));
}

QAction *childAction(QWidget *parent, const QString &text)
{
    const QList<QAction *> found = parent->findChildren<QAction *>();
    for (QAction *action : found) {
        if (action->text() == text)
            return action;
    }
    qFatal("no action %s", qPrintable(text));
}

// Times a File > Print Preview: the dialog is modal, so the trigger returns when it closes;
// it is closed as soon as a page of its preview has been painted.
Timing timePreview(QAction *preview)
{
    ActionTimer timer([](QObject *object) {
        auto *widget = qobject_cast<QWidget *>(object);
        auto *view = widget ? qobject_cast<QGraphicsView *>(widget->parentWidget()) : nullptr;
        return view && view->viewport() == widget
            && qobject_cast<QPrintPreviewDialog *>(widget->window());
    });
    timer.onShown([](QObject *object) { static_cast<QWidget *>(object)->window()->close(); });
    timer.start();
    preview->trigger();
    return timer.wait();
}

// Times an action whose result is painted in `target` (a view's viewport).
Timing timeInWidget(QWidget *target, const std::function<void()> &trigger)
{
    ActionTimer timer([target](QObject *object) { return object == target; });
    timer.start();
    trigger();
    return timer.wait();
}

struct Window
{
    MainWindow window;
    Id persona = 0;
    Id journey = 0;

    explicit Window(const QString &workspace)
    {
        window.resize(1100, 720);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("the window is not shown");
        if (!(workspace == u"sample"_s ? window.openSample() : window.openFile(workspace)))
            qFatal("cannot open %s", qPrintable(workspace));
        // A user takes longer than this to reach a menu: what the window does in idle time
        // after opening (MainWindow's print warm-up) is done, as it would be.
        QTest::qWait(400);
        const Workspace &w = window.document()->workspace();
        persona = w.personas.front().id;
        journey = w.journeys.front().id;
    }
    ~Window()
    {
        window.document()->undoStack()->setIndex(0); // the file as it was
        window.close();
    }
    void showPersona() const
    {
        window.sidebar()->selectEntity(EntityKind::Persona, persona);
        settle();
    }
    JourneyCanvas *showJourney()
    {
        window.sidebar()->selectEntity(EntityKind::Journey, journey);
        settle();
        return window.findChild<JourneyEditor *>()->canvas();
    }
    static void settle()
    {
        for (int i = 0; i < 5; ++i) {
            QApplication::processEvents();
            QTest::qWait(20);
        }
    }
};

// One action timed in this process: the first time, then `repeats` times more.
int runChild(const QString &action, const QString &workspace)
{
    Window w(workspace);
    std::vector<Timing> timings;
    if (action.startsWith(u"preview-"_s)) {
        if (action == u"preview-journey"_s)
            w.showJourney();
        else
            w.showPersona();
        QAction *preview = menuAction(&w.window, u"File"_s, u"Print Preview…"_s);
        for (int i = 0; i <= repeats; ++i)
            timings.push_back(timePreview(preview));
    } else if (action == u"add-usecase"_s) {
        w.showPersona();
        UseCaseMapEditor *editor = w.window.useCaseMapEditor();
        QAction *add = childAction(editor, UseCaseMapEditor::tr("Add use case"));
        auto *table = editor->findChild<UseCaseTableView *>();
        for (int i = 0; i <= repeats; ++i) {
            table->setFocus();
            Window::settle();
            timings.push_back(timeInWidget(table->viewport(), [add] { add->trigger(); }));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // leave the editor
        }
    } else if (action == u"paste-journey"_s) {
        JourneyCanvas *canvas = w.showJourney();
        const Journey *journey = w.window.document()->workspace().journey(w.journey);
        Id lane = 0;
        for (const Lane &l : journey->lanes) {
            if (l.kind == LaneKind::Text && l.visible) {
                lane = l.id;
                break;
            }
        }
        for (int i = 0; i <= repeats; ++i) {
            canvas->setCurrent(journey->stages.at(size_t(i)).id, lane);
            canvas->setFocus();
            QApplication::clipboard()->setText(
                u"Compares three agencies on price and reviews before calling one (%1)"_s.arg(i));
            Window::settle();
            timings.push_back(timeInWidget(canvas->viewport(), [canvas] {
                QTest::keyClick(canvas, Qt::Key_V, Qt::ControlModifier);
            }));
        }
    } else if (action == u"paste-usecases"_s) {
        w.showPersona();
        auto *table = w.window.useCaseMapEditor()->findChild<UseCaseTableView *>();
        for (int i = 0; i <= repeats; ++i) {
            table->setFocus();
            QApplication::clipboard()->setText(
                u"No single view of the rates %1\tCompare loan offers\tA side-by-side table\t"
                "Bank websites\ttwice a month\t3\tCurrent\tfrom the workshop\n"_s.arg(i));
            Window::settle();
            timings.push_back(timeInWidget(table->viewport(), [table] {
                QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
            }));
        }
    } else {
        qFatal("unknown action %s", qPrintable(action));
    }
    for (const Timing &t : timings)
        out() << t.wallMs << u' ' << t.cpuMs << Qt::endl;
    return 0;
}

struct Row
{
    QString action;
    QString workspace;
    std::vector<double> firstWall, firstCpu, againWall, againCpu;
};

bool runAction(const QString &program, const QString &action, const QString &workspace, Row &row)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(program, {u"--child"_s, action, u"--workspace"_s, workspace});
    if (!child.waitForFinished(300000) || child.exitCode() != 0) {
        QTextStream(stderr) << action << u" on "_s << workspace << u" failed"_s << Qt::endl;
        return false;
    }
    const QStringList lines
        = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    std::vector<double> wall;
    std::vector<double> cpu;
    for (const QString &line : lines) {
        const QStringList values = line.split(u' ');
        wall.push_back(values.value(0).toDouble());
        cpu.push_back(values.value(1).toDouble());
    }
    if (wall.empty())
        return false;
    row.firstWall.push_back(wall.front());
    row.firstCpu.push_back(cpu.front());
    row.againWall.push_back(median({wall.begin() + 1, wall.end()}));
    row.againCpu.push_back(median({cpu.begin() + 1, cpu.end()}));
    return true;
}

int runParent(const QStringList &args)
{
    int runs = 5;
    QString scaleName = u"M"_s;
    QStringList chosen = actions;
    QString keep; // --dir DIR: where the generated workspace stays, for profiling a child
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--runs"_s)
            runs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == u"--scale"_s)
            scaleName = args.at(i + 1);
        else if (args.at(i) == u"--only"_s)
            chosen = args.at(i + 1).split(u',');
        else if (args.at(i) == u"--dir"_s)
            keep = args.at(i + 1);
    }
    const Scale scale = Scale::byName(scaleName);
    if (scale.personas == 0) {
        QTextStream(stderr) << u"unknown scale "_s << scaleName << Qt::endl;
        return 2;
    }
    QTemporaryDir temporary;
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    const QString generated = dir.filePath(u"responsiveness-%1.parcours"_s.arg(scale.name));
    QFile::remove(generated);
    if (!WorkspaceDocument::create(generated, generateWorkspace(scale)).document) {
        QTextStream(stderr) << u"cannot create "_s << generated << Qt::endl;
        return 1;
    }
    const QList<std::pair<QString, QString>> workspaces {
        {u"sample"_s, u"sample"_s}, {u"scale %1"_s.arg(scale.name), generated}};

    std::vector<Row> rows;
    for (const QString &action : std::as_const(chosen)) {
        for (const auto &[name, location] : workspaces) {
            Row row {action, name, {}, {}, {}, {}};
            for (int run = 0; run < runs; ++run) {
                QTextStream(stderr) << action << u" on "_s << name << u", run "_s << run + 1 << u'/'
                                    << runs << Qt::endl;
                runAction(QApplication::applicationFilePath(), action, location, row);
            }
            rows.push_back(row);
        }
    }

    out() << u"Median of %1 processes, ms from the trigger to the result painted (platform %2); "
             "target < 100 ms\n"_s.arg(runs)
                 .arg(QGuiApplication::platformName());
    out() << qSetFieldWidth(18) << Qt::left << u"action"_s << qSetFieldWidth(10) << u"workspace"_s
          << qSetFieldWidth(12) << Qt::right << u"first"_s << u"first CPU"_s << u"again"_s
          << u"again CPU"_s << qSetFieldWidth(0) << u"  verdict\n"_s;
    for (const Row &row : rows) {
        if (row.firstWall.empty())
            continue;
        const double first = median(row.firstWall);
        const double again = median(row.againWall);
        out() << qSetFieldWidth(18) << Qt::left << row.action << qSetFieldWidth(10) << row.workspace
              << qSetFieldWidth(12) << Qt::right << Qt::fixed << qSetRealNumberPrecision(1) << first
              << median(row.firstCpu) << again << median(row.againCpu) << qSetFieldWidth(0)
              << (std::max(first, again) < 100 ? u"  ok"_s : u"  MISSES target"_s) << Qt::endl;
    }
    out() << Qt::flush;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Parcours"_s);
    QApplication::setApplicationName(u"Parcours"_s);
    QStandardPaths::setTestModeEnabled(true); // no user settings, recent files or untitled work
    const QStringList args = QApplication::arguments();
    const qsizetype child = args.indexOf(u"--child"_s);
    if (child >= 0) {
        const qsizetype workspace = args.indexOf(u"--workspace"_s);
        return runChild(args.value(child + 1), args.value(workspace + 1, u"sample"_s));
    }
    return runParent(args);
}
