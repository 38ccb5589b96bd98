// Offscreen tests of the use-case map page: typing frequencies, flags, verdicts, the
// spectrum following edits, clipboard rows, printing. Set PARCOURS_SCREENSHOTS=DIR to keep
// screenshots of the page for a person to look at.
#include "document/edits.h"
#include "formats/workspaceformat.h"
#include "itemmodels/usecasefiltermodel.h"
#include "itemmodels/usecasetablemodel.h"
#include "mainwindow.h"
#include "usecases/frequencydelegate.h"
#include "usecases/frequencyspectrumchart.h"
#include "usecases/personaform.h"
#include "usecases/spectrummarkers.h"
#include "usecases/usecasemapeditor.h"
#include "usecases/usecasemapprinter.h"
#include "usecases/usecasetableview.h"
#include "workspace/importexport.h"
#include "workspace/workspacesidebar.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

UseCase useCase(const QString &name, const QString &frequency,
                UseCaseStatus status = UseCaseStatus::Current)
{
    UseCase u;
    u.problem = u"Problem of "_s + name;
    u.useCase = name;
    if (!frequency.isEmpty())
        u.frequency = *UsageFrequency::parse(frequency).frequency;
    u.status = status;
    return u;
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PARCOURS_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(100); // let charts lay out
    widget->grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

class TestUseCaseMapEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheZillowVerdicts();
    void typingAFrequencyFlagsTheRowAndMovesTheChart();
    void frenchPhraseStoresThreePerWeek();
    void unparsableTextKeepsTheEditorOpen();
    void typingIntoACellReplacesItLikeASpreadsheet();
    void aPlannedMonthlyUseCaseChangesThePlannedVerdict();
    void cadenceMarksRowsAtRisk();
    void copyAndPasteRowsAsTabSeparatedText();
    void pasteBadRowsPastesNothing();
    void deleteSelectedRowsIsOneUndoStep();
    void filterForgottenZoneOnly();
    void chartShowsAllPersonas();
    void legendEntriesHaveTheirMarkersShape();
    void verdictsSayThingsOnceAndKeepTheirHeight();
    void quarterlyStaysQuarterly();
    void hoveringAPointNamesTheUseCase();
    void clickingAPointSelectsTheUseCase();
    void markersLookAsQtChartsDrewThem();
    void printsTableAndChart();
    void mainWindowShowsThePageForAPersona();
    void importFromTheFileMenuIsOneUndoStep();
    void importingAJourneyTwiceRenamesTheSecond();

private:
    QTemporaryDir mDir;
    std::unique_ptr<WorkspaceDocument> mDoc;
    UseCaseMapEditor *mEditor = nullptr;
    Id mPersona = 0;
};

void TestUseCaseMapEditor::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true); // untitled workspaces, settings
    QVERIFY(mDir.isValid());
}

void TestUseCaseMapEditor::init()
{
    static int n = 0;
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(mDir.filePath(u"w%1.parcours"_s.arg(++n)));
    QVERIFY2(created.document, qPrintable(created.error));
    mDoc = std::move(created.document);
    Persona buyer;
    buyer.name = u"Home buyer"_s;
    buyer.color = u"#e15759"_s;
    buyer.description = u"Households buying their next home (seed 003)."_s;
    buyer.useCases = {useCase(u"Search listings and book visits"_s, u"every 5.5 years"_s),
                      useCase(u"Saved searches alerts"_s, u"3 times a week"_s)};
    buyer.useCases[0].weight = 0.7;
    buyer.useCases[1].weight = 0.1;
    mPersona = Edit::addPersona(*mDoc, buyer);
    mEditor = new UseCaseMapEditor;
    mEditor->setDocument(mDoc.get());
    mEditor->setPersona(mPersona);
    mEditor->resize(1200, 820);
    mEditor->show();
    QVERIFY(QTest::qWaitForWindowExposed(mEditor));
}

void TestUseCaseMapEditor::cleanup()
{
    delete mEditor;
    mEditor = nullptr;
    mDoc.reset();
}

void TestUseCaseMapEditor::showsTheZillowVerdicts()
{
    QVERIFY2(mEditor->todayVerdict()->text().contains(u"In the forgotten zone"_s),
             qPrintable(mEditor->todayVerdict()->text()));
    QVERIFY(mEditor->todayVerdict()->text().contains(
        u"1 of 2 segments, 88\u00A0% of weight, below monthly"_s)); // "88 %" never split
    QCOMPARE(mEditor->tableModel()->rowCount(), 2);
    QCOMPARE(mEditor->form()->nameEdit()->text(), u"Home buyer"_s);
    saveShot(mEditor, u"editor-zillow"_s);
}

