#include "usecases/usecasemapeditor.h"

#include "analytics/forgottenzone.h"
#include "analytics/inactivecustomers.h"
#include "analytics/observedfrequency.h"
#include "common/themetint.h"
#include "document/edits.h"
#include "domain/numbertext.h"
#include "itemmodels/usecasefiltermodel.h"
#include "itemmodels/usecasetablemodel.h"
#include "usecases/frequencyspectrumchart.h"
#include "usecases/observedusagetable.h"
#include "usecases/personaform.h"
#include "usecases/usecasemapprinter.h"
#include "usecases/usecasetableview.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QLabel *verdictLabel(const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setMargin(6);
    label->setFrameShape(QFrame::StyledPanel);
    label->setAutoFillBackground(true);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // Room for the verdict, its counts and a two-line hint, whichever shows: the table
    // below does not jump when a hint comes or goes.
    label->setMinimumHeight(label->fontMetrics().lineSpacing() * 4 + 2 * label->margin()
                            + 2 * label->frameWidth() + 4);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QString cadenceWord(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Daily: return UseCaseMapEditor::tr("daily");
    case Cadence::Weekly: return UseCaseMapEditor::tr("weekly");
    case Cadence::Monthly: return UseCaseMapEditor::tr("monthly");
    case Cadence::None: break;
    }
    return {};
}

} // namespace

