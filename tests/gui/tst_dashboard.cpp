#include "analytics/journeyanalytics.h"
#include "common/preferences.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/renewalchecklist.h"
#include "dashboard/retentioncharts.h"
#include "document/edits.h"
#include "document/workspacedocument.h"
#include "itemmodels/metricstablemodel.h"
#include "itemmodels/workspaceoutlinemodel.h"
#include "journey/journeysummarywidget.h"
#include "mainwindow.h"
#include "posters/dashboardpostercontent.h"
#include "posters/posterdialog.h"
#include "posters/posterexporter.h"
#include "posters/posterrenderer.h"
#include "workspace/workspacesidebar.h"

#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

MetricPeriod month(int m, std::optional<qint64> start, std::optional<qint64> added,
                   std::optional<qint64> end)
{
    MetricPeriod p;
    p.periodStart = QDate(2026, m, 1);
    p.periodEnd = p.periodStart.addMonths(1).addDays(-1);
    p.customersStart = start;
    p.customersNew = added;
    p.customersEnd = end;
    return p;
}

// Every point of the series with that name (one series per unbroken run), as (x, y).
QList<QPointF> pointsOf(QChart *chart, const QString &name, int *seriesCount = nullptr)
{
    QList<QPointF> points;
    int count = 0;
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        auto *line = qobject_cast<QLineSeries *>(s);
        if (!line || line->name() != name)
            continue;
        ++count;
        points += line->points();
    }
    if (seriesCount)
        *seriesCount = count;
    return points;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

// The dashboard page driven as a user would: editing rows, answering the checklist,
// choosing the retention type, pasting, exporting.
class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void crrChartFollowsEditedRow();
    void stickinessAndForgottenZoneCharts();
    void personaNamesCentredUnderTheirBars();
    void everyPersonaNamedUnderANarrowChart();
    void retentionTypeComboEditsAndFollowsUndo();
    void checklistAnswersAndNotes();
    void journeySummaryShowsPrecomputedValues();
    void pasteFromClipboard();
    void addPeriodStartsAtTheSameColumnEveryTime();
    void posterPdfAndPng();
    void posterDefaultsToOneSheet();
    void sidebarOpensDashboard();
    void chartsShowEditsMadeOnAnotherPage();
    void sampleTimeToValueAgrees();
    void printPreviewFromTheFileMenu();

private:
    QTemporaryDir mDir;
    std::unique_ptr<WorkspaceDocument> mDoc;
    std::unique_ptr<DashboardPage> mPage;
    Id mJourney = 0;
};

void TestDashboard::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
}

void TestDashboard::init()
{
    static int n = 0;
    Workspace w;
    w.info.name = u"Atelier rétention"_s;
    w.metrics = {month(1, 70, 30, 90), month(2, 90, 10, 92), month(3, 92, 8, 95)};
    for (MetricPeriod &p : w.metrics)
        p.id = newId();
    Persona buyer;
    buyer.id = newId();
    buyer.name = u"Home buyer"_s;
    UseCase buy;
    buy.id = newId();
    buy.useCase = u"Buy"_s;
    buy.frequency = UsageFrequency(1, 5.5, Period::Year);
    UseCase search = buy;
    search.id = newId();
    search.frequency = UsageFrequency(1, 1, Period::Week);
    buyer.useCases = {buy, search, buy};
    buyer.useCases[2].id = newId();
    w.personas = {buyer};
    Journey journey;
    journey.id = mJourney = newId();
    journey.name = u"Onboarding"_s;
    Stage visit;
    visit.id = newId();
    visit.withOneStep();
    visit.name = u"Visit"_s;
    visit.entering = 1000;
    visit.assessment = Assessment::ToReinforce;
    Stage signUp = visit;
    signUp.id = newId();
    signUp.withOneStep();
    signUp.name = u"Sign-up"_s;
    signUp.entering = 250;
    signUp.assessment = Assessment::WorksWell;
    // Steps scored on the emotion lane: the summary names the lowest one (issue 18).
    const Id emotion = newId();
    journey.lanes = {{emotion, u"Emotion"_s, LaneKind::Emotion, true}};
    visit.firstCells().insert(emotion, {QString(), 1.0});
    signUp.steps.front().name = u"Form"_s;
    signUp.firstCells().insert(emotion, {QString(), 0.5});
    signUp.steps.push_back({newId(), u"Enter payment"_s, {{emotion, {QString(), -1.0}}}});
    journey.stages = {visit, signUp};
    w.journeys = {journey};
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(mDir.filePath(u"d%1.parcours"_s.arg(++n)), w);
    QVERIFY2(created.document, qPrintable(created.error));
    mDoc = std::move(created.document);
    mPage = std::make_unique<DashboardPage>();
    mPage->resize(1100, 900);
    mPage->setDocument(mDoc.get());
}

