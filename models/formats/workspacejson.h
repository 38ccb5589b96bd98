#pragma once

#include "domain/workspace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace Parcours {

// The whole workspace as JSON: {"format": "parcours-workspace", "version": 1, …}.
// Stable and diff-able; documented in docs/FILE-FORMATS.md. Reading checks every value and
// reference (types, ranges, duplicate ids, lanes and personas referred to) and names the place
// of the first problem.
class WorkspaceJson
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceJson)

public:
    static constexpr int formatVersion = 1;

    static QByteArray write(const Workspace &workspace);

    struct ReadResult
    {
        std::optional<Workspace> workspace;
        QString error; // names the place: "personas[2].use_cases[0].frequency: …"
    };
    static ReadResult read(const QByteArray &json);

    // One journey as the "journeys" entries of the file (the persona as its id); for formats
    // that carry a journey's details inside another text (Mermaid comments).
    static QJsonObject journeyToJson(const Journey &journey);
    struct JourneyResult
    {
        std::optional<Journey> journey;
        QString error; // "path.stages[1].cells[0].lane: …"
    };
    // The persona reference is read but not checked; `path` prefixes error places.
    static JourneyResult journeyFromJson(const QJsonObject &object, const QString &path);
};

} // namespace Parcours
