#include "tcpproxy.h"

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <functional>
#include <memory>

namespace Parcours::Testing {

class TcpProxyWorker final : public QObject
{
    Q_OBJECT

public:
    explicit TcpProxyWorker(quint16 targetPort)
        : mTargetPort(targetPort)
    { }

    enum class Mode { Forward, Stall, Refuse };

    // Each runs on the proxy's thread (BlockingQueuedConnection).
    Q_INVOKABLE bool listen()
    {
        if (!mServer) {
            mServer = new QTcpServer(this);
            connect(mServer, &QTcpServer::newConnection, this, &TcpProxyWorker::accept);
        }
        if (mServer->isListening())
            return true;
        if (!mServer->listen(QHostAddress::LocalHost, mPort)) // the same port again
            return false;
        mPort = mServer->serverPort();
        return true;
    }
    Q_INVOKABLE quint16 port() const { return mPort; }
    Q_INVOKABLE void setMode(int mode)
    {
        mMode = Mode(mode);
        if (mMode == Mode::Refuse) {
            mServer->close();
            dropAll();
            return;
        }
        listen();
        mPassing = -1;
        if (mMode == Mode::Forward) // connections that were stalled stay dead
            dropAll([](const Pair &pair) { return pair.stalled; });
        else
            for (Pair &pair : mPairs)
                pair.stalled = true;
    }
    Q_INVOKABLE void stallNewConnections(int passing, const QByteArray &pattern)
    {
        mPassing = passing;
        mPattern = pattern;
    }
    Q_INVOKABLE void shutDown()
    {
        dropAll();
        delete mServer;
        mServer = nullptr;
    }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
        bool stalled = false; // open while stalled: out of step, dropped on resume()
    };

    void accept()
    {
        while (QTcpSocket *client = mServer->nextPendingConnection()) {
            client->setParent(this);
            const bool stallLater = mPassing == 0 && !mPattern.isEmpty();
            if (mMode == Mode::Stall || (mPassing == 0 && mPattern.isEmpty())) {
                mPairs.append(Pair {client, nullptr, true}); // held, silent
                continue;
            }
            if (mPassing > 0)
                --mPassing;
            auto *server = new QTcpSocket(this);
            mPairs.append(Pair {client, server});
            if (stallLater)
                pipeUntil(client, server, mPattern);
            else
                pipe(client, server);
            pipe(server, client);
            // One side gone: so is the other.
            auto drop = [pair = mPairs.last()] {
                for (QTcpSocket *socket : {pair.client.data(), pair.server.data()}) {
                    if (socket)
                        socket->abort();
                }
            };
            connect(client, &QTcpSocket::disconnected, this, drop);
            connect(server, &QTcpSocket::disconnected, this, drop);
            connect(server, &QTcpSocket::errorOccurred, this, drop);
            server->connectToHost(QHostAddress::LocalHost, mTargetPort);
        }
    }

    void pipe(QTcpSocket *from, QTcpSocket *to)
    {
        connect(from, &QTcpSocket::readyRead, to, [this, from, to] {
            // Stalled: what arrives stays unread, the connections stay open and silent.
            if (mMode != Mode::Stall && to->state() == QAbstractSocket::ConnectedState)
                to->write(from->readAll());
        });
        // Bytes that arrived before the server side was connected.
        connect(to, &QTcpSocket::connected, from, [from, to] { to->write(from->readAll()); });
    }

    // As pipe(), until `pattern` comes: from then on, nothing goes through.
    void pipeUntil(QTcpSocket *from, QTcpSocket *to, const QByteArray &pattern)
    {
        auto held = std::make_shared<bool>(false);
        auto forward = [this, from, to, pattern, held] {
            if (*held || mMode == Mode::Stall || to->state() != QAbstractSocket::ConnectedState)
                return;
            const QByteArray data = from->readAll();
            if (data.contains(pattern)) {
                *held = true;
                return;
            }
            to->write(data);
        };
        connect(from, &QTcpSocket::readyRead, to, forward);
        connect(to, &QTcpSocket::connected, from, forward);
    }

    void dropAll(const std::function<bool(const Pair &)> &which = {})
    {
        QList<Pair> kept;
        for (const Pair &pair : std::as_const(mPairs)) {
            if (which && !which(pair)) {
                kept.append(pair);
                continue;
            }
            for (QTcpSocket *socket : {pair.client.data(), pair.server.data()}) {
                if (socket) {
                    socket->abort();
                    socket->deleteLater();
                }
            }
        }
        mPairs = kept;
    }

    quint16 mTargetPort;
    quint16 mPort = 0;
    Mode mMode = Mode::Forward;
    int mPassing = -1; // see stallNewConnections()
    QByteArray mPattern;
    QTcpServer *mServer = nullptr;
    QList<Pair> mPairs;
};

TcpProxy::TcpProxy(quint16 targetPort)
    : mThread(std::make_unique<QThread>())
    , mWorker(new TcpProxyWorker(targetPort))
{
    mWorker->moveToThread(mThread.get());
    QObject::connect(mThread.get(), &QThread::finished, mWorker, &QObject::deleteLater);
    mThread->start();
}

// String-based calls: each runs on the proxy's thread, the caller waiting for it.
TcpProxy::~TcpProxy()
{
    QMetaObject::invokeMethod(mWorker, "shutDown", Qt::BlockingQueuedConnection);
    mThread->quit();
    mThread->wait();
}

bool TcpProxy::start()
{
    bool ok = false;
    QMetaObject::invokeMethod(mWorker, "listen", Qt::BlockingQueuedConnection,
                              Q_RETURN_ARG(bool, ok));
    return ok;
}

quint16 TcpProxy::port() const
{
    quint16 port = 0;
    QMetaObject::invokeMethod(mWorker, "port", Qt::BlockingQueuedConnection,
                              Q_RETURN_ARG(quint16, port));
    return port;
}

void TcpProxy::cut()
{
    QMetaObject::invokeMethod(mWorker, "setMode", Qt::BlockingQueuedConnection,
                              Q_ARG(int, int(TcpProxyWorker::Mode::Refuse)));
}

void TcpProxy::stall()
{
    QMetaObject::invokeMethod(mWorker, "setMode", Qt::BlockingQueuedConnection,
                              Q_ARG(int, int(TcpProxyWorker::Mode::Stall)));
}

void TcpProxy::stallNewConnections(int passing, const QByteArray &afterClientSends)
{
    QMetaObject::invokeMethod(mWorker, "stallNewConnections", Qt::BlockingQueuedConnection,
                              Q_ARG(int, passing), Q_ARG(QByteArray, afterClientSends));
}

void TcpProxy::resume()
{
    QMetaObject::invokeMethod(mWorker, "setMode", Qt::BlockingQueuedConnection,
                              Q_ARG(int, int(TcpProxyWorker::Mode::Forward)));
}

} // namespace Parcours::Testing

#include "tcpproxy.moc"
