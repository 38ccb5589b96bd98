#include "versions/saveversiondialog.h"

#include "document/workspacedocument.h"
#include "store/workspaceversions.h"
#include "versions/versionaccess.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QString sentence(const QString &reason)
{
    return reason.isEmpty() ? reason : reason.front().toUpper() + reason.mid(1) + u'.';
}

} // namespace

SaveVersionDialog::SaveVersionDialog(const std::vector<VersionInfo> &taken, const QString &author,
                                     QWidget *parent)
    : QDialog(parent)
    , mTaken(taken)
    , mLabel(new QLineEdit)
    , mProblem(new QLabel)
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Save Version"));
    setObjectName(u"saveVersionDialog"_s);
    auto *intro = new QLabel(tr("A version keeps the workspace as it is on screen now, with "
                                "its label, the date and your name. It never changes; you can "
                                "open it, compare it or restore it from View > Versions."));
    intro->setWordWrap(true);
    mLabel->setObjectName(u"versionLabel"_s);
    mLabel->setPlaceholderText(tr("e.g. Post-workshop baseline"));
    mLabel->setAccessibleName(tr("Version label"));
    mProblem->setObjectName(u"versionLabelProblem"_s);
    mProblem->setWordWrap(true);
    mProblem->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout;
    form->addRow(tr("&Label:"), mLabel);
    form->addRow(tr("Author:"), new QLabel(author));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(mProblem);
    layout->addWidget(mButtons);
    mButtons->button(QDialogButtonBox::Ok)->setText(tr("&Save Version"));
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mLabel, &QLineEdit::textChanged, this, &SaveVersionDialog::check);
    check();
    resize(440, sizeHint().height());
}

QString SaveVersionDialog::label() const
{
    return mLabel->text().trimmed();
}

void SaveVersionDialog::check()
{
    const QString reason = WorkspaceVersions::refusedLabel(label(), mTaken);
    mProblem->setText(sentence(reason));
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
}

QString SaveVersionDialog::saveVersion(WorkspaceDocument &document, QWidget *parent)
{
    VersionAccess versions(&document);
    std::optional<std::vector<VersionInfo>> taken = versions.list();
    if (!taken || !versions.canSave()) {
        QMessageBox::warning(parent, tr("Cannot save a version"),
                             taken ? document.readOnlyReason() : versions.error());
        return {};
    }
    SaveVersionDialog dialog(*taken, versions.author(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (!versions.save(dialog.label())) {
        QMessageBox::warning(parent, tr("Cannot save a version"), sentence(versions.error()));
        return {};
    }
    return dialog.label();
}

} // namespace Parcours
