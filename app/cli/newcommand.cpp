#include "subcommand.h"

#include "document/workspacedocument.h"
#include "domain/journeytemplates.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::Cli", text);
}

QString templateKeys()
{
    QStringList keys;
    for (JourneyTemplates::Kind kind : JourneyTemplates::all())
        keys << JourneyTemplates::key(kind);
    return keys.join(u", "_s);
}

} // namespace

// parcours new WORKSPACE.parcours [--template saas|seasonal|service] [--lang en|fr]
// Creates a workspace file, empty or with one journey from a template; never overwrites.
int runNew(const QStringList &args, Streams &io)
{
    QString output;
    std::optional<JourneyTemplates::Kind> kind;
    JourneyTemplates::Language language = JourneyTemplates::Language::English;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if ((arg == u"--template" || arg == u"-t") && hasValue) {
            const QString &key = args.at(++i);
            kind = JourneyTemplates::fromKey(key);
            if (!kind) {
                return usageError(
                    io, tr("new: unknown template %1 (choose %2)").arg(key, templateKeys()));
            }
        } else if (arg == u"--lang" && hasValue) {
            const QString &key = args.at(++i);
            const auto lang = JourneyTemplates::languageFromKey(key);
            if (!lang)
                return usageError(io, tr("new: unknown language %1 (choose en, fr)").arg(key));
            language = *lang;
        } else if (!arg.startsWith(u'-') && output.isEmpty()) {
            output = arg;
        } else {
            return usageError(io, tr("new: unexpected argument %1").arg(arg));
        }
    }
    if (output.isEmpty()) {
        return usageError(io,
                          tr("usage: parcours new WORKSPACE.parcours [--template %1] "
                             "[--lang en|fr]")
                              .arg(templateKeys().replace(u", "_s, u"|"_s)));
    }
    if (QFileInfo::exists(output)) {
        return fail(io, output,
                    tr("already exists; choose another name or remove the file first (nothing "
                       "was written)"));
    }
    Workspace workspace = JourneyTemplates::makeWorkspace(kind, language);
    workspace.info.name = QFileInfo(output).completeBaseName();
    const WorkspaceDocument::OpenResult created = WorkspaceDocument::create(output, workspace);
    if (!created.document)
        return fail(io, output, created.error);
    if (kind) {
        const Journey &journey = created.document->workspace().journeys.front();
        io.out << tr("Created %1 with the journey \"%2\" (%3 stages).")
                      .arg(output, journey.name)
                      .arg(journey.stages.size())
               << Qt::endl;
    } else {
        io.out << tr("Created %1.").arg(output) << Qt::endl;
    }
    return Success;
}

} // namespace Parcours::Cli
