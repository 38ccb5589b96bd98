#include "passwordkeychain.h"

#ifdef PARCOURS_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>
#endif

using namespace Qt::StringLiterals;

namespace Parcours::PasswordKeychain {

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

bool store(const WorkspaceLocation &location)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(location.keychainKey());
    job.setTextData(location.password);
    return runJob(job);
}

QString find(const WorkspaceLocation &location)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(location.keychainKey());
    return runJob(job) ? job.textData() : QString();
}

#else

bool isAvailable()
{
    return false;
}

bool store(const WorkspaceLocation &)
{
    return false;
}

QString find(const WorkspaceLocation &)
{
    return {};
}

#endif

} // namespace Parcours::PasswordKeychain
