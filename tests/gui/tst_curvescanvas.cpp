// Several curves on one emotion lane and the as-is/to-be comparison (issue 18), driven
// offscreen with the mouse as a user would: dragging one persona's point changes that
// persona's value only (one undo step); "Compare With…" overlays the other journey and the
// side panel lists the hand-computed differences; a poster prints every curve's legend entry.
#include "support/journeyeditorfixture.h"

#include "document/workspacedocument.h"
#include "journey/comparepanel.h"
#include "journey/curveoverlay.h"
#include "journey/journeycanvas.h"
#include "journey/journeyeditor.h"
#include "posters/journeypostercontent.h"
#include "posters/posterexporter.h"
#include "posters/posterrenderer.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

constexpr Id asIsId = 10;
constexpr Id toBeId = 11;
constexpr Id emotionLane = 20;
constexpr Id ana = 1;
constexpr Id bruno = 2;
constexpr Id chloe = 3;

Journey journeyOf(Id id, const QString &name, Id lane, const QStringList &stages,
                  const std::vector<double> &scores)
{
    Journey j;
    j.id = id;
    j.name = name;
    j.lanes = {{lane, u"Emotion"_s, LaneKind::Emotion}, {lane + 1, u"Actions"_s}};
    for (qsizetype i = 0; i < stages.size(); ++i) {
        Stage s;
        s.id = id * 10 + i;
        s.name = stages[i];
        s.withOneStep();
        s.firstCells()[lane].emotion = scores[size_t(i)];
        j.stages.push_back(s);
    }
    return j;
}

// Three personas' curves on the as-is journey; a to-be copy with its steps renamed a little
// (case, spaces), one step more and one less.
Workspace sample()
{
    Workspace w;
    w.info.name = u"Checkout"_s;
    w.personas = {{ana, u"Ana"_s, {}, u"#e15759"_s, std::nullopt, Cadence::None, {}},
                  {bruno, u"Bruno"_s, {}, u"#4e79a7"_s, std::nullopt, Cadence::None, {}},
                  {chloe, u"Chloé <&>"_s, {}, u"#59a14f"_s, std::nullopt, Cadence::None, {}}};
    Journey asIs
        = journeyOf(asIsId, u"As-is"_s, emotionLane,
                    {u"Browse"_s, u"Enter payment"_s, u"Confirm"_s, u"Wait"_s}, {1, -1, 0.5, 0});
    const std::vector<std::vector<double>> curves
        = {{1, -2, 1, 0}, {0.5, 0, 1.5, 0}, {2, -1, 0, 0}};
    for (size_t s = 0; s < asIs.stages.size(); ++s) {
        Cell &cell = asIs.stages[s].firstCells()[emotionLane];
        cell.curves = {{ana, curves[0][s]}, {bruno, curves[1][s]}, {chloe, curves[2][s]}};
    }
    const Journey toBe
        = journeyOf(toBeId, u"To-be"_s, 40,
                    {u" browse"_s, u"ENTER PAYMENT"_s, u"New step"_s, u"Confirm"_s}, {1, 1, 2, 0});
    w.journeys = {asIs, toBe};
    return w;
}

} // namespace

class TestCurvesCanvas : public QObject, private TestSupport::JourneyEditorFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dragOneCurvesPoint();
    void compareWithOverlaysAndLists();
    void posterPrintsEveryCurve();

private:
    const Journey &journey(Id id = asIsId) const { return *mDoc->workspace().journey(id); }
    double curveValue(Id stage, Id persona) const
    {
        return findStep(journey(), stage)->cells.value(emotionLane).curves.value(persona, 99);
    }
};

void TestCurvesCanvas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestCurvesCanvas::init()
{
    QVERIFY2(showJourney(sample(), asIsId), qPrintable(mError));
    mCanvas->setFocus();
}

void TestCurvesCanvas::cleanup()
{
    closeJourney();
}

