#include "analytics/forgottenzone.h"
#include "document/editsopportunity.h"
#include "document/workspacedocument.h"
#include "itemmodels/opportunitytablemodel.h"
#include "itemmodels/usecasetablemodel.h"
#include "language.h"
#include "mainwindow.h"
#include "opportunities/opportunityboard.h"
#include "opportunities/usecaseopportunities.h"
#include "opportunities/votemode.h"
#include "usecases/usecasemapeditor.h"
#include "usecases/usecasetableview.h"
#include "workspace/workspacesidebar.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Parcours;
using namespace Qt::StringLiterals;

// Dot voting on the board (issue 20) with keys and clicks, in English and French; "Raise How
// Often…" from a forgotten-zone use case through the table's real context menu; the count of
// linked opportunities on use-case rows.
class TestVoteMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void votesWithKeysAndClicks_data();
    void votesWithKeysAndClicks();
    void resetVotesAsksAndUndoes_data();
    void resetVotesAsksAndUndoes();
    void raiseHowOftenFromTheContextMenu_data();
    void raiseHowOftenFromTheContextMenu();

private:
    OpportunityBoard *board() const { return mWindow->opportunityBoard(); }
    QTableView *table() const { return board()->table(); }
    VoteMode *voteMode() const { return board()->voteMode(); }
    WorkspaceDocument &doc() const { return *mWindow->document(); }
    int votes(Id id) const { return doc().workspace().opportunity(id)->votes; }
    QRect rowRect(Id id) const;
    // Opens the use-case table's context menu on a use case's row (by mouse or, as the Menu key
    // does, by keyboard) and runs `inMenu` on the menu while it is up.
    void contextMenu(Id useCase, QContextMenuEvent::Reason reason,
                     const std::function<void(QMenu *)> &inMenu);
    void openLanguage(const QString &language);
    // With PARCOURS_SCREENSHOT_DIR set (run under xvfb-run with QT_QPA_PLATFORM=xcb to look
    // at the real thing), saves the window there.
    void screenshot(const QString &name) const;

    std::unique_ptr<MainWindow> mWindow;
    Id mTarget = 0;
};

void TestVoteMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestVoteMode::init()
{
    mWindow.reset();
}

void TestVoteMode::openLanguage(const QString &language)
{
    QVERIFY(Language::install(language));
    mWindow = std::make_unique<MainWindow>();
    mWindow->resize(1400, 900);
    mWindow->show();
    mWindow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(mWindow.get()));
    QVERIFY(mWindow->openSample());
    Opportunity o;
    o.title = u"Vote target"_s;
    mTarget = Edit::addOpportunity(doc(), o);
    QVERIFY(mTarget);
    Opportunity other;
    other.title = u"Another idea"_s;
    other.customerValue = 5;
    other.votes = 2;
    QVERIFY(Edit::addOpportunity(doc(), other));
    doc().undoStack()->clear();
}

void TestVoteMode::cleanup()
{
    if (mWindow && mWindow->document())
        mWindow->document()->undoStack()->clear();
    mWindow.reset();
    Language::install(u"en"_s);
}

void TestVoteMode::screenshot(const QString &name) const
{
    const QString dir = qEnvironmentVariable("PARCOURS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        mWindow->grab().save(dir + u'/' + name + u'-' + Language::current() + u".png"_s);
}

QRect TestVoteMode::rowRect(Id id) const
{
    board()->select(id);
    return table()->visualRect(table()->currentIndex());
}

void TestVoteMode::votesWithKeysAndClicks_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("voteText");
    QTest::addColumn<QString>("unvoteText");
    QTest::newRow("en") << u"en"_s << u"Vote for \u201cVote target\u201d"_s
                        << u"Remove a vote from \u201cVote target\u201d"_s;
    QTest::newRow("fr") << u"fr"_s << u"Voter pour \u00ab\u00a0Vote target\u00a0\u00bb"_s
                        << u"Retirer un vote \u00e0 \u00ab\u00a0Vote target\u00a0\u00bb"_s;
}

