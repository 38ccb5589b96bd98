#include "actiontimer.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <ctime>

namespace Parcours::Bench {

double processCpuMs()
{
    timespec self {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &self);
    return double(self.tv_sec) * 1e3 + double(self.tv_nsec) / 1e6;
}

ActionTimer::ActionTimer(std::function<bool(QObject *)> isTarget)
    : mIsTarget(std::move(isTarget))
{
    QCoreApplication::instance()->installEventFilter(this);
}

ActionTimer::~ActionTimer()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void ActionTimer::start()
{
    mPainted = false;
    mDone = false;
    mCpuStart = processCpuMs();
    mWall.start();
}

Timing ActionTimer::wait()
{
    QElapsedTimer guard;
    guard.start();
    while (!mDone && guard.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!mDone)
        qFatal("the result was not painted within 60 s");
    return mTiming;
}

bool ActionTimer::eventFilter(QObject *watched, QEvent *event)
{
    if (!mPainted && event->type() == QEvent::Paint && mIsTarget(watched)) {
        mPainted = true;
        // A zero timer (not a posted call): it fires once the event loop has finished this
        // paint and its flush, and after the zero timers the action started (a chart's
        // deferred refresh), so that work the action left queued counts too.
        auto *done = new QTimer(this);
        done->setSingleShot(true);
        done->setInterval(0);
        connect(done, &QTimer::timeout, this, [this, watched, done] {
            done->deleteLater();
            record(watched);
        });
        done->start();
    }
    return false;
}

void ActionTimer::record(QObject *target)
{
    mTiming.wallMs = double(mWall.nsecsElapsed()) / 1e6;
    mTiming.cpuMs = processCpuMs() - mCpuStart;
    mDone = true;
    if (mShown)
        mShown(target);
}

} // namespace Parcours::Bench
