// Journey canvas benchmark: a journey of 200 stages × 12 lanes (2,400 cells of realistic
// text). Prints the time to measure the layout, build the scene, paint one viewport frame at
// several zoom levels, scroll, and follow one cell edit. Not a test: it only reports figures.
//
//   cmake --preset bench && cmake --build --preset bench &&
//   build/bench/tests/bench/journeycanvas_bench
#include "document/edits.h"
#include "document/workspacedocument.h"
#include "domain/journeytemplates.h"
#include "journey/journeycanvas.h"
#include "layout/journeylayout.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

// 200 columns as before steps (issue 18): 40 stages of 5 steps.
constexpr int stageCount = 40;
constexpr int stepsPerStage = 5;

const QStringList phrases = {
    u"Compares prices and features with two alternatives"_s,
    u"Asks a colleague who used it last year"_s,
    u"Reads the onboarding email twice, then gives up"_s,
    u"Needs approval from finance before paying"_s,
    u"Imports data from a spreadsheet"_s,
    u"Invites the team and sets up roles"_s,
    u"Expects an answer from support within a day"_s,
    u"Looks for the export button"_s,
    u"Worried about the price after the first year"_s,
    u"Shares the first report with the manager"_s,
};

Workspace bigWorkspace()
{
    QRandomGenerator random(4242);
    Workspace w;
    w.info.name = u"Benchmark"_s;
    Journey j = JourneyTemplates::blank(u"Large journey"_s, JourneyTemplates::Language::English);
    for (const auto &[name, kind] :
         {std::pair(u"Support"_s, LaneKind::Text), std::pair(u"Systems"_s, LaneKind::Chips),
          std::pair(u"Revenue"_s, LaneKind::Kpi)}) {
        Lane lane;
        lane.id = newId();
        lane.name = name;
        lane.kind = kind;
        j.lanes.push_back(lane);
    }
    j.stages.clear();
    for (int i = 0; i < stageCount; ++i) {
        Stage s;
        s.id = newId();
        s.withOneStep();
        s.name = u"Stage %1 %2"_s.arg(i + 1).arg(phrases[i % phrases.size()].section(u' ', 0, 1));
        s.description = phrases[(i * 3) % phrases.size()];
        s.duration = 1 + i % 5;
        s.entering = 100000 / (i + 1);
        s.assessment = Assessment(i % 6);
        s.isConversion = i == 3;
        s.isValueDelivered = i == 6;
        for (int k = 1; k < stepsPerStage; ++k)
            s.steps.push_back({newId(), u"Step %1.%2"_s.arg(i + 1).arg(k + 1), {}});
        s.steps.front().name = u"Step %1.1"_s.arg(i + 1);
        for (Step &step : s.steps) {
            for (const Lane &lane : j.lanes) {
                Cell cell;
                switch (lane.kind) {
                case LaneKind::Text: {
                    const int sentences = 1 + int(random.bounded(3));
                    QStringList parts;
                    for (int k = 0; k < sentences; ++k)
                        parts << phrases[int(random.bounded(phrases.size()))];
                    cell.text = parts.join(u". "_s) + u'.';
                    break;
                }
                case LaneKind::Chips: cell.text = u"Website\nEmail\nIn-app message"_s; break;
                case LaneKind::Emotion: cell.emotion = int(random.bounded(5)) - 2; break;
                case LaneKind::Kpi:
                    cell.text = u"Conversion: %1 %"_s.arg(random.bounded(100));
                    break;
                }
                step.cells.insert(lane.id, cell);
            }
        }
        j.stages.push_back(s);
    }
    w.journeys.push_back(j);
    return w;
}

