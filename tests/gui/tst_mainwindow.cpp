#include "document/edits.h"
#include "document/workspacedocument.h"
#include "itemmodels/workspaceoutlinemodel.h"
#include "mainwindow.h"
#include "store/workspacestore.h"
#include "workspace/importexport.h"
#include "workspace/workspaceoverview.h"
#include "workspace/workspacesidebar.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <functional>
#include <memory>

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
    void overviewNamesTheWorkspaceAndLeadsToEachMap();
    void importAndExportThroughFileMenu();
    void untitledWorkLeftByACrashIsOfferedAndKept();

private:
    static QAction *findAction(QWidget *window, const QString &text);
};

namespace {

// Runs `handle` on the next modal dialog of type T once it shows (from its own event loop).
template<typename T>
void onNextModal(std::function<void(T *)> handle)
{
    auto *timer = new QTimer(qApp); // deleted with the application if a test ends first
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
        }
    });
    timer->start();
}

// Chooses `path` in the next file dialog, with its filter for `format` ("Mermaid user
// journey"), then runs `then` (to expect the next dialog). Tries again until that dialog
// closes: it loads its folder in a thread and may reset the name meanwhile.
void chooseFile(const QString &format, const QString &path,
                const std::function<void()> &then = nullptr)
{
    auto *timer = new QTimer(qApp); // deleted with the application if a test ends first
    timer->setInterval(50);
    auto target = std::make_shared<QPointer<QFileDialog>>();
    auto handled = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, [timer, target, handled, format, path, then] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (*handled && (!*target || !(*target)->isVisible())) {
            timer->stop(); // closed: done
            timer->deleteLater();
            return;
        }
        if (!dialog || (*handled && dialog != *target))
            return;
        *target = dialog;
        for (const QString &filter : dialog->nameFilters()) {
            if (filter.startsWith(format))
                dialog->selectNameFilter(filter);
        }
        dialog->setDirectory(QFileInfo(path).absolutePath());
        dialog->selectFile(path);
        if (auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s))
            name->setText(path); // absolute: whatever folder the dialog shows
        if (!*handled && then)
            then();
        *handled = true;
        // Queued: a message box it may open must not run inside this timer's slot.
        QTimer::singleShot(0, dialog, [dialog] { static_cast<QDialog *>(dialog)->accept(); });
    });
    timer->start();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

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

