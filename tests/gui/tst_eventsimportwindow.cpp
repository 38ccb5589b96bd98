// File > Import of an analytics events file (issue 22): a progress dialog whose Cancel leaves
// the document as it was; carried through, the import is one undo step.
#include "document/workspacedocument.h"
#include "support/testworkspaces.h"
#include "workspace/eventsimport.h"

#include <QAbstractButton>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestEventsImportWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cancelLeavesTheDocumentUnchanged();
    void carriedThroughIsOneUndoStep();

private:
    QTemporaryDir mDir;
    QString mEvents;
};

void TestEventsImportWindow::initTestCase()
{
    QVERIFY(mDir.isValid());
    // 200,000 events of the agent persona: several progress reports while it is read.
    mEvents = mDir.filePath(u"events.csv"_s);
    QFile file(mEvents);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray lines = "user_id,event,timestamp,persona\n";
    for (int i = 0; i < 200000; ++i) {
        lines += "u" + QByteArray::number(i % 500) + ",listing.searched,2026-0"
            + QByteArray::number(1 + i % 9) + "-1" + QByteArray::number(i % 10) + ",Agent\n";
    }
    file.write(lines);
}

void TestEventsImportWindow::cancelLeavesTheDocumentUnchanged()
{
    QTemporaryDir dir;
    auto opened = WorkspaceDocument::create(dir.filePath(u"w.parcours"_s), TestData::everyField());
    QVERIFY(opened.document);
    WorkspaceDocument &doc = *opened.document;
    const Workspace before = doc.workspace();
    QWidget window;
    window.show();
    bool sawDialog = false;
    QTimer clicker;
    clicker.setInterval(0);
    connect(&clicker, &QTimer::timeout, this, [&] {
        auto *progress = window.findChild<QProgressDialog *>(u"eventsProgress"_s);
        if (!progress || !progress->isVisible())
            return;
        auto *cancel = progress->findChild<QAbstractButton *>();
        QVERIFY(cancel);
        sawDialog = true;
        QTest::mouseClick(cancel, Qt::LeftButton);
        clicker.stop();
    });
    clicker.start();
    const QString status = EventsImport::importFile(&window, doc, mEvents);
    clicker.stop();
    QVERIFY(sawDialog);
    QCOMPARE(status, u"Import of events.csv cancelled: nothing was imported"_s);
    QCOMPARE(doc.workspace(), before);
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestEventsImportWindow::carriedThroughIsOneUndoStep()
{
    QTemporaryDir dir;
    auto opened = WorkspaceDocument::create(dir.filePath(u"w.parcours"_s), TestData::everyField());
    QVERIFY(opened.document);
    WorkspaceDocument &doc = *opened.document;
    const Workspace before = doc.workspace();
    QWidget window;
    window.show();
    const QString status = EventsImport::importFile(&window, doc, mEvents);
    QCOMPARE(status, u"Imported events.csv"_s);
    QCOMPARE(doc.undoStack()->count(), 1);
    const ObservedUsage &usage = doc.workspace().usage;
    QCOMPARE(usage.sources.size(), size_t(1));
    QCOMPARE(usage.sources[0].events, 200000);
    QCOMPARE(usage.sources[0].unmappedEvents, 0);
    QCOMPARE(usage.users.size(), size_t(500));
    QCOMPARE(usage.users[0].personaId, Id(102)); // "Agent"
    doc.undoStack()->undo();
    QCOMPARE(doc.workspace(), before);
}

QTEST_MAIN(TestEventsImportWindow)
#include "tst_eventsimportwindow.moc"
