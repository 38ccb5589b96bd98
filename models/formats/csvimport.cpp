#include "formats/csvimport.h"

using namespace Qt::StringLiterals;

namespace Parcours::CsvImport {

Source fromText(const QByteArray &data)
{
    return [&data](const Csv::Header &header, const std::function<void(const Csv::Record &)> &row,
                   const Csv::ProblemReporter &report) {
        return Csv::readTable(data, header, row, report);
    };
}

Source fromFile(QIODevice &file, const ImportProgress &progress, Csv::FileTable *outcome)
{
    return [&file, progress, outcome](const Csv::Header &header,
                                      const std::function<void(const Csv::Record &)> &row,
                                      const Csv::ProblemReporter &report) {
        *outcome = Csv::readTableFile(file, header, row, report, progress);
        return outcome->status == Csv::FileTable::Read;
    };
}

QString tooLargeError(const QIODevice &file, const ImportOptions &options, const QString &format)
{
    const qint64 size = file.isSequential() ? 0 : file.size();
    if (size <= WorkspaceFormat::maxWholeFileSize)
        return {};
    return WorkspaceFormats::tr("%1: the file is too large to import as %2 (%3 MB; "
                                "at most %4 MB)")
        .arg(options.fileName, format)
        .arg((size + (1 << 20) - 1) >> 20)
        .arg(WorkspaceFormat::maxWholeFileSize >> 20);
}

ImportResult finish(ImportResult result, const Csv::FileTable &outcome,
                    const ImportOptions &options)
{
    if (outcome.status == Csv::FileTable::Cancelled) {
        ImportResult cancelled;
        cancelled.cancelled = true;
        return cancelled;
    }
    if (outcome.status == Csv::FileTable::ReadFailed) {
        result.fragment.reset();
        result.errors << u"%1: %2"_s.arg(options.fileName, outcome.error);
    }
    return result;
}

ImportResult readWholeFile(QIODevice &file, const ImportOptions &options, const QString &format,
                           const ImportProgress &progress, const RecordsReader &readRecords)
{
    // The rows become one fragment in memory: a file above the whole-file limit is refused.
    if (QString tooLarge = tooLargeError(file, options, format); !tooLarge.isEmpty()) {
        ImportResult refused;
        refused.errors << std::move(tooLarge);
        return refused;
    }
    Csv::FileTable outcome;
    return finish(readRecords(fromFile(file, progress, &outcome)), outcome, options);
}

} // namespace Parcours::CsvImport
