#include "formats/workspaceformat.h"

#include "formats/csvimport.h"
#include "formats/journeycsvformat.h"
#include "formats/jsonformat.h"
#include "formats/mermaidformat.h"
#include "formats/metricscsvformat.h"
#include "formats/opportunitycsvformat.h"
#include "formats/usecasecsvformat.h"

#include <QFileInfo>
#include <QRegularExpression>

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

ImportResult WorkspaceFormat::readFile(QIODevice &file, const ImportOptions &options,
                                       const ImportProgress &progress) const
{
    ImportResult result;
    const qint64 size = file.size();
    if (const QString tooLarge = CsvImport::tooLargeError(file, options, shortName());
        !tooLarge.isEmpty()) {
        result.errors << tooLarge;
        return result;
    }
    if (progress && !progress(0, size)) {
        result.cancelled = true;
        return result;
    }
    result = read(file.readAll(), options);
    if (progress && !progress(size, size)) {
        result = {};
        result.cancelled = true;
    }
    return result;
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
    static const OpportunityCsvFormat opportunitiesCsv;
    return {&json, &useCasesCsv, &journeyCsv, &mermaid, &metricsCsv, &opportunitiesCsv};
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

const WorkspaceFormat *WorkspaceFormats::detect(const QString &fileName, const QByteArray &head)
{
    QString text = QString::fromUtf8(head);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QString firstLine = text.section(u'\n', 0, 0).trimmed();
    QString fields = firstLine.toLower();
    fields.remove(u'"');
    fields.replace(u';', u',').replace(u'\t', u',');
    const QStringList columns = fields.split(u',');
    // Journey CSV files written before the blueprint columns (issue 21) are journey CSV too.
    if (JourneyCsvFormat::isHeader(columns))
        return find(u"journey-csv"_s);
    if (OpportunityCsvFormat::isHeader(columns))
        return find(u"opportunities-csv"_s);
    const std::pair<const QStringList *, QString> csvFormats[] = {
        {&UseCaseCsvFormat::header(), u"usecases-csv"_s},
        {&UseCaseCsvFormat::headerWithEvents(), u"usecases-csv"_s},
        {&MetricsCsvFormat::header(), u"metrics-csv"_s},
        {&MetricsCsvFormat::headerWithoutComputed(), u"metrics-csv"_s},
    };
    for (const auto &[header, name] : csvFormats) {
        if (columns == *header)
            return find(name);
    }
    if (text.trimmed().startsWith(u'{') && text.contains(u"\"parcours-workspace\""_s))
        return find(u"json"_s);
    static const QRegularExpression journeyLine(u"^\\s*journey\\s*$"_s,
                                                QRegularExpression::MultilineOption
                                                    | QRegularExpression::CaseInsensitiveOption);
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if ((suffix == u"mmd" || suffix == u"md" || suffix == u"markdown" || suffix == u"mermaid")
        && journeyLine.match(text).hasMatch())
        return find(u"mermaid"_s);
    return nullptr;
}

} // namespace Parcours
