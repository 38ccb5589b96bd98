// quietRuntimeDir() (commandline.h), apart from commandline.cpp (which reaches every mode), so
// that the poster module (app/postermain.cpp) links no other mode.
#include "commandline.h"

#include <QDir>
#include <QFile>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

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

} // namespace Parcours::Cli
