// Comment count badges (issue 23): the number of open threads on a canvas cell, a stage
// header, a use case's row, a persona in the sidebar and an opportunity's card follows add,
// resolve and undo; the badge is drawn where its item is (pixels), read out to screen readers,
// and a click on it opens the Comments panel on that item's thread.
#include "comments/commentspanel.h"
#include "common/commentcounts.h"
#include "common/commentmarks.h"
#include "common/commenttextbeside.h"
#include "document/edits.h"
#include "document/editscomments.h"
#include "document/editsopportunity.h"
#include "document/workspacedocument.h"
#include "itemmodels/opportunitytablemodel.h"
#include "itemmodels/usecasetablemodel.h"
#include "itemmodels/workspaceoutlinemodel.h"
#include "journey/journeycanvas.h"
#include "journey/journeyrenderer.h"
#include "language.h"
#include "layout/journeylayout.h"
#include "mainwindow.h"
#include "opportunities/opportunityboard.h"
#include "usecases/usecasetableview.h"
#include "workspace/workspacesidebar.h"

#include <QAccessible>
#include <QDockWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestCommentBadges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void canvasBadgeFollowsAddResolveUndo();
    void clickingACanvasBadgeOpensItsThread();
    void useCasePersonaAndOpportunityMarks();
    void textBesideABadgeNeverUnderIt();
    void longCellTextIsElidedBesideItsBadge();
    void longUseCaseAndOpportunityTextBesideTheMark();
    void frenchCount();

private:
    void openWindow();
    WorkspaceDocument &doc() const { return *mWindow->document(); }
    JourneyCanvas *canvas() const { return mWindow->findChild<JourneyCanvas *>(); }
    CommentsPanel *panel() const { return mWindow->findChild<CommentsPanel *>(); }
    // The canvas's pixel at a scene point.
    QColor pixelAt(const QPointF &scenePos) const;

    std::unique_ptr<MainWindow> mWindow;
};

void TestCommentBadges::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCommentBadges::cleanup()
{
    if (mWindow && mWindow->document())
        mWindow->document()->undoStack()->clear();
    mWindow.reset();
    Language::install(u"en"_s);
}

void TestCommentBadges::openWindow()
{
    mWindow = std::make_unique<MainWindow>();
    mWindow->resize(1600, 1000);
    mWindow->show();
    mWindow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(mWindow.get()));
    QVERIFY(mWindow->openSample());
    mWindow->sidebar()->selectEntity(EntityKind::Journey, doc().workspace().journeys.front().id);
    QVERIFY(canvas() && canvas()->isVisible());
    canvas()->setZoom(1.0);
    canvas()->centerOn(0, 0);
}

QColor TestCommentBadges::pixelAt(const QPointF &scenePos) const
{
    const QImage image = canvas()->viewport()->grab().toImage();
    const QPoint at = canvas()->mapFromScene(scenePos);
    const qreal ratio = image.devicePixelRatio();
    return image.pixelColor(QPoint(int(at.x() * ratio), int(at.y() * ratio)));
}

namespace {

bool isBadgeFill(const QColor &c)
{
    const QColor fill = CommentCounts::fill();
    return std::abs(c.red() - fill.red()) < 12 && std::abs(c.green() - fill.green()) < 12
        && std::abs(c.blue() - fill.blue()) < 12;
}

// A point inside the bubble, off its number.
QPointF fillPoint(const QRectF &badge)
{
    return {badge.left() + 3, badge.top() + 4};
}

} // namespace

