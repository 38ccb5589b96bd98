#pragma once

#include "store/storebackend.h"
#include "store/workspacelocation.h"
#include "store/workspacestore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlQuery>
#include <QTimer>

#include <atomic>
#include <memory>
#include <unordered_map>

namespace Parcours {

class PgConnection;
class ServerProbe;
class StoreWriter;

// A shared workspace on a PostgreSQL server (see docs/SHARED-WORKSPACES.md).
//
// Every commit is one server transaction that checks the row version of each row it changes
// against the version this client last saw: a row someone else changed since is merged when
// they changed other fields, and refused (WriteResult::Refused) when they changed the same
// field, so that nobody overwrites a change they never saw. Each transaction also appends
// the entities it touched to `change_log` and wakes the other clients (LISTEN/NOTIFY); they
// re-read just those entities, update serverState() and emit remoteChanged().
//
// If the server goes away, the store turns read-only (isConnected() false), retries in the
// background and, once back, catches up from the change log. Whether the server answers again
// is found out on a thread of its own, so that an unreachable server never stalls the GUI;
// only then does the store reconnect, on its own thread.
class SharedStore final : public QObject, public StoreBackend
{
    Q_OBJECT

public:
    struct OpenResult
    {
        std::unique_ptr<SharedStore> store;
        Workspace workspace;
        WorkspaceStore::Failure failure = WorkspaceStore::Failure::None;
        QString error; // translated, without the location
        QString notice;
        int schemaVersion = 0;
    };

    // ReadOnly access reads a consistent snapshot and follows nothing (command line).
    static OpenResult open(const WorkspaceLocation &location,
                           WorkspaceStore::Access access = WorkspaceStore::Access::ReadWrite);

    // Opening in two steps, for a window whose GUI thread must not wait for the server.
    // readSnapshot() runs on a thread of its own, with a connection of its own made and closed
    // there: it checks the workspace (and upgrades its format), then reads one consistent
    // snapshot and the change-log entry it goes up to. Once `*cancelled` turns true it stops
    // at once. openSnapshot(), on the GUI thread, then opens the live connections at the
    // window's pace (useWindowPace()) and catches up from that entry, so that nothing changed
    // between the snapshot and the connection is lost.
    struct Snapshot
    {
        Workspace workspace;
        QHash<EntityRef, qint64> versions;
        qint64 lastSeq = 0;
        WorkspaceStore::Failure failure = WorkspaceStore::Failure::None;
        QString error; // translated, without the location
        QString notice;
        int schemaVersion = 0;
    };
    static Snapshot readSnapshot(const WorkspaceLocation &location,
                                 const std::atomic<bool> *cancelled = nullptr);
    static OpenResult openSnapshot(const WorkspaceLocation &location, Snapshot snapshot);
    ~SharedStore() override;

    QString location() const override { return mLocation.toString(); }
    bool isShared() const override { return true; }
    bool isReadOnly() const override;
    QString readOnlyReason() const override;
    // Whether comments can be written now: by an editor, or a viewer with the comment grant.
    bool canComment() const;
    WriteResult commit(const Workspace &workspace, const QList<PendingWrite> &writes) override;
    bool saveCopy(const QString &target, QString *error) const override;
    const Workspace *serverState() const override { return &mMirror; }

    const WorkspaceLocation &workspaceLocation() const { return mLocation; }
    bool isConnected() const { return mConnected; }
    // For a window, whose GUI thread waits for every request: from now on, and after each
    // reconnection, a request gets the short deadline (PgConnection::Pace::Interactive).
    // Opening, the command line and other programs keep the long one.
    void useWindowPace();
    // Why the connection was lost (e.g. the server did not answer in time), while it is.
    QString lostReason() const { return mConnected ? QString() : mLostReason; }
    bool canEdit() const { return mCanEdit; }
    // The separate grant of issue 23 (parcours admin init-server --commenter): comments only.
    bool hasCommentGrant() const { return mCanComment; }
    // user@host of the other clients that have this workspace open now.
    QStringList otherUsers() const { return mOthers; }
    // Re-reads what others changed now rather than on their notification.
    void refresh();
    // Milliseconds between two checks of the connection and of who else is there.
    void setHeartbeatInterval(int milliseconds);

