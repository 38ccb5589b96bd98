#pragma once

#include "formats/workspaceformat.h"

namespace Parcours {

// The whole workspace as JSON (workspacejson.h).
class JsonFormat final : public WorkspaceFormat
{
    Q_DECLARE_TR_FUNCTIONS(JsonFormat)

public:
    QString shortName() const override;
    QString displayName() const override;
    QString nameFilter() const override;
    bool canRead() const override { return true; }
    bool canWrite() const override { return true; }
    ImportResult read(const QByteArray &data, const ImportOptions &options) const override;
    ExportResult write(const Workspace &workspace, const ExportOptions &options) const override;
};

} // namespace Parcours
