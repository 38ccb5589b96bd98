// A facilitator's journey workshop, driven offscreen with keys as a user would, for what went
// wrong in one: typing lost when the window closed, the current cell hidden under the frozen
// headers, a pain point's "&" lost in a menu.
#include "document/edits.h"
#include "document/workspacedocument.h"
#include "domain/journeytemplates.h"
#include "journey/journeycanvas.h"
#include "journey/journeyeditor.h"
#include "journey/journeypanel.h"
#include "mainwindow.h"
#include "workspace/workspacesidebar.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestWorkshopEdits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typedCellIsKeptWhenTheWindowCloses();
    void typedPanelFieldsAreKeptWhenTheWindowCloses();

private:
    // A SaaS journey in a new file, shown in a window; the canvas has the focus.
    MainWindow *openWindow(const QString &path);
    Workspace reopen(const QString &path) const;

    QTemporaryDir mDir;
};

void TestWorkshopEdits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

MainWindow *TestWorkshopEdits::openWindow(const QString &path)
{
    const Workspace w = JourneyTemplates::makeWorkspace(JourneyTemplates::Kind::Saas,
                                                        JourneyTemplates::Language::English);
    if (!WorkspaceDocument::create(path, w).document)
        return nullptr;
    auto *window = new MainWindow;
    window->resize(1300, 850);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window) || !window->openFile(path)) {
        delete window;
        return nullptr;
    }
    window->sidebar()->selectEntity(EntityKind::Journey,
                                    window->document()->workspace().journeys.front().id);
    window->findChild<JourneyEditor *>()->canvas()->setFocus();
    return window;
}

Workspace TestWorkshopEdits::reopen(const QString &path) const
{
    WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(path);
    return opened.document ? opened.document->workspace() : Workspace();
}

// Typing into a cell, then closing the window (Ctrl+W, Quit, the title bar's ×) before Enter:
// the text is in the file, as it would be had the user clicked elsewhere first.
void TestWorkshopEdits::typedCellIsKeptWhenTheWindowCloses()
{
    const QString path = mDir.filePath(u"cell.parcours"_s);
    MainWindow *window = openWindow(path);
    QVERIFY(window);
    JourneyCanvas *canvas = window->findChild<JourneyEditor *>()->canvas();
    const Journey &j = window->document()->workspace().journeys.front();
    const Id step = j.stages[1].steps[0].id;
    const Id lane = j.lanes[0].id;
    canvas->setCurrent(step, lane);
    QTest::keyClicks(canvas, u"Asks a colleague"_s);
    QVERIFY(canvas->isEditing());
    QVERIFY(window->close());
    delete window;

    const Workspace saved = reopen(path);
    QCOMPARE(saved.journeys.size(), size_t(1));
    const Step *kept = findStep(saved.journeys.front(), step);
    QVERIFY(kept);
    QCOMPARE(kept->cells.value(lane).text, u"Asks a colleague"_s);
}

// The side panel writes a field when it loses focus; closing the window with the cursor still
// in one (a stage's name, its description, the customers entering, the journey's description)
// keeps what was typed there, each in its own field.
void TestWorkshopEdits::typedPanelFieldsAreKeptWhenTheWindowCloses()
{
    const struct {
        const char *what;
        int field; // 0 name, 1 description, 2 entering, 3 journey description
    } cases[] = {{"stage name", 0}, {"stage description", 1}, {"entering", 2},
                 {"journey description", 3}};
    for (const auto &c : cases) {
        const QString path = mDir.filePath(u"panel%1.parcours"_s.arg(c.field));
        MainWindow *window = openWindow(path);
        QVERIFY(window);
        auto *editor = window->findChild<JourneyEditor *>();
        const Journey &j = window->document()->workspace().journeys.front();
        const Id stage = j.stages[2].id;
        editor->canvas()->setCurrent(stage, 0);
        QCOMPARE(editor->panel()->stage(), stage);
        auto descriptions = editor->panel()->findChildren<QPlainTextEdit *>();
        QCOMPARE(descriptions.size(), 2);
        QWidget *field = nullptr;
        switch (c.field) {
        case 0: field = editor->panel()->stageNameEdit(); break;
        case 1: field = descriptions[0]; break;
        case 2: field = editor->panel()->enteringBox(); break;
        default: field = descriptions[1]; break;
        }
        field->setFocus();
        QVERIFY(field->hasFocus());
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier); // select all, then type over it
        QTest::keyClicks(field, c.field == 2 ? u"1200"_s : u"Typed here"_s);
        QVERIFY(window->close());
        delete window;

        const Workspace saved = reopen(path);
        QCOMPARE(saved.journeys.size(), size_t(1));
        const Journey &after = saved.journeys.front();
        const Stage &s = after.stages[2];
        switch (c.field) {
        case 0: QVERIFY2(s.name == u"Typed here"_s, c.what); break;
        case 1: QVERIFY2(s.description == u"Typed here"_s, c.what); break;
        case 2: QVERIFY2(s.entering == 1200, c.what); break;
        default: QVERIFY2(after.description == u"Typed here"_s, c.what); break;
        }
    }
}

QTEST_MAIN(TestWorkshopEdits)
#include "tst_workshopedits.moc"
