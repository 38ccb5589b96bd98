#pragma once

#include "formats/csvimport.h"
#include "formats/workspaceformat.h"

namespace Parcours {

// Retention metrics as CSV, one row per period, in table order:
//   period_start,period_end,customers_start,customers_new,customers_end,dau,mau,computed
// `computed` names the counts computed from imported events, separated by '|' (e.g.
// "customers_end|dau|mau"); it may be left out (files written before it). Dates are yyyy-MM-dd;
// counts are whole numbers, empty when not known. Reading accepts a BOM and ',', ';' or tab
// delimiters, and reports each malformed row by line; an impossible row (e.g. more customers at the
// end than at the start plus new ones) is imported with a warning, and flagged on the dashboard.
// Writing uses ',', no BOM.
class MetricsCsvFormat final : public WorkspaceFormat
{
    Q_DECLARE_TR_FUNCTIONS(MetricsCsvFormat)

public:
    static const QStringList &header();
    static const QStringList &headerWithoutComputed(); // files written before `computed`

    QString shortName() const override;
    QString displayName() const override;
    QString nameFilter() const override;
    bool canRead() const override { return true; }
    bool canWrite() const override { return true; }
    ImportResult read(const QByteArray &data, const ImportOptions &options) const override;
    ImportResult readFile(QIODevice &file, const ImportOptions &options,
                          const ImportProgress &progress = {}) const override;
    ExportResult write(const Workspace &workspace, const ExportOptions &options) const override;

private:
    ImportResult readRecords(const ImportOptions &options, const CsvImport::Source &source) const;
};

} // namespace Parcours
