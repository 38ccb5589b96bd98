#include "location.h"
#include "subcommand.h"

#include "arguments.h"

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

// parcours admin init-server SHARED [--editor USER]... [--viewer USER]... [--commenter USER]...
//                             [--print-sql]
// Creates or upgrades a shared workspace on a PostgreSQL server with its roles
// parcours_NAME_editor, parcours_NAME_viewer and parcours_NAME_commenter (view and comment,
// issue 23), and adds existing login roles to them. The server enforces the roles (GRANTs,
// row-level security). --print-sql prints the equivalent SQL script instead.
int runAdmin(const QStringList &args, Streams &io)
{
    if (args.isEmpty() || args.first() != u"init-server")
        return usageError(io,
                          tr("usage: parcours admin init-server postgresql://ADMIN@HOST/DB"
                             "?workspace=NAME [--editor USER]... [--viewer USER]... "
                             "[--commenter USER]... [--print-sql]"));
    const Arguments parsed = parseArguments(
        args.mid(1), {u"--editor"_s, u"--viewer"_s, u"--commenter"_s}, {u"--print-sql"_s});
    if (!parsed.error.isEmpty())
        return usageError(io, tr("admin: unexpected argument %1").arg(parsed.offending));
    if (parsed.positional.size() > 1) {
        return usageError(
            io, tr("admin: unexpected argument %1").arg(displayLocation(parsed.positional.at(1))));
    }
    const QString target = parsed.positional.value(0);
    SharedServer::InitOptions options;
    options.editors = parsed.values.value(u"--editor"_s);
    options.viewers = parsed.values.value(u"--viewer"_s);
    options.commenters = parsed.values.value(u"--commenter"_s);
    const bool printSql = parsed.has(u"--print-sql"_s);
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