void TestDashboard::cleanup()
{
    mPage.reset();
    mDoc.reset();
}

void TestDashboard::crrChartFollowsEditedRow()
{
    QChart *chart = mPage->charts()->crrChart();
    const QString crr = RetentionCharts::crrSeriesName();
    int runs = 0;
    QList<QPointF> points = pointsOf(chart, crr, &runs);
    QCOMPARE(runs, 1);
    QCOMPARE(points, (QList<QPointF> {{0, 85.7}, {1, 91.1}, {2, 94.6}}));
    // The 85–90 % target band.
    QAreaSeries *band = nullptr;
    for (QAbstractSeries *s : chart->series()) {
        if (s->name() == RetentionCharts::targetSeriesName())
            band = qobject_cast<QAreaSeries *>(s);
    }
    QVERIFY(band);
    QCOMPARE(band->upperSeries()->at(0).y(), 90.0);
    QCOMPARE(band->lowerSeries()->at(0).y(), 85.0);

    // February becomes impossible (120 > 90 + 10): it leaves the chart, the line breaks.
    MetricsTableModel *model = mPage->metricsModel();
    QVERIFY(model->setData(model->index(1, MetricsTableModel::CustomersEndColumn), u"120"_s));
    mPage->refreshNow();
    chart = mPage->charts()->crrChart();
    points = pointsOf(chart, crr, &runs);
    QCOMPARE(points, (QList<QPointF> {{0, 85.7}, {2, 94.6}}));
    QCOMPARE(runs, 2);

    // Undo: back in the chart, after the event loop's refresh.
    mDoc->undoStack()->undo();
    QTRY_COMPARE(pointsOf(mPage->charts()->crrChart(), crr).size(), 3);
}

void TestDashboard::stickinessAndForgottenZoneCharts()
{
    QVERIFY(pointsOf(mPage->charts()->stickinessChart(), RetentionCharts::stickinessSeriesName())
                .isEmpty());
    MetricsTableModel *model = mPage->metricsModel();
    QVERIFY(model->setData(model->index(2, MetricsTableModel::DauColumn), u"250"_s));
    QVERIFY(model->setData(model->index(2, MetricsTableModel::MauColumn), u"1000"_s));
    mPage->refreshNow();
    QCOMPARE(pointsOf(mPage->charts()->stickinessChart(), RetentionCharts::stickinessSeriesName()),
             (QList<QPointF> {{2, 25.0}}));

    QBarSet *set = nullptr;
    for (QAbstractSeries *s : mPage->charts()->belowMonthlyChart()->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(s))
            set = bars->barSets().value(0);
    }
    QVERIFY(set);
    QCOMPARE(set->count(), 1);
    QCOMPARE(set->at(0), 67.0); // 2 of 3 use cases below monthly, rounded for the label
}

void TestDashboard::everyPersonaNamedUnderANarrowChart()
{
    // At 1400 pixels the window gives each of the three charts about 330: Qt Charts hid a
    // bar's name wider than its bar, and a red bar then had no name under it.
    RetentionChartData data;
    data.belowMonthly = {{0, u"Home buyer"_s, QString(), 100, true},
                         {0, u"Real-estate agent"_s, QString(), 0, false},
                         {0, u"\u00C9tudiant en master"_s, QString(), 100, true}};
    for (const qreal width : {300.0, 330.0, 600.0}) {
        QGraphicsScene scene;
        QChart *chart = RetentionCharts::belowMonthlyChart(data);
        scene.addItem(chart); // the scene owns it
        chart->setGeometry(QRectF(0, 0, width, 380));
        for (int i = 0; i < 3; ++i) // the labels fitted, then laid out again
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QStringList shown;
        const QList<QGraphicsItem *> items = scene.items();
        for (QGraphicsItem *item : items) {
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                shown << text->toPlainText().simplified();
        }
        const QString all = shown.join(u" | "_s);
        // Each name under its bar, whole or cut with "…" where a word is wider than its bar.
        for (const QString &first : {u"Home"_s, u"Real"_s, u"\u00C9tud"_s}) {
            QVERIFY2(std::any_of(shown.cbegin(), shown.cend(),
                                 [&](const QString &t) { return t.startsWith(first); }),
                     qPrintable(u"%1 px: %2"_s.arg(width).arg(all)));
        }
        // The ▽ of a persona in the forgotten zone stays with its name.
        QVERIFY2(all.count(u"\u25BD"_s) == 2, qPrintable(all));
    }
}

