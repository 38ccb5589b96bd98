#pragma once

#include "formats/csvimport.h"
#include "formats/workspaceformat.h"

namespace Parcours {

// Opportunities for an issue tracker (docs: the user guide's "Opportunities CSV"), one row per
// opportunity, highest score first:
//   Summary,Description,Priority,Labels[,Labels…],Status,
//   owner,status_key,customer_value,business_value,effort,votes,score,quadrant,links
// The first columns are those Jira's CSV importer maps as they are (Linear's Jira CSV import and
// GitLab's, which reads the first two as title and description, too); Labels is repeated as
// Jira wants several labels: one column each, as many as the row with the most labels needs.
// Priority, Labels and Status are written for the tracker; Parcours reads its own columns back
// (links by name: "Journey › Stage", "Journey › Stage › Lane", "Persona › Use case", one per
// line) and recomputes Priority, Labels, score and quadrant.
class OpportunityCsvFormat final : public WorkspaceFormat
{
    Q_DECLARE_TR_FUNCTIONS(OpportunityCsvFormat)

public:
    // Score thresholds of Priority: Highest from 6, High from 3, Medium from 1.5, Low from 0.8,
    // Lowest below (a score runs from 0.4 to 20).
    static QString priorityName(double score);
    // Jira's default workflow names, and Linear's Backlog and Canceled:
    // Backlog, To Do, In Progress, Done, Canceled.
    static QString trackerStatusName(OpportunityStatus status);
    // The header with `labels` Labels columns, in the letter case it is written.
    static QStringList header(int labels = 1);
    // Whether `columns` (lower case) are such a header, with any number of Labels columns.
    static bool isHeader(const QStringList &columns);

    QString shortName() const override;
    QString displayName() const override;
    QString nameFilter() const override;
    bool canRead() const override { return true; }
    bool canWrite() const override { return true; }
    bool namesTargetItems() const override { return true; }
    ImportResult read(const QByteArray &data, const ImportOptions &options) const override;
    ImportResult readFile(QIODevice &file, const ImportOptions &options,
                          const ImportProgress &progress = {}) const override;
    ExportResult write(const Workspace &workspace, const ExportOptions &options) const override;

private:
    ImportResult readRecords(const ImportOptions &options, const CsvImport::Source &source,
                             int labels) const;
};

} // namespace Parcours
