#pragma once

#include "domain/workspaceversion.h"

#include <QCoreApplication>

#include <vector>

namespace Parcours {

// A workspace's labelled versions inside its JSON (issue 23): a "versions" array beside the
// workspace's data, each {"label", "created", "author", "workspace": {the version's whole
// workspace JSON}}. Readers that do not know versions ignore it.
class VersionsJson
{
    Q_DECLARE_TR_FUNCTIONS(VersionsJson)

public:
    // `workspaceJson` (WorkspaceJson::write()) with `versions` added; unchanged when none.
    static QByteArray withVersions(const QByteArray &workspaceJson,
                                   const std::vector<StoredVersion> &versions);

    struct ReadResult
    {
        std::vector<StoredVersion> versions;
        QString error; // names the place: "versions[1].label: …"
    };
    // The versions of a workspace JSON file (none when it has no "versions"); each version's
    // label, date and workspace are checked.
    static ReadResult read(const QByteArray &json);
};

} // namespace Parcours
