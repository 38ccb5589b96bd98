#include "analytics/renewallevers.h"
#include "document/edits.h"
#include "itemmodels/metricstablemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestMetricsTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void columnsAndComputedValues();
    void editingPushesUndoableCommands();
    void computedColumnsAreReadOnly();
    void impossibleRowFlagged();
    void badValuesRefused();
    void rowSignalsFollowAddRemoveMove();
    void pasteOverwritesAndAppendsInOneStep();
    void pasteSkipsHeaderAndReportsBadCell();
    void copyGivesTabSeparatedText();
    void checklistPersistsAndUndoes();
    void retentionTypePersistsAndUndoes();

private:
    QTemporaryDir mDir;
    QString mPath;
    std::unique_ptr<WorkspaceDocument> mDoc;
    MetricsTableModel *mModel = nullptr;
};

void TestMetricsTableModel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(mDir.isValid());
}

void TestMetricsTableModel::init()
{
    static int n = 0;
    mPath = mDir.filePath(u"m%1.parcours"_s.arg(++n));
    WorkspaceDocument::OpenResult created = WorkspaceDocument::create(mPath);
    QVERIFY2(created.document, qPrintable(created.error));
    mDoc = std::move(created.document);
    Edit::addMetricPeriod(*mDoc, month(1, 70, 30, 90));
    Edit::addMetricPeriod(*mDoc, month(2, 90, 10, 92));
    mDoc->undoStack()->clear();
    mModel = new MetricsTableModel;
    new QAbstractItemModelTester(mModel, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 mModel);
    mModel->setDocument(mDoc.get());
}

void TestMetricsTableModel::cleanup()
{
    delete mModel;
    mModel = nullptr;
    mDoc.reset();
}

void TestMetricsTableModel::columnsAndComputedValues()
{
    QCOMPARE(mModel->rowCount(), 2);
    QCOMPARE(mModel->columnCount(), 11);
    QCOMPARE(mModel->headerData(MetricsTableModel::CrrColumn, Qt::Horizontal).toString(), u"CRR"_s);
    auto cell = [this](int row, int column) {
        return mModel->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, MetricsTableModel::PeriodStartColumn), u"2026-01-01"_s);
    QCOMPARE(cell(0, MetricsTableModel::PeriodEndColumn), u"2026-01-31"_s);
    QCOMPARE(cell(0, MetricsTableModel::CustomersStartColumn), u"70"_s);
    QCOMPARE(cell(0, MetricsTableModel::CrrColumn), u"85.7 %"_s);
    QCOMPARE(cell(0, MetricsTableModel::ChurnedColumn), u"10"_s);
    QCOMPARE(cell(0, MetricsTableModel::StickinessColumn), QString()); // no DAU/MAU
    QCOMPARE(cell(0, MetricsTableModel::ProblemColumn), QString());
    QCOMPARE(cell(1, MetricsTableModel::CrrColumn), u"91.1 %"_s);
    QCOMPARE(mModel->index(0, MetricsTableModel::CrrColumn).data(MetricsTableModel::ValueRole),
             QVariant(600.0 / 7.0));
    const QString tip
        = mModel->index(0, MetricsTableModel::CrrColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.endsWith(u"= (90 − 30) / 70 × 100 = 85.7 %"_s), qPrintable(tip));
    QCOMPARE(mModel->headerData(0, Qt::Vertical).toString(), u"1"_s);
    QCOMPARE(mModel->headerData(0, Qt::Vertical, Qt::ToolTipRole).toString(), u"Jan 2026"_s);
}

