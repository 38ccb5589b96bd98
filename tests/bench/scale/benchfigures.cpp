#include "benchfigures.h"

#include <QFile>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace Parcours::Bench {

namespace {

// What a figure grows with (Ratio: nothing, it compares two figures).
enum class Size { DataRows, UseCaseRows, PersonaRows, JourneyCells, Personas, Ratio };

struct Figure
{
    const char *key;
    const char *label;
    const char *unit;
    Size size;
    std::optional<double> target; // the value must stay below it (or equal, for counts)
};

const std::vector<Figure> &figures()
{
    static const std::vector<Figure> list = {
        {"open", "Open from disk to a built model", "ms", Size::DataRows, 300},
        {"sqlite_floor", "  floor: QSqlQuery reads every table", "ms", Size::DataRows, {}},
        {"sqlite_cli", "  floor: sqlite3 CLI prints every table", "ms", Size::DataRows, {}},
        {"paint_table", "First paint, use-case table (1 persona)", "ms", Size::PersonaRows, 100},
        {"paint_canvas", "First paint, journey canvas (largest)", "ms", Size::JourneyCells, 100},
        {"edit_median", "One edit to committed transaction, median", "ms", Size::DataRows, 5},
        {"edit_p99", "One edit to committed transaction, p99", "ms", Size::DataRows, 20},
        {"verdicts", "Forgotten-zone verdicts, whole workspace", "ms", Size::UseCaseRows, 10},
        {"verdict_rows", "Persona verdicts one edit recomputes", "rows", Size::Personas, 1},
        {"spectrum_persona",
         "Spectrum refresh after an edit, 1 persona",
         "ms",
         Size::PersonaRows,
         {}},
        {"spectrum_all", "Spectrum refresh after an edit, all personas", "ms", Size::UseCaseRows,
         50},
        {"spectrum_all_before",
         "  as before: Qt Charts, an item per point",
         "ms",
         Size::UseCaseRows,
         {}},
        {"pdf_a0", "Largest journey to PDF, A0", "ms", Size::JourneyCells, 1500},
        {"png_300", "Largest journey to PNG, A0 at 300 dpi", "ms", Size::JourneyCells, 2200},
        {"svg", "Largest journey to SVG, A0", "ms", Size::JourneyCells, {}},
        {"mermaid_svg", "  Mermaid CLI (mmdc) renders it to SVG", "ms", Size::JourneyCells, {}},
        {"mermaid_svg_ratio", "  Mermaid CLI / Parcours, wall-clock", "x", Size::Ratio, {}},
        {"csv_import", "Import the use cases as CSV", "ms", Size::UseCaseRows, 1000},
        {"csv_rows", "  rows imported", "rows", Size::UseCaseRows, {}},
        {"rss_open", "Peak memory: open (5 times)", "MB", Size::DataRows, 250},
        {"rss_paint", "Peak memory: + first paints", "MB", Size::DataRows, 250},
        {"rss_edits", "Peak memory: + 200 edits with views open", "MB", Size::DataRows, 250},
        {"rss_views", "Peak memory: + spectrum charts", "MB", Size::DataRows, 250},
        {"rss_exports", "Peak memory: + exports", "MB", Size::DataRows, 250},
        {"rss_total", "Peak memory: + CSV import (whole run)", "MB", Size::DataRows, 250},
    };
    return list;
}

double sizeOf(const Scale &scale, Size size)
{
    switch (size) {
    case Size::DataRows: return scale.dataRows();
    case Size::UseCaseRows: return scale.useCaseRows();
    case Size::PersonaRows: return scale.useCasesPerPersona;
    case Size::JourneyCells: return scale.cellsPerJourney();
    case Size::Personas: return scale.personas;
    case Size::Ratio: return 1;
    }
    return 1;
}

QString number(double value)
{
    if (value >= 100)
        return QString::number(value, 'f', 0);
    if (value >= 10)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'f', 2);
}

QString cell(const QString &text, int width)
{
    return text.rightJustified(width);
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

} // namespace

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