void TestCommentBadges::canvasBadgeFollowsAddResolveUndo()
{
    openWindow();
    const Journey &j = doc().workspace().journeys.front();
    const Id step = j.stages[1].steps.front().id;
    const Id lane = j.lanes.front().id;
    const Id stage = j.stages[2].id;
    JourneyCanvas *c = canvas();
    QCOMPARE(c->openCommentsAt(step, lane), 0);
    QVERIFY(c->commentBadgeRect(step, lane).isEmpty());

    const Id first = Edit::addCommentThread(doc(), CommentTarget::cell(j.id, step, lane), u"Ana"_s,
                                            u"Measured?"_s);
    QVERIFY(first);
    QCOMPARE(c->openCommentsAt(step, lane), 1);
    const QRectF badge = c->commentBadgeRect(step, lane);
    QVERIFY(!badge.isEmpty());
    // On the right cell: inside it, and painted there (the badge's amber), not on its
    // neighbours.
    const JourneyLayout *layout = c->journeyLayout();
    QVERIFY(layout->cellRect(layout->columnOfStep(step), layout->rowOf(lane)).contains(badge));
    c->ensureVisible(badge, 50, 50);
    QTRY_VERIFY(isBadgeFill(pixelAt(fillPoint(badge))));
    const Id other = j.stages[0].steps.front().id;
    QVERIFY(!isBadgeFill(pixelAt(fillPoint(CommentCounts::rectIn(
        layout->cellRect(layout->columnOfStep(other), layout->rowOf(lane)))))));

    // Read out: the cell's description says it.
    c->setCurrent(step, lane);
    QAccessibleInterface *canvasAccessible = QAccessible::queryAccessibleInterface(c);
    QVERIFY(canvasAccessible);
    QAccessibleTableInterface *table = canvasAccessible->tableInterface();
    QVERIFY(table);
    QAccessibleInterface *focus = table->cellAt(layout->rowOf(lane), layout->columnOfStep(step));
    QVERIFY(focus);
    QVERIFY2(focus->text(QAccessible::Description).contains(u"1 open comment"_s),
             qPrintable(focus->text(QAccessible::Description)));

    const Id second = Edit::addCommentThread(doc(), CommentTarget::cell(j.id, step, lane),
                                             u"Bruno"_s, u"And how?"_s);
    QVERIFY(second);
    QCOMPARE(c->openCommentsAt(step, lane), 2);
    QVERIFY(Edit::setCommentThreadResolved(doc(), first, true));
    QCOMPARE(c->openCommentsAt(step, lane), 1);
    doc().undoStack()->undo(); // reopened
    QCOMPARE(c->openCommentsAt(step, lane), 2);
    doc().undoStack()->undo(); // the second thread gone
    doc().undoStack()->undo(); // the first too
    QCOMPARE(c->openCommentsAt(step, lane), 0);
    QVERIFY(c->commentBadgeRect(step, lane).isEmpty());
    QTRY_VERIFY(!isBadgeFill(pixelAt(fillPoint(badge))));
    doc().undoStack()->redo();
    QCOMPARE(c->openCommentsAt(step, lane), 1);

    // A stage header's badge.
    QVERIFY(
        Edit::addCommentThread(doc(), CommentTarget::stage(j.id, stage), u"Chloé"_s, u"Rename?"_s));
    QCOMPARE(c->openCommentsAt(stage, 0), 1);
    const QRectF header = c->commentBadgeRect(stage, 0);
    QVERIFY(layout->headerRect(layout->columnOf(stage)).contains(header));
    c->centerOn(header.center()); // the headers at their place, not kept in view
    QTRY_VERIFY(isBadgeFill(pixelAt(fillPoint(header))));
}

