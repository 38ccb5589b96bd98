#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <functional>

namespace Parcours::Bench {

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0; // user + system of this process
};

// Times an action from start() to the end of the event-loop pass that painted a widget
// `isTarget` accepts (the paint and its flush to the screen included). The action may run
// a modal dialog: the time is taken inside its event loop, and onShown() can close it.
class ActionTimer final : public QObject
{
public:
    explicit ActionTimer(std::function<bool(QObject *)> isTarget);
    ~ActionTimer() override;

    void onShown(std::function<void(QObject *)> shown) { mShown = std::move(shown); }
    void start();
    // Runs the event loop until the target was painted (it may already have been, during a
    // modal action), then returns the times. Gives up after 60 s.
    Timing wait();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void record(QObject *target);

    std::function<bool(QObject *)> mIsTarget;
    std::function<void(QObject *)> mShown;
    QElapsedTimer mWall;
    double mCpuStart = 0;
    bool mPainted = false;
    bool mDone = false;
    Timing mTiming;
};

double processCpuMs();

} // namespace Parcours::Bench
