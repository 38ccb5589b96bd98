#pragma once

#include "formats/csvimport.h"
#include "formats/workspaceformat.h"

namespace Parcours {

// Journeys as CSV for spreadsheet editing, one row per (stage, lane) cell:
//   journey,stage_order,stage,lane,value,assessment,emotion,duration,entering,group,failure,
//   wait,arrows
// (the last four optional on reading: older files stop after entering, group, …; a cell's
// arrows are "STAGE_ORDER:LANE", one a line)
// The stage's own values (assessment, duration such as "7 days", customers entering) repeat on
// each row of the stage and must agree. A journey without lanes has one row per stage with an
// empty lane; one without stages one row per lane with an empty stage_order. Reading creates
// new journeys (never merged into existing ones by name), lanes in order of first appearance,
// stages in stage_order. See docs/FILE-FORMATS.md.
class JourneyCsvFormat final : public WorkspaceFormat
{
    Q_DECLARE_TR_FUNCTIONS(JourneyCsvFormat)

public:
    static const QStringList &header();
    // The header, or an older one that stops before its optional columns (lower case).
    static bool isHeader(const QStringList &columns);
    // "7 days", "1 week", "1.5 months", "36 hours"
    static QString formatDuration(double value, DurationUnit unit);
    // English or French units, singular or plural, decimal point or comma; a bare number is
    // days. Returns false with a translated reason.
    static bool parseDuration(const QString &input, std::optional<double> *value,
                              DurationUnit *unit, QString *error);

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
