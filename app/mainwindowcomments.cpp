// The window's part of comments (issue 23): the Comments dock, "Comment…" on the current item
// and "Show Item" from a thread.
#include "mainwindow.h"

#include "comments/commentspanel.h"
#include "common/commentcounts.h"
#include "common/commentmarks.h"
#include "document/workspacedocument.h"
#include "itemmodels/usecasetablemodel.h"
#include "journey/journeycanvas.h"
#include "journey/journeyeditor.h"
#include "opportunities/opportunityboard.h"
#include "opportunities/opportunitydelegate.h"
#include "usecases/usecasemapeditor.h"
#include "usecases/usecasetableview.h"
#include "workspace/workspacesidebar.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

void describe(QAction *action, const QString &whatsThis)
{
    action->setStatusTip(whatsThis);
    action->setWhatsThis(whatsThis);
}

} // namespace

void MainWindow::createCommentsDock(QMenu *workspace)
{
    mComments = new CommentsPanel;
    auto *dock = new QDockWidget(tr("Comments"), this);
    dock->setObjectName(u"commentsDock"_s);
    dock->setWidget(mComments);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->setVisible(false);
    connect(mComments, &CommentsPanel::itemRequested, this, &MainWindow::showCommentTarget);

    // Room for the list's columns the first time it shows.
    auto showDock = [this, dock] {
        dock->show();
        if (dock->width() < 400)
            resizeDocks({dock}, {420}, Qt::Horizontal);
    };
    // A count badge clicked, or Show Comments on a commented item: the panel on its first open
    // thread.
    auto showThreadsOf = [this, dock, showDock](const std::optional<CommentTarget> &target) {
        showDock();
        dock->raise();
        if (target && mDocument)
            if (const Id thread = CommentCounts::firstOpenThread(mDocument->workspace(), *target))
                mComments->selectThread(thread);
        mComments->list()->setFocus();
    };
    QAction *show = workspace->addAction(tr("Show Co&mments"), this, [this, showThreadsOf] {
        showThreadsOf(currentCommentTarget());
    });
    describe(show, tr("Show the Comments panel: the open comment threads and their items."));
    QAction *comment = workspace->addAction(tr("&Comment…"), this, [this, showDock] {
        if (const std::optional<CommentTarget> target = currentCommentTarget()) {
            showDock();
            mComments->addComment(*target);
        }
    });
    comment->setObjectName(u"addComment"_s);
    comment->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_C);
    describe(comment,
             tr("Comment on the current cell, stage, use case or persona without "
                "changing it."));
    // In the canvas's and the use-case table's context menus too.
    JourneyCanvas *canvas = mJourneyEditor->canvas();
    connect(canvas, &JourneyCanvas::commentsRequested, this,
            [showThreadsOf](const CommentTarget &target) { showThreadsOf(target); });
    canvas->appendContextAction(JourneyCanvas::ContextKind::Cell, comment);
    canvas->appendContextAction(JourneyCanvas::ContextKind::StageHeader, comment);
    canvas->appendContextAction(JourneyCanvas::ContextKind::Cell, show);
    canvas->appendContextAction(JourneyCanvas::ContextKind::StageHeader, show);
    mMapEditor->table()->addAction(comment);
    mMapEditor->table()->addAction(show);
    connect(mMapEditor->table(), &UseCaseTableView::commentsRequested, this,
            [showThreadsOf](const CommentTarget &target) { showThreadsOf(target); });
    for (CommentMarks *marks : mSidebar->findChildren<CommentMarks *>())
        connect(marks, &CommentMarks::requested, this,
                [showThreadsOf](const CommentTarget &target) { showThreadsOf(target); });
    for (OpportunityDelegate *delegate : mOpportunities->findChildren<OpportunityDelegate *>())
        connect(delegate, &OpportunityDelegate::commentsRequested, this,
                [showThreadsOf](const CommentTarget &target) { showThreadsOf(target); });
    mDocumentActions << show << comment;
}

std::optional<CommentTarget> MainWindow::currentCommentTarget() const
{
    if (!mDocument)
        return std::nullopt;
    QWidget *page = mCentral->currentWidget();
    if (page == mJourneyEditor) {
        const JourneyCanvas *canvas = mJourneyEditor->canvas();
        const Id journey = mJourneyEditor->journeyId();
        if (!journey || !canvas->currentStage())
            return std::nullopt;
        if (!canvas->currentLane()) // a stage header
            return CommentTarget::stage(journey, canvas->currentStageId());
        return CommentTarget::cell(journey, canvas->currentStage(), canvas->currentLane());
    }
    if (page == mMapEditor && mMapEditor->persona()) {
        const Id useCase = mMapEditor->table()
                               ->currentIndex()
                               .data(UseCaseTableModel::UseCaseIdRole)
                               .toLongLong();
        if (useCase)
            return CommentTarget::useCase(mMapEditor->persona(), useCase);
        return CommentTarget::persona(mMapEditor->persona());
    }
    return std::nullopt;
}

void MainWindow::showCommentTarget(const CommentTarget &target)
{
    switch (target.kind) {
    case CommentTarget::Kind::Cell:
    case CommentTarget::Kind::Stage:
    case CommentTarget::Kind::Step: {
        mSidebar->selectEntity(EntityKind::Journey, target.parent);
        JourneyCanvas *canvas = mJourneyEditor->canvas();
        if (target.kind == CommentTarget::Kind::Cell) {
            canvas->setCurrent(target.id, target.lane);
        } else if (target.kind == CommentTarget::Kind::Stage) {
            canvas->setCurrent(target.id, 0);
        } else if (const Journey *j = mDocument->workspace().journey(target.parent)) {
            if (const Stage *stage = stageOfStep(*j, target.id)) // its stage's header
                canvas->setCurrent(stage->id, 0);
        }
        canvas->setFocus();
        break;
    }
    case CommentTarget::Kind::UseCase:
        mSidebar->selectEntity(EntityKind::Persona, target.parent);
        mMapEditor->table()->selectUseCases({target.id});
        mMapEditor->table()->setFocus();
        break;
    case CommentTarget::Kind::Persona:
        mSidebar->selectEntity(EntityKind::Persona, target.id);
        break;
    case CommentTarget::Kind::Opportunity: {
        auto *dock = findChild<QDockWidget *>(u"opportunitiesDock"_s);
        dock->show();
        dock->raise();
        mOpportunities->select(target.id);
        break;
    }
    }
}

} // namespace Parcours
