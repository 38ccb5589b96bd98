#pragma once

#include "domain/ids.h"

#include <QAbstractItemView>
#include <QObject>
#include <QPointer>

class QAction;
class QTableView;
class QToolButton;

namespace Parcours {

class WorkspaceDocument;

// Dot voting in the room (issue 20), attached to the opportunities board's table. While on, a
// click on a row or + / Space adds a vote to that opportunity, − / Backspace takes one away,
// Escape leaves; each vote is one undo step (Edit::voteForOpportunity). Editing in place is
// off so that a click never opens an editor, the votes column is drawn large, and rows keep
// their places until voting ends (then they are ranked again). "Reset
// Votes…" asks, naming how many votes go, then sets every count to 0 in one undo step.
class VoteMode final : public QObject
{
    Q_OBJECT

public:
    // `table` shows OpportunityTableModel's columns (through any proxy).
    explicit VoteMode(QTableView *table, QObject *parent = nullptr);

    void setDocument(WorkspaceDocument *document);

    // "&Vote Mode" (checkable, Ctrl+Shift+V) and "Reset Vote&s…": for the board and the
    // Workspace menu.
    QAction *toggleAction() const { return mToggle; }
    QAction *resetAction() const { return mReset; }
    // A button for the board's tool row showing the toggle.
    QToolButton *makeButton(QWidget *parent) const;

    bool isOn() const;
    void setOn(bool on);
    // Adds (+1) or removes (−1) a vote for the current row's opportunity; false when there is
    // none or the count is already 0.
    bool vote(int delta);
    // Asks for confirmation, then resets every vote (undoable).
    void resetVotes();

signals:
    void toggled(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply(bool on);
    void updateActions();
    Id currentOpportunity() const;

    QPointer<QTableView> mTable;
    QPointer<WorkspaceDocument> mDocument;
    QAction *mToggle;
    QAction *mReset;
    QAbstractItemView::EditTriggers mSavedTriggers;
    QPointer<QAbstractItemDelegate> mSavedDelegate;
    QAbstractItemDelegate *mVotesDelegate;
    int mSavedWidth = -1;
    bool mSavedDynamicSort = true;
};

} // namespace Parcours
