// Audience views and presentation mode (issue 23), driven offscreen as a facilitator would:
// F5 opens presentation mode on the journey shown, the keys walk through its stages, T
// switches to the projector theme, Escape leaves; a view chosen above the canvas hides its
// other lanes and stages there and in presentation mode.
#include "document/editsviews.h"
#include "document/workspacedocument.h"
#include "journey/audienceviewchooser.h"
#include "journey/journeycanvas.h"
#include "journey/journeyeditor.h"
#include "mainwindow.h"
#include "presentation/presentationwindow.h"
#include "workspace/workspacesidebar.h"

#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QStandardPaths>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keysWalkThroughTheStages();
    void viewChosenAboveTheCanvas();

private:
    static PresentationWindow *presentation()
    {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *p = qobject_cast<PresentationWindow *>(top); p && p->isVisible())
                return p;
        }
        return nullptr;
    }
};

void TestPresentation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestPresentation::keysWalkThroughTheStages()
{
    MainWindow window;
    window.resize(1100, 700);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window)); // F5 is the window's shortcut
    QVERIFY(window.openSample());
    const Journey &journey = window.document()->workspace().journeys.front();
    QVERIFY(journey.stages.size() >= 3);
    window.sidebar()->selectEntity(EntityKind::Journey, journey.id);
    window.findChild<JourneyEditor *>()->canvas()->setFocus();

    QTest::keyClick(&window, Qt::Key_F5);
    PresentationWindow *shown = presentation();
    QVERIFY(shown);
    QVERIFY(shown->isFullScreen());
    QCOMPARE(shown->stageCount(), int(journey.stages.size()));
    auto *name = shown->findChild<QLabel *>(u"presentationStageName"_s);
    QVERIFY(name);
    QCOMPARE(name->text(), journey.stages[0].name);
    QVERIFY(shown->findChild<QLabel *>(u"presentationTitle"_s)
                ->text()
                .contains(u"stage 1 of %1"_s.arg(journey.stages.size())));

    QTest::keyClick(shown, Qt::Key_Right);
    QCOMPARE(name->text(), journey.stages[1].name);
    QTest::keyClick(shown, Qt::Key_Space);
    QCOMPARE(name->text(), journey.stages[2].name);
    QTest::keyClick(shown, Qt::Key_PageUp);
    QCOMPARE(name->text(), journey.stages[1].name);
    QTest::keyClick(shown, Qt::Key_End);
    QCOMPARE(name->text(), journey.stages.back().name);
    QTest::keyClick(shown, Qt::Key_Right); // past the last: stays
    QCOMPARE(name->text(), journey.stages.back().name);
    QTest::keyClick(shown, Qt::Key_Home);
    QCOMPARE(name->text(), journey.stages.front().name);

    QVERIFY(!shown->isProjectorTheme());
    QTest::keyClick(shown, Qt::Key_T);
    QVERIFY(shown->isProjectorTheme());
    QCOMPARE(shown->palette().color(QPalette::Window), QColor(Qt::black));
    const QImage projector = shown->grab().toImage();
    QCOMPARE(projector.pixelColor(2, 2), QColor(Qt::black));

    QPointer<PresentationWindow> guard(shown);
    QTest::keyClick(shown, Qt::Key_Escape);
    QTRY_VERIFY(!guard); // closed and deleted
    QVERIFY(window.close());
}

void TestPresentation::viewChosenAboveTheCanvas()
{
    MainWindow window;
    window.resize(1100, 700);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window)); // F5 is the window's shortcut
    QVERIFY(window.openSample());
    WorkspaceDocument *doc = window.document();
    const Journey &journey = doc->workspace().journeys.front();
    window.sidebar()->selectEntity(EntityKind::Journey, journey.id);
    auto *editor = window.findChild<JourneyEditor *>();
    JourneyCanvas *canvas = editor->canvas();
    AudienceViewChooser *chooser = editor->viewChooser();
    QVERIFY(chooser);
    QCOMPARE(chooser->itemText(0), u"All lanes"_s);
    const int allRows = canvas->journeyLayout()->rowCount();
    QVERIFY(allRows >= 3);

    AudienceView executive;
    executive.name = u"Executive"_s;
    executive.lanes = {journey.lanes[0].id, journey.lanes[1].id};
    executive.zoom = 0.5;
    executive.firstStage = journey.stages[1].id;
    executive.lastStage = journey.stages[3].id;
    const Id id = Edit::addView(*doc, journey.id, executive);
    QVERIFY(id);
    const int index = chooser->findText(u"Executive"_s);
    QVERIFY(index > 0); // listed as soon as it is saved
    chooser->setCurrentIndex(index);
    emit chooser->activated(index);
    QCOMPARE(chooser->currentView(), id);
    QCOMPARE(canvas->journeyLayout()->rowCount(), 2);
    QCOMPARE(canvas->journeyLayout()->columnOf(journey.stages[0].id), -1);
    QVERIFY(canvas->journeyLayout()->columnOf(journey.stages[1].id) >= 0);
    QCOMPARE(canvas->zoom(), 0.5);

    // Presentation mode honours it: stages 2 to 4 only.
    canvas->setFocus();
    QTest::keyClick(&window, Qt::Key_F5);
    PresentationWindow *shown = presentation();
    QVERIFY(shown);
    QCOMPARE(shown->stageCount(), 3);
    QCOMPARE(shown->currentStageName(), journey.stages[1].name);
    QPointer<PresentationWindow> guard(shown);
    QTest::keyClick(shown, Qt::Key_Escape);
    QTRY_VERIFY(!guard);

    // Undoing the view's creation brings every lane back.
    doc->undoStack()->undo();
    QCOMPARE(chooser->currentView(), Id(0));
    QCOMPARE(canvas->journeyLayout()->rowCount(), allRows);
    QVERIFY(window.close());
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
