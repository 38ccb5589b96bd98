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
    const Report report = [&progress](int done, int total) {
        QMetaObject::invokeMethod(
            &progress,
            [&progress, done, total] {
                if (progress.wasCanceled() || total <= 0)
                    return;
                if (progress.maximum() != total)
                    progress.setMaximum(total);
                progress.setValue(std::min(done, total - 1)); // closes only when it returns
            },
            Qt::QueuedConnection);
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
