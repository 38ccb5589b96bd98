#include "usecases/usecasetableview.h"

#include "common/commentmarkeddelegate.h"
#include "common/themetint.h"
#include "document/edits.h"
#include "formats/csv.h"
#include "formats/usecasecsvformat.h"
#include "formats/usecasetext.h"
#include "itemmodels/usecasefiltermodel.h"
#include "itemmodels/usecasetablemodel.h"
#include "usecases/frequencydelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMimeData>

#include <set>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// Planned rows in italics; the status column edited with a two-item combo box; a use case's
// open comments marked at the end of its first cell (issue 23; the use case's own cell has its
// opportunities' badge, views/opportunities/usecaseopportunities.cpp).
class UseCaseItemDelegate final : public CommentMarkedDelegate<TintedItemDelegate>
{
public:
    using CommentMarkedDelegate::CommentMarkedDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() != UseCaseTableModel::StatusColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->addItem(UseCaseTableModel::tr("Current"), int(UseCaseStatus::Current));
        combo->addItem(UseCaseTableModel::tr("Planned"), int(UseCaseStatus::Planned));
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentData().toInt());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        TintedItemDelegate::initStyleOption(option, index);
        if (index.data(UseCaseTableModel::PlannedRole).toBool())
            option->font.setItalic(true);
    }
};

// The value of a cell as text that pastes back exactly (frequencies as exact phrases).
QString cellText(const UseCase &u, int column)
{
    if (column == UseCaseTableModel::WeightColumn)
        return u.weight ? QLocale().toString(*u.weight, 'g', QLocale::FloatingPointShortest)
                        : QString();
    const QStringList fields = UseCaseText::fields(u);
    return column >= 0 && column < fields.size() ? fields.at(column) : QString();
}

QVariant emptyValue(int column)
{
    switch (column) {
    case UseCaseTableModel::FrequencyColumn: return QVariant::fromValue(UsageFrequency());
    case UseCaseTableModel::WeightColumn: return QVariant();
    default: return QString();
    }
}

} // namespace

UseCaseTableView::UseCaseTableView(UseCaseTableModel *model, UseCaseFilterModel *proxy,
                                   QWidget *parent)
    : QTableView(parent)
    , mModel(model)
    , mProxy(proxy)
{
    setObjectName(u"useCaseTable"_s);
    setModel(proxy);
    auto *marks
        = new CommentMarks(this, UseCaseTableModel::ProblemColumn,
                           [this](const QModelIndex &index) -> std::optional<CommentTarget> {
                               const Id useCase
                                   = index.data(UseCaseTableModel::UseCaseIdRole).toLongLong();
                               if (!useCase || !mModel->persona())
                                   return std::nullopt;
                               return CommentTarget::useCase(mModel->persona(), useCase);
                           });
    connect(marks, &CommentMarks::requested, this, &UseCaseTableView::commentsRequested);
    setItemDelegate(new UseCaseItemDelegate(this, marks));
    auto *frequencyDelegate = new FrequencyDelegate(this);
    setItemDelegateForColumn(UseCaseTableModel::FrequencyColumn, frequencyDelegate);
    connect(frequencyDelegate, &FrequencyDelegate::draftKept, this,
            [this](const QString &text) { emit message(text, true); });
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setTabKeyNavigation(true);
    setWordWrap(false);
    setAlternatingRowColors(false);
    setAccessibleName(tr("Use-case map"));
    horizontalHeader()->setSortIndicatorClearable(true);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultSectionSize(140);
    setColumnWidth(UseCaseTableModel::ProblemColumn, 130);
    setColumnWidth(UseCaseTableModel::AlternativeColumn, 120);
    setColumnWidth(UseCaseTableModel::FrequencyColumn, 155);
    setColumnWidth(UseCaseTableModel::WeightColumn, 60);
    setColumnWidth(UseCaseTableModel::StatusColumn, 75);
    // Never narrower than its header: "Pourquoi nous sommes meilleurs" is read whole.
    for (int column = 0; column < UseCaseTableModel::ColumnCount; ++column) {
        setColumnWidth(column,
                       std::max(columnWidth(column), horizontalHeader()->sectionSizeHint(column)));
    }
    verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

int UseCaseTableView::currentSourceRow() const
{
    const QModelIndex current = mProxy->mapToSource(currentIndex());
    return current.isValid() ? current.row() : -1;
}

QList<Id> UseCaseTableView::selectedUseCases() const
{
    std::set<int> rows;
    const QModelIndexList indexes = selectionModel()->selectedIndexes();
    for (const QModelIndex &index : indexes)
        rows.insert(mProxy->mapToSource(index).row());
    if (rows.empty() && currentSourceRow() >= 0)
        rows.insert(currentSourceRow());
    QList<Id> ids;
    for (int row : rows)
        ids << mModel->useCaseId(row);
    return ids;
}

void UseCaseTableView::selectUseCases(const QList<Id> &useCases)
{
    QItemSelection selection;
    QModelIndex first;
    for (Id id : useCases) {
        const QModelIndex proxyIndex = mProxy->mapFromSource(mModel->index(mModel->rowOf(id), 0));
        if (!proxyIndex.isValid())
            continue;
        if (!first.isValid())
            first = proxyIndex;
        selection.select(proxyIndex,
                         proxyIndex.siblingAtColumn(UseCaseTableModel::ColumnCount - 1));
    }
    if (!first.isValid())
        return;
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    scrollTo(first);
}

QString UseCaseTableView::selectionAsText() const
{
    QModelIndexList indexes = selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && currentIndex().isValid())
        indexes << currentIndex();
    if (!mModel->document())
        return {};
    const Workspace &workspace = mModel->document()->workspace();
    return EntityTableModel::copyText(indexes, [&](const QModelIndex &index) {
        const UseCase *u = workspace.useCase(mModel->useCaseId(mProxy->mapToSource(index).row()));
        return u ? cellText(*u, index.column()) : QString();
    });
}