void TestUseCaseMapEditor::typingAFrequencyFlagsTheRowAndMovesTheChart()
{
    UseCaseTableView *table = mEditor->table();
    UseCaseTableModel *model = mEditor->tableModel();
    const Id alerts = model->useCaseId(1);
    QTRY_VERIFY(mEditor->chart()->spectrum().find(alerts));
    QVERIFY(!mEditor->chart()->spectrum().find(alerts)->forgotten);

    const QModelIndex cell = mEditor->filterModel()->index(1, UseCaseTableModel::FrequencyColumn);
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->findChild<FrequencyEditor *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"every 2 years"_s);
    QVERIFY2(editor->feedback().contains(u"below monthly"_s), qPrintable(editor->feedback()));
    QVERIFY(editor->feedbackLabel()->isVisible());
    saveShot(mEditor, u"editor-typing"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!table->isEditing()); // the delegate commits on the next event-loop turn

    // The model, the flag, the tooltip, the header marker.
    QCOMPARE(mDoc->workspace().personas[0].useCases[1].frequency,
             UsageFrequency(1, 2, Period::Year));
    QVERIFY(cell.data(UseCaseTableModel::ForgottenZoneRole).toBool());
    QCOMPARE(table->model()->headerData(1, Qt::Vertical).toString(), u"\u25BD 2"_s);
    QVERIFY(cell.data(Qt::ToolTipRole)
                .toString()
                .startsWith(u"about once every 24 months: below monthly"_s));
    // Enter moved down like a spreadsheet (to the last row, so it stays).
    QCOMPARE(table->currentIndex().row(), 1);

    // What the user sees: the notes cell of that row painted with the zone's tint.
    table->setCurrentIndex(mEditor->filterModel()->index(0, 0));
    table->clearSelection();
    const QRect notes
        = table->visualRect(mEditor->filterModel()->index(1, UseCaseTableModel::NotesColumn));
    const QImage image = table->viewport()->grab().toImage();
    QCOMPARE(image.pixelColor(notes.right() - 4, notes.center().y()), QColor(0xfd, 0xe8, 0xe6));

    // The chart follows on the next turn of the event loop.
    QTRY_VERIFY(mEditor->chart()->spectrum().find(alerts)->forgotten);
    const auto *point = mEditor->chart()->spectrum().find(alerts);
    QCOMPARE(point->usesPerMonth, 1.0 / 24.0);
    const SpectrumMarkers *markers = mEditor->chart()->markers();
    QCOMPARE(markers->count(0), 2);
    QCOMPARE(markers->value(0, 1).x(), std::log10(1.0 / 24.0));
    QCOMPARE(mEditor->chart()->describePoint(0, 1),
             u"Saved searches alerts — every 2 years (about once every 24 months; below "
             "monthly)"_s);
    saveShot(mEditor, u"editor-flagged"_s);

    // Undo takes it all back.
    mDoc->undoStack()->undo();
    QVERIFY(!cell.data(UseCaseTableModel::ForgottenZoneRole).toBool());
    QTRY_VERIFY(!mEditor->chart()->spectrum().find(alerts)->forgotten);
}

void TestUseCaseMapEditor::frenchPhraseStoresThreePerWeek()
{
    // The delegate alone, as the view uses it.
    FrequencyDelegate delegate;
    QWidget parent;
    UseCaseTableModel *model = mEditor->tableModel();
    const QModelIndex index = model->index(0, UseCaseTableModel::FrequencyColumn);
    std::unique_ptr<QWidget> widget(delegate.createEditor(&parent, {}, index));
    auto *editor = qobject_cast<FrequencyEditor *>(widget.get());
    QVERIFY(editor);
    delegate.setEditorData(editor, index);
    QCOMPARE(editor->text(), u"every 5.5 years"_s);
    editor->clear();
    QTest::keyClicks(editor, u"3 fois par semaine"_s);
    QVERIFY(editor->isAcceptable());
    QCOMPARE(editor->feedback(), u"\u2713 3 times a week — about 13 times a month"_s);
    delegate.setModelData(editor, model, index);
    QCOMPARE(mDoc->workspace().personas[0].useCases[0].frequency,
             UsageFrequency(3, 1, Period::Week));
}

