// Several curves benchmark (issue 18): a journey of 200 steps whose emotion lane holds eight
// personas' curves. Prints the time to repaint the canvas's viewport after one drag move of a
// curve's point (the edit, the canvas following it, one 1280×800 frame), against the 16 ms of
// a 60 Hz frame, in wall-clock and CPU time. Not a test: it only reports figures.
//
//   cmake --preset bench && cmake --build --preset bench && build/bench/tests/bench/curves_bench
#include "document/workspacedocument.h"
#include "domain/journeytemplates.h"
#include "journey/curveoverlay.h"
#include "journey/journeycanvas.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

constexpr int benchSteps = 200;
constexpr int curveCount = 8;

Workspace curvesWorkspace()
{
    QRandomGenerator random(1818);
    Workspace w;
    w.info.name = u"Curves benchmark"_s;
    for (int p = 0; p < curveCount; ++p)
        w.personas.push_back({newId(),
                              u"Persona %1"_s.arg(p + 1),
                              {},
                              defaultPersonaColor(p),
                              std::nullopt,
                              Cadence::None,
                              {}});
    Journey j = JourneyTemplates::blank(u"Eight curves"_s, JourneyTemplates::Language::English);
    const auto emotion = std::find_if(j.lanes.cbegin(), j.lanes.cend(),
                                      [](const Lane &l) { return l.kind == LaneKind::Emotion; });
    const Id lane = emotion->id;
    j.stages.clear();
    for (int s = 0; s < benchSteps / 5; ++s) { // 40 stages of five steps
        Stage stage;
        stage.id = newId();
        stage.name = u"Stage %1"_s.arg(s + 1);
        stage.steps.clear();
        for (int k = 0; k < 5; ++k) {
            Step step;
            step.id = newId();
            step.name = u"Step %1"_s.arg(s * 5 + k + 1);
            Cell cell;
            cell.emotion = int(random.bounded(9)) / 2.0 - 2;
            for (const Persona &p : w.personas)
                cell.curves.insert(p.id, int(random.bounded(9)) / 2.0 - 2);
            step.cells.insert(lane, cell);
            stage.steps.push_back(step);
        }
        j.stages.push_back(stage);
    }
    w.journeys.push_back(j);
    return w;
}

// CPU time of this process (user + system), in milliseconds: what a move costs even when other
// jobs share the processors.
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : u"unknown"_s;
}

// Wall-clock and CPU times of each move, in milliseconds.
struct Times
{
    std::vector<double> wall;
    std::vector<double> cpu;

    void add(const QElapsedTimer &timer, double cpuStart)
    {
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs() - cpuStart);
    }
    static double at(std::vector<double> values, double share)
    {
        std::sort(values.begin(), values.end());
        return values[std::min(values.size() - 1, size_t(double(values.size()) * share))];
    }
    QString text() const
    {
        return u"median %1 ms, p90 %2 ms (CPU: median %3 ms, p90 %4 ms)"_s
            .arg(at(wall, 0.5), 0, 'f', 2)
            .arg(at(wall, 0.9), 0, 'f', 2)
            .arg(at(cpu, 0.5), 0, 'f', 2)
            .arg(at(cpu, 0.9), 0, 'f', 2);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const Workspace workspace = curvesWorkspace();
    const Journey &journey = workspace.journeys.front();
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(dir.filePath(u"curves.parcours"_s), workspace);
    if (!created.document) {
        out << created.error << Qt::endl;
        return 1;
    }
    WorkspaceDocument &doc = *created.document;
    JourneyCanvas canvas;
    canvas.resize(1280, 800);
    canvas.show();
    canvas.setJourney(&doc, journey.id);
    QApplication::processEvents();
    const JourneyLayout &layout = *canvas.journeyLayout();
    int row = 0;
    while (row < layout.rowCount() && layout.laneAt(row)->kind != LaneKind::Emotion)
        ++row;
    const Id lane = layout.laneIdAt(row);
    const int column = 3; // in view
    const Id step = layout.stepIdAt(column);
    const Id persona = workspace.personas[4].id;
    CurvePointItem *point = canvas.curveOverlay()->pointItem(step, lane, persona);
    if (!point) {
        out << "No point item to drag" << Qt::endl;
        return 1;
    }
    canvas.ensureVisible(layout.cellRect(column, row));
    QApplication::processEvents();
    out << u"Journey: %1 steps, %2 curves on the emotion lane (%3 points)"_s.arg(benchSteps)
               .arg(curveCount)
               .arg(benchSteps * curveCount)
        << Qt::endl;

    // One drag move: the edit (merged into the drag's undo step), the canvas following it,
    // then the viewport painted. "Whole frame": repaint() of the whole viewport at once, the
    // figure of the earlier runs; "as the window does": the event loop paints what the move
    // marked dirty. PARCOURS_BENCH_MOVES sets the number of moves (more, to profile).
    const int moves = qEnvironmentVariableIsSet("PARCOURS_BENCH_MOVES")
        ? std::max(10, qEnvironmentVariableIntValue("PARCOURS_BENCH_MOVES"))
        : 60;
    Times frame;
    Times edit; // the edit and the canvas following it, without the paint
    Times window;
    for (int i = 0; i < 2 * moves; ++i) {
        const bool whole = i < moves;
        const double score = (i % 9) / 2.0 - 2;
        const double cpuStart = cpuMs();
        QElapsedTimer timer;
        timer.start();
        canvas.curveOverlay()->dragPoint(point, layout.emotionPoint(column, row, score));
        if (whole) {
            edit.add(timer, cpuStart);
            canvas.viewport()->repaint();
            frame.add(timer, cpuStart);
        } else {
            QApplication::processEvents();
            window.add(timer, cpuStart);
        }
    }
    canvas.curveOverlay()->endDrag();
    out << u"Moves: %1 of each; load average %2"_s.arg(moves).arg(loadAverage()) << Qt::endl;
    out << u"Drag a curve's point, whole frame repainted: %1 (target < 16 ms)"_s.arg(frame.text())
        << Qt::endl;
    out << u"  the edit and the canvas following it alone: %1"_s.arg(edit.text()) << Qt::endl;
    out << u"Drag a curve's point, the event loop painting what changed: %1"_s.arg(window.text())
        << Qt::endl;
    return 0;
}