void TestMetricsTableModel::editingPushesUndoableCommands()
{
    QSignalSpy changed(mModel, &QAbstractItemModel::dataChanged);
    const QModelIndex dau = mModel->index(0, MetricsTableModel::DauColumn);
    QVERIFY(mModel->setData(dau, u"150"_s));
    QVERIFY(mModel->setData(mModel->index(0, MetricsTableModel::MauColumn), u"1 000"_s));
    QCOMPARE(mDoc->workspace().metrics[0].mau, std::optional<qint64>(1000));
    QCOMPARE(mModel->index(0, MetricsTableModel::StickinessColumn).data().toString(), u"15.0 %"_s);
    QCOMPARE(mModel->index(0, MetricsTableModel::MauColumn).data().toString(),
             u"1000"_s); // the C locale has no group separator
    QCOMPARE(mModel->index(0, MetricsTableModel::MauColumn).data(Qt::EditRole).toString(),
             u"1000"_s);
    // The whole row is announced: computed cells follow.
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toModelIndex().column(), 0);
    QCOMPARE(changed.last().at(1).toModelIndex().column(), MetricsTableModel::ColumnCount - 1);

    QVERIFY(
        mModel->setData(mModel->index(0, MetricsTableModel::PeriodEndColumn), QDate(2026, 2, 15)));
    QCOMPARE(mDoc->workspace().metrics[0].periodEnd, QDate(2026, 2, 15));
    QCOMPARE(mDoc->undoStack()->count(), 3);
    QCOMPARE(mDoc->undoStack()->undoText(), u"Change period"_s);
    mDoc->undoStack()->undo();
    mDoc->undoStack()->undo();
    QVERIFY(!mDoc->workspace().metrics[0].mau);
    QCOMPARE(mModel->index(0, MetricsTableModel::StickinessColumn).data().toString(), QString());

    // Clearing a count stores "absent", and the row becomes incomplete, not impossible.
    QVERIFY(mModel->setData(mModel->index(1, MetricsTableModel::CustomersEndColumn), QString()));
    QVERIFY(!mDoc->workspace().metrics[1].customersEnd);
    QCOMPARE(mModel->index(1, MetricsTableModel::CrrColumn).data().toString(), QString());
    QVERIFY(!mModel->index(1, 0).data(MetricsTableModel::ImpossibleRole).toBool());

    // Persisted: reopen the file.
    mModel->setDocument(nullptr);
    mDoc.reset();
    WorkspaceDocument::OpenResult reopened = WorkspaceDocument::open(mPath);
    QVERIFY2(reopened.document, qPrintable(reopened.error));
    QCOMPARE(reopened.document->workspace().metrics[0].dau, std::optional<qint64>(150));
    QVERIFY(!reopened.document->workspace().metrics[1].customersEnd);
}

void TestMetricsTableModel::computedColumnsAreReadOnly()
{
    for (int column = MetricsTableModel::CrrColumn; column < MetricsTableModel::ColumnCount;
         ++column) {
        const QModelIndex index = mModel->index(0, column);
        QVERIFY(!(index.flags() & Qt::ItemIsEditable));
        QVERIFY(!mModel->setData(index, u"50"_s));
    }
    QVERIFY(mModel->index(0, MetricsTableModel::MauColumn).flags() & Qt::ItemIsEditable);
    QCOMPARE(mDoc->undoStack()->count(), 0);
}

void TestMetricsTableModel::impossibleRowFlagged()
{
    QVERIFY(mModel->setData(mModel->index(1, MetricsTableModel::CustomersEndColumn), u"120"_s));
    const QModelIndex crr = mModel->index(1, MetricsTableModel::CrrColumn);
    QVERIFY(crr.data(MetricsTableModel::ImpossibleRole).toBool());
    QCOMPARE(crr.data().toString(), QString()); // never silently computed
    QVERIFY(!crr.data(MetricsTableModel::ValueRole).isValid());
    QCOMPARE(mModel->index(1, MetricsTableModel::ChurnedColumn).data().toString(), QString());
    const QString problem = u"more customers at end (120) than at start plus new ones (90 + 10 = "
                            "100)"_s;
    QCOMPARE(crr.data(MetricsTableModel::ProblemRole).toString(), problem);
    QCOMPARE(mModel->index(1, MetricsTableModel::ProblemColumn).data().toString(),
             u"\u26A0 "_s + problem);
    QCOMPARE(mModel->headerData(1, Qt::Vertical).toString(), u"\u26A0 2"_s);
    QCOMPARE(mModel->headerData(1, Qt::Vertical, Qt::ToolTipRole).toString(), problem);
    QVERIFY(crr.data(Qt::ToolTipRole).toString().contains(problem));
    QVERIFY(crr.data(Qt::BackgroundRole).isValid());
    // The other row is unaffected.
    QCOMPARE(mModel->headerData(0, Qt::Vertical).toString(), u"1"_s);
}

