#include "subcommand.h"

#include "arguments.h"
#include "location.h"

#include "domain/journeytemplates.h"
#include "store/workspacestore.h"

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

// parcours new WORKSPACE.parcours [--template saas|seasonal|service|blueprint] [--lang en|fr]
// Creates a workspace file, empty or with one journey from a template; never overwrites.
// Through the store, as WorkspaceDocument::create() would, without the document layer: where the
// command line is a module of its own, `new` then does not load Qt Gui (docs/PERFORMANCE.md).
int runNew(const QStringList &args, Streams &io)
{
    const Arguments parsed = parseArguments(args, {u"--template"_s, u"--lang"_s});
    if (!parsed.error.isEmpty())
        return usageError(io,
                          parsed.givenTwice
                              ? parsed.error
                              : tr("new: unexpected argument %1").arg(parsed.offending));
    if (parsed.positional.size() > 1) {
        return usageError(
            io, tr("new: unexpected argument %1").arg(displayLocation(parsed.positional.at(1))));
    }
    std::optional<JourneyTemplates::Kind> kind;
    if (parsed.has(u"--template"_s)) {
        const QString key = parsed.value(u"--template"_s);
        kind = JourneyTemplates::fromKey(key);
        if (!kind)
            return usageError(io,
                              tr("new: unknown template %1 (choose %2)").arg(key, templateKeys()));
    }
    JourneyTemplates::Language language = JourneyTemplates::Language::English;
    if (parsed.has(u"--lang"_s)) {
        const QString key = parsed.value(u"--lang"_s);
        const auto lang = JourneyTemplates::languageFromKey(key);
        if (!lang)
            return usageError(io, tr("new: unknown language %1 (choose en, fr)").arg(key));
        language = *lang;
    }
    const QString output = parsed.positional.value(0);
    if (output.isEmpty()) {
        return usageError(io,
                          tr("usage: parcours new WORKSPACE.parcours [--template %1] "
                             "[--lang en|fr]")
                              .arg(templateKeys().replace(u", "_s, u"|"_s)));
    }
    if (const QString missing = missingOutputFolder(output); !missing.isEmpty())
        return fail(io, output, missing);
    if (isShared(output)) {
        return fail(io, output,
                    tr("new makes a workspace file, not a shared workspace: create a file, then "
                       "copy it to the server with parcours publish FILE %1 (nothing was "
                       "written)")
                        .arg(displayLocation(output)));
    }
    if (QFileInfo::exists(output)) {
        return fail(io, output,
                    tr("already exists; choose another name or remove the file first (nothing "
                       "was written)"));
    }
    Workspace workspace = JourneyTemplates::makeWorkspace(kind, language);
    workspace.info.name = QFileInfo(output).completeBaseName();
    if (QString error;
        WorkspaceStore::createClosed(output, workspace, &error) != WorkspaceStore::Failure::None)
        return fail(io, output, error);
    if (kind) {
        const Journey &journey = workspace.journeys.front();
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
