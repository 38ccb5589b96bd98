#include "document/edits.h"
#include "document/workspacedocument.h"
#include "journey/journeycanvas.h"
#include "journey/journeyeditor.h"
#include "language.h"
#include "mainwindow.h"
#include "usecases/usecasemapeditor.h"
#include "usecases/usecasetableview.h"
#include "versions/canvaschangemarks.h"
#include "versions/changesview.h"
#include "versions/saveversiondialog.h"
#include "versions/tablechangemarks.h"
#include "versions/versionaccess.h"
#include "versions/versionspanel.h"
#include "workspace/workspacesidebar.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace Parcours;
using namespace Qt::StringLiterals;

// Labelled versions in the window (issue 23), driven with keys and clicks as a user would, in
// English and French: File > Save Version…, View > Versions, Compare with Now, Restore and its
// undo, a version opened read-only.
class TestVersionsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void saveVersionWithTheKeyboard_data();
    void saveVersionWithTheKeyboard();
    void compareWithNowAndRestore_data();
    void compareWithNowAndRestore();
    void readOnlyWindowRefusesEdits();
    void noWorkspaceNoVersions();

private:
    void openLanguage(const QString &language);
    WorkspaceDocument &doc() const { return *mWindow->document(); }
    VersionsPanel *panel() const { return mWindow->versionsPanel(); }
    // The first text cell of the sample's first journey, and its text.
    EntityRef firstTextCell() const;
    QString textOf(const EntityRef &cell) const;
    void screenshot(QWidget *widget, const QString &name) const;
    static QAction *menuAction(QWidget *window, const QString &menu, const QString &text);
    static QStringList treeTexts(const QTreeWidget *tree);

    std::unique_ptr<MainWindow> mWindow;
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

} // namespace

void TestVersionsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestVersionsUi::openLanguage(const QString &language)
{
    QVERIFY(Language::install(language));
    mWindow = std::make_unique<MainWindow>();
    mWindow->resize(1400, 900);
    mWindow->show();
    mWindow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(mWindow.get()));
    QVERIFY(mWindow->openSample());
}

void TestVersionsUi::cleanup()
{
    QList<QPointer<MainWindow>> others; // a version's windows
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *m = qobject_cast<MainWindow *>(w); m && m != mWindow.get())
            others << m;
    }
    for (const QPointer<MainWindow> &m : std::as_const(others))
        delete m.data();
    if (mWindow && mWindow->document())
        mWindow->document()->undoStack()->clear();
    mWindow.reset();
    Language::install(u"en"_s);
}

void TestVersionsUi::screenshot(QWidget *widget, const QString &name) const
{
    const QString dir = qEnvironmentVariable("PARCOURS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u'-' + Language::current() + u".png"_s);
}

QAction *TestVersionsUi::menuAction(QWidget *window, const QString &menu, const QString &text)
{
    for (QAction *top : window->findChild<QMenuBar *>()->actions()) {
        if (!top->menu() || top->text().remove(u'&') != menu)
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text().remove(u'&').section(u'\t', 0, 0) == text)
                return action;
        }
    }
    return nullptr;
}

QStringList TestVersionsUi::treeTexts(const QTreeWidget *tree)
{
    QStringList texts;
    std::function<void(const QTreeWidgetItem *)> walk = [&](const QTreeWidgetItem *item) {
        texts << item->text(0);
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i));
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i));
    return texts;
}

EntityRef TestVersionsUi::firstTextCell() const
{
    const Journey &j = doc().workspace().journeys.front();
    for (const Lane &lane : j.lanes) {
        if (lane.kind == LaneKind::Text)
            return EntityRef::cell(j.id, j.stages.front().steps.front().id, lane.id);
    }
    return {};
}

QString TestVersionsUi::textOf(const EntityRef &cell) const
{
    const Journey *j = doc().workspace().journey(cell.parent);
    for (const Stage &stage : j->stages) {
        for (const Step &step : stage.steps) {
            if (step.id == cell.id) {
                return step.cells.value(cell.secondary).text;
            }
        }
    }
    return {};
}

