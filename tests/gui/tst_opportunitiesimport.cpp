// File > Import of the opportunities CSV (issue 20): links found by name in the open workspace,
// one undo step, the same file again adds nothing, a bad file imports nothing.
#include "document/workspacedocument.h"
#include "formats/workspaceformat.h"
#include "support/testworkspaces.h"
#include "workspace/importexport.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestOpportunitiesImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importedIntoTheOpenWorkspace();
    void badFileImportsNothing();

private:
    struct Outcome
    {
        QString status; // the status-bar text
        QString summary; // the report dialog's, when one came up
        QStringList messages;
    };
    Outcome importFile(const QString &path);
    QString writeFile(const QString &name, const QByteArray &data);

    QTemporaryDir mDir;
    Workspace mOriginal; // everyField(): one opportunity, linked to a stage, a cell, a use case
    std::unique_ptr<WorkspaceDocument> mDoc;
    std::unique_ptr<QWidget> mWindow;
};

void TestOpportunitiesImport::init()
{
    mOriginal = TestData::everyField();
    Workspace without = mOriginal;
    without.opportunities.clear();
    auto created = WorkspaceDocument::create(mDir.filePath(u"w.parcours"_s), without);
    QVERIFY2(created.document, qPrintable(created.error));
    mDoc = std::move(created.document);
    mWindow = std::make_unique<QWidget>();
    mWindow->show();
}

void TestOpportunitiesImport::cleanup()
{
    mWindow.reset();
    mDoc.reset();
    QFile::remove(mDir.filePath(u"w.parcours"_s));
}

TestOpportunitiesImport::Outcome TestOpportunitiesImport::importFile(const QString &path)
{
    Outcome outcome;
    QTimer closer;
    closer.setInterval(0);
    connect(&closer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ImportReportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        outcome.summary = dialog->summary();
        outcome.messages = dialog->messages();
        dialog->accept();
        closer.stop();
    });
    closer.start();
    outcome.status = ImportExport::importFile(mWindow.get(), *mDoc, path,
                                              *WorkspaceFormats::find(u"opportunities-csv"_s));
    closer.stop();
    return outcome;
}

QString TestOpportunitiesImport::writeFile(const QString &name, const QByteArray &data)
{
    QString path = mDir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

void TestOpportunitiesImport::importedIntoTheOpenWorkspace()
{
    const QString csv = writeFile(
        u"o.csv"_s, WorkspaceFormats::find(u"opportunities-csv"_s)->write(mOriginal, {}).data);
    QVERIFY(!csv.isEmpty());

    const Outcome first = importFile(csv);
    QCOMPARE(first.status, u"Imported o.csv"_s);
    QCOMPARE(first.summary, QString()); // no warnings
    QCOMPARE(mDoc->workspace().opportunities.size(), size_t(1));
    Opportunity read = mDoc->workspace().opportunities.front();
    read.id = mOriginal.opportunities.front().id;
    QCOMPARE(read, mOriginal.opportunities.front()); // links to the same stage, cell, use case
    QCOMPARE(mDoc->undoStack()->count(), 1);
    QCOMPARE(mDoc->undoStack()->undoText(), u"Import o.csv"_s);

    const Outcome again = importFile(csv);
    QCOMPARE(again.status, u"o.csv holds nothing to import"_s);
    QCOMPARE(again.summary, u"o.csv was imported. Check these warnings:"_s);
    QCOMPARE(again.messages,
             QStringList({u"o.csv: warning: 1 opportunity is already in the workspace; not added "
                          "again"_s}));
    QCOMPARE(mDoc->workspace().opportunities.size(), size_t(1));
    QCOMPARE(mDoc->undoStack()->count(), 1);

    mDoc->undoStack()->undo();
    QVERIFY(mDoc->workspace().opportunities.empty());
}

void TestOpportunitiesImport::badFileImportsNothing()
{
    const QString csv
        = writeFile(u"bad.csv"_s,
                    "Summary,Description,Priority,Labels,Status,owner,status_key,"
                    "customer_value,business_value,effort,votes,score,quadrant,links\n"
                    "Good,,,,,,idea,3,3,3,0,,,\n"
                    "Bad,,,,,,someday,3,3,3,0,,,Nowhere › Nothing\n");
    QVERIFY(!csv.isEmpty());
    const Workspace before = mDoc->workspace();
    const Outcome outcome = importFile(csv);
    QCOMPARE(outcome.status, QString());
    QCOMPARE(outcome.summary, u"Nothing was imported from bad.csv. Fix these problems first:"_s);
    QCOMPARE(outcome.messages,
             QStringList({u"bad.csv:3: unknown status_key \"someday\" (expected idea, planned, "
                          "in_progress, done or dropped); links: no stage, cell or use case of "
                          "the workspace is named \"Nowhere › Nothing\""_s}));
    QCOMPARE(mDoc->workspace(), before);
    QCOMPARE(mDoc->undoStack()->count(), 0);
}

QTEST_MAIN(TestOpportunitiesImport)
#include "tst_opportunitiesimport.moc"
