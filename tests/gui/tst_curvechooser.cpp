// Past eight persona curves (issue 18): "Show Curves…" from the canvas's menu, driven with the
// mouse and keys in its real dialog, leaves only the chosen curves painted (the painter's list
// and the pixels of each curve), as a view setting, not an edit. And hovering a curve's point
// with real mouse moves names its persona, step and value in the tooltip the user sees.
#include "support/journeyeditorfixture.h"

#include "document/workspacedocument.h"
#include "journey/curveoverlay.h"
#include "journey/curvepainter.h"
#include "journey/journeycanvas.h"
#include "journey/journeyeditor.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHelpEvent>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

constexpr Id journeyId = 50;
constexpr Id emotionLane = 60;
constexpr int personaCount = 9;

// Nine personas, each with a flat curve at its own height (-2, -1.5, … +2) over three steps.
Workspace nineCurves()
{
    static const char16_t *colors[personaCount]
        = {u"#e6194b", u"#3cb44b", u"#ffe119", u"#4363d8", u"#f58231",
           u"#911eb4", u"#42d4f4", u"#f032e6", u"#808000"};
    static const char16_t *names[personaCount]
        = {u"Ana", u"Bruno", u"Chloé", u"Dev", u"Eva", u"Farid", u"Gina", u"Hugo", u"Inès"};
    Workspace w;
    w.info.name = u"Curves"_s;
    for (int i = 0; i < personaCount; ++i) {
        w.personas.push_back({Id(i + 1),
                              QString::fromUtf16(names[i]),
                              {},
                              QString::fromUtf16(colors[i]),
                              std::nullopt,
                              Cadence::None,
                              {}});
    }
    Journey j;
    j.id = journeyId;
    j.name = u"Checkout"_s;
    j.lanes = {{emotionLane, u"Emotion"_s, LaneKind::Emotion}};
    const QStringList stages = {u"Browse"_s, u"Enter payment"_s, u"Confirm"_s};
    for (qsizetype s = 0; s < stages.size(); ++s) {
        Stage stage;
        stage.id = 70 + s;
        stage.name = stages[s];
        stage.withOneStep();
        for (int i = 0; i < personaCount; ++i)
            stage.firstCells()[emotionLane].curves.insert(Id(i + 1), -2 + 0.5 * i);
        j.stages.push_back(stage);
    }
    w.journeys = {j};
    return w;
}

// Waits for a popup menu other than `not` to be shown; nullptr after 5 s.
QMenu *shownPopup(const QMenu *other = nullptr)
{
    for (int i = 0; i < 500; ++i) {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (menu && menu != other && menu->isVisible())
            return menu;
        QTest::qWait(10);
    }
    return nullptr;
}

template<typename T>
T *shownModal(const QString &name)
{
    for (int i = 0; i < 500; ++i) {
        auto *widget = qobject_cast<T *>(QApplication::activeModalWidget());
        if (widget && widget->objectName() == name && widget->isVisible())
            return widget;
        QTest::qWait(10);
    }
    return nullptr;
}

} // namespace

class TestCurveChooser : public QObject, private TestSupport::JourneyEditorFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showCurvesLeavesTheChosenOnesPainted();
    void hoverNamesPersonaStepAndValue();

private:
    // The point of `persona`'s curve at the canvas's column `column`, in the scene.
    QPointF curvePoint(int column, int persona) const;
    // The personas whose curves the painter paints on the emotion lane.
    QList<Id> paintedCurves() const;
    // Chooses the curves in "Show Curves…": opened from the canvas background's menu with a
    // click, each listed persona's box set with Space as in `shown`, then OK (or Cancel).
    void chooseCurves(const QSet<Id> &shown, bool accept);
};

void TestCurveChooser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestCurveChooser::init()
{
    QVERIFY2(showJourney(nineCurves(), journeyId), qPrintable(mError));
    mCanvas->setFocus();
}

void TestCurveChooser::cleanup()
{
    QToolTip::hideText();
    closeJourney();
}

QPointF TestCurveChooser::curvePoint(int column, int persona) const
{
    const JourneyLayout *l = mCanvas->journeyLayout();
    return l->emotionPoint(column, l->rowOf(emotionLane), -2 + 0.5 * (persona - 1));
}

QList<Id> TestCurveChooser::paintedCurves() const
{
    QList<Id> ids;
    const CurvePainter painter(*mCanvas->journeyLayout(), &mCanvas->curveOverlay()->hidden());
    for (const CurveInfo &c : painter.curves(emotionLane))
        ids << c.persona;
    return ids;
}

