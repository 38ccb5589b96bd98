#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

#include <memory>

class QThread;

namespace Parcours::Testing {

class TcpProxyWorker;

// A TCP proxy on 127.0.0.1 in front of a server port, on a thread of its own (a client that
// waits synchronously for the server on the test's thread must not stall the proxy), that a
// test can cut to simulate a network failure:
// - cut(): every connection through it is dropped and new ones are refused;
// - stall(): connections stay open, new ones are accepted, but nothing goes through (an
//   unreachable host, a hung server);
// - resume(): it forwards again, on the same port;
// - stallNewConnections(): the next few new connections go through, later ones stall (from
//   the start, or once the client sends given bytes: a stall after the connect).
class TcpProxy final
{
public:
    explicit TcpProxy(quint16 targetPort);
    ~TcpProxy();
    TcpProxy(const TcpProxy &) = delete;
    TcpProxy &operator=(const TcpProxy &) = delete;

    bool start();
    quint16 port() const;
    void cut();
    void stall();
    void resume();
    // Forwards the next `passing` new connections; each one after them is held silent from
    // its start, or, with `afterClientSends`, from the moment its client sends those bytes
    // (e.g. "DATESTYLE": Qt's first request on a new connection). resume() ends it.
    void stallNewConnections(int passing, const QByteArray &afterClientSends = {});

private:
    std::unique_ptr<QThread> mThread;
    TcpProxyWorker *mWorker; // lives in mThread
};

} // namespace Parcours::Testing
