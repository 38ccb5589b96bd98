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
    ImportResult result;
    const auto report = [&](int line, const QString &reason) {
        result.addError(options, line, reason);
    };

    Workspace fragment;
    QHash<QString, size_t> personaIndex;
    const auto addRow = [&](const Csv::Record &record) {
        result.rowLines << record.line;
        QStringList problems;
        const QString personaName = Csv::unprotectText(record.fields.first().trimmed());
        if (personaName.isEmpty())
            problems << tr("the persona is empty");
        QStringList useCaseFields = record.fields.mid(1);
        for (const int i : textFields)
            useCaseFields[i] = Csv::unprotectText(useCaseFields.at(i));
        const UseCase useCase = UseCaseText::fromFields(useCaseFields, &problems);
        if (!problems.isEmpty()) {
            result.addError(options, record.line, problems.join(u"; "_s));
            return;
        }
        auto found = personaIndex.constFind(personaName);
        if (found == personaIndex.cend()) {
            Persona persona;
            persona.id = newId();
            persona.name = personaName;
            persona.color = defaultPersonaColor(int(fragment.personas.size()));
            fragment.personas.push_back(persona);
            found = personaIndex.insert(personaName, fragment.personas.size() - 1);
        }
        const bool personaOnly
            = std::all_of(useCaseFields.cbegin(), useCaseFields.cend(),
                          [](const QString &f) { return f.trimmed().isEmpty(); });
        if (!personaOnly) {
            UseCase added = useCase;
            added.id = newId();
            fragment.personas[*found].useCases.push_back(added);
        }
    };
    if (!Csv::readTable(data, header(), addRow, report))
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
