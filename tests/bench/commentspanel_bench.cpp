// Comments panel benchmark (issue 23): the L workspace with 5,000 comment threads on its
// cells, stages and use cases. Target: the panel opens (made, given the document, shown and
// painted) in < 100 ms. Prints figures; not a test.
#include "comments/commentspanel.h"
#include "comments/commentthreadsmodel.h"
#include "document/workspacedocument.h"
#include "scale/scaleworkspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Median wall time, and the median CPU time in *cpu: on a loaded machine the CPU time is the
// figure to read.
double medianMs(int runs, const std::function<void()> &f, double *cpu = nullptr)
{
    std::vector<double> ms;
    std::vector<double> cpuRuns;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        f();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpuRuns.push_back(cpuMs() - cpuStart);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpuRuns.begin(), cpuRuns.end());
    if (cpu)
        *cpu = cpuRuns[cpuRuns.size() / 2];
    return ms[ms.size() / 2];
}

QString figure(double ms, double cpu)
{
    return u"%1 ms (CPU %2 ms)"_s.arg(ms, 0, 'f', 1).arg(cpu, 0, 'f', 1);
}

// Threads spread over the journeys' cells and stages and the personas' use cases; one in five
// resolved, one in three with replies.
void addThreads(Workspace &w, int count)
{
    const QDateTime start(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        CommentThread t;
        t.id = Id(800000000 + i);
        const Journey &j = w.journeys[size_t(i) % w.journeys.size()];
        const Stage &s = j.stages[size_t(i / 7) % j.stages.size()];
        if (i % 4 == 3) {
            const Persona &p = w.personas[size_t(i) % w.personas.size()];
            t.target = CommentTarget::useCase(p.id, p.useCases[size_t(i) % p.useCases.size()].id);
        } else if (i % 4 == 2) {
            t.target = CommentTarget::stage(j.id, s.id);
        } else {
            const Lane &l = j.lanes[size_t(i) % j.lanes.size()];
            t.target = CommentTarget::cell(j.id, s.steps.front().id, l.id);
        }
        t.resolved = i % 5 == 0;
        const int comments = i % 3 == 0 ? 3 : 1;
        for (int c = 0; c < comments; ++c) {
            t.comments.push_back({Id(900000000 + i * 4 + c), u"Author %1"_s.arg((i + c) % 9),
                                  start.addSecs(i * 60 + c),
                                  u"Comment %1: is this wait measured, and by whom?"_s.arg(i)});
        }
        w.comments.push_back(std::move(t));
    }
}

QString verdict(double ms, double target)
{
    return ms < target ? u"ok"_s : u"MISSED"_s;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    Workspace w = Bench::generateWorkspace(Bench::Scale::byName(u"L"_s));
    addThreads(w, 5000);
    QTemporaryDir dir;
    auto opened = WorkspaceDocument::create(dir.filePath(u"comments.parcours"_s), w);
    if (!opened.document) {
        out << "cannot create the workspace: " << opened.error << Qt::endl;
        return 1;
    }
    WorkspaceDocument &doc = *opened.document;

    const int runs = qEnvironmentVariableIntValue("PARCOURS_BENCH_RUNS") > 0
        ? qEnvironmentVariableIntValue("PARCOURS_BENCH_RUNS")
        : 5;
    int shown = 0;
    double openCpu = 0;
    const double open = medianMs(
        runs,
        [&] {
            CommentsPanel panel;
            panel.resize(700, 900);
            panel.setDocument(&doc);
            panel.show();
            QCoreApplication::sendPostedEvents();
            panel.grab();
            shown = panel.model()->rowCount();
        },
        &openCpu);
    // Its parts: the list of threads alone, and an empty panel made, shown and painted.
    double modelCpu = 0;
    const double model = medianMs(
        runs,
        [&] {
            CommentThreadsModel threads;
            threads.setDocument(&doc);
        },
        &modelCpu);
    double emptyCpu = 0;
    const double empty = medianMs(
        runs,
        [&] {
            CommentsPanel panel;
            panel.resize(700, 900);
            panel.show();
            QCoreApplication::sendPostedEvents();
            panel.grab();
        },
        &emptyCpu);
    CommentsPanel panel;
    panel.resize(700, 900);
    panel.setDocument(&doc);
    panel.show();
    QCoreApplication::processEvents();
    // Switching to all threads, with the resolved ones.
    double allCpu = 0;
    const double all = medianMs(
        runs,
        [&] {
            panel.model()->setShowResolved(!panel.model()->showsResolved());
            panel.list()->viewport()->repaint();
        },
        &allCpu);

    out << "Comments panel, L workspace with " << doc.workspace().comments.size() << " threads ("
        << shown << " open), median of " << runs << " runs\n"
        << "  panel opens (made, shown, painted):  " << figure(open, openCpu)
        << " (target < 100 ms) " << verdict(open, 100) << "\n"
        << "    the threads listed (model alone):  " << figure(model, modelCpu) << "\n"
        << "    an empty panel made and painted:   " << figure(empty, emptyCpu) << "\n"
        << "  open / all threads switched:         " << figure(all, allCpu) << "\n";
    out.flush();
    return 0;
}
