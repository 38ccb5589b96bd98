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
#include "presentation/presentationparts.h"
#include "presentation/presentationwindow.h"
#include "workspace/workspacesidebar.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
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
    void typeIsSizedFromTheScreen();
    void screenChoice();

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

// Large type on a 720-line projector: the stage's name at least 1/20 of the height, the title
// 1/30, the strip's labels 1/40, the stage itself (steps, cells, assessment, curve) scaled up;
// all of it larger on a 1080-line screen.
void TestPresentation::typeIsSizedFromTheScreen()
{
    MainWindow window;
    QVERIFY(window.openSample());
    const Journey &journey = window.document()->workspace().journeys.front();
    PresentationWindow shown(window.document(), journey.id, ViewFilter());
    auto pixelSize = [&shown](const char16_t *name) {
        return shown.findChild<QWidget *>(QString::fromUtf16(name))->font().pixelSize();
    };
    auto *stage = shown.findChild<PresentationStage *>();
    QVERIFY(stage);

    shown.resize(1280, 720);
    shown.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shown));
    QVERIFY2(pixelSize(u"presentationStageName") >= 720 / 20,
             qPrintable(QString::number(pixelSize(u"presentationStageName"))));
    QVERIFY(pixelSize(u"presentationTitle") >= 720 / 30);
    QVERIFY(pixelSize(u"presentationStrip") >= 720 / 40);
    // Every lane of the sample's stage: the cells' text at least as large as on the canvas
    // (13 pixels at 100 %).
    const qreal cellText720 = stage->cellTextPixelSize();
    QVERIFY2(cellText720 >= 13, qPrintable(QString::number(cellText720)));
    const int stageName720 = pixelSize(u"presentationStageName");
    // An audience view of four lanes: half as large again.
    AudienceView four;
    for (int i = 0; i < 4 && i < int(journey.lanes.size()); ++i)
        four.lanes.append(journey.lanes[size_t(i)].id);
    PresentationWindow fewLanes(window.document(), journey.id, ViewFilter::of(four));
    fewLanes.resize(1280, 720);
    fewLanes.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fewLanes));
    const qreal fewLanesText = fewLanes.findChild<PresentationStage *>()->cellTextPixelSize();
    QVERIFY2(fewLanesText >= 19.5, qPrintable(QString::number(fewLanesText)));
    fewLanes.hide();

    shown.resize(1920, 1080);
    QTRY_VERIFY(pixelSize(u"presentationStageName") >= 1080 / 20);
    QVERIFY(pixelSize(u"presentationStageName") > stageName720);
    QVERIFY2(stage->cellTextPixelSize() > cellText720,
             qPrintable(QString::number(stage->cellTextPixelSize())));
}

// Which screen presentation mode goes to: the remembered one while it is connected, else
// another than the window's, else the window's; the Present on Screen submenu only when there
// are several screens. Offscreen has one screen.
void TestPresentation::screenChoice()
{
    const QStringList two {u"eDP-1"_s, u"HDMI-1"_s};
    QCOMPARE(PresentationWindow::chooseScreen(two, 0, QString()), 1); // the projector
    QCOMPARE(PresentationWindow::chooseScreen(two, 1, QString()), 0);
    QCOMPARE(PresentationWindow::chooseScreen(two, 0, u"eDP-1"_s), 0); // chosen: the laptop's
    QCOMPARE(PresentationWindow::chooseScreen(two, 0, u"DP-2"_s), 1); // unplugged since
    QCOMPARE(PresentationWindow::chooseScreen({u"eDP-1"_s}, 0, u"HDMI-1"_s), 0);
    QCOMPARE(PresentationWindow::chooseScreen({u"A"_s, u"B"_s, u"C"_s}, 0, u"C"_s), 2);

    QCOMPARE(QGuiApplication::screens().size(), 1);
    QVERIFY(!PresentationWindow::offersScreenChoice());
    PresentationWindow::rememberScreen(u"HDMI-1"_s); // not connected here
    QCOMPARE(PresentationWindow::rememberedScreen(), u"HDMI-1"_s);
    QCOMPARE(PresentationWindow::presentationScreen(nullptr), QGuiApplication::primaryScreen());

    MainWindow window;
    window.resize(1100, 700);
    window.show();
    QVERIFY(window.openSample());
    auto *menu = window.findChild<QMenu *>(u"presentOnScreenMenu"_s);
    QVERIFY(menu);
    QVERIFY(!menu->menuAction()->isVisible()); // one screen: nothing to choose
    QCOMPARE(menu->actions().size(), 1);
    QVERIFY(menu->actions().front()->isChecked());

    // Choosing the screen remembers it and presents there, full screen.
    window.sidebar()->selectEntity(EntityKind::Journey,
                                   window.document()->workspace().journeys.front().id);
    menu->actions().front()->trigger();
    QCOMPARE(PresentationWindow::rememberedScreen(), QGuiApplication::primaryScreen()->name());
    PresentationWindow *shown = presentation();
    QVERIFY(shown);
    QVERIFY(shown->isFullScreen());
    QCOMPARE(shown->screen(), QGuiApplication::primaryScreen());
    QPointer<PresentationWindow> guard(shown);
    shown->close();
    QTRY_VERIFY(!guard);
    QVERIFY(window.close());
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
