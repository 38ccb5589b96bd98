// Declared against observed usage in the window (issue 22): the use-case map's observed table
// and verdict, the dashboard's "Fill from Events…", in English and French.
#include "dashboard/dashboardpage.h"
#include "document/editsusage.h"
#include "document/workspacedocument.h"
#include "itemmodels/metricstablemodel.h"
#include "store/workspacestore.h"
#include "usecases/frequencyspectrumchart.h"
#include "usecases/observedusagetable.h"
#include "usecases/usecasemapeditor.h"
#include "usecases/usecasetableview.h"

#include "support/observedusagedata.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>

using namespace Parcours;
using namespace Parcours::TestData;
using namespace Qt::StringLiterals;

namespace {

// A document holding `workspace` in memory, usage included (the file's storage of usage is
// another part of issue 22).
std::unique_ptr<WorkspaceDocument> documentOf(const QTemporaryDir &dir, const Workspace &workspace)
{
    WorkspaceStore::OpenResult created
        = WorkspaceStore::create(dir.filePath(u"w.parcours"_s), workspace);
    if (!created.store)
        qFatal("%s", qPrintable(created.error));
    return WorkspaceDocument::adopt(std::move(created.store), workspace);
}

// Clicks `buttonText` in the next message box once it shows.
void answerNextMessageBox(const QString &buttonText, QString *question)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, buttonText, question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        *question = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == buttonText) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
        box->reject();
    });
    timer->start();
}

QString cell(const ObservedUsageTable *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

// How many rows the table's viewport has room for, and how many of its rows show whole.
int roomForRows(const QTableView *table)
{
    return table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
}

int wholeRowsShown(const QTableView *table)
{
    int shown = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QRect rect = table->visualRect(table->model()->index(row, 0));
        shown += rect.isValid() && table->viewport()->rect().contains(rect) ? 1 : 0;
    }
    return shown;
}

QToolButton *buttonFor(QWidget *page, QAction *action)
{
    for (QToolButton *button : page->findChildren<QToolButton *>()) {
        if (button->defaultAction() == action)
            return button;
    }
    return nullptr;
}

} // namespace

class TestObservedViews : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale::c()); }
    void useCaseMapShowsDeclaredAndObserved();
    void observedPaneFollowsImportAndUndo();
    void defaultSplitShowsRowsOfBothTables();
    void dashboardFillsFromEventsKeepingTypedValues();
    void french();
};

