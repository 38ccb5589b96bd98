#pragma once

#include "document/workspacedocument.h"
#include "domain/workspace.h"
#include "store/workspacelocation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Parcours {

// Where a shared workspace is: host, port, database, user, TLS mode, workspace name, and an
// optional password (else PGPASSWORD, ~/.pgpass or the system keychain). Shows the equivalent
// postgresql:// location for the command line. Remembers the last location, never a password
// in plain text.
class SharedWorkspaceDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Open, Publish };
    explicit SharedWorkspaceDialog(Purpose purpose, QWidget *parent = nullptr);

    // With the password typed, if any.
    WorkspaceLocation location() const;
    void setLocation(const WorkspaceLocation &location);
    bool replaceExisting() const;
    bool rememberPassword() const;

    void accept() override;

    // The whole File > Publish… flow for `workspace`: this dialog, progress (cancellable), and
    // the error if any. Returns where it was published, or nullopt.
    static std::optional<WorkspaceLocation> publish(const Workspace &workspace, QWidget *parent);
    // Opens the shared workspace at `location` (whose server answered reachServer()) for a
    // window: reads it off the GUI thread behind a cancellable progress dialog, then connects
    // at the window's pace (SharedStore::readSnapshot()). No document and no error: cancelled.
    static WorkspaceDocument::OpenResult open(const WorkspaceLocation &location, QWidget *parent);
    // The password for `location` when it has none: the keychain's, or asked for when
    // `failure` (the last attempt's error) says the server wants one. False when cancelled or
    // there is nothing to add.
    static bool findPassword(WorkspaceLocation *location, const QString &failure, QWidget *parent);

    enum class Reach { Answers, Fails, Cancelled };
    // Whether the server of `location` lets its user in, found out off the GUI thread behind
    // a cancellable progress dialog (an unreachable host keeps libpq waiting for its whole
    // connect timeout), with the password found as findPassword() does. `error` says why it
    // failed.
    static Reach reachServer(WorkspaceLocation *location, QWidget *parent, QString *error);

private:
    static Reach probeServer(const WorkspaceLocation &location, QWidget *parent, QString *error);

    void updateState();

    Purpose mPurpose;
    QLineEdit *mHost;
    QSpinBox *mPort;
    QLineEdit *mDatabase;
    QLineEdit *mUser;
    QLineEdit *mPassword;
    QCheckBox *mRemember;
    QComboBox *mSslMode;
    QLineEdit *mWorkspace;
    QCheckBox *mReplace = nullptr;
    QLabel *mUrl;
    QLabel *mProblem;
    QDialogButtonBox *mButtons;
};

} // namespace Parcours
