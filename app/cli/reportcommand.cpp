#include "subcommand.h"

#include "forgottenzonereport.h"
#include "workspacestore.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

// parcours report WORKSPACE [--json]: forgotten-zone verdicts per persona.
int runReport(const QStringList &args, Streams &io)
{
    QStringList files = args;
    const bool json = files.removeAll(u"--json"_s) > 0;
    if (files.size() != 1 || files.first().startsWith(u'-'))
        return usageError(io,
                          QCoreApplication::translate("Parcours::Cli",
                                                      "usage: parcours report WORKSPACE [--json]"));
    const QString file = files.first();
    const WorkspaceStore::OpenResult opened
        = WorkspaceStore::open(file, WorkspaceStore::Access::ReadOnly);
    if (!opened.store)
        return fail(io, file, opened.error);
    if (json)
        io.out << QString::fromUtf8(
            QJsonDocument(ForgottenZoneReport::json(opened.workspace)).toJson());
    else
        io.out << ForgottenZoneReport::text(opened.workspace);
    io.out.flush();
    return Success;
}

} // namespace Parcours::Cli