void TestUseCaseMapEditor::unparsableTextKeepsTheEditorOpen()
{
    UseCaseTableView *table = mEditor->table();
    const QModelIndex cell = mEditor->filterModel()->index(0, UseCaseTableModel::FrequencyColumn);
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->findChild<FrequencyEditor *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"now and then"_s);
    QVERIFY(!editor->isAcceptable());
    QVERIFY(editor->feedback().startsWith(u"\u2717 \"now and then\" is not a frequency"_s));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(table->isEditing());
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(mDoc->workspace().personas[0].useCases[0].frequency,
             UsageFrequency(1, 5.5, Period::Year));

    // Leaving the cell another way (a click on another cell) saves nothing and loses
    // nothing: the typed text stays in the cell, marked as not understood, and it says so.
    QTest::keyClick(table, Qt::Key_F2);
    editor = qobject_cast<FrequencyEditor *>(QApplication::focusWidget()); // not the closed one
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"every blue moon"_s);
    QSignalSpy messages(table, &UseCaseTableView::message);
    const QModelIndex notes = cell.siblingAtColumn(UseCaseTableModel::NotesColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(notes).center());
    QTRY_VERIFY(!table->isEditing());
    QCOMPARE(table->currentIndex(), notes);
    QCOMPARE(mDoc->workspace().personas[0].useCases[0].frequency,
             UsageFrequency(1, 5.5, Period::Year));
    QCOMPARE(cell.data().toString(), u"\u2717 not understood: every blue moon"_s);
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(u"is not a frequency"_s),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.at(0).at(0).toString().startsWith(
                 u"\u201Cevery blue moon\u201D is not saved: \"every blue moon\" is not a "
                 "frequency"_s),
             qPrintable(messages.at(0).at(0).toString()));
    QCOMPARE(messages.at(0).at(1).toBool(), true);

    // Editing it again goes on from the typed text; a click on another widget keeps it too.
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_F2);
    editor = qobject_cast<FrequencyEditor *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), u"every blue moon"_s);
    QTest::keyClick(editor, Qt::Key_End);
    QTest::keyClicks(editor, u"s"_s);
    auto *search = mEditor->findChild<QLineEdit *>(u"useCaseSearch"_s);
    QVERIFY(search);
    QTest::mouseClick(search, Qt::LeftButton);
    QTRY_VERIFY(!table->isEditing());
    QCOMPARE(cell.data().toString(), u"\u2717 not understood: every blue moons"_s);

    // Fixing it saves it and the mark goes.
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_F2);
    editor = qobject_cast<FrequencyEditor *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"every 2 years"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!table->isEditing());
    QCOMPARE(mDoc->workspace().personas[0].useCases[0].frequency,
             UsageFrequency(1, 2, Period::Year));
    QCOMPARE(cell.data().toString(), u"every 2 years"_s);
    QVERIFY(cell.data(UseCaseTableModel::FrequencyDraftRole).toString().isEmpty());

    // Escape while editing a kept text cancels it: the saved frequency shows again.
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_F2);
    editor = qobject_cast<FrequencyEditor *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"sometimes"_s);
    table->setCurrentIndex(notes); // leaves it kept
    QTRY_VERIFY(!table->isEditing());
    QCOMPARE(cell.data().toString(), u"\u2717 not understood: sometimes"_s);
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_F2);
    editor = qobject_cast<FrequencyEditor *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!table->isEditing());
    QCOMPARE(cell.data().toString(), u"every 2 years"_s);
}

void TestUseCaseMapEditor::typingIntoACellReplacesItLikeASpreadsheet()
{
    UseCaseTableView *table = mEditor->table();
    table->setFocus();
    table->setCurrentIndex(mEditor->filterModel()->index(0, UseCaseTableModel::FrequencyColumn));
    QTest::keyClick(table, Qt::Key_3); // starts the editor with the typed key
    QVERIFY(table->isEditing());
    QTest::keyClicks(QApplication::focusWidget(), u" fois par semaine"_s);
    auto *editor = qobject_cast<FrequencyEditor *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), u"3 fois par semaine"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!table->isEditing());
    QCOMPARE(mDoc->workspace().personas[0].useCases[0].frequency,
             UsageFrequency(3, 1, Period::Week));
    QCOMPARE(table->currentIndex().row(), 1); // Enter moved down
    // Tab moves right; Delete on a cell clears it (one undo step).
    QTest::keyClick(table, Qt::Key_Tab);
    QCOMPARE(table->currentIndex().column(), UseCaseTableModel::WeightColumn);
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(!mDoc->workspace().personas[0].useCases[1].weight);
    mDoc->undoStack()->undo();
    QCOMPARE(mDoc->workspace().personas[0].useCases[1].weight, std::optional<double>(0.1));
}

