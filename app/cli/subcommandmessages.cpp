// The error lines every mode prints (subcommand.h), apart from the table of modes in
// subcommands.cpp, so that the poster module (app/postermain.cpp) links no other mode.
#include "subcommand.h"

#include "location.h"

#include "store/workspacelocation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

int fail(Streams &io, const QString &file, const QString &reason, int code)
{
    // A reason may quote a location too: never with its password.
    io.err << u"parcours: "_s << displayLocation(file) << u": "_s
           << WorkspaceLocation::redacted(reason) << Qt::endl;
    return code;
}

int usageError(Streams &io, const QString &message)
{
    io.err << u"parcours: "_s << WorkspaceLocation::redacted(message) << Qt::endl
           << QCoreApplication::translate("Parcours::Cli", "Try 'parcours --help'.") << Qt::endl;
    return UsageError;
}

} // namespace Parcours::Cli
