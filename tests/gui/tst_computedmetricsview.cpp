// The dashboard's counts computed from events (issue 22), as a user sees and edits them: Fill
// from Events shows its counts in italics with a legend, and typing over one in the table
// (keys, as a user types) makes it the user's, value and mark in one undo step.
#include "dashboard/dashboardpage.h"
#include "document/workspacedocument.h"
#include "itemmodels/metricstablemodel.h"

#include "support/observedusagedata.h"

#include <QAction>
#include <QApplication>
#include <QFont>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestComputedMetricsView : public QObject
{
    Q_OBJECT

private slots:
    void fillShowsComputedAndTypingMakesItTyped();
};

void TestComputedMetricsView::fillShowsComputedAndTypingMakesItTyped()
{
    QTemporaryDir dir;
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(dir.filePath(u"w.parcours"_s), TestData::observedUsage());
    QVERIFY2(created.document, qPrintable(created.error));
    WorkspaceDocument &doc = *created.document;
    DashboardPage page;
    page.resize(1100, 900);
    page.setDocument(&doc);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    auto *legend = page.findChild<QLabel *>(u"computedLegend"_s);
    QVERIFY(legend);
    QVERIFY(!legend->isVisible()); // nothing computed yet

    // Fill from Events, by its button: nothing typed, so nothing asked.
    QToolButton *button = nullptr;
    for (QToolButton *b : page.findChildren<QToolButton *>()) {
        if (b->defaultAction() == page.fillFromEventsAction())
            button = b;
    }
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(doc.workspace().metrics.size(), size_t(3));
    QVERIFY(legend->isVisible());
    QVERIFY(legend->text().contains(u"computed from the imported events"_s));

    // January's MAU (6), computed: italics and a tooltip saying so.
    QTableView *table = page.metricsView();
    MetricsTableModel *model = page.metricsModel();
    const QModelIndex mau = model->index(0, MetricsTableModel::MauColumn);
    QCOMPARE(mau.data().toString(), u"6"_s);
    QVERIFY(mau.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(mau.data(Qt::ToolTipRole).toString().startsWith(u"Computed from events"_s));
    QVERIFY(doc.workspace().metrics[0].isComputed(MetricPeriod::MauCount));

    // Typed over: F2 opens the editor, Ctrl+A selects the computed 6, Return commits.
    table->setFocus();
    table->setCurrentIndex(mau);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != table);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_8);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits Return's value from the event loop.
    QTRY_COMPARE(doc.workspace().metrics[0].mau, std::optional<qint64>(8));
    const MetricPeriod &january = doc.workspace().metrics[0];
    QCOMPARE(january.mau, std::optional<qint64>(8));
    QVERIFY(!january.isComputed(MetricPeriod::MauCount));
    QVERIFY(january.isComputed(MetricPeriod::DauCount)); // the others stay computed
    QVERIFY(!model->index(0, MetricsTableModel::MauColumn).data(Qt::FontRole).isValid());
    QCOMPARE(doc.undoStack()->count(), 2); // the fill, then the edit: one step each
    QCOMPARE(doc.undoStack()->undoText(), u"Change period"_s);

    // Undo brings back the computed value and its mark.
    doc.undoStack()->undo();
    QCOMPARE(doc.workspace().metrics[0].mau, std::optional<qint64>(6));
    QVERIFY(doc.workspace().metrics[0].isComputed(MetricPeriod::MauCount));
    QVERIFY(
        model->index(0, MetricsTableModel::MauColumn).data(Qt::FontRole).value<QFont>().italic());

    // Undoing the fill leaves nothing computed, and the legend goes.
    doc.undoStack()->undo();
    QVERIFY(doc.workspace().metrics.empty());
    QVERIFY(!legend->isVisible());
}

QTEST_MAIN(TestComputedMetricsView)
#include "tst_computedmetricsview.moc"