void TestVersionsUi::saveVersionWithTheKeyboard_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("emptyLabel");
    QTest::newRow("en") << u"en"_s << u"File"_s << u"Save Version…"_s << u"View"_s
                        << u"A version needs a label."_s;
    QTest::newRow("fr") << u"fr"_s << u"Fichier"_s << u"Enregistrer une version…"_s
                        << u"Affichage"_s << u"Une version a besoin d\u2019une \u00e9tiquette."_s;
}

void TestVersionsUi::saveVersionWithTheKeyboard()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, action);
    QFETCH(QString, view);
    QFETCH(QString, emptyLabel);
    openLanguage(language);
    QAction *save = menuAction(mWindow.get(), file, action);
    QVERIFY(save);
    QVERIFY(save->isEnabled());
    QVERIFY(menuAction(mWindow.get(), view, u"Versions"_s));
    auto *dock = mWindow->findChild<QDockWidget *>(u"versionsDock"_s);
    QVERIFY(!dock->isVisible());
    QVERIFY(!panel()->isLoaded()); // versions are read when the panel is shown, not before

    // First "Workshop 1", typed and confirmed with Enter; then the same label again, refused
    // in the dialog with the reason, and an empty one; Escape leaves.
    bool checked = false;
    onNextModal<SaveVersionDialog>([&](SaveVersionDialog *dialog) {
        const auto closeAnyway = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QCOMPARE(dialog->problemLabel()->text(), emptyLabel);
        QTest::keyClicks(dialog->labelField(), u"Workshop 1"_s);
        QVERIFY(dialog->problemLabel()->text().isEmpty());
        screenshot(dialog, u"save-version-dialog"_s);
        QTest::keyClick(dialog->labelField(), Qt::Key_Return);
        QVERIFY(!dialog->isVisible());
    });
    QTest::keyClick(mWindow.get(), Qt::Key_V, Qt::ControlModifier | Qt::AltModifier);
    mWindow->activateWindow(); // offscreen, nothing gives it back after a dialog
    QVERIFY(QTest::qWaitForWindowActive(mWindow.get()));
    VersionAccess access(&doc());
    auto versions = access.list();
    QVERIFY(versions);
    QCOMPARE(versions->size(), size_t(1));
    QCOMPARE(versions->front().label, u"Workshop 1"_s);
    QVERIFY(!versions->front().author.isEmpty());

    onNextModal<SaveVersionDialog>([&](SaveVersionDialog *dialog) {
        const auto closeAnyway = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QTest::keyClicks(dialog->labelField(), u"Workshop 1"_s);
        QVERIFY(dialog->problemLabel()->text().contains(u"Workshop 1"_s));
        QTest::keyClick(dialog->labelField(), Qt::Key_Return); // refused: OK is disabled
        QVERIFY(dialog->isVisible());
        checked = true;
        QTest::keyClick(dialog->labelField(), Qt::Key_Escape);
    });
    QTest::keyClick(mWindow.get(), Qt::Key_V, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(checked);
    mWindow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(mWindow.get()));
    QCOMPARE(access.list()->size(), size_t(1));

    // View > Versions shows the list, newest first, read now.
    QTest::keyClick(mWindow.get(), Qt::Key_V,
                    Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QVERIFY(dock->isVisible());
    QVERIFY(panel()->isLoaded());
    QCOMPARE(panel()->list()->topLevelItemCount(), 1);
    QCOMPARE(panel()->list()->topLevelItem(0)->text(0), u"Workshop 1"_s);
}

void TestVersionsUi::compareWithNowAndRestore_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("compareNow");
    QTest::addColumn<QString>("changed");
    QTest::addColumn<QString>("before");
    QTest::newRow("en") << u"en"_s << u"Compare with Now"_s << u"changed cell"_s
                        << u"Before restoring Workshop 1"_s;
    QTest::newRow("fr") << u"fr"_s << u"Comparer avec maintenant"_s << u"modification : cellule"_s
                        << u"Avant la restauration de Workshop 1"_s;
}