void TestDashboard::personaNamesCentredUnderTheirBars()
{
    RetentionChartData data;
    data.belowMonthly = {{0, u"Home buyer"_s, QString(), 60, true},
                         {0, u"Real-estate agent"_s, QString(), 20, false}}; // two lines
    QGraphicsScene scene;
    QChart *chart = RetentionCharts::belowMonthlyChart(data);
    scene.addItem(chart); // the scene owns it
    chart->setGeometry(QRectF(0, 0, 600, 320));
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
    QImage image(600, 320, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        scene.render(&painter, QRectF(image.rect()), QRectF(0, 0, 600, 320));
    }
    // Under each bar, every line of its name (rows of dark pixels, split at blank rows) is
    // centred on the bar's category, within a few pixels (glyph bearings, Qt's rounding); a
    // second line aligned left with the first ("agent" under "Real-estate") is 15 px off.
    const QRectF plot = chart->plotArea();
    const double width = plot.width() / 2;
    const int legendTop = int(chart->legend()->geometry().top());
    QVERIFY(legendTop > plot.bottom() + 20);
    for (int category = 0; category < 2; ++category) {
        const int left = int(plot.left() + category * width + width * 0.1);
        const int right = int(plot.left() + (category + 1) * width - width * 0.1);
        const double centre = plot.left() + (category + 0.5) * width;
        QList<double> lineCentres;
        double sum = 0;
        int count = 0;
        for (int y = int(plot.bottom()) + 6; y < legendTop; ++y) {
            int minX = right;
            int maxX = left - 1;
            for (int x = left; x < right; ++x) {
                if (qGray(image.pixel(x, y)) < 200) { // "▽" is thin: light grey when smoothed
                    minX = std::min(minX, x);
                    maxX = std::max(maxX, x);
                }
            }
            if (maxX >= minX) {
                sum += (minX + maxX) / 2.0;
                ++count;
            } else if (count > 0) {
                lineCentres << sum / count;
                sum = 0;
                count = 0;
            }
        }
        QCOMPARE(lineCentres.size(), category == 0 ? 1 : 2);
        for (double lineCentre : std::as_const(lineCentres))
            QVERIFY2(std::abs(lineCentre - centre) < 5,
                     qPrintable(u"category %1: a line centred at %2, the bar at %3"_s.arg(category)
                                    .arg(lineCentre)
                                    .arg(centre)));
    }
}

void TestDashboard::retentionTypeComboEditsAndFollowsUndo()
{
    QComboBox *box = mPage->retentionTypeBox();
    QCOMPARE(box->currentData().toInt(), int(RetentionType::Unspecified));
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down); // Continuous
    QCOMPARE(mDoc->workspace().info.retentionType, RetentionType::Continuous);
    QCOMPARE(box->currentText(), u"Continuous"_s);
    QVERIFY(Edit::setField(*mDoc, EntityRef::workspace(), Field::WorkspaceRetentionType,
                           int(RetentionType::Intentional)));
    QCOMPARE(box->currentText(), u"Intentional"_s);
    mDoc->undoStack()->undo();
    QCOMPARE(box->currentText(), u"Continuous"_s);
}