void TestCommentBadges::clickingACanvasBadgeOpensItsThread()
{
    openWindow();
    const Journey &j = doc().workspace().journeys.front();
    const Id lane = j.lanes.front().id;
    const Id step1 = j.stages[0].steps.front().id;
    const Id step2 = j.stages[1].steps.front().id;
    QVERIFY(Edit::addCommentThread(doc(), CommentTarget::cell(j.id, step1, lane), u"Ana"_s,
                                   u"First"_s));
    const Id wanted = Edit::addCommentThread(doc(), CommentTarget::cell(j.id, step2, lane),
                                             u"Bruno"_s, u"Second"_s);
    auto *dock = mWindow->findChild<QDockWidget *>(u"commentsDock"_s);
    QVERIFY(dock && !dock->isVisible());
    JourneyCanvas *c = canvas();
    const QRectF badge = c->commentBadgeRect(step2, lane);
    QVERIFY(!badge.isEmpty());
    c->ensureVisible(badge, 80, 80);
    QSignalSpy requested(c, &JourneyCanvas::commentsRequested);
    QTest::mouseClick(c->viewport(), Qt::LeftButton, {}, c->mapFromScene(badge.center()));
    QCOMPARE(int(requested.size()), 1);
    QVERIFY(dock->isVisible());
    QCOMPARE(panel()->currentThread(), wanted);
    QCOMPARE(c->currentStage(), step2);
    QCOMPARE(c->currentLane(), lane);
    // A click beside the badge, in the cell, does not open anything.
    dock->hide();
    QTest::mouseClick(c->viewport(), Qt::LeftButton, {},
                      c->mapFromScene(badge.bottomLeft() + QPointF(-40, 30)));
    QCOMPARE(int(requested.size()), 1);
    QVERIFY(!dock->isVisible());
}

void TestCommentBadges::useCasePersonaAndOpportunityMarks()
{
    openWindow();
    const Persona &p = doc().workspace().personas.front();
    const Id persona = p.id;
    QVERIFY(!p.useCases.empty());
    const Id useCase = p.useCases.front().id;
    mWindow->sidebar()->selectEntity(EntityKind::Persona, persona);
    auto *table = mWindow->findChild<UseCaseTableView *>();
    QVERIFY(table && table->isVisible());
    auto *marks = table->findChild<CommentMarks *>();
    QVERIFY(marks);
    const auto *model = table->model();
    QModelIndex name;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, UseCaseTableModel::ProblemColumn);
        if (index.data(UseCaseTableModel::UseCaseIdRole).toLongLong() == useCase)
            name = index;
    }
    QVERIFY(name.isValid());
    QCOMPARE(marks->countAt(name), 0);
    const Id thread = Edit::addCommentThread(doc(), CommentTarget::useCase(persona, useCase),
                                             u"Ana"_s, u"Still used?"_s);
    QCOMPARE(marks->countAt(name), 1);
    QCOMPARE(marks->countAt(model->index(name.row(), UseCaseTableModel::UseCaseColumn)), 0);
    doc().undoStack()->undo();
    QCOMPARE(marks->countAt(name), 0);
    doc().undoStack()->redo();
    QCOMPARE(marks->countAt(name), 1);
    Q_UNUSED(thread)
    // Its mark painted in the name's cell, and a click on it opens the thread.
    const QRect cell = table->visualRect(name);
    const QRect mark = CommentMarks::markRect(cell);
    QTRY_VERIFY(
        isBadgeFill(table->viewport()->grab().toImage().pixelColor(mark.topLeft() + QPoint(3, 4))));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, mark.center());
    QVERIFY(mWindow->findChild<QDockWidget *>(u"commentsDock"_s)->isVisible());
    QCOMPARE(panel()->currentThread(), doc().workspace().comments.back().id);

    // The persona in the sidebar.
    auto *personaMarks = mWindow->sidebar()->findChild<CommentMarks *>();
    QVERIFY(personaMarks);
    QModelIndex personaIndex;
    const std::function<void(const QModelIndex &)> find = [&](const QModelIndex &parent) {
        const auto *m = mWindow->sidebar()->model();
        for (int row = 0; row < m->rowCount(parent); ++row) {
            const QModelIndex index = m->index(row, 0, parent);
            if (index.data(WorkspaceOutlineModel::EntityKindRole).toInt()
                    == int(EntityKind::Persona)
                && index.data(WorkspaceOutlineModel::EntityIdRole).toLongLong() == persona)
                personaIndex = index;
            find(index);
        }
    };
    find({});
    QVERIFY(personaIndex.isValid());
    QCOMPARE(personaMarks->countAt(personaIndex), 0);
    QVERIFY(Edit::addCommentThread(doc(), CommentTarget::persona(persona), u"Ana"_s,
                                   u"Split this persona?"_s));
    QCOMPARE(personaMarks->countAt(personaIndex), 1);

    // An opportunity's card.
    Opportunity o;
    o.title = u"Shorter trial"_s;
    const Id opportunity = Edit::addOpportunity(doc(), o);
    QVERIFY(opportunity);
    QTableView *board = mWindow->opportunityBoard()->table();
    auto *boardMarks = board->findChild<CommentMarks *>();
    QVERIFY(boardMarks);
    QModelIndex title;
    for (int row = 0; row < board->model()->rowCount(); ++row) {
        const QModelIndex index = board->model()->index(row, 0);
        if (index.data(OpportunityTableModel::OpportunityIdRole).toLongLong() == opportunity)
            title = index;
    }
    QVERIFY(title.isValid());
    QCOMPARE(boardMarks->countAt(title), 0);
    const Id onCard = Edit::addCommentThread(doc(), CommentTarget::opportunity(opportunity),
                                             u"Ana"_s, u"Worth it?"_s);
    QCOMPARE(boardMarks->countAt(title), 1);
    QVERIFY(Edit::setCommentThreadResolved(doc(), onCard, true));
    QCOMPARE(boardMarks->countAt(title), 0);
}