void TestObservedViews::useCaseMapShowsDeclaredAndObserved()
{
    QTemporaryDir dir;
    auto doc = documentOf(dir, observedUsage());
    UseCaseMapEditor editor;
    editor.resize(1100, 900);
    editor.setDocument(doc.get());
    editor.setPersona(renterId);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    const ObservedUsageTable *table = editor.observedTable();
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 3); // Sublet names no events
    QCOMPARE(cell(table, 0, ObservedUsageTable::UseCaseColumn), u"Pay rent"_s);
    QCOMPARE(cell(table, 0, ObservedUsageTable::DeclaredColumn), u"yearly"_s);
    QCOMPARE(cell(table, 0, ObservedUsageTable::ObservedColumn), u"about 1.5 times a month"_s);
    QCOMPARE(cell(table, 0, ObservedUsageTable::SpreadColumn), u"0.76 – 2.28 a month"_s);
    QCOMPARE(cell(table, 0, ObservedUsageTable::UsersColumn), u"3 of 4"_s);
    QCOMPARE(cell(table, 0, ObservedUsageTable::BelowMonthlyColumn), u"25 %"_s);
    QCOMPARE(cell(table, 0, ObservedUsageTable::AgreementColumn),
             u"\u2191 more often in practice"_s);
    QCOMPARE(cell(table, 1, ObservedUsageTable::AgreementColumn), u"\u2713 agree"_s);
    // Declared weekly, a median of 0.25 a month: the symbol and the words.
    QCOMPARE(cell(table, 2, ObservedUsageTable::UseCaseColumn), u"Report a repair"_s);
    QVERIFY(cell(table, 2, ObservedUsageTable::ObservedColumn)
                .startsWith(u"\u25BD about once every"_s));
    QCOMPARE(cell(table, 2, ObservedUsageTable::AgreementColumn),
             u"\u26a0 forgotten in practice"_s);
    QVERIFY2(editor.observedVerdict()->text().contains(u"In the forgotten zone"_s),
             qPrintable(editor.observedVerdict()->text()));
    QVERIFY(editor.observedVerdict()->text().contains(u"4 active users"_s));
    // Their last events were in early 2026: past a month, all four are inactive now.
    QVERIFY2(editor.observedVerdict()->text().contains(
                 u"Inactive today, beyond the expected cadence: 4"_s),
             qPrintable(editor.observedVerdict()->text()));

    // The spectrum: an observed ring per measured use case, with its quartile bar.
    editor.chart()->refresh();
    const FrequencySpectrum &spectrum = editor.chart()->spectrum();
    QCOMPARE(spectrum.series.size(), size_t(3)); // current, planned, observed
    const FrequencySpectrum::Series &measured = spectrum.series[2];
    QVERIFY(measured.observed);
    QCOMPARE(measured.name, u"Observed (median, bar: 25–75 %)"_s);
    QCOMPARE(measured.points.size(), size_t(3));
    const FrequencySpectrum::Point &payRent = measured.points[0];
    QCOMPARE(payRent.useCase, Id(payRentId));
    QVERIFY(qAbs(payRent.usesPerMonth - 1.52184375) < 1e-9);
    QVERIFY(qAbs(payRent.spreadFrom - 0.760921875) < 1e-9);
    QVERIFY(qAbs(payRent.spreadTo - 2.282765625) < 1e-9);
    QVERIFY(!payRent.forgotten);
    QVERIFY(measured.points[2].forgotten); // Report a repair
    QVERIFY2(editor.chart()->describePoint(2, 0).startsWith(
                 u"Pay rent — observed, middle half of users 0.76 to 2.28 a month"_s),
             qPrintable(editor.chart()->describePoint(2, 0)));
    QCOMPARE(editor.chart()->pointSeries().size(), 3); // the legend's entries

    editor.grab().save(QDir::temp().filePath(u"parcours-observed-en.png"_s));

    // All personas at once: each persona's observed points beside its declared ones.
    editor.chart()->setScope(FrequencySpectrumChart::Scope::AllPersonas);
    editor.chart()->refresh();
    const FrequencySpectrum &all = editor.chart()->spectrum();
    const auto renterObserved
        = std::find_if(all.series.begin(), all.series.end(),
                       [](const auto &s) { return s.observed && s.name.startsWith(u"Renter"_s); });
    QVERIFY(renterObserved != all.series.end());
    QCOMPARE(renterObserved->points.size(), size_t(3));
    const auto payRentAll
        = std::find_if(renterObserved->points.begin(), renterObserved->points.end(),
                       [](const auto &p) { return p.useCase == Id(payRentId); });
    QVERIFY(payRentAll != renterObserved->points.end());
    QVERIFY(qAbs(payRentAll->usesPerMonth - 1.52184375) < 1e-9);
    editor.chart()->setScope(FrequencySpectrumChart::Scope::Persona);

    // The Owner's "Check value": declared monthly, observed 5 times a month.
    editor.setPersona(ownerId);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(cell(table, 0, ObservedUsageTable::AgreementColumn), u"\u2713 agree"_s);
    QVERIFY(editor.observedVerdict()->text().contains(u"Not in the forgotten zone"_s));
}

void TestObservedViews::observedPaneFollowsImportAndUndo()
{
    QTemporaryDir dir;
    Workspace w = observedUsage();
    w.usage = {};
    auto doc = documentOf(dir, w);
    UseCaseMapEditor editor;
    editor.setDocument(doc.get());
    editor.setPersona(renterId);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(!editor.observedTable()->isVisible());
    QCOMPARE(editor.observedTable()->rowCount(), 0);
    editor.chart()->refresh();
    QCOMPARE(editor.chart()->spectrum().series.size(), size_t(2)); // no observed series

    DashboardPage page;
    page.setDocument(doc.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.fillFromEventsAction()->isVisible());

    // Events imported while both are open (File > Import): they follow, and undo takes it back.
    const ObservedUsage usage = observedUsage().usage;
    QCOMPARE(Edit::importUsage(*doc, usage.sources.front(), usage.users),
             Edit::UsageImported::Added);
    QTRY_VERIFY(editor.observedTable()->isVisible());
    QVERIFY(editor.observedTable()->rowCount() > 0);
    QTRY_COMPARE(editor.chart()->spectrum().series.size(), size_t(3)); // with observed points
    QVERIFY(page.fillFromEventsAction()->isVisible());
    doc->undoStack()->undo();
    QTRY_VERIFY(!editor.observedTable()->isVisible());
    QVERIFY(!page.fillFromEventsAction()->isVisible());
}

