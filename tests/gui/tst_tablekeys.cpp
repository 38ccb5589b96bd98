// Keys of the window's tables, as a keyboard-only user presses them in the whole window: F2
// edits the current cell of the use-case map and of the dashboard's metrics, where the
// window's own F2 (rename the persona or journey selected in the sidebar) must not take it.
#include "dashboard/dashboardpage.h"
#include "document/workspacedocument.h"
#include "itemmodels/metricstablemodel.h"
#include "itemmodels/usecasefiltermodel.h"
#include "itemmodels/usecasetablemodel.h"
#include "mainwindow.h"
#include "usecases/frequencydelegate.h"
#include "usecases/usecasemapeditor.h"
#include "usecases/usecasetableview.h"
#include "workspace/workspacesidebar.h"

#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestTableKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void f2EditsTheUseCaseCellNotThePersonaName();
    void f2EditsTheMetricsCell();

private:
    std::unique_ptr<MainWindow> mWindow;
};

void TestTableKeys::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
}

void TestTableKeys::init()
{
    mWindow = std::make_unique<MainWindow>();
    mWindow->resize(1280, 800);
    mWindow->show();
    mWindow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(mWindow.get()));
    QVERIFY(mWindow->openSample());
}

void TestTableKeys::cleanup()
{
    if (mWindow && mWindow->document())
        mWindow->document()->undoStack()->clear();
    mWindow.reset();
}

void TestTableKeys::f2EditsTheUseCaseCellNotThePersonaName()
{
    const Persona &buyer = mWindow->document()->workspace().personas[0];
    const Id persona = buyer.id;
    const QString name = buyer.name;
    mWindow->sidebar()->selectEntity(EntityKind::Persona, persona);
    UseCaseTableView *table = mWindow->useCaseMapEditor()->table();
    table->setFocus();
    const QModelIndex frequency
        = mWindow->useCaseMapEditor()->filterModel()->index(0, UseCaseTableModel::FrequencyColumn);
    table->setCurrentIndex(frequency);
    const QString before = frequency.data(Qt::EditRole).toString();

    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<FrequencyEditor *>(QApplication::focusWidget());
    QVERIFY2(editor,
             QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className()
                                         : "no focus");
    QCOMPARE(editor->text(), before); // edited from what is there, not replaced
    QVERIFY(table->isAncestorOf(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"3 times a week"_s);
    QCOMPARE(editor->text(), u"3 times a week"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!table->isEditing()); // the delegate commits on the next event-loop turn
    const Persona *after = mWindow->document()->workspace().persona(persona);
    QCOMPARE(after->name, name); // the persona was not renamed
    QCOMPARE(after->useCases[0].frequency.toString(UsageFrequency::Language::English),
             u"3 times a week"_s);
    QCOMPARE(mWindow->document()->undoStack()->count(), 1);
}

void TestTableKeys::f2EditsTheMetricsCell()
{
    mWindow->sidebar()->setFocus();
    QTest::keyClick(mWindow.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    DashboardPage *dashboard = mWindow->dashboard();
    QTRY_VERIFY(dashboard->isVisible());
    QTableView *table = dashboard->metricsView();
    table->setFocus();
    const QModelIndex start = table->model()->index(0, MetricsTableModel::CustomersStartColumn);
    QVERIFY(start.flags() & Qt::ItemIsEditable);
    table->setCurrentIndex(start);
    const QString before = start.data(Qt::EditRole).toString();
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(editor && table->isAncestorOf(editor),
             QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className()
                                         : "no focus");
    QCOMPARE(editor->text(), before);
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(mWindow->document()->undoStack()->count(), 0);
}

QTEST_MAIN(TestTableKeys)
#include "tst_tablekeys.moc"
