#include "workspace/sharedbanner.h"

#include "document/workspacedocument.h"
#include "shared/sharedstore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Parcours {

SharedBanner::SharedBanner(QWidget *parent)
    : QToolBar(tr("Shared workspace status"), parent)
    , mFrame(new QWidget)
    , mIcon(new QLabel)
    , mText(new QLabel)
    , mRetry(new QToolButton)
    , mClose(new QToolButton)
{
    setObjectName(u"sharedBanner"_s);
    setAccessibleName(tr("Shared workspace status"));
    setMovable(false);
    setFloatable(false);
    toggleViewAction()->setVisible(false); // not for the user to hide
    mFrame->setObjectName(u"sharedBannerFrame"_s);
    mFrame->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(mFrame);
    // One line (a toolbar has no height-for-width); the whole text is in the tooltip.
    mText->setWordWrap(false);
    // Never wider than the window lets it be (the tooltip has all of it).
    mText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    mText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mRetry->setObjectName(u"sharedBannerRetry"_s);
    mRetry->setText(tr("Retry Now"));
    mRetry->setToolTip(tr("Try to reach the server now rather than at the next attempt"));
    connect(mRetry, &QToolButton::clicked, this, [this] {
        if (SharedStore *shared = mDocument ? mDocument->sharedStore() : nullptr)
            shared->reconnectNow();
    });
    mClose->setAutoRaise(true);
    mClose->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    mClose->setToolTip(tr("Dismiss"));
    auto *layout = new QHBoxLayout(mFrame);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(mIcon);
    layout->addWidget(mText, 1);
    layout->addWidget(mRetry);
    layout->addWidget(mClose);
    mNoticeTimer.setSingleShot(true);
    mNoticeTimer.setInterval(15000);
    connect(&mNoticeTimer, &QTimer::timeout, this, [this] {
        mNotice.clear();
        refresh();
    });
    connect(mClose, &QToolButton::clicked, this, [this] {
        mNotice.clear();
        refresh();
    });
    mCountdown.setInterval(250); // the seconds shown stay current
    connect(&mCountdown, &QTimer::timeout, this, &SharedBanner::refresh);
    hide();
}

void SharedBanner::setDocument(WorkspaceDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    if (mStore)
        disconnect(mStore, nullptr, this, nullptr);
    mDocument = document;
    mStore = nullptr;
    mNotice.clear();
    if (mDocument) {
        connect(mDocument, &WorkspaceDocument::readOnlyChanged, this, [this](bool readOnly) {
            if (!readOnly)
                mNotice.clear(); // e.g. "not saved: disconnected" is over
            refresh();
        });
        connect(mDocument, &WorkspaceDocument::filePathChanged, this, &SharedBanner::refresh);
        connect(mDocument, &WorkspaceDocument::editRefused, this, &SharedBanner::showNotice);
        followStore();
    }
    refresh();
}

void SharedBanner::followStore()
{
    mStore = mDocument->sharedStore();
    if (mStore) {
        connect(mStore, &SharedStore::reconnectStateChanged, this, &SharedBanner::refresh);
        connect(mStore, &SharedStore::connectionChanged, this, &SharedBanner::refresh);
    }
}

void SharedBanner::showNotice(const QString &message)
{
    mNotice = message;
    mNoticeTimer.start();
    refresh();
}

QString SharedBanner::text() const
{
    return isHidden() ? QString() : mText->text();
}

void SharedBanner::refresh()
{
    const SharedStore *shared = mDocument ? mDocument->sharedStore() : nullptr;
    QString text;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString background = u"#dbeaf7"_s; // information
    const bool disconnected = shared && !shared->isConnected();
    if (disconnected) {
        // Whole seconds, rounded up: "in 0 s" would be untrue.
        const int seconds = (shared->msecsUntilReconnect() + 999) / 1000;
        const QString when = shared->isReconnecting() || seconds == 0
            ? tr("Reconnecting now\u2026")
            : tr("Reconnecting in %n s.", nullptr, seconds);
        // An edit refused meanwhile (see WorkspaceDocument::editRefused) is said here: the
        // reason, the lost connection, is already.
        text = (mNotice.isEmpty() ? tr("<b>Connection to the server lost.</b> %1 Read-only "
                                       "until then; every change reported as saved is safe.")
                                  : tr("<b>Connection to the server lost: your last change was "
                                       "not saved.</b> %1 Read-only until then; every change "
                                       "reported as saved is safe."))
                   .arg(when);
        // Why, when known: e.g. which server did not answer in time (never its password).
        if (const QString why = shared->lostReason(); !why.isEmpty())
            text += u"<br>"_s + tr("Cause: %1.").arg(why.toHtmlEscaped());
        icon = QStyle::SP_MessageBoxWarning;
        background = u"#f9d7d7"_s;
    } else if (!mNotice.isEmpty()) {
        text = mNotice.toHtmlEscaped();
        icon = QStyle::SP_MessageBoxWarning;
        background = u"#fff1c2"_s;
    } else if (shared && mDocument->isReadOnly()) {
        text = mDocument->readOnlyReason().toHtmlEscaped();
    }
    mClose->setVisible(!mNotice.isEmpty() && !disconnected);
    mRetry->setVisible(disconnected);
    mRetry->setEnabled(disconnected && !shared->isReconnecting());
    if (disconnected && !mCountdown.isActive())
        mCountdown.start();
    else if (!disconnected)
        mCountdown.stop();
    if (mText->text() != text) {
        mText->setText(text);
        mText->setToolTip(text);
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    mIcon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    if (background != mBackground) {
        mBackground = background;
        setStyleSheet(u"#sharedBanner { background: %1; border: none;"
                      " border-bottom: 1px solid #8a8886; padding: 0; }"
                      " #sharedBanner QLabel { color: #201f1e; }"_s.arg(background));
    }
    setVisible(!text.isEmpty());
}

} // namespace Parcours