UseCaseMapEditor::UseCaseMapEditor(QWidget *parent)
    : QWidget(parent)
    , mForm(new PersonaForm)
    , mToday(verdictLabel(u"todayVerdict"_s))
    , mPlanned(verdictLabel(u"plannedVerdict"_s))
    , mCadenceNote(new QLabel)
    , mObservedVerdict(new QLabel)
    , mObserved(new ObservedUsageTable)
    , mObservedPane(new QWidget)
    , mModel(new UseCaseTableModel(this))
    , mProxy(new UseCaseFilterModel(this))
    , mChart(new FrequencySpectrumChart)
    , mChartScope(new QComboBox)
    , mFilter(new QComboBox)
    , mSearch(new QLineEdit)
    , mMessage(new QLabel)
    , mSplitter(new QSplitter(Qt::Vertical))
    , mLowerSplitter(new QSplitter(Qt::Horizontal))
{
    setObjectName(u"useCaseMapEditor"_s);
    mProxy->setSourceModel(mModel);
    mTable = new UseCaseTableView(mModel, mProxy);
    mCadenceNote->setObjectName(u"cadenceNote"_s);
    mCadenceNote->setWordWrap(true);
    mMessage->setObjectName(u"editorMessage"_s);
    mMessage->setWordWrap(true);

    auto makeAction
        = [this](const QString &text, const QList<QKeySequence> &keys, const QString &tip) {
              auto *action = new QAction(text, this);
              action->setShortcuts(keys);
              action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
              action->setToolTip(
                  keys.isEmpty()
                      ? tip
                      : u"%1 (%2)"_s.arg(tip, keys.first().toString(QKeySequence::NativeText)));
              addAction(action);
              return action;
          };
    mAdd
        = makeAction(tr("Add use case"),
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), QKeySequence(Qt::Key_Insert)},
                     tr("Add a use case after the current row"));
    mDuplicate = makeAction(tr("Duplicate"), {QKeySequence(Qt::CTRL | Qt::Key_D)},
                            tr("Duplicate the selected use cases"));
    mDelete = makeAction(tr("Delete rows"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)},
                         tr("Delete the selected use cases (Delete on whole rows)"));
    mMoveUp = makeAction(tr("Move up"), {QKeySequence(Qt::ALT | Qt::Key_Up)},
                         tr("Move the current use case up"));
    mMoveDown = makeAction(tr("Move down"), {QKeySequence(Qt::ALT | Qt::Key_Down)},
                           tr("Move the current use case down"));
    mCopy = new QAction(tr("Copy"), this);
    mCut = new QAction(tr("Cut"), this);
    mPaste = new QAction(tr("Paste"), this);
    mCopy->setToolTip(tr("Copy the selected cells as tab-separated text for a spreadsheet"));
    mPaste->setToolTip(tr("Paste rows or cells copied from a spreadsheet"));
    connect(mAdd, &QAction::triggered, this, &UseCaseMapEditor::addUseCase);
    connect(mDuplicate, &QAction::triggered, this, &UseCaseMapEditor::duplicateSelected);
    connect(mDelete, &QAction::triggered, this, &UseCaseMapEditor::deleteSelected);
    connect(mMoveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(mMoveDown, &QAction::triggered, this, [this] { moveCurrent(+1); });
    connect(mCopy, &QAction::triggered, mTable, &UseCaseTableView::copySelection);
    connect(mCut, &QAction::triggered, mTable, &UseCaseTableView::cutSelection);
    connect(mPaste, &QAction::triggered, mTable, &UseCaseTableView::paste);

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({mAdd, mDuplicate, mDelete});
    toolbar->addSeparator();
    toolbar->addActions({mMoveUp, mMoveDown});
    // Cut, Copy and Paste are in the window's Edit menu and the table's context menu: the
    // filter and the search field stay in view in an 1100-pixel window in French too.
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    mFilter->setObjectName(u"useCaseFilter"_s);
    mFilter->addItem(tr("All use cases"), int(UseCaseFilterModel::AllRows));
    mFilter->addItem(tr("\u25BD Forgotten zone only"), int(UseCaseFilterModel::ForgottenZoneOnly));
    mFilter->addItem(tr("\u26A0 At risk of inactivity"), int(UseCaseFilterModel::BelowCadenceOnly));
    mFilter->addItem(tr("Current only"), int(UseCaseFilterModel::CurrentOnly));
    mFilter->addItem(tr("Planned only"), int(UseCaseFilterModel::PlannedOnly));
    toolbar->addWidget(mFilter);
    mSearch->setObjectName(u"useCaseSearch"_s);
    mSearch->setPlaceholderText(tr("Search…"));
    mSearch->setClearButtonEnabled(true);
    mSearch->setMaximumWidth(180);
    toolbar->addWidget(mSearch);
    connect(mFilter, &QComboBox::currentIndexChanged, this, [this] {
        mProxy->setFilter(UseCaseFilterModel::Filter(mFilter->currentData().toInt()));
        updateActions();
    });
    connect(mSearch, &QLineEdit::textChanged, mProxy, &UseCaseFilterModel::setSearchText);

    mTable->addActions({mAdd, mDuplicate, mDelete, mMoveUp, mMoveDown});
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    mTable->addActions({separator, mCut, mCopy, mPaste});
    mTable->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *tablePane = new QWidget;
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(toolbar);
    tableLayout->addWidget(mTable, 1);
    tableLayout->addWidget(mMessage);
    mObservedVerdict->setObjectName(u"observedVerdict"_s);
    mObservedVerdict->setWordWrap(true);
    auto *observedLayout = new QVBoxLayout(mObservedPane);
    observedLayout->setContentsMargins(0, 0, 0, 0);
    observedLayout->addWidget(mObservedVerdict);
    observedLayout->addWidget(mObserved, 1);
    mObservedPane->hide();

    auto *chartPane = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *scopeRow = new QHBoxLayout;
    auto *scopeLabel = new QLabel(tr("Spectrum of:"));
    mChartScope->setObjectName(u"spectrumScope"_s);
    mChartScope->addItem(tr("This persona"));
    mChartScope->addItem(tr("All personas"));
    scopeLabel->setBuddy(mChartScope);
    scopeRow->addWidget(scopeLabel);
    scopeRow->addWidget(mChartScope);
    scopeRow->addStretch();
    chartLayout->addLayout(scopeRow);
    chartLayout->addWidget(mChart, 1);
    connect(mChartScope, &QComboBox::currentIndexChanged, this, [this](int index) {
        mChart->setScope(index == 1 ? FrequencySpectrumChart::Scope::AllPersonas
                                    : FrequencySpectrumChart::Scope::Persona);
    });
    connect(mChart, &FrequencySpectrumChart::useCaseClicked, this,
            [this](Id useCase) { mTable->selectUseCases({useCase}); });

    // The observed table sits beside the spectrum, not under the use-case table: stacked in
    // one pane at a 1100×720 window each table showed one row (the chart keeps 200 pixels).
    mLowerSplitter->setObjectName(u"observedSplitter"_s);
    mLowerSplitter->addWidget(mObservedPane);
    mLowerSplitter->addWidget(chartPane);
    mLowerSplitter->setStretchFactor(0, 3);
    mLowerSplitter->setStretchFactor(1, 2);
    // Without a saved state, weights: the observed table wider than the chart.
    if (!mLowerSplitter->restoreState(
            QSettings().value(u"useCaseMap/observedSplitter"_s).toByteArray())) {
        mLowerSplitter->setSizes({600, 400});
    }
    mSplitter->addWidget(tablePane);
    mSplitter->addWidget(mLowerSplitter);
    mSplitter->setStretchFactor(0, 1);
    mSplitter->setStretchFactor(1, 1);
    if (!mSplitter->restoreState(QSettings().value(u"useCaseMap/splitter"_s).toByteArray()))
        mSplitter->setSizes({500, 500}); // half each, whatever the panes' size hints

    auto *verdicts = new QHBoxLayout;
    verdicts->addWidget(mToday);
    verdicts->addWidget(mPlanned);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mForm);
    layout->addLayout(verdicts);
    layout->addWidget(mCadenceNote);
    layout->addWidget(mSplitter, 1);

    connect(mTable, &UseCaseTableView::message, this, &UseCaseMapEditor::showMessage);
    connect(mTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &UseCaseMapEditor::updateActions);
    connect(mTable->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &UseCaseMapEditor::updateActions);
    connect(mProxy, &QAbstractItemModel::rowsInserted, this, &UseCaseMapEditor::updateActions);
    connect(mProxy, &QAbstractItemModel::rowsRemoved, this, &UseCaseMapEditor::updateActions);
    connect(mProxy, &QAbstractItemModel::modelReset, this, &UseCaseMapEditor::updateActions);
    updateVerdicts();
    updateActions();
}

