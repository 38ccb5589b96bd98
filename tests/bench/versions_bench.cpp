// Labelled versions benchmark (issue 23) on the L workspace: saving a version (< 500 ms), the
// bytes a version takes in the file, opening a file with 100 versions against the same file
// without (versions are read only when asked for), and comparing two versions (< 1 s: both
// snapshots read, then WorkspaceDiff). Prints figures; not a test.
//
// --profile save|compare repeats only that step (ten times) after the setup, for perf.
//
//   build/bench/tests/bench/versions_bench [S|M|L] [--versions N]
#include "scale/scaleworkspace.h"

#include "analytics/workspacediff.h"
#include "formats/workspacejson.h"
#include "formats/workspacesnapshot.h"
#include "store/workspacestore.h"
#include "store/workspaceversions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

// The process's CPU time in ms: on a machine busy with other work, wall time says little.
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

QString text(const Timing &t)
{
    return u"%1 ms (CPU %2 ms)"_s.arg(t.wallMs, 0, 'f', 1).arg(t.cpuMs, 0, 'f', 1);
}

Timing median(std::vector<Timing> runs)
{
    std::sort(runs.begin(), runs.end(),
              [](const Timing &a, const Timing &b) { return a.cpuMs < b.cpuMs; });
    return runs[runs.size() / 2];
}

Timing medianMs(int runs, const std::function<void()> &f)
{
    std::vector<Timing> all;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuMs();
        f();
        all.push_back({double(timer.nsecsElapsed()) / 1e6, cpuMs() - cpu});
    }
    return median(all);
}

Timing openMs(const QString &path)
{
    return medianMs(5, [&path] {
        const WorkspaceStore::OpenResult opened = WorkspaceStore::open(path);
        if (!opened.store)
            qFatal("cannot open: %s", qPrintable(opened.error));
    });
}

// A later state: a tenth of the first journey's cells retyped, one persona renamed.
Workspace edited(Workspace w)
{
    Journey &j = w.journeys.front();
    for (size_t s = 0; s < j.stages.size(); s += 10) {
        for (Cell &cell : j.stages[s].firstCells())
            cell.text += u" (after the workshop)"_s;
    }
    w.personas.front().name += u" — renamed"_s;
    return w;
}

