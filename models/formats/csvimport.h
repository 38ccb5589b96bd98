#pragma once

#include "formats/csvstream.h"
#include "formats/workspaceformat.h"

// What the CSV import formats share: their records come from the whole text (read()) or
// from a file read in pieces (readFile()), through the same code.
namespace Parcours::CsvImport {

// Csv::readTable()'s contract: each data record to `row`, each problem to `report`; false
// when the file is refused (encoding, empty, header).
using Source = std::function<bool(const Csv::Header &header,
                                  const std::function<void(const Csv::Record &)> &row,
                                  const Csv::ProblemReporter &report)>;

Source fromText(const QByteArray &data);
// `outcome` says afterwards whether it was cancelled or the device failed.
Source fromFile(QIODevice &file, const ImportProgress &progress, Csv::FileTable *outcome);
// A format's result once its source has been read: nothing imported when cancelled, and a
// device failure as "FILE: reason".
ImportResult finish(ImportResult result, const Csv::FileTable &outcome,
                    const ImportOptions &options);

// A format that builds its whole fragment in memory refuses a file larger than
// WorkspaceFormat::maxWholeFileSize, unread (issue #16 item 6): "FILE: the file is too large
// to import as FORMAT (N MB; at most 64 MB)". Empty when it is small enough, or a pipe.
QString tooLargeError(const QIODevice &file, const ImportOptions &options, const QString &format);

// readFile() of such a format: refused when too large, else `readRecords` over the file's
// records, then finish().
using RecordsReader = std::function<ImportResult(const Source &)>;
ImportResult readWholeFile(QIODevice &file, const ImportOptions &options, const QString &format,
                           const ImportProgress &progress, const RecordsReader &readRecords);

} // namespace Parcours::CsvImport