UseCaseMapEditor::~UseCaseMapEditor()
{
    QSettings().setValue(u"useCaseMap/splitter"_s, mSplitter->saveState());
    QSettings().setValue(u"useCaseMap/observedSplitter"_s, mLowerSplitter->saveState());
    // Children die after this destructor (an open cell editor may still commit, and the
    // document then signals): nothing may reach this half-destroyed page.
    if (mDocument)
        mDocument->disconnect(this);
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, this, nullptr);
}

void UseCaseMapEditor::setDocument(WorkspaceDocument *document)
{
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    mPersona = 0;
    mModel->setDocument(document);
    mForm->setDocument(document);
    mChart->setDocument(document);
    if (mDocument)
        connect(mDocument, &WorkspaceDocument::changed, this, &UseCaseMapEditor::onChanged);
    updateVerdicts();
    updateActions();
}

void UseCaseMapEditor::setPersona(Id persona)
{
    if (persona == mPersona)
        return;
    mPersona = persona;
    mModel->setPersona(persona);
    mForm->setPersona(persona);
    mChart->setPersona(persona);
    mMessage->clear();
    if (mProxy->rowCount() > 0)
        mTable->setCurrentIndex(mProxy->index(0, UseCaseTableModel::UseCaseColumn));
    updateVerdicts();
    updateActions();
}

void UseCaseMapEditor::onChanged(const ChangeEvent &event)
{
    const EntityRef &e = event.entity;
    if (event.type == ChangeEvent::Reset || (e.kind == EntityKind::Persona && e.id == mPersona)
        || (e.kind == EntityKind::UseCase && e.parent == mPersona)
        || (e.kind == EntityKind::Workspace && event.field == Field::WorkspaceUsage))
        updateVerdicts(); // with the observed pane, which imported events change
}

void UseCaseMapEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) // the theme changed: tints follow
        updateVerdicts();
}

void UseCaseMapEditor::updateObserved(const Persona *persona)
{
    const bool usage = persona && !mDocument->workspace().usage.isEmpty();
    mObservedPane->setVisible(usage);
    if (!usage) {
        mObserved->setRowCount(0);
        mObservedVerdict->clear();
        return;
    }
    mObserved->showPersona(mDocument->workspace(), *persona);
    const ObservedFrequency observed(mDocument->workspace());
    const PersonaVerdict verdict = observed.personaVerdict(*persona, VerdictScope::CurrentOnly);
    const QString title = tr("Observed in the events (%n active users)", nullptr,
                             observed.activeUsers(persona->id));
    QString text;
    if (verdict.segments == 0)
        text = tr("no use case names events seen yet");
    else if (verdict.forgottenZone)
        text = tr("\u25BD <b>In the forgotten zone</b>");
    else
        text = tr("\u2713 <b>Not in the forgotten zone</b>");
    if (verdict.segments > 0)
        text += u" — "_s + NumberText::toHtml(describeVerdict(verdict));
    if (persona->cadence != Cadence::None) { // seed 001: who needs a reactivation message
        const int inactive = inactiveCustomerCount(mDocument->workspace(), persona->id,
                                                   QDateTime::currentDateTimeUtc().date());
        text += u"<br>"_s + tr("Inactive today, beyond the expected cadence: %1").arg(inactive);
    }
    mObservedVerdict->setText(u"<b>%1</b>: %2"_s.arg(title.toHtmlEscaped(), text));
}

