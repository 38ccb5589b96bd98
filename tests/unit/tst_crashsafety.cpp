#include "store/workspacestore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

// Kills an editing process with SIGKILL mid-way: every edit it reported as done must be
// in the file, the file must be sound, and no edit may be half there.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedEditorLosesNoCompletedEdit();
};

void TestCrashSafety::killedEditorLosesNoCompletedEdit()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"crash.parcours"_s);
    QVERIFY(WorkspaceStore::create(file).store);

    QProcess editor;
    editor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    editor.start(QStringLiteral(CRASH_EDITOR_PATH), {file});
    QVERIFY(editor.waitForStarted());
    int lastCommitted = -1;
    QByteArray pending;
    while (lastCommitted < 40) {
        QVERIFY2(editor.waitForReadyRead(20000), "the editor stopped reporting edits");
        pending += editor.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline);
            pending.remove(0, newline + 1);
            QVERIFY(line.startsWith("committed "));
            lastCommitted = line.mid(10).toInt();
        }
    }
    editor.kill(); // SIGKILL on Unix: no destructor, no close, mid-transaction
    QVERIFY(editor.waitForFinished());
    QCOMPARE(editor.exitStatus(), QProcess::CrashExit);

    QCOMPARE(WorkspaceStore::check(file), QStringList());
    const WorkspaceStore::OpenResult reopened = WorkspaceStore::open(file);
    QVERIFY2(reopened.store, qPrintable(reopened.error));
    const auto &personas = reopened.workspace.personas;
    QVERIFY(int(personas.size()) >= lastCommitted + 1);
    for (int i = 0; i < int(personas.size()); ++i) {
        QCOMPARE(personas[size_t(i)].name, u"Persona %1"_s.arg(i));
        // The edit after the last reported one may be there too, but never half of one:
        // a persona whose description edit was reported is complete.
        if (i <= lastCommitted)
            QCOMPARE(personas[size_t(i)].description, u"Typed text %1 — é 漢字"_s.arg(i));
    }
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
