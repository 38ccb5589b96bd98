#include "comments/commentthreadsmodel.h"

#include "comments/commenttargetname.h"
#include "document/workspacedocument.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// Every item a thread may be about, gathered once: a rebuild with 5,000 threads then looks
// each one up instead of walking the journeys for it (commentTargetExists()).
class ExistingItems
{
public:
    explicit ExistingItems(const Workspace &w)
    {
        for (const Journey &j : w.journeys) {
            QSet<Id> lanes;
            for (const Lane &l : j.lanes)
                lanes.insert(l.id);
            for (const Stage &s : j.stages) {
                mIds.insert({j.id, s.id});
                for (const Step &step : s.steps)
                    mIds.insert({j.id, step.id});
            }
            mLanes.insert(j.id, lanes);
        }
        for (const Persona &p : w.personas) {
            mPersonas.insert(p.id);
            for (const UseCase &u : p.useCases)
                mIds.insert({p.id, u.id});
        }
        for (const Opportunity &o : w.opportunities)
            mOpportunities.insert(o.id);
    }

    bool contains(const CommentTarget &t) const
    {
        if (t.kind == CommentTarget::Kind::Persona)
            return mPersonas.contains(t.id);
        if (t.kind == CommentTarget::Kind::Opportunity)
            return mOpportunities.contains(t.id);
        if (!mIds.contains({t.parent, t.id}))
            return false;
        return t.kind != CommentTarget::Kind::Cell || mLanes.value(t.parent).contains(t.lane);
    }

private:
    QSet<std::pair<Id, Id>> mIds; // (journey, stage or step), (persona, use case)
    QSet<Id> mPersonas;
    QSet<Id> mOpportunities;
    QHash<Id, QSet<Id>> mLanes; // by journey
};

} // namespace

CommentThreadsModel::CommentThreadsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CommentThreadsModel::setDocument(WorkspaceDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (mDocument)
        connect(mDocument, &WorkspaceDocument::changed, this, &CommentThreadsModel::onChanged);
    rebuild();
}

void CommentThreadsModel::setShowResolved(bool show)
{
    if (show == mShowResolved)
        return;
    mShowResolved = show;
    rebuild();
}

void CommentThreadsModel::rebuild()
{
    beginResetModel();
    mRows.clear();
    if (mDocument) {
        const Workspace &w = mDocument->workspace();
        const ExistingItems items(w);
        mRows.reserve(w.comments.size());
        for (size_t i = 0; i < w.comments.size(); ++i) {
            const CommentThread &t = w.comments[i];
            if ((mShowResolved || !t.resolved) && items.contains(t.target))
                mRows.push_back(int(i));
        }
    }
    endResetModel();
}

void CommentThreadsModel::onChanged(const ChangeEvent &event)
{
    const EntityKind kind = event.entity.kind;
    // Threads come and go with their own edits and with their items (deleted, undone); a
    // renamed item only renames the Item column.
    if (kind == EntityKind::CommentThread || kind == EntityKind::Comment
        || event.type != ChangeEvent::FieldChanged) {
        rebuild();
    } else if (!mRows.empty()) {
        emit dataChanged(index(0, ItemColumn), index(rowCount() - 1, ItemColumn),
                         {Qt::DisplayRole});
    }
}

const CommentThread *CommentThreadsModel::thread(int row) const
{
    if (!mDocument || row < 0 || row >= int(mRows.size()))
        return nullptr;
    const auto &threads = mDocument->workspace().comments;
    const auto at = size_t(mRows[size_t(row)]);
    return at < threads.size() ? &threads[at] : nullptr;
}

int CommentThreadsModel::rowOf(Id id) const
{
    for (int row = 0; row < int(mRows.size()); ++row) {
        if (thread(row)->id == id)
            return row;
    }
    return -1;
}

int CommentThreadsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int CommentThreadsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommentThreadsModel::data(const QModelIndex &index, int role) const
{
    const CommentThread *t = thread(index.row());
    if (!t || t->comments.empty())
        return {};
    if (role == ThreadIdRole)
        return t->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Comment &first = t->comments.front();
    switch (index.column()) {
    case ItemColumn: return commentTargetName(mDocument->workspace(), t->target);
    case TextColumn: return role == Qt::ToolTipRole ? first.text : first.text.section(u'\n', 0, 0);
    case AuthorColumn: return first.author;
    case RepliesColumn: return int(t->comments.size()) - 1;
    case StatusColumn: return t->resolved ? tr("Resolved") : tr("Open");
    }
    return {};
}

QVariant CommentThreadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn: return tr("Item");
    case TextColumn: return tr("Comment");
    case AuthorColumn: return tr("By");
    case RepliesColumn: return tr("Replies");
    case StatusColumn: return tr("Status");
    }
    return {};
}

} // namespace Parcours