void TestObservedViews::defaultSplitShowsRowsOfBothTables()
{
    // The default split (no saved state), in the page of a 1100×720 window: its menu, tool and
    // status bars take about 90 pixels. With the observed table under the use-case table, in
    // the same splitter section, each showed one row.
    QSettings().remove(u"useCaseMap/splitter"_s);
    QSettings().remove(u"useCaseMap/observedSplitter"_s);
    QTemporaryDir dir;
    auto doc = documentOf(dir, observedUsage());
    UseCaseMapEditor editor;
    editor.resize(1100, 630);
    editor.setDocument(doc.get());
    editor.setPersona(renterId);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QCOMPARE(editor.size(), QSize(1100, 630)); // nothing held it taller

    const auto *useCases = editor.findChild<UseCaseTableView *>();
    QVERIFY(useCases);
    // The spectrum keeps its 200 pixels beside the observed table: the use-case table has room
    // for three of the persona's four rows, the observed table for more than its three.
    QVERIFY2(roomForRows(useCases) >= 3, qPrintable(QString::number(roomForRows(useCases))));
    QVERIFY(wholeRowsShown(useCases) >= 3);
    const ObservedUsageTable *observed = editor.observedTable();
    QVERIFY(observed->isVisible());
    QVERIFY2(roomForRows(observed) >= 3, qPrintable(QString::number(roomForRows(observed))));
    QCOMPARE(wholeRowsShown(observed), 3);
    QVERIFY(editor.chart()->isVisible());
}

void TestObservedViews::dashboardFillsFromEventsKeepingTypedValues()
{
    QTemporaryDir dir;
    Workspace w = observedUsage();
    MetricPeriod february;
    february.id = 77;
    february.periodStart = QDate(2026, 2, 1);
    february.periodEnd = QDate(2026, 2, 28);
    february.customersStart = 10; // typed; the events say 6
    w.metrics = {february};
    auto doc = documentOf(dir, w);
    DashboardPage page;
    page.resize(1100, 900);
    page.setDocument(doc.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QAction *fill = page.fillFromEventsAction();
    QVERIFY(fill->isVisible());
    QToolButton *button = buttonFor(&page, fill);
    QVERIFY(button);
    QString question;
    answerNextMessageBox(u"&Keep Typed Values"_s, &question);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(question.contains(u"differ from the events"_s), qPrintable(question));

    const std::vector<MetricPeriod> &metrics = doc->workspace().metrics;
    QCOMPARE(metrics.size(), size_t(3));
    QCOMPARE(metrics[0].customersStart, std::optional<qint64>(10)); // kept
    QCOMPARE(metrics[0].mau, std::optional<qint64>(4)); // filled
    QCOMPARE(metrics[2].periodStart, QDate(2026, 3, 1));
    QCOMPARE(metrics[2].dau, std::optional<qint64>(2));
    QCOMPARE(page.metricsModel()->rowCount(), 3);
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->undoStack()->undoText(), u"Fill from Events"_s);
    page.grab().save(QDir::temp().filePath(u"parcours-dashboard-events-en.png"_s));

    // Asked again, replacing: February's start becomes the events' 6.
    answerNextMessageBox(u"&Replace"_s, &question);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(doc->workspace().metrics[0].customersStart, std::optional<qint64>(6));
    QCOMPARE(doc->undoStack()->count(), 2);
    doc->undoStack()->undo();
    QCOMPARE(doc->workspace().metrics[0].customersStart, std::optional<qint64>(10));
}

void TestObservedViews::french()
{
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/parcours_fr.qm"_s));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QTemporaryDir dir;
    auto doc = documentOf(dir, observedUsage());
    UseCaseMapEditor editor;
    editor.resize(1100, 900);
    editor.setDocument(doc.get());
    editor.setPersona(renterId);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const ObservedUsageTable *table = editor.observedTable();
    QCOMPARE(table->horizontalHeaderItem(ObservedUsageTable::AgreementColumn)->text(),
             u"Déclaré contre observé"_s);
    QCOMPARE(cell(table, 2, ObservedUsageTable::AgreementColumn), u"\u26a0 oublié en pratique"_s);
    QCOMPARE(cell(table, 0, ObservedUsageTable::AgreementColumn),
             u"\u2191 plus fréquent en pratique"_s);
    QCOMPARE(cell(table, 0, ObservedUsageTable::SpreadColumn), u"0,76 – 2,28 par mois"_s);
    QVERIFY2(editor.observedVerdict()->text().contains(u"zone oubliée"_s),
             qPrintable(editor.observedVerdict()->text()));
    editor.grab().save(QDir::temp().filePath(u"parcours-observed-fr.png"_s));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestObservedViews)
#include "tst_observedviews.moc"
