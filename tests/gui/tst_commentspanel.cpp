// Comments in the window (issue 23), in English and French: Ctrl+Alt+C on a canvas cell asks
// for a comment and opens a thread; the Comments panel lists it with its item; Resolve hides
// it from the open threads, Undo brings it back; a reply from the panel.
#include "comments/commentspanel.h"
#include "comments/commentthreadsmodel.h"
#include "document/workspacedocument.h"
#include "journey/journeycanvas.h"
#include "language.h"
#include "mainwindow.h"
#include "workspace/workspacesidebar.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestCommentsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void commentOnACellWithTheKeyboard_data();
    void commentOnACellWithTheKeyboard();

private:
    WorkspaceDocument &doc() const { return *mWindow->document(); }
    CommentsPanel *panel() const { return mWindow->findChild<CommentsPanel *>(); }
    void screenshot(const QString &name) const;

    std::unique_ptr<MainWindow> mWindow;
};

void TestCommentsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCommentsPanel::cleanup()
{
    if (mWindow && mWindow->document())
        mWindow->document()->undoStack()->clear();
    mWindow.reset();
    Language::install(u"en"_s);
}

void TestCommentsPanel::screenshot(const QString &name) const
{
    const QString dir = qEnvironmentVariable("PARCOURS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        mWindow->grab().save(dir + u'/' + name + u'-' + Language::current() + u".png"_s);
}

void TestCommentsPanel::commentOnACellWithTheKeyboard_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("actionText");
    QTest::addColumn<QString>("resolveText");
    QTest::newRow("en") << u"en"_s << u"&Comment…"_s << u"Re&solve"_s;
    QTest::newRow("fr") << u"fr"_s << u"&Commenter…"_s << u"Ré&soudre"_s;
}

void TestCommentsPanel::commentOnACellWithTheKeyboard()
{
    QFETCH(QString, language);
    QFETCH(QString, actionText);
    QFETCH(QString, resolveText);
    QVERIFY(Language::install(language));
    mWindow = std::make_unique<MainWindow>();
    mWindow->resize(1400, 900);
    mWindow->show();
    mWindow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(mWindow.get()));
    QVERIFY(mWindow->openSample());
    auto *comment = mWindow->findChild<QAction *>(u"addComment"_s);
    QVERIFY(comment);
    QCOMPARE(comment->text(), actionText);

    const Journey &journey = doc().workspace().journeys.front();
    const Id journeyId = journey.id;
    const Id step = journey.stages[1].steps.front().id;
    const Id lane = journey.lanes.front().id;
    mWindow->sidebar()->selectEntity(EntityKind::Journey, journeyId);
    auto *canvas = mWindow->findChild<JourneyCanvas *>();
    QVERIFY(canvas && canvas->isVisible());
    canvas->setFocus();
    canvas->setCurrent(step, lane);

    // Ctrl+Alt+C asks for the comment; typed, then OK.
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *text = dialog->findChild<QPlainTextEdit *>();
        QVERIFY(text);
        QTest::keyClicks(text, u"Is this wait measured?"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        asked = true;
    });
    QTest::keyClick(canvas, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(asked);
    // The dialog gone, the window is active again (offscreen does not do it by itself).
    mWindow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(mWindow.get()));
    QCOMPARE(doc().workspace().comments.size(), size_t(1));
    const CommentThread &thread = doc().workspace().comments.front();
    QCOMPARE(thread.target, CommentTarget::cell(journeyId, step, lane));
    QCOMPARE(thread.comments.front().text, u"Is this wait measured?"_s);

    // The panel shows it, selected, with its item.
    QVERIFY(mWindow->findChild<QDockWidget *>(u"commentsDock"_s)->isVisible());
    QTreeView *list = panel()->list();
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->currentIndex().row(), 0);
    const QString item = list->model()->index(0, CommentThreadsModel::ItemColumn).data().toString();
    QVERIFY2(item.startsWith(journey.name), qPrintable(item));
    QCOMPARE(list->model()->index(0, CommentThreadsModel::TextColumn).data().toString(),
             u"Is this wait measured?"_s);
    screenshot(u"comments-panel"_s);

    // A reply typed in the panel.
    auto *reply = panel()->findChild<QPlainTextEdit *>(u"commentsReply"_s);
    reply->setFocus();
    QTest::keyClicks(reply, u"Yes, weekly."_s);
    QTest::mouseClick(panel()->findChild<QPushButton *>(u"commentsReplyButton"_s), Qt::LeftButton);
    QCOMPARE(doc().workspace().comments.front().comments.size(), size_t(2));
    QCOMPARE(list->model()->index(0, CommentThreadsModel::RepliesColumn).data().toInt(), 1);

    // Resolved: gone from the open threads; Undo brings it back.
    auto *resolve = panel()->findChild<QPushButton *>(u"commentsResolveButton"_s);
    QCOMPARE(resolve->text(), resolveText);
    QTest::mouseClick(resolve, Qt::LeftButton);
    QVERIFY(doc().workspace().comments.front().resolved);
    QCOMPARE(list->model()->rowCount(), 0);
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY2(!doc().workspace().comments.front().resolved,
             qPrintable(doc().undoStack()->undoText() + u" / focus: "_s
                        + (QApplication::focusWidget() ? QString::fromLatin1(
                               QApplication::focusWidget()->metaObject()->className())
                                                       : u"none"_s)));
    QCOMPARE(list->model()->rowCount(), 1);
}

QTEST_MAIN(TestCommentsPanel)
#include "tst_commentspanel.moc"
