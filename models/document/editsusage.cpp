#include "document/editsusage.h"

#include "document/commands.h"

#include <QCoreApplication>

namespace Parcours::Edit {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::Edit", text);
}

bool acceptsUsage(WorkspaceDocument &doc)
{
    if (!doc.acceptsEdits())
        return false;
    if (doc.isShared()) {
        emit doc.editRefused(tr("Not changed: events are imported into a workspace file, not a "
                                "shared workspace (import them into a file, then publish it)"));
        return false;
    }
    return true;
}

} // namespace

UsageImported importUsage(WorkspaceDocument &doc, UsageSource source, std::vector<UsageUser> users)
{
    if (!acceptsUsage(doc))
        return UsageImported::Not;
    ObservedUsage usage = doc.workspace().usage;
    usage.users = std::move(users);
    const auto same
        = std::find_if(usage.sources.begin(), usage.sources.end(), [&source](const UsageSource &s) {
              return s.fingerprint == source.fingerprint;
          });
    const bool replaces = same != usage.sources.end();
    if (replaces) {
        source.id = same->id;
        *same = std::move(source);
    } else {
        if (source.id == 0)
            source.id = newId();
        usage.sources.push_back(std::move(source));
    }
    doc.undoStack()->push(new Commands::SwapUsage(
        doc, replaces ? tr("Re-import Events") : tr("Import Events"), std::move(usage)));
    return replaces ? UsageImported::Replaced : UsageImported::Added;
}

bool removeUsageSource(WorkspaceDocument &doc, Id source)
{
    const std::vector<UsageSource> &sources = doc.workspace().usage.sources;
    const bool found = std::any_of(sources.begin(), sources.end(),
                                   [source](const UsageSource &s) { return s.id == source; });
    if (!found || !acceptsUsage(doc))
        return false;
    ObservedUsage usage = doc.workspace().usage;
    usage.sources.erase(std::remove_if(usage.sources.begin(), usage.sources.end(),
                                       [source](const UsageSource &s) { return s.id == source; }),
                        usage.sources.end());
    doc.undoStack()->push(
        new Commands::SwapUsage(doc, tr("Remove Imported Events"), std::move(usage)));
    return true;
}

} // namespace Parcours::Edit