// With nothing selected, the window shows the workspace itself: its name and product to
// edit (undoably), where each persona and journey stands, and links to their editors.
void TestMainWindow::overviewNamesTheWorkspaceAndLeadsToEachMap()
{
    MainWindow window;
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSample());
    WorkspaceDocument *doc = window.document();
    auto *overview = window.findChild<WorkspaceOverview *>();
    QVERIFY(overview);
    QVERIFY(overview->isVisible());

    const QString text = overview->summary()->toPlainText();
    QVERIFY2(text.contains(u"1 of 2 personas in the forgotten zone today, 1 with planned"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Home buyer\n3\n1 of 1 segment"_s), qPrintable(text));
    QVERIFY2(text.contains(u"\u25BD forgotten zone"_s), qPrintable(text)); // not colour alone
    QVERIFY2(text.contains(u"Consideration \u2192 Sign-up: 1,700 lost (65 %)"_s), qPrintable(text));

    // The name posters are titled with: one undoable edit.
    const QString before = doc->workspace().info.name;
    QCOMPARE(overview->nameEdit()->text(), before);
    overview->nameEdit()->setFocus();
    overview->nameEdit()->selectAll();
    QTest::keyClicks(overview->nameEdit(), u"Spring workshop"_s);
    QTest::keyClick(overview->nameEdit(), Qt::Key_Return);
    QCOMPARE(doc->workspace().info.name, u"Spring workshop"_s);
    doc->undoStack()->undo();
    QCOMPARE(doc->workspace().info.name, before);
    QTRY_COMPARE(overview->nameEdit()->text(), before); // shown, focus or not

    // A change elsewhere shows up.
    const Id homeBuyer = doc->workspace().personas.front().id;
    QVERIFY(Edit::setField(*doc, EntityRef::persona(homeBuyer), Field::PersonaName,
                           u"First-time buyer"_s));
    QVERIFY(!overview->summary()->toPlainText().contains(u"First-time buyer"_s)); // not yet:
    QTRY_VERIFY(overview->summary()->toPlainText().contains(u"First-time buyer"_s)); // once

    // Names lead to their editors, the last line to the dashboard.
    emit overview->summary()->anchorClicked(QUrl(u"persona:%1"_s.arg(homeBuyer)));
    QCOMPARE(window.sidebar()->currentEntity(), EntityRef::persona(homeBuyer));
    QVERIFY(!overview->isVisible());
    window.sidebar()->setCurrentIndex({});
    QVERIFY(overview->isVisible());
    const Id journey = doc->workspace().journeys.front().id;
    emit overview->summary()->anchorClicked(QUrl(u"journey:%1"_s.arg(journey)));
    QCOMPARE(window.sidebar()->currentEntity(), EntityRef::journey(journey));
    window.sidebar()->setCurrentIndex({});
    emit overview->summary()->anchorClicked(QUrl(u"dashboard"_s));
    QCOMPARE(window.sidebar()->currentIndex(),
             qobject_cast<WorkspaceOutlineModel *>(window.sidebar()->model())
                 ->groupIndex(WorkspaceOutlineModel::DashboardGroup));
}

void TestMainWindow::importAndExportThroughFileMenu()
{
    QTemporaryDir dir;
    const QString diagram = dir.filePath(u"day.mmd"_s);
    writeFile(diagram,
              "journey\n  title My day\n  section Morning\n    Make tea: 7: Me\n"
              "    Read: 4: Me, Cat\n");
    const QString broken = dir.filePath(u"broken.csv"_s);
    writeFile(broken,
              "journey,stage_order,stage,lane,value,assessment,emotion,duration,entering\n"
              "Trial,1,Sign-up,Actions,x,,,,\n"
              "Trial,one,Sign-up,Actions,y,,,,\n");

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    findAction(&window, u"New Workspace"_s)->trigger();
    WorkspaceDocument *doc = window.document();
    QVERIFY(doc);
    QAction *importAction = findAction(&window, u"Import…"_s);
    QVERIFY(importAction && importAction->isEnabled());

    // A file with a warning: imported, then the warning is listed with its line.
    QStringList reported;
    chooseFile(u"Mermaid user journey"_s, diagram, [&reported] {
        onNextModal<ImportReportDialog>([&reported](ImportReportDialog *report) {
            reported = QStringList {report->summary()} + report->messages();
            report->accept();
        });
    });
    importAction->trigger();
    QCOMPARE(reported,
             (QStringList {u"day.mmd was imported. Check these warnings:"_s,
                           u"day.mmd:4: warning: score 7 is outside 1…5; imported as 5"_s}));
    const Workspace &w = doc->workspace();
    QCOMPARE(w.journeys.size(), size_t(1));
    QCOMPARE(w.journeys[0].name, u"My day"_s);
    QCOMPARE(w.personas.size(), size_t(2));
    QCOMPARE(doc->undoStack()->count(), 1); // one undo step
    QCOMPARE(doc->undoStack()->undoText(), u"Import day.mmd"_s);

    // A file with errors: nothing imported, the errors listed with their lines. The dialog
    // was left on another CSV format: the file's header says what it is.
    reported.clear();
    chooseFile(u"Use-case maps (CSV)"_s, broken, [&reported] {
        onNextModal<ImportReportDialog>([&reported](ImportReportDialog *report) {
            reported = QStringList {report->summary()} + report->messages();
            report->accept();
        });
    });
    importAction->trigger();
    QCOMPARE(reported.size(), 2);
    QCOMPARE(reported[0], u"Nothing was imported from broken.csv. Fix these problems first:"_s);
    QCOMPARE(reported[1], u"broken.csv:3: stage_order \"one\" is not a whole number from 1"_s);
    QCOMPARE(doc->workspace().journeys.size(), size_t(1));
    QCOMPARE(doc->undoStack()->count(), 1);

    // Export of the journey selected in the sidebar.
    window.sidebar()->selectEntity(EntityKind::Journey, doc->workspace().journeys[0].id);
    const QString exported = dir.filePath(u"out"_s);
    chooseFile(u"Mermaid user journey"_s, exported);
    findAction(&window, u"Export…"_s)->trigger();
    QFile out(exported + u".mmd"_s); // the format's extension is added
    QVERIFY(out.open(QIODevice::ReadOnly));
    QVERIFY(out.readAll().startsWith("journey\n    title My day\n"));

    doc->undoStack()->undo();
    QCOMPARE(doc->workspace().journeys.size(), size_t(0));
    QVERIFY(window.close()); // back to untouched: no question
}

void TestMainWindow::untitledWorkLeftByACrashIsOfferedAndKept()
{
    // What a session that crashed leaves behind: its untitled workspace, in the app's folder.
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/untitled"_s;
    QVERIFY(QDir().mkpath(folder));
    const QStringList earlier = QDir(folder).entryList({u"*.parcours"_s}, QDir::Files);
    for (const QString &file : earlier)
        QFile::remove(folder + u'/' + file); // other tests' (test mode has a folder of its own)
    const QString leftover = folder + u"/Untitled-20260101-090000-000.parcours"_s;
    QFile::remove(leftover);
    Workspace w;
    Persona p;
    p.id = 7;
    p.name = u"Typed before the crash"_s;
    w.personas.push_back(p);
    QVERIFY(WorkspaceStore::create(leftover, w).store);
    QVERIFY(MainWindow::unsavedWorkspaces().contains(leftover));

    // At startup the window offers it; "Open" opens it, still asking to be saved somewhere.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString question;
    onNextModal<QMessageBox>([&question](QMessageBox *box) {
        question = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == u"Open"_s)
                button->click();
        }
    });
    window.offerRecovery();
    QVERIFY2(question.contains(u"without saving an untitled workspace"_s), qPrintable(question));
    QVERIFY(window.document());
    QCOMPARE(window.document()->workspace().personas.front().name, u"Typed before the crash"_s);
    QVERIFY(window.document()->isUntitled());
    QVERIFY(!MainWindow::unsavedWorkspaces().contains(leftover)); // open here now

    // Closing it untouched does not throw the earlier work away: it asks first.
    onNextModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
    QVERIFY(!window.closeWorkspace());
    QVERIFY(QFile::exists(leftover));
    QVERIFY(window.document());
    onNextModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
    QVERIFY(window.closeWorkspace());
    QVERIFY(!QFile::exists(leftover));
    QVERIFY(!window.document());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
