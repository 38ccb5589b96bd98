// Issue #16 item 6: `parcours import FILE --format usecases-csv -o OUT.parcours` on use-case
// CSV files of 20 MB and 200 MB (and 2 GB with --huge): wall time and peak memory of the
// child process (wait4()'s ru_maxrss: its own peak, not this program's). The files are
// generated in --dir (default: a temporary directory under /tmp) and deleted afterwards.
//
//   csvimport_bench [--parcours PATH] [--dir DIR] [--huge] [--sizes 20,200]
//
// PATH defaults to the parcours next to this build (build/…/app/parcours).

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h> // environ (GNU)

#include <cstdio>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// About `megabytes` of use-case rows: 50 personas, text in every column, a quoted line break
// in one row of ten, frequencies and weights that parse.
qint64 writeCsv(const QString &path, qint64 megabytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    const char *frequencies[]
        = {"daily", "3 times a week", "weekly", "every 2 months", "once a year"};
    file.write("persona,problem,use_case,why_better,alternative,frequency,weight,status,notes\n");
    const qint64 target = megabytes << 20;
    qint64 rows = 0;
    QByteArray buffer;
    while (file.size() + buffer.size() < target) {
        const QByteArray n = QByteArray::number(rows);
        buffer += "Persona " + QByteArray::number(rows % 50) + ",Finding a place to live " + n
            + ",Search the listings and book visits " + n + ",";
        if (rows % 10 == 0)
            buffer += "\"Faster than calling agencies,\nand \"\"verified\"\" listings\"";
        else
            buffer += "Faster than calling agencies";
        buffer += ",Agencies and friends," + QByteArray(frequencies[rows % 5]) + ","
            + QByteArray::number(rows % 7) + ".5," + (rows % 5 == 0 ? "planned" : "current")
            + ",Seen in interview " + n + "\n";
        ++rows;
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    return rows;
}

struct Run
{
    int exitCode = -1;
    double seconds = 0;
    double peakMegabytes = 0;
    double cpuSeconds = 0; // user + system: the code's cost, whatever else the machine runs
};

Run runImport(const QString &parcours, const QString &csv, const QString &output)
{
    const std::vector<std::string> args
        = {parcours.toStdString(), "import", csv.toStdString(),   "--format",
           "usecases-csv",         "-o",     output.toStdString()};
    std::vector<char *> argv;
    argv.reserve(args.size() + 1);
    for (const std::string &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    Run run;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0); // the row count
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.peakMegabytes = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString parcours
        = QDir(QCoreApplication::applicationDirPath()).filePath(u"../../app/parcours"_s);
    QString dir;
    QList<qint64> sizes {20, 200};
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--parcours" && i + 1 < args.size())
            parcours = args[++i];
        else if (args[i] == u"--dir" && i + 1 < args.size())
            dir = args[++i];
        else if (args[i] == u"--huge")
            sizes << 2048;
        else if (args[i] == u"--sizes" && i + 1 < args.size()) {
            sizes.clear();
            for (const QString &s : args[++i].split(u','))
                sizes << s.toLongLong();
        }
    }
    QTemporaryDir temporary(QDir::tempPath() + u"/parcours-csvimport-XXXXXX"_s);
    if (dir.isEmpty())
        dir = temporary.path();
    QTextStream out(stdout);
    out << "parcours import --format usecases-csv, child process: "
        << QFileInfo(parcours).absoluteFilePath() << Qt::endl;
    out << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(u"input MB"_s, 9)
               .arg(u"rows"_s, 11)
               .arg(u"time s"_s, 9)
               .arg(u"CPU s"_s, 9)
               .arg(u"rows/s"_s, 10)
               .arg(u"peak MB"_s, 9)
               .arg(u"workspace MB"_s, 13)
        << Qt::endl;
    int failures = 0;
    for (const qint64 size : std::as_const(sizes)) {
        const QString csv = dir + u"/usecases-%1mb.csv"_s.arg(size);
        const QString output = dir + u"/usecases-%1mb.parcours"_s.arg(size);
        QFile::remove(output);
        const qint64 rows = writeCsv(csv, size);
        const Run run = runImport(parcours, csv, output);
        const double workspace = double(QFileInfo(output).size()) / double(1 << 20);
        out << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(size, 9)
                   .arg(rows, 11)
                   .arg(run.seconds, 9, 'f', 1)
                   .arg(run.cpuSeconds, 9, 'f', 1)
                   .arg(double(rows) / run.seconds, 10, 'f', 0)
                   .arg(run.peakMegabytes, 9, 'f', 1)
                   .arg(workspace, 13, 'f', 1)
            << (run.exitCode == 0 ? QString() : u"  exit code %1"_s.arg(run.exitCode)) << Qt::endl;
        failures += run.exitCode != 0;
        QFile::remove(csv);
        QFile::remove(output);
    }
    return failures == 0 ? 0 : 1;
}