namespace {

// Pixels of text (dark ink on the light cells) in `rect` of `image`.
int inkIn(const QImage &image, const QRect &rect)
{
    int ink = 0;
    const QRect inside = rect.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            ink += image.pixelColor(x, y).lightness() < 150 ? 1 : 0;
    }
    return ink;
}

// One word broken anywhere: every line fills its width, up to the cell's right padding.
const QString longText = QString(u"m"_s).repeated(80);

} // namespace

// The lines laid out beside a badge: those in its rows end before it (a gap left), elided;
// the others, and every line without a badge, as the text box lays them out.
void TestCommentBadges::textBesideABadgeNeverUnderIt()
{
    const TextBox text(longText, JourneyStyle::standard().font, 216);
    QVERIFY(text.lineCount() >= 3);
    const QPointF topLeft(100, 50);
    const QRectF badge = CommentCounts::rectIn(QRectF(90, 40, 236, 120));
    const QList<QRectF> whole = text.lineRects();
    QVERIFY(whole.front().translated(topLeft).right() > badge.right()); // it would run under it
    const QList<QRectF> beside = CommentTextBeside(text, topLeft, badge).lineRects();
    QCOMPARE(beside.size(), whole.size());
    int elided = 0;
    for (int i = 0; i < beside.size(); ++i) {
        const QRectF line = beside.at(i);
        QVERIFY2(!line.intersects(badge.adjusted(-CommentTextBeside::gap, 0, 0, 0)),
                 qPrintable(u"line %1 under the badge"_s.arg(i)));
        if (line != whole.at(i).translated(topLeft)) {
            ++elided;
            QVERIFY(line.width() > 60); // elided, not dropped
            QCOMPARE(line.topLeft(), whole.at(i).translated(topLeft).topLeft());
        }
    }
    QCOMPARE(elided, 1); // only the first line reaches the badge's rows
    QCOMPARE(CommentTextBeside(text, topLeft, QRectF()).lineRects().size(), whole.size());
    for (int i = 0; i < whole.size(); ++i)
        QCOMPARE(CommentTextBeside(text, topLeft, QRectF()).lineRects().at(i),
                 whole.at(i).translated(topLeft));
}

