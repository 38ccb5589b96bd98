#pragma once

#include "formats/csvimport.h"
#include "formats/workspaceformat.h"

namespace Parcours {

// Use-case maps as CSV, one row per use case (a row with only a persona name stands for a
// persona without use cases):
//   persona,problem,use_case,why_better,alternative,frequency,weight,status,notes[,events]
// The last column, events (issue 22), is optional: the event names (or `*` patterns) meaning
// the use case happened, separated by "|"; written only when some use case names events.
// Reading accepts a BOM, ',' or ';' delimiters and decimal commas in weights; frequencies in
// any phrase UsageFrequency::parse() reads. Writing uses ',', no BOM, exact English phrases.
class UseCaseCsvFormat final : public WorkspaceFormat
{
    Q_DECLARE_TR_FUNCTIONS(UseCaseCsvFormat)

public:
    // The columns without events (the clipboard's, files before issue 22), and with them.
    static const QStringList &header();
    static const QStringList &headerWithEvents();

    // One data row: its persona's name and, unless it names only a persona, its use case;
    // `problem` says what is wrong with it (then it is to be left out).
    struct Row
    {
        int line = 0;
        QString persona;
        std::optional<UseCase> useCase;
        QString problem;
    };
    // Each data record of `source` as a Row, in file order; the file's own problems (encoding,
    // header, field count) to `report`. False when the file is refused.
    static bool readRows(const CsvImport::Source &source, const std::function<void(Row &&)> &row,
                         const Csv::ProblemReporter &report);

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
