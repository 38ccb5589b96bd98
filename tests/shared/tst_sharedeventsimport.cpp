// A shared workspace's side of issue 22 in the window, against a real server
// (tests/support/pgserver.h): File > Import of an events file into a shared workspace (the
// server aggregates; this window and the others connected see the usage arrive), a viewer's
// refusal, Cancel leaving nothing, and the counts computed from events (schema 13) stored and
// carried live as any other field.
#include "document/edits.h"
#include "document/workspacedocument.h"
#include "pgserver.h"
#include "shared/sharedserver.h"
#include "shared/sharedstore.h"
#include "store/workspacestore.h"
#include "workspace/eventsimport.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Parcours;
using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(PARCOURS_TEST_DATA) + u"/events/"_s + name;
}

// The personas and use cases tests/data/events/*.csv name.
Workspace mappedWorkspace()
{
    Workspace w;
    w.info.name = u"Books"_s;
    auto useCase = [](Id id, const QString &text, QStringList events) {
        UseCase u;
        u.id = id;
        u.useCase = text;
        u.events = std::move(events);
        return u;
    };
    Persona owner;
    owner.id = 1;
    owner.name = u"Owner"_s;
    owner.useCases = {useCase(11, u"Send an invoice"_s, {u"invoice.sent"_s}),
                      useCase(12, u"Read the reports"_s, {u"report.*"_s})};
    Persona accountant;
    accountant.id = 2;
    accountant.name = u"Accountant"_s;
    accountant.useCases
        = {useCase(21, u"Reconcile the bank account"_s, {u"bank.reconciled"_s, u"bank.matched"_s})};
    w.personas = {owner, accountant};
    return w;
}

// While it lives, closes each dialog that comes up (a message box with its default button,
// the list of unmapped names with OK), keeping their texts; progress dialogs are left alone.
class DialogAnswerer
{
public:
    DialogAnswerer()
    {
        mTimer.setInterval(20);
        QObject::connect(&mTimer, &QTimer::timeout, &mTimer, [this] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || qobject_cast<QProgressDialog *>(dialog))
                return;
            if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
                texts << box->text();
                if (box->defaultButton()) {
                    box->defaultButton()->click();
                    return;
                }
            }
            dialog->accept();
        });
        mTimer.start();
    }
    QStringList texts;

private:
    QTimer mTimer;
};

} // namespace

class TestSharedEventsImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void windowImportReachesEveryWindow();
    void viewerIsRefused();
    void cancelKeepsNothing();
    void computedMarksAreSharedLive();

private:
    QString publishWorkspace(const Workspace &w);
    std::unique_ptr<WorkspaceDocument> open(const QString &ws, const QString &user,
                                            const QString &password);

    PgServer mServer;
    int mCounter = 0;
    QTemporaryDir mDir;
};

void TestSharedEventsImport::initTestCase()
{
    PARCOURS_START_PGSERVER(mServer);
    QStandardPaths::setTestModeEnabled(true);
}

QString TestSharedEventsImport::publishWorkspace(const Workspace &w)
{
    const QString ws = u"ev%1"_s.arg(++mCounter);
    QString error;
    if (!SharedServer::publish(mServer.location(ws), w, {}, &error))
        qFatal("cannot publish: %s", qPrintable(error));
    return ws;
}

std::unique_ptr<WorkspaceDocument> TestSharedEventsImport::open(const QString &ws,
                                                                const QString &user,
                                                                const QString &password)
{
    WorkspaceDocument::OpenResult opened
        = WorkspaceDocument::open(mServer.location(ws, user, password));
    if (!opened.document)
        qWarning("open failed: %s", qPrintable(opened.error));
    return std::move(opened.document);
}

