#include "shared/serverprobe.h"

#include "shared/pgconnection.h"

#include <QThread>

namespace Parcours {

ServerProbe::ServerProbe(WorkspaceLocation location, int connectTimeout, QObject *parent)
    : QObject(parent)
    , mLocation(std::move(location))
    , mConnectTimeout(connectTimeout)
{ }

ServerProbe::~ServerProbe()
{
    if (mThread)
        mThread->wait();
}

void ServerProbe::start()
{
    if (mThread)
        return;
    mReachable = false;
    mError.clear();
    // A connection of its own, made and closed on the probe's thread: a QSqlDatabase
    // connection belongs to the thread that made it.
    mThread.reset(QThread::create([this] {
        PgConnection probe(mLocation);
        mReachable = probe.open(&mError, mConnectTimeout);
    }));
    connect(mThread.get(), &QThread::finished, this, &ServerProbe::threadFinished);
    mThread->start();
}

bool ServerProbe::isRunning() const
{
    return mThread != nullptr;
}

void ServerProbe::threadFinished()
{
    mThread->wait(); // finished is emitted just before the thread ends
    mThread.reset();
    emit finished(mReachable, mError);
}

} // namespace Parcours