void TestVersionsUi::compareWithNowAndRestore()
{
    QFETCH(QString, language);
    QFETCH(QString, compareNow);
    QFETCH(QString, changed);
    QFETCH(QString, before);
    openLanguage(language);
    VersionAccess access(&doc());
    QVERIFY(access.save(u"Workshop 1"_s));
    const EntityRef cell = firstTextCell();
    QVERIFY(cell.kind == EntityKind::Cell);
    const QString original = textOf(cell);
    QVERIFY(Edit::setField(doc(), cell, Field::CellText, u"Changed after the workshop"_s));
    doc().undoStack()->clear();
    QVERIFY(Edit::setField(doc(), cell, Field::CellText, u"Changed after the workshop!"_s));

    auto *dock = mWindow->findChild<QDockWidget *>(u"versionsDock"_s);
    dock->toggleViewAction()->trigger();
    QVERIFY(dock->isVisible());
    QCOMPARE(panel()->selectedLabel(), u"Workshop 1"_s);
    QCOMPARE(panel()->compareNowButton()->text().remove(u'&'), compareNow);
    QTest::mouseClick(panel()->compareNowButton(), Qt::LeftButton);
    const QStringList lines = treeTexts(panel()->changes());
    const auto line = std::find_if(lines.begin(), lines.end(),
                                   [&](const QString &l) { return l.contains(changed); });
    QVERIFY2(line != lines.end(), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.join(u'\n').contains(u"\"Changed after the workshop!\""_s),
             qPrintable(lines.join(u'\n')));

    // Clicking the change shows its cell on the canvas.
    QTreeWidgetItem *item = panel()->changes()->findItems(*line, Qt::MatchRecursive).value(0);
    QVERIFY(item);
    panel()->changes()->scrollToItem(item);
    QTest::mouseClick(panel()->changes()->viewport(), Qt::LeftButton, {},
                      panel()->changes()->visualItemRect(item).center());
    JourneyCanvas *canvas = mWindow->findChild<JourneyEditor *>()->canvas();
    QTRY_VERIFY(canvas->isVisible());
    QCOMPARE(canvas->currentStage(), cell.id);
    QCOMPARE(canvas->currentLane(), cell.secondary);
    // The changed cell carries a mark, whose tooltip says what changed.
    auto *marks = canvas->findChild<CanvasChangeMarks *>();
    QVERIFY(marks);
    QCOMPARE(marks->shownMarks(), QList<EntityRef> {cell});
    QVERIFY2(marks->toolTipOf(cell).contains(u"\"Changed after the workshop!\""_s),
             qPrintable(marks->toolTipOf(cell)));
    screenshot(mWindow.get(), u"versions-changes"_s);

    // A changed use case: its row is marked in the persona's table.
    const Persona &persona = doc().workspace().personas.front();
    const EntityRef useCase = EntityRef::useCase(persona.id, persona.useCases.front().id);
    QVERIFY(Edit::setField(doc(), useCase, Field::UseCaseNotes, u"Asked in the workshop"_s));
    mWindow->sidebar()->selectEntity(EntityKind::Persona, persona.id);
    UseCaseTableView *table = mWindow->useCaseMapEditor()->table();
    auto *rows = table->findChild<TableChangeMarks *>();
    QVERIFY(rows);
    QTRY_COMPARE(rows->markedRows().size(), 1);
    QVERIFY(rows->isVisible());
    QVERIFY(rows->toolTipOf(rows->markedRows().front()).contains(u"Asked in the workshop"_s));
    // The badge sits in the row header, left of the row's number: it covered the start of the
    // first cell's text ("nding a home").
    const int marked = rows->markedRows().front();
    const QColor badge(0xff, 0xc1, 0x07);
    const QImage firstCell
        = table->viewport()->grab(table->visualRect(table->model()->index(marked, 0))).toImage();
    for (int y = 0; y < firstCell.height(); ++y) {
        for (int x = 0; x < firstCell.width(); ++x)
            QVERIFY2(firstCell.pixelColor(x, y) != badge, "a badge over the first cell");
    }
    QHeaderView *header = table->verticalHeader();
    const QRect mark = rows->markRect(marked);
    const QImage inHeader = header->viewport()->grab(mark).toImage();
    int badgePixels = 0;
    for (int y = 0; y < inHeader.height(); ++y) {
        for (int x = 0; x < inHeader.width(); ++x)
            badgePixels += inHeader.pixelColor(x, y) == badge;
    }
    QVERIFY2(badgePixels > mark.width() * mark.height() / 4, "no badge in the row header");
    const QString number = table->model()->headerData(marked, Qt::Vertical).toString();
    QVERIFY(header->width() >= mark.right() + header->fontMetrics().horizontalAdvance(number) + 4);

    // Restore: asked first, the current state kept as a version, one undo step.
    const int steps = doc().undoStack()->count();
    onNextModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QTest::mouseClick(panel()->restoreButton(), Qt::LeftButton);
    QCOMPARE(textOf(cell), original);
    QCOMPARE(doc().undoStack()->count(), steps + 1);
    QCOMPARE(panel()->list()->topLevelItem(0)->text(0), before);
    // The user stays on the persona's page: a restore sent the window to the workspace page.
    QVERIFY(mWindow->sidebar()->currentEntity() == EntityRef::persona(useCase.parent));
    QCOMPARE(mWindow->pages()->currentWidget(), mWindow->useCaseMapEditor());
    screenshot(mWindow.get(), u"versions-panel"_s);
    // Comparing with now again: nothing changed since "Workshop 1".
    panel()->selectLabel(u"Workshop 1"_s);
    QTest::mouseClick(panel()->compareNowButton(), Qt::LeftButton);
    QCOMPARE(panel()->changes()->topLevelItemCount(), 1);
    doc().undoStack()->undo();
    QCOMPARE(textOf(cell), u"Changed after the workshop!"_s);
    QCOMPARE(mWindow->pages()->currentWidget(), mWindow->useCaseMapEditor());
}