// A later state touching every journey: one cell of each retyped.
Workspace editedEverywhere(Workspace w)
{
    for (Journey &j : w.journeys) {
        for (Cell &cell : j.stages[j.stages.size() / 2].firstCells()) {
            cell.text += u" (revised)"_s;
            break;
        }
    }
    return w;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int versionCount = 100;
    if (const qsizetype at = args.indexOf(u"--versions"_s); at >= 0 && at + 1 < args.size()) {
        versionCount = args.at(at + 1).toInt();
        args.remove(at, 2);
    }
    QString profile;
    if (const qsizetype at = args.indexOf(u"--profile"_s); at >= 0 && at + 1 < args.size()) {
        profile = args.at(at + 1);
        args.remove(at, 2);
    }
    const Bench::Scale scale = Bench::Scale::byName(args.value(0, u"L"_s));
    if (!scale.personas)
        qFatal("unknown scale");
    QTextStream out(stdout);
    QTemporaryDir dir;
    const Workspace w = Bench::generateWorkspace(scale);
    const QString plain = dir.filePath(u"plain.parcours"_s);
    const QString withVersions = dir.filePath(u"versions.parcours"_s);
    for (const QString &path : {plain, withVersions}) {
        if (!WorkspaceStore::create(path, w).store)
            qFatal("cannot create %s", qPrintable(path));
    }
    const qint64 plainBytes = QFileInfo(plain).size();

    Timing saveMs;
    qint64 storedBytes = 0;
    qint64 rawBytes = 0;
    {
        WorkspaceStore::OpenResult opened = WorkspaceStore::open(withVersions);
        WorkspaceVersions versions(opened.store->database());
        std::vector<Timing> times;
        for (int i = 0; i < versionCount; ++i) {
            const Workspace state = i % 2 ? edited(w) : w; // the edit is not part of saving
            QElapsedTimer timer;
            timer.start();
            const double cpu = cpuMs();
            // What "Save version" does: the workspace in memory, packed, stored.
            const std::optional<VersionInfo> saved = versions.saveWorkspace(
                {u"Version %1"_s.arg(i), QDateTime::currentDateTimeUtc(), u"bench"_s, 0}, state);
            if (!saved)
                qFatal("cannot save: %s", qPrintable(versions.lastError()));
            times.push_back({double(timer.nsecsElapsed()) / 1e6, cpuMs() - cpu});
            storedBytes += saved->storedBytes;
        }
        saveMs = median(times);
        rawBytes = WorkspaceSnapshot::encode(w).size();
    }
    if (profile == u"save") {
        WorkspaceStore::OpenResult opened = WorkspaceStore::open(withVersions);
        WorkspaceVersions versions(opened.store->database());
        for (int i = 0; i < 10; ++i)
            (void)versions.saveWorkspace(
                {u"Profile %1"_s.arg(i), QDateTime::currentDateTimeUtc(), u"bench"_s, 0}, w);
        return 0;
    }
    const qint64 versionsBytes = QFileInfo(withVersions).size();

    const Timing plainOpen = openMs(plain);
    const Timing versionsOpen = openMs(withVersions);

    const WorkspaceStore::OpenResult opened
        = WorkspaceStore::open(withVersions, WorkspaceStore::Access::ReadOnly);
    WorkspaceVersions versions(opened.store->database());
    int changes = 0;
    const Timing compareMs = medianMs(5, [&versions, &changes] {
        const Workspace from = *versions.workspace(u"Version 0"_s);
        const Workspace to = *versions.workspace(u"Version 1"_s);
        changes = WorkspaceDiff::compare(from, to).changeCount();
    });
    if (profile == u"compare") {
        for (int i = 0; i < 10; ++i) {
            const Workspace from = *versions.workspace(u"Version 0"_s);
            const Workspace to = *versions.workspace(u"Version 1"_s);
            changes = WorkspaceDiff::compare(from, to).changeCount();
        }
        return 0;
    }
    const Workspace later = edited(w);
    const Timing compareNowMs
        = medianMs(5, [&w, &later] { (void)WorkspaceDiff::compare(w, later); });

    const Workspace everywhere = editedEverywhere(w);
    int everywhereChanges = 0;
    const Timing compareEverywhereMs = medianMs(5, [&w, &everywhere, &everywhereChanges] {
        everywhereChanges = WorkspaceDiff::compare(w, everywhere).changeCount();
    });

    out << u"Versions of the %1 workspace (%2 use cases, %3 cells)\n"_s.arg(scale.name)
               .arg(scale.useCaseRows())
               .arg(scale.cells());
    out << u"  save a version (median of %1):   %2  (target < 500 ms)\n"_s.arg(versionCount)
               .arg(text(saveMs));
    const qint64 jsonBytes = WorkspaceJson::write(w).size();
    out << u"  bytes per version:               %1 stored, %2 binary, %3 as JSON\n"_s
               .arg(storedBytes / versionCount)
               .arg(rawBytes)
               .arg(jsonBytes);
    out << u"  file: %1 bytes alone, %2 bytes with %3 versions\n"_s.arg(plainBytes)
               .arg(versionsBytes)
               .arg(versionCount);
    out << u"  open alone:                      %1\n"_s.arg(text(plainOpen));
    out << u"  open with %1 versions:           %2\n"_s.arg(versionCount).arg(text(versionsOpen));
    out << u"  compare two versions:            %1  (%2 changes; target < 1 s)\n"_s
               .arg(text(compareMs))
               .arg(changes);
    out << u"  of which the diff alone:         %1\n"_s.arg(text(compareNowMs));
    // Why zlib level 1 (WorkspaceSnapshot): the binary workspace at each level.
    const QByteArray binary = WorkspaceSnapshot::encode(w);
    for (const int level : {1, 3, 6, 9}) {
        qsizetype size = 0;
        const Timing t
            = medianMs(3, [&binary, level, &size] { size = qCompress(binary, level).size(); });
        out << u"  zlib level %1:                    %2 bytes, %3\n"_s.arg(level).arg(size).arg(
            text(t));
    }
    out << u"  the diff, every journey changed: %1  (%2 changes)\n"_s.arg(text(compareEverywhereMs))
               .arg(everywhereChanges);
    return 0;
}
