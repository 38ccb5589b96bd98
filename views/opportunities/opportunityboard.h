#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <vector>

class QComboBox;
class QLineEdit;
class QSplitter;
class QTableView;

namespace Parcours {

class OpportunityFilterModel;
class OpportunityTableModel;
class VoteMode;
class ValueEffortMatrix;
class WorkspaceDocument;

// The opportunities board (issue 20): a sortable, filterable table of the workspace's
// opportunities, ranked by score at first, beside their value–effort matrix (a splitter whose
// state is remembered). Filters: status, quadrant, journey, persona, owner, search text; the
// matrix shows the rows they keep; clicking a bubble selects its row and the current row's
// bubble is ringed. Add, edit in place and delete go through the undo stack, one step each.
// "Print Board…" and "Export Board…" make a poster of what the filters keep.
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
    QComboBox *journeyBox() const { return mJourney; }
    QComboBox *personaBox() const { return mPersona; }
    QComboBox *ownerBox() const { return mOwner; }
    ValueEffortMatrix *matrix() const { return mMatrix; }
    QSplitter *splitter() const { return mSplitter; }
    QAction *printAction() const { return mPrintAction; }
    QAction *exportAction() const { return mExportAction; }
    // The source rows the filters keep, in the table's order.
    std::vector<int> shownRows() const;

    // A blank opportunity, selected with its title open for editing.
    void addOpportunity();
    void deleteSelected();
    // Selects an opportunity's row (clearing filters that hide it).
    void select(qint64 opportunity);
    void printBoard();
    void exportBoard();
    void clearFilters();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshChoices();

    QPointer<WorkspaceDocument> mDocument;
    OpportunityTableModel *mModel;
    OpportunityFilterModel *mFilter;
    QTableView *mTable;
    QLineEdit *mSearch;
    QComboBox *mStatus;
    QComboBox *mQuadrant;
    QComboBox *mJourney;
    QComboBox *mPersona;
    QComboBox *mOwner;
    ValueEffortMatrix *mMatrix;
    QSplitter *mSplitter;
    QAction *mAddAction;
    QAction *mDeleteAction;
    VoteMode *mVoteMode;
    QAction *mPrintAction;
    QAction *mExportAction;
    QTimer mChoicesTimer; // journey, persona and owner choices, once per burst of changes
    QMetaObject::Connection mDocumentConnection;
};

} // namespace Parcours
