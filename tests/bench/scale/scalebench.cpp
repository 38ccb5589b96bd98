// Scale benchmark (issue #9): generates workspaces at three scales (S, M, L), measures each
// one in its own child process (so that peak memory is per scale) through the code paths the
// application uses, and prints one table with the growth from scale to scale and the
// targets. Not a test: it reports figures. Run it with scripts/run-benchmarks.sh, or
//
//   build/bench/tests/bench/parcours_scale_bench [S] [M] [L] [--dir DIR]
//
// A child is the same program with --child generate|measure --scale S --dir DIR.
#include "benchfigures.h"
#include "scaleworkspace.h"

#include "analytics/forgottenzone.h"
#include "document/edits.h"
#include "document/workspacedocument.h"
#include "formats/mermaidformat.h"
#include "formats/usecasecsvformat.h"
#include "itemmodels/usecasefiltermodel.h"
#include "itemmodels/usecasetablemodel.h"
#include "itemmodels/workspaceoutlinemodel.h"
#include "journey/journeycanvas.h"
#include "posters/journeypostercontent.h"
#include "posters/posterexporter.h"
#include "posters/posterrenderer.h"
#include "usecases/frequencyspectrumchart.h"
#include "usecases/spectrummarkers.h"
#include "usecases/usecasetableview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QScatterSeries>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>
#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Parcours;
using namespace Parcours::Bench;
using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &progress()
{
    static QTextStream stream(stderr);
    return stream;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of this process and of its finished children (user + system), in milliseconds:
// what a run costs even when other jobs share the processors.
double cpuMs()
{
    timespec self {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &self);
    rusage children {};
    getrusage(RUSAGE_CHILDREN, &children);
    auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return double(self.tv_sec) * 1e3 + double(self.tv_nsec) / 1e6 + ms(children.ru_utime)
        + ms(children.ru_stime);
}

// Wall-clock and CPU times of each run, in milliseconds.
struct Runs
{
    std::vector<double> wall;
    std::vector<double> cpu;
};

// Times `runs` runs of `work`; `prepare` runs untimed before each.
Runs timeRuns(int runs, const std::function<void()> &work,
              const std::function<void()> &prepare = {})
{
    Runs times;
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare();
        const double cpuStart = cpuMs();
        QElapsedTimer timer;
        timer.start();
        work();
        times.wall.push_back(elapsedMs(timer));
        times.cpu.push_back(cpuMs() - cpuStart);
    }
    return times;
}

// Resident memory of this process now, in MB (VmRSS).
double currentRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Peak resident memory of this process so far, in MB (the kernel's VmHWM).
double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

void report(const char *key, double value)
{
    out() << "RESULT " << key << ' ' << QString::number(value, 'g', 8) << Qt::endl;
}

void report(const char *key, const Runs &times)
{
    report(key, median(times.wall));
    report((std::string(key) + "_cpu").c_str(), median(times.cpu));
}

QString workspacePath(const QString &dir, const Scale &scale)
{
    return QDir(dir).filePath(u"bench-%1.parcours"_s.arg(scale.name));
}

QString csvPath(const QString &dir, const Scale &scale)
{
    return QDir(dir).filePath(u"bench-%1.csv"_s.arg(scale.name));
}

// --- Child: generate ------------------------------------------------------------------

int generate(const Scale &scale, const QString &dir)
{
    const Workspace workspace = generateWorkspace(scale);
    QFile::remove(workspacePath(dir, scale));
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(workspacePath(dir, scale), workspace);
    if (!created.document) {
        progress() << "cannot create the workspace: " << created.error << Qt::endl;
        return 1;
    }
    QFile csv(csvPath(dir, scale));
    if (!csv.open(QIODevice::WriteOnly)
        || csv.write(UseCaseCsvFormat().write(workspace, {}).data) < 0) {
        progress() << "cannot write " << csv.fileName() << Qt::endl;
        return 1;
    }
    return 0;
}

// --- Child: measure --------------------------------------------------------------------

// Reads every row and column of every table, as the floor any open must pay.
void readAllTables(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"floor"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            return;
        QStringList tables;
        QSqlQuery list(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s, db);
        while (list.next())
            tables << list.value(0).toString();
        qint64 values = 0;
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.exec(u"SELECT * FROM \"%1\""_s.arg(table));
            const int columns = query.record().count();
            while (query.next()) {
                for (int c = 0; c < columns; ++c)
                    values += query.value(c).isValid() ? 1 : 0;
            }
        }
        Q_UNUSED(values)
    }
    QSqlDatabase::removeDatabase(u"floor"_s);
}

