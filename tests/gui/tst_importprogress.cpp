// File > Import of a big file (issue #16 item 6): a progress dialog whose Cancel leaves the
// document as it was; carried through, the import is one undo step.
#include "document/workspacedocument.h"
#include "formats/journeycsvformat.h"
#include "formats/workspaceformat.h"
#include "support/testworkspaces.h"
#include "workspace/importexport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestImportProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cancelLeavesTheDocumentUnchanged();
    void carriedThroughIsOneUndoStep();
    void journeyCsvAboveTheLimitIsRefusedUnread();

private:
    QTemporaryDir mDir;
    QString mCsv;
    int mRows = 0;
};

void TestImportProgress::initTestCase()
{
    QVERIFY(mDir.isValid());
    // About 6 MB: above the size from which a progress dialog shows, several pieces to read.
    mCsv = mDir.filePath(u"big.csv"_s);
    QFile file(mCsv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("persona,problem,use_case,why_better,alternative,frequency,weight,status,notes\n");
    QByteArray rows;
    for (mRows = 0; rows.size() < (6 << 20); ++mRows) {
        rows += "Persona " + QByteArray::number(mRows % 3) + ",Problem " + QByteArray::number(mRows)
            + ",\"Use case\nover two lines\",Better,Other,weekly,1,"
              "current,Some notes to make the row longer than it needs to be\n";
    }
    file.write(rows);
}

void TestImportProgress::cancelLeavesTheDocumentUnchanged()
{
    QTemporaryDir dir;
    auto opened = WorkspaceDocument::create(dir.filePath(u"w.parcours"_s), TestData::everyField());
    QVERIFY(opened.document);
    WorkspaceDocument &doc = *opened.document;
    const Workspace before = doc.workspace();
    const int steps = doc.undoStack()->count();
    QWidget window;
    window.show();

    // Clicks the dialog's Cancel as soon as it is up (its events run while the file is read).
    bool sawDialog = false;
    int valueWhenCancelled = -1;
    QTimer clicker;
    clicker.setInterval(0);
    connect(&clicker, &QTimer::timeout, this, [&] {
        auto *progress = window.findChild<QProgressDialog *>(u"importProgress"_s);
        if (!progress || !progress->isVisible())
            return;
        auto *cancel = progress->findChild<QAbstractButton *>();
        QVERIFY(cancel);
        sawDialog = true;
        valueWhenCancelled = progress->value();
        QTest::mouseClick(cancel, Qt::LeftButton);
        clicker.stop();
    });
    clicker.start();
    const QString status
        = ImportExport::importFile(&window, doc, mCsv, *WorkspaceFormats::find(u"usecases-csv"_s));
    clicker.stop();
    QVERIFY(sawDialog);
    QVERIFY(valueWhenCancelled < 1000);
    QCOMPARE(status, u"Import of big.csv cancelled: nothing was imported"_s);
    QCOMPARE(doc.workspace(), before);
    QCOMPARE(doc.undoStack()->count(), steps);
    QVERIFY(!window.findChild<QProgressDialog *>(u"importProgress"_s));
}

void TestImportProgress::carriedThroughIsOneUndoStep()
{
    QTemporaryDir dir;
    auto opened = WorkspaceDocument::create(dir.filePath(u"w.parcours"_s), TestData::everyField());
    QVERIFY(opened.document);
    WorkspaceDocument &doc = *opened.document;
    const Workspace before = doc.workspace();
    const int steps = doc.undoStack()->count();
    QWidget window;
    window.show();
    const QString status
        = ImportExport::importFile(&window, doc, mCsv, *WorkspaceFormats::find(u"usecases-csv"_s));
    QCOMPARE(status, u"Imported big.csv"_s);
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    size_t useCases = 0;
    for (const Persona &persona : doc.workspace().personas)
        useCases += persona.useCases.size();
    size_t useCasesBefore = 0;
    for (const Persona &persona : before.personas)
        useCasesBefore += persona.useCases.size();
    QCOMPARE(useCases, useCasesBefore + size_t(mRows));
    doc.undoStack()->undo();
    QCOMPARE(doc.workspace(), before);
}

void TestImportProgress::journeyCsvAboveTheLimitIsRefusedUnread()
{
    // Journey CSV builds its whole fragment in memory: past 64 MB the window says so and
    // imports nothing. A valid header and a sparse tail make the file cheap.
    const QString csv = mDir.filePath(u"huge-journeys.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(JourneyCsvFormat::header().join(u',').toUtf8() + '\n') > 0);
    file.close();
    QVERIFY(file.resize(WorkspaceFormat::maxWholeFileSize + 1));

    QTemporaryDir dir;
    auto opened = WorkspaceDocument::create(dir.filePath(u"w.parcours"_s), TestData::everyField());
    QVERIFY(opened.document);
    WorkspaceDocument &doc = *opened.document;
    const Workspace before = doc.workspace();
    QWidget window;
    window.show();
    QString summary;
    QStringList reported;
    QTimer closer;
    closer.setInterval(0);
    connect(&closer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ImportReportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        summary = dialog->summary();
        reported = dialog->messages();
        dialog->accept();
        closer.stop();
    });
    closer.start();
    const QString status
        = ImportExport::importFile(&window, doc, csv, *WorkspaceFormats::find(u"journey-csv"_s));
    closer.stop();
    QCOMPARE(status, QString());
    QCOMPARE(summary, u"Nothing was imported from huge-journeys.csv. Fix these problems first:"_s);
    QCOMPARE(reported,
             QStringList {u"huge-journeys.csv: the file is too large to import as "
                          "journey-csv (65 MB; at most 64 MB)"_s});
    QCOMPARE(doc.workspace(), before);
}

QTEST_MAIN(TestImportProgress)
#include "tst_importprogress.moc"
