#pragma once

#include "document/workspacedocument.h"

#include <QDateTime>

class QUndoCommand;

// Comment threads on items (issue 23). Like edits.h: each call is one undoable command, or
// nothing (0 / false) when it does not apply (empty text, no such thread, read-only).
namespace Parcours::Edit {

// Whether comments can be written now: where the workspace can be edited, and in a shared
// workspace also by a viewer with the separate comment grant (SharedStore::canComment()).
// Commands that change only comments run then even though the workspace is read-only.
bool canComment(const WorkspaceDocument &doc);

// A new open thread on `target` with its first comment; the thread's id. `time` defaults to now.
Id addCommentThread(WorkspaceDocument &doc, const CommentTarget &target, const QString &author,
                    const QString &text, const QDateTime &time = {});
// A comment at the end of a thread; its id.
Id replyToCommentThread(WorkspaceDocument &doc, Id thread, const QString &author,
                        const QString &text, const QDateTime &time = {});
bool setCommentThreadResolved(WorkspaceDocument &doc, Id thread, bool resolved);
// Changes a comment's text; only its author may (`author` is who asks).
bool editComment(WorkspaceDocument &doc, Id thread, Id comment, const QString &author,
                 const QString &text);
// Deletes one comment; the thread's first comment deletes the whole thread.
bool deleteComment(WorkspaceDocument &doc, Id thread, Id comment);
bool deleteCommentThread(WorkspaceDocument &doc, Id thread);

// For edits that merge an item into another (steps, stages): child commands of `parent` that
// move the threads on `from` to `to`, so that they follow the item's content.
void retargetCommentThreads(WorkspaceDocument &doc, const CommentTarget &from,
                            const CommentTarget &to, const QString &text, QUndoCommand *parent);

// For imports, which give items fresh ids: each thread's item named by its new id (`newIds`:
// old id -> new id), the threads and comments given fresh ids; a thread whose item is not in
// `newIds` is left out.
void followImportedIds(std::vector<CommentThread> &threads, const QHash<Id, Id> &newIds);

} // namespace Parcours::Edit
