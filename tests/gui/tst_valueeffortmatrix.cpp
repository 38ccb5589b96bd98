#include "document/edits.h"
#include "document/editsopportunity.h"
#include "document/workspacedocument.h"
#include "itemmodels/opportunityfiltermodel.h"
#include "itemmodels/opportunitytablemodel.h"
#include "language.h"
#include "opportunities/opportunityboard.h"
#include "opportunities/valueeffortmatrix.h"

#include <QChart>
#include <QComboBox>
#include <QLineEdit>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Parcours;
using namespace Qt::StringLiterals;

// The board's value–effort matrix (issue 20) driven through the real widgets: a bubble clicked
// selects its row, the current row's bubble is ringed, the filters (journey, persona, owner)
// hide bubbles, edits and undo move them, and the labels placed never overlap, in English and
// French.
class TestValueEffortMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void clickingABubbleSelectsItsRow();
    void selectingARowRingsItsBubble();
    void filtersHideBubbles();
    void followsEditsAndUndo();
    void tooltipNamesTheBubble();
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();

private:
    Workspace sample();
    Id idOf(const QString &title) const;
    QList<Id> shownIds() const;
    ValueEffortMatrix *matrix() const { return mBoard->matrix(); }
    void selectChoice(QComboBox *box, const QString &text);

    QTemporaryDir mDir;
    std::unique_ptr<WorkspaceDocument> mDoc;
    std::unique_ptr<OpportunityBoard> mBoard;
    Id mJourneyA = 0, mJourneyB = 0, mPersona1 = 0, mPersona2 = 0;
    int mFiles = 0;
};

void TestValueEffortMatrix::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(mDir.isValid());
}

void TestValueEffortMatrix::cleanupTestCase()
{
    Language::install(u"en"_s);
}

Workspace TestValueEffortMatrix::sample()
{
    Workspace w;
    Persona buyer;
    buyer.id = mPersona1 = newId();
    buyer.name = u"Home buyer"_s;
    Persona agent;
    agent.id = mPersona2 = newId();
    agent.name = u"Agent"_s;
    UseCase listing;
    listing.id = newId();
    listing.useCase = u"Publish a listing"_s;
    agent.useCases.push_back(listing);
    w.personas = {buyer, agent};

    Journey a;
    a.id = mJourneyA = newId();
    a.name = u"Buying"_s;
    a.personaId = mPersona1;
    Stage visit;
    visit.id = newId();
    visit.withOneStep();
    visit.name = u"Visit"_s;
    a.stages.push_back(visit);
    Journey b;
    b.id = mJourneyB = newId();
    b.name = u"Selling"_s;
    Stage sign;
    sign.id = newId();
    sign.withOneStep();
    sign.name = u"Sign"_s;
    b.stages.push_back(sign);
    b.lanes.emplace_back(newId(), u"Pain points"_s, LaneKind::Text);
    w.journeys = {a, b};

    const auto add = [&w](const QString &title, int customer, int business, int effort, int votes,
                          const QString &owner, std::vector<OpportunityLink> links) {
        Opportunity o;
        o.id = newId();
        o.title = title;
        o.customerValue = customer;
        o.businessValue = business;
        o.effort = effort;
        o.votes = votes;
        o.owner = owner;
        o.links = std::move(links);
        w.opportunities.push_back(o);
    };
    add(u"Explain pricing"_s, 5, 4, 2, 3, u"Ana"_s, {{OpportunityLink::Kind::Stage, visit.id, 0}});
    add(u"Rebuild search"_s, 5, 5, 5, 2, u"Marie"_s,
        {{OpportunityLink::Kind::UseCase, listing.id, 0}});
    add(u"Tidy footer"_s, 1, 2, 1, 0, u"Marie"_s,
        {{OpportunityLink::Kind::Cell, sign.id, b.lanes[0].id}});
    // Six on the same spot with long titles: spread, and their labels fight for room.
    for (int i = 1; i <= 6; ++i)
        add(u"Crowded opportunity number %1 with a long title"_s.arg(i), 2, 2, 3, i, {}, {});
    return w;
}

void TestValueEffortMatrix::init()
{
    auto opened
        = WorkspaceDocument::create(mDir.filePath(u"board%1.parcours"_s.arg(++mFiles)), sample());
    QVERIFY2(opened.document, qPrintable(opened.error));
    mDoc = std::move(opened.document);
    mBoard = std::make_unique<OpportunityBoard>();
    mBoard->setDocument(mDoc.get());
    mBoard->resize(1500, 800);
    mBoard->splitter()->setSizes({700, 800});
    mBoard->show();
    QVERIFY(QTest::qWaitForWindowExposed(mBoard.get()));
    matrix()->refresh();
    QCOMPARE(shownIds().size(), 9);
}