void TestVersionsUi::readOnlyWindowRefusesEdits()
{
    openLanguage(u"en"_s);
    VersionAccess access(&doc());
    QVERIFY(access.save(u"Workshop 1"_s));
    const EntityRef cell = firstTextCell();
    const QString original = textOf(cell);
    QVERIFY(Edit::setField(doc(), cell, Field::CellText, u"Edited since"_s));

    mWindow->findChild<QDockWidget *>(u"versionsDock"_s)->toggleViewAction()->trigger();
    QTest::mouseClick(panel()->openButton(), Qt::LeftButton);
    MainWindow *version = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *m = qobject_cast<MainWindow *>(w); m && m != mWindow.get())
            version = m;
    }
    QVERIFY(version);
    QVERIFY(QTest::qWaitForWindowExposed(version));
    QCOMPARE(version->versionLabel(), u"Workshop 1"_s);
    QCOMPARE(version->windowTitle(),
             u"%1 — version Workshop 1 (read-only) — Parcours"_s.arg(doc().workspace().info.name));
    WorkspaceDocument &old = *version->document();
    QVERIFY(old.isReadOnly());
    // It shows the version as it was, and nothing there changes it.
    const Journey &j = old.workspace().journeys.front();
    QCOMPARE(j.stages.front().steps.front().cells.value(cell.secondary).text, original);
    QVERIFY(!Edit::setField(old, cell, Field::CellText, u"No"_s));
    QVERIFY(!menuAction(version, u"Workspace"_s, u"Add Persona"_s)->isEnabled());
    QVERIFY(!menuAction(version, u"File"_s, u"Save Version…"_s)->isEnabled());
    QVERIFY(!menuAction(version, u"File"_s, u"Save As…"_s)->isEnabled());
    version->findChild<QWidget *>(u"workspaceDock"_s)->setFocus();
    old.undoStack()->clear();
    QCOMPARE(old.undoStack()->count(), 0);
    QCOMPARE(j.stages.front().steps.front().cells.value(cell.secondary).text, original);
    version->close();
}

void TestVersionsUi::noWorkspaceNoVersions()
{
    // Without a document, nothing to save; the reason is said where the action is.
    openLanguage(u"en"_s);
    QVERIFY(mWindow->closeWorkspace());
    QAction *save = menuAction(mWindow.get(), u"File"_s, u"Save Version…"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY(!save->toolTip().isEmpty());
    VersionAccess none(nullptr);
    QVERIFY(!none.unavailableReason().isEmpty());
}

QTEST_MAIN(TestVersionsUi)
#include "tst_versionsui.moc"
