#pragma once

#include "domain/comment.h"

#include <QTableView>

namespace Parcours {

namespace Edit {
struct FieldChange;
}
class UseCaseFilterModel;
class UseCaseTableModel;

// The use-case map as a spreadsheet: typing edits the current cell, Enter commits and moves
// down, Tab moves right; rows copy to and paste from spreadsheets as tab-separated text;
// Delete removes selected rows (or clears selected cells). Every change is one undo step.
class UseCaseTableView final : public QTableView
{
    Q_OBJECT

public:
    UseCaseTableView(UseCaseTableModel *model, UseCaseFilterModel *proxy,
                     QWidget *parent = nullptr);

    UseCaseTableModel *tableModel() const { return mModel; }
    UseCaseFilterModel *proxyModel() const { return mProxy; }
    bool isEditing() const { return state() == QAbstractItemView::EditingState; }

    // Use cases with at least one selected cell (or the current one), in table order.
    QList<Id> selectedUseCases() const;
    // Source row of the current index, or -1.
    int currentSourceRow() const;
    void selectUseCases(const QList<Id> &useCases);

    // Tab-separated text of the selected cells: whole rows when rows are selected.
    QString selectionAsText() const;
    void copySelection() const;
    void cutSelection();
    // Pastes tab-separated text (a header row is skipped): full rows (the eight columns, or
    // nine with the persona first) become new rows after the current one; a smaller block
    // of cells fills cells from the current one, adding rows past the end; one value fills
    // every selected cell. All or nothing, one undo step; problems go to message().
    bool pasteText(const QString &text);
    void paste();
    void deleteSelectedRows();
    void clearSelectedCells();

signals:
    void message(const QString &text, bool error);
    // A use case's comment mark was clicked (issue 23).
    void commentsRequested(const Parcours::CommentTarget &target);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    bool pasteRows(const QList<QStringList> &rows);
    bool pasteCells(const QList<QStringList> &rows);
    void dropFrequencyDrafts(const QList<Edit::FieldChange> &changes);

    UseCaseTableModel *mModel;
    UseCaseFilterModel *mProxy;
};

} // namespace Parcours
