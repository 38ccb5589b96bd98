#include "comments/commentspanel.h"

#include "comments/commenttargetname.h"
#include "comments/commentthreadsmodel.h"
#include "document/editscomments.h"
#include "document/workspacedocument.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parcours {

CommentsPanel::CommentsPanel(QWidget *parent)
    : QWidget(parent)
    , mModel(new CommentThreadsModel(this))
    , mFilter(new QComboBox)
    , mCount(new QLabel)
    , mList(new QTreeView)
    , mThread(new QTextBrowser)
    , mReply(new QPlainTextEdit)
    , mReplyButton(new QPushButton(tr("&Reply")))
    , mResolveButton(new QPushButton(tr("Re&solve")))
    , mShowButton(new QPushButton(tr("Show &Item")))
{
    setObjectName(u"commentsPanel"_s);
    mFilter->addItem(tr("Open threads"));
    mFilter->addItem(tr("All threads"));
    mFilter->setObjectName(u"commentsFilter"_s);
    connect(mFilter, &QComboBox::currentIndexChanged, this,
            [this](int index) { mModel->setShowResolved(index == 1); });

    mList->setObjectName(u"commentsList"_s);
    mList->setModel(mModel);
    mList->setRootIsDecorated(false);
    mList->setUniformRowHeights(true); // 5,000 rows: no row measured on its own
    mList->setAllColumnsShowFocus(true);
    mList->setSelectionMode(QAbstractItemView::SingleSelection);
    // Widths from the font, not from the rows: measuring 5,000 rows would be slow.
    QHeaderView *header = mList->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The item and the comment share what the small columns leave.
    header->setSectionResizeMode(CommentThreadsModel::ItemColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CommentThreadsModel::TextColumn, QHeaderView::Stretch);
    const QFontMetrics metrics(font());
    for (const int column :
         {int(CommentThreadsModel::AuthorColumn), int(CommentThreadsModel::RepliesColumn),
          int(CommentThreadsModel::StatusColumn)}) {
        const QString title = mModel->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(
            column,
            std::max(metrics.horizontalAdvance(title), metrics.averageCharWidth() * 8) + 16);
    }
    connect(mList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CommentsPanel::showCurrent);
    connect(mList, &QTreeView::activated, this, [this] { mShowButton->click(); });
    connect(mModel, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { mKeptSelection = currentThread(); });
    connect(mModel, &QAbstractItemModel::modelReset, this, [this] {
        mCount->setText(tr("Threads: %1").arg(mModel->rowCount()));
        if (mKeptSelection)
            selectThread(mKeptSelection);
        showCurrent();
    });

    mThread->setObjectName(u"commentsThread"_s);
    mThread->setOpenLinks(false);
    mReply->setObjectName(u"commentsReply"_s);
    mReplyButton->setObjectName(u"commentsReplyButton"_s);
    mResolveButton->setObjectName(u"commentsResolveButton"_s);
    mShowButton->setObjectName(u"commentsShowButton"_s);
    mReply->setPlaceholderText(tr("Write a reply…"));
    mReply->setTabChangesFocus(true);
    mReply->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    connect(mReplyButton, &QPushButton::clicked, this, &CommentsPanel::reply);
    connect(mResolveButton, &QPushButton::clicked, this, &CommentsPanel::toggleResolved);
    connect(mShowButton, &QPushButton::clicked, this, [this] {
        if (const CommentThread *t = mModel->thread(mList->currentIndex().row()))
            emit itemRequested(t->target);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(mFilter);
    top->addWidget(mCount, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mShowButton);
    buttons->addStretch(1);
    buttons->addWidget(mResolveButton);
    buttons->addWidget(mReplyButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(mList, 3);
    layout->addWidget(mThread, 2);
    layout->addWidget(mReply);
    layout->addLayout(buttons);
    showCurrent();
}

void CommentsPanel::setDocument(WorkspaceDocument *document)
{
    mDocument = document;
    mModel->setDocument(document);
}

Id CommentsPanel::currentThread() const
{
    const CommentThread *t = mModel->thread(mList->currentIndex().row());
    return t ? t->id : 0;
}

void CommentsPanel::selectThread(Id thread)
{
    const int row = mModel->rowOf(thread);
    if (row >= 0)
        mList->setCurrentIndex(mModel->index(row, 0));
}

Id CommentsPanel::addComment(const CommentTarget &target)
{
    if (!mDocument)
        return 0;
    const QString item = commentTargetName(mDocument->workspace(), target);
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Comment"), tr("Comment on %1:").arg(item), QString(), &ok);
    if (!ok)
        return 0;
    const Id thread = Edit::addCommentThread(*mDocument, target, commentAuthorName(), text);
    if (thread)
        selectThread(thread);
    return thread;
}

void CommentsPanel::showCurrent()
{
    const CommentThread *t = mModel->thread(mList->currentIndex().row());
    const bool editable = t && mDocument && Edit::canComment(*mDocument);
    mReply->setEnabled(editable);
    mReplyButton->setEnabled(editable);
    mResolveButton->setEnabled(editable);
    mShowButton->setEnabled(t != nullptr);
    mResolveButton->setText(t && t->resolved ? tr("Re&open") : tr("Re&solve"));
    if (!t) {
        mThread->clear();
        return;
    }
    // Comment text is the user's: escaped, never read as markup.
    QString html;
    const QLocale locale;
    for (const Comment &c : t->comments) {
        html += u"<p><b>%1</b> <span style=\"color:gray\">%2</span><br>%3</p>"_s.arg(
            c.author.toHtmlEscaped(),
            locale.toString(c.time.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(),
            c.text.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    }
    mThread->setHtml(html);
}

void CommentsPanel::reply()
{
    const Id thread = currentThread();
    if (!thread || !mDocument)
        return;
    if (Edit::replyToCommentThread(*mDocument, thread, commentAuthorName(), mReply->toPlainText()))
        mReply->clear();
}

void CommentsPanel::toggleResolved()
{
    const CommentThread *t = mModel->thread(mList->currentIndex().row());
    if (t && mDocument)
        Edit::setCommentThreadResolved(*mDocument, t->id, !t->resolved);
}

} // namespace Parcours
