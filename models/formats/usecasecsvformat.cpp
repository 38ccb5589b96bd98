#include "usecasecsvformat.h"

#include "csv.h"
#include "usecasetext.h"

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr int columnCount = 9;

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
    auto report = [&](int line, const QString &reason) {
        result.errors.append(u"%1:%2: %3"_s.arg(options.fileName).arg(line).arg(reason));
    };

    const Csv::Document csv = Csv::read(data);
    for (const Csv::Problem &problem : csv.problems)
        report(problem.line, problem.message);
    if (!result.errors.isEmpty())
        return result;
    if (csv.records.isEmpty()) {
        report(
            1,
            tr("the file is empty; the first line must be the header %1").arg(header().join(u',')));
        return result;
    }

    const Csv::Record &head = csv.records.first();
    QStringList names;
    for (const QString &name : head.fields)
        names << name.trimmed().toLower();
    if (!head.error.isEmpty() || names != header()) {
        report(head.line,
               tr("the header must be exactly %1 (found %2)")
                   .arg(header().join(u','), head.fields.join(QString(csv.delimiter))));
        return result;
    }

    Workspace fragment;
    QHash<QString, size_t> personaIndex;
    for (qsizetype r = 1; r < csv.records.size(); ++r) {
        const Csv::Record &record = csv.records.at(r);
        if (!record.error.isEmpty()) {
            report(record.line, record.error);
            continue;
        }
        if (record.fields.size() != columnCount) {
            report(record.line,
                   tr("expected %1 fields separated by \"%2\", found %3")
                       .arg(columnCount)
                       .arg(csv.delimiter == u'\t' ? u"tab"_s : QString(csv.delimiter))
                       .arg(record.fields.size()));
            continue;
        }
        QStringList problems;
        const QString personaName = record.fields.first().trimmed();
        if (personaName.isEmpty())
            problems << tr("the persona is empty");
        const QStringList useCaseFields = record.fields.mid(1);
        const UseCase useCase = UseCaseText::fromFields(useCaseFields, &problems);
        if (!problems.isEmpty()) {
            report(record.line, problems.join(u"; "_s));
            continue;
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
    }

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
            QStringList row(columnCount);
            row[0] = persona.name;
            rows << row;
        }
        for (const UseCase &useCase : persona.useCases)
            rows << (QStringList {persona.name} + UseCaseText::fields(useCase));
    }
    return {Csv::write(rows), {}};
}

} // namespace Parcours
