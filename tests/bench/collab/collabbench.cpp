// parcours_collab_bench [--clients 20] [--seconds 30] [--interval 200] [--lanes 8]
//
// Starts a PostgreSQL server (tests/support/pgserver.h), publishes a workspace, and runs
// --clients collabclient processes that each make an edit every --interval ms for --seconds
// (alternately adding a use case and setting a cell of their own stage) while following
// everyone else's. Prints:
//   edits per second        committed edits of all clients / seconds
//   latency median, p99     from an edit being made to another client showing it (target:
//                           p99 under 1 s), over every (edit, other client) pair shown
//   lost                    an edit reported saved that is not on the server or not in some
//                           client's final view, or a final view that differs from the server
//   duplicated              an added use case that is there twice (target for both: none)
// Exits 1 when an edit was lost or duplicated, 2 when it could not run.
#include "pgserver.h"
#include "shared/sharedserver.h"
#include "shared/sharedstore.h"
#include "sharedtestdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Parcours;
using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

struct Client
{
    QString name;
    std::unique_ptr<QProcess> process;
    QByteArray output;
    QStringList saved;
    int refused = 0;
    std::vector<qint64> latencies;
    QStringList visible;
    QStringList cells;
};

void parse(Client &c)
{
    for (const QByteArray &raw : c.output.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        if (words[0] == u"saved")
            c.saved << words.value(1);
        else if (words[0] == u"refused")
            ++c.refused;
        else if (words[0] == u"seen")
            c.latencies.push_back(words.value(2).toLongLong());
        else if (words[0] == u"visible")
            c.visible = words.mid(1);
        else if (words[0] == u"cell")
            c.cells << line;
    }
    c.cells.sort();
}

bool isInsert(const QString &label)
{
    // collabclient's mixed mode adds a use case on odd edit numbers.
    return label.section(u'#', 1).section(u'@', 0, 0).toInt() % 2 == 1;
}

