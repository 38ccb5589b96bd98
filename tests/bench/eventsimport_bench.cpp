// Issue 22: `parcours import FILE --format events -o W.parcours` on 1 and 10 million events
// (50,000 users, 200 use cases, 12 months; about 60 bytes a line, 600 MB at 10 million):
// wall time, CPU and peak memory of the child process (wait4()'s ru_maxrss), compared in the
// same run with the floor of reading the file (`wc -l`) and with sqlite3's `.import` of the
// same file plus the same GROUP BY (user, use case, month). The files are generated under
// --dir (default: a temporary directory under /tmp) and deleted afterwards. 1 million by
// default; 10 million takes minutes: `--millions 1,10` or PARCOURS_BENCH_EVENTS_MILLIONS=1,10.
//
//   eventsimport_bench [--parcours PATH] [--dir DIR] [--millions 1,10] [--no-sqlite] [--keep]
//
// --keep leaves the generated files in --dir (and reuses them the next time), for a profiler.
//
// The machine's load average is printed with each run: on a shared machine the CPU time
// (user + system) is what the code costs, the wall time also what the others take.

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h> // environ (GNU)

#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int users = 50000;
constexpr int personas = 10;
constexpr int useCasesPerPersona = 20; // 200 in all

QByteArray eventName(int persona, int useCase)
{
    return "p" + QByteArray::number(persona + 1) + ".use_case_" + QByteArray::number(useCase + 1);
}

// The workspace: 10 personas of 20 use cases, each naming its event.
bool writeUseCases(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("persona,problem,use_case,why_better,alternative,frequency,weight,status,notes,"
               "events\n");
    for (int p = 0; p < personas; ++p) {
        for (int u = 0; u < useCasesPerPersona; ++u) {
            file.write("Persona " + QByteArray::number(p + 1) + ",,Use case "
                       + QByteArray::number(p + 1) + "." + QByteArray::number(u + 1)
                       + ",,,monthly,,,," + eventName(p, u) + "\n");
        }
    }
    return true;
}