void TestUseCaseMapEditor::aPlannedMonthlyUseCaseChangesThePlannedVerdict()
{
    // Like a product manager: add a row, type the use case, the frequency, the status.
    UseCaseTableView *table = mEditor->table();
    table->setFocus();
    table->setCurrentIndex(mEditor->filterModel()->index(1, 0));
    mEditor->addUseCase();
    QCOMPARE(mEditor->tableModel()->rowCount(), 3);
    QVERIFY(table->isEditing()); // problem cell of the new row
    QWidget *problem = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(problem));
    QTest::keyClicks(problem, u"Knowing what my home is worth"_s);
    QTest::keyClick(problem, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"Zestimate"_s);
    // Tab on to the frequency column.
    for (int c = UseCaseTableModel::UseCaseColumn; c < UseCaseTableModel::FrequencyColumn; ++c)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *frequency = qobject_cast<FrequencyEditor *>(QApplication::focusWidget());
    QVERIFY(frequency);
    QTest::keyClicks(frequency, u"tous les mois"_s);
    QTest::keyClick(frequency, Qt::Key_Tab); // weight
    QTest::keyClicks(QApplication::focusWidget(), u"0,2"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // status
    auto *status = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(status);
    status->setCurrentIndex(1);
    QTest::keyClick(status, Qt::Key_Return);
    QTRY_VERIFY(!table->isEditing());

    const UseCase &added = mDoc->workspace().personas[0].useCases[2];
    QCOMPARE(added.problem, u"Knowing what my home is worth"_s);
    QCOMPARE(added.useCase, u"Zestimate"_s);
    QCOMPARE(added.frequency, UsageFrequency(1, 1, Period::Month));
    QCOMPARE(added.weight, std::optional<double>(0.2));
    QCOMPARE(added.status, UseCaseStatus::Planned);

    // Today unchanged; with planned: 0.7 of 1.0 below monthly is still most … by weight.
    QVERIFY(mEditor->todayVerdict()->text().contains(u"In the forgotten zone"_s));
    QVERIFY(mEditor->plannedVerdict()->text().contains(u"70\u00A0% of weight"_s));
    // A heavier monthly habit pulls the persona out.
    Edit::setField(*mDoc, EntityRef::useCase(mPersona, added.id), Field::UseCaseWeight, 0.8);
    QVERIFY2(mEditor->plannedVerdict()->text().contains(u"Not in the forgotten zone"_s),
             qPrintable(mEditor->plannedVerdict()->text()));
    QVERIFY(mEditor->plannedVerdict()->text().contains(u"would pull this persona out"_s));
    QVERIFY(mEditor->todayVerdict()->text().contains(u"In the forgotten zone"_s));
    // The chart shows it as planned.
    QTRY_VERIFY(mEditor->chart()->spectrum().find(added.id));
    QVERIFY(mEditor->chart()->spectrum().find(added.id)->planned);
    QCOMPARE(mEditor->chart()->markers()->count(1), 1);
    QCOMPARE(mEditor->chart()->pointSeries().at(1)->markerShape(),
             QScatterSeries::MarkerShapeTriangle);
    saveShot(mEditor, u"editor-planned"_s);
}

void TestUseCaseMapEditor::cadenceMarksRowsAtRisk()
{
    auto *cadence = mEditor->form()->cadenceBox();
    cadence->setCurrentIndex(cadence->findData(int(Cadence::Daily)));
    emit cadence->activated(cadence->currentIndex());
    QCOMPARE(mDoc->workspace().personas[0].cadence, Cadence::Daily);
    QCOMPARE(mEditor->table()->model()->headerData(1, Qt::Vertical).toString(), u"\u26A0 2"_s);
    QVERIFY2(mEditor->cadenceNote()->text().contains(u"2 current use cases below the daily"_s),
             qPrintable(mEditor->cadenceNote()->text()));
    mDoc->undoStack()->undo();
    QCOMPARE(mEditor->table()->model()->headerData(1, Qt::Vertical).toString(), u"2"_s);
    QCOMPARE(cadence->currentData().toInt(), int(Cadence::None));
}

void TestUseCaseMapEditor::copyAndPasteRowsAsTabSeparatedText()
{
    UseCaseTableView *table = mEditor->table();
    table->selectRow(0);
    const QString text = table->selectionAsText();
    QCOMPARE(text,
             u"Problem of Search listings and book visits\tSearch listings and book "
             "visits\t\t\tevery 5.5 years\t0.7\tcurrent\t\t\n"_s); // notes, events
    table->copySelection();
    QCOMPARE(QApplication::clipboard()->text(), text);

    // From a spreadsheet: header row, French phrases, a quoted cell with a line break.
    const int steps = mDoc->undoStack()->count();
    QVERIFY(table->pasteText(
        u"problem\tuse_case\twhy_better\talternative\tfrequency\tweight\tstatus\tnotes\n"
        "Renting\tRentals\tSame account\tClassifieds\tune fois par "
        "an\t0,1\tplanned\t\"two\nlines\"\n"
        "Value\tZestimate\tInstant\tAgent\tmensuel\t\tprévu\t\n"_s));
    QCOMPARE(mDoc->undoStack()->count(), steps + 1);
    const auto &useCases = mDoc->workspace().personas[0].useCases;
    QCOMPARE(useCases.size(), size_t(4));
    QCOMPARE(useCases[1].useCase, u"Rentals"_s); // after the current row
    QCOMPARE(useCases[1].frequency, UsageFrequency(1, 1, Period::Year));
    QCOMPARE(useCases[1].weight, std::optional<double>(0.1));
    QCOMPARE(useCases[1].notes, u"two\nlines"_s);
    QCOMPARE(useCases[2].status, UseCaseStatus::Planned);
    mDoc->undoStack()->undo();
    QCOMPARE(mDoc->workspace().personas[0].useCases.size(), size_t(2));

    // One value into several selected cells.
    table->clearSelection();
    table->selectionModel()->select(
        QItemSelection(mEditor->filterModel()->index(0, UseCaseTableModel::NotesColumn),
                       mEditor->filterModel()->index(1, UseCaseTableModel::NotesColumn)),
        QItemSelectionModel::Select);
    QVERIFY(table->pasteText(u"to review\n"_s));
    QCOMPARE(mDoc->workspace().personas[0].useCases[1].notes, u"to review"_s);
}