void UseCaseMapEditor::updateVerdicts()
{
    const Persona *p = mDocument ? mDocument->workspace().persona(mPersona) : nullptr;
    updateObserved(p);
    if (!p) {
        mToday->clear();
        mPlanned->clear();
        mCadenceNote->clear();
        return;
    }
    const PersonaVerdict today = personaVerdict(*p, VerdictScope::CurrentOnly);
    const PersonaVerdict planned = personaVerdict(*p, VerdictScope::WithPlanned);
    auto show = [this](QLabel *label, const QString &title, const PersonaVerdict &v,
                       const QString &none) {
        QString verdict;
        if (v.segments == 0)
            verdict = none; // said once: no count line repeating it
        else if (v.forgottenZone)
            verdict = tr("\u25BD <b>In the forgotten zone</b>");
        else
            verdict = tr("\u2713 <b>Not in the forgotten zone</b>");
        QString text = u"<b>%1</b>: %2"_s.arg(title.toHtmlEscaped(), verdict);
        if (v.segments > 0)
            text += u"<br>"_s + NumberText::toHtml(describeVerdict(v));
        label->setText(text);
        QPalette palette = label->palette();
        const QColor tint = v.segments == 0 ? QColor(0xf2, 0xf2, 0xf2)
            : v.forgottenZone               ? QColor(0xfd, 0xe8, 0xe6)
                                            : QColor(0xe8, 0xf4, 0xe6);
        // This editor's palette: on a theme change, the labels' may not have followed yet.
        palette.setColor(QPalette::Window, ThemeTint::forPalette(tint, this->palette()));
        label->setPalette(palette);
        label->setToolTip(v.weighted ? tr("Every counted use case has a weight: weights decide")
                                     : tr("Counted by use cases (give every row a weight to "
                                          "count by weight)"));
    };
    show(mToday, tr("Today"), today, tr("No use case with a frequency yet"));
    show(mPlanned, tr("With planned use cases"), planned, tr("no verdict yet"));
    const bool anyPlanned
        = std::any_of(p->useCases.cbegin(), p->useCases.cend(), [](const UseCase &u) {
              return u.status == UseCaseStatus::Planned && u.frequency.isValid();
          });
    if (!anyPlanned)
        mPlanned->setText(mPlanned->text() + u"<br><i>"_s
                          + tr("No planned use case yet: set a row's status to Planned to see "
                               "whether a new feature would change the verdict.")
                          + u"</i>"_s);
    else if (today.forgottenZone && !planned.forgottenZone && planned.segments > 0)
        mPlanned->setText(mPlanned->text() + u"<br><i>"_s
                          + tr("The planned use cases would pull this persona out of the "
                               "forgotten zone.")
                          + u"</i>"_s);

    int belowCadence = 0;
    for (const UseCase &u : p->useCases)
        belowCadence += isBelowCadence(u, p->cadence) && isInScope(u, VerdictScope::CurrentOnly);
    if (p->cadence == Cadence::None) {
        mCadenceNote->setText(tr("Set what \"active\" means for this persona (daily, weekly, "
                                 "monthly) to see which use cases put it at risk of inactivity."));
    } else if (belowCadence == 0) {
        mCadenceNote->setText(
            tr("Every current use case meets the %1 cadence.").arg(cadenceWord(p->cadence)));
    } else if (belowCadence == 1) {
        mCadenceNote->setText(tr("\u26A0 1 current use case below the %1 cadence: at risk of "
                                 "inactivity.")
                                  .arg(cadenceWord(p->cadence)));
    } else {
        mCadenceNote->setText(tr("\u26A0 %1 current use cases below the %2 cadence: at risk of "
                                 "inactivity.")
                                  .arg(belowCadence)
                                  .arg(cadenceWord(p->cadence)));
    }
}