void UseCaseTableView::copySelection() const
{
    const QString text = selectionAsText();
    if (text.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setText(text);
    QApplication::clipboard()->setMimeData(mime);
}

void UseCaseTableView::cutSelection()
{
    copySelection();
    if (!selectionModel()->selectedRows().isEmpty())
        deleteSelectedRows();
    else
        clearSelectedCells();
}

void UseCaseTableView::paste()
{
    pasteText(QApplication::clipboard()->text());
}

bool UseCaseTableView::pasteText(const QString &text)
{
    if (!mModel->document() || mModel->document()->isReadOnly() || !mModel->persona())
        return false;
    Csv::ReadOptions options;
    options.delimiter = u'\t';
    const Csv::Document doc = Csv::read(text.toUtf8(), options);
    QList<QStringList> rows;
    for (const Csv::Record &record : doc.records)
        rows << record.fields;
    if (rows.isEmpty()) {
        emit message(tr("The clipboard holds no text to paste."), true);
        return false;
    }
    // A header row copied along (with or without the persona column) is dropped.
    const QStringList &header = UseCaseCsvFormat::header();
    QStringList first;
    for (const QString &field : rows.first())
        first << field.trimmed().toLower();
    const bool withPersona = first == header
        || std::all_of(rows.cbegin(), rows.cend(),
                       [&](const QStringList &r) { return r.size() == header.size(); });
    if (first == header || first == header.mid(1))
        rows.removeFirst();
    if (withPersona) {
        for (QStringList &row : rows)
            row.removeFirst();
    }
    if (rows.isEmpty())
        return false;

    if (rows.size() == 1 && rows.first().size() == 1) {
        // One value: every selected cell takes it.
        QList<Edit::FieldChange> changes;
        QModelIndexList targets = selectionModel()->selectedIndexes();
        if (targets.isEmpty() && currentIndex().isValid())
            targets << currentIndex();
        if (targets.isEmpty())
            return pasteRows(rows);
        for (const QModelIndex &target : std::as_const(targets)) {
            QVariant value;
            if (!mModel->valueFor(target.column(), rows.first().first(), &value)) {
                emit message(mModel->lastError(), true);
                return false;
            }
            const int source = mProxy->mapToSource(target).row();
            changes.append({EntityRef::useCase(mModel->persona(), mModel->useCaseId(source)),
                            UseCaseTableModel::fieldOf(target.column()), value});
        }
        Edit::setFields(*mModel->document(), changes, tr("Paste"));
        dropFrequencyDrafts(changes);
        return true;
    }
    // Rows copied before the events column (or from a sheet without it) are whole too.
    const bool fullRows = std::all_of(rows.cbegin(), rows.cend(), [](const QStringList &r) {
        return r.size() == UseCaseTableModel::ColumnCount
            || r.size() == UseCaseTableModel::EventsColumn;
    });
    if (fullRows) // whole use cases, as copied from a spreadsheet or this table: new rows
        return pasteRows(rows);
    return pasteCells(rows);
}

bool UseCaseTableView::pasteRows(const QList<QStringList> &rows)
{
    std::vector<UseCase> useCases;
    QStringList problems;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QStringList rowProblems;
        useCases.push_back(UseCaseText::fromFields(rows.at(i), &rowProblems));
        for (const QString &problem : std::as_const(rowProblems))
            problems << tr("Row %1: %2").arg(i + 1).arg(problem);
    }
    if (!problems.isEmpty()) {
        emit message(tr("Nothing pasted. %1").arg(problems.join(u"; "_s)), true);
        return false;
    }
    const int current = currentSourceRow();
    const int at = current >= 0 ? current + 1 : -1;
    const QList<Id> ids = Edit::addUseCases(
        *mModel->document(), mModel->persona(), std::move(useCases), at,
        rows.size() == 1 ? tr("Paste use case") : tr("Paste %1 use cases").arg(rows.size()));
    selectUseCases(ids);
    emit message(rows.size() == 1 ? tr("Pasted 1 use case.")
                                  : tr("Pasted %1 use cases.").arg(rows.size()),
                 false);
    return !ids.isEmpty();
}

