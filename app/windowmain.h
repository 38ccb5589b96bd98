#pragma once

namespace Parcours {

// What `parcours` runs when it opens a window or draws (a poster export), and for a start that
// ends in a usage error: a QApplication, the languages, the main window. app/main.cpp runs the
// drawing-free command-line modes itself, with a QCoreApplication, and calls this for the rest:
// directly, or where the build makes it a module of its own (PARCOURS_WINDOW_MODULE, Linux),
// through parcours_window_main() once it has loaded that module, so that a command that draws
// nothing never loads Qt Widgets, Gui, Charts, Print Support, Svg and their libraries.
int windowMain(int &argc, char **argv);

} // namespace Parcours
