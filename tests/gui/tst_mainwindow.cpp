#include "edits.h"
#include "mainwindow.h"
#include "workspacedocument.h"
#include "workspaceoutlinemodel.h"
#include "workspacesidebar.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

// Drives the main window offscreen as a user would, through its menu actions.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createAddPersonaUndoRedo();
    void sampleOpensWithPersonasAndJourney();

private:
    static QAction *findAction(QWidget *window, const QString &text);
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QAction *TestMainWindow::findAction(QWidget *window, const QString &text)
{
    const auto actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    return nullptr;
}

void TestMainWindow::createAddPersonaUndoRedo()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    findAction(&window, u"New Workspace"_s)->trigger();
    WorkspaceDocument *doc = window.document();
    QVERIFY(doc);
    QVERIFY(doc->isUntitled());

    QAction *addPersona = findAction(&window, u"Add Persona"_s);
    QVERIFY(addPersona && addPersona->isEnabled());
    addPersona->trigger();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // leave the name editor
    auto *outline = qobject_cast<WorkspaceOutlineModel *>(window.sidebar()->model());
    const QModelIndex personas = outline->groupIndex(WorkspaceOutlineModel::PersonasGroup);
    QCOMPARE(outline->rowCount(personas), 1);
    QCOMPARE(doc->workspace().personas.size(), size_t(1));

    // Rename through the sidebar model, as the in-place editor does.
    QVERIFY(outline->setData(outline->index(0, 0, personas), u"Marketing lead"_s));
    QCOMPARE(doc->workspace().personas[0].name, u"Marketing lead"_s);

    QAction *undo = findAction(&window, u"Undo Change persona"_s);
    QVERIFY(undo);
    undo->trigger();
    QCOMPARE(doc->workspace().personas[0].name, u"New persona"_s);
    findAction(&window, u"Undo Add persona"_s)->trigger();
    QCOMPARE(outline->rowCount(personas), 0);
    findAction(&window, u"Redo Add persona"_s)->trigger();
    QCOMPARE(outline->rowCount(personas), 1);
    QCOMPARE(window.sidebar()->model()->data(outline->index(0, 0, personas)).toString(),
             u"New persona"_s);
    QVERIFY(window.windowTitle().contains(u"Untitled"_s));

    // Back to the state it was opened in: closing discards the untitled file silently.
    const QString file = doc->filePath();
    doc->undoStack()->undo();
    QVERIFY(QFile::exists(file));
    QVERIFY(window.close());
    QVERIFY(!QFile::exists(file));
}

void TestMainWindow::sampleOpensWithPersonasAndJourney()
{
    MainWindow window;
    QVERIFY(window.openSample());
    const Workspace &w = window.document()->workspace();
    QVERIFY(w.personas.size() >= 2);
    QCOMPARE(w.journeys.size(), size_t(1));
    QVERIFY(w.journeys.front().stages.size() >= 6);
    QVERIFY(!w.personas.front().useCases.empty());
    QVERIFY(window.windowTitle().contains(u"HomeFinder"_s));
    const QString file = window.document()->filePath();
    QVERIFY(QFile::exists(file));
    QVERIFY(window.close()); // untouched: no question, the copy is removed
    QVERIFY(!QFile::exists(file));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
