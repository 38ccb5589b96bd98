#include "subcommand.h"

#include "arguments.h"

#include "location.h"
#include "store/storereadersummary.h"
#include "store/workspacestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

namespace {

QJsonObject summaryJson(const WorkspaceSummary &w, int schemaVersion)
{
    QJsonArray personas;
    for (const WorkspaceSummary::PersonaLine &p : w.personas) {
        personas.append(QJsonObject {{u"name"_s, p.name},
                                     {u"use_cases"_s, int(p.useCases)},
                                     {u"forgotten_zone"_s, p.forgottenZone}});
    }
    QJsonArray journeys;
    for (const WorkspaceSummary::JourneyLine &j : w.journeys) {
        journeys.append(QJsonObject {
            {u"name"_s, j.name},
            {u"persona"_s, j.persona ? QJsonValue(*j.persona) : QJsonValue(QJsonValue::Null)},
            {u"stages"_s, QJsonArray::fromStringList(j.stages)}});
    }
    return {
        {u"schema_version"_s, schemaVersion}, {u"personas"_s, personas}, {u"journeys"_s, journeys}};
}

void printText(const WorkspaceSummary &w, int schemaVersion, QTextStream &out)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("Parcours::Cli", text);
    };
    out << tr("File format: %1").arg(schemaVersion) << Qt::endl;
    out << tr("Personas: %1").arg(w.personas.size()) << Qt::endl;
    for (const WorkspaceSummary::PersonaLine &p : w.personas) {
        out << u"  "_s << p.name << u" — "_s
            << (p.useCases == 1 ? tr("1 use case") : tr("%1 use cases").arg(p.useCases))
            << (p.forgottenZone ? tr(", forgotten zone") : QString()) << Qt::endl;
    }
    out << tr("Journeys: %1").arg(w.journeys.size()) << Qt::endl;
    for (const WorkspaceSummary::JourneyLine &j : w.journeys) {
        out << u"  "_s << j.name;
        if (j.persona)
            out << u" ("_s << *j.persona << u')';
        out << u": "_s << j.stages.join(u" → "_s) << Qt::endl;
    }
}

// A file's summary read alone (WorkspaceStore::Reading::Summary), a shared workspace's from
// the whole of it; on failure reports why and returns nullopt.
std::optional<std::pair<WorkspaceSummary, int>> readSummary(const QString &location, Streams &io)
{
    if (isShared(location)) {
        std::optional<ReadWorkspace> read = readWorkspace(location, io);
        if (!read)
            return std::nullopt;
        return std::make_pair(summaryOf(read->workspace), read->schemaVersion);
    }
    WorkspaceStore::OpenResult opened = WorkspaceStore::open(
        location, WorkspaceStore::Access::ReadOnly, WorkspaceStore::Reading::Summary);
    if (!opened.store) {
        fail(io, location, opened.error);
        return std::nullopt;
    }
    return std::make_pair(std::move(opened.summary), opened.migration.fromVersion);
}

} // namespace

// parcours info WORKSPACE [--json]
int runInfo(const QStringList &args, Streams &io)
{
    const Arguments parsed = parseArguments(args, {}, {u"--json"_s});
    if (!parsed.error.isEmpty() || parsed.positional.size() != 1)
        return usageError(io,
                          parsed.error.isEmpty() ? QCoreApplication::translate(
                              "Parcours::Cli", "usage: parcours info FILE [--json]")
                                                 : parsed.error);
    const bool json = parsed.has(u"--json"_s);
    const QString file = parsed.positional.first();
    // What is printed only: no use case, stage, cell or text is made (docs/PERFORMANCE.md).
    const auto read = readSummary(file, io);
    if (!read)
        return BadInput;
    const auto &[summary, version] = *read;
    if (json)
        io.out << QString::fromUtf8(QJsonDocument(summaryJson(summary, version)).toJson());
    else
        printText(summary, version, io.out);
    return Success;
}

} // namespace Parcours::Cli