// Median of `runs` timings of `work`, in milliseconds.
double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void paintViewport(JourneyCanvas &canvas)
{
    QImage frame(canvas.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&frame);
    canvas.render(&painter, QRectF(), canvas.viewport()->rect());
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const Workspace workspace = bigWorkspace();
    const Id journeyId = workspace.journeys.front().id;
    const Journey &journey = workspace.journeys.front();
    out << u"Journey: %1 stages × %2 steps × %3 lanes = %4 cells"_s.arg(journey.stages.size())
               .arg(stepsPerStage)
               .arg(journey.lanes.size())
               .arg(stepCount(journey) * int(journey.lanes.size()))
        << Qt::endl;

    const double layoutMs = medianMs(5, [&] { JourneyLayout layout(workspace, journeyId); });
    out << u"Layout, measuring every cell:        %1 ms"_s.arg(layoutMs, 0, 'f', 1) << Qt::endl;

    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(dir.filePath(u"bench.parcours"_s), workspace);
    if (!created.document) {
        out << created.error << Qt::endl;
        return 1;
    }
    WorkspaceDocument &doc = *created.document;
    JourneyCanvas canvas;
    canvas.resize(1280, 800);
    canvas.show();
    QApplication::processEvents();

    const double buildMs = medianMs(5, [&] {
        canvas.setJourney(nullptr, 0);
        canvas.setJourney(&doc, journeyId);
    });
    out << u"Scene build (layout + items):         %1 ms, %2 items"_s.arg(buildMs, 0, 'f', 1)
               .arg(canvas.scene()->items().size())
        << Qt::endl;

    for (qreal zoom : {1.0, 0.5, 0.25}) {
        canvas.setZoom(zoom);
        paintViewport(canvas); // warm up
        const double ms = medianMs(7, [&] { paintViewport(canvas); });
        out << u"Paint one 1280×800 frame at %1 %:    %2 ms"_s.arg(int(zoom * 100), 3)
                   .arg(ms, 0, 'f', 1)
            << Qt::endl;
    }
    canvas.fitToWindow();
    paintViewport(canvas);
    out << u"Paint one frame, fit to window (%1 %): %2 ms"_s.arg(canvas.zoom() * 100, 0, 'f', 1)
               .arg(medianMs(5, [&] { paintViewport(canvas); }), 0, 'f', 1)
        << Qt::endl;

    canvas.setZoom(1.0);
    QScrollBar *bar = canvas.horizontalScrollBar();
    const int steps = 40;
    bar->setValue(0);
    const double scrollMs = medianMs(1, [&] {
        for (int i = 0; i < steps; ++i) {
            bar->setValue(bar->value() + 240);
            paintViewport(canvas);
        }
    });
    out << u"Scroll by one column and paint, mean: %1 ms"_s.arg(scrollMs / steps, 0, 'f', 1)
        << Qt::endl;

    // One cell edit: the command with its SQLite transaction, and the canvas's share, timed
    // between two handlers connected before and after the canvas's own.
    // The first step of the middle stage (its id the stage's), as the 100th column was.
    const Id stage = journey.stages[20].id, lane = journey.lanes[0].id;
    const EntityRef cell = EntityRef::cell(journeyId, stage, lane);
    canvas.setJourney(nullptr, 0);
    QElapsedTimer canvasTimer;
    double canvasMs = 0;
    QObject::connect(&doc, &WorkspaceDocument::changed, [&] { canvasTimer.start(); });
    canvas.setJourney(&doc, journeyId);
    QObject::connect(&doc, &WorkspaceDocument::changed,
                     [&] { canvasMs += double(canvasTimer.nsecsElapsed()) / 1e6; });
    int n = 0;
    const int edits = 21;
    const double editMs = medianMs(
        edits, [&] { Edit::setField(doc, cell, Field::CellText, u"Edited %1"_s.arg(++n)); });
    out << u"Cell edit (command, SQLite, canvas):  %1 ms; the canvas's share: %2 ms"_s
               .arg(editMs, 0, 'f', 2)
               .arg(canvasMs / edits, 0, 'f', 2)
        << Qt::endl;
    canvasMs = 0;
    QString tall;
    for (int i = 0; i < 20; ++i)
        tall += phrases[i % phrases.size()] + u". "_s;
    const double growMs = medianMs(edits, [&] {
        Edit::setField(doc, cell, Field::CellText, tall + QString::number(++n));
        Edit::setField(doc, cell, Field::CellText, u"Short %1"_s.arg(n));
    });
    out << u"Cell edit growing then shrinking its row (two edits): %1 ms; canvas: %2 ms"_s
               .arg(growMs, 0, 'f', 2)
               .arg(canvasMs / edits, 0, 'f', 2)
        << Qt::endl;
    return 0;
}
