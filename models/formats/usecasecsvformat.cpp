#include "formats/usecasecsvformat.h"

#include "formats/csv.h"
#include "formats/usecasetext.h"

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// The free-text columns among UseCaseText::fields() (problem, use_case, why_better,
// alternative, notes): written through Csv::protectText(). Frequency, weight and status are
// checked values, written as they are (a weight stays a number in a spreadsheet).
constexpr int textFields[] = {0, 1, 2, 3, 7};

} // namespace

const QStringList &UseCaseCsvFormat::header()
{
    static const QStringList columns
        = {u"persona"_s,   u"problem"_s, u"use_case"_s, u"why_better"_s, u"alternative"_s,
           u"frequency"_s, u"weight"_s,  u"status"_s,   u"notes"_s};
    return columns;
}

QString UseCaseCsvFormat::shortName() const
{
    return u"usecases-csv"_s;
}

QString UseCaseCsvFormat::displayName() const
{
    return tr("Use-case maps (CSV)");
}

QString UseCaseCsvFormat::nameFilter() const
{
    return u"*.csv"_s;
}

ImportResult UseCaseCsvFormat::read(const QByteArray &data, const ImportOptions &options) const
{
    return readRecords(options, CsvImport::fromText(data));
}

ImportResult UseCaseCsvFormat::readFile(QIODevice &file, const ImportOptions &options,
                                        const ImportProgress &progress) const
{
    Csv::FileTable outcome;
    ImportResult result = readRecords(options, CsvImport::fromFile(file, progress, &outcome));
    return CsvImport::finish(std::move(result), outcome, options);
}

bool UseCaseCsvFormat::readRows(const CsvImport::Source &source,
                                const std::function<void(Row &&)> &row,
                                const Csv::ProblemReporter &report)
{
    const auto toRow = [&row](const Csv::Record &record) {
        Row read;
        read.line = record.line;
        QStringList problems;
        read.persona = Csv::unprotectText(record.fields.first().trimmed());
        if (read.persona.isEmpty())
            problems << tr("the persona is empty");
        QStringList useCaseFields = record.fields.mid(1);
        for (const int i : textFields)
            useCaseFields[i] = Csv::unprotectText(useCaseFields.at(i));
        UseCase useCase = UseCaseText::fromFields(useCaseFields, &problems);
        const bool personaOnly
            = std::all_of(useCaseFields.cbegin(), useCaseFields.cend(),
                          [](const QString &f) { return f.trimmed().isEmpty(); });
        if (!problems.isEmpty())
            read.problem = problems.join(u"; "_s);
        else if (!personaOnly)
            read.useCase = std::move(useCase);
        row(std::move(read));
    };
    return source(header(), toRow, report);
}

ImportResult UseCaseCsvFormat::readRecords(const ImportOptions &options,
                                           const CsvImport::Source &source) const
{
    ImportResult result;
    const auto report = [&](int line, const QString &reason) {
        result.addError(options, line, reason);
    };

    Workspace fragment;
    QHash<QString, size_t> personaIndex;
    const auto addRow = [&](Row &&row) {
        result.rowLines << row.line;
        if (!row.problem.isEmpty()) {
            result.addError(options, row.line, row.problem);
            return;
        }
        auto found = personaIndex.constFind(row.persona);
        if (found == personaIndex.cend()) {
            Persona persona;
            persona.id = newId();
            persona.name = row.persona;
            persona.color = defaultPersonaColor(int(fragment.personas.size()));
            fragment.personas.push_back(persona);
            found = personaIndex.insert(row.persona, fragment.personas.size() - 1);
        }
        if (row.useCase) {
            row.useCase->id = newId();
            fragment.personas[*found].useCases.push_back(std::move(*row.useCase));
        }
    };
    if (!readRows(source, addRow, report))
        return result;

    if (!result.errors.isEmpty() && !options.skipBadRows)
        return result;
    result.fragment = std::move(fragment);
    return result;
}

ExportResult UseCaseCsvFormat::write(const Workspace &workspace, const ExportOptions &options) const
{
    QList<QStringList> rows {header()};
    for (const Persona &persona : workspace.personas) {
        if (options.persona && persona.id != options.persona)
            continue;
        if (persona.useCases.empty()) {
            QStringList row(header().size());
            row[0] = Csv::protectText(persona.name);
            rows << row;
        }
        for (const UseCase &useCase : persona.useCases) {
            QStringList fields = UseCaseText::fields(useCase);
            for (const int i : textFields)
                fields[i] = Csv::protectText(fields.at(i));
            rows << (QStringList {Csv::protectText(persona.name)} + fields);
        }
    }
    return {Csv::write(rows), {}};
}

} // namespace Parcours