// File > Import into a shared workspace: the server aggregates what a file import would
// hold, and this window and another one connected to the workspace show it.
void TestSharedEventsImport::windowImportReachesEveryWindow()
{
    const QString ws = publishWorkspace(mappedWorkspace());
    auto window = open(ws, PgServer::adminUser(), PgServer::adminPassword());
    auto other = open(ws, PgServer::adminUser(), PgServer::adminPassword());
    QVERIFY(window && other);
    QVERIFY(window->isShared() && !window->isReadOnly());
    QVERIFY(window->workspace().usage.isEmpty());

    DialogAnswerer answerer; // the unmapped names, if any, come in a dialog
    const QString status = EventsImport::importFile(nullptr, *window, fixture(u"events.csv"_s));
    QCOMPARE(status, u"Imported events.csv into the shared workspace"_s);

    // What a workspace file gets from the same file, imported the same way.
    const QString file = mDir.filePath(u"local%1.parcours"_s.arg(mCounter));
    {
        WorkspaceDocument::OpenResult local = WorkspaceDocument::create(file, mappedWorkspace());
        QVERIFY2(local.document, qPrintable(local.error));
        QCOMPARE(EventsImport::importFile(nullptr, *local.document, fixture(u"events.csv"_s)),
                 u"Imported events.csv"_s);
    }
    const ObservedUsage fromFile = WorkspaceStore::open(file).workspace.usage;
    QCOMPARE(fromFile.sources.size(), size_t(1));
    QVERIFY(!fromFile.sources[0].counts.empty());
    QTRY_VERIFY_WITH_TIMEOUT(!window->workspace().usage.isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!other->workspace().usage.isEmpty(), 10000);
    for (const WorkspaceDocument *doc : {window.get(), other.get()}) {
        const ObservedUsage &usage = doc->workspace().usage;
        QCOMPARE(usage.sources.size(), size_t(1));
        QCOMPARE(usage.sources[0].events, fromFile.sources[0].events);
        QCOMPARE(usage.sources[0].counts, fromFile.sources[0].counts);
        QCOMPARE(usage.sources[0].activity, fromFile.sources[0].activity);
        QCOMPARE(usage.users, fromFile.users);
    }
    // Not a step of the window's undo stack: the server holds it.
    QVERIFY(!window->undoStack()->canUndo());

    // Again: recognised and replaced, still one source.
    QCOMPARE(EventsImport::importFile(nullptr, *window, fixture(u"events.csv"_s)),
             u"Re-imported events.csv into the shared workspace"_s);
    QTest::qWait(500); // the reload it triggers
    QTRY_COMPARE_WITH_TIMEOUT(other->workspace().usage.sources.size(), size_t(1), 10000);
    QCOMPARE(other->workspace().usage.sources[0].counts, fromFile.sources[0].counts);
}

// A viewer is told why, and nothing reaches the server.
void TestSharedEventsImport::viewerIsRefused()
{
    const QString ws = publishWorkspace(mappedWorkspace());
    QString error;
    QVERIFY2(mServer.createLogin(u"vera"_s, u"vera-pw"_s, &error), qPrintable(error));
    QStringList log;
    QVERIFY2(SharedServer::initServer(mServer.location(ws), {{}, {u"vera"_s}}, &log, &error),
             qPrintable(error));
    auto viewer = open(ws, u"vera"_s, u"vera-pw"_s);
    QVERIFY(viewer);
    QVERIFY(viewer->isReadOnly());
    DialogAnswerer answerer;
    QCOMPARE(EventsImport::importFile(nullptr, *viewer, fixture(u"events.csv"_s)), QString());
    QCOMPARE(answerer.texts.size(), 1);
    const QString refusal = answerer.texts.first();
    QVERIFY2(refusal.contains(u"may view this shared workspace but not change it"_s),
             qPrintable(refusal));
    QVERIFY2(refusal.contains(u"an editor imports events"_s), qPrintable(refusal));
    const SharedStore::OpenResult read
        = SharedStore::open(mServer.location(ws), WorkspaceStore::Access::ReadOnly);
    QVERIFY2(read.store, qPrintable(read.error));
    QVERIFY(read.workspace.usage.isEmpty());
}