void TestUseCaseMapEditor::pasteBadRowsPastesNothing()
{
    QSignalSpy messages(mEditor->table(), &UseCaseTableView::message);
    QVERIFY(!mEditor->table()->pasteText(u"a\tb\tc\td\tnow and then\tx\tcurrent\tn\n"_s));
    QCOMPARE(mDoc->workspace().personas[0].useCases.size(), size_t(2));
    QCOMPARE(messages.size(), 1);
    const QString text = messages[0][0].toString();
    QVERIFY2(text.contains(u"Row 1: frequency: \"now and then\" is not a frequency"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"weight \"x\" is not a number"_s));
}

void TestUseCaseMapEditor::deleteSelectedRowsIsOneUndoStep()
{
    UseCaseTableView *table = mEditor->table();
    table->setFocus();
    table->selectAll();
    const int steps = mDoc->undoStack()->count();
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(mEditor->tableModel()->rowCount(), 0);
    QCOMPARE(mDoc->undoStack()->count(), steps + 1);
    mDoc->undoStack()->undo();
    QCOMPARE(mEditor->tableModel()->rowCount(), 2);
}

void TestUseCaseMapEditor::filterForgottenZoneOnly()
{
    auto *filter = mEditor->findChild<QComboBox *>(u"useCaseFilter"_s);
    QVERIFY(filter);
    filter->setCurrentIndex(filter->findData(int(UseCaseFilterModel::ForgottenZoneOnly)));
    QCOMPARE(mEditor->table()->model()->rowCount(), 1);
    QCOMPARE(mEditor->table()->model()->index(0, UseCaseTableModel::UseCaseColumn).data(),
             QVariant(u"Search listings and book visits"_s));
    filter->setCurrentIndex(0);
    QCOMPARE(mEditor->table()->model()->rowCount(), 2);
}

void TestUseCaseMapEditor::chartShowsAllPersonas()
{
    Persona agent;
    agent.name = u"Agent"_s;
    agent.color = u"#4e79a7"_s;
    agent.useCases = {useCase(u"Answer leads"_s, u"daily"_s)};
    Edit::addPersona(*mDoc, agent);
    auto *scope = mEditor->findChild<QComboBox *>(u"spectrumScope"_s);
    scope->setCurrentIndex(1);
    FrequencySpectrumChart *chart = mEditor->chart();
    QCOMPARE(chart->scope(), FrequencySpectrumChart::Scope::AllPersonas);
    QCOMPARE(chart->pointSeries().size(), 4);
    QCOMPARE(chart->pointSeries().at(2)->name(), u"Agent"_s);
    QCOMPARE(chart->markers()->count(2), 1);
    saveShot(chart, u"spectrum-all"_s);
}

void TestUseCaseMapEditor::legendEntriesHaveTheirMarkersShape()
{
    // Current use cases are circles and planned ones triangles on the chart: the legend
    // draws each entry with its series' marker, not a square swatch.
    QChart *chart = mEditor->chart()->chart();
    QCOMPARE(chart->legend()->markerShape(), QLegend::MarkerShapeFromSeries);
    const QList<QScatterSeries *> series = mEditor->chart()->pointSeries();
    QCOMPARE(series.size(), 2);
    QCOMPARE(series.at(0)->markerShape(), QScatterSeries::MarkerShapeCircle);
    QCOMPARE(series.at(1)->markerShape(), QScatterSeries::MarkerShapeTriangle);
    for (QScatterSeries *s : series) {
        const QList<QLegendMarker *> markers = chart->legend()->markers(s);
        QCOMPARE(markers.size(), 1);
        QVERIFY(markers.first()->isVisible());
        // The entry's own shape follows the legend's (none set per marker).
        QCOMPARE(markers.first()->shape(), QLegend::MarkerShapeDefault);
    }
    // The printout's chart is filled by the same code.
    QChart printed;
    FrequencySpectrumChart::populate(&printed, mEditor->chart()->spectrum(), QString(), {});
    QCOMPARE(printed.legend()->markerShape(), QLegend::MarkerShapeFromSeries);
}

