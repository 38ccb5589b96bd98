#include "subcommand.h"

#include "location.h"

#include "store/workspacelocation.h"

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

int runCheck(const QStringList &args, Streams &io);
int runInfo(const QStringList &args, Streams &io);
int runImport(const QStringList &args, Streams &io);
int runExport(const QStringList &args, Streams &io);
int runReport(const QStringList &args, Streams &io);
int runNew(const QStringList &args, Streams &io);
int runPublish(const QStringList &args, Streams &io);
int runAdmin(const QStringList &args, Streams &io);
int runVersion(const QStringList &args, Streams &io);
int runDiff(const QStringList &args, Streams &io);

const QList<Subcommand> &subcommands()
{
    // Add a line here for each new mode; keep the usage text in step with README.md.
    static const QList<Subcommand> all = {
        {"check", "check FILE", runCheck},
        {"info", "info FILE [--json]", runInfo},
        {"import",
         "import FILE --format FORMAT -o WORKSPACE [--skip-bad-rows] [--block N] "
         "[--users FILE] [--from DATE] [--to DATE]",
         runImport},
        {"export",
         "export WORKSPACE --format FORMAT -o OUT [--journey NAME] [--persona NAME] "
         "[--no-versions]\n"
         "       parcours export WORKSPACE --format pdf|svg|png -o OUT [--journey NAME | "
         "--persona NAME] [--page SIZE] [--landscape|--portrait] [--margin MM] [--tile SIZE] "
         "[--overlap MM] "
         "[--dpi N] [--notes TEXT] [--date YYYY-MM-DD] [--rows auto|N] "
         "[--audience everyone|customer] [--view NAME] [--comments]\n"
         "       parcours export WORKSPACE --dashboard -o OUT.pdf|.svg|.png [--page SIZE] "
         "[--dpi N] [--notes TEXT] [--date YYYY-MM-DD]\n"
         "       parcours export WORKSPACE --opportunities -o OUT.pdf|.svg|.png [--page SIZE] "
         "[--landscape|--portrait] [--margin MM] [--tile SIZE] [--overlap MM] [--dpi N] "
         "[--notes TEXT] [--date YYYY-MM-DD]\n"
         "       parcours export WORKSPACE --format inactive-csv -o OUT [--today YYYY-MM-DD]",
         runExport},
        {"report", "report WORKSPACE [--json]", runReport},
        {"new",
         "new WORKSPACE.parcours [--template saas|seasonal|service|blueprint] [--lang en|fr]",
         runNew},
        {"publish", "publish FILE SHARED [--replace]", runPublish},
        {"admin",
         "admin init-server SHARED [--editor USER]... [--viewer USER]...\n"
         "                [--commenter USER]... [--print-sql]",
         runAdmin},
        {"version",
         "version WORKSPACE save LABEL\n"
         "       parcours version WORKSPACE list [--json]",
         runVersion},
        {"diff", "diff WORKSPACE --from LABEL [--to LABEL] [--json]", runDiff},
    };
    return all;
}

const Subcommand *findSubcommand(const QString &name)
{
    for (const Subcommand &s : subcommands()) {
        if (name == QLatin1StringView(s.name))
            return &s;
    }
    return nullptr;
}

} // namespace Parcours::Cli
