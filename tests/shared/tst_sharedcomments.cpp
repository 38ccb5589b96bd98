// Comments in a shared workspace by viewers with the separate comment grant (issue 23): a
// commenter adds, answers and resolves comment threads, which arrive live at an editor's; the
// server refuses the same commenter every other change, and refuses a plain viewer comments
// too, with a message that says how to get the grant. Against the server
// tests/support/pgserver.h starts.
#include "support/pgserver.h"
#include "support/testworkspaces.h"

#include "comments/commentspanel.h"
#include "comments/commentthreadsmodel.h"
#include "document/edits.h"
#include "document/editscomments.h"
#include "document/workspacedocument.h"
#include "mainwindow.h"
#include "shared/sharedserver.h"
#include "shared/sharedstore.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Parcours;
using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

class TestSharedComments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commenterCommentsLiveAndCannotEdit();
    void viewerWithoutTheGrantIsToldHowToGetIt();
    void windowLetsACommenterComment();
    void commenterUndoesHerCommentsInTheWindow();
    void printedScriptGrantsComments();

private:
    std::unique_ptr<WorkspaceDocument> open(const QString &ws, const QString &user);
    // Publishes TestData::everyField() as `ws`; dave edits, carol views and comments, vic only
    // views.
    bool publishWithRoles(const QString &ws);
    // Whether `statement`, run as `user`, is refused; the server's message in *error.
    bool refused(const QString &statement, const QString &user, QString *error);

    PgServer mServer;
    Id mJourney = 0;
    Id mStep = 0;
    Id mLane = 0;
};

void TestSharedComments::initTestCase()
{
    PARCOURS_START_PGSERVER(mServer);
    QString error;
    for (const QString &user : {u"dave"_s, u"carol"_s, u"vic"_s})
        QVERIFY2(mServer.createLogin(user, user + u"-pw"_s, &error), qPrintable(error));
    const Workspace w = TestData::everyField();
    const Journey &j = w.journeys.front();
    mJourney = j.id;
    mStep = j.stages.front().steps.front().id;
    mLane = j.lanes.front().id;
}

std::unique_ptr<WorkspaceDocument> TestSharedComments::open(const QString &ws, const QString &user)
{
    WorkspaceDocument::OpenResult opened
        = WorkspaceDocument::open(mServer.location(ws, user, user + u"-pw"_s));
    if (!opened.document)
        qWarning("open failed: %s", qPrintable(opened.error));
    return std::move(opened.document);
}

bool TestSharedComments::publishWithRoles(const QString &ws)
{
    QString error;
    if (!SharedServer::publish(mServer.location(ws), TestData::everyField(), {}, &error)) {
        qWarning("publish failed: %s", qPrintable(error));
        return false;
    }
    SharedServer::InitOptions roles {{u"dave"_s}, {u"carol"_s, u"vic"_s}, {u"carol"_s}};
    QStringList log;
    if (!SharedServer::initServer(mServer.location(ws), roles, &log, &error)) {
        qWarning("init-server failed: %s", qPrintable(error));
        return false;
    }
    return log.contains(u"carol may comment."_s) && log.contains(u"vic may view."_s);
}

bool TestSharedComments::refused(const QString &statement, const QString &user, QString *error)
{
    return !mServer.exec({statement}, error, user, user + u"-pw"_s);
}

