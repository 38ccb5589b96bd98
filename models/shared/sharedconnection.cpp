#include "shared/sharedstore.h"

#include "shared/pgconnection.h"
#include "shared/serverprobe.h"
#include "shared/sharedrows.h"
#include "store/migrations.h"
#include "store/sqldialect.h"
#include "store/storewriter.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

// SharedStore's connection to the server: connecting, the heartbeat and who else is there,
// and, once the connection is lost, probing the server with a growing back-off until it
// answers again.

using namespace Qt::StringLiterals;

namespace Parcours {

using namespace SharedRows;

bool SharedStore::connectAll(QString *error, WorkspaceStore::Failure *failure, QString *notice,
                             int *schemaVersion)
{
    using F = WorkspaceStore::Failure;
    auto failWith = [error, failure](F f, const QString &message) {
        *failure = f;
        *error = message;
        return false;
    };
    QString message;
    // A window waits for its connections: their requests get the short deadline once the
    // workspace is open (not for an upgrade, nor the first read: see PgConnection).
    const PgConnection::Pace pace
        = mWindowPace ? PgConnection::Pace::Interactive : PgConnection::Pace::Batch;
    mMain = std::make_unique<PgConnection>(mLocation);
    mMain->setPace(pace);
    mMain->setCancelFlag(mCancelled);
    if (!mMain->open(&message, mConnectTimeout))
        return failWith(F::IoError, tr("cannot connect to the server: %1").arg(message));
    bool exists = false;
    bool incomplete = false;
    if (!mMain->schemaExists(&exists, &message, &incomplete))
        return failWith(F::IoError, message);
    if (!exists) {
        return failWith(F::NotFound,
                        tr("there is no workspace \"%1\" in this database; publish one first "
                           "(File > Publish, or parcours publish FILE LOCATION)")
                            .arg(mLocation.workspace));
    }
    if (incomplete) {
        return failWith(F::Corrupt,
                        tr("workspace \"%1\" is incomplete: publishing it was interrupted; "
                           "publish it again")
                            .arg(mLocation.workspace));
    }
    QSqlDatabase &db = mMain->db();
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT has_schema_privilege(?, 'USAGE')"_s);
        q.addBindValue(mLocation.schemaName());
        if (!q.exec() || !q.next())
            return failWith(F::IoError, PgConnection::message(q.lastError()));
        if (!q.value(0).toBool()) {
            return failWith(F::IoError,
                            tr("you have no access to workspace \"%1\": an administrator can "
                               "grant it with parcours admin init-server (--editor or --viewer)")
                                .arg(mLocation.workspace));
        }
    }
    if (!mMain->useWorkspaceSchema(&message))
        return failWith(F::IoError, message);

    const int version = Migrations::schemaVersion(db, SqlEngine::Postgres);
    const int minReader = Migrations::minReaderVersion(db);
    const int appVersion = Migrations::currentVersion();
    *schemaVersion = version;
    if (version < 1) {
        return failWith(F::NotAWorkspace,
                        tr("schema %1 holds no Parcours workspace").arg(mLocation.schemaName()));
    }
    mNewer = false;
    switch (Migrations::assess(version, minReader, appVersion)) {
    case MigrationOutcome::NewerIncompatible:
        return failWith(F::Newer,
                        tr("the workspace on the server was made by a newer version of Parcours "
                           "(format %1; this version reads up to %2)")
                            .arg(version)
                            .arg(appVersion));
    case MigrationOutcome::NewerCompatible:
        mNewer = true;
        *notice = tr("The workspace on the server was made by a newer version of Parcours "
                     "(format %1): it opened read-only.")
                      .arg(version);
        break;
    case MigrationOutcome::Upgraded:
        if (mReadOnlyAccess)
            break; // older tables read the same
        {
            const MigrationResult upgraded = Migrations::upgrade(db, SqlEngine::Postgres);
            if (upgraded.outcome == MigrationOutcome::Failed) {
                return failWith(
                    F::IoError,
                    tr("the workspace on the server has the older format %1 and could not be "
                       "upgraded (%2); an administrator can upgrade it with: parcours admin "
                       "init-server %3")
                        .arg(version)
                        .arg(upgraded.error, mLocation.toString()));
            }
            *schemaVersion = upgraded.toVersion;
            *notice = tr("Upgraded the workspace on the server from format %1 to %2.")
                          .arg(upgraded.fromVersion)
                          .arg(upgraded.toVersion);
        }
        break;
    case MigrationOutcome::Current:
    case MigrationOutcome::Failed: break;
    }

