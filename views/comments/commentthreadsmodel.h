#pragma once

#include "document/changeevent.h"
#include "domain/comment.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace Parcours {

class WorkspaceDocument;

// The comment threads of a workspace, one row each (issue 23): those whose item is in the
// workspace, the open ones only unless showResolved. A row is an index into
// Workspace::comments; nothing per thread is built until a view asks for its data, so 5,000
// threads open at once (tests/bench/commentspanel_bench).
class CommentThreadsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, TextColumn, AuthorColumn, RepliesColumn, StatusColumn, ColumnCount };
    enum Role { ThreadIdRole = Qt::UserRole + 1 };

    explicit CommentThreadsModel(QObject *parent = nullptr);

    void setDocument(WorkspaceDocument *document);
    WorkspaceDocument *document() const { return mDocument; }
    void setShowResolved(bool show);
    bool showsResolved() const { return mShowResolved; }

    // The thread of a row, or nullptr; the row of a thread, or -1.
    const CommentThread *thread(int row) const;
    int rowOf(Id id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    void onChanged(const ChangeEvent &event);

    QPointer<WorkspaceDocument> mDocument;
    std::vector<int> mRows; // indexes into Workspace::comments
    bool mShowResolved = false;
};

} // namespace Parcours