double percentile(std::vector<qint64> sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto nearest = size_t(std::lround(p * double(sorted.size() - 1)));
    const size_t index = std::min(sorted.size() - 1, nearest);
    return double(sorted[index]);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Shared-workspace collaboration benchmark"_s);
    parser.addHelpOption();
    const QCommandLineOption clientsOption(u"clients"_s, u"client processes"_s, u"N"_s, u"20"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"editing time"_s, u"S"_s, u"30"_s);
    const QCommandLineOption intervalOption(u"interval"_s, u"ms between a client's edits"_s,
                                            u"MS"_s, u"200"_s);
    const QCommandLineOption lanesOption(u"lanes"_s, u"lanes of the journey"_s, u"N"_s, u"8"_s);
    parser.addOptions({clientsOption, secondsOption, intervalOption, lanesOption});
    parser.process(app);
    const int clientCount = parser.value(clientsOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();

    const QString unavailable = PgServer::unavailableReason();
    if (!unavailable.isEmpty()) {
        print(u"skipped: "_s + unavailable);
        return 2;
    }
    PgServer server;
    QString error;
    if (!server.start(&error)) {
        print(u"cannot start PostgreSQL: "_s + error);
        return 2;
    }
    QStringList names;
    for (int i = 0; i < clientCount; ++i)
        names << u"c%1"_s.arg(i, 2, 10, QChar(u'0'));
    const QString workspace = u"bench"_s;
    if (!SharedServer::publish(server.location(workspace),
                               TestData::board(names, parser.value(lanesOption).toInt()), {},
                               &error)) {
        print(u"cannot publish: "_s + error);
        return 2;
    }

    print(u"%1 clients, one edit every %2 ms each, for %3 s; PostgreSQL on 127.0.0.1:%4"_s
              .arg(clientCount)
              .arg(parser.value(intervalOption))
              .arg(seconds)
              .arg(server.port()));
    std::vector<Client> clients(static_cast<size_t>(clientCount));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, PgServer::adminPassword());
    for (int i = 0; i < clientCount; ++i) {
        Client &c = clients[size_t(i)];
        c.name = names.at(i);
        c.process = std::make_unique<QProcess>();
        c.process->setProcessEnvironment(env);
        c.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        c.process->start(QStringLiteral(COLLAB_CLIENT_PATH),
                         {server.url(workspace), c.name, u"--seconds"_s, QString::number(seconds),
                          u"--interval"_s, parser.value(intervalOption), u"--drain"_s, u"4000"_s,
                          u"--wait"_s});
    }
    for (Client &c : clients) {
        while (!c.output.contains("ready")) {
            if (!c.process->waitForReadyRead(60000)) {
                print(u"client %1 did not start"_s.arg(c.name));
                return 2;
            }
            c.output += c.process->readAllStandardOutput();
        }
    }
    for (Client &c : clients) {
        c.process->write("go\n");
        c.process->waitForBytesWritten(5000);
    }
    QElapsedTimer wall;
    wall.start();
    // Read as they go, so that no pipe fills up.
    for (bool running = true; running;) {
        running = false;
        for (Client &c : clients) {
            c.output += c.process->readAllStandardOutput();
            if (c.process->state() != QProcess::NotRunning) {
                running = true;
                c.process->waitForReadyRead(20);
            }
        }
        if (wall.elapsed() > qint64(seconds) * 1000 + 120000) {
            print(u"clients did not finish in time"_s);
            return 2;
        }
    }
    for (Client &c : clients) {
        c.output += c.process->readAllStandardOutput();
        parse(c);
    }

    const SharedStore::OpenResult final
        = SharedStore::open(server.location(workspace), WorkspaceStore::Access::ReadOnly);
    if (!final.store) {
        print(u"cannot read the result: "_s + final.error);
        return 2;
    }
    QStringList onServer;
    for (const Persona &p : final.workspace.personas) {
        for (const UseCase &u : p.useCases)
            onServer << u.useCase;
    }
    QStringList serverCells;
    for (const Journey &j : final.workspace.journeys) {
        for (const Stage &s : j.stages) {
            for (auto it = s.firstCells().cbegin(); it != s.firstCells().cend(); ++it)
                serverCells << u"cell %1 %2 %3"_s.arg(s.id).arg(it.key()).arg(it->text);
        }
    }
    serverCells.sort();

    int saved = 0;
    int refused = 0;
    int lost = 0;
    int duplicated = 0;
    std::vector<qint64> latencies;
    QHash<QString, int> serverCount;
    for (const QString &label : std::as_const(onServer))
        ++serverCount[label];
    for (auto it = serverCount.cbegin(); it != serverCount.cend(); ++it)
        duplicated += it.value() > 1 ? it.value() - 1 : 0;
    for (const Client &c : clients) {
        saved += int(c.saved.size());
        refused += c.refused;
        latencies.insert(latencies.end(), c.latencies.begin(), c.latencies.end());
        const QSet<QString> visible(c.visible.cbegin(), c.visible.cend());
        duplicated += int(c.visible.size() - visible.size());
        if (c.cells != serverCells)
            ++lost;
        for (const Client &author : clients) {
            for (const QString &label : author.saved) {
                if (!isInsert(label))
                    continue;
                if (&author == &c && !serverCount.contains(label))
                    ++lost; // reported saved, not on the server
                if (!visible.contains(label))
                    ++lost; // not in this client's final view
            }
        }
    }
    std::sort(latencies.begin(), latencies.end());
    const double p99 = percentile(latencies, 0.99);
    print(u"edits saved: %1 (%2 per second), refused: %3"_s.arg(saved)
              .arg(double(saved) / seconds, 0, 'f', 1)
              .arg(refused));
    print(u"time until another client shows an edit: median %1 ms, p99 %2 ms, max %3 ms "
          "(over %4 edit x client pairs) — target p99 < 1000 ms: %5"_s
              .arg(percentile(latencies, 0.5), 0, 'f', 0)
              .arg(p99, 0, 'f', 0)
              .arg(latencies.empty() ? 0 : latencies.back())
              .arg(latencies.size())
              .arg(p99 < 1000 ? u"met"_s : u"MISSED"_s));
    print(u"lost edits: %1, duplicated edits: %2 — target none: %3"_s.arg(lost)
              .arg(duplicated)
              .arg(lost == 0 && duplicated == 0 ? u"met"_s : u"MISSED"_s));
    return lost == 0 && duplicated == 0 ? 0 : 1;
}