// Cancel while the file streams to the server: nothing is kept, the window is told so.
void TestSharedEventsImport::cancelKeepsNothing()
{
    const QString ws = publishWorkspace(mappedWorkspace());
    auto window = open(ws, PgServer::adminUser(), PgServer::adminPassword());
    QVERIFY(window);
    // Big enough that reading it outlasts the press of Cancel, as soon as the dialog shows.
    const QString big = mDir.filePath(u"big.csv"_s);
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = "user_id,event,timestamp,persona\n";
        for (int i = 0; i < 400000; ++i)
            text += "u" + QByteArray::number(i % 500) + ",invoice.sent,2026-01-"
                + QByteArray::number(1 + i % 28).rightJustified(2, '0') + "T09:00:00Z,Owner\n";
        QVERIFY(file.write(text) == text.size());
    }
    bool pressed = false;
    QTimer poll;
    poll.setInterval(5);
    connect(&poll, &QTimer::timeout, this, [&pressed] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *progress = qobject_cast<QProgressDialog *>(w);
            if (progress && progress->isVisible() && !pressed) {
                // As a user does: the Cancel button (cancel() alone does not say canceled()).
                if (auto *button = progress->findChild<QPushButton *>()) {
                    pressed = true;
                    button->click();
                }
            }
        }
    });
    poll.start();
    const QString status = EventsImport::importFile(nullptr, *window, big);
    poll.stop();
    QVERIFY(pressed);
    QCOMPARE(status, u"Import of big.csv cancelled: nothing was imported"_s);
    const SharedStore::OpenResult read
        = SharedStore::open(mServer.location(ws), WorkspaceStore::Access::ReadOnly);
    QVERIFY2(read.store, qPrintable(read.error));
    QVERIFY(read.workspace.usage.isEmpty());
    QVERIFY(window->workspace().usage.isEmpty());
}

// The computed marks are stored on the server (published, read back) and an edit of one
// reaches another window as any field does.
void TestSharedEventsImport::computedMarksAreSharedLive()
{
    Workspace w = mappedWorkspace();
    MetricPeriod period;
    period.id = 500;
    period.periodStart = QDate(2026, 1, 1);
    period.periodEnd = QDate(2026, 1, 31);
    period.customersEnd = 90;
    period.dau = 210;
    period.mau = 900;
    period.computed = MetricPeriod::DauCount | MetricPeriod::MauCount;
    w.metrics = {period};
    const QString ws = publishWorkspace(w);
    const SharedStore::OpenResult read
        = SharedStore::open(mServer.location(ws), WorkspaceStore::Access::ReadOnly);
    QVERIFY2(read.store, qPrintable(read.error));
    QCOMPARE(read.workspace.metrics.size(), size_t(1));
    QCOMPARE(read.workspace.metrics[0], period);

    auto window = open(ws, PgServer::adminUser(), PgServer::adminPassword());
    auto other = open(ws, PgServer::adminUser(), PgServer::adminPassword());
    QVERIFY(window && other);
    QCOMPARE(other->workspace().metrics[0].computed, period.computed);
    // The user types the MAU: value and mark in one change, seen by the other window.
    QVERIFY(Edit::setFields(
        *window,
        {{EntityRef::metricPeriod(500), Field::MetricMau, qint64(950)},
         {EntityRef::metricPeriod(500), Field::MetricComputed, unsigned(MetricPeriod::DauCount)}},
        u"Change period"_s));
    QTRY_COMPARE_WITH_TIMEOUT(other->workspace().metrics[0].mau, std::optional<qint64>(950), 5000);
    QCOMPARE(other->workspace().metrics[0].computed, unsigned(MetricPeriod::DauCount));
    const SharedStore::OpenResult again
        = SharedStore::open(mServer.location(ws), WorkspaceStore::Access::ReadOnly);
    QCOMPARE(again.workspace.metrics[0].computed, unsigned(MetricPeriod::DauCount));
}

QTEST_MAIN(TestSharedEventsImport)
#include "tst_sharedeventsimport.moc"
