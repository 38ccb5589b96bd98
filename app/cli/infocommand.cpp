#include "subcommand.h"

#include "arguments.h"

#include "analytics/forgottenzone.h"
#include "location.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

namespace {

QJsonObject summary(const Workspace &w, int schemaVersion)
{
    QJsonArray personas;
    for (const Persona &p : w.personas) {
        personas.append(QJsonObject {
            {u"name"_s, p.name},
            {u"use_cases"_s, int(p.useCases.size())},
            {u"forgotten_zone"_s, personaVerdict(p, VerdictScope::CurrentOnly).forgottenZone}});
    }
    QJsonArray journeys;
    for (const Journey &j : w.journeys) {
        QJsonArray stages;
        for (const Stage &s : j.stages)
            stages.append(s.name);
        const Persona *persona = w.persona(j.personaId);
        journeys.append(QJsonObject {
            {u"name"_s, j.name},
            {u"persona"_s, persona ? QJsonValue(persona->name) : QJsonValue(QJsonValue::Null)},
            {u"stages"_s, stages}});
    }
    return {
        {u"schema_version"_s, schemaVersion}, {u"personas"_s, personas}, {u"journeys"_s, journeys}};
}

void printText(const Workspace &w, int schemaVersion, QTextStream &out)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("Parcours::Cli", text);
    };
    out << tr("File format: %1").arg(schemaVersion) << Qt::endl;
    out << tr("Personas: %1").arg(w.personas.size()) << Qt::endl;
    for (const Persona &p : w.personas) {
        const bool forgotten = personaVerdict(p, VerdictScope::CurrentOnly).forgottenZone;
        out << u"  "_s << p.name << u" — "_s
            << (p.useCases.size() == 1 ? tr("1 use case")
                                       : tr("%1 use cases").arg(p.useCases.size()))
            << (forgotten ? tr(", forgotten zone") : QString()) << Qt::endl;
    }
    out << tr("Journeys: %1").arg(w.journeys.size()) << Qt::endl;
    for (const Journey &j : w.journeys) {
        QStringList stages;
        for (const Stage &s : j.stages)
            stages << s.name;
        const Persona *persona = w.persona(j.personaId);
        out << u"  "_s << j.name;
        if (persona)
            out << u" ("_s << persona->name << u')';
        out << u": "_s << stages.join(u" → "_s) << Qt::endl;
    }
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
    // Its outline only: what is printed, without the journeys' cells and the use cases' text.
    const std::optional<ReadWorkspace> opened = readWorkspace(file, io, true);
    if (!opened)
        return BadInput;
    const int version = opened->schemaVersion;
    if (json)
        io.out << QString::fromUtf8(QJsonDocument(summary(opened->workspace, version)).toJson());
    else
        printText(opened->workspace, version, io.out);
    return Success;
}

} // namespace Parcours::Cli
