#pragma once

#include "domain/workspace.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace Parcours {

// The window's first page when no workspace is open: start an empty workspace, start from a
// template (one per retention type), open a file, a recent file or the bundled sample.
// Every choice is a keyboard-reachable button or list row with an accessible name.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    // A starting point offered on this page and in File > New from Template.
    struct Template
    {
        QString key; // "saas", "seasonal", "service": a JourneyTemplates::Kind
        RetentionType retentionType;
        QString title;
        QString description;
        QString workspaceName; // the new workspace's name
        QString icon;
    };
    static QList<Template> templates();

    explicit WelcomePage(QWidget *parent = nullptr);

    // Paths, most recent first; those that no longer exist are left out.
    void setRecentFiles(const QStringList &paths);
    QListWidget *recentList() const { return mRecent; }

signals:
    void newWorkspaceRequested();
    void templateRequested(const QString &key);
    void openRequested();
    void sampleRequested();
    void recentFileRequested(const QString &path);

private:
    QListWidget *mRecent;
};

} // namespace Parcours
