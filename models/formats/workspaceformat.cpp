#include "workspaceformat.h"

#include "journeycsvformat.h"
#include "jsonformat.h"
#include "mermaidformat.h"
#include "metricscsvformat.h"
#include "usecasecsvformat.h"

using namespace Qt::StringLiterals;

namespace Parcours {

void ImportResult::addError(const ImportOptions &options, int line, const QString &reason)
{
    errorLines.insert(line);
    errors.append(u"%1:%2: %3"_s.arg(options.fileName).arg(line).arg(reason));
}

ImportResult WorkspaceFormat::read(const QByteArray &, const ImportOptions &options) const
{
    return {std::nullopt,
            {WorkspaceFormats::tr("%1: %2 cannot be imported").arg(options.fileName, shortName())},
            {},
            {},
            {}};
}

ExportResult WorkspaceFormat::write(const Workspace &, const ExportOptions &) const
{
    return {{}, WorkspaceFormats::tr("%1 cannot be exported").arg(shortName())};
}

QList<const WorkspaceFormat *> WorkspaceFormats::all()
{
    // Register new formats here, one line each.
    static const JsonFormat json;
    static const UseCaseCsvFormat useCasesCsv;
    static const MetricsCsvFormat metricsCsv;
    static const JourneyCsvFormat journeyCsv;
    static const MermaidFormat mermaid;
    return {&json, &useCasesCsv, &journeyCsv, &mermaid, &metricsCsv};
}

const WorkspaceFormat *WorkspaceFormats::find(const QString &shortName)
{
    for (const WorkspaceFormat *format : all()) {
        if (format->shortName().compare(shortName, Qt::CaseInsensitive) == 0)
            return format;
    }
    return nullptr;
}

QStringList WorkspaceFormats::names()
{
    QStringList names;
    for (const WorkspaceFormat *format : all())
        names << format->shortName();
    return names;
}

} // namespace Parcours
