#include "workspace/sharedworkspacedialog.h"

#include "common/themetint.h"
#include "shared/serverprobe.h"
#include "shared/sharedserver.h"
#include "shared/sharedstore.h"
#include "workspace/backgroundwork.h"
#include "workspace/passwordkeychain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {
const QString lastLocationKey = u"shared/lastLocation"_s;
}

SharedWorkspaceDialog::SharedWorkspaceDialog(Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , mPurpose(purpose)
    , mHost(new QLineEdit)
    , mPort(new QSpinBox)
    , mDatabase(new QLineEdit)
    , mUser(new QLineEdit)
    , mPassword(new QLineEdit)
    , mRemember(new QCheckBox(tr("Remember in the system keychain")))
    , mSslMode(new QComboBox)
    , mWorkspace(new QLineEdit)
    , mUrl(new QLabel)
    , mProblem(new QLabel)
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(purpose == Purpose::Open ? tr("Open Shared Workspace")
                                            : tr("Publish to a Server"));
    mHost->setPlaceholderText(tr("e.g. db.example.com"));
    mPort->setRange(1, 65535);
    mPort->setValue(5432);
    mDatabase->setPlaceholderText(tr("same as the user name"));
    mUser->setPlaceholderText(tr("your database user"));
    mPassword->setEchoMode(QLineEdit::Password);
    mPassword->setPlaceholderText(tr("from PGPASSWORD, ~/.pgpass or the keychain"));
    mRemember->setEnabled(PasswordKeychain::isAvailable());
    if (!PasswordKeychain::isAvailable())
        mRemember->setToolTip(tr("This build of Parcours has no keychain support."));
    mSslMode->addItem(tr("Prefer TLS"), u"prefer"_s);
    mSslMode->addItem(tr("Require TLS"), u"require"_s);
    mSslMode->addItem(tr("Require TLS, verify the server's certificate"), u"verify-full"_s);
    mSslMode->addItem(tr("Require TLS, verify the certificate authority"), u"verify-ca"_s);
    mSslMode->addItem(tr("No TLS"), u"disable"_s);
    mWorkspace->setPlaceholderText(tr("lower-case letters, digits, _"));
    setMinimumWidth(480);
    mUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mUrl->setWordWrap(true);
    mProblem->setWordWrap(true);
    mProblem->setStyleSheet(u"color: %1"_s.arg(ThemeTint::errorText(palette()).name()));

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), mHost);
    form->addRow(tr("&Port:"), mPort);
    form->addRow(tr("&Database:"), mDatabase);
    form->addRow(tr("&User:"), mUser);
    form->addRow(tr("Pass&word:"), mPassword);
    form->addRow(QString(), mRemember);
    form->addRow(tr("&Encryption:"), mSslMode);
    form->addRow(tr("&Workspace:"), mWorkspace);
    if (purpose == Purpose::Publish) {
        mReplace = new QCheckBox(tr("&Replace the workspace's content if it has some"));
        form->addRow(QString(), mReplace);
    }
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        purpose == Purpose::Open
            ? tr("A shared workspace lives on your team's PostgreSQL server; everyone who opens "
                 "it sees the others' changes within a second.")
            : tr("Copies this workspace to your team's PostgreSQL server, where several people "
                 "can open and edit it at once."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Command line:")));
    layout->addWidget(mUrl);
    layout->addWidget(mProblem);
    layout->addWidget(mButtons);
    mButtons->button(QDialogButtonBox::Ok)
        ->setText(purpose == Purpose::Open ? tr("&Open") : tr("&Publish"));
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {mHost, mDatabase, mUser, mWorkspace, mPassword})
        connect(edit, &QLineEdit::textChanged, this, &SharedWorkspaceDialog::updateState);
    connect(mPort, &QSpinBox::valueChanged, this, &SharedWorkspaceDialog::updateState);
    connect(mSslMode, &QComboBox::currentIndexChanged, this, &SharedWorkspaceDialog::updateState);

    const QString last = QSettings().value(lastLocationKey).toString();
    if (const std::optional<WorkspaceLocation> previous = WorkspaceLocation::parse(last);
        previous && previous->isShared())
        setLocation(*previous);
    updateState();
}

WorkspaceLocation SharedWorkspaceDialog::location() const
{
    WorkspaceLocation l;
    l.host = mHost->text().trimmed();
    l.port = mPort->value();
    l.database = mDatabase->text().trimmed();
    l.user = mUser->text().trimmed();
    l.password = mPassword->text();
    l.sslMode = mSslMode->currentData().toString();
    if (l.sslMode == u"prefer")
        l.sslMode.clear(); // libpq's default
    l.workspace = mWorkspace->text().trimmed();
    return l;
}

void SharedWorkspaceDialog::setLocation(const WorkspaceLocation &location)
{
    mHost->setText(location.host);
    mPort->setValue(location.port);
    mDatabase->setText(location.database);
    mUser->setText(location.user);
    mPassword->setText(location.password);
    const int ssl = mSslMode->findData(location.sslMode.isEmpty() ? u"prefer"_s : location.sslMode);
    mSslMode->setCurrentIndex(ssl < 0 ? 0 : ssl);
    mWorkspace->setText(location.workspace);
    updateState();
}

bool SharedWorkspaceDialog::replaceExisting() const
{
    return mReplace && mReplace->isChecked();
}

bool SharedWorkspaceDialog::rememberPassword() const
{
    return mRemember->isEnabled() && mRemember->isChecked() && !mPassword->text().isEmpty();
}

