#pragma once

#include <QCoreApplication>

#include <atomic>
#include <functional>

class QProgressDialog;

namespace Parcours {

// Runs work that waits for a server on a thread of its own, behind a progress dialog whose
// Cancel works: the GUI thread's event loop goes on meanwhile. The work must make (and close)
// its own connections on that thread, and watch `cancelled` (PgConnection::setCancelFlag
// does: the connection is cut at once, so the work returns within a moment).
class BackgroundWork
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundWork)

public:
    // Thread-safe: shows `done` of `total` in the dialog.
    using Report = std::function<void(int done, int total)>;
    using Work = std::function<void(const std::atomic<bool> &cancelled, const Report &report)>;

    // Returns once `work` has returned; true when Cancel was pressed.
    static bool run(QProgressDialog &progress, const Work &work);
};

} // namespace Parcours