void TestCurveChooser::chooseCurves(const QSet<Id> &shown, bool accept)
{
    bool done = false;
    const auto inDialog = [&] {
        auto *dialog = shownModal<QDialog>(u"showCurvesDialog"_s);
        if (!dialog)
            return;
        auto *list = dialog->findChild<QListWidget *>();
        if (!list || list->count() != personaCount)
            return;
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Home);
        for (int i = 0; i < list->count(); ++i) {
            const Id persona = list->item(i)->data(Qt::UserRole).toLongLong();
            const bool checked = list->item(i)->checkState() == Qt::Checked;
            if (checked != shown.contains(persona))
                QTest::keyClick(list, Qt::Key_Space);
            QTest::keyClick(list, Qt::Key_Down);
        }
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QPushButton *button
            = buttons->button(accept ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel);
        QTest::mouseClick(button, Qt::LeftButton);
        done = true;
    };
    bool clicked = false;
    QTimer::singleShot(0, mCanvas, [&] {
        QMenu *menu = shownPopup();
        if (!menu)
            return;
        QAction *show = nullptr;
        for (QAction *a : menu->actions())
            show = a->objectName() == u"showCurves" ? a : show;
        if (!show || !show->isVisible()) {
            menu->close();
            return;
        }
        clicked = true;
        QTimer::singleShot(0, mCanvas, inDialog); // runs in the dialog's own event loop
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(show).center());
    });
    // The background right of the last stage.
    const JourneyLayout *l = mCanvas->journeyLayout();
    const QPointF background = l->headerRect(l->columnCount() - 1).topRight() + QPointF(60, 10);
    const QPoint at = viewPoint(background);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, mCanvas->viewport()->mapToGlobal(at));
    QApplication::sendEvent(mCanvas->viewport(), &event);
    QVERIFY2(clicked, "no Show Curves… in the canvas's menu");
    QVERIFY2(done, "the Show Curves dialog did not open");
}

void TestCurveChooser::showCurvesLeavesTheChosenOnesPainted()
{
    QCOMPARE(int(mCanvas->curveOverlay()->curves().size()), personaCount);
    QCOMPARE(paintedCurves().size(), personaCount);
    const std::vector<CurveInfo> curves = mCanvas->curveOverlay()->curves();
    const auto colorOf = [&](Id persona) {
        for (const CurveInfo &c : curves) {
            if (c.persona == persona)
                return c.color;
        }
        return QColor();
    };
    // Between the first two steps, each curve's line at its own height.
    const auto onLine = [&](Id persona) {
        return (curvePoint(0, int(persona)) + curvePoint(1, int(persona))) / 2;
    };
    mCanvas->ensureVisible(QRectF(curvePoint(0, 1), curvePoint(1, personaCount)).normalized());
    for (Id p = 1; p <= personaCount; ++p)
        QVERIFY2(pixelsNear(onLine(p), colorOf(p), 3) > 0, qPrintable(QString::number(p)));

    const int undo = mDoc->undoStack()->count();
    chooseCurves({2, 5, 9}, true);
    QCOMPARE(mCanvas->curveOverlay()->hidden(), (QSet<Id> {1, 3, 4, 6, 7, 8}));
    QCOMPARE(paintedCurves(), (QList<Id> {2, 5, 9}));
    for (Id p = 1; p <= personaCount; ++p) {
        const bool shown = p == 2 || p == 5 || p == 9;
        QTRY_VERIFY2((pixelsNear(onLine(p), colorOf(p), 3) > 0) == shown,
                     qPrintable(u"persona %1"_s.arg(p)));
        const Id step = mCanvas->journeyLayout()->stepIdAt(1);
        QCOMPARE(mCanvas->curveOverlay()->pointItem(step, emotionLane, p) != nullptr, shown);
    }
    // A view setting: nothing to undo, the file unchanged.
    QCOMPARE(mDoc->undoStack()->count(), undo);
    QCOMPARE(mDoc->workspace().journeys, nineCurves().journeys);

    // Cancel keeps the choice; choosing all again paints all.
    chooseCurves({1}, false);
    QCOMPARE(paintedCurves(), (QList<Id> {2, 5, 9}));
    chooseCurves({1, 2, 3, 4, 5, 6, 7, 8, 9}, true);
    QVERIFY(mCanvas->curveOverlay()->hidden().isEmpty());
    QTRY_VERIFY(pixelsNear(onLine(4), colorOf(4), 3) > 0);
}

void TestCurveChooser::hoverNamesPersonaStepAndValue()
{
    const JourneyLayout *l = mCanvas->journeyLayout();
    const Id step = l->stepIdAt(1); // "Enter payment"
    constexpr Id dev = 4; // at -0.5
    CurvePointItem *item = mCanvas->curveOverlay()->pointItem(step, emotionLane, dev);
    QVERIFY(item);
    const QPointF point = curvePoint(1, int(dev));
    QCOMPARE(item->pos(), point);
    mCanvas->ensureVisible(QRectF(point, QSizeF(1, 1)), 80, 80);
    QVERIFY(item->toolTip().isEmpty()); // named on hover only

    // Real mouse moves: from the stage header down onto the point.
    const QColor accent = l->style().accent;
    const QPointF away = point + QPointF(0, -120);
    for (int i = 0; i <= 6; ++i)
        QTest::mouseMove(mCanvas->viewport(), viewPoint(away + (point - away) * (i / 6.0)));
    QTRY_VERIFY(!item->toolTip().isEmpty());
    // The ring around the hovered point (the accent colour, beside the marker).
    QTRY_VERIFY(pixelsNear(point + QPointF(8, 0), accent, 3) > 0);

    // What the user sees after resting there: the tooltip.
    const QPoint at = viewPoint(point);
    QHelpEvent help(QEvent::ToolTip, at, mCanvas->viewport()->mapToGlobal(at));
    QApplication::sendEvent(mCanvas->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    const bool value = tip.contains(u"\u22120.5"_s) || tip.contains(u"-0.5"_s);
    QVERIFY2(tip.contains(u"Dev"_s) && tip.contains(u"Enter payment"_s) && value, qPrintable(tip));

    // Moving off the point takes the ring away.
    QTest::mouseMove(mCanvas->viewport(), viewPoint(away));
    QTRY_COMPARE(pixelsNear(point + QPointF(8, 0), accent, 3), 0);
}

QTEST_MAIN(TestCurveChooser)
#include "tst_curvechooser.moc"
