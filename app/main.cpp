// parcours: the window, or with a subcommand a headless command-line tool.
//
// Start-up is most of a small command's time (docs/PERFORMANCE.md, "Start-up"): the modes that
// draw nothing (--version, help, check, info, report, import, new, publish, admin and the data
// exports) run here with a QCoreApplication, so no display, platform plugin or font is touched.
// The rest (the window, poster exports) is windowMain(); where it is built as a module of its
// own (PARCOURS_WINDOW_MODULE), this executable links only Qt Core, Sql and Network, and loads
// the module (Qt Gui, Widgets, Charts, Print Support, Svg and their libraries) when needed.
#include "cli/commandline.h"
#include "language.h"
#include "windowmain.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#ifdef PARCOURS_WINDOW_MODULE
#include <QFile>
#include <QFileInfo>
#include <QLibrary>

#include <cstdio>
#endif

using namespace Qt::StringLiterals;

namespace {

#ifdef PARCOURS_WINDOW_MODULE
// Loads the window module: next to the executable in the build tree, else where it is
// installed (PARCOURS_WINDOW_MODULE_DIR, relative to the executable's folder).
int startWindow(int &argc, char **argv)
{
    const QString dir = QFileInfo(QFile::symLinkTarget(u"/proc/self/exe"_s)).absolutePath();
    const QString name = QStringLiteral(PARCOURS_WINDOW_MODULE_NAME);
    QString error;
    for (const QString &path :
         {dir + u'/' + name, dir + u"/" PARCOURS_WINDOW_MODULE_DIR "/"_s + name}) {
        if (!QFileInfo::exists(path))
            continue;
        // Never unloaded: the module's code runs until the process ends.
        QLibrary module(path);
        using Entry = int (*)(int &, char **);
        // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): dlsym's function pointer
        if (const auto entry = reinterpret_cast<Entry>(module.resolve("parcours_window_main")))
            return entry(argc, argv);
        error = module.errorString();
    }
    std::fprintf(stderr, "parcours: cannot load %s: %s\n", qPrintable(name),
                 qPrintable(error.isEmpty() ? u"not found next to the executable"_s : error));
    return Parcours::Cli::BadInput;
}
#else
int startWindow(int &argc, char **argv)
{
    return Parcours::windowMain(argc, argv);
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    if (!Parcours::Cli::drawsNothing(rawArgs))
        return startWindow(argc, argv);

    Parcours::Cli::quietRuntimeDir();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"Parcours"_s);
    QCoreApplication::setOrganizationName(u"Parcours"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PARCOURS_VERSION));
    // Command-line modes follow the environment's language, not the Preferences.
    Parcours::Language::install(Parcours::Language::forCommandLine());
    QTextStream out(stdout);
    QTextStream err(stderr);
    Parcours::Cli::Streams io {out, err};
    return Parcours::Cli::runCommandLine(QCoreApplication::arguments(), io);
}
