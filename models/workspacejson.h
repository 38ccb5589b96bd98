#pragma once

#include "workspace.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Parcours {

// The whole workspace as JSON: {"format": "parcours-workspace", "version": 1, …}.
// Stable and diff-able; documented in docs/FILE-FORMATS.md.
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
};

} // namespace Parcours