void TestMetricsTableModel::badValuesRefused()
{
    QVERIFY(!mModel->setData(mModel->index(0, MetricsTableModel::CustomersNewColumn), u"3.5"_s));
    QCOMPARE(mModel->lastError(), u"\"3.5\" is not a whole number"_s);
    QVERIFY(!mModel->setData(mModel->index(0, MetricsTableModel::PeriodStartColumn), u"soon"_s));
    QVERIFY(mModel->lastError().startsWith(u"\"soon\" is not a date"_s));
    QVERIFY(!mModel->setData(mModel->index(0, MetricsTableModel::PeriodStartColumn), QString()));
    QCOMPARE(mDoc->undoStack()->count(), 0);
    QCOMPARE(mDoc->workspace().metrics[0].customersNew, std::optional<qint64>(30));
}

void TestMetricsTableModel::rowSignalsFollowAddRemoveMove()
{
    QSignalSpy inserted(mModel, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(mModel, &QAbstractItemModel::rowsRemoved);
    const Id march = Edit::addMetricPeriod(*mDoc, month(3, 92, 5, 90));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(mModel->rowCount(), 3);
    QCOMPARE(mModel->periodId(2), march);
    QVERIFY(Edit::move(*mDoc, EntityRef::metricPeriod(march), 0));
    QCOMPARE(mModel->rowOf(march), 0);
    QCOMPARE(mModel->index(0, MetricsTableModel::PeriodStartColumn).data().toString(),
             u"2026-03-01"_s);
    Edit::removeMetricPeriods(*mDoc, {march, mModel->periodId(1)});
    QCOMPARE(removed.size(), 2);
    QCOMPARE(mModel->rowCount(), 1);
    QCOMPARE(mDoc->undoStack()->undoText(), u"Delete periods"_s);
    mDoc->undoStack()->undo();
    QCOMPARE(mModel->rowCount(), 3);
    QCOMPARE(mModel->periodId(0), march);
}

void TestMetricsTableModel::pasteOverwritesAndAppendsInOneStep()
{
    // Two rows from a spreadsheet, counts only, pasted on the second row's "customers at
    // start": the second row is overwritten and a third period follows February.
    const QString text = u"95\t15\t100\t40\t400\r\n100\t20\t112\t\t\r\n"_s;
    QVERIFY2(mModel->pasteText(text, 1, MetricsTableModel::CustomersStartColumn),
             qPrintable(mModel->lastError()));
    const auto &metrics = mDoc->workspace().metrics;
    QCOMPARE(metrics.size(), size_t(3));
    QCOMPARE(metrics[1].customersStart, std::optional<qint64>(95));
    QCOMPARE(metrics[1].mau, std::optional<qint64>(400));
    QCOMPARE(metrics[2].periodStart, QDate(2026, 3, 1));
    QCOMPARE(metrics[2].periodEnd, QDate(2026, 3, 31));
    QCOMPARE(metrics[2].customersEnd, std::optional<qint64>(112));
    QVERIFY(!metrics[2].dau);
    QCOMPARE(mModel->index(2, MetricsTableModel::CrrColumn).data().toString(), u"92.0 %"_s);
    QCOMPARE(mDoc->undoStack()->count(), 1);
    QCOMPARE(mDoc->undoStack()->undoText(), u"Paste periods"_s);
    mDoc->undoStack()->undo();
    QCOMPARE(metrics.size(), size_t(2));
    QCOMPARE(metrics[1].customersStart, std::optional<qint64>(90));
    QVERIFY(!metrics[1].mau);
    mDoc->undoStack()->redo();
    QCOMPARE(mModel->rowCount(), 3);
}

void TestMetricsTableModel::pasteSkipsHeaderAndReportsBadCell()
{
    const QString table = u"period_start\tperiod_end\tcustomers_start\tcustomers_new\t"
                          "customers_end\tdau\tmau\n"
                          "2026-03-01\t2026-03-31\t92\t8\t95\t\t\n"
                          "2026-04-01\t2026-04-30\t95\tfive\t97\t\t\n"_s;
    QVERIFY(!mModel->pasteText(table, 2, 0));
    QCOMPARE(mModel->lastError(), u"line 3, new customers: \"five\" is not a whole number"_s);
    QCOMPARE(mModel->rowCount(), 2); // nothing pasted
    QCOMPARE(mDoc->undoStack()->count(), 0);

    QString good = table;
    good.replace(u"five"_s, u"5"_s);
    QVERIFY2(mModel->pasteText(good, 2, 0), qPrintable(mModel->lastError()));
    QCOMPARE(mModel->rowCount(), 4);
    QCOMPARE(mDoc->workspace().metrics[3].customersNew, std::optional<qint64>(5));
    QVERIFY(!mModel->pasteText(u"1\t2"_s, 0, MetricsTableModel::CrrColumn));
    QVERIFY(!mModel->pasteText(QString(), 0, 0));
}

void TestMetricsTableModel::copyGivesTabSeparatedText()
{
    const QModelIndexList cells = {mModel->index(0, MetricsTableModel::PeriodStartColumn),
                                   mModel->index(0, MetricsTableModel::CustomersStartColumn),
                                   mModel->index(1, MetricsTableModel::PeriodStartColumn),
                                   mModel->index(1, MetricsTableModel::CustomersStartColumn)};
    QCOMPARE(mModel->copyText(cells), u"2026-01-01\t\t70\n2026-02-01\t\t90\n"_s);
}

void TestMetricsTableModel::checklistPersistsAndUndoes()
{
    Journey journey;
    journey.name = u"Onboarding"_s;
    const Id j = Edit::addJourney(*mDoc, journey);
    const EntityRef intention = EntityRef::renewal(j, int(RenewalQuestion::Intention));
    QVERIFY(Edit::setField(*mDoc, intention, Field::RenewalAnswerField,
                           int(RenewalAnswerValue::Partly)));
    QVERIFY(Edit::setField(*mDoc, intention, Field::RenewalNote, u"Asks for a roadmap"_s));
    QVERIFY(Edit::setField(*mDoc, EntityRef::renewal(j, int(RenewalQuestion::DeadlinesMet)),
                           Field::RenewalAnswerField, int(RenewalAnswerValue::No)));
    RenewalReadiness r = RenewalReadiness::of(*mDoc->workspace().journey(j));
    QCOMPARE(r.partly, 1);
    QCOMPARE(r.no, 1);
    QCOMPARE(mDoc->undoStack()->undoText(), u"Change renewal answer"_s);
    mDoc->undoStack()->undo(); // the "no"
    QCOMPARE(RenewalReadiness::of(*mDoc->workspace().journey(j)).no, 0);

    mModel->setDocument(nullptr);
    mDoc.reset();
    WorkspaceDocument::OpenResult reopened = WorkspaceDocument::open(mPath);
    QVERIFY2(reopened.document, qPrintable(reopened.error));
    const Journey *saved = reopened.document->workspace().journey(j);
    QVERIFY(saved);
    QCOMPARE(saved->renewal.size(), 1);
    QCOMPARE(saved->renewal.value(int(RenewalQuestion::Intention)),
             (RenewalAnswer {RenewalAnswerValue::Partly, u"Asks for a roadmap"_s}));
    QVERIFY(!saved->renewal.contains(int(RenewalQuestion::DeadlinesMet)));

    // Back to unanswered with an empty note: the answer disappears, in the file too.
    WorkspaceDocument &doc = *reopened.document;
    QVERIFY(Edit::setField(doc, intention, Field::RenewalNote, QString()));
    QVERIFY(Edit::setField(doc, intention, Field::RenewalAnswerField,
                           int(RenewalAnswerValue::Unanswered)));
    QVERIFY(doc.workspace().journey(j)->renewal.isEmpty());
    reopened.document.reset();
    WorkspaceDocument::OpenResult again = WorkspaceDocument::open(mPath);
    QVERIFY(again.document->workspace().journey(j)->renewal.isEmpty());
}

void TestMetricsTableModel::retentionTypePersistsAndUndoes()
{
    QVERIFY(Edit::setField(*mDoc, EntityRef::workspace(), Field::WorkspaceRetentionType,
                           int(RetentionType::Intentional)));
    QCOMPARE(mDoc->workspace().info.retentionType, RetentionType::Intentional);
    QVERIFY(Edit::setField(*mDoc, EntityRef::workspace(), Field::WorkspaceRetentionType,
                           int(RetentionType::Continuous)));
    mDoc->undoStack()->undo();
    QCOMPARE(mDoc->workspace().info.retentionType, RetentionType::Intentional);
    mModel->setDocument(nullptr);
    mDoc.reset();
    WorkspaceDocument::OpenResult reopened = WorkspaceDocument::open(mPath);
    QCOMPARE(reopened.document->workspace().info.retentionType, RetentionType::Intentional);
}

QTEST_GUILESS_MAIN(TestMetricsTableModel)
#include "tst_metricstablemodel.moc"
