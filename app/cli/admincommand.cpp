#include "location.h"
#include "subcommand.h"

#include "shared/sharedserver.h"
#include "store/workspacelocation.h"

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::Cli", text);
}

} // namespace

// parcours admin init-server SHARED [--editor USER]... [--viewer USER]... [--print-sql]
// Creates or upgrades a shared workspace on a PostgreSQL server with its roles
// parcours_NAME_editor and parcours_NAME_viewer, and adds existing login roles to them. The
// server enforces the roles (GRANTs). --print-sql prints the equivalent SQL script instead.
int runAdmin(const QStringList &args, Streams &io)
{
    if (args.isEmpty() || args.first() != u"init-server")
        return usageError(io,
                          tr("usage: parcours admin init-server postgresql://ADMIN@HOST/DB"
                             "?workspace=NAME [--editor USER]... [--viewer USER]... "
                             "[--print-sql]"));
    QString target;
    SharedServer::InitOptions options;
    bool printSql = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (arg == u"--editor" && hasValue)
            options.editors << args.at(++i);
        else if (arg == u"--viewer" && hasValue)
            options.viewers << args.at(++i);
        else if (arg == u"--print-sql")
            printSql = true;
        else if (!arg.startsWith(u'-') && target.isEmpty())
            target = arg;
        else
            return usageError(io, tr("admin: unexpected argument %1").arg(arg));
    }
    if (!isShared(target))
        return usageError(io, tr("admin init-server needs a postgresql:// location"));
    QString error;
    const std::optional<WorkspaceLocation> location = WorkspaceLocation::parse(target, &error);
    if (!location)
        return fail(io, target, error);
    if (printSql) {
        io.out << SharedServer::initScript(*location, options);
        return Success;
    }
    QStringList log;
    const bool ok = SharedServer::initServer(*location, options, &log, &error);
    for (const QString &line : std::as_const(log))
        io.out << line << Qt::endl;
    if (!ok)
        return fail(io, target, error);
    return Success;
}

} // namespace Parcours::Cli
