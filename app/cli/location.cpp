#include "location.h"

#include "shared/sharedserver.h"
#include "shared/sharedstore.h"
#include "store/workspacelocation.h"
#include "store/workspacestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::Cli", text);
}

// "1, 3": the 1-based positions of the items named `name`, when there are several.
template<typename T>
QStringList positionsNamed(const std::vector<T> &items, const QString &name)
{
    QStringList positions;
    if (name.isEmpty()) // no --journey / --persona given
        return positions;
    for (size_t i = 0; i < items.size(); ++i) {
        if (items[i].name == name)
            positions << QString::number(i + 1);
    }
    return positions.size() > 1 ? positions : QStringList();
}

} // namespace

QString sharedJourneyName(const Workspace &workspace, const QString &name)
{
    const QStringList positions = positionsNamed(workspace.journeys, name);
    if (positions.isEmpty())
        return {};
    return tr("%1 journeys are named \"%2\" (numbers %3 of %4, in the workspace's order); "
              "rename them so that --journey names one")
        .arg(positions.size())
        .arg(name, positions.join(u", "_s))
        .arg(workspace.journeys.size());
}

QString sharedPersonaName(const Workspace &workspace, const QString &name)
{
    const QStringList positions = positionsNamed(workspace.personas, name);
    if (positions.isEmpty())
        return {};
    return tr("%1 personas are named \"%2\" (numbers %3 of %4, in the workspace's order); "
              "rename them so that --persona names one")
        .arg(positions.size())
        .arg(name, positions.join(u", "_s))
        .arg(workspace.personas.size());
}

bool isShared(const QString &location)
{
    return WorkspaceLocation::looksShared(location);
}

QString displayLocation(const QString &location)
{
    if (!isShared(location))
        return QDir::toNativeSeparators(location);
    return WorkspaceLocation::redacted(location);
}

std::optional<ReadWorkspace> readWorkspace(const QString &location, Streams &io, bool outline)
{
    if (!isShared(location)) {
        WorkspaceStore::OpenResult opened = WorkspaceStore::open(
            location, WorkspaceStore::Access::ReadOnly,
            outline ? WorkspaceStore::Reading::Outline : WorkspaceStore::Reading::Whole);
        if (!opened.store) {
            fail(io, location, opened.error);
            return std::nullopt;
        }
        return ReadWorkspace {std::move(opened.workspace), opened.migration.fromVersion};
    }
    QString error;
    const std::optional<WorkspaceLocation> parsed = WorkspaceLocation::parse(location, &error);
    if (!parsed) {
        fail(io, location, error);
        return std::nullopt;
    }
    SharedStore::OpenResult opened = SharedStore::open(*parsed, WorkspaceStore::Access::ReadOnly);
    if (!opened.store) {
        fail(io, location, opened.error);
        return std::nullopt;
    }
    return ReadWorkspace {std::move(opened.workspace), opened.schemaVersion};
}

QString missingOutputFolder(const QString &output)
{
    if (isShared(output) || output == u"-")
        return {};
    const QDir folder = QFileInfo(output).absoluteDir();
    if (folder.exists())
        return {};
    return QCoreApplication::translate("Parcours::Cli", "the folder %1 does not exist")
        .arg(QDir::toNativeSeparators(folder.path()));
}

QString refusedExportTarget(const QString &workspace, const QString &output)
{
    const QFileInfo target(output);
    if (!target.exists())
        return missingOutputFolder(output);
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Parcours::Cli", text);
    };
    if (!isShared(workspace)
        && target.canonicalFilePath() == QFileInfo(workspace).canonicalFilePath())
        return tr("this is the workspace being exported: choose another output file");
    if (WorkspaceStore::isWorkspaceFile(output))
        return tr("this is a Parcours workspace: an export never replaces one; choose another "
                  "output file");
    return {};
}

QStringList checkWorkspace(const QString &location)
{
    if (!isShared(location))
        return WorkspaceStore::check(location);
    QString error;
    const std::optional<WorkspaceLocation> parsed = WorkspaceLocation::parse(location, &error);
    if (!parsed)
        return {error};
    return SharedServer::check(*parsed);
}

} // namespace Parcours::Cli
