#pragma once

#include "store/workspacelocation.h"

#include <QObject>

#include <memory>

class QThread;

namespace Parcours {

// Finds out, on a thread of its own, whether the server of a shared workspace accepts a
// connection. libpq waits out its connect timeout on a network that swallows packets; this
// keeps that wait off the GUI thread, both when a workspace is opened and when a lost
// connection is retried.
class ServerProbe final : public QObject
{
    Q_OBJECT

public:
    // `connectTimeout` in seconds (libpq's minimum is 2).
    ServerProbe(WorkspaceLocation location, int connectTimeout, QObject *parent = nullptr);
    // Waits for the probe's thread: at most the connect timeout.
    ~ServerProbe() override;

    void start();
    bool isRunning() const;

signals:
    // `error` says why in words when the server was not reachable (refused, no password, …).
    void finished(bool reachable, const QString &error);

private:
    void threadFinished();

    WorkspaceLocation mLocation;
    int mConnectTimeout;
    std::unique_ptr<QThread> mThread;
    bool mReachable = false;
    QString mError; // written by the thread, read once it has ended
};

} // namespace Parcours