void TestDashboard::checklistAnswersAndNotes()
{
    RenewalChecklist *checklist = mPage->checklist();
    QCOMPARE(checklist->journey(), mJourney);
    QVERIFY(checklist->readinessText().contains(u"Not assessed yet"_s));
    QComboBox *answer = checklist->answerBox(RenewalQuestion::ValueDelivered);
    QTest::keyClick(answer, Qt::Key_Down); // Yes
    QTest::keyClick(answer, Qt::Key_Down); // Partly
    const Journey *j = mDoc->workspace().journey(mJourney);
    QCOMPARE(j->renewal.value(int(RenewalQuestion::ValueDelivered)).answer,
             RenewalAnswerValue::Partly);
    QLineEdit *note = checklist->noteEdit(RenewalQuestion::ValueDelivered);
    note->setFocus();
    QTest::keyClicks(note, u"Value late for small teams"_s);
    QTest::keyClick(note, Qt::Key_Return);
    QCOMPARE(mDoc->workspace().journey(mJourney)->renewal.value(2).note,
             u"Value late for small teams"_s);
    QVERIFY2(checklist->readinessText().contains(u"Incomplete: 7 not answered"_s),
             qPrintable(checklist->readinessText()));

    // Undo reaches the widgets.
    mDoc->undoStack()->undo();
    QCOMPARE(note->text(), QString());
    mDoc->undoStack()->undo();
    QCOMPARE(answer->currentText(), u"Yes"_s);
    // A change made elsewhere (another window, import) shows too.
    QVERIFY(Edit::setField(*mDoc, EntityRef::renewal(mJourney, int(RenewalQuestion::Trigger)),
                           Field::RenewalAnswerField, int(RenewalAnswerValue::No)));
    QCOMPARE(checklist->answerBox(RenewalQuestion::Trigger)->currentText(), u"No"_s);
    QVERIFY(checklist->readinessText().contains(u"Not ready: 1 answered no"_s));
    // The journey summary's readiness follows after the refresh.
    mPage->refreshNow();
    QVERIFY(mPage->journeySummary()
                ->table()
                ->item(0, JourneySummaryWidget::ReadinessColumn)
                ->text()
                .contains(u"Not ready"_s));

    // Removing the journey empties the checklist.
    Edit::removeJourney(*mDoc, mJourney);
    QCOMPARE(checklist->journey(), Id(0));
    QVERIFY(!checklist->answerBox(RenewalQuestion::Trigger)->isEnabled());
    mDoc->undoStack()->undo();
    QCOMPARE(checklist->journey(), mJourney);
}

void TestDashboard::journeySummaryShowsPrecomputedValues()
{
    QTableWidget *table = mPage->journeySummary()->table();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, JourneySummaryWidget::JourneyColumn)->text(), u"Onboarding"_s);
    QCOMPARE(table->item(0, JourneySummaryWidget::NeedingWorkColumn)->text(),
             u"1 of 2: 1 to reinforce"_s);
    QCOMPARE(table->item(0, JourneySummaryWidget::DropOffColumn)->text(),
             u"Visit → Sign-up: 750 lost (75 %)"_s);
    QVERIFY(table->item(0, JourneySummaryWidget::TimeToValueColumn)
                ->text()
                .startsWith(u"not set: mark a stage as the conversion"_s));
    QCOMPARE(table->horizontalHeaderItem(JourneySummaryWidget::LowestStepColumn)->text(),
             u"Lowest step"_s);
    QCOMPARE(table->item(0, JourneySummaryWidget::LowestStepColumn)->text(),
             u"Enter payment, \u22121"_s);
}

void TestDashboard::pasteFromClipboard()
{
    QGuiApplication::clipboard()->setText(u"2026-04-01\t2026-04-30\t95\t5\t97\t\t\n"
                                          "2026-05-01\t2026-05-31\t97\t3\t99\t\t\n"_s);
    mPage->metricsView()->setCurrentIndex(
        mPage->metricsModel()->index(3 - 1, MetricsTableModel::PeriodStartColumn));
    mPage->paste(); // over March and into a new row
    QCOMPARE(mDoc->workspace().metrics.size(), size_t(4));
    QCOMPARE(mDoc->workspace().metrics[2].periodStart, QDate(2026, 4, 1));
    QCOMPARE(mDoc->undoStack()->undoText(), u"Paste periods"_s);
    mPage->refreshNow();
    QCOMPARE(pointsOf(mPage->charts()->crrChart(), RetentionCharts::crrSeriesName()).size(), 4);
    mDoc->undoStack()->undo();
    QCOMPARE(mDoc->workspace().metrics.size(), size_t(3));
}

// Types text as a user does: each key to the widget that has the focus (the table, then
// the cell editor the first key opens).
void typeKeys(const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        if (c == u'\t')
            QTest::keyClick(target, Qt::Key_Tab);
        else
            QTest::keyClick(target, c.toLatin1());
    }
}

