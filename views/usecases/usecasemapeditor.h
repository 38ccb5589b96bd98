#pragma once

#include "document/changeevent.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QSplitter;

namespace Parcours {

class FrequencySpectrumChart;
class ObservedUsageTable;
struct Persona;
class PersonaForm;
class UseCaseFilterModel;
class UseCaseTableModel;
class UseCaseTableView;
class WorkspaceDocument;

// The page of one persona: its properties, today's verdict next to the verdict with
// planned use cases, the use-case map as a spreadsheet-like table and its frequency
// spectrum, all following every edit (and undo) at once.
class UseCaseMapEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit UseCaseMapEditor(QWidget *parent = nullptr);
    ~UseCaseMapEditor() override;

    void setDocument(WorkspaceDocument *document);
    void setPersona(Id persona);
    Id persona() const { return mPersona; }

    PersonaForm *form() const { return mForm; }
    UseCaseTableModel *tableModel() const { return mModel; }
    UseCaseFilterModel *filterModel() const { return mProxy; }
    UseCaseTableView *table() const { return mTable; }
    FrequencySpectrumChart *chart() const { return mChart; }
    QLabel *todayVerdict() const { return mToday; }
    QLabel *plannedVerdict() const { return mPlanned; }
    QLabel *cadenceNote() const { return mCadenceNote; }
    // Declared against observed (issue 22): shown only when the workspace holds usage.
    ObservedUsageTable *observedTable() const { return mObserved; }
    QLabel *observedVerdict() const { return mObservedVerdict; }

    // Adds an empty use case after the current row and starts editing it.
    void addUseCase();
    void duplicateSelected();
    void deleteSelected();
    void moveCurrent(int delta);

    void print();
    void printPreview();
    void exportPdf();
    void paintOn(QPrinter *printer);

signals:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onChanged(const ChangeEvent &event);
    void updateVerdicts();
    void updateObserved(const Persona *persona);
    void updateActions();
    void showMessage(const QString &text, bool error);

    QPointer<WorkspaceDocument> mDocument;
    Id mPersona = 0;
    PersonaForm *mForm;
    QLabel *mToday;
    QLabel *mPlanned;
    QLabel *mCadenceNote;
    QLabel *mObservedVerdict;
    ObservedUsageTable *mObserved;
    QWidget *mObservedPane;
    UseCaseTableModel *mModel;
    UseCaseFilterModel *mProxy;
    UseCaseTableView *mTable;
    FrequencySpectrumChart *mChart;
    QComboBox *mChartScope;
    QComboBox *mFilter;
    QLineEdit *mSearch;
    QLabel *mMessage;
    QSplitter *mSplitter;
    QSplitter *mLowerSplitter; // the observed table | the spectrum
    QAction *mAdd;
    QAction *mDuplicate;
    QAction *mDelete;
    QAction *mMoveUp;
    QAction *mMoveDown;
    QAction *mCopy;
    QAction *mCut;
    QAction *mPaste;
};

} // namespace Parcours
