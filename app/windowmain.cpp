// The window, and the command-line modes that draw (poster exports), with every library Parcours
// links; app/main.cpp hands them over here (see windowmain.h).
#include "windowmain.h"

#include "applicationidentity.h"
#include "cli/commandline.h"
#include "cli/location.h"
#include "cli/subcommand.h"
#include "common/preferences.h"
#include "language.h"
#include "mainwindow.h"
#include "terminationwatcher.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QIcon>
#include <QMetaObject>
#include <QSettings>
#include <QWidget>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

// macOS opens documents (a double-clicked .parcours) through QFileOpenEvent, not argv.
class FileOpenHandler final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::FileOpen)
            return QObject::eventFilter(watched, event);
        const QString file = static_cast<QFileOpenEvent *>(event)->file();
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<Parcours::MainWindow *>(w)) {
                window->openFile(file);
                return true;
            }
        }
        return false;
    }
};

// With PARCOURS_ANNOUNCE_MODAL_DIALOGS=1 (tests driving the real process), says on standard
// error when a modal dialog shows: "parcours: modal dialog: TITLE". Its event loop runs then,
// so a test knows what a signal sent now meets (tests/gui/tst_termination.cpp).
class ModalDialogAnnouncer final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType()) {
            const auto *widget = static_cast<QWidget *>(watched);
            if (widget->isWindow() && widget->isModal()) {
                std::fprintf(stderr, "parcours: modal dialog: %s\n",
                             widget->windowTitle().toUtf8().constData());
                std::fflush(stderr);
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

// PARCOURS_EXIT_AFTER_FIRST_PAINT=1 (for tests/bench/startup): the process ends once the window
// has painted its first frame, so that a start can be timed from the outside.
class FirstPaintExit final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued: it runs after the whole frame is painted and flushed. (By name, as
            // offerRecovery below, for the analyzer.)
            QMetaObject::invokeMethod(QCoreApplication::instance(), "quit", Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

namespace Parcours {

int windowMain(int &argc, char **argv)
{
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    const bool headless = Parcours::Cli::isHeadless(rawArgs);
    // A GUI start that can only end in an error message needs no display either.
    const bool badGuiArgs = !headless && rawArgs.size() > 1
        && (rawArgs.size() > 2
            || (rawArgs.at(1) != u"--sample"
                && (rawArgs.at(1).startsWith(u'-')
                    || !(QFileInfo::exists(rawArgs.at(1))
                         || Parcours::Cli::isShared(rawArgs.at(1))))));
    // Command-line modes need no display.
    if ((headless || badGuiArgs) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (headless || badGuiArgs)
        Parcours::Cli::quietRuntimeDir();

    QApplication app(argc, argv);
    Parcours::setApplicationIdentity();
    QApplication::setDesktopFileName(u"org.parcours.Parcours"_s);
    // Windows follow the Preferences language; command-line modes follow the environment.
    const bool gui = !headless && !badGuiArgs;
    Parcours::Language::install(gui ? Parcours::Language::forGui()
                                    : Parcours::Language::forCommandLine());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Parcours::Cli::Streams io {out, err};
    const QStringList args = QApplication::arguments();

    if (headless)
        return Parcours::Cli::runCommandLine(args, io);

    QStringList files = args.mid(1);
    // --sample: the README's first command, a filled map at once (asked for, not by default).
    const bool sample = files.removeAll(u"--sample"_s) > 0;
    if (sample && !files.isEmpty())
        return Parcours::Cli::usageError(
            io, QCoreApplication::translate("main", "--sample opens the sample: give no FILE"));
    for (const QString &file : files) {
        if (file.startsWith(u'-'))
            return Parcours::Cli::usageError(
                io, QCoreApplication::translate("main", "unknown option %1").arg(file));
    }
    if (files.size() > 1)
        return Parcours::Cli::usageError(
            io, QCoreApplication::translate("main", "give at most one FILE"));
    const bool shared = !files.isEmpty() && Parcours::Cli::isShared(files.first());
    if (!files.isEmpty() && !shared && !QFileInfo::exists(files.first()))
        return Parcours::Cli::fail(io, files.first(),
                                   QCoreApplication::translate("main", "the file does not exist"));

    QApplication::setWindowIcon(QIcon(u":/icons/parcours.svg"_s));
    app.installEventFilter(new FileOpenHandler(&app));
    if (qEnvironmentVariableIntValue("PARCOURS_ANNOUNCE_MODAL_DIALOGS") == 1)
        app.installEventFilter(new ModalDialogAnnouncer(&app));
    if (const auto theme = Parcours::Preferences::theme();
        theme != Parcours::Preferences::Theme::System)
        Parcours::Preferences::applyTheme(theme);
    auto *termination = new Parcours::TerminationWatcher(&app);
    QObject::connect(termination, &Parcours::TerminationWatcher::terminationRequested, &app, [] {
        // The signal may arrive inside a nested event loop: a modal dialog (the "cannot open"
        // warning at start, a question) or a context menu, whose stack frame still uses the
        // dialog and its window. Deleting the windows here freed those stack objects a second
        // time; quitting would resume those frames, which may ask again. So: close every
        // workspace file (a single file again) and write the settings, then end the process
        // at once, never returning into those frames. Nothing else is left to save.
        Parcours::MainWindow::closeAllForShutdown();
        QSettings().sync();
        std::fflush(nullptr);
        std::_Exit(Parcours::Cli::Success);
    });
    auto *window = new Parcours::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (sample)
        window->openSample();
    else if (files.isEmpty())
        window->openLastWorkspace(); // or the welcome page
    else
        window->openFile(shared ? files.first() : QDir::current().absoluteFilePath(files.first()));
    if (qEnvironmentVariableIsSet("PARCOURS_EXIT_AFTER_FIRST_PAINT"))
        window->installEventFilter(new FirstPaintExit(window));
    window->show();
    // Untitled work a crash left behind is offered once the window is up. (By name: the
    // analyzer takes the slot object a functor-based call allocates for a leak.)
    QMetaObject::invokeMethod(window, "offerRecovery", Qt::QueuedConnection);
    return QApplication::exec();
}

} // namespace Parcours

#ifdef PARCOURS_WINDOW_MODULE
// The module's entry point, which app/main.cpp looks up by this name.
extern "C" Q_DECL_EXPORT int parcours_window_main(int &argc, char **argv)
{
    return Parcours::windowMain(argc, argv);
}
#endif