void TestSharedComments::commenterCommentsLiveAndCannotEdit()
{
    const QString ws = u"commented"_s;
    QVERIFY(publishWithRoles(ws));
    const auto carol = open(ws, u"carol"_s);
    const auto dave = open(ws, u"dave"_s);
    QVERIFY(carol && dave);
    QVERIFY(carol->isReadOnly());
    QVERIFY(Edit::canComment(*carol));
    QVERIFY2(carol->readOnlyReason().contains(u"comment"_s), qPrintable(carol->readOnlyReason()));
    QVERIFY(!dave->isReadOnly() && Edit::canComment(*dave));

    // Carol comments on a cell: saved on the server, and at Dave's live.
    const CommentTarget cell = CommentTarget::cell(mJourney, mStep, mLane);
    QSignalSpy carolRefused(carol.get(), &WorkspaceDocument::editRefused);
    const Id thread = Edit::addCommentThread(*carol, cell, u"Carol"_s, u"Is this wait measured?"_s);
    QVERIFY(thread);
    QVERIFY2(carolRefused.isEmpty(), qPrintable(carolRefused.value(0).value(0).toString()));
    QVERIFY(carol->isSaved());
    QTRY_VERIFY_WITH_TIMEOUT(dave->workspace().commentThread(thread), 3000);
    QCOMPARE(dave->workspace().commentThread(thread)->target, cell);
    QCOMPARE(dave->workspace().commentThread(thread)->comments.front().text,
             u"Is this wait measured?"_s);

    // Dave answers; Carol answers back and resolves the thread: all of it arrives both ways.
    QVERIFY(Edit::replyToCommentThread(*dave, thread, u"Dave"_s, u"Weekly, by ops."_s));
    QTRY_COMPARE_WITH_TIMEOUT(carol->workspace().commentThread(thread)->comments.size(), size_t(2),
                              3000);
    QVERIFY(Edit::replyToCommentThread(*carol, thread, u"Carol"_s, u"Thanks."_s));
    QVERIFY(Edit::setCommentThreadResolved(*carol, thread, true));
    QVERIFY2(carolRefused.isEmpty(), qPrintable(carolRefused.value(0).value(0).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(dave->workspace().commentThread(thread)->resolved, 3000);
    QCOMPARE(dave->workspace().commentThread(thread)->comments.size(), size_t(3));

    // The same commenter cannot edit the cell: refused in the application ...
    const EntityRef cellRef = EntityRef::cell(mJourney, mStep, mLane);
    const QString before
        = carol->workspace().journey(mJourney)->stages.front().firstCells().value(mLane).text;
    QVERIFY(!Edit::setField(*carol, cellRef, Field::CellText, u"Changed by Carol"_s));
    QCOMPARE(carolRefused.count(), 1);
    // ... and by the server, whatever program connects as carol.
    const QString schema = u"parcours_"_s + ws;
    QString error;
    QVERIFY(refused(u"UPDATE %1.cell SET text = 'hacked'"_s.arg(schema), u"carol"_s, &error));
    QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));
    QVERIFY(refused(u"DELETE FROM %1.persona"_s.arg(schema), u"carol"_s, &error));
    QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));
    // Her log entries may name comments only: not a cell, nor a reload of everything.
    QVERIFY(
        refused(u"INSERT INTO %1.change_log (entity, scope) VALUES ('cell', 'row')"_s.arg(schema),
                u"carol"_s, &error));
    QVERIFY2(error.contains(u"row-level security"_s), qPrintable(error));
    QVERIFY(refused(u"INSERT INTO %1.change_log (entity, scope)"
                    " VALUES ('comment_thread', 'reset')"_s.arg(schema),
                    u"carol"_s, &error));
    QVERIFY(refused(u"DELETE FROM %1.change_log"_s.arg(schema), u"carol"_s, &error));
    QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));
    // An UPDATE of the log (granted only for its lock) changes no row.
    QVERIFY(mServer.exec({u"UPDATE %1.change_log SET entity = 'hacked'"_s.arg(schema)}, &error,
                         u"carol"_s, u"carol-pw"_s));
    QVERIFY2(
        mServer.exec(
            {u"DO $$ BEGIN IF EXISTS (SELECT FROM %1.change_log WHERE entity ="
             " 'hacked') THEN RAISE EXCEPTION 'the log was changed'; END IF; END $$"_s.arg(schema)},
            &error),
        qPrintable(error));
    // Comment rows are hers to write, as the application does.
    QVERIFY2(mServer.exec({u"UPDATE %1.comment_thread SET resolved = 0"_s.arg(schema)}, &error,
                          u"carol"_s, u"carol-pw"_s),
             qPrintable(error));

    // Nothing but the comments changed on the server.
    const auto fresh = open(ws, u"dave"_s);
    QVERIFY(fresh);
    QCOMPARE(fresh->workspace().journey(mJourney)->stages.front().firstCells().value(mLane).text,
             before);
    QCOMPARE(fresh->workspace().personas, TestData::everyField().personas);
    QCOMPARE(fresh->workspace().commentThread(thread)->comments.size(), size_t(3));
}

