// parcours: the GUI, or with a subcommand a headless command-line tool.
#include "cli/location.h"
#include "cli/subcommand.h"
#include "language.h"
#include "mainwindow.h"
#include "preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QIcon>
#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace {

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate(
        "main", "Usage: parcours [FILE]          open a workspace in the editor")
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

bool isHeadless(const QStringList &args)
{
    if (args.size() < 2)
        return false;
    const QString &first = args.at(1);
    return Parcours::Cli::findSubcommand(first) || first == u"--help" || first == u"-h"
        || first == u"--version" || first == u"-v";
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
        && (rawArgs.size() > 2 || rawArgs.at(1).startsWith(u'-')
            || !(QFileInfo::exists(rawArgs.at(1)) || Parcours::Cli::isShared(rawArgs.at(1))));
    // Command-line modes need no display.
    if ((headless || badGuiArgs) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

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
        if (first == u"--help" || first == u"-h") {
            printHelp(out);
            return Parcours::Cli::Success;
        }
        return Parcours::Cli::findSubcommand(first)->run(args.mid(2), io);
    }

    QStringList files = args.mid(1);
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
    if (const auto theme = Parcours::Preferences::theme();
        theme != Parcours::Preferences::Theme::System)
        Parcours::Preferences::applyTheme(theme);
    auto *window = new Parcours::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (files.isEmpty())
        window->openSample();
    else
        window->openFile(shared ? files.first() : QDir::current().absoluteFilePath(files.first()));
    window->show();
    // Untitled work a crash left behind is offered once the window is up. (By name: the
    // analyzer takes the slot object a functor-based call allocates for a leak.)
    QMetaObject::invokeMethod(window, "offerRecovery", Qt::QueuedConnection);
    return QApplication::exec();
}