// On the canvas: a long cell text, a stage name and a step name stop before their badge; the
// same text where there is no badge is drawn as before, up to the cell's right padding.
void TestCommentBadges::longCellTextIsElidedBesideItsBadge()
{
    openWindow();
    const Journey &j = doc().workspace().journeys.front();
    Id lane = 0;
    for (const Lane &l : j.lanes) {
        if (l.kind == LaneKind::Text && !lane)
            lane = l.id;
    }
    QVERIFY(lane);
    const Id commented = j.stages[1].steps.front().id;
    const Id plain = j.stages[2].steps.front().id;
    const Id stage = j.stages[1].id;
    for (const Id step : {commented, plain})
        QVERIFY(
            Edit::setField(doc(), EntityRef::cell(j.id, step, lane), Field::CellText, longText));
    QVERIFY(Edit::setField(doc(), EntityRef::stage(j.id, stage), Field::StageName,
                           u"Mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm"_s));
    QVERIFY(Edit::addCommentThread(doc(), CommentTarget::cell(j.id, commented, lane), u"Ana"_s,
                                   u"Too long?"_s));
    QVERIFY(
        Edit::addCommentThread(doc(), CommentTarget::stage(j.id, stage), u"Ana"_s, u"Rename?"_s));
    JourneyCanvas *c = canvas();
    const JourneyLayout *layout = c->journeyLayout();
    const QRectF cell = layout->cellRect(layout->columnOfStep(commented), layout->rowOf(lane));
    const QRectF badge = c->commentBadgeRect(commented, lane);
    QVERIFY(!badge.isEmpty() && cell.contains(badge));
    QVERIFY(c->commentBadgeRect(plain, lane).isEmpty());
    const QPointF toPlain
        = layout->cellRect(layout->columnOfStep(plain), layout->rowOf(lane)).topLeft()
        - cell.topLeft();
    c->ensureVisible(cell.united(cell.translated(toPlain)), 20, 20);
    QCoreApplication::processEvents();
    const QImage image = c->viewport()->grab().toImage();
    QCOMPARE(image.devicePixelRatio(), 1.0);
    const auto onScreen = [c](const QRectF &scene) {
        return c->mapFromScene(scene).boundingRect().adjusted(1, 1, -1, -1);
    };
    const qreal padding = layout->style().padding;
    // Where the text ran before: the gap left of the badge and the room right of it.
    const QRectF gapStrip(badge.left() - CommentTextBeside::gap, badge.top(),
                          CommentTextBeside::gap, badge.height());
    const QRectF rightStrip(badge.right() + 1, badge.top(), 4, badge.height());
    const QRectF before(cell.left() + padding, badge.top(), badge.left() - cell.left() - 30,
                        badge.height());
    QCOMPARE(inkIn(image, onScreen(gapStrip)), 0);
    QCOMPARE(inkIn(image, onScreen(rightStrip)), 0);
    QVERIFY(inkIn(image, onScreen(before)) > 20); // the text is there, elided
    // The same text in a cell without a badge reaches those strips: nothing moved there.
    QVERIFY(inkIn(image, onScreen(gapStrip.translated(toPlain))) > 0);
    QVERIFY(inkIn(image, onScreen(rightStrip.translated(toPlain))) > 0);

    // The stage's name, beside its badge.
    const QRectF header = c->commentBadgeRect(stage, 0);
    QVERIFY(!header.isEmpty());
    c->centerOn(header.center());
    QCoreApplication::processEvents();
    const QImage headerImage = c->viewport()->grab().toImage();
    QCOMPARE(inkIn(headerImage,
                   onScreen(QRectF(header.left() - CommentTextBeside::gap, header.top(),
                                   CommentTextBeside::gap, header.height()))),
             0);
    QCOMPARE(
        inkIn(headerImage, onScreen(QRectF(header.right() + 1, header.top(), 4, header.height()))),
        0);
}

