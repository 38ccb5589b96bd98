#include "sharedbanner.h"

#include "sharedstore.h"
#include "workspacedocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Parcours {

SharedBanner::SharedBanner(QWidget *parent)
    : QFrame(parent)
    , mIcon(new QLabel)
    , mText(new QLabel)
    , mClose(new QToolButton)
{
    setObjectName(u"sharedBanner"_s);
    setAccessibleName(tr("Shared workspace status"));
    mText->setWordWrap(true);
    mText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mClose->setAutoRaise(true);
    mClose->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    mClose->setToolTip(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(mIcon);
    layout->addWidget(mText, 1);
    layout->addWidget(mClose, 0, Qt::AlignTop);
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
    hide();
}

void SharedBanner::setDocument(WorkspaceDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mNotice.clear();
    if (mDocument) {
        connect(mDocument, &WorkspaceDocument::readOnlyChanged, this, [this](bool readOnly) {
            if (!readOnly)
                mNotice.clear(); // e.g. "not saved: disconnected" is over
            refresh();
        });
        connect(mDocument, &WorkspaceDocument::filePathChanged, this, &SharedBanner::refresh);
        connect(mDocument, &WorkspaceDocument::editRefused, this, &SharedBanner::showNotice);
    }
    refresh();
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
    if (shared && !shared->isConnected()) {
        text = tr("<b>Connection to the server lost.</b> Reconnecting\u2026 What you see stays "
                  "read-only until then; every change reported as saved is safe on the server.");
        icon = QStyle::SP_MessageBoxWarning;
        background = u"#f9d7d7"_s;
    } else if (!mNotice.isEmpty()) {
        text = mNotice.toHtmlEscaped();
        icon = QStyle::SP_MessageBoxWarning;
        background = u"#fff1c2"_s;
    } else if (shared && mDocument->isReadOnly()) {
        text = mDocument->readOnlyReason().toHtmlEscaped();
    }
    mClose->setVisible(!mNotice.isEmpty() && !(shared && !shared->isConnected()));
    mText->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    mIcon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    setStyleSheet(u"#sharedBanner { background: %1; border-bottom: 1px solid #8a8886; }"
                  " #sharedBanner QLabel { color: #201f1e; }"_s.arg(background));
    setVisible(!text.isEmpty());
}

} // namespace Parcours