    mCanEdit = false;
    mCanComment = false;
    if (!mReadOnlyAccess) {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT has_table_privilege('persona', 'UPDATE')"
                    " AND has_table_privilege('change_log', 'INSERT'),"
                    " has_table_privilege('comment_thread', 'INSERT')"
                    " AND has_table_privilege('comment', 'INSERT')"
                    " AND has_table_privilege('change_log', 'INSERT')"_s)
            || !q.next())
            return failWith(F::IoError, PgConnection::message(q.lastError()));
        mCanEdit = q.value(0).toBool();
        mCanComment = q.value(1).toBool();
    }
    mMainPid = mMain->backendPid();
    mWriter = std::make_unique<StoreWriter>(db);
    if (mReadOnlyAccess || mSnapshotOnly)
        return true;

    mListener = std::make_unique<PgConnection>(mLocation);
    mListener->setPace(pace);
    if (!mListener->open(&message, mConnectTimeout))
        return failWith(F::IoError, tr("cannot connect to the server: %1").arg(message));
    QSqlDriver *driver = mListener->db().driver();
    if (!driver->subscribeToNotification(mLocation.schemaName())) {
        return failWith(F::IoError,
                        tr("cannot follow changes on the server: %1")
                            .arg(PgConnection::message(driver->lastError())));
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (!payload.toString().startsWith(mSession))
                    scheduleCatchUp();
            });
    mListenerPid = mListener->backendPid();
    return true;
}

void SharedStore::useWindowPace()
{
    mWindowPace = true;
    // A connection that cannot take the setting is broken: its next request says so.
    if (mMain)
        mMain->setPace(PgConnection::Pace::Interactive);
    if (mListener)
        mListener->setPace(PgConnection::Pace::Interactive);
}

void SharedStore::startLiveUpdates()
{
    mHeartbeat.start();
    updatePresence();
}

void SharedStore::setHeartbeatInterval(int milliseconds)
{
    mHeartbeat.setInterval(milliseconds);
}

void SharedStore::setReconnectDelays(int firstMs, int maxMs)
{
    mFirstReconnectDelay = std::max(1, firstMs);
    mMaxReconnectDelay = std::max(mFirstReconnectDelay, maxMs);
}

bool SharedStore::isReconnecting() const
{
    return mProbe->isRunning();
}

int SharedStore::msecsUntilReconnect() const
{
    return mReconnect.isActive() ? std::max(0, mReconnect.remainingTime()) : 0;
}

void SharedStore::reconnectNow()
{
    if (mConnected || mProbe->isRunning())
        return;
    mReconnectDelay = mFirstReconnectDelay;
    startProbe();
}

bool SharedStore::failed(const QSqlError &error, QString *message)
{
    const QString why = mMain ? mMain->failure(error) : PgConnection::message(error);
    if (message)
        *message = why;
    if (mMain && !mMain->timedOut() && !SqlDialect::isConnectionLost(mMain->db(), error))
        return false;
    if (mConnected)
        mLostReason = why;
    lostConnection();
    return true;
}

void SharedStore::setReadOnlyState(const std::function<void()> &change)
{
    const bool before = isReadOnly();
    change();
    if (before != isReadOnly())
        emit readOnlyChanged(isReadOnly());
}

bool SharedStore::isReadOnly() const
{
    return mReadOnlyAccess || !mCanEdit || mNewer || !mConnected;
}

bool SharedStore::canComment() const
{
    return mConnected && !mNewer && !mReadOnlyAccess && (mCanEdit || mCanComment);
}

QString SharedStore::readOnlyReason() const
{
    if (!mConnected)
        return tr("The connection to the server is lost; Parcours is reconnecting. What you see "
                  "is read-only until then; every change reported as saved is safe.");
    if (mNewer)
        return tr("The workspace on the server was made by a newer version of Parcours: it is "
                  "read-only here.");
    if (!mCanEdit && mCanComment)
        return tr("You may read and comment on this shared workspace, not change it.");
    if (!mCanEdit)
        return tr("You have view-only access to this shared workspace: you can read, print and "
                  "export it, not change it.");
    if (mReadOnlyAccess)
        return tr("The shared workspace was opened read-only.");
    return {};
}

