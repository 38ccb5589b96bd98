#pragma once

#include <QLibrary>
#include <QString>

namespace Parcours {

// Where the build makes the drawing and editing code modules of their own
// (PARCOURS_WINDOW_MODULE, Linux): finds `symbol` in the module file `name`, next to the
// executable (build tree) or where it is installed (PARCOURS_WINDOW_MODULE_DIR, relative to the
// executable's folder). The module stays loaded until the process ends. Returns null with
// `error` set when it cannot.
QFunctionPointer moduleEntry(const QString &name, const char *symbol, QString *error);

} // namespace Parcours
