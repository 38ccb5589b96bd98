#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <thread>

namespace Parcours {

// Cuts a server connection that waits for an answer longer than its deadline.
//
// libpq blocks until the server answers: a server or network that stalls (the connection
// stays open but nothing comes back) would hold the caller for as long as TCP keeps the
// connection, minutes. A thread of its own looks at each watched socket a few times a second
// (libpq's PQtransactionStatus and Linux TCP_INFO): when a request awaits its answer and no
// byte has come for longer than the deadline, the socket is shut down, so that the blocked
// call returns with an error at once. Nothing is needed at the call sites.
//
// It also cuts a connection whose work was cancelled (`abandon` turns true), and guards a
// connection being made: libpq's connect timeout is at least 2 s, and Qt's driver sends its
// first requests (encoding, date style) before the socket can be watched.
class ReplyWatchdog
{
public:
    static ReplyWatchdog &instance();
    ~ReplyWatchdog();
    ReplyWatchdog(const ReplyWatchdog &) = delete;
    ReplyWatchdog &operator=(const ReplyWatchdog &) = delete;

    enum class Cut { No, Deadline, Abandoned };

    // `connection` is libpq's PGconn of `socket`; `abandon`, if any, must outlive the watch.
    void watch(int socket, const void *connection, std::chrono::milliseconds deadline,
               const std::atomic<bool> *abandon = nullptr);
    void unwatch(int socket);
    // Whether and why `socket` was cut (ask before unwatch()).
    Cut cutOf(int socket) const;
    bool wasCut(int socket) const { return cutOf(socket) == Cut::Deadline; }

    // Guards a connection to `port` that the calling thread is about to make: a TCP socket
    // opened from now on, not watched yet, to that port (or still connecting) is cut when it
    // has received nothing for `deadline` (zero: no deadline) or when `abandon` turns true.
    // Linux only; another thread's connection to the same port made at the same moment is
    // cut too, which only happens when that server does not answer either.
    int guardConnect(int port, std::chrono::milliseconds deadline,
                     const std::atomic<bool> *abandon);
    // Ends the guard: whether and why it cut.
    Cut endGuard(int guard);

private:
    ReplyWatchdog() = default;
    void run();
    void startThread();
    void inspect(std::chrono::steady_clock::time_point now);
    void inspectGuards(std::chrono::steady_clock::time_point now);

    struct Watched
    {
        std::chrono::milliseconds deadline {};
        const void *connection = nullptr;
        bool waiting = false;
        std::chrono::steady_clock::time_point since; // of the wait
        std::chrono::steady_clock::time_point lastReceived;
        const std::atomic<bool> *abandon = nullptr;
        Cut cut = Cut::No;
    };
    struct Guard
    {
        int port = 0;
        std::chrono::milliseconds deadline {};
        const std::atomic<bool> *abandon = nullptr;
        std::chrono::steady_clock::time_point since;
        std::set<unsigned long> before; // inodes of the sockets open when it started
        Cut cut = Cut::No;
    };
    mutable std::mutex mMutex;
    std::condition_variable mWake;
    std::map<int, Watched> mSockets;
    std::map<int, Guard> mGuards;
    int mNextGuard = 0;
    std::thread mThread;
    bool mStop = false;
};

} // namespace Parcours