void TestVoteMode::votesWithKeysAndClicks()
{
    QFETCH(QString, language);
    QFETCH(QString, voteText);
    QFETCH(QString, unvoteText);
    openLanguage(language);
    auto *dock = mWindow->findChild<QDockWidget *>(u"opportunitiesDock"_s);
    QVERIFY(!dock->isVisible());

    // The shortcut turns vote mode on and shows the board.
    QTest::keyClick(mWindow.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(voteMode()->isOn());
    QVERIFY(voteMode()->toggleAction()->isChecked());
    QVERIFY(dock->isVisible());
    QTRY_VERIFY(table()->hasFocus());
    QCOMPARE(table()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(table()->itemDelegateForColumn(OpportunityTableModel::VotesColumn));

    board()->select(mTarget);
    QTest::keyClick(table(), Qt::Key_Plus);
    QTest::keyClick(table(), Qt::Key_Space);
    QCOMPARE(votes(mTarget), 2);
    QCOMPARE(doc().undoStack()->count(), 2);
    QCOMPARE(doc().undoStack()->undoText(), voteText);
    // The count shows in the votes column of the target's row, wherever it went.
    board()->select(mTarget);
    QCOMPARE(table()->currentIndex().siblingAtColumn(OpportunityTableModel::VotesColumn).data(),
             QVariant(2));
    QTest::keyClick(table(), Qt::Key_Minus);
    QCOMPARE(votes(mTarget), 1);
    QCOMPARE(doc().undoStack()->undoText(), unvoteText);
    QTest::keyClick(table(), Qt::Key_Backspace);
    QTest::keyClick(table(), Qt::Key_Backspace); // already 0: refused, no step
    QCOMPARE(votes(mTarget), 0);
    QCOMPARE(doc().undoStack()->count(), 4);

    // A click votes for the row clicked and opens no editor; a double click is two votes.
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rowRect(mTarget).center());
    QCOMPARE(votes(mTarget), 1);
    // A double click as a window system delivers it: a click, then the double-click event.
    const QPoint target = rowRect(mTarget).center();
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, target);
    QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, target);
    QCOMPARE(votes(mTarget), 3);
    QCOMPARE(QApplication::focusWidget(), table()); // no editor opened
    // Rows keep their places while voting: the same spot is the same opportunity.
    QCOMPARE(table()->indexAt(target).data(OpportunityTableModel::OpportunityIdRole).toLongLong(),
             mTarget);
    QCOMPARE(table()->currentIndex().data(OpportunityTableModel::OpportunityIdRole).toLongLong(),
             mTarget);
    screenshot(u"vote-mode"_s);

    // Undo, one vote at a time.
    doc().undoStack()->undo();
    QCOMPARE(votes(mTarget), 2);

    // Escape leaves vote mode: editing in place is back, a key types into the cell again.
    QTest::keyClick(table(), Qt::Key_Escape);
    QVERIFY(!voteMode()->isOn());
    QVERIFY(table()->editTriggers().testFlag(QAbstractItemView::DoubleClicked));
    QVERIFY(!table()->itemDelegateForColumn(OpportunityTableModel::VotesColumn));
    const int steps = doc().undoStack()->count();
    QTest::keyClick(table(), Qt::Key_Plus);
    QCOMPARE(votes(mTarget), 2);
    QCOMPARE(doc().undoStack()->count(), steps);
    QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget())); // typing opened an editor
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);

    // The Workspace menu holds both commands.
    QStringList texts;
    for (QAction *menu : mWindow->menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions())
            texts << a->text();
    }
    QVERIFY(texts.contains(voteMode()->toggleAction()->text()));
    QVERIFY(texts.contains(voteMode()->resetAction()->text()));
    if (language == u"fr")
        QCOMPARE(voteMode()->toggleAction()->text(), u"Mode &vote"_s);
}

void TestVoteMode::resetVotesAsksAndUndoes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("question");
    QTest::newRow("en") << u"en"_s << u"Remove all %1 votes"_s;
    QTest::newRow("fr") << u"fr"_s << u"Retirer les %1 votes"_s;
}

void TestVoteMode::resetVotesAsksAndUndoes()
{
    QFETCH(QString, language);
    QFETCH(QString, question);
    openLanguage(language);
    QVERIFY(Edit::setOpportunityField(doc(), mTarget, Field::OpportunityVotes, 6));
    const int total = totalVotes(doc().workspace().opportunities); // the sample's too
    question = question.arg(total);
    const int steps = doc().undoStack()->count();

    QString asked;
    auto answer = [&asked](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [&asked, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text();
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    voteMode()->resetAction()->trigger();
    QVERIFY2(asked.contains(question), qPrintable(asked));
    QCOMPARE(totalVotes(doc().workspace().opportunities), total);
    QCOMPARE(doc().undoStack()->count(), steps);

    asked.clear();
    answer(QMessageBox::Reset);
    voteMode()->resetAction()->trigger();
    QVERIFY2(asked.contains(question), qPrintable(asked));
    QCOMPARE(totalVotes(doc().workspace().opportunities), 0);
    QCOMPARE(doc().undoStack()->count(), steps + 1);
    doc().undoStack()->undo();
    QCOMPARE(totalVotes(doc().workspace().opportunities), total);
    QCOMPARE(votes(mTarget), 6);
}

void TestVoteMode::contextMenu(Id useCase, QContextMenuEvent::Reason reason,
                               const std::function<void(QMenu *)> &inMenu)
{
    UseCaseTableView *table = mWindow->useCaseMapEditor()->table();
    const QAbstractItemModel *model = table->model();
    QModelIndex index;
    for (int r = 0; r < model->rowCount() && !index.isValid(); ++r) {
        const QModelIndex at = model->index(r, UseCaseTableModel::UseCaseColumn);
        if (at.data(UseCaseTableModel::UseCaseIdRole).toLongLong() == useCase)
            index = at;
    }
    QVERIFY(index.isValid());
    table->setCurrentIndex(index);
    const QPoint at = table->visualRect(index).center();
    bool ran = false;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        ran = true;
        inMenu(menu);
        if (menu->isVisible())
            menu->close();
    });
    QContextMenuEvent event(reason, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &event);
    QVERIFY(ran);
}