// The sqlite3 command-line tool printing every table to /dev/null (its process start
// included), or an empty list when it is not installed.
Runs sqliteCli(const QString &path, int runs)
{
    const QString sqlite = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (sqlite.isEmpty())
        return {};
    QString script;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tables"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery list(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s, db);
            while (list.next())
                script += u"SELECT * FROM \"%1\";\n"_s.arg(list.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(u"tables"_s);
    return timeRuns(runs, [&] {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(sqlite, {u"-batch"_s, u"-readonly"_s, path});
        process.write(script.toUtf8());
        process.closeWriteChannel();
        process.waitForFinished(-1);
    });
}

// What the event loop does between two user actions, deferred deletions included.
void flushEvents()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QImage renderWidget(QWidget &widget)
{
    QImage image(widget.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    widget.render(&painter);
    return image;
}

// Saves what was painted when PARCOURS_BENCH_IMAGES names a folder, to look at it.
void keepImage(const QImage &image, const Scale &scale, const QString &what)
{
    const QString dir = qEnvironmentVariable("PARCOURS_BENCH_IMAGES");
    if (!dir.isEmpty())
        image.save(QDir(dir).filePath(u"%1-%2.png"_s.arg(scale.name, what)));
}

double percentile99(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t rank = (values.size() * 99 + 99) / 100; // nearest rank, 1-based
    return values[std::max<size_t>(rank, 1) - 1];
}

// What File > Export Poster… and `parcours export --page A0` do: the journey's poster
// content, the renderer, the orientation giving the larger scale, then the exporter.
PosterExporter::Result exportPoster(const Workspace &workspace, Id journey,
                                    PosterExporter::Format format, const QString &path, int dpi)
{
    const JourneyPosterContent content(workspace, journey);
    PosterInfo info;
    info.date = QDate(2026, 9, 1);
    const PosterRenderer renderer(content, info);
    PosterSettings settings;
    settings.posterSize = QPageSize(QPageSize::A0);
    settings.orientation = renderer.largerScaleOrientation(settings); // as `parcours export`
    const PosterLayout layout = renderer.layout(settings);
    return PosterExporter(renderer, layout).write(format, path, dpi);
}

// The Mermaid CLI: PARCOURS_MMDC when set (scripts/run-benchmarks.sh --with-mermaid installs
// it under build/mermaid-cli and names it), else mmdc on PATH.
QString mermaidCli()
{
    const QString named = qEnvironmentVariable("PARCOURS_MMDC");
    return named.isEmpty() ? QStandardPaths::findExecutable(u"mmdc"_s) : named;
}

// mmdc's arguments, with its configuration files written into `dir`: Mermaid's maxTextSize
// raised (below it, mmdc silently draws an error box in place of a large journey), and
// Puppeteer given the browser PUPPETEER_EXECUTABLE_PATH names (Debian's chromium: no download)
// and no sandbox (root has none).
QStringList mermaidArguments(const QString &dir, const QString &input, const QString &output)
{
    const QString mermaidConfig = QDir(dir).filePath(u"mermaid.json"_s);
    const QString puppeteerConfig = QDir(dir).filePath(u"puppeteer.json"_s);
    QFile mermaid(mermaidConfig);
    if (mermaid.open(QIODevice::WriteOnly))
        mermaid.write(R"({"maxTextSize": 10000000, "maxEdges": 100000})");
    QJsonObject puppeteer {{u"args"_s, QJsonArray {u"--no-sandbox"_s}}};
    if (const QString browser = qEnvironmentVariable("PUPPETEER_EXECUTABLE_PATH");
        !browser.isEmpty())
        puppeteer.insert(u"executablePath"_s, browser);
    QFile launch(puppeteerConfig);
    if (launch.open(QIODevice::WriteOnly))
        launch.write(QJsonDocument(puppeteer).toJson());
    return {u"-q"_s, u"-p"_s, puppeteerConfig, u"-c"_s, mermaidConfig,
            u"-i"_s, input,   u"-o"_s,         output};
}

// PARCOURS_BENCH_SKIP=spectrum,exports leaves parts out, to profile the others.
bool skipped(const char *part)
{
    return qEnvironmentVariable("PARCOURS_BENCH_SKIP").split(u',').contains(QLatin1String(part));
}

int measure(const Scale &scale, const QString &dir)
{
    const QString path = workspacePath(dir, scale);
    const bool large = scale.name == u"L";
    const bool small = scale.name == u"S";

    // Opening: the file validated, read and turned into the model, ready to edit.
    progress() << scale.name << ": open" << Qt::endl;
    std::unique_ptr<WorkspaceDocument> held; // closed untimed, before the next run
    report("open",
           timeRuns(
               5,
               [&] {
                   WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(path);
                   if (!opened.document)
                       qFatal("cannot open %s", qPrintable(opened.error));
                   held = std::move(opened.document);
               },
               [&] { held.reset(); }));
    held.reset();
    report("rss_open", peakRssMb());
    report("sqlite_floor", timeRuns(5, [&] { readAllTables(path); }));
    const Runs cli = sqliteCli(path, 5);
    if (!cli.wall.empty())
        report("sqlite_cli", cli);

    WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(path);
    if (!opened.document) {
        progress() << "cannot open: " << opened.error << Qt::endl;
        return 1;
    }
    WorkspaceDocument &doc = *opened.document;
    const Workspace &w = doc.workspace();
    const Persona &shownPersona = w.personas[w.personas.size() / 2];
    const Journey &largest = w.journeys.front();

    // First paint of the use-case table of one persona, as its page shows it.
    progress() << scale.name << ": first paint" << Qt::endl;
    QImage lastImage;
    report("paint_table", timeRuns(5, [&] {
               UseCaseTableModel model;
               UseCaseFilterModel proxy;
               proxy.setSourceModel(&model);
               model.setDocument(&doc);
               model.setPersona(shownPersona.id);
               UseCaseTableView view(&model, &proxy);
               view.resize(1280, 800);
               lastImage = renderWidget(view);
           }));
    keepImage(lastImage, scale, u"table"_s);
    // First paint of the journey canvas on the largest journey: layout, scene, one frame.
    report("paint_canvas", timeRuns(5, [&] {
               JourneyCanvas canvas;
               canvas.resize(1280, 800);
               canvas.setJourney(&doc, largest.id);
               lastImage = renderWidget(canvas);
           }));
    keepImage(lastImage, scale, u"canvas"_s);
    report("rss_paint", peakRssMb());

    // Edits, with the views that follow them attached: the persona's table, the sidebar
    // outline (verdicts) and the canvas on the journey being edited.
    progress() << scale.name << ": edits" << Qt::endl;
    UseCaseTableModel tableModel;
    tableModel.setDocument(&doc);
    tableModel.setPersona(shownPersona.id);
    WorkspaceOutlineModel outline;
    outline.setDocument(&doc);
    JourneyCanvas canvas;
    canvas.resize(1280, 800);
    canvas.setJourney(&doc, largest.id);
    renderWidget(canvas);
    int outlineRowsChanged = 0;
    QObject::connect(&outline, &QAbstractItemModel::dataChanged,
                     [&](const QModelIndex &from, const QModelIndex &to) {
                         outlineRowsChanged += to.row() - from.row() + 1;
                     });
    Runs editTimes;
    constexpr int edits = 200;
    for (int i = 0; i < edits; ++i) {
        QElapsedTimer timer;
        double cpuStart = 0;
        bool changed = false;
        if (i % 2 == 0) {
            const Persona &p = w.personas[size_t(i * 7) % w.personas.size()];
            const UseCase &u = p.useCases[size_t(i * 13) % p.useCases.size()];
            const EntityRef ref = EntityRef::useCase(p.id, u.id);
            const QString text = u"%1 (edit %2.%3)"_s.arg(u.problem.section(u" (edit"_s, 0, 0))
                                     .arg(i)
                                     .arg(QCoreApplication::applicationPid());
            cpuStart = cpuMs();
            timer.start();
            changed = Edit::setField(doc, ref, Field::UseCaseProblem, text);
        } else {
            const Stage &s = largest.stages[size_t(i * 13) % largest.stages.size()];
            const EntityRef ref = EntityRef::cell(largest.id, s.id, largest.lanes.front().id);
            cpuStart = cpuMs();
            timer.start();
            changed = Edit::setField(doc, ref, Field::CellText,
                                     u"Reads the pricing page again (edit %1.%2)."_s.arg(i).arg(
                                         QCoreApplication::applicationPid()));
        }
        editTimes.wall.push_back(elapsedMs(timer));
        editTimes.cpu.push_back(cpuMs() - cpuStart);
        if (!changed)
            qFatal("edit %d changed nothing", i);
        if (!doc.isSaved())
            qFatal("edit not saved: %s", qPrintable(doc.writeError()));
    }
    report("rss_edits", peakRssMb());
    report("edit_median", median(editTimes.wall));
    report("edit_median_cpu", median(editTimes.cpu));
    report("edit_p99", percentile99(editTimes.wall));
    report("edit_p99_cpu", percentile99(editTimes.cpu));
    QCoreApplication::processEvents();

    // Verdicts: every persona in both scopes; and how many outline rows (persona verdicts)
    // one frequency edit recomputes.
    progress() << scale.name << ": verdicts" << Qt::endl;
    int personasInZone = 0;
    report("verdicts", timeRuns(21, [&] {
               personasInZone
                   = workspaceVerdict(w, VerdictScope::CurrentOnly).personasInForgottenZone
                   + workspaceVerdict(w, VerdictScope::WithPlanned).personasInForgottenZone;
           }));
    Q_UNUSED(personasInZone)
    outlineRowsChanged = 0;
    {
        const Persona &p = w.personas.front();
        const UseCase &u = p.useCases.front();
        Edit::setField(
            doc, EntityRef::useCase(p.id, u.id), Field::UseCaseFrequency,
            QVariant::fromValue(UsageFrequency(u.frequency.times() + 1, 1, Period::Year)));
    }
    report("verdict_rows", outlineRowsChanged);

    // The spectrum chart after one frequency edit: recomputed, repopulated and painted.
    progress() << scale.name << ": spectrum" << Qt::endl;
    // "spectrum_all_before" draws the chart as it was drawn before issue 24: every series and
    // axis made again on each refresh, Qt Charts scatter series given every point, one
    // graphics item each (our markers item emptied).
    struct SpectrumRun
    {
        const char *key;
        FrequencySpectrumChart::Scope scope;
        bool asBefore;
    };
    std::vector<SpectrumRun> charts;
    if (!skipped("spectrum"))
        charts = {{"spectrum_persona", FrequencySpectrumChart::Scope::Persona, false},
                  {"spectrum_all", FrequencySpectrumChart::Scope::AllPersonas, false},
                  {"spectrum_all_before", FrequencySpectrumChart::Scope::AllPersonas, true}};
    for (const SpectrumRun &run : charts) {
        if (run.asBefore)
            report("rss_views", peakRssMb());
        FrequencySpectrumChart chart;
        chart.resize(900, 500);
        chart.setDocument(&doc);
        chart.setPersona(shownPersona.id);
        chart.setScope(run.scope);
        const bool asBefore = run.asBefore; // (lambdas cannot capture bindings)
        const auto refresh = [&chart, asBefore] {
            if (asBefore) // every series and axis made again, as before
                chart.chart()->setProperty("parcoursSpectrumLayout", QVariant());
            chart.refresh();
            if (!asBefore)
                return;
            const QList<QScatterSeries *> series = chart.pointSeries();
            for (qsizetype s = 0; s < series.size(); ++s) {
                QList<QPointF> points;
                for (const FrequencySpectrum::Point &p : chart.spectrum().series[size_t(s)].points)
                    points << QPointF(std::log10(p.usesPerMonth), p.y);
                series[s]->replace(points);
            }
            SpectrumMarkers::of(chart.chart())->setSeries({}, QRectF());
        };
        refresh();
        renderWidget(chart);
        flushEvents();
        int n = 0;
        report(run.key,
               timeRuns(
                   small ? 7 : 5,
                   [&] {
                       refresh();
                       lastImage = renderWidget(chart);
                   },
                   [&] {
                       flushEvents(); // as the event loop does between two edits
                       const UseCase &u = shownPersona.useCases[size_t(n)];
                       Edit::setField(
                           doc, EntityRef::useCase(shownPersona.id, u.id), Field::UseCaseFrequency,
                           QVariant::fromValue(UsageFrequency(1 + ++n, 1, Period::Month)));
                   }));
        keepImage(lastImage, scale, QString::fromLatin1(run.key));
    }
    if (charts.empty())
        report("rss_views", peakRssMb());

    // Exports of the largest journey: A0 PDF, A0 PNG at 300 dpi, SVG.
    progress() << scale.name << ": exports" << Qt::endl;
    report("rss_now_exports", currentRssMb());
    const QString exported = QDir(dir).filePath(u"export-%1"_s.arg(scale.name));
    std::vector<std::tuple<const char *, PosterExporter::Format, int>> exports;
    Runs svgTimes; // Parcours's SVG, for the Mermaid CLI's ratio
    if (!skipped("exports"))
        exports = {{"pdf_a0", PosterExporter::Format::Pdf, large ? 3 : 5},
                   {"png_300", PosterExporter::Format::Png, large ? 1 : 2},
                   {"svg", PosterExporter::Format::Svg, large ? 3 : 5}};
    for (const auto &[key, format, runs] : exports) {
        const PosterExporter::Format chosen = format; // (lambdas cannot capture bindings)
        const QString file = exported + u'.' + PosterExporter::suffix(chosen);
        bool ok = true;
        const Runs times
            = timeRuns(runs, [&] { ok = exportPoster(w, largest.id, chosen, file, 300).ok && ok; });
        report(key, times);
        if (chosen == PosterExporter::Format::Svg)
            svgTimes = times;
        if (!ok)
            qFatal("export to %s failed", qPrintable(file));
        report((std::string(key) + "_kb").c_str(), double(QFileInfo(file).size()) / 1024.0);
        report((std::string("rss_") + key).c_str(), peakRssMb());
    }
    const QString mmdc = mermaidCli();
    if (!mmdc.isEmpty() && !skipped("exports")) {
        ExportOptions options;
        options.journey = largest.id;
        const QString mmd = exported + u".mmd"_s;
        QFile file(mmd);
        if (file.open(QIODevice::WriteOnly))
            file.write(MermaidFormat().write(w, options).data);
        file.close();
        const QString svg = exported + u"-mermaid.svg"_s;
        const QStringList arguments = mermaidArguments(dir, mmd, svg);
        bool ok = true;
        // CPU time: mmdc's and every descendant it waited for, Chromium's (cpuMs()).
        const Runs times
            = timeRuns(large ? 1 : 3, [&] { ok = QProcess::execute(mmdc, arguments) == 0 && ok; });
        // Without maxTextSize raised, mmdc draws an error box and exits with 0.
        QFile drawn(svg);
        if (ok && drawn.open(QIODevice::ReadOnly)
            && drawn.readAll().contains("Maximum text size")) {
            progress() << "Mermaid CLI drew its error box (maxTextSize not applied): " << svg
                       << Qt::endl;
            ok = false;
        }
        if (ok) {
            report("mermaid_svg", times);
            const double ours = median(svgTimes.wall);
            if (ours > 0)
                report("mermaid_svg_ratio", median(times.wall) / ours);
        } else {
            progress() << "Mermaid CLI failed: " << mmdc << ' ' << arguments.join(u' ') << Qt::endl;
        }
    }
    report("rss_exports", peakRssMb());

    // Importing the use cases as CSV into an empty workspace, as File > Import does.
    progress() << scale.name << ": CSV import" << Qt::endl;
    int imported = 0;
    std::unique_ptr<WorkspaceDocument> target;
    report("csv_import",
           timeRuns(
               large ? 3 : 5,
               [&] {
                   QFile file(csvPath(dir, scale));
                   if (!file.open(QIODevice::ReadOnly))
                       qFatal("cannot read the CSV file");
                   ImportOptions options;
                   options.fileName = file.fileName();
                   const WorkspaceFormat *format = WorkspaceFormats::find(u"usecases-csv"_s);
                   ImportResult result = format->read(file.readAll(), options);
                   if (!result.fragment || !result.errors.isEmpty())
                       qFatal("CSV import failed: %s", qPrintable(result.errors.value(0)));
                   Edit::importFragment(*target, std::move(*result.fragment), u"Import"_s);
               },
               [&] {
                   target.reset();
                   const QString file = QDir(dir).filePath(
                       u"import-%1-%2.parcours"_s.arg(scale.name).arg(++imported));
                   target = WorkspaceDocument::create(file).document;
               }));
    const int rowsImported = [&] {
        int rows = 0;
        for (const Persona &p : target->workspace().personas)
            rows += int(p.useCases.size());
        return rows;
    }();
    report("csv_rows", rowsImported);
    report("rss_total", peakRssMb());
    return 0;
}

// --- Parent --------------------------------------------------------------------------

bool runChild(const QString &step, const Scale &scale, const QString &dir,
              QHash<QString, double> *results)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--child"_s, step, u"--scale"_s, scale.name, u"--dir"_s, dir});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit
        || child.exitCode() != 0) {
        progress() << "the " << step << " step of scale " << scale.name << " failed" << Qt::endl;
        return false;
    }
    if (results) {
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.trimmed().split(' ');
            if (parts.size() == 3 && parts[0] == "RESULT")
                results->insert(QString::fromLatin1(parts[1]), parts[2].toDouble());
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);

    QString dir;
    if (const qsizetype at = args.indexOf(u"--dir"_s); at >= 0 && at + 1 < args.size()) {
        dir = args.at(at + 1);
        args.remove(at, 2);
    }
    if (const qsizetype at = args.indexOf(u"--child"_s); at >= 0) {
        const QString step = args.value(at + 1);
        const Scale scale = Scale::byName(args.value(args.indexOf(u"--scale"_s) + 1));
        if (scale.personas == 0 || dir.isEmpty())
            return 2;
        return step == u"generate" ? generate(scale, dir) : measure(scale, dir);
    }

    std::vector<Scale> scales;
    for (const QString &arg : std::as_const(args)) {
        const Scale scale = Scale::byName(arg.toUpper());
        if (scale.personas == 0) {
            progress() << "usage: parcours_scale_bench [S] [M] [L] [--dir DIR]" << Qt::endl;
            return 2;
        }
        scales.push_back(scale);
    }
    if (scales.empty())
        scales = {Scale::byName(u"S"_s), Scale::byName(u"M"_s), Scale::byName(u"L"_s)};

    QTemporaryDir temporary;
    if (dir.isEmpty())
        dir = temporary.path();
    QDir().mkpath(dir);

    std::vector<ScaleResults> results;
    for (const Scale &scale : scales) {
        progress() << scale.name << ": generating " << scale.useCaseRows() << " use cases, "
                   << scale.cells() << " journey cells" << Qt::endl;
        ScaleResults r;
        r.scale = scale;
        if (!runChild(u"generate"_s, scale, dir, nullptr)
            || !runChild(u"measure"_s, scale, dir, &r.values))
            return 1;
        results.push_back(r);
    }
    printTable(out(), results);
    return 0;
}