// "Add period" then a row typed with Tab between values: the same keys land in the same
// columns for the first period (nothing to pre-fill) and for a later one (customers at start
// pre-filled from the previous end), and the status line says what was pre-filled.
void TestDashboard::addPeriodStartsAtTheSameColumnEveryTime()
{
    mPage->show();
    QVERIFY(QTest::qWaitForWindowExposed(mPage.get()));
    auto *status = mPage->findChild<QLabel *>(u"metricsStatus"_s);
    QVERIFY(status);
    QToolButton *add = nullptr;
    for (QToolButton *button : mPage->findChildren<QToolButton *>()) {
        if (button->defaultAction() && button->defaultAction()->text() == u"&Add period"_s)
            add = button;
    }
    QVERIFY(add);
    const auto &metrics = mDoc->workspace().metrics;

    // A later period: 95 customers at start come from March's end.
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(metrics.size(), size_t(4));
    QCOMPARE(metrics[3].customersStart, std::optional<qint64>(95));
    QVERIFY2(status->text().contains(u"with its dates and \u201CStart\u201D pre-filled (95: "_s),
             qPrintable(status->text()));
    typeKeys(u"95\t5\t97\t"_s);
    QCOMPARE(metrics[3].customersStart, std::optional<qint64>(95));
    QCOMPARE(metrics[3].customersNew, std::optional<qint64>(5));
    QCOMPARE(metrics[3].customersEnd, std::optional<qint64>(97));

    // The first period of a workspace: the same keys, the same columns.
    QList<Id> all;
    for (const MetricPeriod &p : metrics)
        all << p.id;
    Edit::removeMetricPeriods(*mDoc, all);
    QVERIFY(metrics.empty());
    mPage->metricsView()->setFocus();
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(metrics.size(), size_t(1));
    QVERIFY(!metrics[0].customersStart);
    QVERIFY2(status->text().contains(u"with its dates pre-filled."_s), qPrintable(status->text()));
    typeKeys(u"70\t30\t90\t"_s);
    QCOMPARE(metrics[0].customersStart, std::optional<qint64>(70));
    QCOMPARE(metrics[0].customersNew, std::optional<qint64>(30));
    QCOMPARE(metrics[0].customersEnd, std::optional<qint64>(90));
}

// The dashboard through the poster machinery: one A4 landscape sheet whose text holds the
// seed's CRR, an impossible period's reason and the journey summary; a PNG with ink and the
// target band.
void TestDashboard::posterPdfAndPng()
{
    QVERIFY(Edit::addMetricPeriod(*mDoc, month(4, 95, 5, 120)));
    const DashboardPosterContent content(mDoc->workspace());
    PosterInfo info;
    info.date = QDate(2026, 7, 14);
    const PosterRenderer renderer(content, info);
    PosterSettings settings = content.defaults().settings;
    settings.posterSize = QPageSize(QPageSize::A4);
    QVERIFY(!settings.tiled);
    QCOMPARE(settings.orientation, QPageLayout::Landscape);
    const PosterLayout layout = renderer.layout(settings);
    QVERIFY2(layout.isValid(), qPrintable(layout.error()));
    QCOMPARE(layout.sheetCount(), 1);
    QVERIFY2(layout.isLegible(), qPrintable(layout.legibilityWarning()));
    const PosterExporter exporter(renderer, layout);

    const QString pdf = mDir.filePath(u"dashboard.pdf"_s);
    const PosterExporter::Result written = exporter.write(PosterExporter::Format::Pdf, pdf);
    QVERIFY2(written.ok, qPrintable(written.error));
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"85.7 %"_s), qPrintable(text)); // January: (90 − 30) / 70
    QVERIFY(text.contains(u"Atelier rétention"_s));
    QVERIFY(text.contains(u"RETENTION DASHBOARD"_s));
    QVERIFY(text.contains(u"Customer retention rate"_s)); // the chart's title, as text
    QVERIFY(text.contains(u"Onboarding"_s));
    QVERIFY(text.contains(u"Visit → Sign-up: 750 lost (75 %)"_s));
    // April's reason, whole (pdftotext may break it where the row wraps).
    QVERIFY2(text.simplified().contains(
                 u"more customers at end (120) than at start plus new ones (95 + 5 = 100)"_s),
             qPrintable(text));
    QProcess info2;
    info2.start(u"pdfinfo"_s, {pdf});
    QVERIFY(info2.waitForFinished(30000));
    const QString pages = QString::fromUtf8(info2.readAllStandardOutput());
    QVERIFY2(pages.contains(QRegularExpression(u"Pages:\\s+1\n"_s)), qPrintable(pages));
    QVERIFY2(pages.contains(u"842 x 595"_s) || pages.contains(u"841.89 x 595.276"_s),
             qPrintable(pages)); // A4 landscape

    const QString png = mDir.filePath(u"dashboard.png"_s);
    const PosterExporter::Result image = exporter.write(PosterExporter::Format::Png, png, 100);
    QVERIFY2(image.ok, qPrintable(image.error));
    const QImage picture(png);
    QCOMPARE(picture.size(), PosterExporter::imageSize(layout, 100)); // 1169 × 827
    // Ink on the page, some of it the green-tinted target band.
    int inked = 0;
    int greenish = 0;
    for (int y = 0; y < picture.height(); y += 2) {
        for (int x = 0; x < picture.width(); x += 2) {
            const QColor c = picture.pixelColor(x, y);
            if (c != Qt::white)
                ++inked;
            if (c.green() > c.red() + 15 && c.green() > c.blue() + 15)
                ++greenish;
        }
    }
    QVERIFY2(inked > 15000, qPrintable(QString::number(inked)));
    QVERIFY2(greenish > 300, qPrintable(QString::number(greenish)));
}