void TestUseCaseMapEditor::verdictsSayThingsOnceAndKeepTheirHeight()
{
    // One use case: "1 of 1 segment", not "segments".
    Persona single;
    single.name = u"Renter"_s;
    single.useCases = {useCase(u"Pay rent"_s, u"monthly"_s)};
    const Id renter = Edit::addPersona(*mDoc, single);
    mEditor->setPersona(renter);
    QVERIFY2(mEditor->todayVerdict()->text().contains(u"0 of 1 segment below monthly"_s),
             qPrintable(mEditor->todayVerdict()->text()));

    // No frequency anywhere: said once on the page, not in both boxes and the chart.
    Persona empty;
    empty.name = u"Seller"_s;
    empty.useCases = {useCase(u"List a home"_s, QString())};
    const Id seller = Edit::addPersona(*mDoc, empty);
    mEditor->setPersona(seller);
    mEditor->chart()->refresh();
    QStringList shown {mEditor->todayVerdict()->text(), mEditor->plannedVerdict()->text()};
    const auto axes = mEditor->chart()->chart()->axes(Qt::Vertical);
    for (QAbstractAxis *axis : axes) {
        if (auto *categories = qobject_cast<QCategoryAxis *>(axis))
            shown << categories->categoriesLabels();
    }
    const QString all = shown.join(u'\n');
    QCOMPARE(all.count(u"with a frequency"_s, Qt::CaseInsensitive), 1);

    // The boxes keep their height when a hint comes or goes: the table does not move.
    mEditor->setPersona(mPersona);
    QApplication::processEvents();
    const int tableTop = mEditor->table()->mapTo(mEditor, QPoint(0, 0)).y();
    const int boxHeight = mEditor->todayVerdict()->height();
    QVERIFY(mEditor->plannedVerdict()->text().contains(u"No planned use case yet"_s));
    const Id alerts = mEditor->tableModel()->useCaseId(1);
    Edit::setField(*mDoc, EntityRef::useCase(mPersona, alerts), Field::UseCaseStatus,
                   int(UseCaseStatus::Planned));
    QVERIFY(!mEditor->plannedVerdict()->text().contains(u"No planned use case yet"_s));
    QApplication::processEvents();
    QCOMPARE(mEditor->todayVerdict()->height(), boxHeight);
    QCOMPARE(mEditor->table()->mapTo(mEditor, QPoint(0, 0)).y(), tableTop);
    mEditor->setPersona(seller);
    QApplication::processEvents();
    QCOMPARE(mEditor->table()->mapTo(mEditor, QPoint(0, 0)).y(), tableTop);
}

void TestUseCaseMapEditor::quarterlyStaysQuarterly()
{
    // Typed words come back as typed when they mean the same: "quarterly" is not rewritten
    // "every 3 months", nor "every 3 months" "quarterly".
    UseCaseTableView *table = mEditor->table();
    const QModelIndex first = mEditor->filterModel()->index(0, UseCaseTableModel::FrequencyColumn);
    const QModelIndex second = first.siblingAtRow(1);
    table->setFocus();
    table->setCurrentIndex(first);
    QTest::keyClicks(table, u"q"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"uarterly"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!table->isEditing());
    table->setCurrentIndex(second);
    QTest::keyClicks(table, u"e"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"very 3 months"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!table->isEditing());
    QCOMPARE(first.data().toString(), u"quarterly"_s);
    QCOMPARE(second.data().toString(), u"every 3 months"_s);
    const auto &useCases = mDoc->workspace().personas[0].useCases;
    QCOMPARE(useCases[0].frequency.usesPerMonth(), useCases[1].frequency.usesPerMonth());
    // Copied for a spreadsheet (and written to CSV) the same way.
    table->setCurrentIndex(first);
    table->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(table->selectionAsText(), u"quarterly\n"_s);
}

void TestUseCaseMapEditor::hoveringAPointNamesTheUseCase()
{
    FrequencySpectrumChart *chart = mEditor->chart();
    QTest::qWait(50); // laid out
    // Where Qt Charts puts that value, less the half pen width its marker items are shifted by.
    const QPointF value = chart->markers()->value(0, 0);
    const QPointF centre
        = chart->chart()->mapToPosition(value, chart->pointSeries().at(0)) - QPointF(0.6, 0.6);
    QCOMPARE(chart->markers()->position(0, 0), centre);
    const QPoint pos = chart->mapFromScene(chart->chart()->mapToScene(centre));
    QTest::mouseMove(chart->viewport(), pos - QPoint(30, 30));
    QVERIFY(!QToolTip::isVisible());
    QTest::mouseMove(chart->viewport(), pos + QPoint(4, -3)); // within the marker's 13 pixels
    QTRY_VERIFY(QToolTip::isVisible());
    const QString expected = u"Search listings and book visits — every 5.5 years (about once "
                             "every 66 months; below monthly)"_s;
    QCOMPARE(QToolTip::text(), expected);
    // Still there once the scene has answered the tooltip request (it hides tips it lacks).
    QHelpEvent help(QEvent::ToolTip, pos, chart->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(chart->viewport(), &help);
    QTest::qWait(500); // a hidden tip goes after 300 ms
    QVERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), expected);
    // Moving off the point hides it.
    QTest::mouseMove(chart->viewport(), pos + QPoint(12, 12));
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestUseCaseMapEditor::clickingAPointSelectsTheUseCase()
{
    FrequencySpectrumChart *chart = mEditor->chart();
    QTest::qWait(50); // laid out
    UseCaseTableView *table = mEditor->table();
    table->clearSelection();
    auto viewportPoint = [chart](int series, int point) {
        return chart->mapFromScene(
            chart->chart()->mapToScene(chart->markers()->position(series, point)));
    };
    // The second use case ("Saved searches alerts", 3 times a week).
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, viewportPoint(0, 1));
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data().toString(), mDoc->workspace().personas[0].useCases[1].problem);
    QCOMPARE(table->currentIndex().row(), rows.first().row());
    // A click beside the points selects nothing else.
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, viewportPoint(0, 1) + QPoint(0, 40));
    QCOMPARE(table->selectionModel()->selectedRows(), rows);
}

