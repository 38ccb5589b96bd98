// parcours_stall_bench [--rounds 3]
//
// Issue #16 item 9: how long the GUI thread of a window waits when the server of its shared
// workspace stalls (the connection stays open, nothing comes back). Starts a PostgreSQL
// server (tests/support/pgserver.h), publishes a workspace, opens it through a proxy
// (tests/support/tcpproxy.h) with the window's pace, and stalls the proxy:
//   edit        how long Edit::setField blocks before the edit is refused
//   idle        the longest gap between the ticks of a 5 ms timer while the heartbeat meets
//               the stalled server (the event loop's longest freeze)
// and then, once each, the three waits that were left (before: as the window did it until
// then, on its GUI thread; after: as it does it now):
//   open        the server stalls at the first request after the connect (before:
//               SharedStore::open on the GUI thread; after: SharedStore::readSnapshot on a
//               thread, cancelled or not), or once the window's own connection is made
//               (openSnapshot)
//   reconnect   the server answers the probe, then the new connection stalls (before: a
//               QPSQL connect with libpq's connect_timeout=2 on the GUI thread, which is what
//               the reconnection did; after: SharedStore::reconnectNow)
//   publish     the server stalls at the first INSERT (before: SharedServer::publish on the
//               GUI thread; after: on a thread, cancelled or not)
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
#include <QSqlDatabase>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

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

// Runs `work` on a thread while the event loop goes on; `cancelAfterMs` >= 0 sets `cancelled`
// then. The longest freeze of the event loop meanwhile, and how long until `work` returned.
struct OffThread
{
    qint64 freeze = 0;
    qint64 elapsed = 0;
};
OffThread runOffThread(const std::function<void(const std::atomic<bool> &)> &work,
                       int cancelAfterMs = -1)
{
    std::atomic<bool> cancelled {false};
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
    QTimer cancel;
    cancel.setSingleShot(true);
    QObject::connect(&cancel, &QTimer::timeout, &cancel, [&cancelled] { cancelled = true; });
    if (cancelAfterMs >= 0)
        cancel.start(cancelAfterMs);
    QEventLoop loop;
    const std::unique_ptr<QThread> thread(QThread::create([&] { work(cancelled); }));
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    return {std::max(longest, clock.elapsed() - last), clock.elapsed()};
}

// How long `work` holds the calling (GUI) thread.
qint64 blocking(const std::function<void()> &work)
{
    QElapsedTimer clock;
    clock.start();
    work();
    return clock.elapsed();
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

    // Opening, the server stalling at the first request of the read.
    QString why;
    proxy.resume();
    proxy.stallNewConnections(0, "pg_namespace");
    const qint64 openBefore = blocking([&] { why = SharedStore::open(through).error; });
    print(u"open, stalled, before: GUI thread blocked %1 ms (%2)"_s.arg(openBefore).arg(why));
    proxy.resume();
    proxy.stallNewConnections(0, "pg_namespace");
    OffThread read = runOffThread([&](const std::atomic<bool> &cancelled) {
        why = SharedStore::readSnapshot(through, &cancelled).error;
    });
    print(u"open, stalled, after: longest freeze %1 ms, error after %2 ms (%3)"_s.arg(read.freeze)
              .arg(read.elapsed)
              .arg(why));
    proxy.resume();
    proxy.stallNewConnections(0, "pg_namespace");
    read = runOffThread(
        [&](const std::atomic<bool> &cancelled) {
            why = SharedStore::readSnapshot(through, &cancelled).error;
        },
        500);
    print(u"open, stalled, after, Cancel at 500 ms: longest freeze %1 ms, returned after "
          "%2 ms (%3)"_s.arg(read.freeze)
              .arg(read.elapsed)
              .arg(why));
    // The read goes through; the window's own connection stalls once made.
    proxy.resume();
    SharedStore::Snapshot snapshot = SharedStore::readSnapshot(through);
    proxy.stallNewConnections(0, "DATESTYLE");
    const qint64 live
        = blocking([&] { why = SharedStore::openSnapshot(through, std::move(snapshot)).error; });
    print(u"open, the window's connection stalls, after: GUI thread blocked %1 ms (%2)"_s.arg(live)
              .arg(why));

    // Reconnecting: the probe gets through, the new connection stalls.
    for (const QByteArray &stallAt : {QByteArray(), QByteArray("DATESTYLE")}) {
        const QString where = stallAt.isEmpty() ? u"at its start"_s : u"once connected"_s;
        proxy.resume();
        if (stallAt.isEmpty()) {
            proxy.stallNewConnections(0);
            const qint64 before = blocking([&] {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"before"_s);
                db.setHostName(through.host);
                db.setPort(through.port);
                db.setDatabaseName(through.database);
                db.setUserName(through.user);
                db.setPassword(through.password);
                db.setConnectOptions(u"connect_timeout=2"_s);
                db.open();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(u"before"_s);
            });
            print(u"reconnect, the connection stalls %1, before: GUI thread blocked %2 ms"_s
                      .arg(where)
                      .arg(before));
            proxy.resume();
        }
        store->reconnectNow();
        if (!waitFor([store] { return store->isConnected(); }, 30000)) {
            print(u"did not reconnect"_s);
            return 2;
        }
        proxy.cut();
        if (!waitFor([store] { return !store->isConnected(); }, 30000)) {
            print(u"did not notice the cut"_s);
            return 2;
        }
        proxy.resume();
        proxy.stallNewConnections(1, stallAt);
        store->reconnectNow();
        const qint64 after = longestFreeze(3000);
        print(u"reconnect, the connection stalls %1, after: longest freeze %2 ms (%3)"_s.arg(where)
                  .arg(after)
                  .arg(store->isConnected() ? u"connected!"_s : u"still disconnected"_s));
    }

    // Publishing, the server stalling at the first INSERT, with no window open.
    opened.document.reset();
    int published = 0; // a new workspace each time: a stalled transaction holds its locks
    auto target = [&server, &proxy, &published] {
        WorkspaceLocation to = server.location(u"stallpublish%1"_s.arg(++published));
        to.port = proxy.port();
        return to;
    };
    proxy.resume();
    proxy.stallNewConnections(0, "INSERT");
    const qint64 publishBefore
        = blocking([&] { SharedServer::publish(target(), TestData::everyField(), {}, &why); });
    print(u"publish, stalled, before: GUI thread blocked %1 ms (%2)"_s.arg(publishBefore).arg(why));
    for (const int cancelAt : {-1, 500}) {
        proxy.resume();
        proxy.stallNewConnections(0, "INSERT");
        const WorkspaceLocation to = target();
        const OffThread publish = runOffThread(
            [&](const std::atomic<bool> &cancelled) {
                SharedServer::PublishOptions offThread;
                offThread.cancelled = &cancelled;
                SharedServer::publish(to, TestData::everyField(), offThread, &why);
            },
            cancelAt);
        print(u"publish, stalled, after%1: longest freeze %2 ms, returned after %3 ms (%4)"_s
                  .arg(cancelAt < 0 ? QString() : u", Cancel at %1 ms"_s.arg(cancelAt))
                  .arg(publish.freeze)
                  .arg(publish.elapsed)
                  .arg(why));
    }
    proxy.resume();
    return 0;
}
