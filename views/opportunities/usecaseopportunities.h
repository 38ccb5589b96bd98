#pragma once

#include "domain/ids.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace Parcours {

class UseCaseMapEditor;
class WorkspaceDocument;

// Opportunities on the use-case map (issue 20), attached to a persona page's table: "Raise How
// Often…" on a use case in the forgotten zone (Edit::makeOpportunityFromUseCase), a badge with
// the number of opportunities linked to a use case in its row, and "Opportunities (N)" ▸ their
// titles in its context menu, each opening the board at that opportunity.
class UseCaseOpportunities final : public QObject
{
    Q_OBJECT

public:
    explicit UseCaseOpportunities(UseCaseMapEditor *editor, QObject *parent = nullptr);

    QAction *raiseAction() const { return mRaise; }
    QAction *opportunitiesAction() const { return mOpportunities; }
    // Opportunities whose live links name the use case.
    int opportunityCount(Id useCase) const;
    // "Raise How Often…" on the current use case, when it is in the forgotten zone; then
    // asks for the board with the new opportunity's title open for editing.
    Id raiseHowOften();

signals:
    // Show the board with this opportunity selected (its title open for editing).
    void showOpportunity(qint64 opportunity, bool editTitle);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    WorkspaceDocument *document() const;
    Id currentUseCase() const;
    void follow();
    void refresh();

    QPointer<UseCaseMapEditor> mEditor;
    QPointer<WorkspaceDocument> mDocument;
    QAction *mRaise;
    QAction *mOpportunities;
    QPointer<QMenu> mMenu; // the table owns it
    mutable QHash<Id, int> mCounts;
    mutable bool mCountsStale = true;
};

} // namespace Parcours