// `events` lines: a user (its persona fixed by its number), one of its persona's use cases
// (Zipf-like: the first ones far more often) or, one time in five, an event no use case names,
// at a random second of 2026.
qint64 writeEvents(const QString &path, qint64 events)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    QRandomGenerator random(22);
    QByteArray buffer = "user_id,event,timestamp,persona\n";
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (qint64 i = 0; i < events; ++i) {
        const int user = int(random.bounded(users));
        const int persona = user % personas;
        QByteArray event;
        if (random.bounded(5) == 0) {
            event = "app_opened";
        } else {
            const double r = random.generateDouble();
            event = eventName(persona, int(double(useCasesPerPersona) * r * r * r));
        }
        const QDateTime at = start.addSecs(qint64(random.bounded(365 * 86400)));
        buffer += 'u' + QByteArray::number(user).rightJustified(6, '0') + ',' + event + ','
            + at.toString(Qt::ISODate).toLatin1() + ",Persona " + QByteArray::number(persona + 1)
            + '\n';
        if (buffer.size() > (4 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    return file.size();
}

struct Run
{
    int exitCode = -1;
    double seconds = 0;
    double peakMegabytes = 0;
    double cpuSeconds = 0;
};

Run run(const std::vector<std::string> &args, const QString &input = {})
{
    std::vector<char *> argv;
    argv.reserve(args.size() + 1);
    for (const std::string &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    Run result;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    if (!input.isEmpty())
        posix_spawn_file_actions_addopen(&actions, 0, input.toLocal8Bit().constData(), O_RDONLY, 0);
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return result;
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.peakMegabytes = double(usage.ru_maxrss) / 1024.0;
    result.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    return result;
}

// The one-minute load average, from /proc/loadavg (Linux); 0 elsewhere.
double loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().split(' ').value(0).toDouble();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    // The code of `parcours import --format events` without the window's libraries (see
    // eventsimport_child.cpp); --parcours build/bench/app/parcours runs the application.
    QString parcours
        = QDir(QCoreApplication::applicationDirPath()).filePath(u"eventsimport_child"_s);
    QString dir;
    QList<qint64> millions {1};
    const QString fromEnvironment = qEnvironmentVariable("PARCOURS_BENCH_EVENTS_MILLIONS");
    if (!fromEnvironment.isEmpty()) {
        millions.clear();
        for (const QString &m : fromEnvironment.split(u','))
            millions << m.toLongLong();
    }
    bool sqlite = true;
    bool keep = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--parcours" && i + 1 < args.size()) {
            parcours = args[++i];
        } else if (args[i] == u"--dir" && i + 1 < args.size()) {
            dir = args[++i];
        } else if (args[i] == u"--keep") {
            keep = true;
        } else if (args[i] == u"--no-sqlite") {
            sqlite = false;
        } else if (args[i] == u"--millions" && i + 1 < args.size()) {
            millions.clear();
            for (const QString &m : args[++i].split(u','))
                millions << m.toLongLong();
        }
    }
    QTemporaryDir temporary(QDir::tempPath() + u"/parcours-events-XXXXXX"_s);
    if (dir.isEmpty())
        dir = temporary.path();
    QTextStream out(stdout);
    out << "parcours import --format events, child processes: "
        << QFileInfo(parcours).absoluteFilePath() << Qt::endl;
    out << u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(u"events"_s, 11)
               .arg(u"file MB"_s, 8)
               .arg(u"what"_s, -22)
               .arg(u"time s"_s, 8)
               .arg(u"CPU s"_s, 8)
               .arg(u"peak MB"_s, 8)
               .arg(u"x wc -l"_s, 8)
               .arg(u"out MB"_s, 7)
        << Qt::endl;
    const QString useCases = dir + u"/usecases.csv"_s;
    const QString workspace = dir + u"/events.parcours"_s;
    int failures = 0;
    for (const qint64 m : std::as_const(millions)) {
        const qint64 events = m * 1000000;
        const QString csv = dir + u"/events-%1m.csv"_s.arg(m);
        const double megabytes = double(keep && QFileInfo::exists(csv) ? QFileInfo(csv).size()
                                                                       : writeEvents(csv, events))
            / double(1 << 20);
        QFile::remove(workspace);
        writeUseCases(useCases);
        if (run({parcours.toStdString(), "import", useCases.toStdString(), "--format",
                 "usecases-csv", "-o", workspace.toStdString()})
                .exitCode
            != 0) {
            out << "cannot create the workspace" << Qt::endl;
            return 1;
        }
        // The file read once from the page cache, then the floor of reading it.
        run({"wc", "-l", csv.toStdString()});
        const Run floor = run({"wc", "-l", csv.toStdString()});
        auto line = [&](const QString &what, const Run &r, double outMegabytes) {
            out << u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(events, 11)
                       .arg(megabytes, 8, 'f', 0)
                       .arg(what, -22)
                       .arg(r.seconds, 8, 'f', 2)
                       .arg(r.cpuSeconds, 8, 'f', 2)
                       .arg(r.peakMegabytes, 8, 'f', 1)
                       .arg(r.seconds / floor.seconds, 8, 'f', 1)
                       .arg(outMegabytes, 7, 'f', 1)
                << u"  load %1"_s.arg(loadAverage(), 0, 'f', 1)
                << (r.exitCode == 0 ? QString() : u"  exit code %1"_s.arg(r.exitCode)) << Qt::endl;
            failures += r.exitCode != 0;
        };
        line(u"wc -l"_s, floor, 0);
        const Run imported = run({parcours.toStdString(), "import", csv.toStdString(), "--format",
                                  "events", "-o", workspace.toStdString()});
        line(u"parcours import"_s, imported, double(QFileInfo(workspace).size()) / (1 << 20));
        if (sqlite) {
            const QString database = dir + u"/events.sqlite"_s;
            const QString script = dir + u"/import.sql"_s;
            QFile::remove(database);
            QFile sql(script);
            if (sql.open(QIODevice::WriteOnly)) {
                sql.write(".mode csv\n.import " + csv.toLocal8Bit()
                          + " events\n"
                            "CREATE TABLE counts AS SELECT user_id, event, substr(timestamp, 1, 7)"
                            " AS month, count(*) AS n FROM events"
                            " GROUP BY user_id, event, month;\n"
                            "SELECT count(*) FROM counts;\n");
                sql.close();
            }
            const Run r = run({"sqlite3", database.toStdString()}, script);
            line(u"sqlite3 .import+GROUP"_s, r, double(QFileInfo(database).size()) / (1 << 20));
            QFile::remove(database);
            out << u"%1 parcours import: %2x wc -l, %3x sqlite3 (wall); CPU %4x sqlite3"_s
                       .arg(events, 11)
                       .arg(imported.seconds / floor.seconds, 0, 'f', 1)
                       .arg(imported.seconds / r.seconds, 0, 'f', 2)
                       .arg(imported.cpuSeconds / r.cpuSeconds, 0, 'f', 2)
                << Qt::endl;
        }
        if (!keep)
            QFile::remove(csv);
    }
    return failures == 0 ? 0 : 1;
}
