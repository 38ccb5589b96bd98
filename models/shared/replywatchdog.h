#pragma once

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
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
class ReplyWatchdog
{
public:
    static ReplyWatchdog &instance();
    ~ReplyWatchdog();
    ReplyWatchdog(const ReplyWatchdog &) = delete;
    ReplyWatchdog &operator=(const ReplyWatchdog &) = delete;

    // `connection` is libpq's PGconn of `socket`.
    void watch(int socket, const void *connection, std::chrono::milliseconds deadline);
    void unwatch(int socket);
    // Whether `socket` was cut for its deadline (ask before unwatch()).
    bool wasCut(int socket) const;

private:
    ReplyWatchdog() = default;
    void run();
    void inspect(std::chrono::steady_clock::time_point now);

    struct Watched
    {
        std::chrono::milliseconds deadline {};
        const void *connection = nullptr;
        bool waiting = false;
        std::chrono::steady_clock::time_point since; // of the wait
        std::chrono::steady_clock::time_point lastReceived;
        bool cut = false;
    };
    mutable std::mutex mMutex;
    std::condition_variable mWake;
    std::map<int, Watched> mSockets;
    std::thread mThread;
    bool mStop = false;
};

} // namespace Parcours
