#pragma once

#include "document/entityref.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QTableView;

namespace Parcours {

class UseCaseTableModel;

// Marks the use cases changed since a version (issue 23) in a use-case table: a "Δ" badge at
// the start of each changed row, in its row header (widened for it while there are marks, so
// that it covers neither the row's number nor the first cell's text), its tooltip saying what
// changed. Drawn by a see-through overlay on the row header's viewport, so that the table and
// its model know nothing of it.
class TableChangeMarks final : public QWidget
{
    Q_OBJECT

public:
    TableChangeMarks(QTableView *table, UseCaseTableModel *model);

    // Use cases as EntityRef::useCase(persona, id); empty to take the marks away.
    void setMarks(const QSet<EntityRef> &useCases, const QHash<EntityRef, QString> &tooltips);
    // The view rows marked now (the persona shown, rows scrolled out of view too).
    QList<int> markedRows() const;
    // Where the badge of view row `row` is, in the row header viewport's coordinates.
    QRect markRect(int row) const;
    QString toolTipOf(int row) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EntityRef refOfRow(int row) const;
    void updateHeaderWidth();

    QTableView *mTable;
    UseCaseTableModel *mModel;
    QSet<EntityRef> mUseCases;
    QHash<EntityRef, QString> mToolTips;
    int mHeaderMinimum = 0; // the row header's own minimum width, given back without marks
};

} // namespace Parcours
