// Comment threads on items (issue 23): add, reply, resolve, edit, delete, each one undo step;
// threads that follow their item through step moves, splits, merges and undo of a deletion;
// what reaches the file and the JSON.
#include "document/edits.h"
#include "document/editscomments.h"
#include "document/editssteps.h"
#include "document/workspacedocument.h"
#include "formats/workspacejson.h"
#include "store/migrations.h"
#include "support/saasjourneytest.h"
#include "support/testworkspaces.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <functional>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestComments : public TestData::SaasJourneyTest
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachEditIsOneUndoStep();
    void onlyTheAuthorEditsAComment();
    void deletingTheFirstCommentDeletesTheThread();
    void refusesEmptyTextAndMissingItems();
    void followsAStepMovedAndSplitOff();
    void followsMergedStepsAndStages();
    void deletedItemHidesItsThreadsUntilUndo();
    void reachesTheFile();
    void jsonRoundTrip();
    void jsonErrorsNameThePlace();
    void importFollowsNewIds();
    void schemaStepAddsTheTables();

private:
    Id lane(int index) const { return journey().lanes[size_t(index)].id; }
    Id step(int stage, int index = 0) const
    {
        return journey().stages[size_t(stage)].steps[size_t(index)].id;
    }
    const CommentThread &thread(Id id) const { return *mDoc->workspace().commentThread(id); }
    bool visible(Id id) const { return commentTargetExists(mDoc->workspace(), thread(id).target); }
    const QDateTime mTime {QDate(2026, 12, 7), QTime(9, 30, 15), Qt::UTC};
};

