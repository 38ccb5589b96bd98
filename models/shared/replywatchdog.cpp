#include "shared/replywatchdog.h"

#include <QtGlobal>

#include <algorithm>
#include <filesystem>
#include <vector>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
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

struct OpenSocket
{
    int descriptor = -1;
    unsigned long inode = 0;
};

// The sockets this process has open (/proc/self/fd names them "socket:[INODE]").
std::vector<OpenSocket> openSockets()
{
    std::vector<OpenSocket> sockets;
#ifdef Q_OS_LINUX
    namespace fs = std::filesystem;
    std::error_code error;
    for (fs::directory_iterator it("/proc/self/fd", error), end; !error && it != end;
         it.increment(error)) {
        const std::string target = fs::read_symlink(it->path(), error).string();
        if (error || target.rfind("socket:[", 0) != 0) {
            error.clear();
            continue;
        }
        try {
            sockets.push_back(
                {std::stoi(it->path().filename().string()), std::stoul(target.substr(8))});
        } catch (const std::exception &) { // not a number: skip it
        }
    }
#endif
    return sockets;
}

#ifdef Q_OS_LINUX
// The peer's port of a connected TCP socket, 0 when it has none (yet).
int peerPort(int socket)
{
    sockaddr_storage address {};
    socklen_t size = sizeof address;
    if (getpeername(socket, reinterpret_cast<sockaddr *>(&address), &size) != 0)
        return 0;
    if (address.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in *>(&address)->sin_port);
    if (address.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 *>(&address)->sin6_port);
    return 0;
}
#endif

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

void ReplyWatchdog::startThread()
{
    if (!mThread.joinable())
        mThread = std::thread([this] { run(); });
}

void ReplyWatchdog::watch(int socket, const void *connection, milliseconds deadline,
                          const std::atomic<bool> *abandon)
{
    if (socket < 0 || !connection)
        return;
    const std::lock_guard lock(mMutex);
    Watched watched;
    watched.deadline = deadline;
    watched.connection = connection;
    watched.abandon = abandon;
    mSockets[socket] = watched;
    startThread();
}

void ReplyWatchdog::unwatch(int socket)
{
    const std::lock_guard lock(mMutex);
    mSockets.erase(socket);
}

ReplyWatchdog::Cut ReplyWatchdog::cutOf(int socket) const
{
    const std::lock_guard lock(mMutex);
    const auto it = mSockets.find(socket);
    return it != mSockets.end() ? it->second.cut : Cut::No;
}

int ReplyWatchdog::guardConnect(int port, milliseconds deadline, const std::atomic<bool> *abandon)
{
    Guard guard;
    guard.port = port;
    guard.deadline = deadline;
    guard.abandon = abandon;
    guard.since = steady_clock::now();
    for (const OpenSocket &open : openSockets())
        guard.before.insert(open.inode);
    const std::lock_guard lock(mMutex);
    const int id = ++mNextGuard;
    mGuards[id] = std::move(guard);
    startThread();
    return id;
}

ReplyWatchdog::Cut ReplyWatchdog::endGuard(int guard)
{
    const std::lock_guard lock(mMutex);
    const auto it = mGuards.find(guard);
    if (it == mGuards.end())
        return Cut::No;
    const Cut cut = it->second.cut;
    mGuards.erase(it);
    return cut;
}

void ReplyWatchdog::run()
{
    std::unique_lock lock(mMutex);
    while (!mStop) {
        mWake.wait_for(lock, pollInterval);
        if (!mStop) {
            inspect(steady_clock::now());
            inspectGuards(steady_clock::now());
        }
    }
}

void ReplyWatchdog::inspectGuards(steady_clock::time_point now)
{
#ifdef Q_OS_LINUX
    std::vector<OpenSocket> sockets;
    bool listed = false;
    for (auto &[id, guard] : mGuards) {
        const bool abandoned = guard.abandon && guard.abandon->load();
        const bool late = guard.deadline.count() > 0 && now - guard.since > guard.deadline;
        if (!abandoned && !late)
            continue;
        if (!listed) {
            sockets = openSockets();
            listed = true;
        }
        for (const OpenSocket &open : sockets) {
            if (guard.before.count(open.inode) || mSockets.count(open.descriptor))
                continue;
            tcp_info info {};
            socklen_t size = sizeof info;
            if (getsockopt(open.descriptor, IPPROTO_TCP, TCP_INFO, &info, &size) != 0)
                continue; // not TCP
            const bool connecting = info.tcpi_state == TCP_SYN_SENT;
            if (!connecting && peerPort(open.descriptor) != guard.port)
                continue;
            if (!abandoned && milliseconds(info.tcpi_last_data_recv) <= guard.deadline)
                continue; // the server is answering, slowly
            guard.cut = abandoned ? Cut::Abandoned : Cut::Deadline;
            guard.before.insert(open.inode); // once
            shutdown(open.descriptor, SHUT_RDWR); // libpq's connect returns with an error
        }
    }
#else
    Q_UNUSED(now)
#endif
}

void ReplyWatchdog::inspect(steady_clock::time_point now)
{
#ifdef Q_OS_LINUX
    static const TransactionStatus transactionStatus = resolveTransactionStatus();
    for (auto &[socket, watched] : mSockets) {
        if (watched.cut != Cut::No)
            continue;
        if (watched.abandon && watched.abandon->load()) {
            watched.cut = Cut::Abandoned;
            shutdown(socket, SHUT_RDWR);
            continue;
        }
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
            watched.cut = Cut::Deadline;
            shutdown(socket, SHUT_RDWR); // the blocked call returns with an error
        }
    }
#else
    Q_UNUSED(now)
#endif
}

} // namespace Parcours
