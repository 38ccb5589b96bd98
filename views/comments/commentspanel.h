#pragma once

#include "domain/comment.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace Parcours {

class CommentThreadsModel;
class WorkspaceDocument;

// The Comments panel (issue 23, a dock of the window): the open threads (or all) with their
// item, first comment, author, replies and status; the selected thread's comments below, with
// Reply, Resolve / Reopen and Show Item. Every change is an undo step (document/editscomments.h).
class CommentsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CommentsPanel(QWidget *parent = nullptr);

    void setDocument(WorkspaceDocument *document);
    QTreeView *list() const { return mList; }
    CommentThreadsModel *model() const { return mModel; }
    // Asks for a first comment on `target` and opens a thread with it; the thread's id, or 0
    // when cancelled. The panel then shows and selects it.
    Id addComment(const CommentTarget &target);
    void selectThread(Id thread);
    Id currentThread() const;
    // Reply and Resolve follow whether comments can be written now (e.g. a viewer's grant).
    void refreshActions() { showCurrent(); }

signals:
    // "Show Item" or a double click: the window selects the thread's item.
    void itemRequested(const Parcours::CommentTarget &target);

private:
    void showCurrent();
    void reply();
    void toggleResolved();

    WorkspaceDocument *mDocument = nullptr;
    CommentThreadsModel *mModel;
    QComboBox *mFilter;
    QLabel *mCount;
    QTreeView *mList;
    QTextBrowser *mThread;
    QPlainTextEdit *mReply;
    QPushButton *mReplyButton;
    QPushButton *mResolveButton;
    QPushButton *mShowButton;
    Id mKeptSelection = 0; // across a reset of the model
};

} // namespace Parcours