// A use case's problem and an opportunity's title: elided before their mark, not under it.
void TestCommentBadges::longUseCaseAndOpportunityTextBesideTheMark()
{
    openWindow();
    const Persona &p = doc().workspace().personas.front();
    const Id persona = p.id;
    QVERIFY(p.useCases.size() >= 2);
    const Id commented = p.useCases[0].id;
    mWindow->sidebar()->selectEntity(EntityKind::Persona, persona);
    auto *table = mWindow->findChild<UseCaseTableView *>();
    QVERIFY(table && table->isVisible());
    table->setWordWrap(false);
    auto *model = table->model();
    QModelIndex marked;
    QModelIndex plain;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, UseCaseTableModel::ProblemColumn);
        QVERIFY(model->setData(index, longText));
        if (index.data(UseCaseTableModel::UseCaseIdRole).toLongLong() == commented)
            marked = index;
        else if (!plain.isValid())
            plain = index;
    }
    QVERIFY(marked.isValid() && plain.isValid());
    QVERIFY(Edit::addCommentThread(doc(), CommentTarget::useCase(persona, commented), u"Ana"_s,
                                   u"Still used?"_s));
    table->scrollTo(marked);
    const auto checkBeside = [](QAbstractItemView *view, const QModelIndex &withMark,
                                const QModelIndex &without) {
        view->selectionModel()->clear(); // no highlight taken for ink
        QCoreApplication::processEvents();
        const QImage image = view->viewport()->grab().toImage();
        const QRect cell = view->visualRect(withMark);
        const QRect mark = CommentMarks::markRect(cell);
        QVERIFY(isBadgeFill(image.pixelColor(mark.topLeft() + QPoint(3, 4))));
        const QRect gapStrip(mark.left() - CommentMarks::gap, mark.top(), CommentMarks::gap,
                             mark.height());
        QCOMPARE(inkIn(image, gapStrip), 0);
        QVERIFY(
            inkIn(image,
                  QRect(cell.left() + 4, mark.top(), mark.left() - cell.left() - 30, mark.height()))
            > 20);
        // Without a mark the text runs on there, as before.
        const QRect other = view->visualRect(without);
        QVERIFY(inkIn(image, gapStrip.translated(other.topLeft() - cell.topLeft())) > 0);
    };
    checkBeside(table, marked, model->index(plain.row(), UseCaseTableModel::ProblemColumn));
    if (QTest::currentTestFailed())
        return;

    // The opportunity board's titles.
    for (const QString &title : {u"first"_s, u"second"_s}) {
        Opportunity o;
        o.title = title + u" "_s + longText;
        QVERIFY(Edit::addOpportunity(doc(), o));
    }
    const Id opportunity = doc().workspace().opportunities.back().id;
    QVERIFY(Edit::addCommentThread(doc(), CommentTarget::opportunity(opportunity), u"Ana"_s,
                                   u"Worth it?"_s));
    auto *dock = mWindow->findChild<QDockWidget *>(u"opportunitiesDock"_s);
    QVERIFY(dock);
    dock->show();
    mWindow->resizeDocks({dock}, {500}, Qt::Vertical);
    QTableView *board = mWindow->opportunityBoard()->table();
    QTRY_VERIFY(board->isVisible());
    board->setWordWrap(false);
    QModelIndex title;
    QModelIndex otherTitle;
    for (int row = 0; row < board->model()->rowCount(); ++row) {
        const QModelIndex index = board->model()->index(row, OpportunityTableModel::TitleColumn);
        const Id id = index.data(OpportunityTableModel::OpportunityIdRole).toLongLong();
        if (id == opportunity)
            title = index;
        else if (index.data().toString().startsWith(u"first "_s))
            otherTitle = index;
    }
    QVERIFY(title.isValid() && otherTitle.isValid());
    board->scrollTo(title);
    checkBeside(board, title, otherTitle);
}

void TestCommentBadges::frenchCount()
{
    QVERIFY(Language::install(u"fr"_s));
    QCOMPARE(CommentCounts::describe(1), u"1 commentaire ouvert"_s);
    QCOMPARE(CommentCounts::describe(3), u"3 commentaires ouverts"_s);
    Language::install(u"en"_s);
    QCOMPARE(CommentCounts::describe(3), u"3 open comments"_s);
}

QTEST_MAIN(TestCommentBadges)
#include "tst_commentbadges.moc"