void printTable(QTextStream &out, const std::vector<ScaleResults> &results)
{
    out << Qt::endl
        << "Parcours scale benchmark (Release build; medians of several runs)" << Qt::endl
        << "Machine: " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount()
        << " cores, load average " << loadAverage() << " at the end" << Qt::endl;
    for (const ScaleResults &r : results) {
        const Scale &s = r.scale;
        out << "  " << s.name << ": " << s.personas << " personas x " << s.useCasesPerPersona
            << " use cases = " << s.useCaseRows() << " rows; " << s.journeys << " journeys of "
            << s.stagesPerJourney << " stages x "
            << (s.stepsPerStage > 1 ? QString::number(s.stepsPerStage) + u" steps x "_s : QString())
            << s.lanesPerJourney << " lanes (" << s.cells() << " cells)"
            << (s.curvesPerJourney > 0
                    ? u", %1 persona curves on each emotion lane"_s.arg(s.curvesPerJourney)
                    : QString())
            << Qt::endl;
    }
    out << "Growth columns: the figure's growth from one scale to the next (CPU time where "
           "measured) divided by the growth of the data it depends on; at most 1 is linear or "
           "better."
        << Qt::endl
        << Qt::endl;

    constexpr int labelWidth = 46;
    constexpr int valueWidth = 9;
    constexpr int ratioWidth = 7;
    QString head = u"Figure"_s.leftJustified(labelWidth) + u"unit"_s.rightJustified(5);
    for (const ScaleResults &r : results)
        head += cell(r.scale.name, valueWidth);
    for (size_t i = 1; i < results.size(); ++i)
        head += cell(results[i].scale.name + u'/' + results[i - 1].scale.name, ratioWidth);
    head += cell(u"target"_s, 9) + u"  verdict"_s;
    out << head << Qt::endl << QString(head.size() + 10, u'-') << Qt::endl;

    QStringList misses;
    for (const Figure &f : figures()) {
        const bool any = std::any_of(results.cbegin(), results.cend(), [&](const ScaleResults &r) {
            return r.values.contains(QString::fromLatin1(f.key));
        });
        if (!any)
            continue;
        QString line = QString::fromUtf8(f.label).leftJustified(labelWidth)
            + QString::fromLatin1(f.unit).rightJustified(5);
        QStringList verdict;
        for (const ScaleResults &r : results) {
            const auto value = r.values.constFind(QString::fromLatin1(f.key));
            if (value == r.values.cend()) {
                line += cell(u"-"_s, valueWidth);
                continue;
            }
            line += cell(number(*value), valueWidth);
            if (f.target && *value > *f.target + 1e-9) {
                QString miss = u"MISSES target at %1"_s.arg(r.scale.name);
                const auto cpu = r.values.constFind(QString::fromLatin1(f.key) + u"_cpu"_s);
                if (cpu != r.values.cend() && *cpu <= *f.target)
                    miss += u" (CPU time %1 meets it: load)"_s.arg(number(*cpu));
                verdict << miss;
            }
        }
        for (size_t i = 1; i < results.size(); ++i) {
            // CPU time when there is one: much less noisy than wall-clock time under load.
            QString key = QString::fromLatin1(f.key) + u"_cpu"_s;
            if (!results[i - 1].values.contains(key) || !results[i].values.contains(key))
                key = QString::fromLatin1(f.key);
            const double before = results[i - 1].values.value(key, -1);
            const double after = results[i].values.value(key, -1);
            if (before <= 0 || after < 0 || f.size == Size::Ratio) {
                line += cell(u"-"_s, ratioWidth);
                continue;
            }
            const double growth = (after / before)
                / (sizeOf(results[i].scale, f.size) / sizeOf(results[i - 1].scale, f.size));
            line += cell(QString::number(growth, 'f', 2), ratioWidth);
            if (growth > 1.25 && after >= 1) // below 1 ms, 1 MB or 1 row it does not matter
                verdict << u"grows faster than its data %1→%2"_s.arg(results[i - 1].scale.name,
                                                                     results[i].scale.name);
        }
        line += cell(f.target ? u"<%1"_s.arg(number(*f.target)) : u"-"_s, 9);
        line += u"  "_s
            + (verdict.isEmpty() ? (f.target ? u"ok"_s : QString()) : verdict.join(u"; "_s));
        if (!verdict.isEmpty())
            misses << QString::fromUtf8(f.label).trimmed() + u": "_s + verdict.join(u"; "_s);
        out << line << Qt::endl;
    }
    out << Qt::endl
        << "CPU time of the same runs (user + system, this process and the tools it runs), "
           "in ms: the figures above without the waits for other jobs on a shared machine "
           "(and without the waits for the disk)."
        << Qt::endl;
    for (const Figure &f : figures()) {
        const QString key = QString::fromLatin1(f.key) + u"_cpu"_s;
        const bool any = std::any_of(results.cbegin(), results.cend(),
                                     [&](const ScaleResults &r) { return r.values.contains(key); });
        if (!any)
            continue;
        QString line = QString::fromUtf8(f.label).leftJustified(labelWidth) + u"   ms"_s;
        for (const ScaleResults &r : results)
            line += cell(r.values.contains(key) ? number(r.values.value(key)) : u"-"_s, valueWidth);
        out << line << Qt::endl;
    }
    const bool mermaid = std::any_of(results.cbegin(), results.cend(), [](const ScaleResults &r) {
        return r.values.contains(u"mermaid_svg"_s);
    });
    if (!mermaid)
        out << Qt::endl
            << "Mermaid comparison skipped: the Mermaid CLI (mmdc, npm package "
               "@mermaid-js/mermaid-cli) is neither named by PARCOURS_MMDC nor on PATH "
               "(scripts/run-benchmarks.sh --with-mermaid installs it)."
            << Qt::endl;
    out << Qt::endl;
    if (misses.isEmpty())
        out << "Every figure meets its target and grows at most linearly." << Qt::endl;
    else
        out << misses.size()
            << " figure(s) MISS their target or grow faster than their data:" << Qt::endl
            << "  " << misses.join(u"\n  "_s) << Qt::endl;
}

} // namespace Parcours::Bench
