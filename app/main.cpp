// parcours: the GUI, or with a subcommand a headless command-line tool.
#include "cli/location.h"
#include "cli/subcommand.h"
#include "common/preferences.h"
#include "language.h"
#include "mainwindow.h"
#include "terminationwatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QIcon>
#include <QMetaObject>
#include <QSettings>
#include <QWidget>

#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate(
        "main", "Usage: parcours [FILE]          open a workspace in the editor")
        << Qt::endl
        << QCoreApplication::translate(
               "main", "       parcours --sample        open a copy of the sample workspace")
        << Qt::endl;
    for (const Parcours::Cli::Subcommand &s : Parcours::Cli::subcommands())
        out << u"       parcours "_s << QLatin1StringView(s.usage) << Qt::endl;
    out << u"       parcours --version | --help"_s << Qt::endl
        << Qt::endl
        << QCoreApplication::translate(
               "main",
               "FILE and WORKSPACE may also name a shared workspace on a PostgreSQL "
               "server,\n  postgresql://USER@HOST:PORT/DB?workspace=NAME (SHARED); the "
               "password comes from\n  PGPASSWORD or ~/.pgpass.")
        << Qt::endl
        << Qt::endl
        << QCoreApplication::translate("main", "Exit codes: 0 success, 1 usage error, 2 bad input.")
        << Qt::endl;
}

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

bool isHeadless(const QStringList &args)
{
    if (args.size() < 2)
        return false;
    const QString &first = args.at(1);
    return Parcours::Cli::findSubcommand(first) || first == u"help" || first == u"--help"
        || first == u"-h" || first == u"--version" || first == u"-v";
}

// `parcours COMMAND … --help`: -h or --help before any "--" (after it, a file may be named so).
bool asksForHelp(const QStringList &commandArgs)
{
    for (const QString &arg : commandArgs) {
        if (arg == u"--")
            return false;
        if (arg == u"--help" || arg == u"-h")
            return true;
    }
    return false;
}

// parcours help [COMMAND], and parcours COMMAND --help: the usage, on standard output.
int printUsage(const QString &command, Parcours::Cli::Streams &io)
{
    if (command.isEmpty()) {
        printHelp(io.out);
        return Parcours::Cli::Success;
    }
    const Parcours::Cli::Subcommand *subcommand = Parcours::Cli::findSubcommand(command);
    if (!subcommand) {
        QStringList names;
        for (const Parcours::Cli::Subcommand &s : Parcours::Cli::subcommands())
            names << QLatin1StringView(s.name);
        return Parcours::Cli::usageError(
            io,
            QCoreApplication::translate("main", "help: no command %1; commands: %2")
                .arg(command, names.join(u", "_s)));
    }
    io.out << QCoreApplication::translate("main", "Usage: parcours %1")
                  .arg(QLatin1StringView(subcommand->usage))
           << Qt::endl
           << QCoreApplication::translate("main",
                                          "See docs/FILE-FORMATS.md and the user guide "
                                          "(Help > User Guide) for details.")
           << Qt::endl;
    return Parcours::Cli::Success;
}

// Qt warns on every run when XDG_RUNTIME_DIR is unset (CI, ssh, cron) and then uses a folder
// of its own in /tmp; a command-line tool gives it that folder quietly instead.
void quietRuntimeDir()
{
#ifdef Q_OS_LINUX
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + u"/runtime-"_s + QString::number(::getuid());
    if (QDir().mkpath(dir)
        && QFile::setPermissions(
            dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    const bool headless = isHeadless(rawArgs);
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
        quietRuntimeDir();

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Parcours"_s);
    QApplication::setOrganizationName(u"Parcours"_s);
    QApplication::setApplicationVersion(QStringLiteral(PARCOURS_VERSION));
    QApplication::setDesktopFileName(u"org.parcours.Parcours"_s);
    // Windows follow the Preferences language; command-line modes follow the environment.
    const bool gui = !headless && !badGuiArgs;
    Parcours::Language::install(gui ? Parcours::Language::forGui()
                                    : Parcours::Language::forCommandLine());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Parcours::Cli::Streams io {out, err};
    const QStringList args = QApplication::arguments();

    if (headless) {
        const QString &first = args.at(1);
        if (first == u"--version" || first == u"-v") {
            out << u"parcours "_s << QApplication::applicationVersion() << Qt::endl;
            return Parcours::Cli::Success;
        }
        if (first == u"--help" || first == u"-h")
            return printUsage({}, io);
        if (first == u"help")
            return args.size() > 3 ? Parcours::Cli::usageError(
                       io, QCoreApplication::translate("main", "usage: parcours help [COMMAND]"))
                                   : printUsage(args.value(2), io);
        if (asksForHelp(args.mid(2)))
            return printUsage(first, io);
        return Parcours::Cli::findSubcommand(first)->run(args.mid(2), io);
    }

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
    window->show();
    // Untitled work a crash left behind is offered once the window is up. (By name: the
    // analyzer takes the slot object a functor-based call allocates for a leak.)
    QMetaObject::invokeMethod(window, "offerRecovery", Qt::QueuedConnection);
    return QApplication::exec();
}