// The dashboard's print settings are its own: one sheet of the Preferences' size, whatever
// a journey poster was last printed on.
void TestDashboard::posterDefaultsToOneSheet()
{
    PosterSettings journey;
    journey.posterSize = QPageSize(QPageSize::A0);
    journey.tiled = true;
    PosterDialog::saveSettings(journey, {}, 300);
    Preferences::setPosterPageSize(QPageSize::Letter);
    QSettings().remove(u"dashboardPoster"_s);
    DashboardPosterContent content(mDoc->workspace());
    PosterDialog dialog(content, PosterDialog::Purpose::Print);
    QVERIFY(!dialog.settings().tiled);
    QCOMPARE(dialog.settings().posterSize.id(), QPageSize::Letter);
    QCOMPARE(dialog.settings().orientation, QPageLayout::Landscape);
    QCOMPARE(dialog.posterLayout().sheetCount(), 1);
    QSettings().remove(u"poster"_s);
}

// The sample's SaaS journey: the dashboard says what the editor and posters say (it said
// "2.29 weeks"), and the KPI cell of the value stage agrees with the computed figure
// (Sign-up 1 + Activation 5 + First value 10 days; the sample said 15).
void TestDashboard::sampleTimeToValueAgrees()
{
    MainWindow window;
    QVERIFY(window.openSample());
    const Journey &journey = window.document()->workspace().journeys.front();
    const QString computed = describeTimeToValue(timeToValue(journey));
    QCOMPARE(computed, u"16 days"_s);
    QCOMPARE(DashboardSummary::timeToValueText(DashboardSummary::summarize(journey)), computed);
    bool found = false;
    for (const Stage &stage : journey.stages) {
        if (!stage.isValueDelivered)
            continue;
        for (const Cell &cell : stage.firstCells()) {
            if (cell.text.startsWith(u"Time-to-value"_s)) {
                QCOMPARE(cell.text, u"Time-to-value: %1"_s.arg(computed));
                found = true;
            }
        }
    }
    QVERIFY(found);
    QVERIFY(window.close());
}

void TestDashboard::sidebarOpensDashboard()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSample());
    auto *outline = qobject_cast<WorkspaceOutlineModel *>(window.sidebar()->model());
    const QModelIndex dashboardRow = outline->groupIndex(WorkspaceOutlineModel::DashboardGroup);
    QCOMPARE(dashboardRow.data().toString(), u"Dashboard"_s);
    QVERIFY(dashboardRow.flags() & Qt::ItemIsSelectable);
    QCOMPARE(outline->rowCount(dashboardRow), 0);
    auto *central = window.pages();
    QVERIFY(central->currentWidget() != window.dashboard());

    window.sidebar()->setFocus();
    window.sidebar()->setCurrentIndex(dashboardRow);
    QCOMPARE(central->currentWidget(), window.dashboard());
    QCOMPARE(window.dashboard()->metricsModel()->rowCount(),
             int(window.document()->workspace().metrics.size()));
    // Back to a persona, then the menu's shortcut.
    window.sidebar()->setCurrentIndex(
        outline->index(0, 0, outline->groupIndex(WorkspaceOutlineModel::PersonasGroup)));
    QVERIFY(central->currentWidget() != window.dashboard());
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(central->currentWidget(), window.dashboard());
    QVERIFY(window.close());
}