bool UseCaseTableView::pasteCells(const QList<QStringList> &rows)
{
    QModelIndex start = currentIndex();
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected) {
        if (!start.isValid() || index.row() < start.row()
            || (index.row() == start.row() && index.column() < start.column()))
            start = index;
    }
    if (!start.isValid())
        start = mProxy->index(0, 0);
    const int startRow = start.isValid() ? start.row() : mProxy->rowCount();
    const int startColumn = std::max(0, start.column());

    QList<Edit::FieldChange> changes;
    std::vector<UseCase> added;
    QStringList problems;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const int proxyRow = startRow + int(r);
        const bool existing = proxyRow < mProxy->rowCount();
        QStringList freshFields(UseCaseTableModel::ColumnCount); // a new row past the end
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            const int column = startColumn + int(c);
            if (column >= UseCaseTableModel::ColumnCount)
                break;
            QVariant value;
            if (!mModel->valueFor(column, rows.at(r).at(c), &value)) {
                problems
                    << tr("Row %1, column %2: %3").arg(r + 1).arg(c + 1).arg(mModel->lastError());
                continue;
            }
            if (existing) {
                const int source = mProxy->mapToSource(mProxy->index(proxyRow, column)).row();
                changes.append({EntityRef::useCase(mModel->persona(), mModel->useCaseId(source)),
                                UseCaseTableModel::fieldOf(column), value});
            } else {
                freshFields[column] = rows.at(r).at(c);
            }
        }
        if (!existing) {
            QStringList ignored; // already checked cell by cell above
            added.push_back(UseCaseText::fromFields(freshFields, &ignored));
        }
    }
    if (!problems.isEmpty()) {
        emit message(tr("Nothing pasted. %1").arg(problems.join(u"; "_s)), true);
        return false;
    }
    WorkspaceDocument &doc = *mModel->document();
    const bool both = !changes.isEmpty() && !added.empty();
    if (both)
        doc.undoStack()->beginMacro(tr("Paste"));
    Edit::setFields(doc, changes, tr("Paste"));
    if (!added.empty())
        Edit::addUseCases(doc, mModel->persona(), std::move(added), -1, tr("Paste"));
    if (both)
        doc.undoStack()->endMacro();
    dropFrequencyDrafts(changes);
    emit message(tr("Pasted %1 rows of cells.").arg(rows.size()), false);
    return true;
}

