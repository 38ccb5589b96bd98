// parcours export WORKSPACE --format pdf|svg|png …: journey, use-case map, dashboard and
// opportunities board posters without a display.
#include "subcommand.h"

#include "arguments.h"
#include "posterarguments.h"
#include "posterexportcharts.h"

#include "common/preferences.h"
#include "location.h"
#include "posters/journeypostercontent.h"
#include "posters/postercontent.h"
#include "posters/posterexporter.h"
#include "posters/posterrenderer.h"
#include "store/workspacestore.h"

#include <QDate>
#include <QFileInfo>
#include <QLocale>

#include <csignal>

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::Cli", text);
}

volatile std::sig_atomic_t interrupted = 0;

extern "C" void onInterrupt(int)
{
    interrupted = 1;
}

template<typename T>
QStringList namesOf(const std::vector<T> &items)
{
    QStringList names;
    for (const T &item : items)
        names << u"\"%1\""_s.arg(item.name);
    return names;
}

std::optional<qreal> millimetres(const QString &text, qreal min, qreal max)
{
    bool ok = false;
    const qreal value = QString(text).replace(u',', u'.').toDouble(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

// The content to print. A persona's use-case map (--persona) is added with its renderer.
std::unique_ptr<PosterContent> makeContent(const Workspace &workspace, const QString &journeyName,
                                           const QString &personaName, const QString &viewName,
                                           QString *error)
{
    if (const QString shared = sharedPersonaName(workspace, personaName); !shared.isEmpty()) {
        *error = shared;
        return nullptr;
    }
    if (const QString shared = sharedJourneyName(workspace, journeyName); !shared.isEmpty()) {
        *error = shared;
        return nullptr;
    }
    if (!personaName.isEmpty()) {
        for (const Persona &p : workspace.personas) {
            if (p.name == personaName)
                return makeChartPosterContent(workspace, ChartPoster::UseCaseMap, p.id);
        }
        *error = tr("no persona named \"%1\"; available: %2")
                     .arg(personaName, namesOf(workspace.personas).join(u", "_s));
        return nullptr;
    }
    const Journey *journey = nullptr;
    if (journeyName.isEmpty()) {
        if (workspace.journeys.size() == 1)
            journey = &workspace.journeys.front();
        else if (workspace.journeys.empty())
            *error = tr("the workspace has no journey to print");
        else
            *error = tr("the workspace has %1 journeys: choose one with --journey NAME; "
                        "available: %2")
                         .arg(workspace.journeys.size())
                         .arg(namesOf(workspace.journeys).join(u", "_s));
    } else {
        for (const Journey &j : workspace.journeys) {
            if (j.name == journeyName) {
                journey = &j;
                break;
            }
        }
        if (!journey)
            *error = tr("no journey named \"%1\"; available: %2")
                         .arg(journeyName, namesOf(workspace.journeys).join(u", "_s));
    }
    if (!journey)
        return nullptr;
    auto content = std::make_unique<JourneyPosterContent>(workspace, journey->id);
    if (!viewName.isEmpty()) { // an audience view (issue 23)
        const AudienceView *view = findViewByName(journey->views, viewName);
        if (!view) {
            *error = journey->views.empty()
                ? tr("no view named \"%1\": the journey \"%2\" has no views")
                      .arg(viewName, journey->name)
                : tr("no view named \"%1\" in the journey \"%2\"; available: %3")
                      .arg(viewName, journey->name, namesOf(journey->views).join(u", "_s));
            return nullptr;
        }
        content->setViewFilter(ViewFilter::of(*view));
    }
    return content;
}

} // namespace

// parcours export WORKSPACE --format pdf|svg|png -o OUT [--journey NAME | --persona NAME |
//     --dashboard | --opportunities] [--page SIZE] [--landscape | --portrait] [--margin MM] [--tile
//     SIZE]
//     [--overlap MM] [--dpi N] [--notes TEXT] [--date YYYY-MM-DD] [--rows auto|N]
//     [--audience everyone|customer] [--view NAME] [--comments]
// --comments: the journey's open comments, numbered on the map and listed below it.
// --rows: a journey's stages in rows; a use-case map's table in columns.
// With --dashboard or --opportunities, --format may be left out: the output's suffix gives it.
int runPosterExport(const QStringList &args, Streams &io)
{
    const Arguments parsed = parsePosterArguments(args);
    if (!parsed.error.isEmpty())
        return usageError(io, parsed.error);
    const QString workspacePath = parsed.positional.value(0);
    const QString output = parsed.value(u"--output"_s);
    const bool dashboard = parsed.has(u"--dashboard"_s);
    const bool board = parsed.has(u"--opportunities"_s);
    if (parsed.positional.size() != 1 || output.isEmpty())
        return usageError(io,
                          tr("usage: parcours export WORKSPACE --format pdf|svg|png -o OUT "
                             "[--journey NAME | --dashboard] [--page SIZE] [--landscape] "
                             "[--tile SIZE] [--overlap MM] [--dpi N]"));
    if (board && (dashboard || parsed.has(u"--journey"_s) || parsed.has(u"--persona"_s)))
        return usageError(
            io, tr("export: give --opportunities, --dashboard, --journey or --persona, not two"));
    if (dashboard && (parsed.has(u"--journey"_s) || parsed.has(u"--persona"_s)))
        return usageError(io, tr("export: give --dashboard, --journey or --persona, not two"));
    if (const QString refused = refusedExportTarget(workspacePath, output); !refused.isEmpty())
        return fail(io, output, refused);
    // --dashboard takes the format from the output's suffix when --format is left out.
    const QString formatName
        = parsed.has(u"--format"_s) ? parsed.value(u"--format"_s) : QFileInfo(output).suffix();
    const std::optional<PosterExporter::Format> chosen = PosterExporter::formatFromName(formatName);
    if (!chosen && board)
        return usageError(io,
                          tr("export: the opportunities board is written as pdf, svg or png, "
                             "not \"%1\"")
                              .arg(formatName));
    if (!chosen)
        return usageError(
            io,
            tr("export: the dashboard is written as pdf, svg or png, not \"%1\"").arg(formatName));
    const PosterExporter::Format format = *chosen;

    // Without --page: A4, or Letter where the locale's territory uses it (the first of
    // LC_ALL, LC_MESSAGES and LANG that is set, as QLocale::system() reads them; none or "C"
    // gives A4). The rule of the Preferences' default, never the user's saved preference: a
    // script gives the same poster on every account with the same environment.
    PosterSettings settings;
    settings.posterSize = QPageSize(Preferences::defaultPageSizeFor(QLocale::system()));
    if (parsed.has(u"--page"_s)) {
        QString why;
        const auto size = PosterSettings::parsePageSize(parsed.value(u"--page"_s), &why);
        if (!size && !why.isEmpty())
            return usageError(
                io, tr("export: the page size %1 is %2").arg(parsed.value(u"--page"_s), why));
        if (!size)
            return usageError(io,
                              tr("export: unknown page size %1 (A0 … A4, Letter, Legal, "
                                 "Tabloid, or WIDTHxHEIGHT in mm)")
                                  .arg(parsed.value(u"--page"_s)));
        settings.posterSize = *size;
    }
    if (parsed.has(u"--landscape"_s) && parsed.has(u"--portrait"_s))
        return usageError(io, tr("export: give --landscape or --portrait, not both"));
    if (parsed.has(u"--tile"_s)) {
        if (format != PosterExporter::Format::Pdf)
            return usageError(io,
                              tr("export: --tile applies to PDF: SVG and PNG hold the "
                                 "whole poster in one picture"));
        QString why;
        const auto size = PosterSettings::parsePageSize(parsed.value(u"--tile"_s), &why);
        if (!size && !why.isEmpty())
            return usageError(
                io, tr("export: the sheet size %1 is %2").arg(parsed.value(u"--tile"_s), why));
        if (!size)
            return usageError(io,
                              tr("export: unknown sheet size %1").arg(parsed.value(u"--tile"_s)));
        settings.tiled = true;
        settings.tileSize = *size;
    }
    if (settings.tiled && settings.tileNotSmaller())
        return usageError(io,
                          tr("export: the tile sheet %1 is not smaller than the poster %2: "
                             "leave out --tile")
                              .arg(PosterSettings::sizeName(settings.tileSize),
                                   PosterSettings::sizeName(settings.posterSize)));
    if (parsed.has(u"--overlap"_s) && !settings.tiled)
        return usageError(io, tr("export: --overlap applies to tiled posters: add --tile SIZE"));
    if (parsed.has(u"--overlap"_s)) {
        const auto overlap = millimetres(parsed.value(u"--overlap"_s), 0, 100);
        if (!overlap)
            return usageError(io, tr("export: --overlap takes millimetres from 0 to 100"));
        settings.overlap = *overlap;
    }
    if (parsed.has(u"--margin"_s)) {
        const auto margin = millimetres(parsed.value(u"--margin"_s), 0, 100);
        if (!margin)
            return usageError(io, tr("export: --margin takes millimetres from 0 to 100"));
        settings.margin = *margin;
    }
    if (parsed.has(u"--rows"_s)) {
        if (dashboard || board)
            return usageError(io,
                              tr("export: --rows applies to journey posters (rows of stages) "
                                 "and use-case maps (columns of the table)"));
        const QString rows = parsed.value(u"--rows"_s).trimmed();
        bool ok = false;
        const int count = rows.toInt(&ok);
        if (rows.compare(u"auto"_s, Qt::CaseInsensitive) == 0)
            settings.rows = PosterSettings::automaticRows;
        else if (ok && count >= 1)
            settings.rows = count;
        else
            return usageError(io,
                              tr("export: --rows takes auto or a number of rows (1, 2, 3 …), "
                                 "not \"%1\"")
                                  .arg(rows));
    }
    if (parsed.has(u"--view"_s) && (dashboard || board || parsed.has(u"--persona"_s)))
        return usageError(io, tr("export: --view applies to journey posters"));
    if (parsed.has(u"--comments"_s) && (dashboard || board || parsed.has(u"--persona"_s)))
        return usageError(io, tr("export: --comments applies to journey posters"));
    if (parsed.has(u"--audience"_s)) {
        if (dashboard || board || parsed.has(u"--persona"_s))
            return usageError(io, tr("export: --audience applies to journey posters"));
        const QString audience = parsed.value(u"--audience"_s).trimmed().toLower();
        if (audience == u"customer")
            settings.audience = PosterSettings::Audience::Customer;
        else if (audience != u"everyone")
            return usageError(io,
                              tr("export: --audience takes everyone or customer, not \"%1\"")
                                  .arg(parsed.value(u"--audience"_s)));
    }
    int dpi = 300;
    if (parsed.has(u"--dpi"_s)) {
        bool ok = false;
        dpi = parsed.value(u"--dpi"_s).toInt(&ok);
        if (!ok || dpi < 50 || dpi > 1200)
            return usageError(io, tr("export: --dpi takes 50 to 1200 (150, 300, 600)"));
    }
    PosterInfo info;
    info.date = QDate::currentDate();
    if (parsed.has(u"--date"_s)) {
        info.date = QDate::fromString(parsed.value(u"--date"_s), Qt::ISODate);
        if (!info.date.isValid())
            return usageError(io, tr("export: --date takes YYYY-MM-DD"));
    }
    info.notes = parsed.value(u"--notes"_s);

    const std::optional<ReadWorkspace> opened = readWorkspace(workspacePath, io);
    if (!opened)
        return BadInput;
    QString error;
    std::unique_ptr<PosterContent> content;
    if (board || dashboard)
        content = makeChartPosterContent(
            opened->workspace, board ? ChartPoster::Opportunities : ChartPoster::Dashboard);
    else
        content = makeContent(opened->workspace, parsed.value(u"--journey"_s),
                              parsed.value(u"--persona"_s), parsed.value(u"--view"_s), &error);
    if (!content)
        return fail(io, workspacePath, error);
    content->setAudience(settings.audience);
    if (parsed.has(u"--comments"_s)) // only journeys get here with it (checked above)
        static_cast<JourneyPosterContent &>(*content).setPrintComments(true);
    const PosterRenderer renderer(*content, info);
    if (renderer.flowsIntoColumns() || parsed.has(u"--persona"_s)) {
        if (settings.rows > renderer.maxColumns() && settings.rows > 1)
            return usageError(io,
                              tr("export: --rows %1 is more columns than the use-case map "
                                 "fills (at most %2)")
                                  .arg(settings.rows)
                                  .arg(renderer.maxColumns()));
    } else if (const auto stages = qsizetype(content->wrapGeometry().unitWidths.size());
               settings.rows > 1 && settings.rows > stages)
        return usageError(io,
                          tr("export: --rows %1 is more rows than the journey's %2 stages")
                              .arg(settings.rows)
                              .arg(stages));

    // Orientation: as asked; a custom WIDTHxHEIGHT as typed; else the one giving the content
    // the larger scale.
    const QSizeF typed = settings.posterSize.size(QPageSize::Millimeter);
    if (parsed.has(u"--landscape"_s) || parsed.has(u"--portrait"_s)) {
        settings.orientation
            = parsed.has(u"--landscape"_s) ? QPageLayout::Landscape : QPageLayout::Portrait;
    } else if (settings.posterSize.id() == QPageSize::Custom && typed.width() != typed.height()) {
        settings.orientation
            = typed.width() > typed.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
    } else {
        settings.orientation = renderer.largerScaleOrientation(settings);
    }
    const PosterLayout layout = renderer.layout(settings);
    if (!layout.isValid())
        return fail(io, output, layout.error());
    if (!layout.isLegible()) {
        PosterAdvice advice; // no shrinking remedy: the command line prints what it is given
        advice.commandLine = true;
        advice.suggestTiling = content->suggestsTiling();
        advice.wrap = renderer.wrapAdvice(settings, advice);
        io.err << tr("parcours: warning: %1").arg(layout.legibilityWarning(advice)) << Qt::endl;
    }

    // Ctrl+C cancels cleanly: the partial file is removed.
    interrupted = 0;
    auto previous = std::signal(SIGINT, onInterrupt);
    const PosterExporter exporter(renderer, layout);
    const PosterExporter::Result result
        = exporter.write(format, output, dpi, [](int, int) { return interrupted == 0; });
    std::signal(SIGINT, previous == SIG_ERR ? SIG_DFL : previous);
    if (result.cancelled)
        return fail(io, output, tr("interrupted; nothing written"));
    if (!result.ok)
        return fail(io, output, result.error);
    if (const QString rows = renderer.describeRows(layout); !rows.isEmpty())
        io.out << tr("Wrote %1: %2; %3.").arg(output, layout.describe(), rows) << Qt::endl;
    else
        io.out << tr("Wrote %1: %2.").arg(output, layout.describe()) << Qt::endl;
    return Success;
}

} // namespace Parcours::Cli
