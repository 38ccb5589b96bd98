// parcours_stall_bench [--rounds 3]
//
// Issue #16 item 9: how long the GUI thread of a window waits when the server of its shared
// workspace stalls (the connection stays open, nothing comes back). Starts a PostgreSQL
// server (tests/support/pgserver.h), publishes a workspace, opens it through a proxy
// (tests/support/tcpproxy.h) with the window's pace, and stalls the proxy:
//   edit        how long Edit::setField blocks before the edit is refused
//   idle        the longest gap between the ticks of a 5 ms timer while the heartbeat meets
//               the stalled server (the event loop's longest freeze)
// Prints the figures of each round and the worst; exits 2 when it could not run.
#include "document/edits.h"
#include "document/workspacedocument.h"
#include "pgserver.h"
#include "shared/sharedserver.h"
#include "shared/sharedstore.h"
#include "support/testworkspaces.h"
#include "tcpproxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Parcours;
using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

// Runs the event loop for `ms`, returning the longest gap between two ticks of a 5 ms timer.
qint64 longestFreeze(int ms)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    tick.start(5);
    QEventLoop loop;
    QTimer end;
    end.setSingleShot(true);
    QObject::connect(&end, &QTimer::timeout, &loop, &QEventLoop::quit);
    end.start(ms);
    loop.exec();
    return std::max(longest, clock.elapsed() - last);
}

// Runs the event loop until `done` or `ms` passed.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption roundsOption(u"rounds"_s, u"Rounds to run."_s, u"n"_s, u"3"_s);
    parser.addOption(roundsOption);
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    const QString unavailable = PgServer::unavailableReason();
    if (!unavailable.isEmpty()) {
        print(u"cannot run: "_s + unavailable);
        return 2;
    }
    PgServer server;
    QString error;
    if (!server.start(&error)) {
        print(u"cannot start the server: "_s + error);
        return 2;
    }
    if (!SharedServer::publish(server.location(u"stall"_s), TestData::everyField(), {}, &error)) {
        print(u"cannot publish: "_s + error);
        return 2;
    }
    TcpProxy proxy(quint16(server.port()));
    if (!proxy.start()) {
        print(u"cannot start the proxy"_s);
        return 2;
    }
    WorkspaceLocation through = server.location(u"stall"_s);
    through.port = proxy.port();
    WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(through);
    if (!opened.document) {
        print(u"cannot open: "_s + opened.error);
        return 2;
    }
    WorkspaceDocument &doc = *opened.document;
    SharedStore *store = doc.sharedStore();
    store->useWindowPace(); // as MainWindow::openShared()

    int refusals = 0;
    QObject::connect(&doc, &WorkspaceDocument::editRefused, &doc, [&refusals] { ++refusals; });
    qint64 worstEdit = 0;
    qint64 worstIdle = 0;
    for (int round = 1; round <= rounds; ++round) {
        // The heartbeat (every second) meets a stalled server while nothing else happens.
        proxy.stall();
        const qint64 idle = longestFreeze(3500);
        proxy.resume();
        store->reconnectNow();
        if (!waitFor([store] { return store->isConnected(); }, 30000)) {
            print(u"did not reconnect"_s);
            return 2;
        }
        // An edit meets a stalled server.
        proxy.stall();
        QElapsedTimer clock;
        clock.start();
        const int refusedBefore = refusals;
        Edit::setField(doc, EntityRef::persona(101), Field::PersonaName,
                       u"Stalled %1"_s.arg(round));
        const qint64 edit = clock.elapsed();
        const bool refused = refusals > refusedBefore;
        proxy.resume();
        print(u"round %1: edit blocked %2 ms (%3), idle freeze %4 ms"_s.arg(round)
                  .arg(edit)
                  .arg(refused ? u"refused"_s : u"not refused!"_s)
                  .arg(idle));
        worstEdit = std::max(worstEdit, edit);
        worstIdle = std::max(worstIdle, idle);
        store->reconnectNow();
        if (!waitFor([store] { return store->isConnected(); }, 30000)) {
            print(u"did not reconnect"_s);
            return 2;
        }
    }
    print(u"worst: edit blocked %1 ms, idle freeze %2 ms"_s.arg(worstEdit).arg(worstIdle));
    return 0;
}