void TestCurvesCanvas::dragOneCurvesPoint()
{
    const JourneyLayout *l = mCanvas->journeyLayout();
    const int row = l->rowOf(emotionLane);
    const int column = 1; // "Enter payment"
    const Id step = l->stepIdAt(column);
    CurvePointItem *item = mCanvas->curveOverlay()->pointItem(step, emotionLane, bruno);
    QVERIFY(item);
    QCOMPARE(item->pos(), l->emotionPoint(column, row, 0));

    // Hovering names persona, step and value.
    const QString tip = mCanvas->curveOverlay()->toolTip(step, emotionLane, bruno);
    QVERIFY2(tip.contains(u"Bruno"_s) && tip.contains(u"Enter payment"_s) && tip.contains(u"0"_s),
             qPrintable(tip));

    // Bruno's point from 0 to +1.5 by the mouse: only Bruno's value moves, in one undo step.
    const QPointF from = item->pos();
    const QPointF to = l->emotionPoint(column, row, 1.5);
    mCanvas->ensureVisible(QRectF(to, from).normalized(), 20, 40);
    const int undo = mDoc->undoStack()->count();
    QTest::mousePress(mCanvas->viewport(), Qt::LeftButton, {}, viewPoint(from));
    for (int i = 1; i <= 6; ++i)
        QTest::mouseMove(mCanvas->viewport(), viewPoint(from + (to - from) * (i / 6.0)));
    QTest::mouseRelease(mCanvas->viewport(), Qt::LeftButton, {}, viewPoint(to));
    QCOMPARE(curveValue(step, bruno), 1.5);
    QCOMPARE(curveValue(step, ana), -2.0);
    QCOMPARE(curveValue(step, chloe), -1.0);
    QCOMPARE(findStep(journey(), step)->cells.value(emotionLane).emotion,
             std::optional<double>(-1));
    QCOMPARE(mDoc->undoStack()->count(), undo + 1);
    QCOMPARE(mCanvas->curveOverlay()->pointItem(step, emotionLane, bruno)->pos(), to);

    mDoc->undoStack()->undo();
    QCOMPARE(curveValue(step, bruno), 0.0);
    QCOMPARE(curveValue(step, ana), -2.0);
    QCOMPARE(mCanvas->curveOverlay()->pointItem(step, emotionLane, bruno)->pos(), from);

    // A hidden curve has no points to drag (the chooser's view setting; no edit).
    mCanvas->curveOverlay()->setHidden({bruno});
    QVERIFY(!mCanvas->curveOverlay()->pointItem(step, emotionLane, bruno));
    QVERIFY(mCanvas->curveOverlay()->pointItem(step, emotionLane, ana));
    QCOMPARE(mDoc->undoStack()->count(), undo + 1);
}