    // While disconnected: whether an attempt to reach the server is under way, and otherwise
    // the milliseconds until the next one.
    bool isReconnecting() const;
    int msecsUntilReconnect() const;
    // While disconnected: tries to reach the server now rather than at the next attempt.
    void reconnectNow();
    // The wait before the first attempt to reconnect, doubling up to `maxMs` between attempts.
    void setReconnectDelays(int firstMs, int maxMs);

signals:
    void remoteChanged(); // serverState() holds changes made elsewhere
    void connectionChanged(bool connected);
    void readOnlyChanged(bool readOnly);
    void presenceChanged(const QStringList &others);
    // While disconnected: an attempt to reconnect started, or the next one was scheduled.
    void reconnectStateChanged();

private:
    struct RowState
    {
        bool exists = false;
        qint64 version = 0;
        int position = -1;
    };
    enum class Attempt { Done, Retry };

    SharedStore(WorkspaceLocation location, bool readOnlyAccess);
    bool connectAll(QString *error, WorkspaceStore::Failure *failure, QString *notice,
                    int *schemaVersion);
    void startLiveUpdates();
    bool reloadAll(QString *error);
    void lostConnection();
    void closeConnections();
    void scheduleReconnect();
    void startProbe();
    void probeFinished(bool reachable, const QString &error);
    bool tryReconnect();
    void heartbeat();
    void updatePresence();
    void scheduleCatchUp();
    bool catchUp(QString *error = nullptr);
    bool failed(const QSqlError &error, QString *message);
    void setReadOnlyState(const std::function<void()> &change);

    Attempt tryCommit(const Workspace &memory, const QList<PendingWrite> &writes,
                      WriteResult *result);
    bool rowState(const EntityRef &ref, RowState *state, QSqlError *error);
    bool bumpVersion(const EntityRef &ref, const RowState &before, qint64 *version,
                     QSqlError *error);
    bool readVersions(const EntityRef *ref, bool subtree, QHash<EntityRef, qint64> *into,
                      QSqlError *error);
    bool refreshEntity(const EntityRef &ref, bool subtree, bool *structural, QSqlError *error);
    bool refreshOrder(EntityKind kind, Id parent, bool *complete, QSqlError *error);
    bool adopt(const Workspace &from, const EntityRef &ref, bool subtree, bool fromIsWhole);
    void adoptOrder(const Workspace &from, EntityKind kind, Id parent);
    void forgetVersions(const EntityRef &ref);
    QSqlQuery &query(const QString &sql);
    bool exec(const QString &sql, QSqlError *error = nullptr);

    WorkspaceLocation mLocation;
    bool mReadOnlyAccess;
    bool mSnapshotOnly = false; // readSnapshot()'s: one connection, no live updates
    const std::atomic<bool> *mCancelled = nullptr; // readSnapshot()'s
    QString mSession;
    std::unique_ptr<PgConnection> mMain;
    std::unique_ptr<PgConnection> mListener;
    std::unique_ptr<StoreWriter> mWriter;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> mQueries;
    int mMainPid = -1;
    int mListenerPid = -1;

    Workspace mMirror; // the workspace as the server has it, as far as this client knows
    QHash<EntityRef, qint64> mVersions; // row_version of each row of mMirror
    qint64 mLastSeq = 0; // change_log entries up to here are in mMirror
    QSet<qint64> mOwnSeqs; // entries this client wrote after mLastSeq

    bool mConnected = false;
    bool mCanEdit = false;
    bool mCanComment = false; // may write comment threads and comments (and their log entries)
    bool mNewer = false; // schema of a newer Parcours that this one may read
    bool mWindowPace = false; // see useWindowPace()
    QString mLostReason;
    QStringList mOthers;
    QTimer mHeartbeat;
    QTimer mReconnect;
    QTimer mCatchUp;
    std::unique_ptr<ServerProbe> mProbe; // checks that the server answers, off this thread
    int mFirstReconnectDelay = 250;
    int mMaxReconnectDelay = 5000;
    int mReconnectDelay = 250;
    int mConnectTimeout = 4; // seconds
    int mTicks = 0;
};

} // namespace Parcours
