#pragma once

#include <QPointer>
#include <QTimer>
#include <QToolBar>

class QLabel;
class QToolButton;

namespace Parcours {

class SharedStore;
class WorkspaceDocument;

// A strip across the window, under the toolbars, for what a user of a shared workspace must
// know now: the connection to the server is lost (what is on screen is read-only; nothing
// saved is lost), they have view-only access, or a change of theirs was refused (someone
// else changed the same thing). A fixed toolbar, hidden when there is nothing to say. While
// disconnected it counts down to the next attempt to reconnect and offers to retry now.
class SharedBanner final : public QToolBar
{
    Q_OBJECT

public:
    explicit SharedBanner(QWidget *parent = nullptr);

    void setDocument(WorkspaceDocument *document);
    // A passing message (e.g. a refused edit); it stays until closed or for 15 seconds.
    void showNotice(const QString &message);
    QString text() const;

private:
    void refresh();
    void followStore();

    QPointer<WorkspaceDocument> mDocument;
    QPointer<SharedStore> mStore; // the one followed (its countdown)
    QWidget *mFrame;
    QLabel *mIcon;
    QLabel *mText;
    QToolButton *mRetry;
    QToolButton *mClose;
    QString mNotice;
    QString mBackground;
    QTimer mNoticeTimer;
    QTimer mCountdown;
};

} // namespace Parcours