void SharedStore::heartbeat()
{
    if (!mConnected)
        return;
    if (!mListener || !mListener->isOpen()) {
        mLostReason.clear();
        lostConnection();
        return;
    }
    ++mTicks;
    QSqlQuery &q = query(u"SELECT COALESCE(max(seq), 0) FROM change_log"_s);
    if (!q.exec() || !q.next()) {
        const QSqlError error = q.lastError();
        failed(error, nullptr);
        return;
    }
    const qint64 last = q.value(0).toLongLong();
    q.finish();
    // Notifications can be missed (e.g. around a reconnection): the log cannot.
    if (last > mLastSeq && !mCatchUp.isActive())
        catchUp();
    if (mConnected && mTicks % 3 == 0)
        updatePresence();
}

void SharedStore::updatePresence()
{
    if (!mMain)
        return;
    const QString prefix = PgConnection::applicationPrefix(mLocation);
    QSqlQuery &q = query(u"SELECT DISTINCT substr(application_name, ?) FROM pg_stat_activity"
                         " WHERE datname = current_database() AND starts_with(application_name, ?)"
                         " AND pid <> ? AND pid <> ? ORDER BY 1"_s);
    q.addBindValue(prefix.size() + 1);
    q.addBindValue(prefix);
    q.addBindValue(mMainPid);
    q.addBindValue(mListenerPid);
    if (!q.exec()) {
        failed(q.lastError(), nullptr);
        return;
    }
    QStringList others;
    while (q.next())
        others.append(q.value(0).toString());
    q.finish();
    if (others != mOthers) {
        mOthers = others;
        emit presenceChanged(mOthers);
    }
}

void SharedStore::lostConnection()
{
    if (!mConnected)
        return;
    qCInfo(lcShared, "lost the connection to the server of %s", qPrintable(location()));
    setReadOnlyState([this] { mConnected = false; });
    mHeartbeat.stop();
    mCatchUp.stop();
    if (!mOthers.isEmpty()) {
        mOthers.clear();
        emit presenceChanged(mOthers);
    }
    emit connectionChanged(false);
    // The connections are closed by startProbe(): a caller may still hold one of them.
    mReconnectDelay = mFirstReconnectDelay;
    scheduleReconnect();
}

void SharedStore::closeConnections()
{
    mQueries.clear();
    mWriter.reset();
    mListener.reset();
    mMain.reset();
}

void SharedStore::scheduleReconnect()
{
    mReconnect.start(mReconnectDelay);
    emit reconnectStateChanged();
}

void SharedStore::startProbe()
{
    if (mConnected || mProbe->isRunning())
        return;
    mReconnect.stop();
    closeConnections();
    mProbe->start();
    emit reconnectStateChanged();
}

void SharedStore::probeFinished(bool reachable, const QString &error)
{
    if (mConnected)
        return;
    if (!reachable) {
        qCInfo(lcShared, "the server of %s does not answer: %s", qPrintable(location()),
               qPrintable(error));
    } else if (tryReconnect()) {
        return;
    }
    mReconnectDelay = std::min(mReconnectDelay * 2, mMaxReconnectDelay);
    scheduleReconnect();
}

bool SharedStore::tryReconnect()
{
    QString error;
    WorkspaceStore::Failure failure = WorkspaceStore::Failure::None;
    QString notice;
    int version = 0;
    mConnectTimeout = 2; // the server just answered the probe
    if (!connectAll(&error, &failure, &notice, &version)) {
        qCInfo(lcShared, "reconnecting to %s failed: %s", qPrintable(location()),
               qPrintable(error));
        closeConnections();
        return false;
    }
    qCInfo(lcShared, "reconnected to %s", qPrintable(location()));
    setReadOnlyState([this] { mConnected = true; });
    emit connectionChanged(true);
    startLiveUpdates();
    catchUp(); // whatever others did meanwhile
    return true;
}

} // namespace Parcours
