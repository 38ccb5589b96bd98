#include "workspace/backgroundwork.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <algorithm>
#include <memory>

namespace Parcours {

bool BackgroundWork::run(QProgressDialog &progress, const Work &work)
{
    std::atomic<bool> cancelled {false};
    // Queued by name: slots of the dialog, run on its thread. The value stays below the
    // maximum: the dialog closes when the work has returned, not before.
    const Report report = [&progress](int done, int total) {
        if (total <= 0)
            return;
        QMetaObject::invokeMethod(&progress, "setMaximum", Qt::QueuedConnection, Q_ARG(int, total));
        QMetaObject::invokeMethod(&progress, "setValue", Qt::QueuedConnection,
                                  Q_ARG(int, std::min(done, total - 1)));
    };
    progress.setValue(progress.minimum()); // starts its minimum duration
    QEventLoop loop;
    const std::unique_ptr<QThread> thread(
        QThread::create([&work, &cancelled, &report] { work(cancelled, report); }));
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop,
                     [&cancelled] { cancelled = true; });
    thread->start();
    loop.exec();
    thread->wait(); // finished is emitted just before the thread ends
    return cancelled;
}

} // namespace Parcours
