// The poster module (PARCOURS_WINDOW_MODULE builds, app/CMakeLists.txt): `parcours export …
// --format pdf|svg|png` of a journey. A journey's poster is drawn with Qt Gui and Svg (and
// fonts), so this module starts a QGuiApplication and links no Widgets, Charts or Print Support:
// the dynamic loader maps and relocates far fewer libraries than for the window module, which
// keeps the posters drawn with charts (dashboard, opportunity board, a persona's use-case map:
// cli/posterexportcharts.h). app/main.cpp loads this module when drawsWithoutWidgets() says so.
#include "applicationidentity.h"
#include "cli/commandline.h"
#include "cli/subcommand.h"
#include "language.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Parcours::Cli {
int runPosterExport(const QStringList &args, Streams &io);
} // namespace Parcours::Cli

// The module's entry point, which app/main.cpp looks up by this name: `parcours export ARGS…`
// as the window module runs it (windowmain.cpp), with the same messages and exit codes.
extern "C" Q_DECL_EXPORT int parcours_poster_main(int &argc, char **argv)
{
    // No display: the posters are drawn offscreen, with the fonts the window module would find.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    Parcours::Cli::quietRuntimeDir();

    QGuiApplication app(argc, argv);
    Parcours::setApplicationIdentity();
    QGuiApplication::setDesktopFileName(u"org.parcours.Parcours"_s);
    // Command-line modes follow the environment's language, not the Preferences.
    Parcours::Language::install(Parcours::Language::forCommandLine());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Parcours::Cli::Streams io {out, err};
    const int code = Parcours::Cli::runPosterExport(QGuiApplication::arguments().mid(2), io);
    // Done: the file is in place (or removed) and the workspace closed. The process ends here,
    // what it printed flushed, without tearing down the application, the fonts and the
    // libraries' globals one by one (about 2 ms of CPU: docs/PERFORMANCE.md, start-up).
    out.flush();
    err.flush();
    std::fflush(nullptr);
    std::_Exit(code);
}
