#include "workspace/passwordkeychain.h"

#include <QCoreApplication>
#include <QHash>

#ifdef PARCOURS_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>
#endif

using namespace Qt::StringLiterals;

namespace Parcours::PasswordKeychain {

namespace {

// Passwords given in this session, by keychain key: only in memory.
QHash<QString, QString> &sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::PasswordKeychain", text);
}

} // namespace

#ifdef PARCOURS_HAVE_KEYCHAIN

namespace {

const QString service = u"Parcours shared workspaces"_s;

// QtKeychain jobs are asynchronous; these are quick, so wait (bounded) for the answer.
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(10000);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}

} // namespace

bool isAvailable()
{
    return true;
}

bool store(const WorkspaceLocation &location, QString *error)
{
    sessionPasswords().insert(location.keychainKey(), location.password);
    QKeychain::WritePasswordJob job(service);
    job.setKey(location.keychainKey());
    job.setTextData(location.password);
    if (runJob(job))
        return true;
    if (error) {
        const QString detail = job.errorString();
        switch (job.error()) {
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied: *error = tr("the keychain denied access"); break;
        case QKeychain::NoError: *error = tr("the keychain did not answer"); break;
        default:
            // QtKeychain says "Unknown error" when no keychain service runs (no Secret Service
            // or KWallet on D-Bus).
            *error = tr("no keychain service is available (such as GNOME Keyring or KWallet)");
            if (!detail.isEmpty() && detail != u"Unknown error")
                *error += u" \u2014 "_s + detail;
        }
    }
    return false;
}

QString find(const WorkspaceLocation &location)
{
    QString known = sessionPasswords().value(location.keychainKey());
    if (!known.isEmpty())
        return known;
    QKeychain::ReadPasswordJob job(service);
    job.setKey(location.keychainKey());
    return runJob(job) ? job.textData() : QString();
}

#else

bool isAvailable()
{
    return false;
}

bool store(const WorkspaceLocation &location, QString *error)
{
    sessionPasswords().insert(location.keychainKey(), location.password);
    if (error)
        *error = tr("this build of Parcours has no keychain support");
    return false;
}

QString find(const WorkspaceLocation &location)
{
    return sessionPasswords().value(location.keychainKey());
}

#endif

} // namespace Parcours::PasswordKeychain