void TestComments::init()
{
    const QString error = createFile(u"comments"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(journey().stages.size() >= 3);
}

void TestComments::cleanup()
{
    mDoc.reset();
}

void TestComments::eachEditIsOneUndoStep()
{
    QUndoStack &undo = *mDoc->undoStack();
    const int before = undo.index();
    const CommentTarget cell = CommentTarget::cell(mJourneyId, step(1), lane(0));
    const Id t = Edit::addCommentThread(*mDoc, cell, u"Léa"_s, u"Why here?"_s, mTime);
    QVERIFY(t);
    QCOMPARE(undo.undoText(), u"Add Comment"_s);
    QCOMPARE(thread(t).comments.size(), size_t(1));
    QCOMPARE(thread(t).comments[0].time, mTime);
    QVERIFY(!thread(t).resolved);

    const Id reply = Edit::replyToCommentThread(*mDoc, t, u"Sam"_s, u"Interviews."_s, mTime);
    QVERIFY(reply);
    QCOMPARE(undo.undoText(), u"Reply to Comment"_s);
    QVERIFY(Edit::setCommentThreadResolved(*mDoc, t, true));
    QCOMPARE(undo.undoText(), u"Resolve Comment"_s);
    QVERIFY(!Edit::setCommentThreadResolved(*mDoc, t, true)); // already resolved
    QVERIFY(Edit::editComment(*mDoc, t, reply, u"Sam"_s, u"Interviews, 12 of them."_s));
    QCOMPARE(undo.undoText(), u"Edit Comment"_s);
    QVERIFY(Edit::deleteComment(*mDoc, t, reply));
    QCOMPARE(undo.undoText(), u"Delete Comment"_s);
    QCOMPARE(undo.index(), before + 5);
    QCOMPARE(thread(t).comments.size(), size_t(1));

    undo.undo(); // the reply is back, with its edited text
    QCOMPARE(thread(t).comments.size(), size_t(2));
    QCOMPARE(thread(t).comments[1].text, u"Interviews, 12 of them."_s);
    undo.undo();
    QCOMPARE(thread(t).comments[1].text, u"Interviews."_s);
    undo.undo();
    QVERIFY(!thread(t).resolved);
    undo.undo();
    undo.undo();
    QVERIFY(mDoc->workspace().comments.empty());
    undo.redo();
    QCOMPARE(thread(t).target, cell);
}

void TestComments::onlyTheAuthorEditsAComment()
{
    const Id t = Edit::addCommentThread(*mDoc, CommentTarget::stage(mJourneyId, step(0)), u"Léa"_s,
                                        u"Rename this stage?"_s);
    const Id first = thread(t).comments[0].id;
    QVERIFY(!Edit::editComment(*mDoc, t, first, u"Sam"_s, u"Sam's words"_s));
    QVERIFY(!Edit::editComment(*mDoc, t, first, u"Léa"_s, u"  "_s));
    QVERIFY(Edit::editComment(*mDoc, t, first, u"Léa"_s, u"Rename it."_s));
    QCOMPARE(thread(t).comments[0].text, u"Rename it."_s);
}

void TestComments::deletingTheFirstCommentDeletesTheThread()
{
    const Id t = Edit::addCommentThread(*mDoc, CommentTarget::step(mJourneyId, step(0)), u"Léa"_s,
                                        u"First"_s);
    Edit::replyToCommentThread(*mDoc, t, u"Sam"_s, u"Second"_s);
    QVERIFY(Edit::deleteComment(*mDoc, t, thread(t).comments[0].id));
    QCOMPARE(mDoc->undoStack()->undoText(), u"Delete Comment Thread"_s);
    QVERIFY(mDoc->workspace().comments.empty());
    mDoc->undoStack()->undo();
    QCOMPARE(thread(t).comments.size(), size_t(2));
}

void TestComments::refusesEmptyTextAndMissingItems()
{
    const int before = mDoc->undoStack()->index();
    QCOMPARE(Edit::addCommentThread(*mDoc, CommentTarget::stage(mJourneyId, step(0)), u"Léa"_s,
                                    u" \n "_s),
             Id(0));
    QCOMPARE(
        Edit::addCommentThread(*mDoc, CommentTarget::stage(mJourneyId, 12345), u"Léa"_s, u"Text"_s),
        Id(0));
    QCOMPARE(Edit::addCommentThread(*mDoc, CommentTarget::persona(12345), u"Léa"_s, u"Text"_s),
             Id(0));
    QCOMPARE(Edit::replyToCommentThread(*mDoc, 12345, u"Léa"_s, u"Text"_s), Id(0));
    QCOMPARE(mDoc->undoStack()->index(), before);
}

void TestComments::followsAStepMovedAndSplitOff()
{
    const Id stage = journey().stages[1].id;
    const Id second = Edit::addStep(*mDoc, mJourneyId, stage, -1, u"Second"_s);
    QVERIFY(second);
    const CommentTarget cell = CommentTarget::cell(mJourneyId, second, lane(0));
    const Id onCell = Edit::addCommentThread(*mDoc, cell, u"Léa"_s, u"On the cell"_s);
    const Id onStep = Edit::addCommentThread(*mDoc, CommentTarget::step(mJourneyId, second),
                                             u"Léa"_s, u"On the step"_s);
    QVERIFY(onCell && onStep);

    QVERIFY(Edit::moveStepToNeighbour(*mDoc, mJourneyId, second, true));
    QCOMPARE(stageIndexOfStep(journey(), second), 2);
    QVERIFY(visible(onCell) && visible(onStep));
    QCOMPARE(thread(onCell).target, cell);

    QVERIFY(Edit::moveStepToNeighbour(*mDoc, mJourneyId, second, false));
    QVERIFY(Edit::splitStage(*mDoc, mJourneyId, second));
    QCOMPARE(stageIndexOfStep(journey(), second), 2); // a stage of its own now
    QVERIFY(visible(onCell) && visible(onStep));
    QCOMPARE(thread(onCell).target, cell);
}

void TestComments::followsMergedStepsAndStages()
{
    const Id stage = journey().stages[1].id;
    const Id first = step(1);
    const Id second = Edit::addStep(*mDoc, mJourneyId, stage, -1, u"Second"_s);
    const Id onCell = Edit::addCommentThread(
        *mDoc, CommentTarget::cell(mJourneyId, second, lane(0)), u"Léa"_s, u"On the cell"_s);
    const Id onStep = Edit::addCommentThread(*mDoc, CommentTarget::step(mJourneyId, second),
                                             u"Léa"_s, u"On the step"_s);
    const Id onStage = Edit::addCommentThread(
        *mDoc, CommentTarget::stage(mJourneyId, journey().stages[2].id), u"Léa"_s, u"Stage"_s);
    const Id previousStage = journey().stages[1].id;
    const Id mergedStage = journey().stages[2].id;

    QVERIFY(Edit::mergeStepIntoPrevious(*mDoc, mJourneyId, second));
    QCOMPARE(thread(onCell).target, CommentTarget::cell(mJourneyId, first, lane(0)));
    QCOMPARE(thread(onStep).target, CommentTarget::step(mJourneyId, first));
    QVERIFY(visible(onCell) && visible(onStep));
    mDoc->undoStack()->undo(); // one step: the step and its threads' targets come back
    QCOMPARE(thread(onCell).target, CommentTarget::cell(mJourneyId, second, lane(0)));
    QCOMPARE(thread(onStep).target, CommentTarget::step(mJourneyId, second));
    QVERIFY(visible(onCell) && visible(onStep));

    QVERIFY(Edit::mergeStageIntoPrevious(*mDoc, mJourneyId, mergedStage));
    QCOMPARE(thread(onStage).target, CommentTarget::stage(mJourneyId, previousStage));
    QVERIFY(visible(onStage));
    mDoc->undoStack()->undo();
    QCOMPARE(thread(onStage).target, CommentTarget::stage(mJourneyId, mergedStage));
}

void TestComments::deletedItemHidesItsThreadsUntilUndo()
{
    const Id stage = journey().stages[1].id;
    const Id onStage = Edit::addCommentThread(*mDoc, CommentTarget::stage(mJourneyId, stage),
                                              u"Léa"_s, u"Stage"_s);
    const Id onCell = Edit::addCommentThread(
        *mDoc, CommentTarget::cell(mJourneyId, step(1), lane(0)), u"Léa"_s, u"Cell"_s);
    const Id persona = Edit::addPersona(*mDoc, Persona {0, u"Buyer"_s, {}, {}, {}, {}, {}});
    const Id useCase = Edit::addUseCase(*mDoc, persona, UseCase {});
    const Id onUseCase = Edit::addCommentThread(*mDoc, CommentTarget::useCase(persona, useCase),
                                                u"Léa"_s, u"Use case"_s);
    QVERIFY(onStage && onCell && onUseCase);

    Edit::removeStage(*mDoc, mJourneyId, stage);
    QVERIFY(!visible(onStage) && !visible(onCell));
    QCOMPARE(mDoc->workspace().comments.size(), size_t(3)); // kept, hidden
    Edit::removePersona(*mDoc, persona);
    QVERIFY(!visible(onUseCase));
    mDoc->undoStack()->undo();
    QVERIFY(visible(onUseCase));
    mDoc->undoStack()->undo();
    QVERIFY(visible(onStage) && visible(onCell));

    // Hidden threads are kept in the file too, and show again when their item does.
    Edit::removeStage(*mDoc, mJourneyId, stage);
    const Workspace before = mDoc->workspace();
    reopened();
    QCOMPARE(mDoc->workspace().comments, before.comments);
    QVERIFY(!visible(onStage));
}

void TestComments::reachesTheFile()
{
    const Id t = Edit::addCommentThread(*mDoc, CommentTarget::cell(mJourneyId, step(0), lane(1)),
                                        u"Léa"_s, u"« Hé » <b>&</b>\nligne 2"_s, mTime);
    Edit::replyToCommentThread(*mDoc, t, u"Sam"_s, u"OK"_s, mTime.addSecs(5));
    Edit::setCommentThreadResolved(*mDoc, t, true);
    const Id other = Edit::addCommentThread(*mDoc, CommentTarget::step(mJourneyId, step(2)),
                                            u"Léa"_s, u"Second"_s, mTime);
    const std::vector<CommentThread> written = mDoc->workspace().comments;
    reopened();
    QCOMPARE(mDoc->workspace().comments, written);
    // Edits after reopening reach the file too: a reply to the second, the first deleted.
    Edit::replyToCommentThread(*mDoc, other, u"Sam"_s, u"Again"_s, mTime);
    Edit::deleteCommentThread(*mDoc, t);
    const std::vector<CommentThread> after = mDoc->workspace().comments;
    QCOMPARE(after.size(), size_t(1));
    reopened();
    QCOMPARE(mDoc->workspace().comments, after);

    // A whole workspace written at once (Save As from memory, import) keeps them.
    const Workspace sample = TestData::withComments();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sample.parcours"_s);
    QVERIFY(WorkspaceDocument::create(path, sample).document);
    const WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(path);
    QVERIFY2(opened.document, qPrintable(opened.error));
    QCOMPARE(opened.document->workspace().comments, sample.comments);
    QCOMPARE(opened.document->workspace(), sample);
}

void TestComments::jsonRoundTrip()
{
    const Workspace sample = TestData::withComments();
    const QByteArray json = WorkspaceJson::write(sample);
    const WorkspaceJson::ReadResult read = WorkspaceJson::read(json);
    QVERIFY2(read.workspace, qPrintable(read.error));
    QCOMPARE(read.workspace->comments, sample.comments);
    const QJsonObject thread
        = QJsonDocument::fromJson(json).object().value(u"comments"_s).toArray().at(0).toObject();
    QCOMPARE(thread.value(u"target"_s).toObject(),
             (QJsonObject {
                 {u"kind"_s, u"cell"_s}, {u"journey"_s, 301}, {u"step"_s, 501}, {u"lane"_s, 401}}));
    QCOMPARE(thread.value(u"comments"_s).toArray().at(0).toObject().value(u"time"_s).toString(),
             u"2026-12-07T09:30:00Z"_s);
    // A workspace without comments writes no "comments": older exports stay as they were.
    QVERIFY(!WorkspaceJson::write(TestData::everyField()).contains("\"comments\""));
}

void TestComments::jsonErrorsNameThePlace()
{
    QJsonObject root
        = QJsonDocument::fromJson(WorkspaceJson::write(TestData::withComments())).object();
    auto readWith = [&root](const std::function<void(QJsonArray &)> &change) {
        QJsonObject copy = root;
        QJsonArray comments = copy.value(u"comments"_s).toArray();
        change(comments);
        copy.insert(u"comments"_s, comments);
        return WorkspaceJson::read(QJsonDocument(copy).toJson()).error;
    };
    QCOMPARE(readWith([](QJsonArray &a) {
                 QJsonObject t = a.at(1).toObject();
                 QJsonArray cs = t.value(u"comments"_s).toArray();
                 QJsonObject c = cs.at(0).toObject();
                 c.insert(u"time"_s, u"yesterday"_s);
                 cs.replace(0, c);
                 t.insert(u"comments"_s, cs);
                 a.replace(1, t);
             }),
             u"comments[1].comments[0].time: expected a date and time such as "
             "2026-12-07T09:30:00Z"_s);
    QCOMPARE(readWith([](QJsonArray &a) {
                 QJsonObject t = a.at(2).toObject();
                 t.insert(u"id"_s, 801);
                 a.replace(2, t);
             }),
             u"comments[2].id: another thread has the id 801"_s);
    QCOMPARE(readWith([](QJsonArray &a) {
                 QJsonObject t = a.at(0).toObject();
                 t.insert(u"target"_s, QJsonObject {{u"kind"_s, u"lane"_s}});
                 a.replace(0, t);
             }),
             u"comments[0].target.kind: expected cell, stage, step, use_case, persona or "
             "opportunity"_s);
    QCOMPARE(readWith([](QJsonArray &a) {
                 QJsonObject t = a.at(0).toObject();
                 t.insert(u"comments"_s, QJsonArray());
                 a.replace(0, t);
             }),
             u"comments[0].comments: expected a list of at least one comment"_s);
}

void TestComments::importFollowsNewIds()
{
    // Imports give items fresh ids: each thread names its item's new id.
    const Workspace sample = TestData::withComments();
    Workspace merged;
    Edit::mergeFragment(merged, sample);
    QCOMPARE(merged.comments.size(), sample.comments.size());
    for (size_t i = 0; i < merged.comments.size(); ++i) {
        const CommentThread &t = merged.comments[i];
        QVERIFY2(commentTargetExists(merged, t.target), qPrintable(commentTargetKey(t.target)));
        QCOMPARE(t.target.kind, sample.comments[i].target.kind);
        QVERIFY(t.target.id != sample.comments[i].target.id);
        QCOMPARE(t.comments.size(), sample.comments[i].comments.size());
        QCOMPARE(t.comments[0].text, sample.comments[i].comments[0].text);
    }
    // Into an open workspace: one undo step, the threads with the rest.
    const int threads = int(mDoc->workspace().comments.size());
    QVERIFY(Edit::importFragment(*mDoc, sample, u"Import"_s));
    QCOMPARE(int(mDoc->workspace().comments.size()), threads + 3);
    QVERIFY(commentTargetExists(mDoc->workspace(), mDoc->workspace().comments.back().target));
    mDoc->undoStack()->undo();
    QCOMPARE(int(mDoc->workspace().comments.size()), threads);
}

void TestComments::schemaStepAddsTheTables()
{
    QCOMPARE(commentsSchemaVersion, 11);
    QTemporaryDir dir;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema"_s);
        db.setDatabaseName(dir.filePath(u"old.sqlite"_s));
        QVERIFY(db.open());
        QCOMPARE(Migrations::upgrade(db, SqlEngine::Sqlite, commentsSchemaVersion - 1).outcome,
                 MigrationOutcome::Upgraded);
        QSqlQuery q(db);
        QVERIFY(!q.exec(u"SELECT count(*) FROM comment_thread"_s));
        QCOMPARE(Migrations::upgrade(db, SqlEngine::Sqlite).outcome, MigrationOutcome::Upgraded);
        QVERIFY(q.exec(u"SELECT count(*) FROM comment_thread"_s));
        QVERIFY(q.exec(u"SELECT count(*) FROM comment"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"schema"_s);
}

QTEST_GUILESS_MAIN(TestComments)
#include "tst_comments.moc"