void TestUseCaseMapEditor::markersLookAsQtChartsDrewThem()
{
    // A current and a planned use case, one in the forgotten zone: drawn by our markers item,
    // then by Qt Charts' scatter series given the same points (as before issue 24).
    UseCase planned = useCase(u"Tour in 3D"_s, u"monthly"_s, UseCaseStatus::Planned);
    Edit::addUseCases(*mDoc, mPersona, {planned}, -1, u"Add"_s);
    FrequencySpectrumChart *chart = mEditor->chart();
    chart->refresh();
    QTest::qWait(50); // laid out
    const QImage ours = chart->grab().toImage();
    const QList<QScatterSeries *> series = chart->pointSeries();
    QCOMPARE(series.size(), 2);
    for (int s = 0; s < series.size(); ++s) {
        QList<QPointF> points;
        for (int i = 0; i < chart->markers()->count(s); ++i)
            points << chart->markers()->value(s, i);
        series[s]->replace(points);
    }
    SpectrumMarkers::of(chart->chart())->setSeries({}, QRectF());
    QTest::qWait(50);
    const QImage qtCharts = chart->grab().toImage();
    QCOMPARE(ours.size(), qtCharts.size());
    int different = 0;
    int worst = 0;
    for (int y = 0; y < ours.height(); ++y) {
        for (int x = 0; x < ours.width(); ++x) {
            const QColor a = ours.pixelColor(x, y);
            const QColor b = qtCharts.pixelColor(x, y);
            const int d = std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                                    std::abs(a.blue() - b.blue())});
            worst = std::max(worst, d);
            different += d > 0 ? 1 : 0;
        }
    }
    if (different > 0) {
        const QString dir = qEnvironmentVariable("PARCOURS_SCREENSHOTS");
        if (!dir.isEmpty()) {
            ours.save(dir + u"/spectrum-markers-ours.png"_s);
            qtCharts.save(dir + u"/spectrum-markers-qtcharts.png"_s);
        }
    }
    // On screen each marker is copied from an image drawn at the nearest quarter pixel: the
    // antialiased edges may differ a little (33 of 255 here); a marker a pixel off, of another
    // colour or shape, would differ by far more.
    QVERIFY2(worst <= 64, qPrintable(u"%1 pixels differ, by up to %2"_s.arg(different).arg(worst)));
}

void TestUseCaseMapEditor::printsTableAndChart()
{
    // Enough rows for a second page.
    std::vector<UseCase> many;
    many.reserve(40);
    for (int i = 0; i < 40; ++i)
        many.push_back(useCase(u"Use case %1 with a longer name to wrap"_s.arg(i),
                               i % 3 ? u"weekly"_s : u"every 3 months"_s,
                               i % 4 ? UseCaseStatus::Current : UseCaseStatus::Planned));
    Edit::addUseCases(*mDoc, mPersona, many, -1, u"Add"_s);
    const UseCaseMapPrinter printer(mDoc->workspace(), mPersona);
    const QSizeF a4Landscape(842 - 68, 595 - 68);
    QVERIFY(printer.pageCount(a4Landscape) >= 2);

    QImage page(a4Landscape.toSize() * 2, QImage::Format_RGB32);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        painter.scale(2, 2);
        printer.paintPage(&painter, a4Landscape, 0);
    }
    if (!qEnvironmentVariableIsEmpty("PARCOURS_SCREENSHOTS"))
        page.save(qEnvironmentVariable("PARCOURS_SCREENSHOTS") + u"/print-page1.png"_s);
    // Title ink at the top left; the hatched zone somewhere in the chart band.
    bool titleInk = false;
    for (int x = 0; x < 300 && !titleInk; ++x)
        titleInk = qGray(page.pixel(x, 15)) < 100;
    QVERIFY(titleInk);
    bool zoneTint = false;
    for (int y = 100; y < 600 && !zoneTint; ++y) {
        for (int x = 100; x < 900 && !zoneTint; x += 3) {
            const QColor c = page.pixelColor(x, y);
            zoneTint = c.red() > 200 && c.green() < 235 && c.blue() < 235 && c.green() > 150;
        }
    }
    QVERIFY(zoneTint);

    const QString pdf = mDir.filePath(u"map.pdf"_s);
    QString error;
    QVERIFY2(printer.exportPdf(pdf, &error), qPrintable(error));
    if (!qEnvironmentVariableIsEmpty("PARCOURS_SCREENSHOTS"))
        QFile::copy(pdf, qEnvironmentVariable("PARCOURS_SCREENSHOTS") + u"/map.pdf"_s);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("%PDF"));
    QCOMPARE(data.count("/Type /Page\n") + data.count("/Type /Page\r") + data.count("/Type /Page "),
             printer.pageCount(a4Landscape));

    // The QPrinter path File > Print takes (here printing to a PDF file).
    QPrinter qprinter(QPrinter::HighResolution);
    qprinter.setOutputFormat(QPrinter::PdfFormat);
    qprinter.setOutputFileName(mDir.filePath(u"printed.pdf"_s));
    qprinter.setPageOrientation(QPageLayout::Landscape);
    mEditor->paintOn(&qprinter);
    QVERIFY(QFileInfo(mDir.filePath(u"printed.pdf"_s)).size() > 1000);
}

