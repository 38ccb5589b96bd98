#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace Parcours {

class OpportunityFilterModel;
class OpportunityTableModel;
class VoteMode;
class WorkspaceDocument;

// The opportunities board (issue 20): a sortable, filterable table of the workspace's
// opportunities, ranked by score at first. Add, edit in place and delete go through the undo
// stack, one step each.
class OpportunityBoard final : public QWidget
{
    Q_OBJECT

public:
    explicit OpportunityBoard(QWidget *parent = nullptr);

    void setDocument(WorkspaceDocument *document);

    QTableView *table() const { return mTable; }
    OpportunityTableModel *model() const { return mModel; }
    OpportunityFilterModel *filterModel() const { return mFilter; }
    QLineEdit *searchBox() const { return mSearch; }
    QComboBox *statusBox() const { return mStatus; }
    QComboBox *quadrantBox() const { return mQuadrant; }
    VoteMode *voteMode() const { return mVoteMode; }

    // A blank opportunity, selected with its title open for editing.
    void addOpportunity();
    void deleteSelected();
    // Selects an opportunity's row (clearing filters that hide it).
    void select(qint64 opportunity);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<WorkspaceDocument> mDocument;
    OpportunityTableModel *mModel;
    OpportunityFilterModel *mFilter;
    QTableView *mTable;
    QLineEdit *mSearch;
    QComboBox *mStatus;
    QComboBox *mQuadrant;
    QAction *mAddAction;
    QAction *mDeleteAction;
    VoteMode *mVoteMode;
};

} // namespace Parcours
