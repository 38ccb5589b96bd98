#include "location.h"
#include "subcommand.h"
#include "versionstore.h"

#include "arguments.h"

#include "store/workspacestore.h"
#include "store/workspaceversions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::Cli", text);
}

// A shared workspace's version is saved on its server, by the connected user.
int saveSharedVersion(const QString &location, const QString &label, Streams &io)
{
    std::optional<SharedVersions> versions = sharedVersions(location, io);
    if (!versions)
        return BadInput;
    const std::optional<ReadWorkspace> now = readWorkspace(location, io);
    if (!now)
        return BadInput;
    const std::optional<VersionInfo> saved = versions->save(label, now->workspace);
    if (!saved)
        return fail(io, location, versions->lastError());
    io.out << tr("Saved version \"%1\" of %2 (%3 bytes).")
                  .arg(label, displayLocation(location))
                  .arg(saved->storedBytes)
           << Qt::endl;
    return Success;
}

int saveVersion(const QString &file, const QString &label, Streams &io)
{
    if (isShared(file))
        return saveSharedVersion(file, label, io);
    const WorkspaceStore::OpenResult opened = WorkspaceStore::open(file);
    if (!opened.store)
        return fail(io, file, opened.error);
    if (opened.store->isReadOnly())
        return fail(io, file,
                    opened.notice.isEmpty() ? tr("the workspace is read-only") : opened.notice);
    WorkspaceVersions versions(opened.store->database());
    const std::optional<VersionInfo> saved = versions.saveWorkspace(
        {label, QDateTime::currentDateTimeUtc(), WorkspaceVersions::systemUserName(), 0},
        opened.workspace);
    if (!saved)
        return fail(io, file, versions.lastError());
    io.out << tr("Saved version \"%1\" of %2 (%3 bytes).")
                  .arg(label, displayLocation(file))
                  .arg(saved->storedBytes)
           << Qt::endl;
    return Success;
}

int listVersions(const QString &file, bool json, Streams &io)
{
    std::optional<std::vector<VersionInfo>> list;
    if (isShared(file)) {
        std::optional<SharedVersions> shared = sharedVersions(file, io);
        if (!shared)
            return BadInput;
        list = shared->list();
        if (!list)
            return fail(io, file, shared->lastError());
    } else {
        const WorkspaceStore::OpenResult opened = WorkspaceStore::open(
            file, WorkspaceStore::Access::ReadOnly, WorkspaceStore::Reading::Outline);
        if (!opened.store)
            return fail(io, file, opened.error);
        WorkspaceVersions versions(opened.store->database());
        list = versions.list();
        if (!list)
            return fail(io, file, versions.lastError());
    }
    if (json) {
        QJsonArray array;
        for (const VersionInfo &info : *list) {
            array.append(QJsonObject {{u"label"_s, info.label},
                                      {u"created"_s, WorkspaceVersions::dateText(info.created)},
                                      {u"author"_s, info.author},
                                      {u"bytes"_s, info.storedBytes}});
        }
        io.out << QString::fromUtf8(
            QJsonDocument(QJsonObject {{u"versions"_s, array}}).toJson(QJsonDocument::Indented));
        return Success;
    }
    // One version a line: label, date, author, separated by tabs (labels may hold spaces).
    for (const VersionInfo &info : *list) {
        io.out << info.label << u'\t' << WorkspaceVersions::dateText(info.created) << u'\t'
               << info.author << Qt::endl;
    }
    return Success;
}

} // namespace

// parcours version WORKSPACE save LABEL
// parcours version WORKSPACE list [--json]
int runVersion(const QStringList &args, Streams &io)
{
    const Arguments parsed = parseArguments(args, {}, {u"--json"_s});
    const QString usage = tr("usage: parcours version WORKSPACE save LABEL | parcours version "
                             "WORKSPACE list [--json]");
    if (!parsed.error.isEmpty())
        return usageError(io, parsed.error);
    const QString file = parsed.positional.value(0);
    const QString action = parsed.positional.value(1);
    if (action == u"save" && parsed.positional.size() == 3 && !parsed.has(u"--json"_s))
        return saveVersion(file, parsed.positional.at(2), io);
    if (action == u"list" && parsed.positional.size() == 2)
        return listVersions(file, parsed.has(u"--json"_s), io);
    return usageError(io, usage);
}

} // namespace Parcours::Cli
