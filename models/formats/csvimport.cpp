#include "formats/csvimport.h"

using namespace Qt::StringLiterals;

namespace Parcours::CsvImport {

Source fromText(const QByteArray &data)
{
    return [&data](const QStringList &header, const std::function<void(const Csv::Record &)> &row,
                   const Csv::ProblemReporter &report) {
        return Csv::readTable(data, header, row, report);
    };
}

Source fromFile(QIODevice &file, const ImportProgress &progress, Csv::FileTable *outcome)
{
    return [&file, progress, outcome](const QStringList &header,
                                      const std::function<void(const Csv::Record &)> &row,
                                      const Csv::ProblemReporter &report) {
        *outcome = Csv::readTableFile(file, header, row, report, progress);
        return outcome->status == Csv::FileTable::Read;
    };
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

} // namespace Parcours::CsvImport
