#pragma once

#include <QObject>

class QSocketNotifier;

namespace Parcours {

// Turns SIGTERM and SIGHUP (a logout, a shutdown, `kill`) into a Qt signal delivered on the
// GUI thread, so that the windows can close their workspaces cleanly: each file is then
// checkpointed into one file again, and not left as a file plus its write-ahead log that
// a copy of the file alone would miss. One watcher per process.
class TerminationWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *mNotifier = nullptr;
};

} // namespace Parcours
