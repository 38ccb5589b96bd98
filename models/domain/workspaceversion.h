#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Parcours {

// A labelled version of a workspace (issue 23), as the Versions list shows it. Its snapshot
// is read only when asked for.
struct VersionInfo
{
    QString label; // unique in the workspace
    QDateTime created; // UTC, to the second
    QString author;
    qint64 storedBytes = 0; // the compressed snapshot in the file
};

// A version whole: what JSON exports carry and Save As keeps.
struct StoredVersion
{
    VersionInfo info;
    QByteArray snapshot; // the workspace as WorkspaceJson writes it, uncompressed
};

} // namespace Parcours