void TestSharedComments::viewerWithoutTheGrantIsToldHowToGetIt()
{
    const QString ws = u"viewed"_s;
    QVERIFY(publishWithRoles(ws));
    const auto vic = open(ws, u"vic"_s);
    QVERIFY(vic);
    QVERIFY(vic->isReadOnly());
    QVERIFY(!Edit::canComment(*vic));
    QSignalSpy refusedSpy(vic.get(), &WorkspaceDocument::editRefused);
    QVERIFY(!Edit::addCommentThread(*vic, CommentTarget::persona(101), u"Vic"_s, u"Hello"_s));
    QCOMPARE(refusedSpy.count(), 1);
    const QString message = refusedSpy.front().front().toString();
    QVERIFY2(message.contains(u"view-only"_s) && message.contains(u"--commenter vic"_s),
             qPrintable(message));
    QVERIFY(vic->workspace().comments.empty());

    QString error;
    QVERIFY(refused(u"INSERT INTO parcours_%1.comment_thread (id, target, resolved, position)"
                    " VALUES (1, 'persona:101', 0, 0)"_s.arg(ws),
                    u"vic"_s, &error));
    QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));
}

// In the window: Comment… is enabled for a commenter (not for a plain viewer), and Resolve in
// the Comments panel resolves the thread at the editor's.
void TestSharedComments::windowLetsACommenterComment()
{
    const QString ws = u"windowed"_s;
    QVERIFY(publishWithRoles(ws));
    const auto dave = open(ws, u"dave"_s);
    QVERIFY(dave);
    const Id thread = Edit::addCommentThread(*dave, CommentTarget::persona(101), u"Dave"_s,
                                             u"Who owns this persona?"_s);
    QVERIFY(thread);

    {
        MainWindow viewer;
        viewer.show();
        QVERIFY(viewer.openShared(mServer.location(ws, u"vic"_s, u"vic-pw"_s)));
        auto *comment = viewer.findChild<QAction *>(u"addComment"_s);
        QVERIFY(comment);
        QVERIFY(!comment->isEnabled());
    }

    MainWindow window;
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openShared(mServer.location(ws, u"carol"_s, u"carol-pw"_s)));
    // An open slower than 400 ms shows a progress dialog; offscreen, no window manager gives
    // the window its activation back when that closes, and a shortcut then reaches nothing.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.document()->isReadOnly());
    auto *comment = window.findChild<QAction *>(u"addComment"_s);
    QVERIFY(comment);
    QVERIFY(comment->isEnabled());

    auto *panel = window.findChild<CommentsPanel *>();
    QVERIFY(panel);
    window.findChild<QWidget *>(u"commentsDock"_s)->show();
    QCOMPARE(panel->model()->rowCount(), 1);
    panel->list()->setFocus();
    panel->list()->setCurrentIndex(panel->model()->index(0, 0));
    auto *resolve = panel->findChild<QPushButton *>(u"commentsResolveButton"_s);
    QVERIFY(resolve->isEnabled());
    QTest::mouseClick(resolve, Qt::LeftButton);
    QVERIFY(window.document()->workspace().commentThread(thread)->resolved);
    QTRY_VERIFY_WITH_TIMEOUT(dave->workspace().commentThread(thread)->resolved, 3000);
}