void UseCaseTableView::deleteSelectedRows()
{
    if (!mModel->document() || !mModel->persona())
        return;
    const QList<Id> ids = selectedUseCases();
    if (ids.isEmpty())
        return;
    const int row = currentIndex().row();
    const int column = std::max(0, currentIndex().column());
    Edit::removeUseCases(*mModel->document(), mModel->persona(), ids);
    const int rows = mProxy->rowCount();
    if (rows > 0)
        setCurrentIndex(mProxy->index(std::min(std::max(row, 0), rows - 1), column));
    emit message(ids.size() == 1 ? tr("Deleted 1 use case.")
                                 : tr("Deleted %1 use cases.").arg(ids.size()),
                 false);
}

void UseCaseTableView::clearSelectedCells()
{
    if (!mModel->document() || !mModel->persona())
        return;
    QList<Edit::FieldChange> changes;
    const QModelIndexList indexes = selectionModel()->selectedIndexes();
    for (const QModelIndex &index : indexes) {
        if (index.column() == UseCaseTableModel::StatusColumn)
            continue; // always current or planned
        const int source = mProxy->mapToSource(index).row();
        changes.append({EntityRef::useCase(mModel->persona(), mModel->useCaseId(source)),
                        UseCaseTableModel::fieldOf(index.column()), emptyValue(index.column())});
    }
    Edit::setFields(*mModel->document(), changes, tr("Clear cells"));
    dropFrequencyDrafts(changes);
}

void UseCaseTableView::dropFrequencyDrafts(const QList<Edit::FieldChange> &changes)
{
    // A frequency pasted or cleared in a cell replaces text kept there that did not parse.
    for (const Edit::FieldChange &change : changes) {
        if (change.field == Field::UseCaseFrequency) {
            mModel->setData(
                mModel->index(mModel->rowOf(change.ref.id), UseCaseTableModel::FrequencyColumn),
                QString(), UseCaseTableModel::FrequencyDraftRole);
        }
    }
}

bool UseCaseTableView::event(QEvent *event)
{
    // F2 edits the current cell, as in any spreadsheet: the window's F2 (rename the persona
    // selected in the sidebar) would otherwise take it and rename the persona with what is
    // typed for the cell.
    if (event->type() == QEvent::ShortcutOverride && !isEditing()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F2 && key->modifiers() == Qt::NoModifier
            && currentIndex().isValid()) {
            event->accept();
            return true;
        }
    }
    return QTableView::event(event);
}

void UseCaseTableView::keyPressEvent(QKeyEvent *event)
{
    if (state() != QAbstractItemView::EditingState) {
        if (event->matches(QKeySequence::Copy)) {
            copySelection();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            paste();
            return;
        }
        if (event->matches(QKeySequence::Cut)) {
            cutSelection();
            return;
        }
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (event->modifiers() == Qt::NoModifier && currentIndex().isValid()) {
                const QModelIndex below = currentIndex().siblingAtRow(currentIndex().row() + 1);
                if (below.isValid())
                    setCurrentIndex(below);
                return;
            }
            break;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            if (!selectionModel()->selectedRows().isEmpty())
                deleteSelectedRows();
            else
                clearSelectedCells();
            return;
        default: break;
        }
    }
    QTableView::keyPressEvent(event);
}

void UseCaseTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const QModelIndex current = currentIndex();
    if (auto *frequencyEditor = qobject_cast<FrequencyEditor *>(editor);
        frequencyEditor && hint == QAbstractItemDelegate::RevertModelCache) {
        // Escape: the edit is cancelled, and with it any text kept that did not parse.
        model()->setData(frequencyEditor->index(), QString(),
                         UseCaseTableModel::FrequencyDraftRole);
    }
    QTableView::closeEditor(editor, hint);
    if (hint == QAbstractItemDelegate::SubmitModelCache && current.isValid()) {
        // Enter commits and moves down, as in a spreadsheet.
        const QModelIndex below = currentIndex().siblingAtRow(currentIndex().row() + 1);
        if (below.isValid())
            setCurrentIndex(below);
    }
}

} // namespace Parcours