void TestCurvesCanvas::compareWithOverlaysAndLists()
{
    const JourneyLayout *l = mCanvas->journeyLayout();
    const int row = l->rowOf(emotionLane);
    auto *panel = mEditor->findChild<ComparePanel *>();
    QVERIFY(panel);
    QVERIFY(!panel->isVisible());
    // Where the to-be's point of "Enter payment" goes (+1): nothing there before.
    const QPointF toBePoint = l->emotionPoint(1, row, 1);
    mCanvas->ensureVisible(QRectF(toBePoint, QSizeF(1, 1)), 60, 60);
    QApplication::processEvents();
    const QColor dark = CurvePainter::comparedColor();
    QCOMPARE(pixelsNear(toBePoint, dark, 6), 0);

    // Compare With…: the dialog chooses "To-be".
    QAction *compare = mEditor->action(u"compareWith"_s);
    QVERIFY(compare && compare->isEnabled());
    bool chosen = false;
    QTimer::singleShot(0, this, [&chosen] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QVERIFY(dialog->comboBoxItems().contains(u"To-be"_s));
        dialog->setTextValue(u"To-be"_s);
        chosen = true;
        dialog->accept();
    });
    const int undo = mDoc->undoStack()->count();
    compare->trigger();
    QVERIFY(chosen);
    QCOMPARE(journey().compareWith, toBeId);
    QCOMPARE(mDoc->undoStack()->count(), undo + 1);

    QTRY_VERIFY(pixelsNear(toBePoint, dark, 6) > 0);
    QVERIFY(panel->isVisible());
    // By hand: Enter payment −1 → +1 (+2), Confirm +0.5 → 0 (−0.5); Browse equal; Wait has no
    // step of its name.
    QTreeWidget *list = panel->list();
    QCOMPARE(list->topLevelItemCount(), 2);
    const QStringList first = {list->topLevelItem(0)->text(0), list->topLevelItem(0)->text(1),
                               list->topLevelItem(0)->text(2), list->topLevelItem(0)->text(3)};
    QCOMPARE(first, QStringList({u"Enter payment"_s, u"\u22121"_s, u"+1"_s, u"\u25b2 +2"_s}));
    const QStringList second = {list->topLevelItem(1)->text(0), list->topLevelItem(1)->text(1),
                                list->topLevelItem(1)->text(2), list->topLevelItem(1)->text(3)};
    QCOMPARE(second, QStringList({u"Confirm"_s, u"+0.5"_s, u"0"_s, u"\u25bc \u22120.5"_s}));

    // A click on a listed step selects it on the canvas.
    const QRect confirm = list->visualItemRect(list->topLevelItem(1));
    QVERIFY2(list->viewport()->rect().contains(confirm.center()),
             qPrintable(u"%1,%2 %3x%4 in %5x%6"_s.arg(confirm.x())
                            .arg(confirm.y())
                            .arg(confirm.width())
                            .arg(confirm.height())
                            .arg(list->viewport()->width())
                            .arg(list->viewport()->height())));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, confirm.center());
    QCOMPARE(mCanvas->currentStage(), l->stepIdAt(2));
    QCOMPARE(mCanvas->currentLane(), emotionLane);

    // Undo: no comparison, no overlay, no panel.
    mDoc->undoStack()->undo();
    QCOMPARE(journey().compareWith, Id(0));
    QTRY_COMPARE(pixelsNear(toBePoint, dark, 6), 0);
    QVERIFY(!panel->isVisible());

    // A journey opened while it is compared: the panel shows at once, with room.
    mDoc->undoStack()->redo();
    JourneyEditor other;
    other.resize(1100, 700);
    other.setJourney(mDoc.get(), asIsId);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    auto *otherPanel = other.findChild<ComparePanel *>();
    QVERIFY(otherPanel->isVisible());
    QVERIFY2(otherPanel->width() >= 400 && otherPanel->height() >= 100,
             qPrintable(u"%1×%2"_s.arg(otherPanel->width()).arg(otherPanel->height())));
    QCOMPARE(otherPanel->list()->topLevelItemCount(), 2);
}

void TestCurvesCanvas::posterPrintsEveryCurve()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed: the poster's text is not checked");
    Workspace w = sample();
    w.journeys[0].compareWith = toBeId;
    JourneyPosterContent content(w, asIsId);
    QVERIFY(content.isValid());
    PosterRenderer renderer(content);
    PosterSettings settings;
    settings.posterSize = QPageSize(QPageSize::A2);
    const PosterLayout layout = renderer.layout(settings);
    const QString pdf = mDir.filePath(u"curves.pdf"_s);
    const PosterExporter::Result written
        = PosterExporter(renderer, layout).write(PosterExporter::Format::Pdf, pdf);
    QVERIFY2(written.ok, qPrintable(written.error));
    QProcess text;
    text.start(pdftotext, {pdf, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    for (const QString &entry :
         {u"Ana"_s, u"Bruno"_s, u"Chloé <&>"_s, u"Compared with To-be"_s, u"\u25b2 +2"_s})
        QVERIFY2(printed.contains(entry), qPrintable(u"\"%1\" not in:\n%2"_s.arg(entry, printed)));

    // SVG: the names escaped as any text (a well-formed file holding them).
    const QString svg = mDir.filePath(u"curves.svg"_s);
    QVERIFY(PosterExporter(renderer, layout).write(PosterExporter::Format::Svg, svg).ok);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(file.readAll());
    QVERIFY(xml.contains(u"Chloé &lt;&amp;&gt;"_s));
    QVERIFY(!xml.contains(u"Chloé <&>"_s));
}

QTEST_MAIN(TestCurvesCanvas)
#include "tst_curvescanvas.moc"
