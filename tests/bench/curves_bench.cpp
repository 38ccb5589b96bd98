// Several curves benchmark (issue 18): a journey of 200 steps whose emotion lane holds eight
// personas' curves. Prints the time to repaint the canvas's viewport after one drag move of a
// curve's point (the edit, the canvas following it, one 1280×800 frame), against the 16 ms of
// a 60 Hz frame. Not a test: it only reports figures.
//
//   cmake --preset bench && cmake --build --preset bench && build/bench/tests/bench/curves_bench
#include "document/workspacedocument.h"
#include "domain/journeytemplates.h"
#include "journey/curveoverlay.h"
#include "journey/journeycanvas.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
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
    // then the viewport painted at once (repaint() does not wait for the event loop).
    std::vector<double> times;
    std::vector<double> edits; // the edit and the canvas following it, without the paint
    const int moves = 60;
    for (int i = 0; i < moves; ++i) {
        const double score = (i % 9) / 2.0 - 2;
        QElapsedTimer timer;
        timer.start();
        canvas.curveOverlay()->dragPoint(point, layout.emotionPoint(column, row, score));
        edits.push_back(double(timer.nsecsElapsed()) / 1e6);
        canvas.viewport()->repaint();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    canvas.curveOverlay()->endDrag();
    std::sort(times.begin(), times.end());
    std::sort(edits.begin(), edits.end());
    out << u"Drag a curve's point and repaint, median: %1 ms, p90: %2 ms (target < 16 ms); "
           u"the edit alone: %3 ms"_s.arg(times[times.size() / 2], 0, 'f', 1)
               .arg(times[times.size() * 9 / 10], 0, 'f', 1)
               .arg(edits[edits.size() / 2], 0, 'f', 1)
        << Qt::endl;
    return 0;
}
