#include "document/editsopportunity.h"
#include "shared/threewaymerge.h"
#include "support/testworkspaces.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

// Dot voting (issue 20): a vote more or less is one undo step, a reset is one step, and the
// three-way merge of a shared workspace adds votes up instead of refusing one side's; and
// "Raise how often…" from a forgotten-zone use case.
class TestOpportunityVotes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void voteAndUnvoteAreOneUndoStepEach();
    void voteRefusedBelowZeroAndForUnknownIds();
    void resetIsOneStepAndUndoGivesVotesBack();
    void resetWithNoVotesPushesNothing();
    void mergeAddsConcurrentVotes_data();
    void mergeAddsConcurrentVotes();
    void mergeStillRefusesOtherFields();
    void raiseHowOftenLinksTheUseCase();

private:
    int votes(Id id) const { return mDoc->workspace().opportunity(id)->votes; }
    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<WorkspaceDocument> mDoc;
};

void TestOpportunityVotes::init()
{
    Workspace w = TestData::everyField(); // opportunity 701 has 3 votes
    Opportunity second;
    second.id = 702;
    second.title = u"Second"_s;
    second.votes = 1;
    w.opportunities.push_back(second);
    mDoc.reset();
    mDir = std::make_unique<QTemporaryDir>();
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(mDir->filePath(u"w.parcours"_s), w);
    QVERIFY2(created.document, qPrintable(created.error));
    mDoc = std::move(created.document);
}

void TestOpportunityVotes::voteAndUnvoteAreOneUndoStepEach()
{
    QUndoStack *undo = mDoc->undoStack();
    QVERIFY(Edit::voteForOpportunity(*mDoc, 701, +1));
    QVERIFY(Edit::voteForOpportunity(*mDoc, 701, +1));
    QCOMPARE(votes(701), 5);
    QCOMPARE(undo->count(), 2); // one step per vote, never merged
    QCOMPARE(undo->undoText(), u"Vote for \u201cRelancer « l'acheteur »\u201d"_s);
    QVERIFY(Edit::voteForOpportunity(*mDoc, 701, -1));
    QCOMPARE(votes(701), 4);
    QCOMPARE(undo->undoText(), u"Remove a vote from \u201cRelancer « l'acheteur »\u201d"_s);
    undo->undo();
    QCOMPARE(votes(701), 5);
    undo->undo();
    undo->undo();
    QCOMPARE(votes(701), 3);
    undo->redo();
    QCOMPARE(votes(701), 4);
    QVERIFY(mDoc->isSaved());
}

void TestOpportunityVotes::voteRefusedBelowZeroAndForUnknownIds()
{
    QVERIFY(Edit::voteForOpportunity(*mDoc, 702, -1));
    QCOMPARE(votes(702), 0);
    const int steps = mDoc->undoStack()->count();
    QVERIFY(!Edit::voteForOpportunity(*mDoc, 702, -1));
    QVERIFY(!Edit::voteForOpportunity(*mDoc, 999, +1));
    QCOMPARE(votes(702), 0);
    QCOMPARE(mDoc->undoStack()->count(), steps);
}

void TestOpportunityVotes::resetIsOneStepAndUndoGivesVotesBack()
{
    QCOMPARE(Edit::resetVotes(*mDoc), 4);
    QCOMPARE(votes(701), 0);
    QCOMPARE(votes(702), 0);
    QCOMPARE(mDoc->undoStack()->count(), 1);
    QCOMPARE(mDoc->undoStack()->undoText(), u"Reset votes"_s);
    mDoc->undoStack()->undo();
    QCOMPARE(votes(701), 3);
    QCOMPARE(votes(702), 1);
    mDoc->undoStack()->redo();
    QCOMPARE(votes(701) + votes(702), 0);
}

void TestOpportunityVotes::resetWithNoVotesPushesNothing()
{
    QCOMPARE(Edit::resetVotes(*mDoc), 4);
    QCOMPARE(Edit::resetVotes(*mDoc), 0);
    QCOMPARE(mDoc->undoStack()->count(), 1);
}

void TestOpportunityVotes::mergeAddsConcurrentVotes_data()
{
    QTest::addColumn<int>("base");
    QTest::addColumn<int>("mine");
    QTest::addColumn<int>("theirs");
    QTest::addColumn<int>("merged");
    QTest::newRow("both +2") << 3 << 5 << 5 << 7;
    QTest::newRow("+1 and -1") << 3 << 4 << 2 << 3;
    QTest::newRow("reset here, +2 there") << 5 << 0 << 7 << 2;
    QTest::newRow("+2 here, reset there") << 5 << 7 << 0 << 2;
    QTest::newRow("reset here, -1 there: not below 0") << 5 << 0 << 4 << 0;
}

void TestOpportunityVotes::mergeAddsConcurrentVotes()
{
    QFETCH(int, base);
    QFETCH(int, mine);
    QFETCH(int, theirs);
    QFETCH(int, merged);
    Workspace b = TestData::everyField();
    b.opportunities.front().votes = base;
    Workspace m = b;
    m.opportunities.front().votes = mine;
    Workspace t = b;
    t.opportunities.front().votes = theirs;
    t.opportunities.front().owner = u"Changed by them"_s; // another field merges as before
    Workspace result = m;
    const MergeVerdict verdict = mergeThreeWay(b, m, t, EntityRef::opportunity(701), &result);
    QCOMPARE(verdict.outcome, MergeVerdict::Merged);
    QCOMPARE(result.opportunities.front().votes, merged);
    QCOMPARE(result.opportunities.front().owner, u"Changed by them"_s);
}

void TestOpportunityVotes::mergeStillRefusesOtherFields()
{
    Workspace b = TestData::everyField();
    Workspace m = b;
    m.opportunities.front().effort = 1;
    m.opportunities.front().votes = 4;
    Workspace t = b;
    t.opportunities.front().effort = 2;
    t.opportunities.front().votes = 4;
    Workspace result = m;
    QCOMPARE(mergeThreeWay(b, m, t, EntityRef::opportunity(701), &result).outcome,
             MergeVerdict::Conflict);
}

void TestOpportunityVotes::raiseHowOftenLinksTheUseCase()
{
    const int before = int(mDoc->workspace().opportunities.size());
    const Id id = Edit::makeOpportunityFromUseCase(*mDoc, 201); // every 5.5 years
    QVERIFY(id);
    const Opportunity *made = mDoc->workspace().opportunity(id);
    QVERIFY(made);
    QCOMPARE(made->title, u"Raise how often: Search listings"_s);
    QVERIFY2(made->description.contains(u"Acheteur «maison»"_s), qPrintable(made->description));
    QVERIFY2(made->description.contains(u"every 5.5 years"_s), qPrintable(made->description));
    QCOMPARE(made->links.size(), size_t(1));
    QVERIFY(made->links.front() == (OpportunityLink {OpportunityLink::Kind::UseCase, 201, 0}));
    QCOMPARE(mDoc->undoStack()->count(), 1);
    mDoc->undoStack()->undo();
    QCOMPARE(int(mDoc->workspace().opportunities.size()), before);
    QVERIFY(!Edit::makeOpportunityFromUseCase(*mDoc, 999));
    QCOMPARE(mDoc->undoStack()->count(), 1); // the undone step stays for redo
}

QTEST_GUILESS_MAIN(TestOpportunityVotes)
#include "tst_opportunityvotes.moc"
