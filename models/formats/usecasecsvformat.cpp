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

// The optional last column (issue 22): the events meaning the use case happened, "|" between
// names.
QString eventsText(const QStringList &events)
{
    return Csv::protectText(events.join(u'|'));
}

QStringList eventsOf(const QString &text)
{
    return UseCaseText::parseEvents(Csv::unprotectText(text));
}

} // namespace

const QStringList &UseCaseCsvFormat::header()
{
    static const QStringList columns
        = {u"persona"_s,   u"problem"_s, u"use_case"_s, u"why_better"_s, u"alternative"_s,
           u"frequency"_s, u"weight"_s,  u"status"_s,   u"notes"_s};
    return columns;
}

const QStringList &UseCaseCsvFormat::headerWithEvents()
{
    static const QStringList columns = header() + QStringList {u"events"_s};
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
        QStringList useCaseFields = record.fields.mid(1, header().size() - 1);
        for (const int i : textFields)
            useCaseFields[i] = Csv::unprotectText(useCaseFields.at(i));
        UseCase useCase = UseCaseText::fromFields(useCaseFields, &problems);
        useCase.events = eventsOf(record.fields.value(header().size()));
        const bool personaOnly = useCase.events.isEmpty()
            && std::all_of(useCaseFields.cbegin(), useCaseFields.cend(),
                           [](const QString &f) { return f.trimmed().isEmpty(); });
        if (!problems.isEmpty())
            read.problem = problems.join(u"; "_s);
        else if (!personaOnly)
            read.useCase = std::move(useCase);
        row(std::move(read));
    };
    // Files without the events column (before issue 22) read as before.
    return source(Csv::Header(headerWithEvents(), 1), toRow, report);
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
    // The events column only when some use case names events: other exports stay as they were.
    bool withEvents = false;
    for (const Persona &persona : workspace.personas) {
        if (options.persona && persona.id != options.persona)
            continue;
        for (const UseCase &useCase : persona.useCases)
            withEvents = withEvents || !useCase.events.isEmpty();
    }
    const QStringList &columns = withEvents ? headerWithEvents() : header();
    QList<QStringList> rows {columns};
    for (const Persona &persona : workspace.personas) {
        if (options.persona && persona.id != options.persona)
            continue;
        if (persona.useCases.empty()) {
            QStringList row(columns.size());
            row[0] = Csv::protectText(persona.name);
            rows << row;
        }
        for (const UseCase &useCase : persona.useCases) {
            QStringList fields = UseCaseText::fields(useCase);
            for (const int i : textFields)
                fields[i] = Csv::protectText(fields.at(i));
            QStringList row = QStringList {Csv::protectText(persona.name)} + fields;
            if (withEvents)
                row << eventsText(useCase.events);
            rows << row;
        }
    }
    return {Csv::write(rows), {}};
}

} // namespace Parcours