void TestVoteMode::raiseHowOftenFromTheContextMenu_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("titleStart");
    QTest::newRow("en") << u"en"_s << u"Raise how often: "_s;
    QTest::newRow("fr") << u"fr"_s << u"Rendre plus fréquent\u00a0: "_s;
}

void TestVoteMode::raiseHowOftenFromTheContextMenu()
{
    QFETCH(QString, language);
    QFETCH(QString, titleStart);
    openLanguage(language);
    // The sample's first persona with a use case in the forgotten zone, and one that is not.
    const Persona *persona = nullptr;
    int forgottenRow = -1;
    int usualRow = -1;
    for (const Persona &p : doc().workspace().personas) {
        forgottenRow = usualRow = -1;
        for (int r = 0; r < int(p.useCases.size()); ++r) {
            if (isForgotten(p.useCases[size_t(r)]))
                forgottenRow = forgottenRow < 0 ? r : forgottenRow;
            else
                usualRow = usualRow < 0 ? r : usualRow;
        }
        if (forgottenRow >= 0 && usualRow >= 0) {
            persona = &p;
            break;
        }
    }
    QVERIFY(persona);
    const UseCase forgotten = persona->useCases[size_t(forgottenRow)];
    mWindow->sidebar()->selectEntity(EntityKind::Persona, persona->id);
    QCOMPARE(mWindow->useCaseMapEditor()->persona(), persona->id);
    auto *links = mWindow->findChild<UseCaseOpportunities *>();
    QVERIFY(links);
    const int linkedBefore = links->opportunityCount(forgotten.id);

    // Not offered outside the forgotten zone.
    contextMenu(persona->useCases[size_t(usualRow)].id, QContextMenuEvent::Mouse, [&](QMenu *menu) {
        QVERIFY(menu->actions().contains(links->raiseAction()));
        QVERIFY(!links->raiseAction()->isVisible());
    });

    // Offered on the forgotten-zone row; chosen with its accelerator from the keyboard.
    const int opportunities = int(doc().workspace().opportunities.size());
    contextMenu(forgotten.id, QContextMenuEvent::Keyboard, [&](QMenu *menu) {
        QVERIFY(links->raiseAction()->isVisible());
        QTest::keyClick(menu, language == u"fr" ? Qt::Key_F : Qt::Key_H);
    });
    QCOMPARE(int(doc().workspace().opportunities.size()), opportunities + 1);
    const Opportunity &made = doc().workspace().opportunities.back();
    QCOMPARE(made.title, titleStart + forgotten.useCase);
    QVERIFY2(made.description.contains(persona->name), qPrintable(made.description));
    QVERIFY2(made.description.contains(
                 forgotten.frequency.toString(UsageFrequency::interfaceLanguage())),
             qPrintable(made.description));
    QCOMPARE(doc().undoStack()->count(), 1);

    // The board shows it selected, its title open for editing (once the menu has gone).
    QTRY_VERIFY(mWindow->findChild<QDockWidget *>(u"opportunitiesDock"_s)->isVisible());
    QCOMPARE(table()->currentIndex().data(OpportunityTableModel::OpportunityIdRole).toLongLong(),
             made.id);
    // Offscreen, closing the popup leaves no active window; a window manager gives it back.
    mWindow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(mWindow.get()));
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(table()->viewport()->isAncestorOf(editor));
    QCOMPARE(editor->text(), made.title);
    QTest::keyClick(editor, Qt::Key_Escape);
    mWindow->useCaseMapEditor()->table()->viewport()->update();
    screenshot(u"usecase-badges"_s);

    // The use case's row counts it, and its menu lists it and opens the board at it.
    const Id madeId = made.id;
    QCOMPARE(links->opportunityCount(forgotten.id), linkedBefore + 1);
    table()->clearSelection();
    contextMenu(forgotten.id, QContextMenuEvent::Mouse, [&](QMenu *menu) {
        QAction *list = links->opportunitiesAction();
        QVERIFY(menu->actions().contains(list));
        QVERIFY(list->isVisible());
        QVERIFY2(list->text().contains(u"(%1)"_s.arg(linkedBefore + 1)), qPrintable(list->text()));
        QAction *last = list->menu()->actions().constLast();
        QCOMPARE(last->text(), titleStart + forgotten.useCase);
        last->trigger();
    });
    QTRY_COMPARE(
        table()->currentIndex().data(OpportunityTableModel::OpportunityIdRole).toLongLong(),
        madeId);

    // Undo removes it, and the count with it.
    doc().undoStack()->undo();
    QVERIFY(!doc().workspace().opportunity(madeId));
    QCOMPARE(links->opportunityCount(forgotten.id), linkedBefore);
}

QTEST_MAIN(TestVoteMode)
#include "tst_votemode.moc"
