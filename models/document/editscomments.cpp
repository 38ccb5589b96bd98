#include "document/editscomments.h"

#include "document/commands.h"
#include "document/entityfields.h"
#include "document/entitykinds.h"
#include "shared/sharedstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Parcours::Edit {

namespace {

// The context lupdate files this namespace's tr() calls under, as in edits.cpp.
QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::Edit", text);
}

Comment newComment(const QString &author, const QString &text, const QDateTime &time)
{
    Comment c;
    c.id = newId();
    c.author = author;
    c.text = text;
    const QDateTime when = time.isValid() ? time : QDateTime::currentDateTimeUtc();
    // To the second, as files and JSON keep it: what is saved reads back equal.
    c.time = QDateTime::fromSecsSinceEpoch(when.toSecsSinceEpoch(), Qt::UTC);
    return c;
}

// Like WorkspaceDocument::acceptsEdits(), also true for a viewer who may comment (issue 23);
// a viewer without the grant is told how to get it.
bool acceptsComment(WorkspaceDocument &doc)
{
    if (canComment(doc))
        return true;
    const SharedStore *shared = doc.sharedStore();
    if (shared && shared->isConnected() && !shared->canEdit()) {
        const QString user = shared->workspaceLocation().user;
        emit doc.editRefused(tr("Not commented: %1 An administrator can let you comment with "
                                "parcours admin init-server --commenter %2.")
                                 .arg(doc.readOnlyReason(), user.isEmpty() ? u"USER"_s : user));
        return false;
    }
    return doc.acceptsEdits(); // says why
}

} // namespace

bool canComment(const WorkspaceDocument &doc)
{
    if (const SharedStore *shared = doc.sharedStore())
        return shared->canComment();
    return !doc.isReadOnly();
}

Id addCommentThread(WorkspaceDocument &doc, const CommentTarget &target, const QString &author,
                    const QString &text, const QDateTime &time)
{
    if (text.trimmed().isEmpty() || !commentTargetExists(doc.workspace(), target)
        || !acceptsComment(doc))
        return 0;
    CommentThread thread;
    thread.id = newId();
    thread.target = target;
    thread.comments.push_back(newComment(author, text, time));
    const int at = int(doc.workspace().comments.size());
    doc.undoStack()->push(new Commands::InsertEntity(
        doc, tr("Add Comment"), EntityRef::commentThread(thread.id), at, thread));
    return thread.id;
}

Id replyToCommentThread(WorkspaceDocument &doc, Id threadId, const QString &author,
                        const QString &text, const QDateTime &time)
{
    const CommentThread *thread = doc.workspace().commentThread(threadId);
    if (!thread || text.trimmed().isEmpty() || !acceptsComment(doc))
        return 0;
    const Comment reply = newComment(author, text, time);
    doc.undoStack()->push(new Commands::InsertEntity(doc, tr("Reply to Comment"),
                                                     EntityRef::comment(threadId, reply.id),
                                                     int(thread->comments.size()), reply));
    return reply.id;
}

bool setCommentThreadResolved(WorkspaceDocument &doc, Id threadId, bool resolved)
{
    const CommentThread *thread = doc.workspace().commentThread(threadId);
    if (!thread || thread->resolved == resolved || !acceptsComment(doc))
        return false;
    doc.undoStack()->push(
        new Commands::SetField(doc, resolved ? tr("Resolve Comment") : tr("Reopen Comment"),
                               EntityRef::commentThread(threadId), Field::CommentThreadResolved,
                               thread->resolved, resolved, false));
    return true;
}

bool editComment(WorkspaceDocument &doc, Id threadId, Id commentId, const QString &author,
                 const QString &text)
{
    const CommentThread *thread = doc.workspace().commentThread(threadId);
    const Comment *comment = thread ? findById(thread->comments, commentId) : nullptr;
    if (!comment || comment->author != author || comment->text == text || text.trimmed().isEmpty()
        || !acceptsComment(doc))
        return false;
    doc.undoStack()->push(new Commands::SetField(doc, tr("Edit Comment"),
                                                 EntityRef::comment(threadId, commentId),
                                                 Field::CommentText, comment->text, text, false));
    return true;
}

bool deleteComment(WorkspaceDocument &doc, Id threadId, Id commentId)
{
    const CommentThread *thread = doc.workspace().commentThread(threadId);
    const int at = thread ? indexOfId(thread->comments, commentId) : -1;
    if (at < 0)
        return false;
    if (at == 0)
        return deleteCommentThread(doc, threadId);
    if (!acceptsComment(doc))
        return false;
    doc.undoStack()->push(new Commands::RemoveEntity(doc, tr("Delete Comment"),
                                                     EntityRef::comment(threadId, commentId)));
    return true;
}

bool deleteCommentThread(WorkspaceDocument &doc, Id threadId)
{
    if (!doc.workspace().commentThread(threadId) || !acceptsComment(doc))
        return false;
    doc.undoStack()->push(new Commands::RemoveEntity(doc, tr("Delete Comment Thread"),
                                                     EntityRef::commentThread(threadId)));
    return true;
}

void retargetCommentThreads(WorkspaceDocument &doc, const CommentTarget &from,
                            const CommentTarget &to, const QString &text, QUndoCommand *parent)
{
    const QString toKey = commentTargetKey(to);
    for (const CommentThread &thread : doc.workspace().comments) {
        if (thread.target != from)
            continue;
        new Commands::SetField(doc, text, EntityRef::commentThread(thread.id),
                               Field::CommentThreadTarget, commentTargetKey(from), toKey, false,
                               parent);
    }
}

} // namespace Parcours::Edit