void TestValueEffortMatrix::cleanup()
{
    mBoard.reset();
    mDoc.reset();
}

Id TestValueEffortMatrix::idOf(const QString &title) const
{
    for (const Opportunity &o : mDoc->workspace().opportunities) {
        if (o.title == title)
            return o.id;
    }
    return 0;
}

QList<Id> TestValueEffortMatrix::shownIds() const
{
    QList<Id> ids;
    for (const MatrixBubble &b : matrix()->layer()->bubbles())
        ids << b.id;
    return ids;
}

void TestValueEffortMatrix::selectChoice(QComboBox *box, const QString &text)
{
    const int index = box->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    box->setCurrentIndex(index);
    matrix()->refresh();
}

void TestValueEffortMatrix::clickingABubbleSelectsItsRow()
{
    const Id footer = idOf(u"Tidy footer"_s);
    const QPoint at = matrix()->bubblePosition(footer);
    QVERIFY(matrix()->viewport()->rect().contains(at));
    QTest::mouseClick(matrix()->viewport(), Qt::LeftButton, {}, at);
    const QModelIndex current = mBoard->table()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(OpportunityTableModel::OpportunityIdRole).toLongLong(), footer);
    QVERIFY(mBoard->table()->selectionModel()->isRowSelected(current.row()));
    QCOMPARE(matrix()->layer()->selected(), footer);
    // A click beside every bubble selects nothing new.
    QTest::mouseClick(matrix()->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(
        mBoard->table()->currentIndex().data(OpportunityTableModel::OpportunityIdRole).toLongLong(),
        footer);
}

void TestValueEffortMatrix::selectingARowRingsItsBubble()
{
    // Not the first row: the table's current row when the board opens.
    const Id footer = idOf(u"Tidy footer"_s);
    const auto &bubbles = matrix()->layer()->bubbles();
    const auto found = std::find_if(bubbles.begin(), bubbles.end(),
                                    [&](const MatrixBubble &b) { return b.id == footer; });
    QVERIFY(found != bubbles.end());
    const qreal radius = matrix()->layer()->placed(size_t(found - bubbles.begin())).radius;
    const QPoint centre = matrix()->bubblePosition(footer);
    const QPoint onRing = centre + QPoint(int(std::lround(radius + 3)), 0);
    const auto darkness = [&] {
        const QImage image = matrix()->viewport()->grab().toImage();
        return qGray(image.pixel(onRing));
    };
    QVERIFY2(darkness() > 100, "the ring is there before the row is selected");
    mBoard->select(footer); // as a click on its row does
    QCOMPARE(matrix()->layer()->selected(), footer);
    QTRY_VERIFY2(darkness() < 60, "no dark ring around the selected row's bubble");
}

void TestValueEffortMatrix::filtersHideBubbles()
{
    const Id pricing = idOf(u"Explain pricing"_s);
    const Id search = idOf(u"Rebuild search"_s);
    const Id footer = idOf(u"Tidy footer"_s);
    selectChoice(mBoard->journeyBox(), u"Buying"_s);
    QCOMPARE(shownIds(), QList<Id>({pricing}));
    selectChoice(mBoard->journeyBox(), u"Selling"_s);
    QCOMPARE(shownIds(), QList<Id>({footer}));
    mBoard->journeyBox()->setCurrentIndex(0);
    // A persona: through a use case of its own, or a journey of its own.
    selectChoice(mBoard->personaBox(), u"Home buyer"_s);
    QCOMPARE(shownIds(), QList<Id>({pricing}));
    selectChoice(mBoard->personaBox(), u"Agent"_s);
    QCOMPARE(shownIds(), QList<Id>({search}));
    mBoard->personaBox()->setCurrentIndex(0);
    selectChoice(mBoard->ownerBox(), u"Marie"_s);
    QCOMPARE(shownIds(), QList<Id>({footer, search})); // ranked: 3 before 2.8
    mBoard->ownerBox()->setCurrentIndex(0);
    mBoard->searchBox()->setText(u"crowded"_s);
    matrix()->refresh();
    QCOMPARE(shownIds().size(), 6);
    mBoard->searchBox()->clear();
    matrix()->refresh();
    QCOMPARE(shownIds().size(), 9);

    // A stage deleted takes its opportunities out of the journey; undo brings them back.
    selectChoice(mBoard->journeyBox(), u"Buying"_s);
    const Journey &buying = *mDoc->workspace().journey(mJourneyA);
    Edit::removeStage(*mDoc, mJourneyA, buying.stages[0].id);
    QTRY_COMPARE(shownIds(), QList<Id>());
    mDoc->undoStack()->undo();
    QTRY_COMPARE(shownIds(), QList<Id>({pricing}));
}

