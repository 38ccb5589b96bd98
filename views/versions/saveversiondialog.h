#pragma once

#include "domain/workspaceversion.h"

#include <QDialog>

#include <vector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Parcours {

class WorkspaceDocument;

// File > Save Version…: asks for the label of a new version of what is on screen (issue 23).
// An empty or taken label is refused in the dialog, with WorkspaceVersions' reason, before
// anything is written.
class SaveVersionDialog final : public QDialog
{
    Q_OBJECT

public:
    // `author`: who the version will name (VersionAccess::author()).
    SaveVersionDialog(const std::vector<VersionInfo> &taken, const QString &author,
                      QWidget *parent = nullptr);

    QString label() const;
    QLineEdit *labelField() const { return mLabel; }
    QLabel *problemLabel() const { return mProblem; }

    // Asks for a label and saves the version: the label saved, or empty when cancelled or when
    // saving failed (then said in a message box).
    static QString saveVersion(WorkspaceDocument &document, QWidget *parent);

private:
    void check();

    std::vector<VersionInfo> mTaken;
    QLineEdit *mLabel;
    QLabel *mProblem;
    QDialogButtonBox *mButtons;
};

} // namespace Parcours
