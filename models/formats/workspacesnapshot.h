#pragma once

#include "domain/workspace.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace Parcours {

// A labelled version's stored snapshot (issue 23): the workspace in a compact binary form,
// compressed, behind a format tag. Snapshots saved before the tag existed (the workspace JSON
// compressed with qCompress) still read. See docs/FILE-FORMATS.md, "Labelled versions".
//
// Writing and reading the domain objects directly is what makes saving a version of the L
// workspace take a tenth of a second instead of seconds of JSON (docs/PERFORMANCE.md).
class WorkspaceSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSnapshot)

public:
    // The stored form of `workspace`: the tag "PRCV", the binary format's version, then the
    // binary workspace compressed with qCompress. `rawSize` receives the uncompressed size.
    static QByteArray pack(const Workspace &workspace, qint64 *rawSize = nullptr);

    struct ReadResult
    {
        std::optional<Workspace> workspace;
        QString error; // translated; says why when workspace is empty
    };
    // A stored snapshot, binary or older JSON.
    static ReadResult unpack(const QByteArray &stored);

    // Whether `stored` is in the binary form (else an older JSON snapshot).
    static bool isBinary(const QByteArray &stored);

    // The uncompressed binary form alone (tests, benchmarks).
    static QByteArray encode(const Workspace &workspace);
    // `format`: the binary format `binary` is in (-1: the current one).
    static ReadResult decode(const QByteArray &binary, int format = -1);
};

} // namespace Parcours