namespace {

QList<qreal> belowMonthlyBars(const DashboardPage *page)
{
    QList<qreal> values;
    for (QAbstractSeries *s : page->charts()->belowMonthlyChart()->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(s)) {
            for (int i = 0; i < bars->barSets().value(0)->count(); ++i)
                values << bars->barSets().value(0)->at(i);
        }
    }
    return values;
}

} // namespace

// Hidden behind another page, the dashboard leaves its charts alone on each edit; shown
// again, it shows every edit made meanwhile, from its first paint.
void TestDashboard::chartsShowEditsMadeOnAnotherPage()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSample());
    auto *outline = qobject_cast<WorkspaceOutlineModel *>(window.sidebar()->model());
    window.sidebar()->setCurrentIndex(outline->groupIndex(WorkspaceOutlineModel::DashboardGroup));
    QCOMPARE(window.pages()->currentWidget(), window.dashboard());
    QCoreApplication::processEvents();
    const QList<qreal> before = belowMonthlyBars(window.dashboard());
    QVERIFY(!before.isEmpty());

    // The second persona has no use case below monthly in the sample: three of them show.
    const Persona &persona = window.document()->workspace().personas.at(1);
    window.sidebar()->selectEntity(EntityKind::Persona, persona.id);
    QVERIFY(window.pages()->currentWidget() != window.dashboard());
    UseCase rare;
    rare.problem = u"Moving house"_s;
    rare.frequency = UsageFrequency(1, 5, Period::Year);
    for (int i = 0; i < 3; ++i)
        Edit::addUseCase(*window.document(), persona.id, rare, -1);
    QCoreApplication::processEvents();

    window.sidebar()->setCurrentIndex(outline->groupIndex(WorkspaceOutlineModel::DashboardGroup));
    const QList<qreal> shown = belowMonthlyBars(window.dashboard());
    QVERIFY(shown != before);
    window.dashboard()->refreshNow();
    QCOMPARE(shown, belowMonthlyBars(window.dashboard()));

    window.document()->undoStack()->setIndex(0);
    QVERIFY(window.close());
}

// File > Print Preview… while the dashboard is shown previews it on one sheet.
void TestDashboard::printPreviewFromTheFileMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSample());
    QAction *preview = nullptr;
    const auto actions = window.menuBar()->actions().first()->menu()->actions();
    for (QAction *action : actions) {
        if (action->text() == u"Print Pre&view…"_s)
            preview = action;
    }
    if (!preview)
        QFAIL("no Print Preview… in the File menu");
    auto *outline = qobject_cast<WorkspaceOutlineModel *>(window.sidebar()->model());
    window.sidebar()->setCurrentIndex(outline->groupIndex(WorkspaceOutlineModel::DashboardGroup));
    QCOMPARE(window.pages()->currentWidget(), window.dashboard());
    QVERIFY(preview->isEnabled());

    QSettings().remove(u"dashboardPoster"_s);
    int pages = -1;
    QString title;
    QTimer closer;
    closer.setSingleShot(true);
    connect(&closer, &QTimer::timeout, this, [&pages, &title] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(top);
            if (!dialog)
                continue;
            title = dialog->windowTitle();
            if (auto *widget = dialog->findChild<QPrintPreviewWidget *>()) {
                widget->updatePreview();
                pages = widget->pageCount();
                if (qEnvironmentVariableIsSet("PARCOURS_SCREENSHOTS")) {
                    widget->fitInView();
                    dialog->grab().save(qEnvironmentVariable("PARCOURS_SCREENSHOTS")
                                        + u"/dashboard-preview.png"_s);
                }
            }
            dialog->reject();
        }
    });
    closer.start(0);
    preview->trigger();
    QCOMPARE(pages, 1);
    QVERIFY2(title.contains(u"Retention dashboard"_s), qPrintable(title));
    QVERIFY(window.close());
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
