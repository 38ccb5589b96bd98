#include "shared/replywatchdog.h"

#include <QtGlobal>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <dlfcn.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

using namespace std::chrono;

namespace Parcours {

namespace {
constexpr milliseconds pollInterval {50}; // a window's deadline is 1 s: cut within 1.05 s
constexpr int pqTransActive = 1; // PQTRANS_ACTIVE of libpq-fe.h
using TransactionStatus = int (*)(const void *);

// libpq is loaded with Qt's QPSQL plugin; only its PQtransactionStatus() is needed.
TransactionStatus resolveTransactionStatus()
{
#ifdef Q_OS_LINUX
    void *libpq = dlopen("libpq.so.5", RTLD_LAZY | RTLD_NOLOAD);
    if (!libpq)
        return nullptr;
    return reinterpret_cast<TransactionStatus>(dlsym(libpq, "PQtransactionStatus"));
#else
    return nullptr;
#endif
}
// Receive times read from TCP_INFO are rounded to the kernel's clock tick.
constexpr milliseconds tickSlack {10};
} // namespace

ReplyWatchdog &ReplyWatchdog::instance()
{
    static ReplyWatchdog watchdog;
    return watchdog;
}

ReplyWatchdog::~ReplyWatchdog()
{
    {
        const std::lock_guard lock(mMutex);
        mStop = true;
    }
    mWake.notify_all();
    if (mThread.joinable())
        mThread.join();
}

void ReplyWatchdog::watch(int socket, const void *connection, milliseconds deadline)
{
    if (socket < 0 || !connection)
        return;
    const std::lock_guard lock(mMutex);
    Watched watched;
    watched.deadline = deadline;
    watched.connection = connection;
    mSockets[socket] = watched;
    if (!mThread.joinable())
        mThread = std::thread([this] { run(); });
}

void ReplyWatchdog::unwatch(int socket)
{
    const std::lock_guard lock(mMutex);
    mSockets.erase(socket);
}

bool ReplyWatchdog::wasCut(int socket) const
{
    const std::lock_guard lock(mMutex);
    const auto it = mSockets.find(socket);
    return it != mSockets.end() && it->second.cut;
}

void ReplyWatchdog::run()
{
    std::unique_lock lock(mMutex);
    while (!mStop) {
        mWake.wait_for(lock, pollInterval);
        if (!mStop)
            inspect(steady_clock::now());
    }
}

void ReplyWatchdog::inspect(steady_clock::time_point now)
{
#ifdef Q_OS_LINUX
    static const TransactionStatus transactionStatus = resolveTransactionStatus();
    for (auto &[socket, watched] : mSockets) {
        if (watched.cut)
            continue;
        tcp_info info {};
        socklen_t size = sizeof info;
        if (getsockopt(socket, IPPROTO_TCP, TCP_INFO, &info, &size) != 0)
            continue; // not a TCP socket (a Unix domain socket does not stall)
        const auto sent = now - milliseconds(info.tcpi_last_data_sent);
        const auto received = now - milliseconds(info.tcpi_last_data_recv);
        // libpq's own state says whether a request awaits its answer (PQTRANS_ACTIVE); the
        // wait counts from the request or from the last bytes of the answer.
        if (!transactionStatus || transactionStatus(watched.connection) != pqTransActive) {
            watched.waiting = false;
            continue;
        }
        if (!watched.waiting || received > watched.lastReceived + tickSlack) {
            watched.waiting = true;
            watched.since = std::max(sent, received);
            watched.lastReceived = received;
        }
        if (now - watched.since > watched.deadline) {
            watched.cut = true;
            shutdown(socket, SHUT_RDWR); // the blocked call returns with an error
        }
    }
#else
    Q_UNUSED(now)
#endif
}

} // namespace Parcours