void UseCaseMapEditor::updateActions()
{
    const bool editable
        = mDocument && !mDocument->isReadOnly() && mDocument->workspace().persona(mPersona);
    const bool hasCurrent = mTable->currentIndex().isValid();
    const bool sorted = mProxy->sortColumn() >= 0;
    mAdd->setEnabled(editable);
    mDuplicate->setEnabled(editable && hasCurrent);
    mDelete->setEnabled(editable && hasCurrent);
    mCut->setEnabled(editable && hasCurrent);
    mCopy->setEnabled(hasCurrent);
    mPaste->setEnabled(editable);
    const int row = mTable->currentSourceRow();
    mMoveUp->setEnabled(editable && !sorted && row > 0);
    mMoveDown->setEnabled(editable && !sorted && row >= 0 && row + 1 < mModel->rowCount());
    const QString reorderTip = sorted ? tr("Clear the sort (click the sorted column until its "
                                           "arrow goes) to reorder rows")
                                      : QString();
    mMoveUp->setStatusTip(reorderTip);
    mMoveDown->setStatusTip(reorderTip);
}

void UseCaseMapEditor::showMessage(const QString &text, bool error)
{
    mMessage->setText(text);
    mMessage->setStyleSheet(error ? u"color: %1;"_s.arg(ThemeTint::errorText(palette()).name())
                                  : QString());
    emit statusMessage(text);
}

void UseCaseMapEditor::addUseCase()
{
    if (!mDocument || !mDocument->workspace().persona(mPersona))
        return;
    if (mProxy->isFiltering()) { // a new, empty row would be hidden at once
        mFilter->setCurrentIndex(0);
        mSearch->clear();
    }
    const int row = mTable->currentSourceRow();
    const Id id = Edit::addUseCase(*mDocument, mPersona, UseCase(), row >= 0 ? row + 1 : -1);
    const QModelIndex index
        = mProxy->mapFromSource(mModel->index(mModel->rowOf(id), UseCaseTableModel::ProblemColumn));
    if (index.isValid()) {
        mTable->setFocus();
        mTable->setCurrentIndex(index);
        mTable->edit(index);
    }
}

void UseCaseMapEditor::duplicateSelected()
{
    if (!mDocument)
        return;
    const QList<Id> copies
        = Edit::duplicateUseCases(*mDocument, mPersona, mTable->selectedUseCases());
    mTable->selectUseCases(copies);
}

void UseCaseMapEditor::deleteSelected()
{
    mTable->deleteSelectedRows();
}

void UseCaseMapEditor::moveCurrent(int delta)
{
    const int row = mTable->currentSourceRow();
    const Id id = mModel->useCaseId(row);
    if (!mDocument || !id || mProxy->sortColumn() >= 0)
        return;
    const int column = mTable->currentIndex().column();
    if (Edit::move(*mDocument, EntityRef::useCase(mPersona, id), row + delta)) {
        mTable->setCurrentIndex(
            mProxy->mapFromSource(mModel->index(mModel->rowOf(id), std::max(0, column))));
        updateActions();
    }
}

void UseCaseMapEditor::paintOn(QPrinter *printer)
{
    if (mDocument)
        UseCaseMapPrinter(mDocument->workspace(), mPersona).print(printer);
}

void UseCaseMapEditor::print()
{
    if (!mDocument || !mDocument->workspace().persona(mPersona))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Use-Case Map"));
    if (dialog.exec() == QDialog::Accepted)
        paintOn(&printer);
}

void UseCaseMapEditor::printPreview()
{
    if (!mDocument || !mDocument->workspace().persona(mPersona))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Use-Case Map Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &UseCaseMapEditor::paintOn);
    dialog.exec();
}

void UseCaseMapEditor::exportPdf()
{
    const Persona *p = mDocument ? mDocument->workspace().persona(mPersona) : nullptr;
    if (!p)
        return;
    const QString dir = QSettings().value(u"lastDirectory"_s, QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Use-Case Map as PDF"),
        dir + u'/' + tr("Use-case map — %1").arg(p->name) + u".pdf"_s, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    QString error;
    if (!UseCaseMapPrinter(mDocument->workspace(), mPersona).exportPdf(path, &error)) {
        QMessageBox::warning(
            this, tr("Cannot export PDF"),
            tr("%1 cannot be written:\n%2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace Parcours