// Edit > Undo and Redo (Ctrl+Z, Ctrl+Shift+Z) work for a commenter's own comment edits, on the
// server too; every other edit stays refused, and a plain viewer's Undo stays off.
void TestSharedComments::commenterUndoesHerCommentsInTheWindow()
{
    const QString ws = u"undone"_s;
    QVERIFY(publishWithRoles(ws));
    const auto dave = open(ws, u"dave"_s);
    QVERIFY(dave);
    const Id thread = Edit::addCommentThread(*dave, CommentTarget::persona(101), u"Dave"_s,
                                             u"Who owns this persona?"_s);
    QVERIFY(thread);
    const auto undoAction = [](const MainWindow &w) -> QAction * {
        for (QAction *action : w.findChildren<QAction *>()) {
            if (action->shortcuts().contains(QKeySequence(QKeySequence::Undo)))
                return action;
        }
        return nullptr;
    };

    MainWindow window;
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openShared(mServer.location(ws, u"carol"_s, u"carol-pw"_s)));
    // An open slower than 400 ms shows a progress dialog; offscreen, no window manager gives
    // the window its activation back when that closes, and a shortcut then reaches nothing.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.document()->isReadOnly());
    QAction *undo = undoAction(window);
    QVERIFY(undo);
    QVERIFY(!undo->isEnabled()); // nothing done yet

    // Carol replies in the Comments panel.
    auto *panel = window.findChild<CommentsPanel *>();
    QVERIFY(panel);
    window.findChild<QWidget *>(u"commentsDock"_s)->show();
    panel->list()->setFocus();
    panel->list()->setCurrentIndex(panel->model()->index(0, 0));
    auto *reply = panel->findChild<QWidget *>(u"commentsReply"_s);
    QVERIFY(reply);
    QTest::keyClicks(reply, u"Marketing does."_s);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"commentsReplyButton"_s), Qt::LeftButton);
    QCOMPARE(window.document()->workspace().commentThread(thread)->comments.size(), size_t(2));
    QTRY_COMPARE_WITH_TIMEOUT(dave->workspace().commentThread(thread)->comments.size(), size_t(2),
                              3000);
    QVERIFY(undo->isEnabled());

    // Ctrl+Z on the window takes her reply back, here and on the server; Ctrl+Shift+Z redoes it.
    QSignalSpy refusedEdits(window.document(), &WorkspaceDocument::editRefused);
    panel->list()->setFocus();
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.document()->workspace().commentThread(thread)->comments.size(), size_t(1));
    QTRY_COMPARE_WITH_TIMEOUT(dave->workspace().commentThread(thread)->comments.size(), size_t(1),
                              3000);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.document()->workspace().commentThread(thread)->comments.size(), size_t(2));
    QTRY_COMPARE_WITH_TIMEOUT(dave->workspace().commentThread(thread)->comments.size(), size_t(2),
                              3000);
    // Resolve, then undo it.
    QTest::mouseClick(panel->findChild<QPushButton *>(u"commentsResolveButton"_s), Qt::LeftButton);
    QVERIFY(window.document()->workspace().commentThread(thread)->resolved);
    QTRY_VERIFY_WITH_TIMEOUT(dave->workspace().commentThread(thread)->resolved, 3000);
    panel->list()->setFocus();
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!window.document()->workspace().commentThread(thread)->resolved);
    QTRY_VERIFY_WITH_TIMEOUT(!dave->workspace().commentThread(thread)->resolved, 3000);
    QVERIFY2(refusedEdits.isEmpty(), qPrintable(refusedEdits.value(0).value(0).toString()));

    // Any other edit stays impossible: refused, and nothing on the stack to undo.
    const int steps = window.document()->undoStack()->count();
    const EntityRef cellRef = EntityRef::cell(mJourney, mStep, mLane);
    QVERIFY(!Edit::setField(*window.document(), cellRef, Field::CellText, u"By Carol"_s));
    QCOMPARE(refusedEdits.count(), 1);
    QCOMPARE(window.document()->undoStack()->count(), steps);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier); // her reply, once more
    QCOMPARE(window.document()->workspace().commentThread(thread)->comments.size(), size_t(1));
    QTRY_COMPARE_WITH_TIMEOUT(dave->workspace().commentThread(thread)->comments.size(), size_t(1),
                              3000);
    QCOMPARE(refusedEdits.count(), 1);
    const auto fresh = open(ws, u"dave"_s);
    QVERIFY(fresh);
    QCOMPARE(fresh->workspace().journeys, TestData::everyField().journeys);
    QCOMPARE(fresh->workspace().personas, TestData::everyField().personas);

    // A plain viewer: no comment grant, no undo.
    MainWindow viewer;
    viewer.show();
    QVERIFY(viewer.openShared(mServer.location(ws, u"vic"_s, u"vic-pw"_s)));
    QVERIFY(!Edit::setCommentThreadResolved(*viewer.document(), thread, true));
    QVERIFY(!undoAction(viewer)->isEnabled());
}

void TestSharedComments::printedScriptGrantsComments()
{
    SharedServer::InitOptions roles {{}, {}, {u"carol"_s}};
    const QString sql = SharedServer::initScript(mServer.location(u"printed"_s), roles);
    QVERIFY(sql.contains(u"CREATE ROLE \"parcours_printed_commenter\" NOLOGIN"_s));
    QVERIFY(sql.contains(u"ENABLE ROW LEVEL SECURITY"_s));
    QVERIFY(sql.contains(u"CREATE POLICY parcours_comment ON"_s));
    QVERIFY(sql.contains(u"GRANT \"parcours_printed_commenter\" TO \"carol\";"_s));
}

QTEST_MAIN(TestSharedComments)
#include "tst_sharedcomments.moc"