void TestValueEffortMatrix::followsEditsAndUndo()
{
    const Id footer = idOf(u"Tidy footer"_s);
    const QPoint before = matrix()->bubblePosition(footer);
    QVERIFY(Edit::setOpportunityField(*mDoc, footer, Field::OpportunityEffort, 5));
    QTRY_VERIFY(matrix()->bubblePosition(footer).x() > before.x() + 100);
    QTRY_COMPARE(matrix()->layer()->bubbles().back().id, footer); // now ranked last
    mDoc->undoStack()->undo();
    QTRY_COMPARE(matrix()->bubblePosition(footer), before);
    Edit::removeOpportunities(*mDoc, {footer});
    QTRY_VERIFY(!shownIds().contains(footer));
    mDoc->undoStack()->undo();
    QTRY_VERIFY(shownIds().contains(footer));
}

void TestValueEffortMatrix::tooltipNamesTheBubble()
{
    const auto &bubbles = matrix()->layer()->bubbles();
    const MatrixBubble &first = bubbles.front();
    const QString text = ValueEffortMatrix::describe(first);
    QVERIFY(text.contains(first.title));
    QVERIFY(text.contains(opportunityQuadrantName(first.quadrant)));
    QVERIFY(text.contains(opportunityStatusName(first.status)));
    QVERIFY2(text.contains(u"3 votes"_s), qPrintable(text));
}

void TestValueEffortMatrix::labelsNeverOverlap_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("fr") << u"fr"_s;
}

void TestValueEffortMatrix::labelsNeverOverlap()
{
    QFETCH(QString, language);
    QVERIFY(Language::install(language));
    // A board made in that language, with a narrow matrix: labels must give way.
    mBoard = std::make_unique<OpportunityBoard>();
    mBoard->setDocument(mDoc.get());
    mBoard->resize(1100, 600);
    mBoard->splitter()->setSizes({600, 500});
    mBoard->show();
    QVERIFY(QTest::qWaitForWindowExposed(mBoard.get()));
    matrix()->refresh();
    ValueEffortLayer *layer = matrix()->layer();
    const QRectF plot = matrix()->chart()->plotArea();
    std::vector<QRectF> labels;
    std::vector<QRectF> bubbles;
    for (size_t i = 0; i < layer->bubbles().size(); ++i) {
        const ValueEffortLayer::Placed &p = layer->placed(i);
        bubbles.emplace_back(p.centre - QPointF(p.radius, p.radius),
                             QSizeF(2 * p.radius, 2 * p.radius));
        if (!p.label.isEmpty()) {
            labels.push_back(p.label);
            QVERIFY(plot.contains(p.label));
        }
    }
    QVERIFY2(labels.size() >= 3, "too few labels placed");
    QVERIFY2(labels.size() < bubbles.size(), "every crowded label fitted: the test shows nothing");
    for (size_t i = 0; i < labels.size(); ++i) {
        for (size_t j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labels[i].intersects(labels[j]), "two labels overlap");
        for (const QRectF &bubble : bubbles)
            QVERIFY2(!labels[i].intersects(bubble), "a label covers a bubble");
        for (const QRectF &name : layer->quadrantNameRects())
            QVERIFY2(!labels[i].intersects(name), "a label covers a quadrant's name");
    }
    // Bubbles on the same spot do not cover one another.
    for (size_t i = 0; i < bubbles.size(); ++i) {
        for (size_t j = i + 1; j < bubbles.size(); ++j) {
            const ValueEffortLayer::Placed &a = layer->placed(i);
            const ValueEffortLayer::Placed &b = layer->placed(j);
            const QPointF d = a.centre - b.centre;
            QVERIFY2(std::hypot(d.x(), d.y()) >= a.radius + b.radius - 0.5, "bubbles overlap");
        }
    }
    // PARCOURS_TEST_IMAGES=DIR keeps the board as drawn, to look at.
    if (const QString images = qEnvironmentVariable("PARCOURS_TEST_IMAGES"); !images.isEmpty())
        mBoard->grab().save(images + u"/valueeffortmatrix-"_s + language + u".png"_s);
    // The quadrant names are the language's.
    const QString quickWins = opportunityQuadrantName(OpportunityQuadrant::QuickWin);
    QCOMPARE(quickWins == u"Quick win"_s, language == u"en");
}

QTEST_MAIN(TestValueEffortMatrix)
#include "tst_valueeffortmatrix.moc"