void TestUseCaseMapEditor::mainWindowShowsThePageForAPersona()
{
    MainWindow window;
    QVERIFY(window.openSample());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const Id buyer = window.document()->workspace().personas[0].id;
    window.sidebar()->selectEntity(EntityKind::Persona, buyer);
    auto *central = window.pages();
    QCOMPARE(central->currentWidget(), window.useCaseMapEditor());
    QCOMPARE(window.useCaseMapEditor()->persona(), buyer);
    QVERIFY(window.useCaseMapEditor()->todayVerdict()->text().contains(u"forgotten zone"_s));
    const QString tip = window.sidebar()->currentIndex().data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(u"Home buyer: \u25BD in the forgotten zone (1 of 1 segment, 100 % "
                            "of weight, below monthly)\nWith planned use cases: in the "
                            "forgotten zone (2 of 3 segments, 80 % of weight"_s),
             qPrintable(tip));
    QTest::qWait(50);
    saveShot(&window, u"mainwindow-persona"_s);
    // Reordering personas from the sidebar.
    window.moveSelected(+1);
    QCOMPARE(window.document()->workspace().personas[1].id, buyer);
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->workspace().personas[0].id, buyer);
}

void TestUseCaseMapEditor::importFromTheFileMenuIsOneUndoStep()
{
    const int steps = mDoc->undoStack()->count();
    ImportExport::importFile(mEditor, *mDoc,
                             QStringLiteral(PARCOURS_TEST_DATA) + u"/usecases/zillow-fr.csv"_s,
                             *WorkspaceFormats::find(u"usecases-csv"_s));
    QCOMPARE(mDoc->undoStack()->count(), steps + 1);
    QCOMPARE(mDoc->workspace().personas.size(), size_t(3));
    QCOMPARE(mDoc->workspace().personas[1].name, u"Acheteur"_s);
    mDoc->undoStack()->undo();
    QCOMPARE(mDoc->workspace().personas.size(), size_t(1));
}

void TestUseCaseMapEditor::importingAJourneyTwiceRenamesTheSecond()
{
    const QString csv = QStringLiteral(PARCOURS_TEST_DATA) + u"/journeys/fr-semicolon.csv"_s;
    const WorkspaceFormat &format = *WorkspaceFormats::find(u"journey-csv"_s);
    const size_t before = mDoc->workspace().journeys.size();
    QStringList reported;
    QTimer closer; // a local timer: Qt's singleShot(functor) confuses the analyzer
    closer.setSingleShot(true);
    connect(&closer, &QTimer::timeout, this, [&reported] {
        auto *dialog = qobject_cast<ImportReportDialog *>(QApplication::activeModalWidget());
        if (dialog) {
            reported = dialog->messages();
            dialog->accept();
        }
    });
    const auto importOnce = [&] {
        reported.clear();
        closer.start(0);
        ImportExport::importFile(mEditor, *mDoc, csv, format);
    };
    importOnce();
    importOnce();
    const auto &journeys = mDoc->workspace().journeys;
    QCOMPARE(journeys.size(), before + 4); // the file holds two journeys
    QCOMPARE(journeys[before].name, u"Abonnement SaaS"_s);
    QCOMPARE(journeys[before + 1].name, u"顧客の旅"_s);
    QCOMPARE(journeys[before + 2].name, u"Abonnement SaaS (2)"_s);
    QCOMPARE(journeys[before + 3].name, u"顧客の旅 (2)"_s);
    QCOMPARE(reported,
             QStringList({u"fr-semicolon.csv: warning: a journey named \"Abonnement SaaS\" is "
                          "already in the workspace; imported as \"Abonnement SaaS (2)\""_s,
                          u"fr-semicolon.csv: warning: a journey named \"顧客の旅\" is already "
                          "in the workspace; imported as \"顧客の旅 (2)\""_s}));
    mDoc->undoStack()->undo();
    mDoc->undoStack()->undo();
    QCOMPARE(mDoc->workspace().journeys.size(), before);
}

QTEST_MAIN(TestUseCaseMapEditor)
#include "tst_usecasemapeditor.moc"
