#pragma once

#include "document/changeevent.h"
#include "document/workspacedocument.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

namespace Parcours {

// Base of the tables whose rows are one list of the workspace (a persona's use cases, the
// metric periods). It follows the document: the rows' insertions, removals and moves become
// precise row signals that keep the vertical header's row numbers current, and a reset
// resets the table. Subclasses say which events are theirs and handle field changes.
class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    void setDocument(WorkspaceDocument *document);
    WorkspaceDocument *document() const { return mDocument; }

    // Why the last setData() or paste refused (translated); empty when it did not.
    QString lastError() const { return mLastError; }

    // The rows of `indexes` as tab-separated text for a spreadsheet: the selected rows, each
    // from the leftmost to the rightmost selected column, unselected cells left empty.
    // `cellText` gives a cell's text (its edit text by default).
    static QString copyText(const QModelIndexList &indexes,
                            const std::function<QString(const QModelIndex &)> &cellText = {});

protected:
    explicit EntityTableModel(QObject *parent = nullptr);

    // Whether a row event (insert, remove, move) of `event` is about a row of this table.
    virtual bool isRowEvent(const ChangeEvent &event) const = 0;
    // Every other event, after the document changed (resets are handled here).
    virtual void onOtherChange(const ChangeEvent &event) = 0;
    // Before the document changes for an event that is not a row event (e.g. to reset).
    virtual void onOtherAboutToChange(const ChangeEvent &event) { Q_UNUSED(event) }
    // The document was replaced; the model is between begin- and endResetModel().
    virtual void onDocumentReplaced() { }
    // The data and vertical header of a whole row changed.
    void emitRowChanged(int row);

    QPointer<WorkspaceDocument> mDocument;
    mutable QString mLastError;

private:
    void onAboutToChange(const ChangeEvent &event);
    void onChanged(const ChangeEvent &event);
    static bool isRowChange(const ChangeEvent &event);
};

} // namespace Parcours
