// parcours: the window, or with a subcommand a headless command-line tool.
//
// Start-up is most of a small command's time (docs/PERFORMANCE.md, "Start-up"): the modes that
// draw nothing (--version, help, check, info, report, import, new, publish, admin and the data
// exports) run here with a QCoreApplication, so no display, platform plugin or font is touched.
// The rest (the window, poster exports) is windowMain(); where it is built as a module of its
// own (PARCOURS_WINDOW_MODULE), this executable links only Qt Core and Sql, and loads the module
// (Qt Gui, Widgets, Charts, Print Support, Svg and their libraries) when needed; import and new,
// which edit through the document layer (its undo stack is Qt Gui's), load the document module
// (app/documentmodule.cpp, cli/documenthandover.cpp). There this file is a module too,
// parcours_cli, and the executable is app/launcher.cpp: `--version` then loads no Qt at all.
#include "applicationidentity.h"
#include "cli/commandline.h"
#include "language.h"
#include "windowmain.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <cstring>

#ifdef PARCOURS_WINDOW_MODULE
#include "cli/posterexportcharts.h"
#include "moduleloader.h"
#endif

using namespace Qt::StringLiterals;

namespace {

#ifdef PARCOURS_WINDOW_MODULE
// Loads the window module and runs its entry point; a journey's or a use-case map's poster
// export loads the poster module instead (Qt Gui and Svg, no Widgets: app/postermain.cpp).
int startWindow(int &argc, char **argv, const QStringList &rawArgs)
{
    const bool poster = Parcours::Cli::drawsWithoutWidgets(rawArgs);
    const QString name = poster ? QStringLiteral(PARCOURS_POSTER_MODULE_NAME)
                                : QStringLiteral(PARCOURS_WINDOW_MODULE_NAME);
    QString error;
    using Entry = int (*)(int &, char **);
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): dlsym's function pointer
    if (const auto entry = reinterpret_cast<Entry>(Parcours::moduleEntry(
            name, poster ? "parcours_poster_main" : "parcours_window_main", &error)))
        return entry(argc, argv);
    std::fprintf(stderr, "parcours: cannot load %s: %s\n", qPrintable(name), qPrintable(error));
    return Parcours::Cli::BadInput;
}
#else
int startWindow(int &argc, char **argv, const QStringList &)
{
    return Parcours::windowMain(argc, argv);
}
#endif

} // namespace

#ifdef PARCOURS_WINDOW_MODULE
// The command-line module's entry point, which app/launcher.cpp looks up by this name.
extern "C" Q_DECL_EXPORT int parcours_cli_main(int argc, char *argv[])
#else
int main(int argc, char *argv[])
#endif
{
    // --version (-v) answers before Qt is set up: it prints what runCommandLine() would.
    if (argc > 1 && (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "-v") == 0))
        return std::printf("parcours %s\n", PARCOURS_VERSION) > 0 ? Parcours::Cli::Success
                                                                  : Parcours::Cli::BadInput;
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    if (!Parcours::Cli::drawsNothing(rawArgs))
        return startWindow(argc, argv, rawArgs);

    Parcours::Cli::quietRuntimeDir();
    QCoreApplication app(argc, argv);
    Parcours::setApplicationIdentity();
    // Command-line modes follow the environment's language, not the Preferences.
    Parcours::Language::install(Parcours::Language::forCommandLine());
    QTextStream out(stdout);
    QTextStream err(stderr);
    Parcours::Cli::Streams io {out, err};
    return Parcours::Cli::runCommandLine(QCoreApplication::arguments(), io);
}
