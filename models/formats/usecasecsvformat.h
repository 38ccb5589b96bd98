#pragma once

#include "formats/workspaceformat.h"

namespace Parcours {

// Use-case maps as CSV, one row per use case (a row with only a persona name stands for a
// persona without use cases):
//   persona,problem,use_case,why_better,alternative,frequency,weight,status,notes
// Reading accepts a BOM, ',' or ';' delimiters and decimal commas in weights; frequencies in
// any phrase UsageFrequency::parse() reads. Writing uses ',', no BOM, exact English phrases.
class UseCaseCsvFormat final : public WorkspaceFormat
{
    Q_DECLARE_TR_FUNCTIONS(UseCaseCsvFormat)

public:
    static const QStringList &header();

    QString shortName() const override;
    QString displayName() const override;
    QString nameFilter() const override;
    bool canRead() const override { return true; }
    bool canWrite() const override { return true; }
    ImportResult read(const QByteArray &data, const ImportOptions &options) const override;
    ExportResult write(const Workspace &workspace, const ExportOptions &options) const override;
};

} // namespace Parcours