void SharedWorkspaceDialog::updateState()
{
    const WorkspaceLocation l = location();
    const bool valid = WorkspaceLocation::isValidWorkspaceName(l.workspace);
    mUrl->setText(u"<code>%1</code>"_s.arg(l.toString().toHtmlEscaped()));
    mProblem->setText(l.workspace.isEmpty() || valid
                          ? QString()
                          : tr("A workspace name has 1 to 40 lower-case letters, digits and _, "
                               "and starts with a letter."));
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void SharedWorkspaceDialog::accept()
{
    WorkspaceLocation remembered = location();
    remembered.password.clear();
    QSettings().setValue(lastLocationKey, remembered.toString());
    QString problem;
    if (rememberPassword() && !PasswordKeychain::store(location(), &problem)) {
        QMessageBox::warning(
            this, tr("Password not remembered"),
            tr("The password could not be kept in the system keychain: %1.\n\nParcours uses it "
               "until you quit; next time, type it again or keep it in ~/.pgpass.")
                .arg(problem));
    }
    QDialog::accept();
}

bool SharedWorkspaceDialog::findPassword(WorkspaceLocation *location, const QString &failure,
                                         QWidget *parent)
{
    if (!location->password.isEmpty())
        return false;
    if (failure.isEmpty()) {
        location->password = PasswordKeychain::find(*location);
        return !location->password.isEmpty();
    }
    if (!failure.contains(u"password"_s, Qt::CaseInsensitive))
        return false;
    bool ok = false;
    const QString password = QInputDialog::getText(
        parent, tr("Password"), tr("Password of %1 on %2:").arg(location->user, location->host),
        QLineEdit::Password, QString(), &ok);
    if (!ok || password.isEmpty())
        return false;
    location->password = password;
    return true;
}

SharedWorkspaceDialog::Reach SharedWorkspaceDialog::reachServer(WorkspaceLocation *location,
                                                                QWidget *parent, QString *error)
{
    findPassword(location, {}, parent); // from the keychain
    Reach reach = probeServer(*location, parent, error);
    if (reach == Reach::Fails && findPassword(location, *error, parent))
        reach = probeServer(*location, parent, error);
    return reach;
}

SharedWorkspaceDialog::Reach SharedWorkspaceDialog::probeServer(const WorkspaceLocation &location,
                                                                QWidget *parent, QString *error)
{
    // Owned by the application rather than this call: once cancelled, it ends on its own
    // after the connect timeout without keeping anyone waiting.
    auto *probe = new ServerProbe(location, 4, QCoreApplication::instance());
    connect(probe, &ServerProbe::finished, probe, &QObject::deleteLater);
    QProgressDialog progress(tr("Connecting to %1\u2026").arg(location.displayName()), tr("Cancel"),
                             0, 0, parent);
    progress.setWindowTitle(tr("Shared Workspace"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setValue(0); // starts the 400 ms (else Qt's first 4 s, the whole connect timeout)
    Reach reach = Reach::Cancelled;
    QEventLoop loop;
    connect(probe, &ServerProbe::finished, &loop,
            [&reach, &loop, error](bool reachable, const QString &why) {
                reach = reachable ? Reach::Answers : Reach::Fails;
                if (error)
                    *error = why;
                loop.quit();
            });
    connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    probe->start();
    loop.exec();
    return reach;
}

WorkspaceDocument::OpenResult SharedWorkspaceDialog::open(const WorkspaceLocation &location,
                                                          QWidget *parent)
{
    QProgressDialog progress(tr("Opening %1\u2026").arg(location.displayName()), tr("Cancel"), 0, 0,
                             parent);
    progress.setWindowTitle(tr("Shared Workspace"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    SharedStore::Snapshot snapshot;
    const bool cancelled = BackgroundWork::run(
        progress, [&location, &snapshot](const std::atomic<bool> &stop, const auto &) {
            snapshot = SharedStore::readSnapshot(location, &stop);
        });
    WorkspaceDocument::OpenResult result;
    if (cancelled)
        return result;
    // The server just answered: connecting waits for it at the window's pace.
    SharedStore::OpenResult opened = SharedStore::openSnapshot(location, std::move(snapshot));
    result.failure = opened.failure;
    result.error = opened.error;
    result.notice = opened.notice;
    if (opened.store)
        result.document
            = WorkspaceDocument::adopt(std::move(opened.store), std::move(opened.workspace));
    return result;
}

std::optional<WorkspaceLocation> SharedWorkspaceDialog::publish(const Workspace &workspace,
                                                                QWidget *parent)
{
    SharedWorkspaceDialog dialog(Purpose::Publish, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    WorkspaceLocation location = dialog.location();
    QString error;
    const Reach reach = reachServer(&location, parent, &error);
    if (reach == Reach::Cancelled)
        return std::nullopt;
    bool ok = reach == Reach::Answers;
    if (ok) {
        // Off the GUI thread: the server may take its reply deadline (15 s) to fail.
        QProgressDialog progress(tr("Publishing the workspace\u2026"), tr("Cancel"), 0, 100,
                                 parent);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(400);
        const bool replace = dialog.replaceExisting();
        // A copy: the window's workspace may change (others' edits) while it is written.
        const Workspace copy = workspace;
        BackgroundWork::run(
            progress,
            [&](const std::atomic<bool> &cancelled, const BackgroundWork::Report &report) {
                SharedServer::PublishOptions options;
                options.replace = replace;
                options.cancelled = &cancelled;
                options.progress = [&report, &cancelled](int done, int total) {
                    report(done, total);
                    return !cancelled;
                };
                ok = SharedServer::publish(location, copy, options, &error);
            });
    }
    if (!ok) {
        QMessageBox::warning(
            parent, tr("Cannot publish"),
            tr("The workspace was not published to %1:\n%2").arg(location.displayName(), error));
        return std::nullopt;
    }
    return location;
}

} // namespace Parcours
